//! Decoding signature blobs (§23.2), checked: truncation, unknown element types, bad
//! compressed integers and runaway nesting are error values.

use super::element_type as et;
use super::{
    ArrayShape, CallKind, CallingConvention, FieldSig, LocalVarSig, MethodSig, MethodSpecSig,
    PropertySig, TypeSig,
};
use crate::entity::Token;
use crate::metadata::schema::CodedIndex;
use std::fmt;

/// How deep types may nest before a blob is judged hostile.
const MAX_DEPTH: u32 = 64;

/// Why a signature blob could not be decoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SigError {
    /// The blob ends too early.
    Truncated,
    /// A compressed integer's first byte is `111xxxxx`.
    BadCompressedInt,
    /// An element type that cannot stand here.
    BadElementType(u8),
    /// The first byte is not the expected signature kind.
    BadSignatureKind(u8),
    /// A TypeDefOrRef coded index with an unused tag.
    BadTypeToken(u32),
    /// Types nest deeper than the reader accepts.
    TooDeep,
    /// A count larger than the blob could hold.
    BadCount(u32),
}

impl fmt::Display for SigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigError::Truncated => write!(f, "signature blob truncated"),
            SigError::BadCompressedInt => write!(f, "bad compressed integer in signature"),
            SigError::BadElementType(b) => write!(f, "bad element type {b:#04x} in signature"),
            SigError::BadSignatureKind(b) => write!(f, "unexpected signature kind {b:#04x}"),
            SigError::BadTypeToken(v) => write!(f, "bad TypeDefOrRef coded index {v:#x}"),
            SigError::TooDeep => write!(f, "signature nests too deeply"),
            SigError::BadCount(n) => write!(f, "count {n} exceeds the signature blob"),
        }
    }
}

impl std::error::Error for SigError {}

/// A cursor over blob bytes.
#[derive(Clone, Debug)]
pub struct SigReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> SigReader<'a> {
    /// Reads `bytes` from the start.
    pub fn new(bytes: &'a [u8]) -> SigReader<'a> {
        SigReader { bytes, at: 0 }
    }

    /// Bytes not yet read.
    pub fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }

    /// Reads one byte.
    pub fn u8(&mut self) -> Result<u8, SigError> {
        let b = *self.bytes.get(self.at).ok_or(SigError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn peek(&self) -> Result<u8, SigError> {
        self.bytes.get(self.at).copied().ok_or(SigError::Truncated)
    }

    /// Reads a compressed unsigned integer.
    pub fn compressed_u32(&mut self) -> Result<u32, SigError> {
        let b0 = u32::from(self.u8()?);
        if b0 & 0x80 == 0 {
            Ok(b0)
        } else if b0 & 0xC0 == 0x80 {
            Ok(((b0 & 0x3F) << 8) | u32::from(self.u8()?))
        } else if b0 & 0xE0 == 0xC0 {
            let (b1, b2, b3) = (self.u8()?, self.u8()?, self.u8()?);
            Ok(((b0 & 0x1F) << 24) | u32::from(b1) << 16 | u32::from(b2) << 8 | u32::from(b3))
        } else {
            Err(SigError::BadCompressedInt)
        }
    }

    /// Reads a compressed signed integer.
    pub fn compressed_i32(&mut self) -> Result<i32, SigError> {
        let first = self.peek()?;
        let bits = if first & 0x80 == 0 {
            7
        } else if first & 0xC0 == 0x80 {
            14
        } else {
            29
        };
        let u = self.compressed_u32()?;
        let v = (u >> 1) as i32;
        Ok(if u & 1 == 1 {
            v | (-1i32 << (bits - 1))
        } else {
            v
        })
    }

    /// Reads a compressed TypeDefOrRefOrSpec token.
    pub fn type_def_or_ref(&mut self) -> Result<Token, SigError> {
        let v = self.compressed_u32()?;
        CodedIndex::TypeDefOrRef
            .decode(v)
            .ok_or(SigError::BadTypeToken(v))
    }

    fn count(&mut self) -> Result<u32, SigError> {
        let n = self.compressed_u32()?;
        // Every counted item takes at least one byte.
        if n as usize > self.remaining() {
            return Err(SigError::BadCount(n));
        }
        Ok(n)
    }

    /// Reads one type.
    pub fn type_sig(&mut self) -> Result<TypeSig, SigError> {
        self.type_at(0)
    }

    fn type_at(&mut self, depth: u32) -> Result<TypeSig, SigError> {
        if depth > MAX_DEPTH {
            return Err(SigError::TooDeep);
        }
        let d = depth + 1;
        let b = self.u8()?;
        Ok(match b {
            et::VOID => TypeSig::Void,
            et::BOOLEAN => TypeSig::Boolean,
            et::CHAR => TypeSig::Char,
            et::I1 => TypeSig::I1,
            et::U1 => TypeSig::U1,
            et::I2 => TypeSig::I2,
            et::U2 => TypeSig::U2,
            et::I4 => TypeSig::I4,
            et::U4 => TypeSig::U4,
            et::I8 => TypeSig::I8,
            et::U8 => TypeSig::U8,
            et::R4 => TypeSig::R4,
            et::R8 => TypeSig::R8,
            et::STRING => TypeSig::String,
            et::OBJECT => TypeSig::Object,
            et::I => TypeSig::I,
            et::U => TypeSig::U,
            et::TYPEDBYREF => TypeSig::TypedByRef,
            et::CLASS => TypeSig::Class(self.type_def_or_ref()?),
            et::VALUETYPE => TypeSig::ValueType(self.type_def_or_ref()?),
            et::PTR => TypeSig::Ptr(Box::new(self.type_at(d)?)),
            et::BYREF => TypeSig::ByRef(Box::new(self.type_at(d)?)),
            et::SZARRAY => TypeSig::SzArray(Box::new(self.type_at(d)?)),
            et::PINNED => TypeSig::Pinned(Box::new(self.type_at(d)?)),
            et::ARRAY => {
                let elem = self.type_at(d)?;
                let rank = self.compressed_u32()?;
                let n_sizes = self.count()?;
                let sizes = (0..n_sizes)
                    .map(|_| self.compressed_u32())
                    .collect::<Result<_, _>>()?;
                let n_bounds = self.count()?;
                let lower_bounds = (0..n_bounds)
                    .map(|_| self.compressed_i32())
                    .collect::<Result<_, _>>()?;
                TypeSig::Array(
                    Box::new(elem),
                    ArrayShape {
                        rank,
                        sizes,
                        lower_bounds,
                    },
                )
            }
            et::GENERICINST => {
                let is_value_type = match self.u8()? {
                    et::CLASS => false,
                    et::VALUETYPE => true,
                    other => return Err(SigError::BadElementType(other)),
                };
                let generic = self.type_def_or_ref()?;
                let n = self.count()?;
                let args = (0..n).map(|_| self.type_at(d)).collect::<Result<_, _>>()?;
                TypeSig::GenericInst {
                    is_value_type,
                    generic,
                    args,
                }
            }
            et::VAR => TypeSig::Var(self.compressed_u32()?),
            et::MVAR => TypeSig::MVar(self.compressed_u32()?),
            et::FNPTR => TypeSig::FnPtr(Box::new(self.method_at(d)?)),
            et::CMOD_REQD | et::CMOD_OPT => TypeSig::Modified {
                required: b == et::CMOD_REQD,
                modifier: self.type_def_or_ref()?,
                ty: Box::new(self.type_at(d)?),
            },
            other => return Err(SigError::BadElementType(other)),
        })
    }

    fn method_at(&mut self, depth: u32) -> Result<MethodSig, SigError> {
        let b = self.u8()?;
        let kind = match b & 0x0F {
            0x0 => CallKind::Default,
            0x1 => CallKind::C,
            0x2 => CallKind::StdCall,
            0x3 => CallKind::ThisCall,
            0x4 => CallKind::FastCall,
            0x5 => CallKind::VarArg,
            0x9 => CallKind::Unmanaged,
            _ => return Err(SigError::BadSignatureKind(b)),
        };
        let call_conv = CallingConvention {
            has_this: b & 0x20 != 0,
            explicit_this: b & 0x40 != 0,
            kind,
        };
        let generic_params = if b & 0x10 != 0 {
            self.compressed_u32()?
        } else {
            0
        };
        let n = self.count()?;
        let ret = self.type_at(depth)?;
        let mut params = Vec::with_capacity(n as usize);
        let mut varargs = Vec::new();
        let mut after_sentinel = false;
        for _ in 0..n {
            if self.peek()? == et::SENTINEL {
                self.u8()?;
                after_sentinel = true;
            }
            let p = self.type_at(depth)?;
            if after_sentinel {
                varargs.push(p)
            } else {
                params.push(p)
            }
        }
        Ok(MethodSig {
            call_conv,
            generic_params,
            ret,
            params,
            varargs,
        })
    }
}

/// Decodes a MethodDefSig, MethodRefSig or StandAloneMethodSig.
pub fn method_sig(blob: &[u8]) -> Result<MethodSig, SigError> {
    SigReader::new(blob).method_at(0)
}

/// Decodes a FieldSig.
pub fn field_sig(blob: &[u8]) -> Result<FieldSig, SigError> {
    let mut r = SigReader::new(blob);
    match r.u8()? {
        0x06 => Ok(FieldSig { ty: r.type_sig()? }),
        b => Err(SigError::BadSignatureKind(b)),
    }
}

/// Decodes a PropertySig.
pub fn property_sig(blob: &[u8]) -> Result<PropertySig, SigError> {
    let mut r = SigReader::new(blob);
    let b = r.u8()?;
    if b & !0x20 != 0x08 {
        return Err(SigError::BadSignatureKind(b));
    }
    let n = r.count()?;
    let ty = r.type_sig()?;
    let params = (0..n).map(|_| r.type_sig()).collect::<Result<_, _>>()?;
    Ok(PropertySig {
        has_this: b & 0x20 != 0,
        ty,
        params,
    })
}

/// Decodes a LocalVarSig.
pub fn local_var_sig(blob: &[u8]) -> Result<LocalVarSig, SigError> {
    let mut r = SigReader::new(blob);
    match r.u8()? {
        0x07 => {
            let n = r.count()?;
            let locals = (0..n).map(|_| r.type_sig()).collect::<Result<_, _>>()?;
            Ok(LocalVarSig { locals })
        }
        b => Err(SigError::BadSignatureKind(b)),
    }
}

/// Decodes a MethodSpec instantiation.
pub fn method_spec_sig(blob: &[u8]) -> Result<MethodSpecSig, SigError> {
    let mut r = SigReader::new(blob);
    match r.u8()? {
        0x0A => {
            let n = r.count()?;
            let args = (0..n).map(|_| r.type_sig()).collect::<Result<_, _>>()?;
            Ok(MethodSpecSig { args })
        }
        b => Err(SigError::BadSignatureKind(b)),
    }
}

/// Decodes a TypeSpec blob.
pub fn type_spec(blob: &[u8]) -> Result<TypeSig, SigError> {
    SigReader::new(blob).type_sig()
}

#[cfg(test)]
mod tests {
    use super::super::encode;
    use super::*;
    use crate::metadata::schema::TableId;

    #[test]
    fn compressed_integers_at_their_boundaries() {
        for v in [0u32, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFF_FFFF] {
            let mut out = Vec::new();
            encode::compressed_u32(&mut out, v);
            let expect_len = if v < 0x80 {
                1
            } else if v < 0x4000 {
                2
            } else {
                4
            };
            assert_eq!(out.len(), expect_len, "{v:#x}");
            assert_eq!(SigReader::new(&out).compressed_u32(), Ok(v));
        }
        // ECMA-335 §23.2 examples.
        let enc = |v| {
            let mut out = Vec::new();
            encode::compressed_i32(&mut out, v);
            out
        };
        assert_eq!(enc(3), [0x06]);
        assert_eq!(enc(-3), [0x7B]);
        assert_eq!(enc(64), [0x80, 0x80]);
        assert_eq!(enc(-64), [0x01]);
        assert_eq!(enc(8192), [0xC0, 0x00, 0x40, 0x00]);
        assert_eq!(enc(-8192), [0x80, 0x01]);
        assert_eq!(enc(268_435_455), [0xDF, 0xFF, 0xFF, 0xFE]);
        assert_eq!(enc(-268_435_456), [0xC0, 0x00, 0x00, 0x01]);
        for v in [
            0,
            1,
            -1,
            63,
            -64,
            64,
            -65,
            8191,
            -8192,
            8192,
            -8193,
            268_435_455,
            -268_435_456,
        ] {
            assert_eq!(SigReader::new(&enc(v)).compressed_i32(), Ok(v), "{v}");
        }
        assert_eq!(
            SigReader::new(&[0xE0]).compressed_u32(),
            Err(SigError::BadCompressedInt)
        );
    }

    #[test]
    fn every_signature_kind_round_trips() {
        let list = Token::new(TableId::TypeRef, 5);
        let pt = Token::new(TableId::TypeDef, 2);
        let generic_list = TypeSig::GenericInst {
            is_value_type: false,
            generic: list,
            args: vec![TypeSig::MVar(0)],
        };
        let m = MethodSig {
            call_conv: CallingConvention {
                has_this: true,
                ..Default::default()
            },
            generic_params: 1,
            ret: TypeSig::ByRef(Box::new(TypeSig::ValueType(pt))),
            params: vec![
                generic_list.clone(),
                TypeSig::Array(
                    Box::new(TypeSig::I4),
                    ArrayShape {
                        rank: 2,
                        sizes: vec![3],
                        lower_bounds: vec![0, -1],
                    },
                ),
                TypeSig::Modified {
                    required: true,
                    modifier: list,
                    ty: Box::new(TypeSig::Ptr(Box::new(TypeSig::Void))),
                },
                TypeSig::FnPtr(Box::new(MethodSig {
                    ret: TypeSig::I,
                    ..Default::default()
                })),
            ],
            varargs: vec![],
        };
        assert_eq!(method_sig(&encode::method_sig(&m)), Ok(m));
        let v = MethodSig {
            call_conv: CallingConvention {
                kind: CallKind::VarArg,
                ..Default::default()
            },
            params: vec![TypeSig::String],
            varargs: vec![TypeSig::I4, TypeSig::R8],
            ..Default::default()
        };
        assert_eq!(method_sig(&encode::method_sig(&v)), Ok(v));
        let f = FieldSig {
            ty: TypeSig::SzArray(Box::new(TypeSig::Var(1))),
        };
        assert_eq!(field_sig(&encode::field_sig(&f)), Ok(f));
        let p = PropertySig {
            has_this: true,
            ty: TypeSig::String,
            params: vec![TypeSig::I4],
        };
        assert_eq!(property_sig(&encode::property_sig(&p)), Ok(p));
        let l = LocalVarSig {
            locals: vec![
                TypeSig::Pinned(Box::new(TypeSig::ByRef(Box::new(TypeSig::U1)))),
                TypeSig::TypedByRef,
            ],
        };
        assert_eq!(local_var_sig(&encode::local_var_sig(&l)), Ok(l));
        let s = MethodSpecSig {
            args: vec![TypeSig::Object, generic_list.clone()],
        };
        assert_eq!(method_spec_sig(&encode::method_spec_sig(&s)), Ok(s));
        assert_eq!(
            type_spec(&encode::type_spec(&generic_list)),
            Ok(generic_list)
        );
    }

    #[test]
    fn hostile_blobs_are_errors() {
        assert_eq!(field_sig(&[]), Err(SigError::Truncated));
        assert_eq!(
            field_sig(&[0x06, 0x42]),
            Err(SigError::BadElementType(0x42))
        );
        assert_eq!(method_sig(&[0x00, 0xFF]), Err(SigError::BadCompressedInt));
        assert_eq!(
            method_sig(&[0x00, 0x7F, 0x01]),
            Err(SigError::BadCount(0x7F))
        );
        let deep: Vec<u8> = std::iter::once(0x06)
            .chain(std::iter::repeat_n(et::SZARRAY, 500))
            .chain([et::I4])
            .collect();
        assert_eq!(field_sig(&deep), Err(SigError::TooDeep));
        assert_eq!(
            type_spec(&[et::CLASS, 0x03]),
            Err(SigError::BadTypeToken(3))
        );
    }
}
