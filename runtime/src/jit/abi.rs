//! The managed calling convention: how IL types map to Cranelift values on the
//! evaluation stack, in memory, and in signatures.
//!
//! Every managed method is a native function of the platform's C convention. Its
//! parameters are, in order: a return buffer (when the method returns a struct), `this`
//! (a reference, or a managed pointer for value types' methods), then the IL parameters.
//! Integers narrower than 32 bits travel as `i32`, `long` as `i64`, `float`/`double` as
//! `f32`/`f64`, references and pointers as `i64`, and structs as a pointer to a copy the
//! caller owns. Internal calls use the same convention, so a Rust `extern "C"` function
//! with matching parameter types can stand in for a method.

use crate::typesys::{MethodInfo, Prim, TResult, TypeId, TypeKind, TypeSystem};
use cranelift_codegen::ir::{AbiParam, Signature, Type, types};
use cranelift_codegen::isa::CallConv;

/// The kind of a value on the evaluation stack (ECMA-335 Partition III §1.1, with
/// `float32` kept apart from `float64`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sk {
    I4,
    I8,
    F4,
    F8,
    /// An object reference.
    Ref,
    /// A native int, managed or unmanaged pointer.
    Ptr,
    /// A struct: the value is the address of a copy in the frame.
    Vt(TypeId),
}

impl Sk {
    /// The Cranelift type of values of this kind.
    pub fn cl(self) -> Type {
        match self {
            Sk::I4 => types::I32,
            Sk::I8 => types::I64,
            Sk::F4 => types::F32,
            Sk::F8 => types::F64,
            Sk::Ref | Sk::Ptr | Sk::Vt(_) => types::I64,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Sk::F4 | Sk::F8)
    }
}

/// How a value of `ty` sits on the evaluation stack.
pub fn sk_of(ts: &TypeSystem, ty: TypeId) -> Sk {
    match ts.ty(ty).kind {
        TypeKind::Primitive(p) | TypeKind::Enum(p) => sk_of_prim(p),
        TypeKind::ValueType => Sk::Vt(ty),
        TypeKind::ByRef(_) | TypeKind::Ptr(_) => Sk::Ptr,
        _ => Sk::Ref,
    }
}

pub fn sk_of_prim(p: Prim) -> Sk {
    match p {
        Prim::I8 | Prim::U8 => Sk::I8,
        Prim::R4 => Sk::F4,
        Prim::R8 => Sk::F8,
        Prim::I | Prim::U => Sk::Ptr,
        _ => Sk::I4,
    }
}

/// The primitive a value of `ty` is stored as, if any (enums as their underlying type).
pub fn prim_of(ts: &TypeSystem, ty: TypeId) -> Option<Prim> {
    match ts.ty(ty).kind {
        TypeKind::Primitive(p) | TypeKind::Enum(p) => Some(p),
        _ => None,
    }
}

/// Whether a method returns its value through a return buffer.
pub fn returns_struct(ts: &TypeSystem, m: &MethodInfo) -> bool {
    matches!(ts.ty(m.sig.ret).kind, TypeKind::ValueType)
}

/// The native signature of a managed method.
pub fn signature(ts: &mut TypeSystem, m: &MethodInfo, call_conv: CallConv) -> TResult<Signature> {
    let mut sig = Signature::new(call_conv);
    if returns_struct(ts, m) {
        sig.params.push(AbiParam::new(types::I64));
    }
    if m.sig.has_this {
        sig.params.push(AbiParam::new(types::I64));
    }
    for &p in &m.sig.params {
        sig.params.push(AbiParam::new(sk_of(ts, p).cl()));
    }
    let ret = m.sig.ret;
    if ts.ty(ret).kind != TypeKind::Void && !returns_struct(ts, m) {
        sig.returns.push(AbiParam::new(sk_of(ts, ret).cl()));
    }
    Ok(sig)
}
