//! The assemblies under judgment: the one being checked and those it references, loaded
//! through il-emit's reader, with type references resolved across them and C#-style names
//! for types and members (as mcs and Roslyn print them).

use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::reader::{Assembly, Metadata};
use il_emit::signature::{TypeSig, decode};
use std::cell::RefCell;
use std::collections::HashMap;

/// A type definition somewhere in the loaded set: (assembly index, TypeDef row).
pub type TypeKey = (usize, u32);

/// The checked assembly (index 0) and its references, with memoized answers.
#[derive(Debug)]
pub struct World<'a> {
    pub assemblies: Vec<Assembly<'a>>,
    compliance: RefCell<HashMap<TypeKey, bool>>,
}

impl<'a> World<'a> {
    /// Judges `assemblies[0]` against the rest.
    pub fn new(assemblies: Vec<Assembly<'a>>) -> World<'a> {
        World {
            assemblies,
            compliance: RefCell::new(HashMap::new()),
        }
    }

    /// A memoized answer for a type's compliance.
    pub(crate) fn cached_compliance(&self, key: TypeKey, compute: impl FnOnce() -> bool) -> bool {
        if let Some(&v) = self.compliance.borrow().get(&key) {
            return v;
        }
        let v = compute();
        self.compliance.borrow_mut().insert(key, v);
        v
    }

    /// The checked assembly's metadata.
    pub fn md(&self, asm: usize) -> &Metadata<'a> {
        &self.assemblies[asm].metadata
    }

    fn name_of_assembly(&self, asm: usize) -> Option<&str> {
        let md = self.md(asm);
        (md.row_count(TableId::Assembly) > 0)
            .then(|| md.assembly_row(1).ok().and_then(|a| md.string(a.name).ok()))?
    }

    /// Resolves a TypeDef/TypeRef token of assembly `asm` to its definition, if loaded.
    pub fn resolve(&self, asm: usize, t: Token) -> Option<TypeKey> {
        match t.table()? {
            TableId::TypeDef => Some((asm, t.rid())),
            TableId::TypeRef => {
                let md = self.md(asm);
                let row = md.type_ref(t.rid()).ok()?;
                let (ns, name) = (
                    md.string(row.type_namespace).ok()?,
                    md.string(row.type_name).ok()?,
                );
                let scope = row.resolution_scope;
                match scope.table()? {
                    TableId::TypeRef => {
                        let (oa, outer) = self.resolve(asm, scope)?;
                        let omd = self.md(oa);
                        (1..=omd.row_count(TableId::NestedClass)).find_map(|r| {
                            let nc = omd.nested_class(r).ok()?;
                            let n = omd.type_def(nc.nested).ok()?;
                            (nc.enclosing == outer && omd.string(n.type_name).ok()? == name)
                                .then_some((oa, nc.nested))
                        })
                    }
                    TableId::AssemblyRef => {
                        let target = md.string(md.assembly_ref(scope.rid()).ok()?.name).ok()?;
                        let ai = (0..self.assemblies.len())
                            .find(|&i| self.name_of_assembly(i) == Some(target))?;
                        self.md(ai).find_type_def(ns, name).map(|rid| (ai, rid))
                    }
                    _ => md.find_type_def(ns, name).map(|rid| (asm, rid)),
                }
            }
            _ => None,
        }
    }

    /// A TypeDef's full name: `Ns.Outer.Inner` with any generic arity suffix dropped.
    pub fn type_name(&self, (asm, rid): TypeKey) -> String {
        let md = self.md(asm);
        let Ok(row) = md.type_def(rid) else {
            return format!("<TypeDef {rid}>");
        };
        let mut name = strip_arity(md.string(row.type_name).unwrap_or("?")).to_owned();
        let outer = match md.enclosing_type(rid) {
            Ok(Some(o)) if o != rid => Some(o),
            _ => None,
        };
        // mcs prints the parameters a type introduces: `Lib.Cache<K,V>`.
        let inherited = outer.map_or(0, |o| {
            self.generic_param_names(asm, Token::new(TableId::TypeDef, o))
                .len()
        });
        let own = self.generic_param_names(asm, Token::new(TableId::TypeDef, rid));
        if own.len() > inherited {
            name = format!("{name}<{}>", own[inherited..].join(","));
        }
        match md.enclosing_type(rid) {
            Ok(Some(outer)) if outer != rid => format!("{}.{name}", self.type_name((asm, outer))),
            _ => match md.string(row.type_namespace) {
                Ok(ns) if !ns.is_empty() => format!("{ns}.{name}"),
                _ => name,
            },
        }
    }

    /// The names of the generic parameters of a TypeDef or MethodDef, in order.
    pub fn generic_param_names(&self, asm: usize, owner: Token) -> Vec<String> {
        let md = self.md(asm);
        md.generic_params(owner)
            .into_iter()
            .flatten()
            .filter_map(|g| {
                md.generic_param(g)
                    .ok()
                    .and_then(|r| md.string(r.name).ok())
                    .map(str::to_owned)
            })
            .collect()
    }

    /// A token's type name, resolved when possible.
    pub fn token_name(&self, asm: usize, t: Token) -> String {
        if let Some(key) = self.resolve(asm, t) {
            return self.type_name(key);
        }
        self.unresolved_name(asm, t)
    }

    /// A generic definition's name without its parameters, for an instantiation.
    fn generic_name(&self, asm: usize, t: Token) -> String {
        let full = self.token_name(asm, t);
        match full.strip_suffix('>') {
            Some(head) => head
                .rsplit_once('<')
                .map_or(full.clone(), |(base, _)| base.to_owned()),
            None => full,
        }
    }

    fn unresolved_name(&self, asm: usize, t: Token) -> String {
        let md = self.md(asm);
        match t.table() {
            Some(TableId::TypeRef) => md
                .type_ref(t.rid())
                .ok()
                .map(|r| {
                    let ns = md.string(r.type_namespace).unwrap_or("");
                    let n = strip_arity(md.string(r.type_name).unwrap_or("?"));
                    if ns.is_empty() {
                        n.to_owned()
                    } else {
                        format!("{ns}.{n}")
                    }
                })
                .unwrap_or_default(),
            Some(TableId::TypeSpec) => md
                .type_spec(t.rid())
                .ok()
                .and_then(|r| decode::type_spec(md.blob(r.signature).ok()?).ok())
                .map(|s| self.sig_name(asm, &s))
                .unwrap_or_default(),
            _ => format!("{t:?}"),
        }
    }

    /// A signature type as C# spells it (`uint`, `int[,]`, `List<string>`, `int*`).
    pub fn sig_name(&self, asm: usize, ty: &TypeSig) -> String {
        self.sig_name_in(asm, ty, &[], &[])
    }

    /// As [`Self::sig_name`], naming `!n` and `!!n` by the type's and method's generic
    /// parameter names.
    pub fn sig_name_in(
        &self,
        asm: usize,
        ty: &TypeSig,
        type_params: &[String],
        method_params: &[String],
    ) -> String {
        let name = |t: &TypeSig| self.sig_name_in(asm, t, type_params, method_params);
        match ty {
            TypeSig::Void => "void".into(),
            TypeSig::Boolean => "bool".into(),
            TypeSig::Char => "char".into(),
            TypeSig::I1 => "sbyte".into(),
            TypeSig::U1 => "byte".into(),
            TypeSig::I2 => "short".into(),
            TypeSig::U2 => "ushort".into(),
            TypeSig::I4 => "int".into(),
            TypeSig::U4 => "uint".into(),
            TypeSig::I8 => "long".into(),
            TypeSig::U8 => "ulong".into(),
            TypeSig::R4 => "float".into(),
            TypeSig::R8 => "double".into(),
            TypeSig::String => "string".into(),
            TypeSig::Object => "object".into(),
            TypeSig::I => "System.IntPtr".into(),
            TypeSig::U => "System.UIntPtr".into(),
            TypeSig::TypedByRef => "System.TypedReference".into(),
            TypeSig::Class(t) | TypeSig::ValueType(t) => self.token_name(asm, *t),
            TypeSig::Ptr(inner) => format!("{}*", name(inner)),
            TypeSig::ByRef(inner) => format!("ref {}", name(inner)),
            TypeSig::SzArray(inner) => format!("{}[]", name(inner)),
            TypeSig::Array(inner, shape) => {
                format!(
                    "{}[{}]",
                    name(inner),
                    ",".repeat(shape.rank.saturating_sub(1) as usize)
                )
            }
            TypeSig::GenericInst { generic, args, .. } => {
                // mcs prints generic arguments without spaces: `Dictionary<string,ushort>`.
                let args: Vec<String> = args.iter().map(name).collect();
                format!("{}<{}>", self.generic_name(asm, *generic), args.join(","))
            }
            TypeSig::Var(n) => type_params
                .get(*n as usize)
                .cloned()
                .unwrap_or_else(|| format!("!{n}")),
            TypeSig::MVar(n) => method_params
                .get(*n as usize)
                .cloned()
                .unwrap_or_else(|| format!("!!{n}")),
            TypeSig::FnPtr(_) => "method*".into(),
            TypeSig::Modified { ty, .. } => name(ty),
            TypeSig::Pinned(inner) => name(inner),
        }
    }
}

/// `List`1` → `List`.
pub fn strip_arity(name: &str) -> &str {
    match name.rsplit_once('`') {
        Some((base, n)) if n.chars().all(|c| c.is_ascii_digit()) => base,
        _ => name,
    }
}
