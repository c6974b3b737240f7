//! Symbols: the types and members a program can name, from source and from referenced
//! assemblies, in one model. A [`World`] holds one [`AsmSymbols`] per assembly (index 0 is
//! the source being compiled); each type's details (base, interfaces, members) are filled
//! in when first asked for — imported ones lazily from metadata (`imported`), source ones
//! by the binder's declaration pass.
//!
//! Names are stored as metadata has them (`List`1`); [`TypeSym::simple_name`] strips the
//! arity suffix for lookup by source name.

pub mod imported;
mod members;

pub use members::{MemberIndex, Named, NamedMembers};

use crate::constant::ConstValue;
use crate::types::{Ty, TypeId};
use std::sync::{Arc, OnceLock};

/// TypeAttributes bits the front ends test.
pub mod type_flags {
    pub const VISIBILITY_MASK: u32 = 0x7;
    pub const PUBLIC: u32 = 0x1;
    pub const NESTED_PUBLIC: u32 = 0x2;
    pub const NESTED_PRIVATE: u32 = 0x3;
    pub const NESTED_FAMILY: u32 = 0x4;
    pub const NESTED_ASSEMBLY: u32 = 0x5;
    pub const NESTED_FAM_OR_ASSEM: u32 = 0x7;
    pub const SEQUENTIAL_LAYOUT: u32 = 0x8;
    pub const INTERFACE: u32 = 0x20;
    pub const ABSTRACT: u32 = 0x80;
    pub const SEALED: u32 = 0x100;
    pub const SPECIAL_NAME: u32 = 0x400;
    pub const SERIALIZABLE: u32 = 0x2000;
    pub const BEFORE_FIELD_INIT: u32 = 0x0010_0000;
}

/// MethodAttributes bits.
pub mod method_flags {
    pub const ACCESS_MASK: u16 = 0x7;
    pub const PRIVATE: u16 = 0x1;
    pub const FAM_AND_ASSEM: u16 = 0x2;
    pub const ASSEMBLY: u16 = 0x3;
    pub const FAMILY: u16 = 0x4;
    pub const FAM_OR_ASSEM: u16 = 0x5;
    pub const PUBLIC: u16 = 0x6;
    pub const STATIC: u16 = 0x10;
    pub const FINAL: u16 = 0x20;
    pub const VIRTUAL: u16 = 0x40;
    pub const HIDE_BY_SIG: u16 = 0x80;
    pub const NEW_SLOT: u16 = 0x100;
    pub const ABSTRACT: u16 = 0x400;
    pub const SPECIAL_NAME: u16 = 0x800;
    pub const PINVOKE_IMPL: u16 = 0x2000;
    pub const RT_SPECIAL_NAME: u16 = 0x1000;
}

/// FieldAttributes bits.
pub mod field_flags {
    pub const ACCESS_MASK: u16 = 0x7;
    pub const PRIVATE: u16 = 0x1;
    pub const ASSEMBLY: u16 = 0x3;
    pub const FAMILY: u16 = 0x4;
    pub const FAM_OR_ASSEM: u16 = 0x5;
    pub const PUBLIC: u16 = 0x6;
    pub const STATIC: u16 = 0x10;
    pub const INIT_ONLY: u16 = 0x20;
    pub const LITERAL: u16 = 0x40;
    pub const SPECIAL_NAME: u16 = 0x200;
    pub const RT_SPECIAL_NAME: u16 = 0x400;
    pub const HAS_DEFAULT: u16 = 0x8000;
}

/// What sort of type a definition is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeKind {
    Class,
    Struct,
    Interface,
    Enum,
    Delegate,
}

/// A generic parameter.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct GenericParamSym {
    pub name: String,
    /// GenericParamAttributes: variance and the special constraints.
    pub flags: u16,
    pub constraints: Vec<Ty>,
}

/// GenericParamAttributes bits.
pub mod generic_flags {
    pub const REFERENCE_TYPE: u16 = 0x4;
    pub const VALUE_TYPE: u16 = 0x8;
    pub const DEFAULT_CTOR: u16 = 0x10;
}

/// How a parameter is passed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParamMode {
    Value,
    Ref,
    Out,
}

/// A method parameter.
#[derive(Clone, PartialEq, Debug)]
pub struct ParamSym {
    pub name: String,
    /// The parameter's type without the byref: `ref int x` has `ty` `int` and mode `Ref`.
    pub ty: Ty,
    pub mode: ParamMode,
    /// `params` / `ParamArray`.
    pub is_params: bool,
    /// An optional parameter's default value.
    pub default: Option<ConstValue>,
}

/// A method, constructor or accessor.
#[derive(Clone, PartialEq, Debug)]
pub struct MethodSym {
    pub name: String,
    pub flags: u16,
    pub impl_flags: u16,
    pub generic_params: Vec<GenericParamSym>,
    pub ret: Ty,
    pub params: Vec<ParamSym>,
    /// The MethodDef row in its assembly (0 for source methods until emitted).
    pub rid: u32,
}

impl MethodSym {
    /// A non-generic method without implementation flags, not yet given a row.
    pub fn new(name: impl Into<String>, flags: u16, ret: Ty, params: Vec<ParamSym>) -> MethodSym {
        MethodSym {
            name: name.into(),
            flags,
            impl_flags: 0,
            generic_params: Vec::new(),
            ret,
            params,
            rid: 0,
        }
    }

    pub fn is_static(&self) -> bool {
        self.flags & method_flags::STATIC != 0
    }
    pub fn is_virtual(&self) -> bool {
        self.flags & method_flags::VIRTUAL != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.flags & method_flags::ABSTRACT != 0
    }
    pub fn is_ctor(&self) -> bool {
        self.name == ".ctor"
    }
    pub fn access(&self) -> u16 {
        self.flags & method_flags::ACCESS_MASK
    }
}

/// A field.
#[derive(Clone, PartialEq, Debug)]
pub struct FieldSym {
    pub name: String,
    pub flags: u16,
    pub ty: Ty,
    /// `const` fields and enum members.
    pub constant: Option<ConstValue>,
    pub rid: u32,
}

impl FieldSym {
    pub fn is_static(&self) -> bool {
        self.flags & field_flags::STATIC != 0
    }
    pub fn is_literal(&self) -> bool {
        self.flags & field_flags::LITERAL != 0
    }
}

/// A property (or indexer) and its accessors (indices into the type's methods).
#[derive(Clone, PartialEq, Debug)]
pub struct PropertySym {
    pub name: String,
    pub ty: Ty,
    pub params: Vec<ParamSym>,
    pub getter: Option<u32>,
    pub setter: Option<u32>,
}

/// An event and its accessors.
#[derive(Clone, PartialEq, Debug)]
pub struct EventSym {
    pub name: String,
    pub ty: Ty,
    pub add: Option<u32>,
    pub remove: Option<u32>,
    /// A field-like event's backing field (source only).
    pub field: Option<u32>,
}

/// What a type has beyond its name: filled on first use.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct TypeDetails {
    /// Source types: the generic parameters with constraints resolved (shells are made
    /// before any type can be named, so theirs have none). Empty: the shell's are right.
    pub generic_params: Vec<GenericParamSym>,
    pub base: Option<Ty>,
    pub interfaces: Vec<Ty>,
    /// Enums: the underlying integral type.
    pub enum_underlying: Option<Ty>,
    pub methods: Vec<MethodSym>,
    pub fields: Vec<FieldSym>,
    pub properties: Vec<PropertySym>,
    pub events: Vec<EventSym>,
    /// `DefaultMemberAttribute`'s name (indexers).
    pub default_member: Option<String>,
    /// `[Flags]`.
    pub is_flags: bool,
    /// The members by name, built on the first [`TypeDetails::named`].
    pub index: MemberIndex,
}

impl TypeDetails {
    /// The fields, properties, events and methods called `name`.
    pub fn named<'a>(&'a self, name: &'a str) -> Named<'a> {
        self.index.get(self, name)
    }
}

/// A type definition.
#[derive(Debug, PartialEq)]
pub struct TypeSym {
    /// The metadata name, with the arity suffix (`List`1`).
    pub name: String,
    pub namespace: String,
    pub enclosing: Option<TypeId>,
    pub flags: u32,
    pub kind: TypeKind,
    /// All generic parameters, including those a nested type inherits from its
    /// enclosing types (as metadata has them).
    pub generic_params: Vec<GenericParamSym>,
    pub nested: Vec<TypeId>,
    /// The TypeDef row in its assembly.
    pub rid: u32,
    pub details: OnceLock<Arc<TypeDetails>>,
}

impl TypeSym {
    /// The name without its arity suffix.
    pub fn simple_name(&self) -> &str {
        strip_arity(&self.name)
    }

    pub fn is_public(&self) -> bool {
        let v = self.flags & type_flags::VISIBILITY_MASK;
        v == type_flags::PUBLIC || v == type_flags::NESTED_PUBLIC
    }

    pub fn is_value_type(&self) -> bool {
        matches!(self.kind, TypeKind::Struct | TypeKind::Enum)
    }

    pub fn is_interface(&self) -> bool {
        self.kind == TypeKind::Interface
    }
}

/// `List`1` → `List`.
pub fn strip_arity(name: &str) -> &str {
    match name.rfind('`') {
        Some(i) if name[i + 1..].bytes().all(|b| b.is_ascii_digit()) && i + 1 < name.len() => {
            &name[..i]
        }
        _ => name,
    }
}

/// The identity of a referenced assembly, for its AssemblyRef row.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct AssemblyIdentity {
    pub name: String,
    pub version: [u16; 4],
    /// The full public key (AssemblyRef rows may carry it with the `PublicKey` flag
    /// instead of a token).
    pub public_key: Vec<u8>,
    pub culture: String,
}

/// Top-level types by namespace, then metadata name: looked up by `&str` without
/// building a key.
#[derive(Debug, Default, PartialEq)]
pub struct TopLevel(rustc_hash::FxHashMap<String, rustc_hash::FxHashMap<String, u32>>);

impl TopLevel {
    pub fn get(&self, namespace: &str, name: &str) -> Option<u32> {
        self.0.get(namespace)?.get(name).copied()
    }

    /// Adds a type unless one of that name is there; returns the one that was.
    pub fn add(&mut self, namespace: &str, name: &str, idx: u32) -> Option<u32> {
        // A namespace's key is allocated once, not for every type added to it.
        if !self.0.contains_key(namespace) {
            self.0.insert(namespace.to_owned(), Default::default());
        }
        let names = self.0.get_mut(namespace)?;
        match names.get(name) {
            Some(&old) => Some(old),
            None => {
                names.insert(name.to_owned(), idx);
                None
            }
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Every entry: (namespace, metadata name, type index).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, u32)> {
        self.0.iter().flat_map(|(ns, names)| {
            names
                .iter()
                .map(move |(n, &i)| (ns.as_str(), n.as_str(), i))
        })
    }
}

/// One assembly's types.
#[derive(Debug, Default)]
pub struct AsmSymbols {
    pub identity: AssemblyIdentity,
    pub types: Vec<TypeSym>,
    /// Top-level types by (namespace, metadata name).
    pub top_level: TopLevel,
    /// Every namespace that holds a type (and its parents).
    pub namespaces: std::collections::HashSet<String>,
    /// The image, for lazily imported details (`None` for source).
    pub image: Option<Arc<[u8]>>,
    /// Where to find the types an imported assembly references: AssemblyRef row → index
    /// in the world, filled when the world is assembled.
    pub assembly_refs: OnceLock<Vec<Option<u32>>>,
}

impl AsmSymbols {
    /// Indexes top-level types and namespaces after `types` is filled.
    pub fn index(&mut self) {
        self.top_level.clear();
        for (i, t) in self.types.iter().enumerate() {
            if t.enclosing.is_none() {
                self.top_level.add(&t.namespace, &t.name, i as u32);
            }
        }
        self.index_namespaces();
    }

    /// Indexes the namespaces of the top-level types (for a caller that filled
    /// `top_level` as it added `types`).
    pub fn index_namespaces(&mut self) {
        for t in &self.types {
            if t.enclosing.is_none() {
                let mut ns = t.namespace.as_str();
                // Parents of a known namespace are known: stop there (and allocate
                // nothing for a namespace already seen).
                while !ns.is_empty() && !self.namespaces.contains(ns) {
                    self.namespaces.insert(ns.to_owned());
                    ns = ns.rsplit_once('.').map_or("", |(p, _)| p);
                }
            }
        }
    }
}

/// All assemblies a compilation sees. Index 0 is the source.
#[derive(Debug, Default)]
pub struct World {
    pub asms: Vec<Arc<AsmSymbols>>,
    /// Where `System.Object` lives: `Some` once found.
    corlib: OnceLock<Option<u32>>,
    /// The definitions of the built-in types, by [`builtin_slot`]: looked up by name
    /// once, not on every member lookup on an `int` or a `string`.
    builtins: OnceLock<Vec<Option<TypeId>>>,
}

/// The built-in types that stand for a corlib definition, in slot order.
fn builtin_types() -> [Ty; 17] {
    [
        Ty::Void,
        Ty::Bool,
        Ty::Char,
        Ty::I1,
        Ty::U1,
        Ty::I2,
        Ty::U2,
        Ty::I4,
        Ty::U4,
        Ty::I8,
        Ty::U8,
        Ty::R4,
        Ty::R8,
        Ty::I,
        Ty::U,
        Ty::String,
        Ty::Object,
    ]
}

/// A built-in type's index in [`builtin_types`].
fn builtin_slot(ty: &Ty) -> Option<usize> {
    Some(match ty {
        Ty::Void => 0,
        Ty::Bool => 1,
        Ty::Char => 2,
        Ty::I1 => 3,
        Ty::U1 => 4,
        Ty::I2 => 5,
        Ty::U2 => 6,
        Ty::I4 => 7,
        Ty::U4 => 8,
        Ty::I8 => 9,
        Ty::U8 => 10,
        Ty::R4 => 11,
        Ty::R8 => 12,
        Ty::I => 13,
        Ty::U => 14,
        Ty::String => 15,
        Ty::Object => 16,
        _ => return None,
    })
}

/// A method of a type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct MethodId {
    pub ty: TypeId,
    pub idx: u32,
}

/// A field of a type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FieldId {
    pub ty: TypeId,
    pub idx: u32,
}

impl World {
    pub fn new(asms: Vec<Arc<AsmSymbols>>) -> World {
        let w = World {
            asms,
            corlib: OnceLock::new(),
            builtins: OnceLock::new(),
        };
        for (i, a) in w.asms.iter().enumerate().skip(1) {
            let _ = a.assembly_refs.set(w.resolve_assembly_refs(i as u32));
        }
        w
    }

    /// Whether two worlds declare the same things: the source assembly's types (shells
    /// and details) equal, the referenced assemblies the very same ones.
    pub fn same_declarations(&self, other: &World) -> bool {
        self.asms.len() == other.asms.len()
            && self
                .asms
                .iter()
                .zip(&other.asms)
                .enumerate()
                .all(|(i, (a, b))| {
                    Arc::ptr_eq(a, b) || (i == 0 && a.identity == b.identity && a.types == b.types)
                })
    }

    /// Generic parameter `n` of type `id`, constraints included.
    pub fn type_generic_param(&self, id: TypeId, n: u32) -> Option<GenericParamSym> {
        let shell = &self.ty(id).generic_params;
        let d = self.details(id);
        let params = if d.generic_params.len() == shell.len() {
            &d.generic_params
        } else {
            shell
        };
        params.get(n as usize).cloned()
    }

    fn resolve_assembly_refs(&self, asm: u32) -> Vec<Option<u32>> {
        let Some(a) = self.asms.get(asm as usize) else {
            return Vec::new();
        };
        imported::assembly_ref_names(a)
            .into_iter()
            .map(|n| {
                self.asms
                    .iter()
                    .position(|o| o.identity.name.eq_ignore_ascii_case(&n))
                    .map(|p| p as u32)
            })
            .collect()
    }

    pub fn ty(&self, id: TypeId) -> &TypeSym {
        &self.asms[id.asm as usize].types[id.idx as usize]
    }

    pub fn try_ty(&self, id: TypeId) -> Option<&TypeSym> {
        self.asms.get(id.asm as usize)?.types.get(id.idx as usize)
    }

    /// The details of a type, importing them on first use.
    pub fn details(&self, id: TypeId) -> Arc<TypeDetails> {
        self.ty(id)
            .details
            .get_or_init(|| Arc::new(imported::details(self, id)))
            .clone()
    }

    /// [`World::details`] borrowed: no reference count to touch on a hot path.
    pub fn details_of(&self, id: TypeId) -> &TypeDetails {
        self.ty(id)
            .details
            .get_or_init(|| Arc::new(imported::details(self, id)))
    }

    pub fn method(&self, id: MethodId) -> MethodSym {
        self.method_sym(id).clone()
    }

    /// A method borrowed from its type's details.
    pub fn method_sym(&self, id: MethodId) -> &MethodSym {
        &self.details_of(id.ty).methods[id.idx as usize]
    }

    pub fn field(&self, id: FieldId) -> FieldSym {
        self.details(id.ty).fields[id.idx as usize].clone()
    }

    /// A top-level type by namespace and metadata name, source first, then references in
    /// order.
    pub fn find(&self, namespace: &str, name: &str) -> Option<TypeId> {
        self.asms.iter().enumerate().find_map(|(i, a)| {
            a.top_level
                .get(namespace, name)
                .map(|idx| TypeId { asm: i as u32, idx })
        })
    }

    /// A top-level type in one assembly.
    pub fn find_in(&self, asm: u32, namespace: &str, name: &str) -> Option<TypeId> {
        let a = self.asms.get(asm as usize)?;
        let idx = a.top_level.get(namespace, name)?;
        Some(TypeId { asm, idx })
    }

    /// A nested type of `outer` by metadata name.
    pub fn find_nested(&self, outer: TypeId, name: &str) -> Option<TypeId> {
        self.ty(outer)
            .nested
            .iter()
            .copied()
            .find(|&n| self.ty(n).name == name)
    }

    /// Whether any assembly has a type in `namespace` (or below it).
    pub fn namespace_exists(&self, namespace: &str) -> bool {
        self.asms.iter().any(|a| a.namespaces.contains(namespace))
    }

    /// The assembly holding `System.Object`.
    pub fn corlib(&self) -> Option<u32> {
        *self
            .corlib
            .get_or_init(|| self.find("System", "Object").map(|t| t.asm))
    }

    /// A corlib type by name (`System.Int32`, `System.Collections.Generic.List`1`).
    pub fn well_known(&self, namespace: &str, name: &str) -> Option<TypeId> {
        match self.corlib() {
            Some(c) => self.find_in(c, namespace, name),
            None => self.find(namespace, name),
        }
    }

    /// A method of a corlib type by name, the first that `pred` accepts (for lowering:
    /// `String.Concat`, `String.get_Chars`, …).
    pub fn well_known_method(
        &self,
        namespace: &str,
        ty: &str,
        name: &str,
        pred: impl Fn(&MethodSym) -> bool,
    ) -> Option<MethodId> {
        let id = self.well_known(namespace, ty)?;
        let d = self.details(id);
        // By the name index: corlib's `String` alone has a few hundred methods.
        let idx = d
            .named(name)
            .methods()
            .find(|&i| pred(&d.methods[i as usize]))?;
        Some(MethodId { ty: id, idx })
    }

    /// The named type a built-in type stands for (`int` → `System.Int32`).
    pub fn builtin_type_id(&self, ty: &Ty) -> Option<TypeId> {
        let table = self.builtins.get_or_init(|| {
            builtin_types()
                .iter()
                .map(|t| self.well_known("System", t.builtin_name()?))
                .collect()
        });
        *table.get(builtin_slot(ty)?)?
    }

    /// Maps `System.Int32` and friends back to their built-in variants.
    pub fn normalize(&self, id: TypeId, args: Arc<[Ty]>) -> Ty {
        if args.is_empty() && Some(id.asm) == self.corlib() {
            let t = self.ty(id);
            if t.namespace == "System" && t.enclosing.is_none() {
                if let Some(b) = Ty::from_builtin_name(&t.name) {
                    return b;
                }
            }
        }
        Ty::Named(id, args)
    }

    /// The definition a type's members come from (`int` → `System.Int32`, arrays →
    /// `System.Array`).
    pub fn type_def_of(&self, ty: &Ty) -> Option<TypeId> {
        match ty {
            Ty::Named(id, _) => Some(*id),
            Ty::Array(..) => self.well_known("System", "Array"),
            other => self.builtin_type_id(other),
        }
    }

    /// The kind of a type (built-in types: structs, except `string` and `object`).
    pub fn is_value_type(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Named(id, _) => self.ty(*id).is_value_type(),
            t => t.is_primitive(),
        }
    }

    pub fn is_reference_type(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Named(id, _) => !self.ty(*id).is_value_type(),
            Ty::String | Ty::Object | Ty::Array(..) | Ty::Null => true,
            _ => false,
        }
    }

    pub fn is_enum(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Named(id, _) if self.ty(*id).kind == TypeKind::Enum)
    }

    pub fn is_interface(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Named(id, _) if self.ty(*id).kind == TypeKind::Interface)
    }

    pub fn is_delegate(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Named(id, _) if self.ty(*id).kind == TypeKind::Delegate)
    }

    /// `Nullable<T>`'s `T`, for a nullable value type.
    pub fn nullable_underlying(&self, ty: &Ty) -> Option<Ty> {
        match ty {
            Ty::Named(id, args) if args.len() == 1 => {
                let t = self.ty(*id);
                (t.namespace == "System" && t.name == "Nullable`1").then(|| args[0].clone())
            }
            _ => None,
        }
    }

    /// An enum's underlying type.
    pub fn enum_underlying(&self, ty: &Ty) -> Option<Ty> {
        match ty {
            Ty::Named(id, _) if self.ty(*id).kind == TypeKind::Enum => {
                Some(self.details(*id).enum_underlying.clone().unwrap_or(Ty::I4))
            }
            _ => None,
        }
    }

    /// The base type of `ty`, with the type's arguments substituted.
    pub fn base_of(&self, ty: &Ty) -> Option<Ty> {
        match ty {
            Ty::Named(id, args) => self.details(*id).base.as_ref().map(|b| b.subst(args, &[])),
            Ty::Object => None,
            Ty::String => Some(Ty::Object),
            Ty::Array(..) => self.well_known("System", "Array").map(Ty::named),
            Ty::Null | Ty::Error | Ty::Void | Ty::ByRef(_) | Ty::Ptr(_) => None,
            Ty::Var(_) | Ty::MVar(_) => Some(Ty::Object),
            prim => self
                .builtin_type_id(prim)
                .and_then(|id| self.details(id).base.clone()),
        }
    }

    /// The interfaces `ty` declares (substituted), not including inherited ones.
    pub fn declared_interfaces(&self, ty: &Ty) -> Vec<Ty> {
        let Some(id) = self.type_def_of(ty) else {
            return Vec::new();
        };
        let args = ty.type_args();
        let mut out: Vec<Ty> = self
            .details(id)
            .interfaces
            .iter()
            .map(|i| i.subst(args, &[]))
            .collect();
        if let Ty::Array(elem, 1) = ty {
            for name in ["IList`1", "ICollection`1", "IEnumerable`1"] {
                if let Some(g) = self.well_known("System.Collections.Generic", name) {
                    out.push(Ty::Named(g, Arc::from([(**elem).clone()])));
                }
            }
        }
        out
    }

    /// Every interface `ty` implements, directly or through bases and other interfaces.
    pub fn all_interfaces(&self, ty: &Ty) -> Vec<Ty> {
        let mut out: Vec<Ty> = Vec::new();
        let mut stack = Vec::new();
        let mut cur = Some(ty.clone());
        let mut guard = 0;
        while let Some(t) = cur {
            stack.extend(self.declared_interfaces(&t));
            cur = self.base_of(&t);
            guard += 1;
            if guard > 64 {
                break;
            }
        }
        while let Some(i) = stack.pop() {
            if out.contains(&i) || out.len() > 256 {
                continue;
            }
            stack.extend(self.declared_interfaces(&i));
            out.push(i);
        }
        out
    }

    /// The chain `ty`, its base, its base's base, … (bounded against cycles).
    pub fn base_chain(&self, ty: &Ty) -> Vec<Ty> {
        // Chains are short: one allocation for most.
        let mut out = Vec::with_capacity(4);
        out.push(ty.clone());
        while let Some(b) = out.last().and_then(|t| self.base_of(t)) {
            if out.len() > 64 || out.contains(&b) {
                break;
            }
            out.push(b);
        }
        out
    }

    /// Whether `derived` is `base` or inherits from it (classes only).
    pub fn derives_from(&self, derived: &Ty, base: &Ty) -> bool {
        self.base_chain(derived).iter().any(|t| t == base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_slots_follow_the_table() {
        for (i, t) in builtin_types().iter().enumerate() {
            assert_eq!(builtin_slot(t), Some(i), "{t:?}");
            assert!(t.builtin_name().is_some(), "{t:?}");
        }
        assert_eq!(builtin_slot(&Ty::Null), None);
    }
}
