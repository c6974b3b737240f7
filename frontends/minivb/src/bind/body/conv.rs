//! Conversions with VB's rules under `Option Strict On`: widening conversions are
//! implicit (numeric widening, enum to its underlying type, `Char` to `String`,
//! `Nothing` to anything, derived to base, boxing, `T` to `T?`, constant integers that
//! fit, user `Widening` operators); narrowing ones need `CType`, `CInt`, … (BC30512
//! otherwise) and some types do not convert at all (BC30311). Applying a conversion
//! lowers VB's semantics to corlib calls: banker's rounding from floating point to
//! integers (`Math.Round`), `True` as -1, strings parsed with `Double.Parse` and
//! printed with `ToString` (`"R"` for floating point, as VB's runtime does).

use super::BodyBinder;
use crate::bind::constfold;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{CmpOp, Expr, ExprKind, MethodRef};
use frontend_core::source::TextRange;
use frontend_core::symbols::MethodId;
use frontend_core::types::Ty;
use std::sync::Arc;

/// How a value gets from one type to another.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Conv {
    Identity,
    Numeric,
    Reference {
        checked_cast: bool,
    },
    Boxing,
    Unboxing,
    Enum,
    NullToValue,
    NullableWrap(Box<Conv>),
    NullableUnwrap,
    User(MethodRef),
    /// VB's intrinsic conversions through corlib calls (strings, booleans, rounding).
    Intrinsic,
}

/// VB's widening numeric conversions.
pub(crate) fn widening_numeric(from: &Ty, to: &Ty) -> bool {
    use Ty::*;
    matches!(
        (from, to),
        (U1, I2 | U2 | I4 | U4 | I8 | U8 | R4 | R8)
            | (I1, I2 | I4 | I8 | R4 | R8)
            | (I2, I4 | I8 | R4 | R8)
            | (U2, I4 | U4 | I8 | U8 | R4 | R8)
            | (I4, I8 | R4 | R8)
            | (U4, I8 | U8 | R4 | R8)
            | (I8 | U8, R4 | R8)
            | (R4, R8)
    )
}

fn is_num(t: &Ty) -> bool {
    t.is_numeric() && *t != Ty::Char
}

impl BodyBinder<'_> {
    /// The conversion from `e` to `to` and whether it is widening; `None` when there is
    /// none at all.
    pub(crate) fn classify(&self, e: &Expr, to: &Ty) -> Option<(Conv, bool)> {
        let from = &e.ty;
        if from == to || from.is_error() || to.is_error() {
            return Some((Conv::Identity, true));
        }
        if let ExprKind::Const(c) = &e.kind {
            if is_num(from) && is_num(to) && constfold::convert(c, from, to).is_some() {
                let exact = !from.is_floating() || to.is_floating();
                if exact {
                    return Some((Conv::Numeric, true));
                }
            }
        }
        if let Some(w) = self.type_conv(from, to) {
            return Some(w);
        }
        None
    }

    /// The conversion between two types (no constant rules).
    pub(crate) fn type_conv(&self, from: &Ty, to: &Ty) -> Option<(Conv, bool)> {
        if from == to {
            return Some((Conv::Identity, true));
        }
        if *from == Ty::Null {
            let open_value = matches!(to, Ty::Var(_) | Ty::MVar(_));
            if self.world.nullable_underlying(to).is_some() || self.is_value(to) || open_value {
                return Some((Conv::NullToValue, true));
            }
            return Some((
                Conv::Reference {
                    checked_cast: false,
                },
                true,
            ));
        }
        if is_num(from) && is_num(to) {
            return Some((Conv::Numeric, widening_numeric(from, to)));
        }
        let from_enum = self.world.enum_underlying(from);
        let to_enum = self.world.enum_underlying(to);
        if let Some(u) = &from_enum {
            if is_num(to) {
                return Some((Conv::Enum, u == to || widening_numeric(u, to)));
            }
        }
        if to_enum.is_some() && (is_num(from) || from_enum.is_some()) {
            return Some((Conv::Enum, false));
        }
        match (from, to) {
            (Ty::Char, Ty::String) => return Some((Conv::Intrinsic, true)),
            (Ty::String, Ty::Char) => return Some((Conv::Intrinsic, false)),
            (Ty::Bool, t) | (t, Ty::Bool) if is_num(t) || *t == Ty::String => {
                return Some((Conv::Intrinsic, false));
            }
            (Ty::String, t) | (t, Ty::String) if is_num(t) => {
                return Some((Conv::Intrinsic, false));
            }
            _ => {}
        }
        if let Some(u) = self.world.nullable_underlying(to) {
            if self.world.nullable_underlying(from).is_none() {
                if let Some((inner, w)) = self.type_conv(from, &u) {
                    return Some((Conv::NullableWrap(Box::new(inner)), w));
                }
            }
        }
        if let Some(u) = self.world.nullable_underlying(from) {
            if u == *to {
                return Some((Conv::NullableUnwrap, false));
            }
        }
        if self.is_reference(from) && self.is_reference(to) {
            if self.is_base_or_interface(from, to) {
                return Some((
                    Conv::Reference {
                        checked_cast: false,
                    },
                    true,
                ));
            }
            if self.is_base_or_interface(to, from)
                || self.world.is_interface(to)
                || self.world.is_interface(from)
            {
                return Some((Conv::Reference { checked_cast: true }, false));
            }
        }
        if self.is_value(from) && self.is_reference(to) && self.is_base_or_interface(from, to) {
            return Some((Conv::Boxing, true));
        }
        let is_var = |t: &Ty| matches!(t, Ty::Var(_) | Ty::MVar(_));
        if is_var(from) && (*to == Ty::Object || self.constraints_of(from).contains(to)) {
            return Some((Conv::Boxing, true));
        }
        if (self.is_reference(from) || is_var(from))
            && (self.is_value(to) || is_var(to))
            && (self.is_base_or_interface(to, from)
                || self.world.is_interface(from)
                || is_var(from)
                || is_var(to))
        {
            return Some((Conv::Unboxing, false));
        }
        if is_var(from) && self.is_reference(to) {
            return Some((Conv::Unboxing, false));
        }
        if let Some(m) = self.user_conversion(from, to, false) {
            return Some((Conv::User(m), true));
        }
        if let Some(m) = self.user_conversion(from, to, true) {
            return Some((Conv::User(m), false));
        }
        None
    }

    pub(crate) fn is_reference(&self, t: &Ty) -> bool {
        match t {
            Ty::Var(n) => self
                .world
                .ty(self.type_id)
                .generic_params
                .get(*n as usize)
                .is_some_and(|g| {
                    g.flags & frontend_core::symbols::generic_flags::REFERENCE_TYPE != 0
                }),
            Ty::MVar(n) => self
                .method
                .generic_params
                .get(*n as usize)
                .is_some_and(|g| {
                    g.flags & frontend_core::symbols::generic_flags::REFERENCE_TYPE != 0
                }),
            t => self.world.is_reference_type(t),
        }
    }

    pub(crate) fn is_value(&self, t: &Ty) -> bool {
        match t {
            Ty::Var(_) | Ty::MVar(_) => false,
            t => self.world.is_value_type(t),
        }
    }

    /// `from` derives from `to` or implements it.
    pub(crate) fn is_base_or_interface(&self, from: &Ty, to: &Ty) -> bool {
        if *to == Ty::Object {
            return true;
        }
        if let (Ty::Array(a, ra), Ty::Array(b, rb)) = (from, to) {
            return ra == rb
                && self.is_reference(a)
                && self.is_reference(b)
                && self.is_base_or_interface(a, b);
        }
        if self.world.base_chain(from).iter().any(|t| t == to) {
            return true;
        }
        if self.world.is_interface(to) {
            return self.world.all_interfaces(from).iter().any(|i| i == to);
        }
        false
    }

    /// A user-defined `op_Implicit` (or, when `narrowing`, `op_Explicit`) from `from`
    /// to `to`.
    pub(crate) fn user_conversion(&self, from: &Ty, to: &Ty, narrowing: bool) -> Option<MethodRef> {
        if from.is_error() || to.is_error() || *from == Ty::Null {
            return None;
        }
        let name = if narrowing {
            "op_Explicit"
        } else {
            "op_Implicit"
        };
        for owner in [from, to] {
            let Some(id) = self.world.type_def_of(owner) else {
                continue;
            };
            if !matches!(owner, Ty::Named(..)) {
                continue;
            }
            let args: Arc<[Ty]> = Arc::from(owner.type_args());
            let d = self.world.details(id);
            for (i, m) in d.methods.iter().enumerate() {
                if m.name != name || m.params.len() != 1 {
                    continue;
                }
                let p = m.params[0].ty.subst(&args, &[]);
                let r = m.ret.subst(&args, &[]);
                let from_ok = p == *from
                    || widening_numeric(from, &p)
                    || self.is_reference(from) && self.is_base_or_interface(from, &p);
                let to_ok = r == *to
                    || widening_numeric(&r, to)
                    || self.is_reference(&r) && self.is_base_or_interface(&r, to);
                if from_ok && to_ok {
                    return Some(MethodRef {
                        id: MethodId {
                            ty: id,
                            idx: i as u32,
                        },
                        type_args: args,
                        method_args: Arc::from([]),
                    });
                }
            }
        }
        None
    }

    /// Converts implicitly: BC30512 for a narrowing conversion, BC30311 for none.
    pub(crate) fn convert(&mut self, e: Expr, to: &Ty, range: TextRange) -> Expr {
        if let ExprKind::Const(c) = &e.kind {
            if is_num(&e.ty)
                && to.is_integral()
                && is_num(to)
                && e.ty.is_integral()
                && constfold::convert(c, &e.ty, to).is_none()
            {
                let t = self.show(to);
                self.error(Code::BC30439, range, &[&t]);
                return Expr { ty: Ty::Error, ..e };
            }
        }
        match self.classify(&e, to) {
            Some((c, true)) => self.apply_conv(e, to, c),
            Some((c, false)) => {
                let (f, t) = (self.show(&e.ty), self.show(to));
                self.error(Code::BC30512, range, &[&f, &t]);
                let _ = c;
                Expr { ty: Ty::Error, ..e }
            }
            None => {
                self.no_conversion(&e, to, range);
                Expr { ty: Ty::Error, ..e }
            }
        }
    }

    fn no_conversion(&mut self, e: &Expr, to: &Ty, range: TextRange) {
        if let (ExprKind::Const(_), true, true) = (&e.kind, is_num(&e.ty), is_num(to)) {
            let t = self.show(to);
            self.error(Code::BC30439, range, &[&t]);
            return;
        }
        let (f, t) = (self.show(&e.ty), self.show(to));
        self.error(Code::BC30311, range, &[&f, &t]);
    }

    /// Converts explicitly (`CType`, `CInt`, …): BC30311 when impossible.
    pub(crate) fn convert_explicit(&mut self, e: Expr, to: &Ty, range: TextRange) -> Expr {
        if let ExprKind::Const(c) = &e.kind {
            if is_num(&e.ty) && is_num(to) {
                match constfold::convert(c, &e.ty, to) {
                    Some(v) => return Expr::constant(v, to.clone()),
                    None => {
                        let t = self.show(to);
                        self.error(Code::BC30439, range, &[&t]);
                        return Expr { ty: Ty::Error, ..e };
                    }
                }
            }
        }
        match self.type_conv(&e.ty, to) {
            Some((c, _)) => self.apply_conv(e, to, c),
            None if e.ty.is_error() || to.is_error() => Expr { ty: Ty::Error, ..e },
            None => {
                self.no_conversion(&e, to, range);
                Expr { ty: Ty::Error, ..e }
            }
        }
    }

    /// Applies a conversion.
    pub(crate) fn apply_conv(&mut self, e: Expr, to: &Ty, conv: Conv) -> Expr {
        if e.ty.is_error() || to.is_error() {
            return Expr {
                ty: to.clone(),
                ..e
            };
        }
        match conv {
            Conv::Identity => Expr {
                ty: to.clone(),
                ..e
            },
            Conv::Numeric => self.numeric(e, to),
            Conv::Enum => {
                let from_u = self.world.enum_underlying(&e.ty).unwrap_or(e.ty.clone());
                let to_u = self.world.enum_underlying(to).unwrap_or(to.clone());
                if from_u == to_u {
                    if let ExprKind::Const(c) = &e.kind {
                        return Expr::constant(c.clone(), to.clone());
                    }
                    return Expr::new(ExprKind::Nop(Box::new(e)), to.clone());
                }
                let inner = Expr::new(ExprKind::Nop(Box::new(e)), from_u);
                let n = self.numeric(inner, &to_u);
                Expr::new(ExprKind::Nop(Box::new(n)), to.clone())
            }
            Conv::Reference {
                checked_cast: false,
            } => {
                if e.ty == Ty::Null {
                    return Expr {
                        ty: to.clone(),
                        ..e
                    };
                }
                Expr::new(ExprKind::Nop(Box::new(e)), to.clone())
            }
            Conv::Reference { checked_cast: true } => {
                Expr::new(ExprKind::CastClass(Box::new(e)), to.clone())
            }
            Conv::Boxing => Expr::new(ExprKind::Box(Box::new(e)), to.clone()),
            Conv::Unboxing => Expr::new(ExprKind::Unbox(Box::new(e)), to.clone()),
            Conv::NullToValue => Expr::new(ExprKind::DefaultValue, to.clone()),
            Conv::NullableWrap(inner) => {
                let u = self.world.nullable_underlying(to).unwrap_or(Ty::Error);
                let v = self.apply_conv(e, &u, *inner);
                self.nullable_new(v, to)
            }
            Conv::NullableUnwrap => self.property_get(e, "Value"),
            Conv::User(m) => {
                let sym = self.world.method(m.id);
                let p = sym.params[0].ty.subst(&m.type_args, &[]);
                let r = sym.ret.subst(&m.type_args, &[]);
                let arg = self.convert_explicit(e, &p, TextRange::empty(0));
                let call = Expr::new(
                    ExprKind::Call(Box::new(frontend_core::ir::CallExpr {
                        receiver: None,
                        method: m,
                        args: vec![arg],
                        virtual_call: false,
                    })),
                    r.clone(),
                );
                if r == *to {
                    call
                } else {
                    self.convert_explicit(call, to, TextRange::empty(0))
                }
            }
            Conv::Intrinsic => self.intrinsic(e, to),
        }
    }

    /// Numeric conversions: floating point to integers rounds to even first.
    fn numeric(&mut self, e: Expr, to: &Ty) -> Expr {
        if let ExprKind::Const(c) = &e.kind {
            if let Some(v) = constfold::convert(c, &e.ty, to) {
                return Expr::constant(v, to.clone());
            }
        }
        let e = if e.ty.is_floating() && to.is_integral() {
            let d = if e.ty == Ty::R4 {
                Expr::new(
                    ExprKind::Convert {
                        operand: Box::new(e),
                        checked: false,
                    },
                    Ty::R8,
                )
            } else {
                e
            };
            self.static_call("System", "Math", "Round", vec![d])
        } else {
            e
        };
        Expr::new(
            ExprKind::Convert {
                operand: Box::new(e),
                checked: self.checked,
            },
            to.clone(),
        )
    }

    /// VB's conversions to and from `String` and `Boolean`, and `Char`/`String`.
    fn intrinsic(&mut self, e: Expr, to: &Ty) -> Expr {
        let from = e.ty.clone();
        match (&from, to) {
            (_, Ty::String) => self.string_of(e),
            (Ty::String, Ty::Char) => {
                let zero = Expr::constant(ConstValue::I4(0), Ty::I4);
                self.call_named(e, "get_Chars", vec![zero])
            }
            (Ty::String, Ty::Bool) => self.static_call("System", "Boolean", "Parse", vec![e]),
            (Ty::String, t) => {
                let parsed = match t {
                    Ty::I8 => self.static_call("System", "Int64", "Parse", vec![e]),
                    Ty::U8 => self.static_call("System", "UInt64", "Parse", vec![e]),
                    Ty::R4 => self.static_call("System", "Single", "Parse", vec![e]),
                    _ => self.static_call("System", "Double", "Parse", vec![e]),
                };
                if parsed.ty == *t {
                    parsed
                } else {
                    self.numeric(parsed, t)
                }
            }
            (Ty::Bool, t) => {
                // True is -1 (all bits set for unsigned types).
                let minus_one = constfold::int_const(-1, t);
                let (one, zero) = match t {
                    Ty::R8 => (ConstValue::R8(-1.0), ConstValue::R8(0.0)),
                    Ty::R4 => (ConstValue::R4(-1.0), ConstValue::R4(0.0)),
                    _ => (minus_one, constfold::int_const(0, t)),
                };
                if let ExprKind::Const(ConstValue::Bool(b)) = &e.kind {
                    return Expr::constant(if *b { one } else { zero }, t.clone());
                }
                Expr::new(
                    ExprKind::Conditional {
                        condition: Box::new(e),
                        then: Box::new(Expr::constant(one, t.clone())),
                        otherwise: Box::new(Expr::constant(zero, t.clone())),
                    },
                    t.clone(),
                )
            }
            (t, Ty::Bool) => {
                let zero = match t {
                    Ty::R8 => ConstValue::R8(0.0),
                    Ty::R4 => ConstValue::R4(0.0),
                    _ => constfold::int_const(0, t),
                };
                Expr::new(
                    ExprKind::Compare {
                        op: CmpOp::Ne,
                        left: Box::new(e),
                        right: Box::new(Expr::constant(zero, t.clone())),
                    },
                    Ty::Bool,
                )
            }
            _ => Expr::new(ExprKind::DefaultValue, Ty::Error),
        }
    }

    /// A value as VB's `CStr` prints it.
    pub(crate) fn string_of(&mut self, e: Expr) -> Expr {
        if let ExprKind::Const(c) = &e.kind {
            let s = match c {
                ConstValue::Bool(b) => Some(if *b {
                    "True".to_owned()
                } else {
                    "False".to_owned()
                }),
                ConstValue::R8(_) | ConstValue::R4(_) => None,
                ConstValue::Char(ch) => Some(String::from_utf16_lossy(&[*ch])),
                ConstValue::String(_) | ConstValue::Null => return e,
                other => other.as_i128().map(|v| v.to_string()),
            };
            if let Some(s) = s {
                return Expr::constant(ConstValue::String(s.encode_utf16().collect()), Ty::String);
            }
        }
        match e.ty.clone() {
            Ty::String => e,
            Ty::R8 | Ty::R4 => {
                let r =
                    Expr::constant(ConstValue::String("R".encode_utf16().collect()), Ty::String);
                self.call_named(e, "ToString", vec![r])
            }
            t if self.world.enum_underlying(&t).is_some() => {
                let u = self.world.enum_underlying(&t).unwrap_or(Ty::I4);
                let n = Expr::new(ExprKind::Nop(Box::new(e)), u);
                self.call_named(n, "ToString", Vec::new())
            }
            _ => self.call_named(e, "ToString", Vec::new()),
        }
    }

    /// `New T?(v)`.
    pub(crate) fn nullable_new(&mut self, v: Expr, nullable: &Ty) -> Expr {
        let Some(id) = self.world.type_def_of(nullable) else {
            return v;
        };
        let d = self.world.details(id);
        let Some(idx) = d
            .methods
            .iter()
            .position(|m| m.is_ctor() && m.params.len() == 1)
        else {
            return v;
        };
        Expr::new(
            ExprKind::NewObject {
                ctor: Box::new(MethodRef {
                    id: MethodId {
                        ty: id,
                        idx: idx as u32,
                    },
                    type_args: Arc::from(nullable.type_args()),
                    method_args: Arc::from([]),
                }),
                args: vec![v],
            },
            nullable.clone(),
        )
    }

    /// Whether `t1` is a better conversion target than `t2` (VB's "more specific").
    pub(crate) fn better_target(&self, t1: &Ty, t2: &Ty) -> bool {
        if t1 == t2 {
            return false;
        }
        let w12 = matches!(self.type_conv(t1, t2), Some((_, true)));
        let w21 = matches!(self.type_conv(t2, t1), Some((_, true)));
        if w12 && !w21 {
            return true;
        }
        use Ty::*;
        matches!(
            (t1, t2),
            (I1, U1 | U2 | U4 | U8) | (I2, U2 | U4 | U8) | (I4, U4 | U8) | (I8, U8)
        )
    }
}
