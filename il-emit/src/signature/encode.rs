//! Encoding signatures into blob bytes (§23.2), including compressed integers and
//! compressed TypeDefOrRef tokens.

use super::element_type as et;
use super::{
    ArrayShape, CallKind, FieldSig, LocalVarSig, MethodSig, MethodSpecSig, PropertySig, TypeSig,
};
use crate::entity::Token;
use crate::metadata::schema::CodedIndex;

/// Appends a compressed unsigned integer (values up to `0x1FFF_FFFF`).
pub fn compressed_u32(out: &mut Vec<u8>, v: u32) {
    debug_assert!(v <= 0x1FFF_FFFF, "compressed integer out of range: {v:#x}");
    if v < 0x80 {
        out.push(v as u8);
    } else if v < 0x4000 {
        out.extend_from_slice(&((v as u16) | 0x8000).to_be_bytes());
    } else {
        out.extend_from_slice(&(v | 0xC000_0000).to_be_bytes());
    }
}

/// Appends a compressed signed integer (§23.2: rotated sign bit).
pub fn compressed_i32(out: &mut Vec<u8>, v: i32) {
    // The width is chosen by the signed range; the rotated value is then written at
    // that width even when its magnitude would fit a shorter one.
    if (-0x40..0x40).contains(&v) {
        out.push(((((v as u32) << 1) | u32::from(v < 0)) & 0x7F) as u8);
    } else if (-0x2000..0x2000).contains(&v) {
        let u = (((v as u32) << 1) | u32::from(v < 0)) & 0x3FFF;
        out.extend_from_slice(&((u as u16) | 0x8000).to_be_bytes());
    } else {
        let u = (((v as u32) << 1) | u32::from(v < 0)) & 0x1FFF_FFFF;
        out.extend_from_slice(&(u | 0xC000_0000).to_be_bytes());
    }
}

/// Appends a TypeDefOrRefOrSpec token in its compressed coded form.
pub fn type_def_or_ref(out: &mut Vec<u8>, token: Token) {
    let coded = CodedIndex::TypeDefOrRef.encode(token).unwrap_or(0);
    compressed_u32(out, coded);
}

/// Appends one type.
pub fn type_sig(out: &mut Vec<u8>, ty: &TypeSig) {
    let simple = |out: &mut Vec<u8>, b| out.push(b);
    match ty {
        TypeSig::Void => simple(out, et::VOID),
        TypeSig::Boolean => simple(out, et::BOOLEAN),
        TypeSig::Char => simple(out, et::CHAR),
        TypeSig::I1 => simple(out, et::I1),
        TypeSig::U1 => simple(out, et::U1),
        TypeSig::I2 => simple(out, et::I2),
        TypeSig::U2 => simple(out, et::U2),
        TypeSig::I4 => simple(out, et::I4),
        TypeSig::U4 => simple(out, et::U4),
        TypeSig::I8 => simple(out, et::I8),
        TypeSig::U8 => simple(out, et::U8),
        TypeSig::R4 => simple(out, et::R4),
        TypeSig::R8 => simple(out, et::R8),
        TypeSig::String => simple(out, et::STRING),
        TypeSig::Object => simple(out, et::OBJECT),
        TypeSig::I => simple(out, et::I),
        TypeSig::U => simple(out, et::U),
        TypeSig::TypedByRef => simple(out, et::TYPEDBYREF),
        TypeSig::Class(t) => {
            out.push(et::CLASS);
            type_def_or_ref(out, *t);
        }
        TypeSig::ValueType(t) => {
            out.push(et::VALUETYPE);
            type_def_or_ref(out, *t);
        }
        TypeSig::Ptr(inner) => {
            out.push(et::PTR);
            type_sig(out, inner);
        }
        TypeSig::ByRef(inner) => {
            out.push(et::BYREF);
            type_sig(out, inner);
        }
        TypeSig::SzArray(inner) => {
            out.push(et::SZARRAY);
            type_sig(out, inner);
        }
        TypeSig::Array(inner, shape) => {
            out.push(et::ARRAY);
            type_sig(out, inner);
            array_shape(out, shape);
        }
        TypeSig::GenericInst {
            is_value_type,
            generic,
            args,
        } => {
            out.push(et::GENERICINST);
            out.push(if *is_value_type {
                et::VALUETYPE
            } else {
                et::CLASS
            });
            type_def_or_ref(out, *generic);
            compressed_u32(out, args.len() as u32);
            for a in args {
                type_sig(out, a);
            }
        }
        TypeSig::Var(n) => {
            out.push(et::VAR);
            compressed_u32(out, *n);
        }
        TypeSig::MVar(n) => {
            out.push(et::MVAR);
            compressed_u32(out, *n);
        }
        TypeSig::FnPtr(sig) => {
            out.push(et::FNPTR);
            method_sig_into(out, sig);
        }
        TypeSig::Modified {
            required,
            modifier,
            ty,
        } => {
            out.push(if *required {
                et::CMOD_REQD
            } else {
                et::CMOD_OPT
            });
            type_def_or_ref(out, *modifier);
            type_sig(out, ty);
        }
        TypeSig::Pinned(inner) => {
            out.push(et::PINNED);
            type_sig(out, inner);
        }
    }
}

fn array_shape(out: &mut Vec<u8>, shape: &ArrayShape) {
    compressed_u32(out, shape.rank);
    compressed_u32(out, shape.sizes.len() as u32);
    for s in &shape.sizes {
        compressed_u32(out, *s);
    }
    compressed_u32(out, shape.lower_bounds.len() as u32);
    for b in &shape.lower_bounds {
        compressed_i32(out, *b);
    }
}

/// The first byte of a method signature.
pub fn calling_convention_byte(sig: &MethodSig) -> u8 {
    let mut b = match sig.call_conv.kind {
        CallKind::Default => 0x0,
        CallKind::C => 0x1,
        CallKind::StdCall => 0x2,
        CallKind::ThisCall => 0x3,
        CallKind::FastCall => 0x4,
        CallKind::VarArg => 0x5,
        CallKind::Unmanaged => 0x9,
    };
    if sig.generic_params > 0 {
        b |= 0x10;
    }
    if sig.call_conv.has_this {
        b |= 0x20;
    }
    if sig.call_conv.explicit_this {
        b |= 0x40;
    }
    b
}

fn method_sig_into(out: &mut Vec<u8>, sig: &MethodSig) {
    out.push(calling_convention_byte(sig));
    if sig.generic_params > 0 {
        compressed_u32(out, sig.generic_params);
    }
    compressed_u32(out, (sig.params.len() + sig.varargs.len()) as u32);
    type_sig(out, &sig.ret);
    for p in &sig.params {
        type_sig(out, p);
    }
    if !sig.varargs.is_empty() {
        out.push(et::SENTINEL);
        for p in &sig.varargs {
            type_sig(out, p);
        }
    }
}

/// A MethodDefSig, MethodRefSig or StandAloneMethodSig blob.
pub fn method_sig(sig: &MethodSig) -> Vec<u8> {
    let mut out = Vec::new();
    method_sig_into(&mut out, sig);
    out
}

/// A FieldSig blob.
pub fn field_sig(sig: &FieldSig) -> Vec<u8> {
    let mut out = vec![0x06];
    type_sig(&mut out, &sig.ty);
    out
}

/// A PropertySig blob.
pub fn property_sig(sig: &PropertySig) -> Vec<u8> {
    let mut out = vec![if sig.has_this { 0x28 } else { 0x08 }];
    compressed_u32(&mut out, sig.params.len() as u32);
    type_sig(&mut out, &sig.ty);
    for p in &sig.params {
        type_sig(&mut out, p);
    }
    out
}

/// A LocalVarSig blob.
pub fn local_var_sig(sig: &LocalVarSig) -> Vec<u8> {
    let mut out = vec![0x07];
    compressed_u32(&mut out, sig.locals.len() as u32);
    for l in &sig.locals {
        type_sig(&mut out, l);
    }
    out
}

/// A MethodSpec instantiation blob.
pub fn method_spec_sig(sig: &MethodSpecSig) -> Vec<u8> {
    let mut out = vec![0x0A];
    compressed_u32(&mut out, sig.args.len() as u32);
    for a in &sig.args {
        type_sig(&mut out, a);
    }
    out
}

/// A TypeSpec blob: one type.
pub fn type_spec(ty: &TypeSig) -> Vec<u8> {
    let mut out = Vec::new();
    type_sig(&mut out, ty);
    out
}
