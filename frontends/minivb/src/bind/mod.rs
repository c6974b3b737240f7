//! The VB binder: from syntax trees and referenced assemblies to the shared IR and
//! symbols, with VB's rules (case-insensitive names, `Option Strict On`, checked
//! integer arithmetic unless `-removeintchecks`). `declare` and `details` build the
//! source types' symbols, `methods` binds each body with the `body` binder, and this
//! module runs them in order, wires `Implements` clauses to MethodImpls and finds
//! `Sub Main`.

pub mod body;
pub mod cls_attrs;
pub mod constfold;
pub mod declare;
mod declare_stmt;
mod details;
pub mod display;
pub(crate) mod like;
mod methods;
pub mod scope;
mod special_types;
mod static_locals;

use crate::syntax::{CompilationUnit, TypeSyntax};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{AttrTarget, BodySource, CustomAttribute, RowSymbol};
use frontend_core::ir::MethodRef;
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{AsmSymbols, MethodId, World, method_flags as mf};
use frontend_core::types::Ty;
use std::collections::HashMap;
use std::sync::Arc;

/// Binder options from the command line.
#[derive(Clone, Debug, Default)]
pub struct BindOptions {
    /// `-removeintchecks`: integer arithmetic wraps instead of throwing.
    pub remove_int_checks: bool,
    pub needs_entry_point: bool,
    /// `-main:Type`.
    pub main_type: Option<String>,
    /// `-rootnamespace:N`.
    pub root_namespace: String,
    /// `-imports:A,B`.
    pub imports: Vec<String>,
}

/// The binder's result.
pub struct Bound {
    pub world: World,
    pub bodies: frontend_core::lower::closures::Bodies,
    pub method_impls: Vec<(MethodId, MethodRef)>,
    pub attributes: Vec<CustomAttribute>,
    pub entry_point: Option<MethodId>,
    pub diagnostics: Vec<Diagnostic>,
    /// Where each type, method, field, property and event was declared (the CLS pass
    /// reports its findings there).
    pub row_ranges: HashMap<RowSymbol, (FileId, TextRange)>,
}

fn import_syntax(name: &str) -> TypeSyntax {
    let mut t: Option<TypeSyntax> = None;
    for part in name.split('.') {
        let ident = crate::syntax::Ident {
            text: part.trim().to_owned(),
            type_char: None,
            range: TextRange::empty(0),
        };
        t = Some(TypeSyntax {
            kind: crate::syntax::TypeKind::Named {
                qualifier: t.map(Box::new),
                name: ident,
                args: Vec::new(),
            },
            range: TextRange::empty(0),
        });
    }
    t.unwrap_or(TypeSyntax {
        kind: crate::syntax::TypeKind::Error,
        range: TextRange::empty(0),
    })
}

/// Binds parsed files against referenced assemblies (corlib included).
pub fn bind(
    units: &[(FileId, &CompilationUnit)],
    sources: &[&str],
    refs: &[Arc<AsmSymbols>],
    options: &BindOptions,
) -> Bound {
    // `Like` brings its helper module in as one more unit (`like`).
    let like_unit: CompilationUnit;
    let with_like: Vec<(FileId, &CompilationUnit)>;
    let like_sources: Vec<&str>;
    let mut like_file = None;
    let (units, sources) = if like::used(units, sources) {
        let n = units
            .iter()
            .map(|(f, _)| f.0 as usize + 1)
            .max()
            .unwrap_or(0)
            .max(sources.len());
        let file = FileId(n as u32);
        like_file = Some(file);
        like_unit = like::unit(file).1;
        with_like = units.iter().copied().chain([(file, &like_unit)]).collect();
        like_sources = sources
            .iter()
            .copied()
            .chain(std::iter::repeat_n("", n - sources.len()))
            .chain([like::SOURCE])
            .collect();
        (&with_like[..], &like_sources[..])
    } else {
        (units, sources)
    };
    let mut diags = Vec::new();
    let imports: Vec<TypeSyntax> = options.imports.iter().map(|i| import_syntax(i)).collect();
    let (asm, sites) =
        declare::collect_shells(units, &options.root_namespace, &imports, &mut diags);
    let mut asms = vec![Arc::new(asm)];
    asms.extend(refs.iter().cloned());
    let world = type_constraints(World::new(asms), &sites, &mut diags);
    let mut names = scope::Names::new(&world);
    for site in &sites {
        let t = world.ty(site.id);
        if site.event.is_none()
            && t.enclosing.is_none()
            && site.decl.kind == crate::syntax::TypeDeclKind::Module
        {
            names.modules.push((t.namespace.clone(), site.id));
        }
    }
    let mut dec = declare::Declarer {
        world: &world,
        names: &names,
        sources,
        sites: &sites,
        diags: &mut diags,
        out: declare::Declared::default(),
    };
    let details = dec.run();
    let declared = std::mem::take(&mut dec.out);
    for (site, d) in sites.iter().zip(details) {
        let _ = world.ty(site.id).details.set(Arc::new(d));
    }
    let method_impls = implements(&world, &declared, &sites, &mut diags);
    let cx = methods::Context {
        world: &world,
        names: &names,
        checked: !options.remove_int_checks,
    };
    let mut bodies = HashMap::new();
    for m in &declared.methods {
        let site = &sites[m.site];
        let src = sources.get(site.file.0 as usize).copied().unwrap_or("");
        if let Some(mut body) =
            methods::bind_method(&cx, site, m, &declared.field_inits[m.site], src, &mut diags)
        {
            if Some(site.file) == like_file {
                strip_seq_points(&mut body.stmts);
            }
            frontend_core::ir::visit::note_lambdas(&mut body);
            bodies.insert(
                m.id,
                (
                    std::sync::Arc::new(body),
                    BodySource {
                        file: site.file,
                        offset: 0,
                    },
                ),
            );
        }
    }
    let mut attributes = attributes(&world, &declared);
    attributes.extend(cls_attrs::attributes(&world, units, &declared));
    let mut row_ranges: HashMap<RowSymbol, (FileId, TextRange)> = declared
        .member_ranges
        .iter()
        .map(|(row, file, range)| (*row, (*file, *range)))
        .collect();
    for site in sites.iter().filter(|s| s.event.is_none()) {
        row_ranges.insert(RowSymbol::Type(site.id), (site.file, site.decl.name.range));
    }
    for m in &declared.methods {
        row_ranges
            .entry(RowSymbol::Method(m.id))
            .or_insert((sites[m.site].file, m.name_range));
    }
    let entry_point = if options.needs_entry_point {
        find_entry_point(&world, &sites, options, &mut diags)
    } else {
        None
    };
    diags.retain(|d| Some(d.primary.file) != like_file);
    Bound {
        world,
        bodies,
        method_impls,
        attributes,
        entry_point,
        diagnostics: diags,
        row_ranges,
    }
}

/// Resolves the constraints of the source types' own generic parameters (`Class
/// Box(Of T As {Class, IShape})`) against a first world of shells, then rebuilds the
/// world with them (signatures and bodies see them; metadata records them).
fn type_constraints(
    world: World,
    sites: &[declare::TypeSite<'_>],
    diags: &mut Vec<Diagnostic>,
) -> World {
    let names = scope::Names::new(&world);
    let mut found: Vec<(usize, usize, frontend_core::symbols::GenericParamSym)> = Vec::new();
    for site in sites {
        if site.event.is_some() || site.decl.type_params.is_empty() {
            continue;
        }
        let t = world.ty(site.id);
        let own_start = t.generic_params.len() - site.decl.type_params.len();
        let g = scope::GenericContext {
            ty: Some(site.id),
            type_params: t.generic_params.iter().map(|p| p.name.clone()).collect(),
            method_params: Vec::new(),
        };
        let r = scope::TypeResolver {
            world: &world,
            names: &names,
            file: site.file,
            scope: &site.scope,
            generics: &g,
        };
        for (k, tp) in site.decl.type_params.iter().enumerate() {
            let mut p = t.generic_params[own_start + k].clone();
            for c in &tp.constraints {
                use frontend_core::symbols::generic_flags as gf;
                match c {
                    crate::syntax::Constraint::Class => p.flags |= gf::REFERENCE_TYPE,
                    crate::syntax::Constraint::Structure => {
                        p.flags |= gf::VALUE_TYPE | gf::DEFAULT_CTOR;
                        if let Some(vt) = world.well_known("System", "ValueType") {
                            p.constraints.push(Ty::named(vt));
                        }
                    }
                    crate::syntax::Constraint::New => p.flags |= gf::DEFAULT_CTOR,
                    crate::syntax::Constraint::Type(ts) => {
                        let ty = r.resolve(ts, diags);
                        if !ty.is_error() {
                            p.constraints.push(ty);
                        }
                    }
                }
            }
            found.push((site.id.idx as usize, own_start + k, p));
        }
    }
    if found.is_empty() {
        return world;
    }
    let mut asms = world.asms;
    if let Some(asm) = Arc::get_mut(&mut asms[0]) {
        for (ti, pi, p) in found {
            // Nested types repeat their enclosing type's parameters.
            let nested: Vec<usize> = nested_of(asm, ti);
            for t in std::iter::once(ti).chain(nested) {
                if let Some(slot) = asm.types[t].generic_params.get_mut(pi) {
                    *slot = p.clone();
                }
            }
        }
    }
    World::new(asms)
}

fn nested_of(asm: &AsmSymbols, ti: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = asm.types[ti]
        .nested
        .iter()
        .map(|n| n.idx as usize)
        .collect();
    while let Some(n) = stack.pop() {
        out.push(n);
        stack.extend(asm.types[n].nested.iter().map(|m| m.idx as usize));
    }
    out
}

/// `DefaultMember` for default properties, `Flags` for flag enums, and `DllImport` for
/// `Declare` statements (which the emitter writes as ImplMap rows).
fn attributes(world: &World, declared: &declare::Declared<'_>) -> Vec<CustomAttribute> {
    use il_emit::custom_attribute::{CaValue, CustomAttributeValue, encode};
    let mut out = Vec::new();
    let ctor_of = |ns: &str, name: &str, params: usize| -> Option<MethodRef> {
        let id = world.well_known(ns, name)?;
        let i = world
            .details(id)
            .methods
            .iter()
            .position(|m| m.is_ctor() && m.params.len() == params)?;
        Some(MethodRef {
            id: MethodId {
                ty: id,
                idx: i as u32,
            },
            type_args: Arc::from([]),
            method_args: Arc::from([]),
        })
    };
    if let Some(ctor) = ctor_of("System.Reflection", "DefaultMemberAttribute", 1) {
        for (t, name) in &declared.default_members {
            out.push(CustomAttribute {
                target: AttrTarget::Type(*t),
                ctor: ctor.clone(),
                blob: encode(&CustomAttributeValue {
                    fixed: vec![CaValue::String(Some(name.clone()))],
                    named: Vec::new(),
                }),
            });
        }
    }
    if let Some(ctor) = ctor_of("System.Runtime.InteropServices", "DllImportAttribute", 1) {
        use il_emit::custom_attribute::{CaNamedArg, CaType};
        let charset = CaType::Enum {
            name: "System.Runtime.InteropServices.CharSet".into(),
            underlying: Box::new(CaType::I4),
        };
        for (m, library, entry, set) in &declared.declares {
            let named = |name: &str, ty: CaType, value: CaValue| CaNamedArg {
                is_field: true,
                ty,
                name: name.into(),
                value,
            };
            out.push(CustomAttribute {
                target: AttrTarget::Method(*m),
                ctor: ctor.clone(),
                blob: encode(&CustomAttributeValue {
                    fixed: vec![CaValue::String(Some(library.clone()))],
                    named: vec![
                        named(
                            "EntryPoint",
                            CaType::String,
                            CaValue::String(Some(entry.clone())),
                        ),
                        // VB's Declare always captures the last error.
                        named("SetLastError", CaType::Boolean, CaValue::Boolean(true)),
                        named(
                            "CharSet",
                            charset.clone(),
                            CaValue::Enum {
                                ty: charset.clone(),
                                value: *set,
                            },
                        ),
                    ],
                }),
            });
        }
    }
    if let Some(ctor) = ctor_of("System", "FlagsAttribute", 0) {
        for t in &declared.flags_enums {
            out.push(CustomAttribute {
                target: AttrTarget::Type(*t),
                ctor: ctor.clone(),
                blob: encode(&CustomAttributeValue {
                    fixed: Vec::new(),
                    named: Vec::new(),
                }),
            });
        }
    }
    out
}

/// `Implements I.M` clauses → MethodImpl rows (BC30401 when `I` has no such member).
fn implements(
    world: &World,
    declared: &declare::Declared<'_>,
    sites: &[declare::TypeSite<'_>],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(MethodId, MethodRef)> {
    let mut out = Vec::new();
    for (mid, iface, name, range, si) in &declared.implements {
        let mut found = None;
        let m = world.method(*mid);
        let want: Vec<Ty> = m.params.iter().map(|p| p.ty.clone()).collect();
        let mut chain = vec![iface.clone()];
        chain.extend(world.all_interfaces(iface));
        'outer: for i in &chain {
            let Ty::Named(iid, args) = i else { continue };
            let d = world.details(*iid);
            for (k, im) in d.methods.iter().enumerate() {
                let sig: Vec<Ty> = im.params.iter().map(|p| p.ty.subst(args, &[])).collect();
                if im.name.eq_ignore_ascii_case(name)
                    && sig == want
                    && im.generic_params.len() == m.generic_params.len()
                {
                    found = Some(MethodRef {
                        id: MethodId {
                            ty: *iid,
                            idx: k as u32,
                        },
                        type_args: args.clone(),
                        method_args: Arc::from([]),
                    });
                    break 'outer;
                }
            }
        }
        match found {
            Some(r) => out.push((*mid, r)),
            None => {
                let site = &sites[*si];
                let shown = name
                    .trim_start_matches("get_")
                    .trim_start_matches("set_")
                    .trim_start_matches("add_")
                    .trim_start_matches("remove_");
                let what = if name.starts_with("get_") || name.starts_with("set_") {
                    "property"
                } else if name.starts_with("add_") || name.starts_with("remove_") {
                    "event"
                } else if m.ret == Ty::Void {
                    "sub"
                } else {
                    "function"
                };
                let member = m
                    .name
                    .trim_start_matches("get_")
                    .trim_start_matches("set_")
                    .trim_start_matches("add_")
                    .trim_start_matches("remove_");
                diags.push(Diagnostic::new(
                    Code::BC30401,
                    site.file,
                    *range,
                    &[member, shown, what, &display::ty(world, iface)],
                ));
            }
        }
    }
    // Interface members a class does not implement (BC30149).
    for site in sites {
        let t = world.ty(site.id);
        if t.is_interface()
            || site.event.is_some()
            || t.kind != frontend_core::symbols::TypeKind::Class
                && t.kind != frontend_core::symbols::TypeKind::Struct
        {
            continue;
        }
        let d = world.details(site.id);
        for iface in &d.interfaces {
            let mut all = vec![iface.clone()];
            all.extend(world.all_interfaces(iface));
            for i in all {
                let Ty::Named(iid, _) = &i else { continue };
                let idet = world.details(*iid);
                for (k, im) in idet.methods.iter().enumerate() {
                    if im.flags & mf::ABSTRACT == 0 {
                        continue;
                    }
                    let target = MethodId {
                        ty: *iid,
                        idx: k as u32,
                    };
                    let done = out.iter().any(|(m, r)| m.ty == site.id && r.id == target)
                        || implemented_by_base(world, site.id, &i, im);
                    if !done {
                        let shown = if im.name.starts_with("get_") || im.name.starts_with("set_") {
                            format!("Property {}", &im.name[4..])
                        } else {
                            display::method(world, im).replacen("Public ", "", 1)
                        };
                        diags.push(Diagnostic::new(
                            Code::BC30149,
                            site.file,
                            site.decl.name.range,
                            &[&site.decl.name.text, &shown, &display::ty(world, &i)],
                        ));
                        break;
                    }
                }
            }
        }
    }
    out
}

/// Whether a base class already implements an interface method (its own MethodImpls are
/// not visible here: a public virtual method of the same name and signature counts).
fn implemented_by_base(
    world: &World,
    id: frontend_core::types::TypeId,
    iface: &Ty,
    im: &frontend_core::symbols::MethodSym,
) -> bool {
    let args = iface.type_args();
    let want: Vec<Ty> = im.params.iter().map(|p| p.ty.subst(args, &[])).collect();
    let chain = world.base_chain(&Ty::named(id));
    chain.iter().skip(1).any(|b| {
        let Some(bid) = world.type_def_of(b) else {
            return false;
        };
        world.details(bid).methods.iter().any(|m| {
            m.name.eq_ignore_ascii_case(&im.name)
                && m.is_virtual()
                && m.params
                    .iter()
                    .map(|p| p.ty.subst(b.type_args(), &[]))
                    .collect::<Vec<_>>()
                    == want
        })
    })
}

fn find_entry_point(
    world: &World,
    sites: &[declare::TypeSite<'_>],
    options: &BindOptions,
    diags: &mut Vec<Diagnostic>,
) -> Option<MethodId> {
    let mut found: Vec<MethodId> = Vec::new();
    for site in sites {
        if let Some(main) = &options.main_type {
            let full = display::ty(world, &Ty::named(site.id));
            if !full.eq_ignore_ascii_case(main) {
                continue;
            }
        }
        let d = world.details(site.id);
        for (i, m) in d.methods.iter().enumerate() {
            let ok_ret = matches!(m.ret, Ty::Void | Ty::I4);
            let ok_params = m.params.is_empty()
                || m.params.len() == 1 && m.params[0].ty == Ty::sz_array(Ty::String);
            if m.name.eq_ignore_ascii_case("Main")
                && m.is_static()
                && ok_ret
                && ok_params
                && m.generic_params.is_empty()
            {
                found.push(MethodId {
                    ty: site.id,
                    idx: i as u32,
                });
            }
        }
    }
    if found.is_empty() {
        let name = options.main_type.clone().unwrap_or_else(|| "?".into());
        let name = if options.main_type.is_some() {
            name
        } else {
            // vbc names the assembly's would-be startup object; there is none.
            "Module1".into()
        };
        diags.push(Diagnostic::new(
            Code::BC30420,
            FileId(0),
            TextRange::empty(0),
            &[&name],
        ));
        return None;
    }
    Some(found[0])
}

/// Removes sequence points (for bodies from a unit with no file in the PDB).
fn strip_seq_points(stmts: &mut Vec<frontend_core::ir::Stmt>) {
    use frontend_core::ir::Stmt;
    use frontend_core::ir::visit::{Child, stmt_children_mut};
    fn go(c: Child<'_>) {
        match c {
            Child::Stmt(s) => {
                if let Stmt::Block(b) = s {
                    b.retain(|s| !matches!(s, Stmt::SeqPoint(_)));
                }
                stmt_children_mut(s, &mut go);
            }
            Child::Expr(e) => frontend_core::ir::visit::children_mut(e, &mut go),
        }
    }
    stmts.retain(|s| !matches!(s, Stmt::SeqPoint(_)));
    for s in stmts {
        go(Child::Stmt(s));
    }
}
