//! Signature blobs (ECMA-335 Partition II §23.2): the data model shared by the writer and
//! the reader, with [`encode`] and [`decode`] as its two directions.
//!
//! Types inside signatures name classes by `TypeDefOrRef` tokens; resolving those tokens
//! is the caller's business.

pub mod decode;
pub mod encode;

use crate::entity::Token;

/// `ELEMENT_TYPE_*` constants (§23.1.16).
pub mod element_type {
    #![allow(missing_docs)]
    pub const END: u8 = 0x00;
    pub const VOID: u8 = 0x01;
    pub const BOOLEAN: u8 = 0x02;
    pub const CHAR: u8 = 0x03;
    pub const I1: u8 = 0x04;
    pub const U1: u8 = 0x05;
    pub const I2: u8 = 0x06;
    pub const U2: u8 = 0x07;
    pub const I4: u8 = 0x08;
    pub const U4: u8 = 0x09;
    pub const I8: u8 = 0x0a;
    pub const U8: u8 = 0x0b;
    pub const R4: u8 = 0x0c;
    pub const R8: u8 = 0x0d;
    pub const STRING: u8 = 0x0e;
    pub const PTR: u8 = 0x0f;
    pub const BYREF: u8 = 0x10;
    pub const VALUETYPE: u8 = 0x11;
    pub const CLASS: u8 = 0x12;
    pub const VAR: u8 = 0x13;
    pub const ARRAY: u8 = 0x14;
    pub const GENERICINST: u8 = 0x15;
    pub const TYPEDBYREF: u8 = 0x16;
    pub const I: u8 = 0x18;
    pub const U: u8 = 0x19;
    pub const FNPTR: u8 = 0x1b;
    pub const OBJECT: u8 = 0x1c;
    pub const SZARRAY: u8 = 0x1d;
    pub const MVAR: u8 = 0x1e;
    pub const CMOD_REQD: u8 = 0x1f;
    pub const CMOD_OPT: u8 = 0x20;
    pub const INTERNAL: u8 = 0x21;
    pub const MODIFIER: u8 = 0x40;
    pub const SENTINEL: u8 = 0x41;
    pub const PINNED: u8 = 0x45;
    /// Custom-attribute blobs only: a `System.Type` argument.
    pub const SYSTEM_TYPE: u8 = 0x50;
    /// Custom-attribute blobs only: a boxed argument of type `object`.
    pub const BOXED: u8 = 0x51;
    /// Custom-attribute blobs only: a field in the named-argument list.
    pub const FIELD: u8 = 0x53;
    /// Custom-attribute blobs only: a property in the named-argument list.
    pub const PROPERTY: u8 = 0x54;
    /// Custom-attribute blobs only: an enum argument.
    pub const ENUM: u8 = 0x55;
}

/// A type as it appears in a signature (§23.2.12).
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub enum TypeSig {
    #[default]
    Void,
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
    Object,
    /// `native int`.
    I,
    /// `native unsigned int`.
    U,
    TypedByRef,
    /// `class T`: a TypeDef, TypeRef or TypeSpec token.
    Class(Token),
    /// `valuetype T`: a TypeDef, TypeRef or TypeSpec token.
    ValueType(Token),
    /// An unmanaged pointer `T*`.
    Ptr(Box<TypeSig>),
    /// A managed pointer `T&`.
    ByRef(Box<TypeSig>),
    /// A single-dimensional, zero-based array `T[]`.
    SzArray(Box<TypeSig>),
    /// A general array `T[,]`.
    Array(Box<TypeSig>, ArrayShape),
    /// `G<A, B>`: `is_value_type` tells `valuetype` from `class`.
    GenericInst {
        is_value_type: bool,
        generic: Token,
        args: Vec<TypeSig>,
    },
    /// `!n`: a generic parameter of the enclosing type.
    Var(u32),
    /// `!!n`: a generic parameter of the enclosing method.
    MVar(u32),
    /// A function pointer.
    FnPtr(Box<MethodSig>),
    /// A custom modifier on the type that follows: `modreq` when `required`.
    Modified {
        required: bool,
        modifier: Token,
        ty: Box<TypeSig>,
    },
    /// A pinned local (local signatures only).
    Pinned(Box<TypeSig>),
}

/// The shape of a general array (§23.2.13).
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct ArrayShape {
    pub rank: u32,
    pub sizes: Vec<u32>,
    pub lower_bounds: Vec<i32>,
}

/// A method's calling convention byte, split into its parts (§23.2.1–3).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct CallingConvention {
    /// `HASTHIS` (0x20).
    pub has_this: bool,
    /// `EXPLICITTHIS` (0x40).
    pub explicit_this: bool,
    /// The low four bits.
    pub kind: CallKind,
}

/// The low four bits of a method signature's first byte.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum CallKind {
    #[default]
    Default,
    C,
    StdCall,
    ThisCall,
    FastCall,
    VarArg,
    Unmanaged,
}

/// A method signature (MethodDefSig, MethodRefSig, StandAloneMethodSig).
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct MethodSig {
    pub call_conv: CallingConvention,
    /// Number of generic parameters (`GENERIC` flag 0x10 set when non-zero).
    pub generic_params: u32,
    pub ret: TypeSig,
    pub params: Vec<TypeSig>,
    /// Vararg call sites: the arguments after the sentinel.
    pub varargs: Vec<TypeSig>,
}

/// A field signature (§23.2.4).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FieldSig {
    pub ty: TypeSig,
}

/// A property signature (§23.2.5).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct PropertySig {
    pub has_this: bool,
    pub ty: TypeSig,
    pub params: Vec<TypeSig>,
}

/// A local variables signature (§23.2.6).
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct LocalVarSig {
    pub locals: Vec<TypeSig>,
}

/// A MethodSpec instantiation blob (§23.2.15).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct MethodSpecSig {
    pub args: Vec<TypeSig>,
}
