//! Symbols imported from a referenced assembly through the il-emit reader. Loading reads
//! only type shells (names, kinds, nesting, generic parameters); a type's details (base,
//! interfaces, fields, methods, properties, events) are decoded the first time the binder
//! asks for them, so referencing mscorlib costs little more than its type list.
//!
//! Nothing here panics on a malformed image: what cannot be read is left out.

use super::{
    AsmSymbols, AssemblyIdentity, EventSym, FieldSym, GenericParamSym, MethodSym, ParamMode,
    ParamSym, PropertySym, TypeDetails, TypeKind, TypeSym, World, type_flags,
};
use crate::constant::ConstValue;
use crate::types::{Ty, TypeId};
use il_emit::reader::{Assembly, Metadata, ReadError};
use il_emit::signature::{self, TypeSig};
use il_emit::{TableId, Token};
use std::sync::{Arc, OnceLock};

/// Reads an assembly's identity and type shells.
pub fn load(bytes: &[u8]) -> Result<AsmSymbols, ReadError> {
    let asm = Assembly::parse(bytes)?;
    let md_range = asm.pe.cli.metadata;
    let md_bytes: Arc<[u8]> = Arc::from(asm.pe.slice(md_range.rva, md_range.size)?);
    let md = &asm.metadata;
    let mut identity = AssemblyIdentity::default();
    if md.row_count(TableId::Assembly) > 0 {
        let a = md.assembly_row(1)?;
        identity.name = md.string(a.name)?.to_owned();
        identity.version = [a.major, a.minor, a.build, a.revision];
        identity.culture = md.string(a.culture)?.to_owned();
        identity.public_key = md.blob(a.public_key)?.to_vec();
    } else {
        identity.name = md.string(md.module_row(1)?.name)?.to_owned();
    }
    let n = md.row_count(TableId::TypeDef);
    // Nesting and generic parameters come from one pass over their tables, not a search
    // per type: loading mscorlib's few thousand types is the fixed cost of every run.
    let mut enclosing_of: Vec<Option<u32>> = vec![None; n as usize + 1];
    let tables = md.tables();
    for r in 1..=md.row_count(TableId::NestedClass) {
        let nested = tables.cell(TableId::NestedClass, r, 0)?;
        let outer = tables.cell(TableId::NestedClass, r, 1)?;
        if let Some(slot @ None) = enclosing_of.get_mut(nested as usize) {
            *slot = Some(outer);
        }
    }
    let mut generics_of: Vec<Vec<GenericParamSym>> = vec![Vec::new(); n as usize + 1];
    for g in 1..=md.row_count(TableId::GenericParam) {
        let gp = md.generic_param(g)?;
        if gp.owner.table() != Some(TableId::TypeDef) {
            continue;
        }
        if let Some(list) = generics_of.get_mut(gp.owner.rid() as usize) {
            list.push(GenericParamSym {
                name: md.string(gp.name)?.to_owned(),
                flags: gp.flags,
                constraints: Vec::new(),
            });
        }
    }
    let mut types = Vec::with_capacity(n as usize);
    for rid in 1..=n {
        let row = md.type_def(rid)?;
        let name = md.string(row.type_name)?.to_owned();
        let namespace = md.string(row.type_namespace)?.to_owned();
        let kind = if row.flags & type_flags::INTERFACE != 0 {
            TypeKind::Interface
        } else {
            match type_name_of(md, row.extends)
                .as_ref()
                .map(|(a, b)| (a.as_str(), b.as_str()))
            {
                Some(("System", "ValueType")) if !(namespace == "System" && name == "Enum") => {
                    TypeKind::Struct
                }
                Some(("System", "Enum")) => TypeKind::Enum,
                Some(("System", "MulticastDelegate")) => TypeKind::Delegate,
                _ => TypeKind::Class,
            }
        };
        let enclosing = enclosing_of
            .get(rid as usize)
            .copied()
            .flatten()
            .and_then(|e| e.checked_sub(1))
            .map(|idx| TypeId { asm: 0, idx });
        let generic_params = generics_of
            .get_mut(rid as usize)
            .map(std::mem::take)
            .unwrap_or_default();
        types.push(TypeSym {
            name,
            namespace,
            enclosing,
            flags: row.flags,
            kind,
            generic_params,
            nested: Vec::new(),
            rid,
            details: OnceLock::new(),
        });
    }
    // Nesting: the asm index is patched when the world is assembled, so keep it 0 here
    // and fix it up in `World::new`'s caller via `rebase`.
    for i in 0..types.len() {
        if let Some(e) = types[i].enclosing {
            if let Some(outer) = types.get_mut(e.idx as usize) {
                outer.nested.push(TypeId {
                    asm: 0,
                    idx: i as u32,
                });
            }
        }
    }
    let mut out = AsmSymbols {
        identity,
        types,
        image: Some(md_bytes),
        ..Default::default()
    };
    out.index();
    Ok(out)
}

/// Gives an assembly's type ids their place in the world (`asm` index).
pub fn rebase(asm: &mut AsmSymbols, index: u32) {
    for t in &mut asm.types {
        if let Some(e) = &mut t.enclosing {
            e.asm = index;
        }
        for n in &mut t.nested {
            n.asm = index;
        }
    }
}

/// The names of an imported assembly's AssemblyRef rows, in row order.
pub fn assembly_ref_names(asm: &AsmSymbols) -> Vec<String> {
    let Some(image) = &asm.image else {
        return Vec::new();
    };
    let Ok(md) = Metadata::parse(image) else {
        return Vec::new();
    };
    (1..=md.row_count(TableId::AssemblyRef))
        .map(|r| {
            md.assembly_ref(r)
                .and_then(|a| md.string(a.name))
                .map(str::to_owned)
                .unwrap_or_default()
        })
        .collect()
}

/// The namespace and name of a TypeDef or TypeRef token.
fn type_name_of(md: &Metadata<'_>, token: Token) -> Option<(String, String)> {
    match token.table()? {
        TableId::TypeDef => {
            let r = md.type_def(token.rid()).ok()?;
            Some((
                md.string(r.type_namespace).ok()?.to_owned(),
                md.string(r.type_name).ok()?.to_owned(),
            ))
        }
        TableId::TypeRef => {
            let r = md.type_ref(token.rid()).ok()?;
            Some((
                md.string(r.type_namespace).ok()?.to_owned(),
                md.string(r.type_name).ok()?.to_owned(),
            ))
        }
        _ => None,
    }
}

/// Decodes an imported type's details. Used by [`World::details`]; source types always
/// have theirs already.
pub(super) fn details(world: &World, id: TypeId) -> TypeDetails {
    let Some(asm) = world.asms.get(id.asm as usize) else {
        return TypeDetails::default();
    };
    let Some(image) = &asm.image else {
        return TypeDetails::default();
    };
    let Ok(md) = Metadata::parse(image) else {
        return TypeDetails::default();
    };
    let cx = Importer {
        world,
        md: &md,
        asm: id.asm,
    };
    cx.details(world.ty(id).rid).unwrap_or_default()
}

struct Importer<'w, 'm> {
    world: &'w World,
    md: &'m Metadata<'m>,
    asm: u32,
}

impl Importer<'_, '_> {
    fn details(&self, rid: u32) -> Result<TypeDetails, ReadError> {
        let md = self.md;
        let row = md.type_def(rid)?;
        let type_token = Token::new(TableId::TypeDef, rid);
        let mut d = TypeDetails {
            base: if row.extends.is_nil() {
                None
            } else {
                self.token_ty(row.extends)
            },
            ..Default::default()
        };
        for i in md.interface_impls(rid)? {
            if let Some(t) = self.token_ty(md.interface_impl(i)?.interface) {
                d.interfaces.push(t);
            }
        }
        for f in md.type_fields(rid)? {
            let row = md.field(f)?;
            let Ok(sig) = signature::decode::field_sig(md.blob(row.signature)?) else {
                continue;
            };
            let name = md.string(row.name)?.to_owned();
            let ty = self.ty(&sig.ty);
            if name == "value__" && row.flags & super::field_flags::STATIC == 0 {
                d.enum_underlying = Some(ty.clone());
            }
            d.fields.push(FieldSym {
                name,
                flags: row.flags,
                ty,
                constant: self.constant(Token::new(TableId::Field, f)),
                rid: f,
            });
        }
        let methods = md.type_methods(rid)?;
        for &m in &methods {
            if let Some(sym) = self.method(m)? {
                d.methods.push(sym);
            } else {
                // Keep indices aligned with the MethodDef list: an unreadable method
                // becomes one nobody can call.
                d.methods.push(MethodSym {
                    name: String::new(),
                    flags: super::method_flags::PRIVATE,
                    impl_flags: 0,
                    generic_params: Vec::new(),
                    ret: Ty::Error,
                    params: Vec::new(),
                    rid: m,
                });
            }
        }
        let index_of = |m: u32| methods.iter().position(|&x| x == m).map(|p| p as u32);
        for p in md.type_properties(rid)? {
            let row = md.property(p)?;
            let Ok(sig) = signature::decode::property_sig(md.blob(row.signature)?) else {
                continue;
            };
            let (mut getter, mut setter) = (None, None);
            for s in md.rows_for(
                TableId::MethodSemantics,
                2,
                Token::new(TableId::Property, p),
            )? {
                let s = md.method_semantics(s)?;
                match s.semantics {
                    0x1 => setter = index_of(s.method),
                    0x2 => getter = index_of(s.method),
                    _ => {}
                }
            }
            // Parameter names come from the getter (or the setter minus `value`).
            let accessor_params = getter
                .or(setter)
                .and_then(|i| d.methods.get(i as usize))
                .map(|m| m.params.clone())
                .unwrap_or_default();
            let params = sig
                .params
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    accessor_params.get(i).cloned().unwrap_or(ParamSym {
                        name: format!("arg{i}"),
                        ty: self.ty(t),
                        mode: ParamMode::Value,
                        is_params: false,
                        default: None,
                    })
                })
                .collect();
            d.properties.push(PropertySym {
                name: md.string(row.name)?.to_owned(),
                ty: self.ty(&sig.ty),
                params,
                getter,
                setter,
            });
        }
        for e in md.type_events(rid)? {
            let row = md.event(e)?;
            let (mut add, mut remove) = (None, None);
            for s in md.rows_for(TableId::MethodSemantics, 2, Token::new(TableId::Event, e))? {
                let s = md.method_semantics(s)?;
                match s.semantics {
                    0x8 => add = index_of(s.method),
                    0x10 => remove = index_of(s.method),
                    _ => {}
                }
            }
            d.events.push(EventSym {
                name: md.string(row.name)?.to_owned(),
                ty: self.token_ty(row.event_type).unwrap_or(Ty::Error),
                add,
                remove,
                field: None,
            });
        }
        for ca in md.custom_attributes(type_token)? {
            let ca = md.custom_attribute(ca)?;
            match self.attribute_type(ca.ty).as_deref() {
                Some("System.Reflection.DefaultMemberAttribute") => {
                    d.default_member = ser_string_arg(md.blob(ca.value)?);
                }
                Some("System.FlagsAttribute") => d.is_flags = true,
                _ => {}
            }
        }
        Ok(d)
    }

    fn method(&self, rid: u32) -> Result<Option<MethodSym>, ReadError> {
        let md = self.md;
        let row = md.method_def(rid)?;
        let Ok(sig) = signature::decode::method_sig(md.blob(row.signature)?) else {
            return Ok(None);
        };
        // Vararg methods (`__arglist`) cannot be called from the languages.
        if sig.call_conv.kind == signature::CallKind::VarArg {
            return Ok(None);
        }
        let mut names = vec![None; sig.params.len()];
        let mut flags = vec![0u16; sig.params.len()];
        let mut is_params = vec![false; sig.params.len()];
        let mut defaults = vec![None; sig.params.len()];
        for p in md.method_params(rid)? {
            let pr = md.param(p)?;
            let Some(i) = (pr.sequence as usize).checked_sub(1) else {
                continue;
            };
            if i >= names.len() {
                continue;
            }
            names[i] = Some(md.string(pr.name)?.to_owned());
            flags[i] = pr.flags;
            let token = Token::new(TableId::Param, p);
            if pr.flags & 0x1000 != 0 {
                defaults[i] = self.constant(token);
            }
            for ca in md.custom_attributes(token)? {
                let ca = md.custom_attribute(ca)?;
                if self.attribute_type(ca.ty).as_deref() == Some("System.ParamArrayAttribute") {
                    is_params[i] = true;
                }
            }
        }
        let params = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (ty, mode) = match t {
                    TypeSig::ByRef(inner) => (
                        self.ty(inner),
                        if flags[i] & 0x3 == 0x2 {
                            ParamMode::Out
                        } else {
                            ParamMode::Ref
                        },
                    ),
                    other => (self.ty(other), ParamMode::Value),
                };
                ParamSym {
                    name: names[i].clone().unwrap_or_else(|| format!("arg{i}")),
                    ty,
                    mode,
                    is_params: is_params[i],
                    default: defaults[i].clone(),
                }
            })
            .collect();
        let mut generic_params = Vec::new();
        for g in md.generic_params(Token::new(TableId::MethodDef, rid))? {
            let gp = md.generic_param(g)?;
            generic_params.push(GenericParamSym {
                name: md.string(gp.name)?.to_owned(),
                flags: gp.flags,
                constraints: Vec::new(),
            });
        }
        Ok(Some(MethodSym {
            name: md.string(row.name)?.to_owned(),
            flags: row.flags,
            impl_flags: row.impl_flags,
            generic_params,
            ret: self.ty(&sig.ret),
            params,
            rid,
        }))
    }

    fn constant(&self, parent: Token) -> Option<ConstValue> {
        let r = self.md.rows_for(TableId::Constant, 2, parent).ok()?;
        if r.start >= r.end {
            return None;
        }
        let c = self.md.constant(r.start).ok()?;
        ConstValue::from_blob(c.ty, self.md.blob(c.value).ok()?)
    }

    /// The full name of a custom attribute's type, from its constructor token.
    fn attribute_type(&self, ctor: Token) -> Option<String> {
        let md = self.md;
        let parent = match ctor.table()? {
            TableId::MemberRef => md.member_ref(ctor.rid()).ok()?.class,
            TableId::MethodDef => {
                let rid = ctor.rid();
                // The owning TypeDef: the last one whose method list starts at or before
                // (method lists ascend with the rows, so a binary search finds it).
                let n = md.row_count(TableId::TypeDef);
                let starts_at_or_before = |t: u32| {
                    md.type_def(t)
                        .map(|r| r.method_list <= rid)
                        .unwrap_or(false)
                };
                let (mut lo, mut hi) = (1u32, n + 1);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if starts_at_or_before(mid) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                let owner = lo.checked_sub(1).filter(|&t| t >= 1)?;
                Token::new(TableId::TypeDef, owner)
            }
            _ => return None,
        };
        let (ns, name) = type_name_of(md, parent)?;
        Some(format!("{ns}.{name}"))
    }

    /// A TypeDef, TypeRef or TypeSpec token as a type.
    fn token_ty(&self, token: Token) -> Option<Ty> {
        match token.table()? {
            TableId::TypeSpec => {
                let row = self.md.type_spec(token.rid()).ok()?;
                let blob = self.md.blob(row.signature).ok()?;
                let sig = signature::decode::SigReader::new(blob).type_sig().ok()?;
                Some(self.ty(&sig))
            }
            _ => {
                let id = self.resolve(token)?;
                Some(self.world.normalize(id, Arc::from([])))
            }
        }
    }

    /// A TypeDef or TypeRef token as a definition.
    fn resolve(&self, token: Token) -> Option<TypeId> {
        resolve_token(self.world, self.md, self.asm, token, 0)
    }

    fn ty(&self, sig: &TypeSig) -> Ty {
        let named = |token: Token, args: Arc<[Ty]>| match self.resolve(token) {
            Some(id) => self.world.normalize(id, args),
            None => Ty::Error,
        };
        match sig {
            TypeSig::Void => Ty::Void,
            TypeSig::Boolean => Ty::Bool,
            TypeSig::Char => Ty::Char,
            TypeSig::I1 => Ty::I1,
            TypeSig::U1 => Ty::U1,
            TypeSig::I2 => Ty::I2,
            TypeSig::U2 => Ty::U2,
            TypeSig::I4 => Ty::I4,
            TypeSig::U4 => Ty::U4,
            TypeSig::I8 => Ty::I8,
            TypeSig::U8 => Ty::U8,
            TypeSig::R4 => Ty::R4,
            TypeSig::R8 => Ty::R8,
            TypeSig::String => Ty::String,
            TypeSig::Object => Ty::Object,
            TypeSig::I => Ty::I,
            TypeSig::U => Ty::U,
            TypeSig::TypedByRef | TypeSig::FnPtr(_) => Ty::Error,
            TypeSig::Class(t) | TypeSig::ValueType(t) => match t.table() {
                Some(TableId::TypeSpec) => self.token_ty(*t).unwrap_or(Ty::Error),
                _ => named(*t, Arc::from([])),
            },
            TypeSig::Ptr(e) => Ty::Ptr(Box::new(self.ty(e))),
            TypeSig::ByRef(e) => Ty::ByRef(Box::new(self.ty(e))),
            TypeSig::SzArray(e) => Ty::Array(Box::new(self.ty(e)), 1),
            TypeSig::Array(e, shape) => Ty::Array(Box::new(self.ty(e)), shape.rank.max(1)),
            TypeSig::GenericInst { generic, args, .. } => {
                named(*generic, args.iter().map(|a| self.ty(a)).collect())
            }
            TypeSig::Var(n) => Ty::Var(*n),
            TypeSig::MVar(n) => Ty::MVar(*n),
            TypeSig::Modified { ty, .. } | TypeSig::Pinned(ty) => self.ty(ty),
        }
    }
}

/// Resolves a TypeDef or TypeRef token of assembly `asm` to a type in the world.
fn resolve_token(
    world: &World,
    md: &Metadata<'_>,
    asm: u32,
    token: Token,
    depth: u32,
) -> Option<TypeId> {
    if depth > 16 {
        return None;
    }
    match token.table()? {
        TableId::TypeDef => Some(TypeId {
            asm,
            idx: token.rid().checked_sub(1)?,
        }),
        TableId::TypeRef => {
            let r = md.type_ref(token.rid()).ok()?;
            let ns = md.string(r.type_namespace).ok()?;
            let name = md.string(r.type_name).ok()?;
            let scope = r.resolution_scope;
            match scope.table() {
                Some(TableId::TypeRef) => {
                    let outer = resolve_token(world, md, asm, scope, depth + 1)?;
                    world.find_nested(outer, name)
                }
                Some(TableId::AssemblyRef) => {
                    let target = world
                        .asms
                        .get(asm as usize)
                        .and_then(|a| a.assembly_refs.get())
                        .and_then(|refs| refs.get(scope.rid() as usize - 1).copied().flatten());
                    target
                        .and_then(|t| world.find_in(t, ns, name))
                        .or_else(|| world.find(ns, name))
                }
                _ => world
                    .find_in(asm, ns, name)
                    .or_else(|| world.find(ns, name)),
            }
        }
        _ => None,
    }
}

/// The first fixed argument of an attribute blob, when it is a string.
fn ser_string_arg(blob: &[u8]) -> Option<String> {
    let rest = blob.strip_prefix(&[1, 0])?;
    let mut r = signature::decode::SigReader::new(rest);
    let len = r.compressed_u32().ok()? as usize;
    let start = rest.len() - r.remaining();
    let bytes = rest.get(start..start + len)?;
    String::from_utf8(bytes.to_vec()).ok()
}
