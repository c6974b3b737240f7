//! Conversions (C# §6): which implicit and explicit conversions exist between two types
//! (identity, numeric, constant-expression, reference, boxing/unboxing, enum, nullable,
//! user-defined), which of two conversion targets is better for overload resolution, and
//! applying a conversion to an expression as IR nodes.

use super::BodyBinder;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{Expr, ExprKind, MethodRef};
use frontend_core::source::TextRange;
use frontend_core::symbols::MethodId;
use frontend_core::types::Ty;
use std::sync::Arc;

/// How a value gets from one type to another.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Conv {
    Identity,
    /// Numeric widening or narrowing.
    Numeric,
    /// Reference conversion (no code), implicit or downcast (`castclass`).
    Reference {
        checked_cast: bool,
    },
    Boxing,
    Unboxing,
    /// Enum ↔ integral (and the literal 0 to an enum).
    Enum,
    /// `T` → `T?`.
    NullableWrap(Box<Conv>),
    /// `T?` → `T` (explicit): `.Value`.
    NullableUnwrap,
    /// `null` → `T?`.
    NullToNullable,
    /// `S?` → `T?` through `S` → `T`.
    NullableLift(Box<Conv>),
    /// A user-defined conversion operator, with the conversions before and after.
    User(MethodRef),
    /// A pointer conversion (`unsafe_ops`).
    Pointer,
}

/// Whether `from` → `to` is an implicit numeric conversion (C# §6.1.2).
pub(crate) fn implicit_numeric(from: &Ty, to: &Ty) -> bool {
    use Ty::*;
    matches!(
        (from, to),
        (I1, I2 | I4 | I8 | R4 | R8)
            | (U1, I2 | U2 | I4 | U4 | I8 | U8 | R4 | R8)
            | (I2, I4 | I8 | R4 | R8)
            | (U2, I4 | U4 | I8 | U8 | R4 | R8)
            | (I4, I8 | R4 | R8)
            | (U4, I8 | U8 | R4 | R8)
            | (I8 | U8, R4 | R8)
            | (Char, U2 | I4 | U4 | I8 | U8 | R4 | R8)
            | (R4, R8)
    )
}

/// Whether an integral constant fits a type (constant-expression conversions, §6.1.9).
pub(crate) fn constant_fits(v: &ConstValue, to: &Ty) -> bool {
    let Some(n) = v.as_i128() else {
        return false;
    };
    let range = match to {
        Ty::I1 => (i8::MIN as i128, i8::MAX as i128),
        Ty::U1 => (0, u8::MAX as i128),
        Ty::I2 => (i16::MIN as i128, i16::MAX as i128),
        Ty::U2 => (0, u16::MAX as i128),
        Ty::I4 => (i32::MIN as i128, i32::MAX as i128),
        Ty::U4 => (0, u32::MAX as i128),
        Ty::U8 => (0, u64::MAX as i128),
        Ty::I8 => (i64::MIN as i128, i64::MAX as i128),
        _ => return false,
    };
    range.0 <= n && n <= range.1
}

impl BodyBinder<'_> {
    /// The implicit conversion from `e` to `to`, if there is one.
    pub(crate) fn implicit_conv(&self, e: &Expr, to: &Ty) -> Option<Conv> {
        let from = &e.ty;
        if from == to {
            return Some(Conv::Identity);
        }
        if from.is_error() || to.is_error() {
            return Some(Conv::Identity);
        }
        if let ExprKind::Const(c) = &e.kind {
            // Constant expression conversions: int constants to smaller integral types,
            // long constants to ulong, and the literal 0 to any enum.
            if matches!(from, Ty::I4) && to.is_integral() && *to != Ty::Char && constant_fits(c, to)
            {
                return Some(Conv::Numeric);
            }
            if matches!(from, Ty::I8) && *to == Ty::U8 && constant_fits(c, to) {
                return Some(Conv::Numeric);
            }
            if from.is_integral() && c.as_i128() == Some(0) && self.world.is_enum(to) {
                return Some(Conv::Enum);
            }
        }
        self.implicit_type_conv(from, to)
    }

    /// The implicit conversion between two types (no constant rules).
    pub(crate) fn implicit_type_conv(&self, from: &Ty, to: &Ty) -> Option<Conv> {
        if from == to {
            return Some(Conv::Identity);
        }
        if implicit_numeric(from, to) {
            return Some(Conv::Numeric);
        }
        if Self::implicit_pointer_conv(from, to) {
            return Some(Conv::Pointer);
        }
        if *from == Ty::Null {
            if self.world.nullable_underlying(to).is_some() {
                return Some(Conv::NullToNullable);
            }
            if self.is_reference(to) {
                return Some(Conv::Reference {
                    checked_cast: false,
                });
            }
            // `ldnull; unbox.any !T`, as csc emits it.
            return self.is_reference_param(to).then_some(Conv::Unboxing);
        }
        if let (Some(u), Some(fu)) = (
            self.world.nullable_underlying(to),
            self.world.nullable_underlying(from),
        ) {
            if let Some(inner) = self.implicit_type_conv(&fu, &u) {
                return Some(Conv::NullableLift(Box::new(inner)));
            }
        }
        if let Some(u) = self.world.nullable_underlying(to) {
            if let Some(inner) = self.implicit_type_conv(from, &u) {
                if self.world.nullable_underlying(from).is_none() {
                    return Some(Conv::NullableWrap(Box::new(inner)));
                }
            }
        }
        if self.is_reference(from) && self.is_reference(to) && self.is_base_or_interface(from, to) {
            return Some(Conv::Reference {
                checked_cast: false,
            });
        }
        if self.is_value(from) && self.is_reference(to) && self.is_base_or_interface(from, to) {
            return Some(Conv::Boxing);
        }
        if matches!(from, Ty::Var(_) | Ty::MVar(_))
            && (*to == Ty::Object || self.constraints_of(from).contains(to))
        {
            return Some(Conv::Boxing);
        }
        self.user_conversion(from, to, false).map(Conv::User)
    }

    /// Reference types, including type parameters constrained to `class`.
    pub(crate) fn is_reference(&self, t: &Ty) -> bool {
        match t {
            Ty::Var(_) | Ty::MVar(_) => false,
            t => self.world.is_reference_type(t),
        }
    }

    /// A type parameter known to be a reference type: the `class` constraint or a class
    /// constraint (C# §10.1.5).
    pub(crate) fn is_reference_param(&self, t: &Ty) -> bool {
        use frontend_core::symbols::generic_flags;
        let Some(g) = self.generic_param_of(t) else {
            return false;
        };
        g.flags & generic_flags::REFERENCE_TYPE != 0
            || g.constraints.iter().any(|c| {
                self.world.is_reference_type(c)
                    && !self.world.is_interface(c)
                    && !matches!(c, Ty::Var(_) | Ty::MVar(_))
                    && self
                        .world
                        .well_known("System", "ValueType")
                        .map(Ty::named)
                        .as_ref()
                        != Some(c)
            })
    }

    pub(crate) fn is_value(&self, t: &Ty) -> bool {
        match t {
            Ty::Var(_) | Ty::MVar(_) => false,
            t => self.world.is_value_type(t),
        }
    }

    /// `from` derives from `to` or implements it (arrays: covariance and their
    /// interfaces).
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
            let mut candidates = self.world.all_interfaces(from);
            candidates.push(from.clone());
            return candidates
                .iter()
                .any(|i| i == to || self.variance_convertible(i, to));
        }
        self.world.is_delegate(to) && self.variance_convertible(from, to)
    }

    /// `I<S…>` → `I<T…>` for one generic interface or delegate through its variance
    /// (ECMA-335 §II.9.5): an `out` parameter's argument converts by reference one
    /// way, an `in` parameter's the other way, others must be equal.
    fn variance_convertible(&self, from: &Ty, to: &Ty) -> bool {
        let (Ty::Named(a, sa), Ty::Named(b, ta)) = (from, to) else {
            return false;
        };
        if a != b || sa.is_empty() || sa.len() != ta.len() {
            return false;
        }
        sa.iter().zip(ta.iter()).enumerate().all(|(i, (s, t))| {
            let flags = self
                .world
                .type_generic_param(*a, i as u32)
                .map_or(0, |g| g.flags);
            s == t
                || (flags & 1 != 0 && self.is_reference(s) && self.is_base_or_interface(s, t))
                || (flags & 2 != 0 && self.is_reference(t) && self.is_base_or_interface(t, s))
        })
    }

    /// Whether an explicit conversion exists (and which).
    pub(crate) fn explicit_conv(&self, e: &Expr, to: &Ty) -> Option<Conv> {
        if let Some(c) = self.implicit_conv(e, to) {
            return Some(c);
        }
        let from = &e.ty;
        if Self::explicit_pointer_conv(from, to) {
            return Some(Conv::Pointer);
        }
        let num = |t: &Ty| t.is_numeric() || self.world.is_enum(t);
        if num(from) && num(to) {
            return Some(if self.world.is_enum(from) || self.world.is_enum(to) {
                Conv::Enum
            } else {
                Conv::Numeric
            });
        }
        if let Some(u) = self.world.nullable_underlying(from) {
            if u == *to
                || self
                    .explicit_conv(&Expr::new(ExprKind::DefaultValue, u.clone()), to)
                    .is_some()
            {
                return Some(Conv::NullableUnwrap);
            }
        }
        if self.is_reference(from) && self.is_reference(to) {
            // Downcasts, and casts between classes and interfaces that are not sealed.
            if self.is_base_or_interface(to, from)
                || self.world.is_interface(to)
                || self.world.is_interface(from)
            {
                return Some(Conv::Reference { checked_cast: true });
            }
            return None;
        }
        if (self.is_reference(from) || matches!(from, Ty::Var(_) | Ty::MVar(_)))
            && (self.is_value(to) || matches!(to, Ty::Var(_) | Ty::MVar(_)))
            && (self.is_base_or_interface(to, from)
                || self.world.is_interface(from)
                || matches!(from, Ty::Var(_) | Ty::MVar(_))
                || matches!(to, Ty::Var(_) | Ty::MVar(_)))
        {
            return Some(Conv::Unboxing);
        }
        if matches!(from, Ty::Var(_) | Ty::MVar(_)) && self.is_reference(to) {
            return Some(Conv::Unboxing);
        }
        self.user_conversion(from, to, true).map(Conv::User)
    }

    /// A user-defined `op_Implicit` (or, when `explicit`, also `op_Explicit`) from
    /// `from` to `to`, declared in either type.
    pub(crate) fn user_conversion(&self, from: &Ty, to: &Ty, explicit: bool) -> Option<MethodRef> {
        if from.is_error() || to.is_error() || *from == Ty::Null {
            return None;
        }
        let names: &[&str] = if explicit {
            &["op_Implicit", "op_Explicit"]
        } else {
            &["op_Implicit"]
        };
        for owner in [from, to] {
            let Some(id) = self.world.type_def_of(owner) else {
                continue;
            };
            if !id.is_source() && !matches!(owner, Ty::Named(..)) {
                continue;
            }
            let args: Arc<[Ty]> = Arc::from(owner.type_args());
            let d = self.world.details(id);
            for (i, m) in d.methods.iter().enumerate() {
                if !names.contains(&m.name.as_str()) || m.params.len() != 1 {
                    continue;
                }
                let p = m.params[0].ty.subst(&args, &[]);
                let r = m.ret.subst(&args, &[]);
                let from_ok = p == *from
                    || implicit_numeric(from, &p)
                    || self.is_reference(from) && self.is_base_or_interface(from, &p);
                let to_ok = r == *to
                    || implicit_numeric(&r, to)
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
            Conv::Numeric | Conv::Enum => {
                if let ExprKind::Const(c) = &e.kind {
                    if let Some(v) = super::ops::convert_constant(c, &e.ty, to, self.world) {
                        return Expr::constant(v, to.clone());
                    }
                }
                Expr::new(
                    ExprKind::Convert {
                        operand: Box::new(e),
                        checked: self.checked,
                    },
                    to.clone(),
                )
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
            Conv::NullToNullable => Expr::new(ExprKind::DefaultValue, to.clone()),
            Conv::NullableLift(inner) => {
                let u = self.world.nullable_underlying(to).unwrap_or(Ty::Error);
                let fu = self.world.nullable_underlying(&e.ty).unwrap_or(Ty::Error);
                let t = self.temp(e.ty.clone());
                let te = self.local_expr(t);
                let store = frontend_core::ir::Stmt::Expr(Expr::new(
                    ExprKind::Assign {
                        target: Box::new(te.clone()),
                        value: Box::new(e),
                    },
                    Ty::Void,
                ));
                let v = self.call_named(te.clone(), "GetValueOrDefault", Vec::new());
                let v = self.apply_conv(Expr { ty: fu, ..v }, &u, *inner);
                let has = self.property_get(te, "HasValue");
                let some = self.nullable_new(v, to);
                let none = Expr::new(ExprKind::DefaultValue, to.clone());
                let cond = Expr::new(
                    ExprKind::Conditional {
                        condition: Box::new(has),
                        then: Box::new(some),
                        otherwise: Box::new(none),
                    },
                    to.clone(),
                );
                Expr::new(ExprKind::Sequence(vec![store], Box::new(cond)), to.clone())
            }
            Conv::NullableWrap(inner) => {
                let u = self.world.nullable_underlying(to).unwrap_or(Ty::Error);
                let v = self.apply_conv(e, &u, *inner);
                self.nullable_new(v, to)
            }
            Conv::NullableUnwrap => {
                let u = self.world.nullable_underlying(&e.ty).unwrap_or(Ty::Error);
                let value = self.property_get(e, "Value");
                if u == *to {
                    value
                } else {
                    self.convert_explicit(value, to, TextRange::empty(0))
                }
            }
            Conv::Pointer => self.apply_pointer_conv(e, to),
            Conv::User(m) => {
                let sym = self.world.method_sym(m.id);
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
        }
    }

    /// `new T?(v)`.
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

    /// Converts implicitly, reporting CS0029 / CS0266 when there is no implicit
    /// conversion.
    pub(crate) fn convert(&mut self, e: Expr, to: &Ty, range: TextRange) -> Expr {
        // The identity conversion, most conversions asked for (`i < n`, `x = y + 1`).
        if e.ty == *to {
            return e;
        }
        match self.implicit_conv(&e, to) {
            Some(c) => self.apply_conv(e, to, c),
            None => {
                let (f, t) = (self.show(&e.ty), self.show(to));
                if let ExprKind::Const(c) = &e.kind {
                    if e.ty.is_integral() && to.is_integral() {
                        let v = c.as_i128().unwrap_or(0).to_string();
                        self.error(Code::CS0031, range, &[&v, &t]);
                        return Expr { ty: Ty::Error, ..e };
                    }
                }
                let code = if self.explicit_conv(&e, to).is_some() {
                    Code::CS0266
                } else {
                    Code::CS0029
                };
                self.error(code, range, &[&f, &t]);
                Expr { ty: Ty::Error, ..e }
            }
        }
    }

    /// Converts explicitly (a cast), reporting CS0030 when impossible.
    pub(crate) fn convert_explicit(&mut self, e: Expr, to: &Ty, range: TextRange) -> Expr {
        match self.explicit_conv(&e, to) {
            Some(c) => self.apply_conv(e, to, c),
            None => {
                let (f, t) = (self.show(&e.ty), self.show(to));
                self.error(Code::CS0030, range, &[&f, &t]);
                Expr { ty: Ty::Error, ..e }
            }
        }
    }

    /// Whether `t1` is a better conversion target than `t2` (§7.5.3.5).
    pub(crate) fn better_target(&self, t1: &Ty, t2: &Ty) -> bool {
        if t1 == t2 {
            return false;
        }
        let i12 = self.implicit_type_conv(t1, t2).is_some();
        let i21 = self.implicit_type_conv(t2, t1).is_some();
        if i12 && !i21 {
            return true;
        }
        use Ty::*;
        matches!(
            (t1, t2),
            (I1, U1 | U2 | U4 | U8) | (I2, U2 | U4 | U8) | (I4, U4 | U8) | (I8, U8)
        )
    }

    /// Reads a property of a value by name (used by lowering).
    pub(crate) fn property_get(&mut self, receiver: Expr, name: &str) -> Expr {
        let b = self.member_access(
            super::Bound::Value(receiver),
            name,
            Vec::new(),
            TextRange::empty(0),
        );
        match b {
            super::Bound::Value(v) => v,
            _ => Expr::new(ExprKind::Const(ConstValue::Null), Ty::Error),
        }
    }
}
