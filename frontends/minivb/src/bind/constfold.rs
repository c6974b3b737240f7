//! Constant expressions needed before bodies are bound (`Const` fields, enum members,
//! `Optional` defaults) and the literal values the body binder uses: VB literals with
//! their types (`10L`, `&HFF`, `1.5F`, `"x"c`), unary and binary operators over
//! constants, names of earlier constants. Overflow makes an expression non-constant.

use crate::syntax::{BinaryOp, Expr, ExprKind, LiteralKind, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::types::Ty;

/// An integral constant of type `ty` (truncated to its width).
pub fn int_const(v: i128, ty: &Ty) -> ConstValue {
    match ty {
        Ty::I1 => ConstValue::I1(v as i8),
        Ty::U1 => ConstValue::U1(v as u8),
        Ty::I2 => ConstValue::I2(v as i16),
        Ty::U2 => ConstValue::U2(v as u16),
        Ty::U4 => ConstValue::U4(v as u32),
        Ty::I8 => ConstValue::I8(v as i64),
        Ty::U8 => ConstValue::U8(v as u64),
        Ty::Char => ConstValue::Char(v as u16),
        Ty::Bool => ConstValue::Bool(v != 0),
        _ => ConstValue::I4(v as i32),
    }
}

/// The range of an integral type.
pub fn int_range(ty: &Ty) -> Option<(i128, i128)> {
    Some(match ty {
        Ty::I1 => (i8::MIN as i128, i8::MAX as i128),
        Ty::U1 => (0, u8::MAX as i128),
        Ty::I2 => (i16::MIN as i128, i16::MAX as i128),
        Ty::U2 => (0, u16::MAX as i128),
        Ty::I4 => (i32::MIN as i128, i32::MAX as i128),
        Ty::U4 => (0, u32::MAX as i128),
        Ty::I8 => (i64::MIN as i128, i64::MAX as i128),
        Ty::U8 => (0, u64::MAX as i128),
        _ => return None,
    })
}

/// A literal's value and type; `None` when malformed (the lexer reported it).
pub fn literal(kind: LiteralKind, text: &str) -> Option<(ConstValue, Ty)> {
    use crate::literal::{IntType, char_value, parse_int, string_value};
    Some(match kind {
        LiteralKind::True => (ConstValue::Bool(true), Ty::Bool),
        LiteralKind::False => (ConstValue::Bool(false), Ty::Bool),
        LiteralKind::Nothing => (ConstValue::Null, Ty::Null),
        LiteralKind::String => (
            ConstValue::String(string_value(text).encode_utf16().collect()),
            Ty::String,
        ),
        LiteralKind::Char => {
            let c = char_value(text).ok()?;
            let mut buf = [0u16; 2];
            (ConstValue::Char(c.encode_utf16(&mut buf)[0]), Ty::Char)
        }
        LiteralKind::Int => {
            let (v, t) = parse_int(text).ok()?;
            let hex = text.starts_with('&');
            match t {
                IntType::Default if v <= i32::MAX as u64 => (ConstValue::I4(v as i32), Ty::I4),
                IntType::Default if hex && v <= u32::MAX as u64 => {
                    (ConstValue::I4(v as u32 as i32), Ty::I4)
                }
                IntType::Default => (ConstValue::I8(v as i64), Ty::I8),
                IntType::Short => (ConstValue::I2(v as u16 as i16), Ty::I2),
                IntType::UShort => (ConstValue::U2(v as u16), Ty::U2),
                IntType::Integer => (ConstValue::I4(v as u32 as i32), Ty::I4),
                IntType::UInteger => (ConstValue::U4(v as u32), Ty::U4),
                IntType::Long => (ConstValue::I8(v as i64), Ty::I8),
                IntType::ULong => (ConstValue::U8(v), Ty::U8),
            }
        }
        LiteralKind::Real => {
            let lower = text.to_ascii_lowercase();
            let (body, ty) = if let Some(b) = lower.strip_suffix(['f', '!']) {
                (b, Ty::R4)
            } else if let Some(b) = lower.strip_suffix(['r', '#']) {
                (b, Ty::R8)
            } else if let Some(b) = lower.strip_suffix(['d', '@']) {
                (b, Ty::R8)
            } else {
                (lower.as_str(), Ty::R8)
            };
            let v: f64 = body.replace('_', "").parse().ok()?;
            if ty == Ty::R4 {
                (ConstValue::R4(v as f32), Ty::R4)
            } else {
                (ConstValue::R8(v), Ty::R8)
            }
        }
    })
}

/// Folds `e` and converts it to `to` (`None` when not constant or not representable).
pub fn fold(
    e: &Expr,
    to: &Ty,
    src: &str,
    lookup: &dyn Fn(&str) -> Option<(ConstValue, Ty)>,
) -> Option<ConstValue> {
    let (v, t) = fold_typed(e, src, lookup)?;
    convert(&v, &t, to)
}

/// Converts a constant between built-in types (`None` when it does not fit or there is
/// no such conversion).
pub fn convert(v: &ConstValue, from: &Ty, to: &Ty) -> Option<ConstValue> {
    if from == to {
        return Some(v.clone());
    }
    match (v, to) {
        (ConstValue::Null, _) => Some(ConstValue::Null),
        (_, Ty::R8) if from.is_numeric() && *from != Ty::Char => Some(ConstValue::R8(v.as_f64()?)),
        (_, Ty::R4) if from.is_numeric() && *from != Ty::Char => {
            Some(ConstValue::R4(v.as_f64()? as f32))
        }
        (_, t) if t.is_integral() && *t != Ty::Char && from.is_integral() && *from != Ty::Char => {
            let n = v.as_i128()?;
            let (lo, hi) = int_range(t)?;
            (lo <= n && n <= hi).then(|| int_const(n, t))
        }
        (_, t) if t.is_integral() && *t != Ty::Char && from.is_floating() => {
            let f = v.as_f64()?.round_ties_even();
            let (lo, hi) = int_range(t)?;
            let n = f as i128;
            (lo <= n && n <= hi).then(|| int_const(n, t))
        }
        (_, Ty::Object) => Some(v.clone()),
        _ => None,
    }
}

/// Folds an expression to a value and its type.
pub fn fold_typed(
    e: &Expr,
    src: &str,
    lookup: &dyn Fn(&str) -> Option<(ConstValue, Ty)>,
) -> Option<(ConstValue, Ty)> {
    match &e.kind {
        ExprKind::Literal(k) => literal(*k, src.get(e.range.start as usize..e.range.end as usize)?),
        ExprKind::Parenthesized(x) => fold_typed(x, src, lookup),
        ExprKind::Name { name, type_args } if type_args.is_empty() => lookup(&name.text),
        ExprKind::Member {
            target: Some(t),
            name,
            ..
        } => {
            let ExprKind::Name { name: tn, .. } = &t.kind else {
                return None;
            };
            lookup(&format!("{}.{}", tn.text, name.text))
        }
        ExprKind::Unary { op, operand } => {
            let (v, t) = fold_typed(operand, src, lookup)?;
            match op {
                UnaryOp::Plus => Some((v, t)),
                UnaryOp::Minus => match v {
                    ConstValue::R8(f) => Some((ConstValue::R8(-f), t)),
                    ConstValue::R4(f) => Some((ConstValue::R4(-f), t)),
                    other => {
                        let n = -other.as_i128()?;
                        let t = promote_unary(&t);
                        let (lo, hi) = int_range(&t)?;
                        (lo <= n && n <= hi).then(|| (int_const(n, &t), t))
                    }
                },
                UnaryOp::Not => match v {
                    ConstValue::Bool(b) => Some((ConstValue::Bool(!b), t)),
                    other if t.is_integral() => Some((int_const(!other.as_i128()?, &t), t)),
                    _ => None,
                },
            }
        }
        ExprKind::Binary { op, left, right } => {
            let (a, ta) = fold_typed(left, src, lookup)?;
            let (b, tb) = fold_typed(right, src, lookup)?;
            binary(*op, &a, &ta, &b, &tb)
        }
        _ => None,
    }
}

fn promote_unary(t: &Ty) -> Ty {
    match t {
        Ty::U1 => Ty::I2,
        Ty::U2 => Ty::I4,
        Ty::U4 => Ty::I8,
        other => other.clone(),
    }
}

/// VB's result type for arithmetic on two numeric types (no `Decimal`: `None` for the
/// `ULong`-with-signed cases that would need it).
pub fn arith_type(a: &Ty, b: &Ty) -> Option<Ty> {
    use Ty::*;
    if !a.is_numeric() || !b.is_numeric() || *a == Char || *b == Char {
        return None;
    }
    if *a == R8 || *b == R8 {
        return Some(R8);
    }
    if *a == R4 || *b == R4 {
        return Some(R4);
    }
    if a == b {
        return Some(a.clone());
    }
    let rank = |t: &Ty| match t {
        I1 | U1 => 1,
        I2 | U2 => 2,
        I4 | U4 => 3,
        _ => 4,
    };
    let signed = |t: &Ty| matches!(t, I1 | I2 | I4 | I8);
    let (ra, rb) = (rank(a), rank(b));
    let r = ra.max(rb);
    let any_signed = signed(a) || signed(b);
    let all_signed = signed(a) && signed(b);
    if all_signed || !any_signed {
        let s = any_signed;
        return Some(match (r, s) {
            (1, true) => I1,
            (1, false) => U1,
            (2, true) => I2,
            (2, false) => U2,
            (3, true) => I4,
            (3, false) => U4,
            (_, true) => I8,
            (_, false) => U8,
        });
    }
    // Mixed signedness: a signed type wide enough for both.
    let (sr, ur) = if signed(a) { (ra, rb) } else { (rb, ra) };
    let need = if ur >= sr { ur + 1 } else { sr };
    Some(match need {
        1 => I1,
        2 => I2,
        3 => I4,
        4 => I8,
        _ => return None,
    })
}

pub fn binary(
    op: BinaryOp,
    a: &ConstValue,
    ta: &Ty,
    b: &ConstValue,
    tb: &Ty,
) -> Option<(ConstValue, Ty)> {
    if op == BinaryOp::Concat || (op == BinaryOp::Add && *ta == Ty::String && *tb == Ty::String) {
        let (sa, sb) = (a.as_string()?, b.as_string()?);
        return Some((
            ConstValue::String(format!("{sa}{sb}").encode_utf16().collect()),
            Ty::String,
        ));
    }
    if *ta == Ty::Bool && *tb == Ty::Bool {
        let (x, y) = (a.as_i128()? != 0, b.as_i128()? != 0);
        let r = match op {
            BinaryOp::And | BinaryOp::AndAlso => x && y,
            BinaryOp::Or | BinaryOp::OrElse => x || y,
            BinaryOp::Xor => x ^ y,
            _ => return None,
        };
        return Some((ConstValue::Bool(r), Ty::Bool));
    }
    let t = match op {
        BinaryOp::Div if arith_type(ta, tb)? == Ty::R4 => Ty::R4,
        BinaryOp::Div | BinaryOp::Pow => Ty::R8,
        BinaryOp::Shl | BinaryOp::Shr => ta.clone(),
        _ => arith_type(ta, tb)?,
    };
    if t.is_floating() {
        let (x, y) = (a.as_f64()?, b.as_f64()?);
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::Div => x / y,
            BinaryOp::Mod => x % y,
            BinaryOp::Pow => x.powf(y),
            _ => return None,
        };
        return Some(if t == Ty::R4 {
            (ConstValue::R4(r as f32), t)
        } else {
            (ConstValue::R8(r), t)
        });
    }
    let (x, y) = (a.as_i128()?, b.as_i128()?);
    let bits = match t {
        Ty::I1 | Ty::U1 => 8,
        Ty::I2 | Ty::U2 => 16,
        Ty::I4 | Ty::U4 => 32,
        _ => 64,
    };
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::IntDiv if y != 0 => x / y,
        BinaryOp::Mod if y != 0 => x % y,
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::Shl => {
            let v = x << (y & (bits - 1));
            let (lo, hi) = int_range(&t)?;
            let m = v & ((1i128 << bits) - 1);
            let m = if lo < 0 && m > hi {
                m - (1i128 << bits)
            } else {
                m
            };
            return Some((int_const(m, &t), t));
        }
        BinaryOp::Shr => x >> (y & (bits - 1)),
        _ => return None,
    };
    let (lo, hi) = int_range(&t)?;
    (lo <= r && r <= hi).then(|| (int_const(r, &t), t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_result_types_follow_vb() {
        use Ty::*;
        // Same type stays (Byte + Byte is Byte, unlike C#).
        assert_eq!(arith_type(&U1, &U1), Some(U1));
        assert_eq!(arith_type(&I2, &I2), Some(I2));
        // Widest of the same signedness.
        assert_eq!(arith_type(&U1, &U4), Some(U4));
        assert_eq!(arith_type(&I4, &I8), Some(I8));
        // Mixed signedness widens to a signed type that holds both.
        assert_eq!(arith_type(&U1, &I1), Some(I2));
        assert_eq!(arith_type(&U4, &I4), Some(I8));
        assert_eq!(arith_type(&I8, &U8), None);
        // Floating point wins; Char is not numeric in VB.
        assert_eq!(arith_type(&I8, &R4), Some(R4));
        assert_eq!(arith_type(&R4, &R8), Some(R8));
        assert_eq!(arith_type(&Char, &I4), None);
    }

    #[test]
    fn literals_and_folding() {
        assert_eq!(
            literal(LiteralKind::Int, "&HFFFFFFFF"),
            Some((ConstValue::I4(-1), Ty::I4))
        );
        assert_eq!(
            literal(LiteralKind::Int, "3000000000"),
            Some((ConstValue::I8(3_000_000_000), Ty::I8))
        );
        assert_eq!(
            literal(LiteralKind::Real, "1.5F"),
            Some((ConstValue::R4(1.5), Ty::R4))
        );
        assert_eq!(
            literal(LiteralKind::Char, "\"x\"c"),
            Some((ConstValue::Char(120), Ty::Char))
        );
        // Banker's rounding when a constant Double becomes an integer.
        assert_eq!(
            convert(&ConstValue::R8(2.5), &Ty::R8, &Ty::I4),
            Some(ConstValue::I4(2))
        );
        assert_eq!(
            convert(&ConstValue::R8(3.5), &Ty::R8, &Ty::I4),
            Some(ConstValue::I4(4))
        );
        // Out of range is not a constant of the target type.
        assert_eq!(convert(&ConstValue::I4(300), &Ty::I4, &Ty::U1), None);
        // Overflow makes an expression non-constant.
        let add = binary(
            BinaryOp::Add,
            &ConstValue::I4(i32::MAX),
            &Ty::I4,
            &ConstValue::I4(1),
            &Ty::I4,
        );
        assert_eq!(add, None);
        assert_eq!(
            binary(
                BinaryOp::IntDiv,
                &ConstValue::I4(-7),
                &Ty::I4,
                &ConstValue::I4(2),
                &Ty::I4
            ),
            Some((ConstValue::I4(-3), Ty::I4))
        );
    }
}
