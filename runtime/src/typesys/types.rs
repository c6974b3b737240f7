//! The type system's data: loaded types, fields and methods, addressed by typed ids.
//! These are plain values; the native method tables the JIT and GC read are built from
//! them in `jit::mtable`.

use crate::loader::AssemblyIdx;

/// A loaded type (index into `TypeSystem::types`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// A field of a loaded type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FieldId(pub u32);

/// A method of a loaded type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct MethodId(pub u32);

/// The primitive types of the CLI (Partition I §8.2.2).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Prim {
    Bool,
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
    I,
    U,
}

impl Prim {
    /// Size in bytes.
    pub fn size(self) -> u32 {
        match self {
            Prim::Bool | Prim::I1 | Prim::U1 => 1,
            Prim::Char | Prim::I2 | Prim::U2 => 2,
            Prim::I4 | Prim::U4 | Prim::R4 => 4,
            Prim::I8 | Prim::U8 | Prim::R8 | Prim::I | Prim::U => 8,
        }
    }

    /// Whether loads of this type sign-extend.
    pub fn is_signed(self) -> bool {
        matches!(self, Prim::I1 | Prim::I2 | Prim::I4 | Prim::I8 | Prim::I)
    }

    /// The corlib type name (namespace System).
    pub fn name(self) -> &'static str {
        match self {
            Prim::Bool => "Boolean",
            Prim::Char => "Char",
            Prim::I1 => "SByte",
            Prim::U1 => "Byte",
            Prim::I2 => "Int16",
            Prim::U2 => "UInt16",
            Prim::I4 => "Int32",
            Prim::U4 => "UInt32",
            Prim::I8 => "Int64",
            Prim::U8 => "UInt64",
            Prim::R4 => "Single",
            Prim::R8 => "Double",
            Prim::I => "IntPtr",
            Prim::U => "UIntPtr",
        }
    }

    /// All primitives.
    pub const ALL: [Prim; 14] = [
        Prim::Bool,
        Prim::Char,
        Prim::I1,
        Prim::U1,
        Prim::I2,
        Prim::U2,
        Prim::I4,
        Prim::U4,
        Prim::I8,
        Prim::U8,
        Prim::R4,
        Prim::R8,
        Prim::I,
        Prim::U,
    ];
}

/// What kind of type a `TypeInfo` is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    Class,
    Interface,
    /// A struct (not primitive, not enum).
    ValueType,
    /// An enum over its underlying primitive (known once the type is loaded).
    Enum(Prim),
    Primitive(Prim),
    String,
    /// `System.Void`.
    Void,
    /// An array of `elem`; `rank` 0 means a single-dimensional zero-based vector.
    Array {
        elem: TypeId,
        rank: u32,
    },
    /// A managed pointer `T&`.
    ByRef(TypeId),
    /// An unmanaged pointer `T*`.
    Ptr(TypeId),
}

/// How far a type has been loaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LoadState {
    /// Name, kind and parent are known.
    Declared,
    /// Being loaded (layout, methods, vtable): a re-entrant request sees this.
    Loading,
    Loaded,
}

/// A loaded type.
#[derive(Clone, Debug)]
pub struct TypeInfo {
    pub namespace: String,
    pub name: String,
    /// The defining assembly and TypeDef row (none for arrays and pointers).
    pub def: Option<(AssemblyIdx, u32)>,
    pub kind: TypeKind,
    pub flags: u32,
    pub parent: Option<TypeId>,
    pub state: LoadState,
    /// Classes: bytes of an object including the header. Value types: bytes of the value.
    pub size: u32,
    pub align: u32,
    /// Offsets (within an object, or within a value) of every object reference field,
    /// inherited and embedded ones included: what the GC will scan.
    pub ref_offsets: Vec<u32>,
    pub fields: Vec<FieldId>,
    pub methods: Vec<MethodId>,
    /// Virtual slots: the method that each slot dispatches to for this type.
    pub vtable: Vec<MethodId>,
    /// Every interface this type implements, with the method each of its slots maps to.
    pub interfaces: Vec<(TypeId, Vec<MethodId>)>,
    pub cctor: Option<MethodId>,
    /// Static field storage (address of a zeroed, never-moving block).
    pub statics: usize,
    pub statics_size: u32,
    /// Offsets of reference-typed statics in `statics` (GC roots).
    pub static_ref_offsets: Vec<u32>,
    /// Address of the class-initialization flag byte (0: the .cctor has not started).
    pub init_flag: usize,
    /// Number of generic parameters of the definition.
    pub arity: u32,
    /// Type arguments of a generic instantiation (empty otherwise).
    pub inst: Vec<TypeId>,
    /// MethodDef rows of the generic methods declared here (instantiated on use).
    pub generic_methods: Vec<u32>,
    /// The declared variance of each generic parameter (definitions and their
    /// instantiations; empty when none is variant).
    pub variance: Vec<Variance>,
}

/// A generic parameter's variance (GenericParamAttributes 0x3, Partition II §9.5).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Variance {
    None,
    /// `out T`: an argument may be replaced by a reference type it is assignable to.
    Covariant,
    /// `in T`: an argument may be replaced by a reference type assignable to it.
    Contravariant,
}

impl Variance {
    /// From a GenericParam row's flags.
    pub fn from_flags(flags: u16) -> Variance {
        match flags & 3 {
            1 => Variance::Covariant,
            2 => Variance::Contravariant,
            _ => Variance::None,
        }
    }
}

impl TypeInfo {
    /// `Namespace.Name` (nested types as `Outer+Inner` are named by their own name).
    pub fn full_name(&self) -> String {
        match self.namespace.is_empty() {
            true => self.name.clone(),
            false => format!("{}.{}", self.namespace, self.name),
        }
    }

    /// Whether values of this type are stored inline (not as a reference).
    pub fn is_value_type(&self) -> bool {
        matches!(
            self.kind,
            TypeKind::ValueType | TypeKind::Enum(_) | TypeKind::Primitive(_)
        )
    }

    pub fn is_interface(&self) -> bool {
        self.kind == TypeKind::Interface
    }

    /// `beforefieldinit` (TypeAttributes 0x00100000).
    pub fn before_field_init(&self) -> bool {
        self.flags & 0x0010_0000 != 0
    }
}

/// A field.
#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub name: String,
    pub owner: TypeId,
    pub ty: TypeId,
    pub flags: u16,
    /// Instance fields: offset within the object (classes) or value (structs).
    /// Static fields: offset within the owner's static block.
    pub offset: u32,
    /// The Field row, for FieldRVA data.
    pub rid: u32,
}

impl FieldInfo {
    pub fn is_static(&self) -> bool {
        self.flags & 0x10 != 0
    }
    pub fn is_literal(&self) -> bool {
        self.flags & 0x40 != 0
    }
}

/// The generic arguments in scope: `!n` is `types[n]`, `!!n` is `methods[n]`.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct GenericCtx {
    pub types: Vec<TypeId>,
    pub methods: Vec<TypeId>,
}

impl GenericCtx {
    /// The context of a type's own members.
    pub fn of_type(inst: &[TypeId]) -> GenericCtx {
        GenericCtx {
            types: inst.to_vec(),
            methods: Vec::new(),
        }
    }
}

/// A method signature with every type resolved.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct RtSig {
    pub has_this: bool,
    pub params: Vec<TypeId>,
    pub ret: TypeId,
}

/// A method.
#[derive(Clone, Debug)]
pub struct MethodInfo {
    pub name: String,
    pub owner: TypeId,
    pub asm: AssemblyIdx,
    pub rid: u32,
    pub flags: u16,
    pub impl_flags: u16,
    pub sig: RtSig,
    /// The vtable slot (virtual methods; interface methods: index in the interface).
    pub slot: Option<u32>,
    /// Method type arguments of a generic method instantiation.
    pub method_inst: Vec<TypeId>,
}

impl MethodInfo {
    pub fn is_static(&self) -> bool {
        self.flags & 0x10 != 0
    }
    pub fn is_virtual(&self) -> bool {
        self.flags & 0x40 != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.flags & 0x400 != 0
    }
    pub fn is_newslot(&self) -> bool {
        self.flags & 0x100 != 0
    }
    /// `[MethodImpl(MethodImplOptions.InternalCall)]`.
    pub fn is_internal_call(&self) -> bool {
        self.impl_flags & 0x1000 != 0
    }
    /// Implemented by the runtime (delegates, multi-dimensional array accessors).
    pub fn is_runtime(&self) -> bool {
        self.impl_flags & 0x3 == 0x3
    }
    pub fn is_ctor(&self) -> bool {
        self.name == ".ctor"
    }
}
