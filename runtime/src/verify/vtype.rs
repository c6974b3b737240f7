//! Verification types: what the verifier knows about one evaluation-stack item
//! (ECMA-335 Partition III §1.8.1.1), made from declared types and printed for errors.

use super::generic;
use crate::typesys::{MethodId, Prim, TypeId, TypeKind, TypeSystem};

/// The stack kinds of Partition III §1.1.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Kind {
    I4,
    I8,
    NativeInt,
    F,
    /// An object reference (or null).
    ObjRef,
    /// A value-type instance, or a value of a generic parameter's type.
    Value,
    /// A managed pointer.
    ByRef,
}

/// A `ByRef` made by `readonly.`: it may not be written through.
pub const READONLY: u8 = 1;
/// A `ByRef` into the heap or a caller's frame: safe to return.
pub const PERMANENT: u8 = 2;
/// The method's own `this` (argument 0 of an instance method).
pub const THIS: u8 = 4;
/// `this` of a constructor before the base constructor ran.
pub const UNINIT: u8 = 8;
/// A function pointer made by `ldvirtftn`.
pub const VIRTUAL_FTN: u8 = 16;

/// One stack item.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Sv {
    pub kind: Kind,
    /// ObjRef: the static type (`None` is null). Value: the type. ByRef: the target type.
    pub ty: Option<TypeId>,
    pub flags: u8,
    /// A native int made by `ldftn`/`ldvirtftn`: the method it points to.
    pub method: Option<MethodId>,
}

impl Sv {
    pub fn prim(kind: Kind) -> Sv {
        Sv {
            kind,
            ty: None,
            flags: 0,
            method: None,
        }
    }

    pub fn obj(ty: TypeId) -> Sv {
        Sv {
            ty: Some(ty),
            ..Sv::prim(Kind::ObjRef)
        }
    }

    pub fn null() -> Sv {
        Sv::prim(Kind::ObjRef)
    }

    pub fn value(ty: TypeId) -> Sv {
        Sv {
            ty: Some(ty),
            ..Sv::prim(Kind::Value)
        }
    }

    pub fn byref(ty: TypeId, flags: u8) -> Sv {
        Sv {
            ty: Some(ty),
            flags,
            ..Sv::prim(Kind::ByRef)
        }
    }

    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn is_integer(&self) -> bool {
        matches!(self.kind, Kind::I4 | Kind::I8 | Kind::NativeInt)
    }

    pub fn is_numeric(&self) -> bool {
        self.is_integer() || self.kind == Kind::F
    }

    pub fn is_null(&self) -> bool {
        self.kind == Kind::ObjRef && self.ty.is_none()
    }

    /// The uninitialized `this` of a constructor.
    pub fn is_uninit(&self) -> bool {
        self.has(UNINIT)
    }
}

/// The stack item a value of declared type `ty` becomes when loaded, and whether the
/// type is an unmanaged pointer (which the verifier rejects).
pub fn of_type(ts: &TypeSystem, ty: TypeId) -> (Sv, bool) {
    if generic::is_param(ts, ty) {
        return (Sv::value(ty), false);
    }
    let sv = match ts.ty(ty).kind {
        TypeKind::Primitive(p) | TypeKind::Enum(p) => Sv::prim(prim_kind(p)),
        TypeKind::ValueType => Sv::value(ty),
        TypeKind::ByRef(t) => Sv::byref(t, 0),
        TypeKind::Ptr(_) => return (Sv::prim(Kind::NativeInt), true),
        TypeKind::Void => Sv::prim(Kind::I4),
        TypeKind::Class | TypeKind::Interface | TypeKind::String | TypeKind::Array { .. } => {
            Sv::obj(ty)
        }
    };
    (sv, false)
}

/// The stack kind of a primitive.
pub fn prim_kind(p: Prim) -> Kind {
    match p {
        Prim::I8 | Prim::U8 => Kind::I8,
        Prim::I | Prim::U => Kind::NativeInt,
        Prim::R4 | Prim::R8 => Kind::F,
        _ => Kind::I4,
    }
}

/// The *reduced* type of a location (§1.8.1.2.1): signedness, `bool` and `char`, and
/// enums collapse, so `int32&` and `uint32&` point to the same verification type.
pub fn reduced(ts: &TypeSystem, ty: TypeId) -> Reduced {
    match ts.ty(ty).kind {
        TypeKind::Primitive(p) | TypeKind::Enum(p) => Reduced::Prim(match p {
            Prim::Bool | Prim::I1 | Prim::U1 => 1,
            Prim::Char | Prim::I2 | Prim::U2 => 2,
            Prim::I4 | Prim::U4 => 4,
            Prim::I8 | Prim::U8 => 8,
            Prim::I | Prim::U => 9,
            Prim::R4 => 10,
            Prim::R8 => 11,
        }),
        _ => Reduced::Type(ty),
    }
}

/// See [`reduced`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reduced {
    /// A primitive by size class (1, 2, 4, 8, native 9, float32 10, float64 11).
    Prim(u8),
    Type(TypeId),
}

/// A type's name as errors print it (`Namespace.Name`, arrays and byrefs spelled out).
pub fn type_name(ts: &TypeSystem, ty: TypeId) -> String {
    let t = ts.ty(ty);
    if generic::is_param(ts, ty) {
        return t.name.clone();
    }
    let base = match t.kind {
        TypeKind::Array { elem, rank } => {
            let dims = match rank {
                0 => "[]".to_owned(),
                n => format!("[{}]", ",".repeat(n.saturating_sub(1) as usize)),
            };
            return format!("{}{dims}", type_name(ts, elem));
        }
        TypeKind::ByRef(e) => return format!("{}&", type_name(ts, e)),
        TypeKind::Ptr(e) => return format!("{}*", type_name(ts, e)),
        _ => t.full_name(),
    };
    match t.inst.is_empty() {
        true => base,
        false => {
            let args: Vec<String> = t.inst.iter().map(|&a| type_name(ts, a)).collect();
            format!("{base}<{}>", args.join(","))
        }
    }
}

/// A stack item as errors print it, in ILVerify's words (`Int32`, `ref 'System.String'`,
/// `address of 'Int32'`, `Nullobjref`).
pub fn describe(ts: &TypeSystem, sv: &Sv) -> String {
    let name = |t: Option<TypeId>| t.map(|t| type_name(ts, t)).unwrap_or_default();
    let s = match sv.kind {
        Kind::I4 => "Int32".to_owned(),
        Kind::I8 => "Int64".to_owned(),
        Kind::NativeInt => match sv.method {
            Some(_) => "Native Int (method)".to_owned(),
            None => "Native Int".to_owned(),
        },
        Kind::F => "Float".to_owned(),
        Kind::ObjRef if sv.ty.is_none() => "Nullobjref".to_owned(),
        Kind::ObjRef => format!("ref '{}'", name(sv.ty)),
        Kind::Value => format!("value '{}'", name(sv.ty)),
        Kind::ByRef if sv.has(READONLY) => format!("readonly address of '{}'", name(sv.ty)),
        Kind::ByRef => format!("address of '{}'", name(sv.ty)),
    };
    match sv.is_uninit() {
        true => format!("uninitialized {s}"),
        false => s,
    }
}
