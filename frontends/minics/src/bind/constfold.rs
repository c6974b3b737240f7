//! Constant folding over syntax, for what must be known before bodies are bound: `const`
//! fields, enum member values and default parameter values. Literals, unary and binary
//! operators, casts, parentheses and earlier constants of the same type by name. The
//! result is converted to the declared type.

use crate::literal::{parse_int, parse_real, unescape, verbatim};
use crate::syntax::{BinaryOp, Expr, ExprKind, LiteralKind, UnaryOp};
use frontend_core::constant::ConstValue;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange};
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

/// Why an initializer is not a constant of its declared type.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstError {
    /// Not a constant expression this folder knows (CS0133).
    NotConstant,
    /// Integer arithmetic that overflows its type, at the operation (CS0220).
    Overflow(TextRange),
    /// Integer division or remainder by zero, at the operation (CS0020).
    DivideByZero(TextRange),
    /// A value outside the declared integral type, as written (CS0031).
    OutOfRange(String),
    /// A cast to an integral type the value does not fit, at the cast (CS0221).
    CastOutOfRange(TextRange, String, Ty),
}

impl ConstError {
    /// The diagnostic for constant `name` of type `declared` whose initializer is at
    /// `at` (`show` spells types).
    pub fn diagnostic(
        &self,
        file: FileId,
        at: TextRange,
        name: &str,
        declared: &Ty,
        show: impl Fn(&Ty) -> String,
    ) -> Diagnostic {
        let (code, range, args) = match self {
            ConstError::NotConstant => (Code::CS0133, at, vec![name.to_owned()]),
            ConstError::Overflow(r) => (Code::CS0220, *r, vec![]),
            ConstError::DivideByZero(r) => (Code::CS0020, *r, vec![]),
            ConstError::OutOfRange(value) => {
                (Code::CS0031, at, vec![value.clone(), show(declared)])
            }
            ConstError::CastOutOfRange(r, value, to) => {
                (Code::CS0221, *r, vec![value.clone(), show(to)])
            }
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        Diagnostic::new(code, file, range, &args)
    }
}

/// Folds `e` and converts it to `ty`; `None` when it is not a constant this folder knows.
pub fn const_expr(
    e: &Expr,
    ty: &Ty,
    known: &[(String, ConstValue)],
    src: &str,
) -> Option<ConstValue> {
    const_expr_with(e, ty, known, src, &|_| None).ok()
}

/// [`const_expr`] with a lookup for member constants, and why it failed: integer
/// arithmetic is typed and checked as C# does in a constant (`int.MaxValue + 1`
/// overflows), and the value must fit the declared integral type.
pub fn const_expr_with(
    e: &Expr,
    ty: &Ty,
    known: &[(String, ConstValue)],
    src: &str,
    member: MemberConst<'_>,
) -> Result<ConstValue, ConstError> {
    let v = fold(e, known, src, member)?;
    if ty.is_integral() && *ty != Ty::Bool {
        if let Some(n) = v.as_i128() {
            if !fits(n, ty) {
                return Err(ConstError::OutOfRange(n.to_string()));
            }
        }
    }
    convert(&v, ty).ok_or(ConstError::NotConstant)
}

/// Whether `v` is a value of integral type `ty`.
fn fits(v: i128, ty: &Ty) -> bool {
    let (lo, hi): (i128, i128) = match ty {
        Ty::I1 => (i8::MIN.into(), i8::MAX.into()),
        Ty::U1 => (0, u8::MAX.into()),
        Ty::I2 => (i16::MIN.into(), i16::MAX.into()),
        Ty::U2 | Ty::Char => (0, u16::MAX.into()),
        Ty::I4 => (i32::MIN.into(), i32::MAX.into()),
        Ty::U4 => (0, u32::MAX.into()),
        Ty::I8 => (i64::MIN.into(), i64::MAX.into()),
        Ty::U8 => (0, u64::MAX.into()),
        _ => return true,
    };
    (lo..=hi).contains(&v)
}

/// The type C# gives integer arithmetic on two constants: int unless an operand is
/// wider. A signed constant that is not negative converts to the other operand's
/// unsigned type (`3u - 5` is uint arithmetic, and overflows); a negative one beside a
/// uint takes both to long.
fn int_result(l: &ConstValue, r: &ConstValue) -> Ty {
    let kind = |v: &ConstValue| match v {
        ConstValue::I8(_) => Ty::I8,
        ConstValue::U8(_) => Ty::U8,
        ConstValue::U4(_) => Ty::U4,
        _ => Ty::I4,
    };
    let nonneg = |v: &ConstValue| v.as_i128().is_some_and(|n| n >= 0);
    match (kind(l), kind(r)) {
        (Ty::U8, _) | (_, Ty::U8) => Ty::U8,
        (Ty::U4, Ty::I4) if nonneg(r) => Ty::U4,
        (Ty::I4, Ty::U4) if nonneg(l) => Ty::U4,
        (Ty::I8, _) | (_, Ty::I8) => Ty::I8,
        (Ty::U4, Ty::U4) => Ty::U4,
        (Ty::U4, _) | (_, Ty::U4) => Ty::I8,
        _ => Ty::I4,
    }
}

fn fold(
    e: &Expr,
    known: &[(String, ConstValue)],
    src: &str,
    member: MemberConst<'_>,
) -> Result<ConstValue, ConstError> {
    let not_constant = ConstError::NotConstant;
    match &e.kind {
        ExprKind::Literal(k) => {
            let text = src
                .get(e.range.start as usize..e.range.end as usize)
                .ok_or(not_constant.clone())?;
            literal(*k, text).map(|(v, _)| v).ok_or(not_constant)
        }
        ExprKind::Parenthesized(x) => fold(x, known, src, member),
        ExprKind::Name { name, type_args } if type_args.is_empty() => known
            .iter()
            .rev()
            .find(|(n, _)| *n == *name.text)
            .map(|(_, v)| v.clone())
            .ok_or(not_constant),
        ExprKind::Unary { op, operand } => {
            let v = fold(operand, known, src, member)?;
            let int = |v: &ConstValue| v.as_i128().ok_or(ConstError::NotConstant);
            Ok(match (op, &v) {
                (UnaryOp::Plus, _) => v,
                (UnaryOp::Minus, ConstValue::R8(f)) => ConstValue::R8(-f),
                (UnaryOp::Minus, ConstValue::R4(f)) => ConstValue::R4(-f),
                (UnaryOp::Minus, ConstValue::U4(x)) => ConstValue::I8(-(*x as i64)),
                (UnaryOp::Minus, ConstValue::I8(x)) => ConstValue::I8(x.wrapping_neg()),
                (UnaryOp::Minus, _) => ConstValue::I4((int(&v)? as i32).wrapping_neg()),
                (UnaryOp::Complement, ConstValue::I8(x)) => ConstValue::I8(!x),
                (UnaryOp::Complement, ConstValue::U8(x)) => ConstValue::U8(!x),
                (UnaryOp::Complement, ConstValue::U4(x)) => ConstValue::U4(!x),
                (UnaryOp::Complement, _) => ConstValue::I4(!(int(&v)? as i32)),
                (UnaryOp::Not, ConstValue::Bool(b)) => ConstValue::Bool(!b),
                _ => return Err(not_constant),
            })
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
                    return Ok(ConstValue::String(s));
                }
                return Err(not_constant);
            }
            if l.as_i128().is_none() || r.as_i128().is_none() {
                let (a, b) = (
                    l.as_f64().ok_or(not_constant.clone())?,
                    r.as_f64().ok_or(not_constant.clone())?,
                );
                return Ok(ConstValue::R8(match op {
                    BinaryOp::Add => a + b,
                    BinaryOp::Sub => a - b,
                    BinaryOp::Mul => a * b,
                    BinaryOp::Div => a / b,
                    BinaryOp::Rem => a % b,
                    _ => return Err(not_constant),
                }));
            }
            let t = int_result(&l, &r);
            let (a, b) = (
                l.as_i128().ok_or(not_constant.clone())?,
                r.as_i128().ok_or(not_constant.clone())?,
            );
            let checked = |v: i128| match fits(v, &t) {
                true => Ok(int_const(v, &t)),
                false => Err(ConstError::Overflow(e.range)),
            };
            match op {
                BinaryOp::Add => checked(a + b),
                BinaryOp::Sub => checked(a - b),
                BinaryOp::Mul => checked(a * b),
                BinaryOp::Div | BinaryOp::Rem if b == 0 => Err(ConstError::DivideByZero(e.range)),
                BinaryOp::Div => checked(a / b),
                BinaryOp::Rem => checked(a % b),
                // Shifts take the left operand's type and never overflow.
                BinaryOp::Shl | BinaryOp::Shr => {
                    let lt = int_result(&l, &ConstValue::I4(0));
                    let lwide = matches!(lt, Ty::I8 | Ty::U8);
                    let n = b & if lwide { 63 } else { 31 };
                    let v = if *op == BinaryOp::Shl { a << n } else { a >> n };
                    Ok(int_const(v, &lt))
                }
                BinaryOp::BitAnd => Ok(int_const(a & b, &t)),
                BinaryOp::BitOr => Ok(int_const(a | b, &t)),
                BinaryOp::BitXor => Ok(int_const(a ^ b, &t)),
                _ => Err(not_constant),
            }
        }
        ExprKind::Cast { ty, operand } => {
            let v = fold(operand, known, src, member)?;
            let crate::syntax::TypeKind::Predefined(p) = &ty.kind else {
                // Enums and other named types keep the value as is.
                return Ok(v);
            };
            let to = super::scope::predefined(*p);
            if !to.is_integral() || to == Ty::Bool {
                return convert(&v, &to).ok_or(ConstError::NotConstant);
            }
            // An explicit conversion in a constant is checked: the value must fit.
            let n = match &v {
                ConstValue::R8(f) => f.trunc() as i128,
                ConstValue::R4(f) => f.trunc() as i128,
                other => other.as_i128().ok_or(ConstError::NotConstant)?,
            };
            match fits(n, &to) {
                true => Ok(int_const(n, &to)),
                false => Err(ConstError::CastOutOfRange(e.range, n.to_string(), to)),
            }
        }
        ExprKind::Member { .. } => member(e).ok_or(not_constant),
        _ => Err(not_constant),
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
    fold(e, &known, src, member).ok()?.as_i128()
}
