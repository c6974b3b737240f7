//! Constant folding over syntax, for what must be known before bodies are bound: `const`
//! fields, enum member values and default parameter values. Literals, unary and binary
//! operators, casts, parentheses and earlier constants of the same type by name. The
//! result is converted to the declared type.

use crate::literal::{parse_int, parse_real, unescape, verbatim};
use crate::syntax::{BinaryOp, Expr, ExprKind, LiteralKind, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::types::Ty;

/// A constant of integral type `ty` with value `v` (wrapped to the type's width).
pub fn int_const(v: i128, ty: &Ty) -> ConstValue {
    match ty {
        Ty::I1 => ConstValue::I1(v as i8),
        Ty::U1 => ConstValue::U1(v as u8),
        Ty::I2 => ConstValue::I2(v as i16),
        Ty::U2 => ConstValue::U2(v as u16),
        Ty::Char => ConstValue::Char(v as u16),
        Ty::U4 => ConstValue::U4(v as u32),
        Ty::I8 => ConstValue::I8(v as i64),
        Ty::U8 => ConstValue::U8(v as u64),
        Ty::Bool => ConstValue::Bool(v != 0),
        _ => ConstValue::I4(v as i32),
    }
}

/// The value of a literal token's text, typed as C# types it.
pub fn literal(kind: LiteralKind, text: &str) -> Option<(ConstValue, Ty)> {
    Some(match kind {
        LiteralKind::True => (ConstValue::Bool(true), Ty::Bool),
        LiteralKind::False => (ConstValue::Bool(false), Ty::Bool),
        LiteralKind::Null => (ConstValue::Null, Ty::Null),
        LiteralKind::Int => {
            let (v, suffix) = parse_int(text).ok()?;
            use crate::literal::IntSuffix;
            let (u, l) = match suffix {
                IntSuffix::None => (false, false),
                IntSuffix::U => (true, false),
                IntSuffix::L => (false, true),
                IntSuffix::UL => (true, true),
            };
            match (u, l) {
                (false, false) if v <= i32::MAX as u64 => (ConstValue::I4(v as i32), Ty::I4),
                (false, false) | (true, false) if v <= u32::MAX as u64 => {
                    (ConstValue::U4(v as u32), Ty::U4)
                }
                (false, _) if v <= i64::MAX as u64 => (ConstValue::I8(v as i64), Ty::I8),
                _ => (ConstValue::U8(v), Ty::U8),
            }
        }
        LiteralKind::Real => {
            let (v, suffix) = parse_real(text).ok()?;
            match suffix {
                crate::literal::RealSuffix::F => (ConstValue::R4(v as f32), Ty::R4),
                _ => (ConstValue::R8(v), Ty::R8),
            }
        }
        LiteralKind::Char => {
            let body = text.strip_prefix('\'')?.strip_suffix('\'')?;
            let (units, _) = unescape(body);
            (ConstValue::Char(*units.first()?), Ty::Char)
        }
        LiteralKind::String => {
            let body = text.strip_prefix('"')?.strip_suffix('"')?;
            (ConstValue::String(unescape(body).0), Ty::String)
        }
        LiteralKind::VerbatimString => {
            let body = text.strip_prefix("@\"")?.strip_suffix('"')?;
            (ConstValue::String(verbatim(body)), Ty::String)
        }
    })
}

/// Looks up `Type.Member` constants the folder cannot see (imported `const` fields).
pub type MemberConst<'a> = &'a dyn Fn(&Expr) -> Option<ConstValue>;

/// Folds `e` and converts it to `ty`; `None` when it is not a constant this folder knows.
pub fn const_expr(
    e: &Expr,
    ty: &Ty,
    known: &[(String, ConstValue)],
    src: &str,
) -> Option<ConstValue> {
    const_expr_with(e, ty, known, src, &|_| None)
}

/// [`const_expr`] with a lookup for member constants.
pub fn const_expr_with(
    e: &Expr,
    ty: &Ty,
    known: &[(String, ConstValue)],
    src: &str,
    member: MemberConst<'_>,
) -> Option<ConstValue> {
    let v = fold(e, known, src, member)?;
    convert(&v, ty)
}

fn fold(
    e: &Expr,
    known: &[(String, ConstValue)],
    src: &str,
    member: MemberConst<'_>,
) -> Option<ConstValue> {
    match &e.kind {
        ExprKind::Literal(k) => {
            let text = src.get(e.range.start as usize..e.range.end as usize)?;
            literal(*k, text).map(|(v, _)| v)
        }
        ExprKind::Parenthesized(x) => fold(x, known, src, member),
        ExprKind::Name { name, type_args } if type_args.is_empty() => known
            .iter()
            .rev()
            .find(|(n, _)| *n == *name.text)
            .map(|(_, v)| v.clone()),
        ExprKind::Unary { op, operand } => {
            let v = fold(operand, known, src, member)?;
            match (op, &v) {
                (UnaryOp::Plus, _) => Some(v),
                (UnaryOp::Minus, ConstValue::R8(f)) => Some(ConstValue::R8(-f)),
                (UnaryOp::Minus, ConstValue::R4(f)) => Some(ConstValue::R4(-f)),
                (UnaryOp::Minus, ConstValue::U4(x)) => Some(ConstValue::I8(-(*x as i64))),
                (UnaryOp::Minus, ConstValue::I8(x)) => Some(ConstValue::I8(x.wrapping_neg())),
                (UnaryOp::Minus, _) => Some(ConstValue::I4((v.as_i128()? as i32).wrapping_neg())),
                (UnaryOp::Complement, ConstValue::I8(x)) => Some(ConstValue::I8(!x)),
                (UnaryOp::Complement, ConstValue::U8(x)) => Some(ConstValue::U8(!x)),
                (UnaryOp::Complement, ConstValue::U4(x)) => Some(ConstValue::U4(!x)),
                (UnaryOp::Complement, _) => Some(ConstValue::I4(!(v.as_i128()? as i32))),
                (UnaryOp::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
                _ => None,
            }
        }
        ExprKind::Binary { op, left, right } => {
            let (l, r) = (
                fold(left, known, src, member)?,
                fold(right, known, src, member)?,
            );
            if let (ConstValue::String(a), ConstValue::String(b)) = (&l, &r) {
                if *op == BinaryOp::Add {
                    let mut s = a.clone();
                    s.extend(b);
                    return Some(ConstValue::String(s));
                }
                return None;
            }
            if l.as_i128().is_none() || r.as_i128().is_none() {
                let (a, b) = (l.as_f64()?, r.as_f64()?);
                return Some(ConstValue::R8(match op {
                    BinaryOp::Add => a + b,
                    BinaryOp::Sub => a - b,
                    BinaryOp::Mul => a * b,
                    BinaryOp::Div => a / b,
                    BinaryOp::Rem => a % b,
                    _ => return None,
                }));
            }
            let wide = matches!(l, ConstValue::I8(_) | ConstValue::U8(_))
                || matches!(r, ConstValue::I8(_) | ConstValue::U8(_));
            let (a, b) = (l.as_i128()?, r.as_i128()?);
            let v = match op {
                BinaryOp::Add => a + b,
                BinaryOp::Sub => a - b,
                BinaryOp::Mul => a * b,
                BinaryOp::Div if b != 0 => a / b,
                BinaryOp::Rem if b != 0 => a % b,
                BinaryOp::Shl => a << (b & if wide { 63 } else { 31 }),
                BinaryOp::Shr => a >> (b & if wide { 63 } else { 31 }),
                BinaryOp::BitAnd => a & b,
                BinaryOp::BitOr => a | b,
                BinaryOp::BitXor => a ^ b,
                _ => return None,
            };
            Some(if wide {
                ConstValue::I8(v as i64)
            } else if (i32::MIN as i128..=i32::MAX as i128).contains(&v) {
                ConstValue::I4(v as i32)
            } else {
                ConstValue::I8(v as i64)
            })
        }
        ExprKind::Cast { operand, .. } => fold(operand, known, src, member),
        ExprKind::Member { .. } => member(e),
        _ => None,
    }
}

/// Converts a folded constant to a declared type (numeric widening and narrowing of
/// values that fit).
pub fn convert(v: &ConstValue, ty: &Ty) -> Option<ConstValue> {
    match (v, ty) {
        (ConstValue::Null, _) => Some(ConstValue::Null),
        (ConstValue::String(_), Ty::String | Ty::Object) => Some(v.clone()),
        (ConstValue::Bool(_), Ty::Bool) => Some(v.clone()),
        (_, Ty::R8) => Some(ConstValue::R8(v.as_f64()?)),
        (_, Ty::R4) => Some(ConstValue::R4(v.as_f64()? as f32)),
        (_, t) if t.is_integral() => Some(int_const(v.as_i128()?, t)),
        // Enums and anything else take the integral value as is.
        (_, _) => v.as_i128().map(|_| v.clone()),
    }
}

/// An enum member's value from its initializer, given the members before it.
pub fn enum_value(
    e: &Expr,
    earlier: &[(String, i128)],
    src: &str,
    member: MemberConst<'_>,
) -> Option<i128> {
    let known: Vec<(String, ConstValue)> = earlier
        .iter()
        .map(|(n, v)| (n.clone(), ConstValue::I8(*v as i64)))
        .collect();
    fold(e, &known, src, member)?.as_i128()
}
