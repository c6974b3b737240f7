//! Namespace scopes and type-name resolution: what `using` directives and enclosing
//! namespaces make visible, and how a written type (`List<int>[]`, `Outer.Inner`, `T`)
//! becomes a semantic type. Generic parameters of the enclosing type and method are found
//! first, then nested types (inner to outer, including inherited ones), then namespaces
//! from the innermost outwards, then `using` namespaces and aliases.

use crate::syntax::{
    CompilationUnit, NamespaceMember, PredefinedType, TypeKind as SynKind, TypeSyntax,
    UsingDirective,
};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::FileId;
use frontend_core::symbols::World;
use frontend_core::types::{Ty, TypeId};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::{Arc, Mutex};

/// What a type declaration or member sees: its namespace chain and `using`s.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NsScope {
    /// The enclosing namespaces, innermost first, ending with the global one (`""`).
    pub namespaces: Vec<String>,
    /// `using N;` namespaces, innermost declaration level first.
    pub usings: Vec<String>,
    /// `using A = X;` (alias, dotted target).
    pub aliases: Vec<(String, TypeSyntax)>,
    /// `using static T;`.
    pub static_usings: Vec<TypeSyntax>,
    /// What simple names found through the namespaces and `using`s.
    pub memo: ScopeMemo,
}

/// What [`TypeResolver::lookup_simple`] found for a name through a scope's namespaces,
/// aliases and `using`s, by metadata name: every body of a namespace asks for the same
/// few (`List`1`, `Console`, `System`), and each search is several hash lookups in
/// every assembly. It depends on the scope and on which top-level types exist, which
/// are declared before any name is resolved (a world equal to the one a scope was made
/// with has the same types at the same ids); nested and generic-parameter names come
/// first and are not kept. A copy starts empty, and it takes no part in equality.
#[derive(Default)]
pub struct ScopeMemo(Mutex<FxHashMap<Box<str>, ScopeHit>>);

/// A name's meaning through a scope (see [`ScopeMemo`]).
#[derive(Clone)]
enum ScopeHit {
    Type(TypeId),
    /// The `using` alias at this index.
    Alias(usize),
    Namespace(String),
    Nothing,
}

impl ScopeMemo {
    fn get(&self, meta: &str) -> Option<ScopeHit> {
        self.0.lock().ok()?.get(meta).cloned()
    }

    fn put(&self, meta: &str, hit: &ScopeHit) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(Box::from(meta), hit.clone());
        }
    }
}

impl Clone for ScopeMemo {
    fn clone(&self) -> Self {
        ScopeMemo::default()
    }
}

impl PartialEq for ScopeMemo {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for ScopeMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ScopeMemo")
    }
}

impl NsScope {
    /// The scope inside namespace `name` (dotted, relative to this one).
    pub fn enter(&self, name: &str, usings: &[UsingDirective]) -> NsScope {
        let current = self.namespaces.first().cloned().unwrap_or_default();
        let full = if current.is_empty() {
            name.to_owned()
        } else {
            format!("{current}.{name}")
        };
        let mut namespaces = Vec::new();
        // `namespace A.B` opens A, then A.B.
        let mut prefix = current.clone();
        for part in name.split('.') {
            prefix = if prefix.is_empty() {
                part.to_owned()
            } else {
                format!("{prefix}.{part}")
            };
            namespaces.push(prefix.clone());
        }
        namespaces.reverse();
        namespaces.extend(self.namespaces.iter().cloned());
        let _ = full;
        let mut s = NsScope {
            namespaces,
            ..NsScope::default()
        };
        s.add_usings(usings);
        s.usings.extend(self.usings.iter().cloned());
        s.aliases.extend(self.aliases.iter().cloned());
        s.static_usings.extend(self.static_usings.iter().cloned());
        s
    }

    pub fn add_usings(&mut self, usings: &[UsingDirective]) {
        for u in usings {
            if u.is_static {
                self.static_usings.push(u.target.clone());
            } else if let Some(a) = &u.alias {
                self.aliases.push((a.text[..].to_owned(), u.target.clone()));
            } else if let Some(n) = dotted(&u.target) {
                self.usings.push(n);
            }
        }
    }

    pub fn namespace(&self) -> &str {
        self.namespaces.first().map_or("", |s| s.as_str())
    }
}

/// A written name as a dotted string, if it is one (`System.Collections`).
pub fn dotted(t: &TypeSyntax) -> Option<String> {
    match &t.kind {
        SynKind::Named {
            qualifier,
            name,
            args,
        } if args.is_empty() => match qualifier {
            Some(q) => Some(format!("{}.{}", dotted(q)?, name.text)),
            None => Some(name.text[..].to_owned()),
        },
        _ => None,
    }
}

/// The generic context of a declaration: the type (and its generic parameters by name)
/// and, inside a generic method, the method's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GenericContext {
    /// The type whose members are being bound (nested types are found from it).
    pub ty: Option<TypeId>,
    pub type_params: Vec<String>,
    pub method_params: Vec<String>,
}

/// Resolves written types.
pub struct TypeResolver<'a> {
    pub world: &'a World,
    pub file: FileId,
    pub scope: &'a NsScope,
    pub generics: &'a GenericContext,
    /// What kind of member (`field`, `method`, …) a name is in a source type whose
    /// members are not declared yet (while declarations resolve signatures), for
    /// CS0118; types with details answer from them.
    pub undeclared: Option<&'a dyn UndeclaredMembers>,
}

/// Source types whose members are not declared yet (see [`TypeResolver::undeclared`]).
pub trait UndeclaredMembers {
    /// The kind (`field`, `property`, `event`, `method`) of `id`'s member called
    /// `name` that is not a type, from its syntax, and the member as C# prints it
    /// after its type (`Count`, `Draw(int)`).
    fn kind_of(&self, id: TypeId, name: &str) -> Option<(&'static str, String)>;
}

/// What a (possibly qualified) name denotes.
#[derive(Clone, Debug)]
pub enum Resolved {
    Type(Ty),
    Namespace(String),
}

impl TypeResolver<'_> {
    /// Resolves a type; reports CS0246/CS0234 and returns `Ty::Error` when it cannot.
    pub fn resolve(&self, t: &TypeSyntax, diags: &mut Vec<Diagnostic>) -> Ty {
        match &t.kind {
            SynKind::Predefined(p) => predefined(*p),
            SynKind::Array { element, rank } => {
                let e = self.resolve(element, diags);
                if e.is_error() {
                    return Ty::Error;
                }
                Ty::Array(Box::new(e), *rank)
            }
            SynKind::Nullable(inner) => {
                let e = self.resolve(inner, diags);
                if e.is_error() {
                    return Ty::Error;
                }
                match self.world.well_known("System", "Nullable`1") {
                    Some(n) => Ty::Named(n, Arc::from([e])),
                    None => Ty::Error,
                }
            }
            SynKind::Pointer(inner) => {
                let e = self.resolve(inner, diags);
                Ty::Ptr(Box::new(e))
            }
            SynKind::Named { .. } => match self.resolve_name(t, diags) {
                Some(Resolved::Type(ty)) => ty,
                Some(Resolved::Namespace(ns)) => {
                    diags.push(Diagnostic::new(
                        Code::CS0118,
                        self.file,
                        t.range,
                        &[&ns, "namespace", "type"],
                    ));
                    Ty::Error
                }
                None => Ty::Error,
            },
        }
    }

    /// Resolves a named type or namespace.
    pub fn resolve_name(&self, t: &TypeSyntax, diags: &mut Vec<Diagnostic>) -> Option<Resolved> {
        let SynKind::Named {
            qualifier,
            name,
            args,
        } = &t.kind
        else {
            return Some(Resolved::Type(self.resolve(t, diags)));
        };
        let mut targs = Vec::new();
        for a in args {
            let ty = self.resolve(a, diags);
            if ty.is_error() {
                return None;
            }
            targs.push(ty);
        }
        match qualifier {
            None => {
                let found = self.lookup_simple(&name.text, targs.clone());
                if found.is_none() {
                    diags.push(match self.non_type_member(&name.text) {
                        // `void M(Field f)` where `Field` is a field: Roslyn names it.
                        Some((shown, kind)) => Diagnostic::new(
                            Code::CS0118,
                            self.file,
                            name.range,
                            &[&shown, kind, "type"],
                        ),
                        None => Diagnostic::new(Code::CS0246, self.file, name.range, &[&name.text]),
                    });
                }
                found
            }
            Some(q) => {
                let outer = self.resolve_name(q, diags)?;
                let found = self.member_type(&outer, &name.text, targs);
                if found.is_none() {
                    let where_ = match &outer {
                        Resolved::Namespace(n) => n.clone(),
                        Resolved::Type(_) => q.to_string(),
                    };
                    let code = match outer {
                        Resolved::Namespace(_) => Code::CS0234,
                        Resolved::Type(_) => Code::CS0426,
                    };
                    diags.push(Diagnostic::new(
                        code,
                        self.file,
                        name.range,
                        &[&name.text, &where_],
                    ));
                }
                found
            }
        }
    }

    /// The type (as C# prints it) and kind of a field, property, event or method called
    /// `name` in the current type or an enclosing one, innermost first: a name that
    /// found no type but one of these is used like a type (CS0118).
    fn non_type_member(&self, name: &str) -> Option<(String, &'static str)> {
        let mut cur = self.generics.ty;
        while let Some(id) = cur {
            let t = self.world.ty(id);
            let owner = Ty::Named(id, Arc::from([]));
            let member = |m: &str| format!("{}.{m}", super::display::ty(self.world, &owner));
            let found = match t.details.get() {
                Some(d) => {
                    let named = d.named(name);
                    // A field-like event's backing field has its name: the event
                    // is what the source declared.
                    if named.first_event().is_some() {
                        Some((member(name), "event"))
                    } else if named.first_field().is_some() {
                        Some((member(name), "field"))
                    } else if named.first_property().is_some() {
                        Some((member(name), "property"))
                    } else {
                        // The method as C# prints it: `Outer.Draw(int)`.
                        named.methods().next().map(|i| {
                            let m = &d.methods[i as usize];
                            (super::display::method(self.world, &owner, m), "method")
                        })
                    }
                }
                None => self
                    .undeclared
                    .and_then(|u| u.kind_of(id, name))
                    .map(|(kind, shown)| (member(&shown), kind)),
            };
            if found.is_some() {
                return found;
            }
            cur = t.enclosing;
        }
        None
    }

    /// A name inside a namespace or type.
    pub fn member_type(&self, outer: &Resolved, name: &str, args: Vec<Ty>) -> Option<Resolved> {
        let meta = metadata_name(name, args.len());
        match outer {
            Resolved::Namespace(ns) => {
                if let Some(id) = self.world.find(ns, &meta) {
                    return Some(Resolved::Type(self.instantiate(id, Vec::new(), args)));
                }
                let full = format!("{ns}.{name}");
                (args.is_empty() && self.world.namespace_exists(&full))
                    .then_some(Resolved::Namespace(full))
            }
            Resolved::Type(ty) => {
                let id = self.world.type_def_of(ty)?;
                let nested = self.find_nested_inherited(id, &meta)?;
                Some(Resolved::Type(self.instantiate(
                    nested,
                    ty.type_args().to_vec(),
                    args,
                )))
            }
        }
    }

    /// A nested type in `outer` or its bases.
    fn find_nested_inherited(&self, outer: TypeId, meta: &str) -> Option<TypeId> {
        if let Some(n) = self.world.find_nested(outer, meta) {
            return Some(n);
        }
        // Bases of source types may not have details yet while declarations are being
        // resolved; only imported ones are searched.
        let t = self.world.ty(outer);
        if outer.is_source() && t.details.get().is_none() {
            return None;
        }
        let base = self.world.details(outer).base.clone()?;
        let b = self.world.type_def_of(&base)?;
        if b == outer {
            return None;
        }
        self.find_nested_inherited(b, meta)
    }

    /// `id` with the outer type's arguments followed by its own.
    fn instantiate(&self, id: TypeId, mut outer_args: Vec<Ty>, own: Vec<Ty>) -> Ty {
        let n = self.world.ty(id).generic_params.len();
        outer_args.truncate(n.saturating_sub(own.len()));
        outer_args.extend(own);
        if outer_args.is_empty() {
            return self.world.normalize(id, Arc::from([]));
        }
        Ty::Named(id, Arc::from(outer_args))
    }

    /// A simple name: generic parameters, nested types, namespaces, usings.
    pub fn lookup_simple(&self, name: &str, args: Vec<Ty>) -> Option<Resolved> {
        if args.is_empty() {
            if let Some(i) = self.generics.method_params.iter().position(|p| p == name) {
                return Some(Resolved::Type(Ty::MVar(i as u32)));
            }
            if let Some(i) = self.generics.type_params.iter().rposition(|p| p == name) {
                return Some(Resolved::Type(Ty::Var(i as u32)));
            }
        }
        let meta = metadata_name(name, args.len());
        // Nested types of the current type and its enclosing types.
        let mut cur = self.generics.ty;
        while let Some(id) = cur {
            if let Some(n) = self.find_nested_inherited(id, &meta) {
                // Nested types of generic types share the outer type's parameters.
                let outer: Vec<Ty> = (0..self.world.ty(id).generic_params.len())
                    .map(|i| Ty::Var(i as u32))
                    .collect();
                return Some(Resolved::Type(self.instantiate(n, outer, args)));
            }
            cur = self.world.ty(id).enclosing;
        }
        let hit = match self.scope.memo.get(&meta) {
            Some(hit) => hit,
            None => {
                let hit = self.through_scope(name, &meta);
                self.scope.memo.put(&meta, &hit);
                hit
            }
        };
        match hit {
            ScopeHit::Type(id) => Some(Resolved::Type(self.instantiate(id, Vec::new(), args))),
            ScopeHit::Alias(i) => {
                let mut d = Vec::new();
                self.resolve_name(&self.scope.aliases[i].1, &mut d)
            }
            ScopeHit::Namespace(n) => Some(Resolved::Namespace(n)),
            ScopeHit::Nothing => None,
        }
    }

    /// A simple name through the enclosing namespaces (innermost first), the aliases,
    /// the `using`s, then as a namespace; `meta` is its metadata name (arity 0: no
    /// type arguments).
    fn through_scope(&self, name: &str, meta: &str) -> ScopeHit {
        let generic = meta.len() != name.len();
        for ns in &self.scope.namespaces {
            if let Some(id) = self.world.find(ns, meta) {
                return ScopeHit::Type(id);
            }
        }
        if !generic {
            if let Some(i) = self.scope.aliases.iter().position(|(a, _)| a == name) {
                return ScopeHit::Alias(i);
            }
        }
        for u in &self.scope.usings {
            if let Some(id) = self.world.find(u, meta) {
                return ScopeHit::Type(id);
            }
        }
        if !generic {
            for ns in &self.scope.namespaces {
                let full = if ns.is_empty() {
                    name.to_owned()
                } else {
                    format!("{ns}.{name}")
                };
                if self.world.namespace_exists(&full) {
                    return ScopeHit::Namespace(full);
                }
            }
        }
        ScopeHit::Nothing
    }
}

/// `List` with 1 argument → `List`1`.
pub fn metadata_name(name: &str, arity: usize) -> Cow<'_, str> {
    if arity == 0 {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(format!("{name}`{arity}"))
    }
}

pub fn predefined(p: PredefinedType) -> Ty {
    match p {
        PredefinedType::Bool => Ty::Bool,
        PredefinedType::Byte => Ty::U1,
        PredefinedType::Sbyte => Ty::I1,
        PredefinedType::Char => Ty::Char,
        PredefinedType::Short => Ty::I2,
        PredefinedType::Ushort => Ty::U2,
        PredefinedType::Int => Ty::I4,
        PredefinedType::Uint => Ty::U4,
        PredefinedType::Long => Ty::I8,
        PredefinedType::Ulong => Ty::U8,
        PredefinedType::Float => Ty::R4,
        PredefinedType::Double => Ty::R8,
        // `decimal` is outside minics; it resolves to nothing usable.
        PredefinedType::Decimal => Ty::Error,
        PredefinedType::String => Ty::String,
        PredefinedType::Object => Ty::Object,
        PredefinedType::Void => Ty::Void,
    }
}

/// Reports `using N;` directives (in files and namespace declarations) naming a
/// namespace that no assembly has: CS0234 for the first missing part under an existing
/// namespace, CS0246 when even the first part is unknown. Aliases and `using static`
/// are checked where they are resolved.
pub fn check_usings(
    units: &[(FileId, &CompilationUnit)],
    world: &World,
    diags: &mut Vec<Diagnostic>,
) {
    fn parts(t: &TypeSyntax, out: &mut Vec<crate::syntax::Ident>) -> bool {
        match &t.kind {
            SynKind::Named {
                qualifier,
                name,
                args,
            } if args.is_empty() => {
                if let Some(q) = qualifier {
                    if !parts(q, out) {
                        return false;
                    }
                }
                out.push(name.clone());
                true
            }
            _ => false,
        }
    }
    fn check(usings: &[UsingDirective], file: FileId, world: &World, diags: &mut Vec<Diagnostic>) {
        for u in usings.iter().filter(|u| !u.is_static && u.alias.is_none()) {
            let mut names = Vec::new();
            if !parts(&u.target, &mut names) {
                continue;
            }
            let mut prefix = String::new();
            for n in &names {
                let full = match prefix.is_empty() {
                    true => n.text[..].to_owned(),
                    false => format!("{prefix}.{}", n.text),
                };
                if !world.namespace_exists(&full) {
                    let d = match prefix.is_empty() {
                        true => Diagnostic::new(Code::CS0246, file, n.range, &[&n.text]),
                        false => Diagnostic::new(Code::CS0234, file, n.range, &[&n.text, &prefix]),
                    };
                    diags.push(d);
                    break;
                }
                prefix = full;
            }
        }
    }
    fn walk(members: &[NamespaceMember], file: FileId, world: &World, diags: &mut Vec<Diagnostic>) {
        for m in members {
            if let NamespaceMember::Namespace(ns) = m {
                check(&ns.usings, file, world, diags);
                walk(&ns.members, file, world, diags);
            }
        }
    }
    for &(file, unit) in units {
        check(&unit.usings, file, world, diags);
        walk(&unit.members, file, world, diags);
    }
}
