//! Operators (C# §7.8–7.11): user-defined operators first, then the predefined ones with
//! binary numeric promotion, string concatenation, enum and bool operators, reference
//! equality, lifted nullable comparisons with `null`; constant folding with C#'s
//! wraparound (or CS0220 in checked contexts) and CS0020 for division by constant zero.

use super::BodyBinder;
use super::call::Arg;
use crate::syntax::{BinaryOp, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, CmpOp, Expr, ExprKind, Stmt, UnOp};
use frontend_core::source::TextRange;
use frontend_core::symbols::{MethodId, ParamMode, World};
use frontend_core::types::Ty;
use std::sync::Arc;

/// The zero of a primitive type.
pub(crate) fn zero_of(ty: &Ty) -> ConstValue {
    match ty {
        Ty::R8 => ConstValue::R8(0.0),
        Ty::R4 => ConstValue::R4(0.0),
        Ty::Bool => ConstValue::Bool(false),
        t => crate::bind::constfold::int_const(0, t),
    }
}

/// Converts a constant between numeric (and enum) types with C#'s unchecked semantics.
pub(crate) fn convert_constant(
    c: &ConstValue,
    _from: &Ty,
    to: &Ty,
    world: &World,
) -> Option<ConstValue> {
    let to = world.enum_underlying(to).unwrap_or_else(|| to.clone());
    match &to {
        Ty::R8 => Some(ConstValue::R8(c.as_f64()?)),
        Ty::R4 => Some(ConstValue::R4(c.as_f64()? as f32)),
        t if t.is_integral() => {
            let v = match c {
                ConstValue::R8(f) => *f as i128,
                ConstValue::R4(f) => *f as i128,
                other => other.as_i128()?,
            };
            Some(crate::bind::constfold::int_const(v, t))
        }
        _ => None,
    }
}

/// The promoted type of a binary numeric operation (§7.3.6.2), or `None` for the
/// ambiguous `ulong` with a signed type.
pub(crate) fn promote(a: &Ty, b: &Ty) -> Option<Ty> {
    use Ty::*;
    if *a == R8 || *b == R8 {
        return Some(R8);
    }
    if *a == R4 || *b == R4 {
        return Some(R4);
    }
    let signed = |t: &Ty| matches!(t, I1 | I2 | I4 | I8);
    if *a == U8 || *b == U8 {
        return (!signed(a) && !signed(b)).then_some(U8);
    }
    if *a == I8 || *b == I8 {
        return Some(I8);
    }
    if (*a == U4 && signed(b)) || (*b == U4 && signed(a)) {
        return Some(I8);
    }
    if *a == U4 || *b == U4 {
        return Some(U4);
    }
    Some(I4)
}

impl BodyBinder<'_> {
    pub(crate) fn bad_binary(&mut self, op: &str, l: &Expr, r: &Expr, range: TextRange) -> Expr {
        if !l.ty.is_error() && !r.ty.is_error() {
            let (a, b) = (self.show(&l.ty), self.show(&r.ty));
            self.error(Code::CS0019, range, &[op, &a, &b]);
        }
        Expr::new(ExprKind::DefaultValue, Ty::Error)
    }

    /// A user-defined operator `name` applicable to the operands.
    pub(crate) fn user_operator(
        &mut self,
        name: &str,
        operands: &[&Expr],
        range: TextRange,
    ) -> Option<Expr> {
        let mut candidates = Vec::new();
        for o in operands {
            if let Some(id) = self.world.type_def_of(&o.ty) {
                if o.ty.is_primitive()
                    || o.ty == Ty::String && name != "op_Equality" && name != "op_Inequality"
                {
                    continue;
                }
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
                    if m.name == name
                        && m.params.len() == operands.len()
                        && !candidates.contains(&c)
                    {
                        candidates.push(c);
                    }
                }
            }
        }
        if candidates.is_empty() {
            return None;
        }
        let args: Vec<Arg> = operands
            .iter()
            .map(|e| Arg {
                expr: (*e).clone(),
                mode: ParamMode::Value,
                range,
                pending: None,
            })
            .collect();
        // Only applicable candidates count; otherwise fall back to predefined operators.
        let applicable = candidates.iter().any(|(id, targs)| {
            let m = self.world.method_sym(*id);
            m.params
                .iter()
                .zip(operands)
                .all(|(p, o)| self.implicit_conv(o, &p.ty.subst(targs, &[])).is_some())
        });
        if !applicable {
            return None;
        }
        let group = super::Bound::Methods {
            receiver: None,
            name: name.to_owned(),
            candidates,
            type_args: Vec::new(),
            is_base: false,
            through_type: true,
        };
        Some(self.invoke(group, args, range))
    }

    /// Binds a binary operator on bound operands.
    pub(crate) fn binary(&mut self, op: BinaryOp, l: Expr, r: Expr, range: TextRange) -> Expr {
        if l.ty.is_error() || r.ty.is_error() {
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        }
        if matches!(l.ty, Ty::Ptr(_)) || matches!(r.ty, Ty::Ptr(_)) {
            return (self.pointer_binary(op, l, r, range)).unwrap_or_else(super::expr::error_expr);
        }
        let token = binary_token(op);
        // Two primitive operands (`i < n`, `acc + k * 2`) take the predefined operators:
        // no user-defined operator, string, delegate, nullable or enum rules apply.
        let plain = |t: &Ty| t.is_numeric() || *t == Ty::Bool;
        let fast = plain(&l.ty)
            && plain(&r.ty)
            && !matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Coalesce);
        let (l, r) = if fast {
            (l, r)
        } else {
            match self.binary_special(op, l, r, range) {
                Special::Done(e) => return e,
                Special::Operands(l, r) => (l, r),
            }
        };
        let cmp = match op {
            BinaryOp::Eq => Some(CmpOp::Eq),
            BinaryOp::Ne => Some(CmpOp::Ne),
            BinaryOp::Lt => Some(CmpOp::Lt),
            BinaryOp::Gt => Some(CmpOp::Gt),
            BinaryOp::Le => Some(CmpOp::Le),
            BinaryOp::Ge => Some(CmpOp::Ge),
            _ => None,
        };
        // An int constant beside an unsigned operand converts to it (C# picks the
        // unsigned operator because the constant converts implicitly).
        let (l, r) = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            (l, r)
        } else {
            self.unsigned_constants(l, r, range)
        };
        if !fast {
            // Lifted operators on nullable value types.
            if let Some(e) = self.lifted(op, cmp, &l, &r, range) {
                return e;
            }
            // Enums.
            let le = self.world.enum_underlying(&l.ty);
            let re = self.world.enum_underlying(&r.ty);
            if le.is_some() || re.is_some() {
                return self.enum_binary(op, cmp, l, r, le, re, range);
            }
        }
        if let Some(c) = cmp {
            return self.comparison(c, token, l, r, range);
        }
        if l.ty == Ty::Bool && r.ty == Ty::Bool {
            let bop = match op {
                BinaryOp::BitAnd => BinOp::And,
                BinaryOp::BitOr => BinOp::Or,
                BinaryOp::BitXor => BinOp::Xor,
                _ => return self.bad_binary(token, &l, &r, range),
            };
            return self.fold_or_build(bop, l, r, Ty::Bool, range);
        }
        if !l.ty.is_numeric() || !r.ty.is_numeric() {
            return self.bad_binary(token, &l, &r, range);
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let lt = match &l.ty {
                Ty::I8 | Ty::U8 | Ty::U4 => l.ty.clone(),
                Ty::R4 | Ty::R8 => return self.bad_binary(token, &l, &r, range),
                _ => Ty::I4,
            };
            let l = self.convert(l, &lt, range);
            let r = self.convert(r, &Ty::I4, range);
            let bop = if op == BinaryOp::Shl {
                BinOp::Shl
            } else {
                BinOp::Shr
            };
            return self.fold_or_build(bop, l, r, lt, range);
        }
        let Some(t) = promote(&l.ty, &r.ty) else {
            let (a, b) = (self.show(&l.ty), self.show(&r.ty));
            self.error(Code::CS0034, range, &[token, &a, &b]);
            return Expr::new(ExprKind::DefaultValue, Ty::Error);
        };
        let bop = match op {
            BinaryOp::Add => BinOp::Add,
            BinaryOp::Sub => BinOp::Sub,
            BinaryOp::Mul => BinOp::Mul,
            BinaryOp::Div => BinOp::Div,
            BinaryOp::Rem => BinOp::Rem,
            BinaryOp::BitAnd => BinOp::And,
            BinaryOp::BitOr => BinOp::Or,
            BinaryOp::BitXor => BinOp::Xor,
            _ => return self.bad_binary(token, &l, &r, range),
        };
        if t.is_floating() && matches!(bop, BinOp::And | BinOp::Or | BinOp::Xor) {
            return self.bad_binary(token, &l, &r, range);
        }
        let l = self.convert(l, &t, range);
        let r = self.convert(r, &t, range);
        self.fold_or_build(bop, l, r, t, range)
    }

    /// The binary operators beside the predefined numeric ones: user-defined
    /// operators, `&&`/`||`, `??`, string concatenation, delegate combination; or the
    /// operands back (user types converted to a numeric type they convert to) for the
    /// predefined operators.
    fn binary_special(&mut self, op: BinaryOp, l: Expr, r: Expr, range: TextRange) -> Special {
        // A string compared with the null literal compares references, as csc and mcs
        // emit it: String's operator would give the same answer through a call.
        let string_to_null = matches!(op, BinaryOp::Eq | BinaryOp::Ne)
            && matches!(
                (&l.ty, &r.ty),
                (Ty::String, Ty::Null) | (Ty::Null, Ty::String)
            );
        if let Some(name) = user_op_name(op).filter(|_| !string_to_null) {
            if let Some(e) = self.user_operator(name, &[&l, &r], range) {
                return Special::Done(e);
            }
        }
        match op {
            BinaryOp::And | BinaryOp::Or => {
                let (l, r) = (
                    self.convert(l, &Ty::Bool, range),
                    self.convert(r, &Ty::Bool, range),
                );
                if let (
                    ExprKind::Const(ConstValue::Bool(a)),
                    ExprKind::Const(ConstValue::Bool(b)),
                ) = (&l.kind, &r.kind)
                {
                    let v = if op == BinaryOp::And {
                        *a && *b
                    } else {
                        *a || *b
                    };
                    return Special::Done(Expr::constant(ConstValue::Bool(v), Ty::Bool));
                }
                let kind = if op == BinaryOp::And {
                    ExprKind::AndAlso(Box::new(l), Box::new(r))
                } else {
                    ExprKind::OrElse(Box::new(l), Box::new(r))
                };
                return Special::Done(Expr::new(kind, Ty::Bool));
            }
            BinaryOp::Coalesce => return Special::Done(self.coalesce(l, r, range)),
            _ => {}
        }
        // String concatenation.
        if op == BinaryOp::Add && (l.ty == Ty::String || r.ty == Ty::String) {
            return Special::Done(self.concat(l, r));
        }
        // Delegate combination and removal.
        if matches!(op, BinaryOp::Add | BinaryOp::Sub)
            && self.world.is_delegate(&l.ty)
            && (l.ty == r.ty || r.ty == Ty::Null)
        {
            let ty = l.ty.clone();
            let name = if op == BinaryOp::Add {
                "Combine"
            } else {
                "Remove"
            };
            let call = self.delegate_static_call(name, l, r);
            return Special::Done(Expr::new(ExprKind::CastClass(Box::new(call)), ty));
        }
        // A user type with an implicit conversion to a numeric type takes part in the
        // predefined numeric operators through it.
        Special::Operands(
            self.user_to_numeric(l, range),
            self.user_to_numeric(r, range),
        )
    }

    /// Builds a binary arithmetic node, folding constants.
    pub(crate) fn fold_or_build(
        &mut self,
        op: BinOp,
        l: Expr,
        r: Expr,
        ty: Ty,
        range: TextRange,
    ) -> Expr {
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&l.kind, &r.kind) {
            match fold_binary(op, a, b, &ty) {
                Folded::Value(v, overflowed) => {
                    if overflowed && !self.unchecked {
                        // The constant is then bad: no cascade into enclosing folds.
                        self.error(Code::CS0220, range, &[]);
                        return Expr::new(ExprKind::DefaultValue, Ty::Error);
                    }
                    return Expr::constant(v, ty);
                }
                Folded::DivByZero => {
                    self.error(Code::CS0020, range, &[]);
                    return Expr::new(ExprKind::DefaultValue, Ty::Error);
                }
                Folded::No => {}
            }
        }
        let checked =
            self.checked && ty.is_integral() && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul);
        Expr::new(
            ExprKind::Binary {
                op,
                left: Box::new(l),
                right: Box::new(r),
                checked,
            },
            ty,
        )
    }

    pub(crate) fn concat(&mut self, l: Expr, r: Expr) -> Expr {
        let mut parts = Vec::new();
        for e in [l, r] {
            match e.kind {
                ExprKind::Concat(inner) => parts.extend(inner),
                _ => parts.push(e),
            }
        }
        // Fold adjacent string constants.
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
        if out.len() == 1 && matches!(out[0].kind, ExprKind::Const(_)) && out[0].ty == Ty::String {
            return out.remove(0);
        }
        let out = out
            .into_iter()
            .map(|e| match &e.ty {
                Ty::String => e,
                Ty::Null => Expr::new(ExprKind::Const(ConstValue::Null), Ty::String),
                t if self.is_value(t) || matches!(t, Ty::Var(_) | Ty::MVar(_)) => {
                    Expr::new(ExprKind::Box(Box::new(e)), Ty::Object)
                }
                _ => Expr::new(ExprKind::Nop(Box::new(e)), Ty::Object),
            })
            .collect();
        Expr::new(ExprKind::Concat(out), Ty::String)
    }

    /// Calls an instance method by name with bound arguments (lowering helper).
    pub(crate) fn call_named(&mut self, receiver: Expr, name: &str, args: Vec<Expr>) -> Expr {
        let range = TextRange::empty(0);
        let group = self.member_access(super::Bound::Value(receiver), name, Vec::new(), range);
        let args = args
            .into_iter()
            .map(|e| Arg {
                expr: e,
                mode: ParamMode::Value,
                range,
                pending: None,
            })
            .collect();
        self.invoke(group, args, range)
    }

    /// Binds a prefix operator.
    pub(crate) fn unary(&mut self, op: UnaryOp, e: Expr, range: TextRange) -> Expr {
        if e.ty.is_error() {
            return e;
        }
        let (name, token) = match op {
            UnaryOp::Plus => ("op_UnaryPlus", "+"),
            UnaryOp::Minus => ("op_UnaryNegation", "-"),
            UnaryOp::Not => ("op_LogicalNot", "!"),
            UnaryOp::Complement => ("op_OnesComplement", "~"),
            _ => ("", ""),
        };
        if !name.is_empty() {
            if let Some(r) = self.user_operator(name, &[&e], range) {
                return r;
            }
        }
        if let (Some(u), UnaryOp::Minus | UnaryOp::Plus | UnaryOp::Complement | UnaryOp::Not) =
            (self.world.nullable_underlying(&e.ty), op)
        {
            // Lifted: null stays null.
            let nt = e.ty.clone();
            let t = self.temp(nt.clone());
            let te = self.local_expr(t);
            let store = Stmt::Expr(Expr::new(
                ExprKind::Assign {
                    target: Box::new(te.clone()),
                    value: Box::new(e),
                },
                Ty::Void,
            ));
            let v = self.call_named(te.clone(), "GetValueOrDefault", Vec::new());
            let has = self.property_get(te, "HasValue");
            let value = self.unary(op, Expr { ty: u, ..v }, range);
            if value.ty.is_error() {
                return value;
            }
            let rty = self
                .world
                .well_known("System", "Nullable`1")
                .map(|n| Ty::Named(n, std::sync::Arc::from([value.ty.clone()])))
                .unwrap_or(Ty::Error);
            let some = self.nullable_new(value, &rty);
            let none = Expr::new(ExprKind::DefaultValue, rty.clone());
            let cond = Expr::new(
                ExprKind::Conditional {
                    condition: Box::new(has),
                    then: Box::new(some),
                    otherwise: Box::new(none),
                },
                rty.clone(),
            );
            return Expr::new(ExprKind::Sequence(vec![store], Box::new(cond)), rty);
        }
        let bad = |bb: &mut Self, e: &Expr| {
            let t = bb.show(&e.ty);
            bb.error(Code::CS0023, range, &[token, &t]);
            Expr::new(ExprKind::DefaultValue, Ty::Error)
        };
        match op {
            UnaryOp::Not => {
                if e.ty != Ty::Bool {
                    return bad(self, &e);
                }
                if let ExprKind::Const(ConstValue::Bool(b)) = e.kind {
                    return Expr::constant(ConstValue::Bool(!b), Ty::Bool);
                }
                Expr::new(
                    ExprKind::Unary {
                        op: UnOp::LogicalNot,
                        operand: Box::new(e),
                        checked: false,
                    },
                    Ty::Bool,
                )
            }
            UnaryOp::Plus | UnaryOp::Minus | UnaryOp::Complement => {
                if self.world.is_enum(&e.ty) && op == UnaryOp::Complement {
                    let u = self.world.enum_underlying(&e.ty).unwrap_or(Ty::I4);
                    let ty = e.ty.clone();
                    let inner = Expr::new(ExprKind::Nop(Box::new(e)), u.clone());
                    let n = self.unary(op, inner, range);
                    return match n.kind {
                        ExprKind::Const(c) => Expr::constant(c, ty),
                        _ => Expr::new(ExprKind::Nop(Box::new(n)), ty),
                    };
                }
                if !e.ty.is_numeric() {
                    return bad(self, &e);
                }
                let t = match (&e.ty, op) {
                    (Ty::U4, UnaryOp::Minus) => Ty::I8,
                    (Ty::U8, UnaryOp::Minus) => return bad(self, &e),
                    (Ty::R4 | Ty::R8, UnaryOp::Complement) => return bad(self, &e),
                    (Ty::I8 | Ty::U8 | Ty::U4 | Ty::R4 | Ty::R8, _) => e.ty.clone(),
                    _ => Ty::I4,
                };
                let e = self.convert(e, &t, range);
                if op == UnaryOp::Plus {
                    return e;
                }
                if let ExprKind::Const(c) = &e.kind {
                    let folded = match (op, c) {
                        (UnaryOp::Minus, ConstValue::R8(v)) => Some(ConstValue::R8(-v)),
                        (UnaryOp::Minus, ConstValue::R4(v)) => Some(ConstValue::R4(-v)),
                        (UnaryOp::Minus, c) => c
                            .as_i128()
                            .map(|v| crate::bind::constfold::int_const(-v, &t)),
                        (UnaryOp::Complement, c) => c
                            .as_i128()
                            .map(|v| crate::bind::constfold::int_const(!v, &t)),
                        _ => None,
                    };
                    if let Some(v) = folded {
                        return Expr::constant(v, t);
                    }
                }
                let uop = if op == UnaryOp::Minus {
                    UnOp::Neg
                } else {
                    UnOp::Not
                };
                let checked = self.checked && op == UnaryOp::Minus;
                Expr::new(
                    ExprKind::Unary {
                        op: uop,
                        operand: Box::new(e),
                        checked,
                    },
                    t,
                )
            }
            _ => bad(self, &e),
        }
    }
}

enum Folded {
    Value(ConstValue, bool),
    DivByZero,
    No,
}

fn fold_binary(op: BinOp, a: &ConstValue, b: &ConstValue, ty: &Ty) -> Folded {
    if ty.is_floating() {
        let (Some(x), Some(y)) = (a.as_f64(), b.as_f64()) else {
            return Folded::No;
        };
        let v = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => x / y,
            BinOp::Rem => x % y,
            _ => return Folded::No,
        };
        return Folded::Value(
            if *ty == Ty::R4 {
                ConstValue::R4(v as f32)
            } else {
                ConstValue::R8(v)
            },
            false,
        );
    }
    if *ty == Ty::Bool {
        let (ConstValue::Bool(x), ConstValue::Bool(y)) = (a, b) else {
            return Folded::No;
        };
        return Folded::Value(
            ConstValue::Bool(match op {
                BinOp::And => *x & *y,
                BinOp::Or => *x | *y,
                BinOp::Xor => *x ^ *y,
                _ => return Folded::No,
            }),
            false,
        );
    }
    let (Some(x), Some(y)) = (a.as_i128(), b.as_i128()) else {
        return Folded::No;
    };
    let bits = if ty.is_64() { 64 } else { 32 };
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div | BinOp::Rem if y == 0 => return Folded::DivByZero,
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::Shl => x << (y & (bits - 1)),
        BinOp::Shr => x >> (y & (bits - 1)),
    };
    let wrapped = crate::bind::constfold::int_const(v, ty);
    let overflowed = wrapped.as_i128() != Some(v) && !matches!(op, BinOp::Shl);
    Folded::Value(wrapped, overflowed)
}

pub(crate) fn fold_compare(c: CmpOp, a: &ConstValue, b: &ConstValue) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_i128(), b.as_i128()) {
        return Some(match c {
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        });
    }
    let (x, y) = (a.as_f64()?, b.as_f64()?);
    Some(match c {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    })
}

/// What [`BodyBinder::binary_special`] made of a binary operator.
enum Special {
    Done(Expr),
    Operands(Expr, Expr),
}

pub(crate) fn binary_token(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::Rem => "%",
        BinaryOp::Shl => "<<",
        BinaryOp::Shr => ">>",
        BinaryOp::BitAnd => "&",
        BinaryOp::BitOr => "|",
        BinaryOp::BitXor => "^",
        BinaryOp::And => "&&",
        BinaryOp::Or => "||",
        BinaryOp::Eq => "==",
        BinaryOp::Ne => "!=",
        BinaryOp::Lt => "<",
        BinaryOp::Gt => ">",
        BinaryOp::Le => "<=",
        BinaryOp::Ge => ">=",
        BinaryOp::Coalesce => "??",
    }
}

fn user_op_name(op: BinaryOp) -> Option<&'static str> {
    Some(match op {
        BinaryOp::Add => "op_Addition",
        BinaryOp::Sub => "op_Subtraction",
        BinaryOp::Mul => "op_Multiply",
        BinaryOp::Div => "op_Division",
        BinaryOp::Rem => "op_Modulus",
        BinaryOp::BitAnd => "op_BitwiseAnd",
        BinaryOp::BitOr => "op_BitwiseOr",
        BinaryOp::BitXor => "op_ExclusiveOr",
        BinaryOp::Shl => "op_LeftShift",
        BinaryOp::Shr => "op_RightShift",
        BinaryOp::Eq => "op_Equality",
        BinaryOp::Ne => "op_Inequality",
        BinaryOp::Lt => "op_LessThan",
        BinaryOp::Gt => "op_GreaterThan",
        BinaryOp::Le => "op_LessThanOrEqual",
        BinaryOp::Ge => "op_GreaterThanOrEqual",
        _ => return None,
    })
}
