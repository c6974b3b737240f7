//! Operators with VB's rules: the result type of arithmetic from both operand types
//! (`Byte + Byte` is `Byte`, mixed signedness widens), `/` in floating point, `\`
//! integral, `^` through `Math.Pow`, `&` concatenating `CStr` of each side, overflow
//! checks on integral arithmetic unless `-removeintchecks`, masked shift counts, `=`
//! and `<` on strings by ordinal comparison, `Is`/`IsNot` on references, `And`/`Or`/
//! `Xor`/`Not` bitwise on integers and logical on `Boolean`, user-defined operators.

use super::BodyBinder;
use super::call::Arg;
use crate::bind::constfold;
use crate::syntax::{self as syn, BinaryOp, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, CmpOp, Expr, ExprKind, UnOp};
use frontend_core::source::TextRange;
use frontend_core::symbols::MethodId;
use frontend_core::types::Ty;
use std::sync::Arc;

fn op_text(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::IntDiv => "\\",
        BinaryOp::Mod => "Mod",
        BinaryOp::Pow => "^",
        BinaryOp::Concat => "&",
        BinaryOp::Shl => "<<",
        BinaryOp::Shr => ">>",
        BinaryOp::Eq => "=",
        BinaryOp::Ne => "<>",
        BinaryOp::Lt => "<",
        BinaryOp::Gt => ">",
        BinaryOp::Le => "<=",
        BinaryOp::Ge => ">=",
        BinaryOp::Is => "Is",
        BinaryOp::IsNot => "IsNot",
        BinaryOp::Like => "Like",
        BinaryOp::And => "And",
        BinaryOp::AndAlso => "AndAlso",
        BinaryOp::Or => "Or",
        BinaryOp::OrElse => "OrElse",
        BinaryOp::Xor => "Xor",
    }
}

fn user_op_name(op: BinaryOp) -> Option<&'static str> {
    Some(match op {
        BinaryOp::Add => "op_Addition",
        BinaryOp::Sub => "op_Subtraction",
        BinaryOp::Mul => "op_Multiply",
        BinaryOp::Div => "op_Division",
        BinaryOp::IntDiv => "op_IntegerDivision",
        BinaryOp::Mod => "op_Modulus",
        BinaryOp::Pow => "op_Exponent",
        BinaryOp::Concat => "op_Concatenate",
        BinaryOp::Eq => "op_Equality",
        BinaryOp::Ne => "op_Inequality",
        BinaryOp::Lt => "op_LessThan",
        BinaryOp::Gt => "op_GreaterThan",
        BinaryOp::Le => "op_LessThanOrEqual",
        BinaryOp::Ge => "op_GreaterThanOrEqual",
        BinaryOp::And => "op_BitwiseAnd",
        BinaryOp::Or => "op_BitwiseOr",
        BinaryOp::Xor => "op_ExclusiveOr",
        _ => return None,
    })
}

fn small(t: &Ty) -> bool {
    matches!(t, Ty::I1 | Ty::U1 | Ty::I2 | Ty::U2)
}

impl BodyBinder<'_> {
    /// A `Boolean` condition.
    pub(crate) fn condition(&mut self, e: &syn::Expr) -> Expr {
        let v = self.value(e);
        let v = self.nullable_condition(v);
        self.convert(v, &Ty::Bool, e.range)
    }

    fn bad(&mut self, op: BinaryOp, l: &Expr, r: &Expr, range: TextRange) -> Expr {
        if !l.ty.is_error() && !r.ty.is_error() {
            let (a, b) = (self.show(&l.ty), self.show(&r.ty));
            self.error(Code::BC30452, range, &[op_text(op), &a, &b]);
        }
        super::expr::error_expr()
    }

    pub(crate) fn binary_syntax(
        &mut self,
        op: BinaryOp,
        left: &syn::Expr,
        right: &syn::Expr,
        range: TextRange,
    ) -> Expr {
        let l = self.value(left);
        let r = self.value(right);
        self.binary(op, l, r, range)
    }

    fn user_operator(&mut self, name: &str, operands: Vec<Expr>, range: TextRange) -> Option<Expr> {
        let mut candidates = Vec::new();
        for o in &operands {
            if o.ty.is_primitive() || matches!(o.ty, Ty::String | Ty::Object | Ty::Null) {
                continue;
            }
            let Some(id) = self.world.type_def_of(&o.ty) else {
                continue;
            };
            let targs: Arc<[Ty]> = Arc::from(o.ty.type_args());
            let d = self.world.details(id);
            for (i, m) in d.methods.iter().enumerate() {
                let c = (
                    MethodId {
                        ty: id,
                        idx: i as u32,
                    },
                    targs.clone(),
                );
                if m.name == name && m.params.len() == operands.len() && !candidates.contains(&c) {
                    candidates.push(c);
                }
            }
        }
        if candidates.is_empty() {
            return None;
        }
        let args: Vec<Arg> = operands.into_iter().map(Arg::value).collect();
        let app = self.resolve_overload(&candidates, &[], &args, range, name)?;
        Some(self.finish_call(None, app, args, false))
    }

    pub(crate) fn binary(&mut self, op: BinaryOp, l: Expr, r: Expr, range: TextRange) -> Expr {
        if l.ty.is_error() || r.ty.is_error() {
            return super::expr::error_expr();
        }
        if let Some(e) = self.lifted(op, &l, &r, range) {
            return e;
        }
        // A string with a number: both sides convert to Double (a narrowing
        // conversion of the string, so BC30512 under Option Strict).
        let stringy = |t: &Ty| *t == Ty::String;
        let numeric = |t: &Ty| t.is_numeric() && *t != Ty::Char;
        let arith_or_cmp = !matches!(
            op,
            BinaryOp::Concat
                | BinaryOp::Is
                | BinaryOp::IsNot
                | BinaryOp::AndAlso
                | BinaryOp::OrElse
                | BinaryOp::Shl
                | BinaryOp::Shr
        );
        if arith_or_cmp && (stringy(&l.ty) && numeric(&r.ty) || numeric(&l.ty) && stringy(&r.ty)) {
            let a = self.convert(l, &Ty::R8, range);
            let b = self.convert(r, &Ty::R8, range);
            if a.ty.is_error() || b.ty.is_error() {
                return super::expr::error_expr();
            }
            return self.binary(op, a, b, range);
        }
        if let Some(name) = user_op_name(op) {
            let user = [&l.ty, &r.ty].iter().any(|t| {
                matches!(t, Ty::Named(..))
                    && !self.world.is_enum(t)
                    && self.world.nullable_underlying(t).is_none()
            });
            if user {
                if let Some(e) = self.user_operator(name, vec![l.clone(), r.clone()], range) {
                    return e;
                }
            }
        }
        // Constant folding.
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&l.kind, &r.kind) {
            let folded = constfold::binary(op, a, &l.ty, b, &r.ty);
            match folded {
                Some((v, t)) => return Expr::constant(v, t),
                None => {
                    if matches!(op, BinaryOp::IntDiv | BinaryOp::Mod)
                        && b.as_i128() == Some(0)
                        && r.ty.is_integral()
                    {
                        self.error(Code::BC30542, range, &[]);
                        return super::expr::error_expr();
                    }
                    if l.ty.is_integral()
                        && r.ty.is_integral()
                        && matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul)
                    {
                        let t = constfold::arith_type(&l.ty, &r.ty).unwrap_or(Ty::I4);
                        let shown = self.show(&t);
                        self.error(Code::BC30439, range, &[&shown]);
                        return super::expr::error_expr();
                    }
                }
            }
        }
        match op {
            BinaryOp::Concat => {
                let a = self.concat_operand(l, range);
                let b = self.concat_operand(r, range);
                self.concat(a, b)
            }
            BinaryOp::Add if l.ty == Ty::String && r.ty == Ty::String => self.concat(l, r),
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Mod | BinaryOp::IntDiv => {
                let (l, r) = (self.enum_operand(l), self.enum_operand(r));
                let Some(t) = constfold::arith_type(&l.ty, &r.ty) else {
                    return self.bad(op, &l, &r, range);
                };
                if op == BinaryOp::IntDiv && t.is_floating() {
                    // `\` on floating point narrows to Long: an error under Strict.
                    let f = if l.ty.is_floating() { &l.ty } else { &r.ty };
                    let shown = self.show(f);
                    self.error(Code::BC30512, range, &[&shown, "Long"]);
                    return super::expr::error_expr();
                }
                let irop = match op {
                    BinaryOp::Add => BinOp::Add,
                    BinaryOp::Sub => BinOp::Sub,
                    BinaryOp::Mul => BinOp::Mul,
                    BinaryOp::Mod => BinOp::Rem,
                    _ => BinOp::Div,
                };
                self.arith(irop, l, r, t, range)
            }
            BinaryOp::Div => {
                let Some(t) = constfold::arith_type(&l.ty, &r.ty) else {
                    return self.bad(op, &l, &r, range);
                };
                let t = if t == Ty::R4 { Ty::R4 } else { Ty::R8 };
                let a = self.convert(l, &t, range);
                let b = self.convert(r, &t, range);
                Expr::new(
                    ExprKind::Binary {
                        op: BinOp::Div,
                        left: Box::new(a),
                        right: Box::new(b),
                        checked: false,
                    },
                    t,
                )
            }
            BinaryOp::Pow => {
                if !l.ty.is_numeric() || !r.ty.is_numeric() || l.ty == Ty::Char || r.ty == Ty::Char
                {
                    return self.bad(op, &l, &r, range);
                }
                let a = self.convert(l, &Ty::R8, range);
                let b = self.convert(r, &Ty::R8, range);
                self.static_call("System", "Math", "Pow", vec![a, b])
            }
            BinaryOp::Shl | BinaryOp::Shr => {
                let l = self.enum_operand(l);
                if !l.ty.is_integral() || l.ty == Ty::Char {
                    return self.bad(op, &l, &r, range);
                }
                let t = l.ty.clone();
                let bits = match t {
                    Ty::I1 | Ty::U1 => 7,
                    Ty::I2 | Ty::U2 => 15,
                    Ty::I4 | Ty::U4 => 31,
                    _ => 63,
                };
                let count = self.convert(r, &Ty::I4, range);
                let count = Expr::new(
                    ExprKind::Binary {
                        op: BinOp::And,
                        left: Box::new(count),
                        right: Box::new(Expr::constant(ConstValue::I4(bits), Ty::I4)),
                        checked: false,
                    },
                    Ty::I4,
                );
                let irop = if op == BinaryOp::Shl {
                    BinOp::Shl
                } else {
                    BinOp::Shr
                };
                let wide = if small(&t) { Ty::I4 } else { t.clone() };
                let lw = if small(&t) {
                    Expr::new(
                        ExprKind::Convert {
                            operand: Box::new(l),
                            checked: false,
                        },
                        Ty::I4,
                    )
                } else {
                    l
                };
                let e = Expr::new(
                    ExprKind::Binary {
                        op: irop,
                        left: Box::new(lw),
                        right: Box::new(count),
                        checked: false,
                    },
                    wide,
                );
                if small(&t) {
                    Expr::new(
                        ExprKind::Convert {
                            operand: Box::new(e),
                            checked: false,
                        },
                        t,
                    )
                } else {
                    e
                }
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Gt
            | BinaryOp::Le
            | BinaryOp::Ge => self.compare(op, l, r, range),
            BinaryOp::Is | BinaryOp::IsNot => {
                let ok = |b: &Self, t: &Ty| {
                    b.is_reference(t)
                        || *t == Ty::Null
                        || matches!(t, Ty::Var(_) | Ty::MVar(_))
                        || b.world.nullable_underlying(t).is_some()
                };
                if !ok(self, &l.ty) || !ok(self, &r.ty) {
                    let bad_ty = if ok(self, &l.ty) { &r.ty } else { &l.ty };
                    let shown = self.show(bad_ty);
                    self.error(Code::BC30020, range, &[&shown]);
                    return super::expr::error_expr();
                }
                let boxit = |b: &Self, e: Expr| {
                    if matches!(e.ty, Ty::Var(_) | Ty::MVar(_))
                        || b.world.nullable_underlying(&e.ty).is_some()
                    {
                        Expr::new(ExprKind::Box(Box::new(e)), Ty::Object)
                    } else {
                        e
                    }
                };
                let (l, r) = (boxit(self, l), boxit(self, r));
                Expr::new(
                    ExprKind::Compare {
                        op: if op == BinaryOp::Is {
                            CmpOp::Eq
                        } else {
                            CmpOp::Ne
                        },
                        left: Box::new(l),
                        right: Box::new(r),
                    },
                    Ty::Bool,
                )
            }
            BinaryOp::AndAlso | BinaryOp::OrElse => {
                let a = self.convert(l, &Ty::Bool, range);
                let b = self.convert(r, &Ty::Bool, range);
                let k = if op == BinaryOp::AndAlso {
                    ExprKind::AndAlso(Box::new(a), Box::new(b))
                } else {
                    ExprKind::OrElse(Box::new(a), Box::new(b))
                };
                Expr::new(k, Ty::Bool)
            }
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => {
                let irop = match op {
                    BinaryOp::And => BinOp::And,
                    BinaryOp::Or => BinOp::Or,
                    _ => BinOp::Xor,
                };
                if l.ty == Ty::Bool && r.ty == Ty::Bool {
                    return Expr::new(
                        ExprKind::Binary {
                            op: irop,
                            left: Box::new(l),
                            right: Box::new(r),
                            checked: false,
                        },
                        Ty::Bool,
                    );
                }
                if self.world.is_enum(&l.ty) && l.ty == r.ty {
                    let t = l.ty.clone();
                    let u = self.world.enum_underlying(&t).unwrap_or(Ty::I4);
                    let e = Expr::new(
                        ExprKind::Binary {
                            op: irop,
                            left: Box::new(Expr::new(ExprKind::Nop(Box::new(l)), u.clone())),
                            right: Box::new(Expr::new(ExprKind::Nop(Box::new(r)), u.clone())),
                            checked: false,
                        },
                        u,
                    );
                    return Expr::new(ExprKind::Nop(Box::new(e)), t);
                }
                let (l, r) = (self.enum_operand(l), self.enum_operand(r));
                match constfold::arith_type(&l.ty, &r.ty) {
                    Some(t) if t.is_integral() => {
                        let a = self.convert(l, &t, range);
                        let b = self.convert(r, &t, range);
                        Expr::new(
                            ExprKind::Binary {
                                op: irop,
                                left: Box::new(a),
                                right: Box::new(b),
                                checked: false,
                            },
                            t,
                        )
                    }
                    _ => self.bad(op, &l, &r, range),
                }
            }
            BinaryOp::Like => self.like(l, r, range),
        }
    }

    /// `a Like b`: the helper module's `LikeString(a, b)` (`bind::like`).
    fn like(&mut self, l: Expr, r: Expr, range: TextRange) -> Expr {
        let module = self
            .names
            .modules
            .iter()
            .find(|(_, id)| self.world.ty(*id).name == crate::bind::like::MODULE)
            .map(|(_, id)| *id);
        let Some(id) = module else {
            self.error(Code::CL0002, range, &["'Like' here"]);
            return super::expr::error_expr();
        };
        let t = self.world.normalize(id, Arc::from([]));
        let group = self.member_access(super::Bound::Type(t), "LikeString", Vec::new(), range);
        self.invoke(group, vec![Arg::value(l), Arg::value(r)], range)
    }

    /// Enum operands of arithmetic use their underlying type.
    fn enum_operand(&self, e: Expr) -> Expr {
        match self.world.enum_underlying(&e.ty) {
            Some(u) => Expr::new(ExprKind::Nop(Box::new(e)), u),
            None => e,
        }
    }

    /// Checked integral arithmetic (small types computed in `Integer`, then narrowed
    /// with an overflow check).
    fn arith(&mut self, op: BinOp, l: Expr, r: Expr, t: Ty, range: TextRange) -> Expr {
        let a = self.convert(l, &t, range);
        let b = self.convert(r, &t, range);
        let checkable = t.is_integral() && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul);
        if small(&t) {
            let wa = Expr::new(
                ExprKind::Convert {
                    operand: Box::new(a),
                    checked: false,
                },
                Ty::I4,
            );
            let wb = Expr::new(
                ExprKind::Convert {
                    operand: Box::new(b),
                    checked: false,
                },
                Ty::I4,
            );
            let e = Expr::new(
                ExprKind::Binary {
                    op,
                    left: Box::new(wa),
                    right: Box::new(wb),
                    checked: false,
                },
                Ty::I4,
            );
            return Expr::new(
                ExprKind::Convert {
                    operand: Box::new(e),
                    checked: self.checked && checkable,
                },
                t,
            );
        }
        Expr::new(
            ExprKind::Binary {
                op,
                left: Box::new(a),
                right: Box::new(b),
                checked: self.checked && checkable,
            },
            t,
        )
    }

    fn concat_operand(&mut self, e: Expr, range: TextRange) -> Expr {
        match &e.ty {
            Ty::String | Ty::Null => e,
            Ty::Object => {
                self.error(Code::BC30512, range, &["Object", "String"]);
                super::expr::error_expr()
            }
            t if t.is_primitive() || self.world.is_enum(t) || *t == Ty::Char => self.string_of(e),
            _ => self.convert(e, &Ty::String, range),
        }
    }

    pub(crate) fn concat(&mut self, l: Expr, r: Expr) -> Expr {
        if l.ty.is_error() || r.ty.is_error() {
            return super::expr::error_expr();
        }
        let mut parts = Vec::new();
        for e in [l, r] {
            match e.kind {
                ExprKind::Concat(inner) => parts.extend(inner),
                _ => parts.push(e),
            }
        }
        let mut out: Vec<Expr> = Vec::new();
        for p in parts {
            if let (
                Some(ExprKind::Const(ConstValue::String(a))),
                ExprKind::Const(ConstValue::String(b)),
            ) = (out.last().map(|e| &e.kind), &p.kind)
            {
                let mut s = a.clone();
                s.extend(b);
                let n = out.len() - 1;
                out[n] = Expr::constant(ConstValue::String(s), Ty::String);
                continue;
            }
            out.push(p);
        }
        if out.len() == 1 && out[0].ty == Ty::String {
            return out.remove(0);
        }
        let out = out
            .into_iter()
            .map(|e| match &e.ty {
                Ty::String => e,
                _ => Expr::new(ExprKind::Const(ConstValue::Null), Ty::String),
            })
            .collect();
        Expr::new(ExprKind::Concat(out), Ty::String)
    }

    fn compare(&mut self, op: BinaryOp, l: Expr, r: Expr, range: TextRange) -> Expr {
        let cmp = match op {
            BinaryOp::Eq => CmpOp::Eq,
            BinaryOp::Ne => CmpOp::Ne,
            BinaryOp::Lt => CmpOp::Lt,
            BinaryOp::Gt => CmpOp::Gt,
            BinaryOp::Le => CmpOp::Le,
            _ => CmpOp::Ge,
        };
        let is_str = |t: &Ty| matches!(t, Ty::String | Ty::Null);
        if is_str(&l.ty) && is_str(&r.ty) && (l.ty == Ty::String || r.ty == Ty::String) {
            let c = self.static_call("System", "String", "CompareOrdinal", vec![l, r]);
            return Expr::new(
                ExprKind::Compare {
                    op: cmp,
                    left: Box::new(c),
                    right: Box::new(Expr::constant(ConstValue::I4(0), Ty::I4)),
                },
                Ty::Bool,
            );
        }
        let (l, r) = if self.world.is_enum(&l.ty) && l.ty == r.ty {
            (self.enum_operand(l), self.enum_operand(r))
        } else {
            (l, r)
        };
        let t = if l.ty == r.ty && (l.ty.is_primitive() || l.ty == Ty::Char) {
            Some(l.ty.clone())
        } else {
            let (l2, r2) = (self.enum_operand(l.clone()), self.enum_operand(r.clone()));
            constfold::arith_type(&l2.ty, &r2.ty)
        };
        let Some(t) = t else {
            return self.bad(op, &l, &r, range);
        };
        if t == Ty::Bool && !matches!(cmp, CmpOp::Eq | CmpOp::Ne) {
            return self.bad(op, &l, &r, range);
        }
        let l = self.enum_operand(l);
        let r = self.enum_operand(r);
        let a = self.convert(l, &t, range);
        let b = self.convert(r, &t, range);
        if let (ExprKind::Const(x), ExprKind::Const(y)) = (&a.kind, &b.kind) {
            if let (Some(x), Some(y)) = (x.as_f64(), y.as_f64()) {
                let v = match cmp {
                    CmpOp::Eq => x == y,
                    CmpOp::Ne => x != y,
                    CmpOp::Lt => x < y,
                    CmpOp::Gt => x > y,
                    CmpOp::Le => x <= y,
                    CmpOp::Ge => x >= y,
                };
                return Expr::constant(ConstValue::Bool(v), Ty::Bool);
            }
        }
        Expr::new(
            ExprKind::Compare {
                op: cmp,
                left: Box::new(a),
                right: Box::new(b),
            },
            Ty::Bool,
        )
    }

    pub(crate) fn unary(&mut self, op: UnaryOp, e: Expr, range: TextRange) -> Expr {
        if e.ty.is_error() {
            return e;
        }
        if matches!(e.ty, Ty::Named(..)) && !self.world.is_enum(&e.ty) {
            let name = match op {
                UnaryOp::Plus => "op_UnaryPlus",
                UnaryOp::Minus => "op_UnaryNegation",
                UnaryOp::Not => "op_OnesComplement",
            };
            if let Some(x) = self.user_operator(name, vec![e.clone()], range) {
                return x;
            }
        }
        match op {
            UnaryOp::Plus => e,
            UnaryOp::Minus => {
                if let ExprKind::Const(c) = &e.kind {
                    match c {
                        ConstValue::R8(f) => return Expr::constant(ConstValue::R8(-f), Ty::R8),
                        ConstValue::R4(f) => return Expr::constant(ConstValue::R4(-f), Ty::R4),
                        _ => {}
                    }
                }
                if e.ty.is_floating() {
                    let t = e.ty.clone();
                    return Expr::new(
                        ExprKind::Unary {
                            op: UnOp::Neg,
                            operand: Box::new(e),
                            checked: false,
                        },
                        t,
                    );
                }
                let e = self.enum_operand(e);
                if !e.ty.is_integral() || e.ty == Ty::Char {
                    let shown = self.show(&e.ty);
                    self.error(Code::BC30487, range, &["-", &shown]);
                    return super::expr::error_expr();
                }
                let t = match e.ty {
                    Ty::U1 => Ty::I2,
                    Ty::U2 => Ty::I4,
                    Ty::U4 => Ty::I8,
                    Ty::U8 => Ty::I8,
                    ref t => t.clone(),
                };
                let zero = Expr::constant(constfold::int_const(0, &t), t.clone());
                self.binary(BinaryOp::Sub, zero, e, range)
            }
            UnaryOp::Not => {
                if e.ty == Ty::Bool {
                    if let ExprKind::Const(ConstValue::Bool(b)) = &e.kind {
                        return Expr::constant(ConstValue::Bool(!b), Ty::Bool);
                    }
                    return Expr::new(
                        ExprKind::Unary {
                            op: UnOp::LogicalNot,
                            operand: Box::new(e),
                            checked: false,
                        },
                        Ty::Bool,
                    );
                }
                let t = e.ty.clone();
                if (t.is_integral() && t != Ty::Char) || self.world.is_enum(&t) {
                    if let ExprKind::Const(c) = &e.kind {
                        if let Some(v) = c.as_i128() {
                            return Expr::constant(constfold::int_const(!v, &t), t);
                        }
                    }
                    return Expr::new(
                        ExprKind::Unary {
                            op: UnOp::Not,
                            operand: Box::new(e),
                            checked: false,
                        },
                        t,
                    );
                }
                let shown = self.show(&t);
                self.error(Code::BC30487, range, &["Not", &shown]);
                super::expr::error_expr()
            }
        }
    }
}
