//! The type system: types loaded from metadata (TypeDef, TypeRef across assemblies,
//! TypeSpec), primitive types, field layout, static blocks, vtables and interface maps,
//! arrays and pointers, and member resolution by name and signature.
//!
//! Types are declared cheaply when first named (name, kind, parent) and loaded (layout,
//! methods, vtable, interfaces) when something needs them, so naming a type in a
//! signature never recurses into its members. A program compiled against Mono's real
//! mscorlib runs on the bundled corlib because every `[mscorlib]` TypeRef resolves by
//! namespace and name, and every MemberRef by name and resolved signature.
//!
//! Generics are fully specialized: each instantiation (`List<int>`, `List<string>`, a
//! generic method over given arguments) is its own type or method with every `!n`/`!!n`
//! substituted, loaded and compiled separately, as if it had been written out.
//!
//! Generic virtual methods have no slots: a call through the base or interface is
//! resolved per receiver type and instantiation (`generic_virtual`). Generic interfaces
//! and delegates are variant as their parameters declare (`assign`).
//!
//! Not here: native method tables and entry cells (`jit`), the heap (`gc`).

pub mod assign;
pub mod generic_virtual;
pub mod load;
pub mod resolve;
pub mod types;

pub use types::*;

use crate::loader::{AssemblyIdx, LoadError, Loader};
// Keyed by small integers on hot paths: FxHash, not SipHash.
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

/// A failure to load a type or resolve a member: surfaces as the named exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeError {
    pub exception: &'static str,
    pub message: String,
}

impl TypeError {
    pub fn type_load(message: impl Into<String>) -> TypeError {
        TypeError {
            exception: "System.TypeLoadException",
            message: message.into(),
        }
    }
    pub fn missing_method(message: impl Into<String>) -> TypeError {
        TypeError {
            exception: "System.MissingMethodException",
            message: message.into(),
        }
    }
    pub fn missing_field(message: impl Into<String>) -> TypeError {
        TypeError {
            exception: "System.MissingFieldException",
            message: message.into(),
        }
    }
    pub fn bad_image(message: impl Into<String>) -> TypeError {
        TypeError {
            exception: "System.BadImageFormatException",
            message: message.into(),
        }
    }
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception, self.message)
    }
}

impl From<LoadError> for TypeError {
    fn from(e: LoadError) -> TypeError {
        TypeError {
            exception: e.exception_type(),
            message: e.to_string(),
        }
    }
}

impl From<il_emit::reader::ReadError> for TypeError {
    fn from(e: il_emit::reader::ReadError) -> TypeError {
        TypeError::bad_image(e.to_string())
    }
}

impl From<il_emit::signature::decode::SigError> for TypeError {
    fn from(e: il_emit::signature::decode::SigError) -> TypeError {
        TypeError::bad_image(e.to_string())
    }
}

pub type TResult<T> = Result<T, TypeError>;

/// The corlib types the runtime itself needs by identity.
#[derive(Clone, Copy, Debug)]
pub struct WellKnown {
    pub object: TypeId,
    pub value_type: TypeId,
    pub enum_: TypeId,
    pub string: TypeId,
    pub array: TypeId,
    pub void: TypeId,
    pub prims: [TypeId; 14],
}

impl WellKnown {
    /// The corlib type of a primitive.
    pub fn prim(&self, p: Prim) -> TypeId {
        let idx = Prim::ALL.iter().position(|&q| q == p).unwrap_or(0);
        self.prims[idx]
    }
}

/// All loaded types, fields and methods.
pub struct TypeSystem {
    pub loader: Loader,
    pub corlib: AssemblyIdx,
    pub types: Vec<TypeInfo>,
    pub fields: Vec<FieldInfo>,
    pub methods: Vec<MethodInfo>,
    pub well_known: WellKnown,
    by_def: HashMap<(AssemblyIdx, u32), TypeId>,
    by_composite: HashMap<TypeKind, TypeId>,
    by_inst: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    method_insts: HashMap<(TypeId, u32, Vec<TypeId>), MethodId>,
    owner_of_method: HashMap<(AssemblyIdx, u32), TypeId>,
    /// Implementations of generic virtual methods by (receiver type, declaration).
    gvm_impls: HashMap<(TypeId, MethodId), MethodId>,
    /// Static blocks and init flags: owned here, never moved, freed at exit.
    static_storage: Vec<Box<[u64]>>,
}

impl fmt::Debug for TypeSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeSystem({} types)", self.types.len())
    }
}

impl TypeSystem {
    /// A type system over `loader`, whose corlib is `corlib` (already loaded).
    pub fn new(loader: Loader, corlib: AssemblyIdx) -> TResult<TypeSystem> {
        let placeholder = TypeId(0);
        let mut ts = TypeSystem {
            loader,
            corlib,
            types: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            well_known: WellKnown {
                object: placeholder,
                value_type: placeholder,
                enum_: placeholder,
                string: placeholder,
                array: placeholder,
                void: placeholder,
                prims: [placeholder; 14],
            },
            by_def: HashMap::default(),
            by_composite: HashMap::default(),
            by_inst: HashMap::default(),
            method_insts: HashMap::default(),
            owner_of_method: HashMap::default(),
            gvm_impls: HashMap::default(),
            static_storage: Vec::new(),
        };
        let object = ts.corlib_type("System", "Object")?;
        let value_type = ts.corlib_type("System", "ValueType")?;
        let enum_ = ts.corlib_type("System", "Enum")?;
        ts.well_known.object = object;
        ts.well_known.value_type = value_type;
        ts.well_known.enum_ = enum_;
        ts.well_known.string = ts.corlib_type("System", "String")?;
        ts.well_known.array = ts.corlib_type("System", "Array")?;
        ts.well_known.void = ts.corlib_type("System", "Void")?;
        for (i, p) in Prim::ALL.iter().enumerate() {
            ts.well_known.prims[i] = ts.corlib_type("System", p.name())?;
        }
        Ok(ts)
    }

    /// A type by id.
    pub fn ty(&self, id: TypeId) -> &TypeInfo {
        &self.types[id.0 as usize]
    }

    pub fn ty_mut(&mut self, id: TypeId) -> &mut TypeInfo {
        &mut self.types[id.0 as usize]
    }

    pub fn field(&self, id: FieldId) -> &FieldInfo {
        &self.fields[id.0 as usize]
    }

    pub fn method(&self, id: MethodId) -> &MethodInfo {
        &self.methods[id.0 as usize]
    }

    /// A corlib type by namespace and name.
    pub fn corlib_type(&mut self, ns: &str, name: &str) -> TResult<TypeId> {
        let corlib = self.corlib;
        let rid = self
            .loader
            .get(corlib)
            .image
            .metadata
            .find_type_def(ns, name)
            .ok_or_else(|| {
                TypeError::type_load(format!(
                    "Could not load type '{ns}.{name}' from assembly 'mscorlib'"
                ))
            })?;
        self.type_of_def(corlib, rid)
    }

    /// A method of `ty` (not its bases) by name and parameter count.
    pub fn find_method(&mut self, ty: TypeId, name: &str, n_params: usize) -> TResult<MethodId> {
        self.ensure_loaded(ty)?;
        self.ty(ty)
            .methods
            .iter()
            .copied()
            .find(|&m| self.method(m).name == name && self.method(m).sig.params.len() == n_params)
            .ok_or_else(|| {
                TypeError::missing_method(format!(
                    "Method not found: {}.{name}",
                    self.ty(ty).full_name()
                ))
            })
    }

    /// Whether `id` is a value type stored inline.
    pub fn is_value_type(&self, id: TypeId) -> bool {
        self.ty(id).is_value_type()
    }

    /// The size of a value of this type stored in a field, local or array element.
    pub fn value_size(&mut self, id: TypeId) -> TResult<(u32, u32)> {
        match self.ty(id).kind {
            TypeKind::Primitive(p) | TypeKind::Enum(p) => Ok((p.size(), p.size())),
            TypeKind::ValueType => {
                self.ensure_loaded(id)?;
                let t = self.ty(id);
                Ok((t.size, t.align))
            }
            TypeKind::Void => Ok((0, 1)),
            _ => Ok((8, 8)),
        }
    }

    /// Whether `sub` is `sup` or derives from it (classes only).
    pub fn is_subclass(&self, sub: TypeId, sup: TypeId) -> bool {
        let mut cur = Some(sub);
        while let Some(t) = cur {
            if t == sup {
                return true;
            }
            cur = self.ty(t).parent;
        }
        false
    }

    fn alloc_static(&mut self, bytes: u32) -> usize {
        let words = (bytes as usize).div_ceil(8).max(1);
        let block = vec![0u64; words].into_boxed_slice();
        let addr = block.as_ptr() as usize;
        self.static_storage.push(block);
        addr
    }
}
