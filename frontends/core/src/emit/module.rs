//! The whole module: its input (`ModuleInput`) and result (`EmittedModule`), the layout
//! of the source types' rows (TypeDef, Field, MethodDef, Param, properties, events,
//! generic parameters, nesting, interface and method impls, constants, custom
//! attributes; `lay_out_rows`, which `writer` runs before any body is written), and
//! `emit_on`, which generates the IR bodies (`bodies`, on all cores) and has `writer`
//! write them, with any generated earlier, then the PE (and, with debug information,
//! the portable PDB).

use super::bodies::{Generation, Job, Pregenerated};
use super::tokens::Tokens;
use super::writer::ModuleWriter;
use crate::ir::MethodRef;
use crate::pool::default_threads;
use crate::source::{FileId, SourceFile};
use crate::symbols::{FieldId, MethodId, ParamMode, TypeKind, World};
use crate::types::TypeId;
use il_emit::TableId;
use il_emit::Token;
use il_emit::entity::{FieldId as FieldRow, MethodDefId, ParamId, TypeDefId};
use il_emit::pdb::Language;
use il_emit::pe::ImageKind;
use il_emit::signature::{FieldSig, PropertySig, encode};
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::AtomicUsize;

/// Something a custom attribute is attached to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AttrTarget {
    Assembly,
    Type(TypeId),
    Method(MethodId),
    Field(FieldId),
    Param(MethodId, u16),
    Property(TypeId, u32),
    Event(TypeId, u32),
}

/// A custom attribute: its constructor and the encoded blob (§II.23.3).
#[derive(Clone, PartialEq, Debug)]
pub struct CustomAttribute {
    pub target: AttrTarget,
    pub ctor: MethodRef,
    pub blob: Vec<u8>,
}

/// Where a method's body came from, for sequence points.
#[derive(Clone, Copy, Debug)]
pub struct BodySource {
    pub file: FileId,
    /// Added to the IR's ranges (bodies bound relative to their start).
    pub offset: u32,
}

/// Everything the emitter needs besides the world.
pub struct ModuleInput<'a> {
    pub assembly_name: &'a str,
    pub version: [u16; 4],
    /// The strong-name public key the Assembly row carries (empty: none).
    pub public_key: &'a [u8],
    /// The output file's name (the Module row).
    pub module_name: &'a str,
    pub kind: ImageKind,
    pub entry_point: Option<MethodId>,
    pub bodies: &'a crate::lower::closures::Bodies,
    /// Explicit implementations: (implementing method, interface method).
    pub method_impls: &'a [(MethodId, MethodRef)],
    pub attributes: &'a [CustomAttribute],
    /// Source files, for the PDB (`None`: no debug information).
    pub debug: Option<(&'a [SourceFile], Language, &'a str)>,
    /// Whether `EmittedModule::rows` should name every definition row (the CLS pass
    /// needs it; building it costs a map entry per definition).
    pub row_symbols: bool,
}

/// The written image and, with debug information, the PDB.
#[derive(Debug)]
pub struct EmittedModule {
    pub image: Vec<u8>,
    pub pdb: Option<Vec<u8>>,
    /// What each emitted definition row stands for, by token: metadata-level tools
    /// (the CLS checks) report rows, and compilers map them back to their symbols.
    /// Only properties and events unless `ModuleInput::row_symbols` asked for all.
    pub rows: rustc_hash::FxHashMap<u32, RowSymbol>,
}

/// A source symbol behind a definition row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowSymbol {
    Type(TypeId),
    Method(MethodId),
    Field(FieldId),
    /// The n-th property of a type.
    Property(TypeId, u32),
    /// The n-th event of a type.
    Event(TypeId, u32),
}

/// A body that could not be laid out (a code generator bug, reported, never a panic).
#[derive(Clone, Debug)]
pub struct EmitError {
    pub method: String,
    pub message: String,
}

/// Emits the source assembly (index 0 of `world`), generating bodies on every core.
pub fn emit(world: &World, input: &ModuleInput<'_>) -> Result<EmittedModule, EmitError> {
    emit_on(world, input, Pregenerated::default(), default_threads())
}

/// [`emit`] with the bodies in `pregenerated` generated already (those of methods
/// `input.bodies` does not hold), and the rest on up to `threads` threads: the image
/// is the same for any number, and whichever bodies came generated.
pub fn emit_on(
    world: &World,
    input: &ModuleInput<'_>,
    pregenerated: Pregenerated,
    threads: usize,
) -> Result<EmittedModule, EmitError> {
    let mut writer = ModuleWriter::new(world, input);
    // Every body in MethodDef order: IR to generate here (on all cores), or generated
    // already; both are written in that order.
    let mut jobs: Vec<Job<'_>> = Vec::new();
    let mut slots: Vec<(u32, Slot)> = Vec::new();
    for (m, rid) in writer.methods_in_order() {
        if let Some((body, src)) = input.bodies.get(&m) {
            slots.push((rid, Slot::Ir(jobs.len(), *src)));
            jobs.push(Job {
                method: m,
                body: body.as_ref(),
            });
        } else if pregenerated.contains_key(&m) {
            slots.push((rid, Slot::Pre(m)));
        }
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        // Bodies are generated while the rows are laid out here; their results are
        // taken in MethodDef order once every row exists.
        let generation = Generation::start(scope, world, &jobs, threads, &next);
        writer.lay_out();
        let mut order = InOrder {
            writer: &mut writer,
            slots: &slots,
            pregenerated: &pregenerated,
            next: 0,
        };
        generation.take_all(|i, generated| {
            order.flush_pregenerated()?;
            let (rid, Slot::Ir(job, src)) = order.slots[order.next] else {
                unreachable!("IR bodies are taken in slot order");
            };
            debug_assert_eq!(job, i);
            order.next += 1;
            let body = jobs[i].body;
            order
                .writer
                .write_body(rid, src, &generated?, || super::bodies::debug_locals(body));
            Ok(())
        })?;
        order.flush_pregenerated()
    })?;
    Ok(writer.finish())
}

/// A body to write, in MethodDef order.
enum Slot {
    /// The `n`-th job the module generates.
    Ir(usize, BodySource),
    /// Generated already (in `pregenerated`).
    Pre(MethodId),
}

/// Hands bodies to the writer in MethodDef order, the generated ones between the IR
/// ones the module generates.
struct InOrder<'a, 'w> {
    writer: &'a mut ModuleWriter<'w>,
    slots: &'a [(u32, Slot)],
    pregenerated: &'a Pregenerated,
    /// The first slot not written yet.
    next: usize,
}

impl InOrder<'_, '_> {
    /// Writes the generated bodies from the next slot up to the next IR one.
    fn flush_pregenerated(&mut self) -> Result<(), EmitError> {
        while let Some(&(rid, Slot::Pre(m))) = self.slots.get(self.next) {
            self.next += 1;
            if let Some(pre) = self.pregenerated.get(&m) {
                let generated = pre.generated.as_ref().map_err(EmitError::clone)?;
                self.writer
                    .write_body(rid, pre.source, generated, || pre.debug_locals.clone());
            }
        }
        Ok(())
    }
}

/// Lays out every source row but the definitions' numbering (`Definitions`): TypeDef,
/// Field, MethodDef (with P/Invoke maps), Param, nesting, interfaces, generic
/// parameters, properties, events, MethodImpls, `ParamArray` and custom attributes.
/// Signatures create the TypeRefs and TypeSpecs they name, in this order.
pub(super) fn lay_out_rows(
    world: &World,
    input: &ModuleInput<'_>,
    t: &mut Tokens<'_>,
    rows: &mut rustc_hash::FxHashMap<u32, RowSymbol>,
) {
    let source = &world.asms[0];
    let defs = std::sync::Arc::clone(&t.defs);
    let imports = super::pinvoke::collect(world, input.attributes);
    let mut module_refs: HashMap<String, il_emit::entity::ModuleRefId> = HashMap::default();
    t.md.add_type_def(0, "", "<Module>", Token(0), FieldRow(1), MethodDefId(1));
    let mut param_rows: HashMap<(MethodId, u16), u32> = HashMap::default();
    let mut next_param = 1u32;
    for (i, ty) in source.types.iter().enumerate() {
        let id = TypeId {
            asm: 0,
            idx: i as u32,
        };
        let d = world.details(id);
        let extends = match &d.base {
            Some(b) => t.type_token(b),
            None => Token(0),
        };
        let first_field = FieldRow(t.md.next_rid(TableId::Field));
        let first_method = MethodDefId(t.md.next_rid(TableId::MethodDef));
        let ns = if ty.enclosing.is_some() {
            ""
        } else {
            ty.namespace.as_str()
        };
        t.md.add_type_def(ty.flags, ns, &ty.name, extends, first_field, first_method);
        for f in &d.fields {
            let sig = FieldSig { ty: t.sig(&f.ty) };
            let row = t.md.add_field(f.flags, &f.name, &encode::field_sig(&sig));
            if let Some(c) = &f.constant {
                let (et, blob) = c.to_blob();
                t.md.add_constant(et, row.token(), &blob);
            }
        }
        for (mi, m) in d.methods.iter().enumerate() {
            let mid = MethodId {
                ty: id,
                idx: mi as u32,
            };
            let sig = t.method_sig(m);
            let first_param = ParamId(next_param);
            let import = imports.get(&mid);
            let (impl_flags, flags) = match import {
                Some(_) => (
                    m.impl_flags & !0x1000 | super::pinvoke::PRESERVE_SIG,
                    m.flags | super::pinvoke::PINVOKE_IMPL,
                ),
                None => (m.impl_flags, m.flags),
            };
            let def = t.md.add_method_def(
                impl_flags,
                flags,
                &m.name,
                &encode::method_sig(&sig),
                first_param,
            );
            if let Some(imp) = import {
                let scope = match module_refs.get(&imp.module) {
                    Some(&r) => r,
                    None => {
                        let r = t.md.add_module_ref(&imp.module);
                        module_refs.insert(imp.module.clone(), r);
                        r
                    }
                };
                let entry = imp.entry.as_deref().unwrap_or(&m.name);
                t.md.add_impl_map(imp.flags, def.token(), entry, scope);
            }
            for (pi, p) in m.params.iter().enumerate() {
                let mut flags = 0u16;
                if p.mode == ParamMode::Out {
                    flags |= 0x2;
                }
                if p.default.is_some() {
                    flags |= 0x1000 | 0x10;
                }
                let prow = t.md.add_param(flags, pi as u16 + 1, &p.name);
                next_param += 1;
                param_rows.insert((mid, pi as u16 + 1), prow.0);
                if let Some(c) = &p.default {
                    let (et, blob) = c.to_blob();
                    t.md.add_constant(et, prow.token(), &blob);
                }
            }
        }
        if let Some(outer) = ty.enclosing {
            t.md.add_nested_class(TypeDefId(i as u32 + 2), TypeDefId(outer.idx + 2));
        }
    }
    // Interfaces, generic parameters, properties, events, method impls.
    for (i, ty) in source.types.iter().enumerate() {
        let id = TypeId {
            asm: 0,
            idx: i as u32,
        };
        let d = world.details(id);
        let def = TypeDefId(i as u32 + 2);
        for iface in &d.interfaces {
            let tok = t.type_token(iface);
            t.md.add_interface_impl(def, tok);
        }
        let generic_params = if d.generic_params.len() == ty.generic_params.len() {
            &d.generic_params
        } else {
            &ty.generic_params
        };
        for (n, g) in generic_params.iter().enumerate() {
            let gp =
                t.md.add_generic_param(n as u16, g.flags, def.token(), &g.name);
            for c in &g.constraints {
                let tok = t.type_token(c);
                t.md.add_generic_param_constraint(gp, tok);
            }
        }
        for (mi, m) in d.methods.iter().enumerate() {
            let mid = MethodId {
                ty: id,
                idx: mi as u32,
            };
            let tok = Token::new(TableId::MethodDef, defs.method_defs[&mid]);
            for (n, g) in m.generic_params.iter().enumerate() {
                let gp = t.md.add_generic_param(n as u16, g.flags, tok, &g.name);
                for c in &g.constraints {
                    let ct = t.type_token(c);
                    t.md.add_generic_param_constraint(gp, ct);
                }
            }
        }
        if !d.properties.is_empty() {
            let first = il_emit::entity::PropertyId(t.md.next_rid(TableId::Property));
            t.md.add_property_map(def, first);
            for (pi, p) in d.properties.iter().enumerate() {
                let sig = PropertySig {
                    has_this: p
                        .getter
                        .or(p.setter)
                        .is_some_and(|m| !d.methods[m as usize].is_static()),
                    ty: t.sig(&p.ty),
                    params: p.params.iter().map(|x| t.sig(&x.ty)).collect(),
                };
                let prop = t.md.add_property(0, &p.name, &encode::property_sig(&sig));
                rows.insert(prop.token().0, RowSymbol::Property(id, pi as u32));
                for (acc, sem) in [(p.setter, 0x1u16), (p.getter, 0x2)] {
                    if let Some(m) = acc {
                        let rid = defs.method_defs[&MethodId { ty: id, idx: m }];
                        t.md.add_method_semantics(sem, MethodDefId(rid), prop.token());
                    }
                }
            }
        }
        if !d.events.is_empty() {
            let first = il_emit::entity::EventId(t.md.next_rid(TableId::Event));
            t.md.add_event_map(def, first);
            for (ei, e) in d.events.iter().enumerate() {
                let ety = t.type_token(&e.ty);
                let ev = t.md.add_event(0, &e.name, ety);
                rows.insert(ev.token().0, RowSymbol::Event(id, ei as u32));
                for (acc, sem) in [(e.add, 0x8u16), (e.remove, 0x10)] {
                    if let Some(m) = acc {
                        let rid = defs.method_defs[&MethodId { ty: id, idx: m }];
                        t.md.add_method_semantics(sem, MethodDefId(rid), ev.token());
                    }
                }
            }
        }
        if ty.kind == TypeKind::Struct && d.fields.iter().all(|f| f.is_static()) {
            t.md.add_class_layout(0, 1, def);
        }
    }
    for (imp, decl) in input.method_impls {
        let body = Token::new(TableId::MethodDef, defs.method_defs[imp]);
        let decl_tok = t.method(decl);
        t.md.add_method_impl(TypeDefId(imp.ty.idx + 2), body, decl_tok);
    }
    // ParamArray on `params` parameters.
    let param_array = world
        .well_known("System", "ParamArrayAttribute")
        .and_then(|pa| {
            let d = world.details(pa);
            let idx = d
                .methods
                .iter()
                .position(|m| m.is_ctor() && m.params.is_empty())?;
            Some(MethodRef {
                id: MethodId {
                    ty: pa,
                    idx: idx as u32,
                },
                type_args: std::sync::Arc::from([]),
                method_args: std::sync::Arc::from([]),
            })
        });
    for (i, _) in source.types.iter().enumerate() {
        let id = TypeId {
            asm: 0,
            idx: i as u32,
        };
        let d = world.details(id);
        for (mi, m) in d.methods.iter().enumerate() {
            for (pi, p) in m.params.iter().enumerate() {
                if let (true, Some(ctor)) = (p.is_params, &param_array) {
                    let mid = MethodId {
                        ty: id,
                        idx: mi as u32,
                    };
                    let row = param_rows[&(mid, pi as u16 + 1)];
                    let ctor_tok = t.method(ctor);
                    t.md.add_custom_attribute(
                        Token::new(TableId::Param, row),
                        ctor_tok,
                        &[1, 0, 0, 0],
                    );
                }
            }
        }
    }
    let member_rows: HashMap<RowSymbol, u32> = rows.iter().map(|(t, s)| (*s, *t)).collect();
    for a in input.attributes {
        if super::pinvoke::is_dll_import(world, a) && matches!(a.target, AttrTarget::Method(_)) {
            continue;
        }
        let target = match a.target {
            AttrTarget::Assembly => Token::new(TableId::Assembly, 1),
            AttrTarget::Type(ty) => Token::new(TableId::TypeDef, ty.idx + 2),
            AttrTarget::Method(m) => Token::new(TableId::MethodDef, defs.method_defs[&m]),
            AttrTarget::Field(f) => Token::new(TableId::Field, defs.field_defs[&f]),
            AttrTarget::Param(m, n) => match param_rows.get(&(m, n)) {
                Some(&r) => Token::new(TableId::Param, r),
                None => continue,
            },
            AttrTarget::Property(ty, n) => match member_rows.get(&RowSymbol::Property(ty, n)) {
                Some(&token) => Token(token),
                None => continue,
            },
            AttrTarget::Event(ty, n) => match member_rows.get(&RowSymbol::Event(ty, n)) {
                Some(&token) => Token(token),
                None => continue,
            },
        };
        let ctor = t.method(&a.ctor);
        t.md.add_custom_attribute(target, ctor, &a.blob);
    }
}
