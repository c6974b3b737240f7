//! Namespace scopes and type-name resolution, case-insensitively: `Imports`, the root
//! namespace and enclosing namespaces decide what a written type (`List(Of Integer)()`,
//! `Outer.Inner`, `T`) denotes. Generic parameters come first, then nested types of the
//! enclosing types (and their bases), then namespaces from the innermost outwards, then
//! `Imports` aliases and namespaces. [`Names`] is the case-insensitive index over every
//! assembly the world holds.

use crate::syntax::{ImportsStmt, PredefinedType, TypeKind as SynKind, TypeSyntax};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::FileId;
use frontend_core::symbols::{World, strip_arity};
use frontend_core::types::{Ty, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

/// Top-level types and namespaces by lower-cased name, over every assembly.
#[derive(Default, Debug)]
pub struct Names {
    /// (namespace, metadata name), lower-cased → definitions, source first.
    types: HashMap<(String, String), Vec<TypeId>>,
    /// Lower-cased namespace → its spelling.
    namespaces: HashMap<String, String>,
    /// Source `Module`s by namespace: their members are found by simple name.
    pub modules: Vec<(String, TypeId)>,
}

impl Names {
    pub fn new(world: &World) -> Names {
        let mut n = Names::default();
        for (i, a) in world.asms.iter().enumerate() {
            for (ns, name, idx) in a.top_level.iter() {
                let t = &a.types[idx as usize];
                if i != 0 && !t.is_public() {
                    continue;
                }
                n.types
                    .entry((ns.to_lowercase(), name.to_lowercase()))
                    .or_default()
                    .push(TypeId { asm: i as u32, idx });
            }
            for ns in &a.namespaces {
                n.namespaces
                    .entry(ns.to_lowercase())
                    .or_insert_with(|| ns.clone());
            }
        }
        n
    }

    /// A top-level type by namespace and metadata name, any case.
    pub fn find(&self, ns: &str, meta: &str) -> Option<TypeId> {
        self.types
            .get(&(ns.to_lowercase(), meta.to_lowercase()))
            .and_then(|v| v.first().copied())
    }

    /// The spelling of a namespace, if it exists.
    pub fn namespace(&self, ns: &str) -> Option<&str> {
        self.namespaces.get(&ns.to_lowercase()).map(String::as_str)
    }
}

/// What a declaration sees: its namespace chain and `Imports`.
#[derive(Clone, Debug, Default)]
pub struct NsScope {
    /// Enclosing namespaces, innermost first, ending with the global one (`""`).
    pub namespaces: Vec<String>,
    /// `Imports N` namespaces (and types whose members are imported).
    pub imports: Vec<TypeSyntax>,
    /// `Imports A = X`.
    pub aliases: Vec<(String, TypeSyntax)>,
}

impl NsScope {
    /// The scope inside namespace `name` (dotted, relative to this one).
    pub fn enter(&self, name: &str) -> NsScope {
        let current = self.namespace().to_owned();
        let mut namespaces = Vec::new();
        let mut prefix = current;
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
        NsScope {
            namespaces,
            imports: self.imports.clone(),
            aliases: self.aliases.clone(),
        }
    }

    pub fn add_imports(&mut self, imports: &[ImportsStmt]) {
        for i in imports {
            match &i.alias {
                Some(a) => self.aliases.push((a.text.clone(), i.target.clone())),
                None => self.imports.push(i.target.clone()),
            }
        }
    }

    pub fn namespace(&self) -> &str {
        self.namespaces.first().map_or("", |s| s.as_str())
    }
}

/// The generic context of a declaration.
#[derive(Clone, Debug, Default)]
pub struct GenericContext {
    pub ty: Option<TypeId>,
    pub type_params: Vec<String>,
    pub method_params: Vec<String>,
}

/// What a (possibly qualified) name denotes.
#[derive(Clone, Debug)]
pub enum Resolved {
    Type(Ty),
    Namespace(String),
}

/// Resolves written types.
pub struct TypeResolver<'a> {
    pub world: &'a World,
    pub names: &'a Names,
    pub file: FileId,
    pub scope: &'a NsScope,
    pub generics: &'a GenericContext,
}

/// `List` with 1 argument → `List`1`.
pub fn metadata_name(name: &str, arity: usize) -> String {
    if arity == 0 {
        name.to_owned()
    } else {
        format!("{name}`{arity}")
    }
}

pub fn predefined(p: PredefinedType) -> Ty {
    match p {
        PredefinedType::Boolean => Ty::Bool,
        PredefinedType::Byte => Ty::U1,
        PredefinedType::SByte => Ty::I1,
        PredefinedType::Char => Ty::Char,
        PredefinedType::Short => Ty::I2,
        PredefinedType::UShort => Ty::U2,
        PredefinedType::Integer => Ty::I4,
        PredefinedType::UInteger => Ty::U4,
        PredefinedType::Long => Ty::I8,
        PredefinedType::ULong => Ty::U8,
        PredefinedType::Single => Ty::R4,
        PredefinedType::Double => Ty::R8,
        PredefinedType::String => Ty::String,
        PredefinedType::Object => Ty::Object,
        // `Decimal` and `Date` are outside minivb.
        PredefinedType::Decimal | PredefinedType::Date => Ty::Error,
    }
}

impl TypeResolver<'_> {
    /// Resolves a type; reports BC30002 and returns `Ty::Error` when it cannot.
    pub fn resolve(&self, t: &TypeSyntax, diags: &mut Vec<Diagnostic>) -> Ty {
        match &t.kind {
            SynKind::Predefined(p) => {
                let ty = predefined(*p);
                if ty.is_error() {
                    diags.push(Diagnostic::new(
                        Code::CL0002,
                        self.file,
                        t.range,
                        &[&format!("the type '{t}'")],
                    ));
                }
                ty
            }
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
                self.nullable(e)
            }
            SynKind::Named { .. } => match self.resolve_name(t, diags) {
                Some(Resolved::Type(ty)) => ty,
                Some(Resolved::Namespace(_)) => {
                    diags.push(Diagnostic::new(Code::BC30182, self.file, t.range, &[]));
                    Ty::Error
                }
                None => Ty::Error,
            },
            SynKind::Error => Ty::Error,
        }
    }

    pub fn nullable(&self, e: Ty) -> Ty {
        match self.world.well_known("System", "Nullable`1") {
            Some(n) => Ty::Named(n, Arc::from([e])),
            None => Ty::Error,
        }
    }

    /// Resolves a named type or namespace (BC30002 when nothing matches).
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
        let found = match qualifier {
            None => self.lookup_simple(&name.text, targs),
            Some(q) => {
                let outer = self.resolve_name(q, diags)?;
                self.member_type(&outer, &name.text, targs)
            }
        };
        if found.is_none() {
            diags.push(Diagnostic::new(
                Code::BC30002,
                self.file,
                t.range,
                &[&strip_args(t)],
            ));
        }
        found
    }

    /// A name inside a namespace or type.
    pub fn member_type(&self, outer: &Resolved, name: &str, args: Vec<Ty>) -> Option<Resolved> {
        let meta = metadata_name(name, args.len());
        match outer {
            Resolved::Namespace(ns) => {
                if let Some(id) = self.names.find(ns, &meta) {
                    return Some(Resolved::Type(self.instantiate(id, Vec::new(), args)));
                }
                let full = format!("{ns}.{name}");
                if args.is_empty() {
                    if let Some(n) = self.names.namespace(&full) {
                        return Some(Resolved::Namespace(n.to_owned()));
                    }
                }
                None
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

    /// A nested type of `outer` (any case) or of its bases.
    pub fn find_nested_inherited(&self, outer: TypeId, meta: &str) -> Option<TypeId> {
        let t = self.world.ty(outer);
        if let Some(n) = t
            .nested
            .iter()
            .copied()
            .find(|&n| self.world.ty(n).name.eq_ignore_ascii_case(meta))
        {
            return Some(n);
        }
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

    fn instantiate(&self, id: TypeId, mut outer_args: Vec<Ty>, own: Vec<Ty>) -> Ty {
        let n = self.world.ty(id).generic_params.len();
        outer_args.truncate(n.saturating_sub(own.len()));
        outer_args.extend(own);
        if outer_args.is_empty() {
            return self.world.normalize(id, Arc::from([]));
        }
        Ty::Named(id, Arc::from(outer_args))
    }

    /// A simple name: generic parameters, nested types, namespaces, imports.
    pub fn lookup_simple(&self, name: &str, args: Vec<Ty>) -> Option<Resolved> {
        if args.is_empty() {
            let eq = |p: &String| p.eq_ignore_ascii_case(name);
            if let Some(i) = self.generics.method_params.iter().position(eq) {
                return Some(Resolved::Type(Ty::MVar(i as u32)));
            }
            if let Some(i) = self.generics.type_params.iter().rposition(eq) {
                return Some(Resolved::Type(Ty::Var(i as u32)));
            }
        }
        let meta = metadata_name(name, args.len());
        let mut cur = self.generics.ty;
        while let Some(id) = cur {
            if let Some(n) = self.find_nested_inherited(id, &meta) {
                let outer: Vec<Ty> = (0..self.world.ty(id).generic_params.len())
                    .map(|i| Ty::Var(i as u32))
                    .collect();
                return Some(Resolved::Type(self.instantiate(n, outer, args)));
            }
            cur = self.world.ty(id).enclosing;
        }
        for ns in &self.scope.namespaces {
            if let Some(id) = self.names.find(ns, &meta) {
                return Some(Resolved::Type(self.instantiate(id, Vec::new(), args)));
            }
        }
        if args.is_empty() {
            for (alias, target) in &self.scope.aliases {
                if alias.eq_ignore_ascii_case(name) {
                    return self.resolve_name(target, &mut Vec::new());
                }
            }
        }
        for imp in &self.scope.imports {
            let Some(target) = self.resolve_import(imp) else {
                continue;
            };
            if let Some(Resolved::Type(t)) = self.member_type(&target, name, args.clone()) {
                return Some(Resolved::Type(t));
            }
        }
        if args.is_empty() {
            for ns in &self.scope.namespaces {
                let full = if ns.is_empty() {
                    name.to_owned()
                } else {
                    format!("{ns}.{name}")
                };
                if let Some(n) = self.names.namespace(&full) {
                    return Some(Resolved::Namespace(n.to_owned()));
                }
            }
            // VB finds namespaces inside imported ones (`Imports System`, then
            // `Globalization.CultureInfo`).
            for imp in &self.scope.imports {
                if let Some(Resolved::Namespace(ns)) = self.resolve_import(imp) {
                    if let Some(n) = self.names.namespace(&format!("{ns}.{name}")) {
                        return Some(Resolved::Namespace(n.to_owned()));
                    }
                }
            }
        }
        None
    }

    /// What an `Imports` target names (resolved from the global namespace).
    pub fn resolve_import(&self, t: &TypeSyntax) -> Option<Resolved> {
        let global = NsScope {
            namespaces: vec![String::new()],
            ..Default::default()
        };
        let g = GenericContext::default();
        let r = TypeResolver {
            world: self.world,
            names: self.names,
            file: self.file,
            scope: &global,
            generics: &g,
        };
        r.resolve_name(t, &mut Vec::new())
    }
}

/// A written name without type arguments, as BC30002 shows it.
fn strip_args(t: &TypeSyntax) -> String {
    match &t.kind {
        SynKind::Named {
            qualifier, name, ..
        } => match qualifier {
            Some(q) => format!("{}.{}", strip_args(q), name.text),
            None => name.text.clone(),
        },
        _ => t.to_string(),
    }
}

/// A written name as a dotted string, if it is one.
pub fn dotted(t: &TypeSyntax) -> Option<String> {
    match &t.kind {
        SynKind::Named {
            qualifier,
            name,
            args,
        } if args.is_empty() => match qualifier {
            Some(q) => Some(format!("{}.{}", dotted(q)?, name.text)),
            None => Some(name.text.clone()),
        },
        _ => None,
    }
}

/// The simple name of a type without its arity.
pub fn simple(world: &World, id: TypeId) -> &str {
    strip_arity(&world.ty(id).name)
}
