//! Custom-attribute value blobs (§II.23.3): the prolog, fixed arguments, and named field
//! and property arguments, encoded and decoded.
//!
//! The blob does not say the types of fixed arguments (they come from the constructor's
//! signature) nor the underlying type of an enum (it lives in the enum's own assembly), so
//! decoding asks a [`CaResolver`] for both.

use crate::entity::Token;
use crate::signature::TypeSig;
use crate::signature::decode::SigReader;
use crate::signature::element_type as et;
use crate::signature::encode::compressed_u32;
use std::fmt;

/// The type of an attribute argument.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CaType {
    Boolean,
    Char,
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    String,
    /// `System.Type`, serialized as an assembly-qualified name.
    Type,
    /// `object`: the value carries its own type tag.
    Object,
    /// An enum, by its serialized type name, with its underlying integer type.
    Enum {
        name: String,
        underlying: Box<CaType>,
    },
    SzArray(Box<CaType>),
}

/// An attribute argument's value.
#[derive(Clone, PartialEq, Debug)]
pub enum CaValue {
    Boolean(bool),
    Char(u16),
    I1(i8),
    U1(u8),
    I2(i16),
    U2(u16),
    I4(i32),
    U4(u32),
    I8(i64),
    U8(u64),
    R4(f32),
    R8(f64),
    /// `None` is the null string.
    String(Option<String>),
    /// A type name; `None` is null.
    Type(Option<String>),
    /// An enum value: its type and the underlying integer.
    Enum {
        ty: CaType,
        value: i64,
    },
    /// An `object` argument: the boxed value with its type.
    Boxed(CaType, Box<CaValue>),
    /// `None` is the null array.
    Array(CaType, Option<Vec<CaValue>>),
}

/// A named argument: a field or property set after construction.
#[derive(Clone, PartialEq, Debug)]
pub struct CaNamedArg {
    pub is_field: bool,
    pub ty: CaType,
    pub name: String,
    pub value: CaValue,
}

/// A whole attribute value.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct CustomAttributeValue {
    pub fixed: Vec<CaValue>,
    pub named: Vec<CaNamedArg>,
}

/// Answers what the blob leaves out.
pub trait CaResolver {
    /// The attribute type of a constructor parameter of type `class T` or `valuetype T`:
    /// `Type` for System.Type, `Enum` for an enum, `None` when it cannot be an argument.
    fn type_of_token(&self, token: Token) -> Option<CaType>;
    /// The underlying type of an enum named in a named argument or boxed value.
    fn enum_underlying(&self, name: &str) -> Option<CaType>;
}

/// Why a blob could not be decoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CaError {
    Truncated,
    BadProlog(u16),
    BadType(u8),
    /// A constructor parameter type that attributes cannot take.
    UnsupportedParameter(String),
    /// An enum whose underlying type the resolver did not know.
    UnknownEnum(String),
    BadUtf8,
}

impl fmt::Display for CaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaError::Truncated => write!(f, "custom attribute blob truncated"),
            CaError::BadProlog(p) => write!(f, "custom attribute prolog {p:#06x} is not 0x0001"),
            CaError::BadType(b) => write!(f, "bad custom attribute argument type {b:#04x}"),
            CaError::UnsupportedParameter(t) => {
                write!(f, "attribute parameter type {t} cannot be encoded")
            }
            CaError::UnknownEnum(n) => write!(f, "unknown enum {n} in custom attribute"),
            CaError::BadUtf8 => write!(f, "custom attribute string is not UTF-8"),
        }
    }
}

impl std::error::Error for CaError {}

/// Encodes an attribute value blob.
pub fn encode(value: &CustomAttributeValue) -> Vec<u8> {
    let mut out = vec![0x01, 0x00];
    for v in &value.fixed {
        encode_value(&mut out, v);
    }
    out.extend_from_slice(&(value.named.len() as u16).to_le_bytes());
    for n in &value.named {
        out.push(if n.is_field { et::FIELD } else { et::PROPERTY });
        encode_type(&mut out, &n.ty);
        ser_string(&mut out, Some(&n.name));
        encode_value(&mut out, &n.value);
    }
    out
}

fn ser_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => out.push(0xFF),
        Some(s) => {
            compressed_u32(out, s.len() as u32);
            out.extend_from_slice(s.as_bytes());
        }
    }
}

fn encode_type(out: &mut Vec<u8>, ty: &CaType) {
    match ty {
        CaType::Boolean => out.push(et::BOOLEAN),
        CaType::Char => out.push(et::CHAR),
        CaType::I1 => out.push(et::I1),
        CaType::U1 => out.push(et::U1),
        CaType::I2 => out.push(et::I2),
        CaType::U2 => out.push(et::U2),
        CaType::I4 => out.push(et::I4),
        CaType::U4 => out.push(et::U4),
        CaType::I8 => out.push(et::I8),
        CaType::U8 => out.push(et::U8),
        CaType::R4 => out.push(et::R4),
        CaType::R8 => out.push(et::R8),
        CaType::String => out.push(et::STRING),
        CaType::Type => out.push(et::SYSTEM_TYPE),
        CaType::Object => out.push(et::BOXED),
        CaType::Enum { name, .. } => {
            out.push(et::ENUM);
            ser_string(out, Some(name));
        }
        CaType::SzArray(elem) => {
            out.push(et::SZARRAY);
            encode_type(out, elem);
        }
    }
}

fn encode_value(out: &mut Vec<u8>, v: &CaValue) {
    match v {
        CaValue::Boolean(b) => out.push(u8::from(*b)),
        CaValue::Char(c) => out.extend_from_slice(&c.to_le_bytes()),
        CaValue::I1(x) => out.push(*x as u8),
        CaValue::U1(x) => out.push(*x),
        CaValue::I2(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::U2(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::I4(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::U4(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::I8(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::U8(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::R4(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::R8(x) => out.extend_from_slice(&x.to_le_bytes()),
        CaValue::String(s) | CaValue::Type(s) => ser_string(out, s.as_deref()),
        CaValue::Enum { ty, value } => {
            let size = match ty {
                CaType::Enum { underlying, .. } => int_size(underlying),
                other => int_size(other),
            };
            out.extend_from_slice(&value.to_le_bytes()[..size]);
        }
        CaValue::Boxed(ty, inner) => {
            encode_type(out, ty);
            encode_value(out, inner);
        }
        CaValue::Array(_, None) => out.extend_from_slice(&u32::MAX.to_le_bytes()),
        CaValue::Array(_, Some(items)) => {
            out.extend_from_slice(&(items.len() as u32).to_le_bytes());
            for i in items {
                encode_value(out, i);
            }
        }
    }
}

impl CaType {
    /// The attribute type of a primitive signature type (the integral and floating
    /// types, `bool`, `char`, `string`, `object`); `None` for anything else.
    pub fn from_primitive(ty: &TypeSig) -> Option<CaType> {
        Some(match ty {
            TypeSig::Boolean => CaType::Boolean,
            TypeSig::Char => CaType::Char,
            TypeSig::I1 => CaType::I1,
            TypeSig::U1 => CaType::U1,
            TypeSig::I2 => CaType::I2,
            TypeSig::U2 => CaType::U2,
            TypeSig::I4 => CaType::I4,
            TypeSig::U4 => CaType::U4,
            TypeSig::I8 => CaType::I8,
            TypeSig::U8 => CaType::U8,
            TypeSig::R4 => CaType::R4,
            TypeSig::R8 => CaType::R8,
            TypeSig::String => CaType::String,
            TypeSig::Object => CaType::Object,
            _ => return None,
        })
    }
}

fn int_size(ty: &CaType) -> usize {
    match ty {
        CaType::Boolean | CaType::I1 | CaType::U1 => 1,
        CaType::Char | CaType::I2 | CaType::U2 => 2,
        CaType::I8 | CaType::U8 => 8,
        _ => 4,
    }
}

/// Decodes an attribute value blob given the constructor's parameter types.
pub fn decode(
    blob: &[u8],
    ctor_params: &[TypeSig],
    resolver: &dyn CaResolver,
) -> Result<CustomAttributeValue, CaError> {
    let mut d = Decoder {
        r: SigReader::new(blob),
        resolver,
    };
    let prolog = d.u16()?;
    if prolog != 1 {
        return Err(CaError::BadProlog(prolog));
    }
    let mut fixed = Vec::with_capacity(ctor_params.len());
    for p in ctor_params {
        let ty = d.param_type(p)?;
        fixed.push(d.value(&ty, 0)?);
    }
    let n = d.u16()?;
    let mut named = Vec::with_capacity(usize::from(n).min(64));
    for _ in 0..n {
        let kind = d.u8()?;
        if kind != et::FIELD && kind != et::PROPERTY {
            return Err(CaError::BadType(kind));
        }
        let ty = d.ca_type(0)?;
        let name = d.ser_string()?.ok_or(CaError::Truncated)?;
        let value = d.value(&ty, 0)?;
        named.push(CaNamedArg {
            is_field: kind == et::FIELD,
            ty,
            name,
            value,
        });
    }
    Ok(CustomAttributeValue { fixed, named })
}

const MAX_DEPTH: u32 = 8;

struct Decoder<'a, 'r> {
    r: SigReader<'a>,
    resolver: &'r dyn CaResolver,
}

impl Decoder<'_, '_> {
    fn u8(&mut self) -> Result<u8, CaError> {
        self.r.u8().map_err(|_| CaError::Truncated)
    }

    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], CaError> {
        let mut out = [0u8; N];
        for b in &mut out {
            *b = self.u8()?;
        }
        Ok(out)
    }

    fn u16(&mut self) -> Result<u16, CaError> {
        Ok(u16::from_le_bytes(self.bytes()?))
    }

    fn ser_string(&mut self) -> Result<Option<String>, CaError> {
        if self.r.remaining() > 0 && self.peek() == Some(0xFF) {
            self.u8()?;
            return Ok(None);
        }
        let len = self.r.compressed_u32().map_err(|_| CaError::Truncated)? as usize;
        if len > self.r.remaining() {
            return Err(CaError::Truncated);
        }
        let bytes: Vec<u8> = (0..len).map(|_| self.u8()).collect::<Result<_, _>>()?;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| CaError::BadUtf8)
    }

    fn peek(&self) -> Option<u8> {
        let mut probe = self.r.clone();
        probe.u8().ok()
    }

    fn param_type(&self, p: &TypeSig) -> Result<CaType, CaError> {
        if let Some(ty) = CaType::from_primitive(p) {
            return Ok(ty);
        }
        Ok(match p {
            TypeSig::SzArray(elem) => CaType::SzArray(Box::new(self.param_type(elem)?)),
            TypeSig::Class(t) | TypeSig::ValueType(t) => self
                .resolver
                .type_of_token(*t)
                .ok_or_else(|| CaError::UnsupportedParameter(format!("{t:?}")))?,
            other => return Err(CaError::UnsupportedParameter(format!("{other:?}"))),
        })
    }

    fn ca_type(&mut self, depth: u32) -> Result<CaType, CaError> {
        if depth > MAX_DEPTH {
            return Err(CaError::BadType(et::SZARRAY));
        }
        let b = self.u8()?;
        Ok(match b {
            et::BOOLEAN => CaType::Boolean,
            et::CHAR => CaType::Char,
            et::I1 => CaType::I1,
            et::U1 => CaType::U1,
            et::I2 => CaType::I2,
            et::U2 => CaType::U2,
            et::I4 => CaType::I4,
            et::U4 => CaType::U4,
            et::I8 => CaType::I8,
            et::U8 => CaType::U8,
            et::R4 => CaType::R4,
            et::R8 => CaType::R8,
            et::STRING => CaType::String,
            et::SYSTEM_TYPE => CaType::Type,
            et::BOXED => CaType::Object,
            et::SZARRAY => CaType::SzArray(Box::new(self.ca_type(depth + 1)?)),
            et::ENUM => {
                let name = self.ser_string()?.ok_or(CaError::Truncated)?;
                let underlying = self
                    .resolver
                    .enum_underlying(&name)
                    .ok_or_else(|| CaError::UnknownEnum(name.clone()))?;
                CaType::Enum {
                    name,
                    underlying: Box::new(underlying),
                }
            }
            other => return Err(CaError::BadType(other)),
        })
    }

    fn value(&mut self, ty: &CaType, depth: u32) -> Result<CaValue, CaError> {
        if depth > MAX_DEPTH {
            return Err(CaError::BadType(et::SZARRAY));
        }
        Ok(match ty {
            CaType::Boolean => CaValue::Boolean(self.u8()? != 0),
            CaType::Char => CaValue::Char(self.u16()?),
            CaType::I1 => CaValue::I1(self.u8()? as i8),
            CaType::U1 => CaValue::U1(self.u8()?),
            CaType::I2 => CaValue::I2(i16::from_le_bytes(self.bytes()?)),
            CaType::U2 => CaValue::U2(self.u16()?),
            CaType::I4 => CaValue::I4(i32::from_le_bytes(self.bytes()?)),
            CaType::U4 => CaValue::U4(u32::from_le_bytes(self.bytes()?)),
            CaType::I8 => CaValue::I8(i64::from_le_bytes(self.bytes()?)),
            CaType::U8 => CaValue::U8(u64::from_le_bytes(self.bytes()?)),
            CaType::R4 => CaValue::R4(f32::from_le_bytes(self.bytes()?)),
            CaType::R8 => CaValue::R8(f64::from_le_bytes(self.bytes()?)),
            CaType::String => CaValue::String(self.ser_string()?),
            CaType::Type => CaValue::Type(self.ser_string()?),
            CaType::Object => {
                let inner_ty = self.ca_type(depth + 1)?;
                let inner = self.value(&inner_ty, depth + 1)?;
                CaValue::Boxed(inner_ty, Box::new(inner))
            }
            CaType::Enum { underlying, .. } => {
                let value = match self.value(underlying, depth + 1)? {
                    CaValue::I1(x) => i64::from(x),
                    CaValue::U1(x) => i64::from(x),
                    CaValue::I2(x) => i64::from(x),
                    CaValue::U2(x) => i64::from(x),
                    CaValue::I4(x) => i64::from(x),
                    CaValue::U4(x) => i64::from(x),
                    CaValue::I8(x) => x,
                    CaValue::U8(x) => x as i64,
                    CaValue::Boolean(b) => i64::from(b),
                    CaValue::Char(c) => i64::from(c),
                    _ => return Err(CaError::BadType(et::ENUM)),
                };
                CaValue::Enum {
                    ty: ty.clone(),
                    value,
                }
            }
            CaType::SzArray(elem) => {
                let n = u32::from_le_bytes(self.bytes()?);
                if n == u32::MAX {
                    CaValue::Array((**elem).clone(), None)
                } else {
                    if n as usize > self.r.remaining() {
                        return Err(CaError::Truncated);
                    }
                    let items = (0..n)
                        .map(|_| self.value(elem, depth + 1))
                        .collect::<Result<_, _>>()?;
                    CaValue::Array((**elem).clone(), Some(items))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::schema::TableId;

    struct Resolver;
    impl CaResolver for Resolver {
        fn type_of_token(&self, token: Token) -> Option<CaType> {
            match token.rid() {
                1 => Some(CaType::Type),
                2 => Some(CaType::Enum {
                    name: "System.AttributeTargets".into(),
                    underlying: Box::new(CaType::I4),
                }),
                _ => None,
            }
        }
        fn enum_underlying(&self, name: &str) -> Option<CaType> {
            (name == "My.Small").then_some(CaType::U1)
        }
    }

    #[test]
    fn obsolete_style_blob_matches_the_spec_layout() {
        // [Obsolete("old", true)]
        let v = CustomAttributeValue {
            fixed: vec![CaValue::String(Some("old".into())), CaValue::Boolean(true)],
            named: vec![],
        };
        let blob = encode(&v);
        assert_eq!(blob, [1, 0, 3, b'o', b'l', b'd', 1, 0, 0]);
        assert_eq!(
            decode(&blob, &[TypeSig::String, TypeSig::Boolean], &Resolver),
            Ok(v)
        );
    }

    #[test]
    fn every_kind_round_trips() {
        let targets = CaType::Enum {
            name: "System.AttributeTargets".into(),
            underlying: Box::new(CaType::I4),
        };
        let small = CaType::Enum {
            name: "My.Small".into(),
            underlying: Box::new(CaType::U1),
        };
        let v = CustomAttributeValue {
            fixed: vec![
                CaValue::Type(Some("System.Int32".into())),
                CaValue::Enum {
                    ty: targets,
                    value: 4,
                },
                CaValue::Array(CaType::I4, Some(vec![CaValue::I4(1), CaValue::I4(-2)])),
                CaValue::Array(CaType::String, None),
                CaValue::Boxed(CaType::R8, Box::new(CaValue::R8(2.5))),
                CaValue::String(None),
            ],
            named: vec![
                CaNamedArg {
                    is_field: false,
                    ty: CaType::Boolean,
                    name: "Inherited".into(),
                    value: CaValue::Boolean(false),
                },
                CaNamedArg {
                    is_field: true,
                    ty: small.clone(),
                    name: "Size".into(),
                    value: CaValue::Enum {
                        ty: small,
                        value: 7,
                    },
                },
                CaNamedArg {
                    is_field: true,
                    ty: CaType::Object,
                    name: "Any".into(),
                    value: CaValue::Boxed(CaType::Type, Box::new(CaValue::Type(Some("X".into())))),
                },
            ],
        };
        let params = [
            TypeSig::Class(Token::new(TableId::TypeRef, 1)),
            TypeSig::ValueType(Token::new(TableId::TypeRef, 2)),
            TypeSig::SzArray(Box::new(TypeSig::I4)),
            TypeSig::SzArray(Box::new(TypeSig::String)),
            TypeSig::Object,
            TypeSig::String,
        ];
        assert_eq!(decode(&encode(&v), &params, &Resolver), Ok(v));
    }

    #[test]
    fn hostile_blobs_are_errors() {
        assert_eq!(
            decode(&[2, 0, 0, 0], &[], &Resolver),
            Err(CaError::BadProlog(2))
        );
        assert_eq!(
            decode(&[1, 0, 5, b'a'], &[TypeSig::String], &Resolver),
            Err(CaError::Truncated)
        );
        assert_eq!(
            decode(
                &[1, 0, 0xFF, 0xFF, 0xFF, 0x7F],
                &[TypeSig::SzArray(Box::new(TypeSig::I4))],
                &Resolver
            ),
            Err(CaError::Truncated)
        );
        assert_eq!(
            decode(
                &[1, 0, 1, 0, 0x53, 0x55, 1, b'Q', 1, b'f', 0],
                &[],
                &Resolver
            ),
            Err(CaError::UnknownEnum("Q".into()))
        );
        assert!(matches!(
            decode(&[1, 0], &[TypeSig::Ptr(Box::new(TypeSig::I4))], &Resolver),
            Err(CaError::UnsupportedParameter(_))
        ));
    }
}
