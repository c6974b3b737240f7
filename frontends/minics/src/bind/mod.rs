//! The C# binder: from syntax trees and referenced assemblies to the shared IR and
//! symbols, in two steps the query layer (`crate::db`) caches apart: `declarations`
//! (`declare` builds the source types' symbols, `attrs` turns attribute syntax into
//! custom attributes, `input` cuts out each method's relocated binding input, and the
//! entry point is found) and `bind_body` (`methods` binds one body with the `body`
//! binder).

mod attrs;
pub mod body;
mod constfold;
pub mod declare;
mod details;
pub mod display;
mod duplicates;
pub mod input;
mod local_fns;
mod methods;
pub mod scope;

use crate::syntax::CompilationUnit;
use frontend_core::db::CompileOptions;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{CustomAttribute, RowSymbol};
use frontend_core::ir::{Body, MethodRef};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{AsmSymbols, MethodId, World};
use frontend_core::types::Ty;
use input::BodyInput;
use std::collections::HashMap;
use std::sync::Arc;

/// What the declaration pass produces for a compilation: the world (source types
/// first, details set), each method's relocated binding input with its anchor, and
/// what the emitter needs besides bodies.
pub struct Declarations {
    pub world: Arc<World>,
    /// Methods with IL: (method, anchor, input).
    pub bodies: Vec<(MethodId, u32, Arc<BodyInput>)>,
    /// Where each method's entry is in `bodies`.
    pub body_index: rustc_hash::FxHashMap<MethodId, usize>,
    /// Where each symbol with a metadata row was declared (the CLS pass reports there).
    pub row_ranges: RowRanges,
    pub method_impls: Vec<(MethodId, MethodRef)>,
    pub attributes: Vec<CustomAttribute>,
    pub entry_point: Option<MethodId>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where each symbol with a metadata row was declared: the list the declaration pass
/// makes, and the map the CLS pass reads (through `Deref`), built on first use, so a
/// compilation without `[CLSCompliant]` never hashes its rows.
pub struct RowRanges {
    /// In order: a later entry for the same row wins.
    rows: Vec<(RowSymbol, (FileId, TextRange))>,
    map: std::sync::OnceLock<HashMap<RowSymbol, (FileId, TextRange)>>,
}

impl std::ops::Deref for RowRanges {
    type Target = HashMap<RowSymbol, (FileId, TextRange)>;

    fn deref(&self) -> &Self::Target {
        self.map.get_or_init(|| self.rows.iter().copied().collect())
    }
}

/// One bound method: its IR (`None` for methods without IL) and diagnostics, ranges
/// relative to the input's anchor.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundBody {
    pub body: Option<Arc<Body>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Declares everything in the parsed files against referenced assemblies (`refs`, in
/// `-r:` order, corlib included): type shells, details, explicit implementations,
/// attributes, the entry point, and each body's binding input.
pub fn declarations(
    units: &[(FileId, &CompilationUnit)],
    sources: &[&str],
    refs: &[Arc<AsmSymbols>],
    options: &CompileOptions,
) -> Declarations {
    let mut diags = Vec::new();
    let (asm, sites) = declare::collect_shells(units, &mut diags);
    let mut asms = vec![Arc::new(asm)];
    asms.extend(refs.iter().cloned());
    let world = World::new(asms);
    scope::check_usings(units, &world, &mut diags);
    // Each file's text once, shared by the inputs, which are made as types are declared.
    let input_options = input::InputOptions {
        texts: sources.iter().map(|s| Arc::from(*s)).collect(),
        checked: options.checked,
        unsafe_code: options.unsafe_code,
    };
    let mut dec = declare::Declarer {
        world: &world,
        sources,
        sites: &sites,
        diags: &mut diags,
        out: declare::Declared::default(),
        inputs: Some(&input_options),
    };
    let details = dec.run();
    let mut declared = std::mem::take(&mut dec.out);
    let mut details = details;
    mark_interface_implementations(&world, &mut details);
    for (site, d) in sites.iter().zip(details) {
        let _ = world.ty(site.id).details.set(Arc::new(d));
    }
    duplicates::check_duplicate_methods(&world, &declared.methods, &sites, &mut diags);
    let method_impls = explicit_impls(&world, &declared, &sites, &mut diags);
    let bodies = with_local_functions(std::mem::take(&mut declared.inputs), &declared.local_fns);
    if !options.unsafe_code {
        // `unsafe` types (members report their own, when bound).
        for site in sites.iter() {
            if site
                .decl
                .modifiers
                .contains(&crate::syntax::Modifier::Unsafe)
            {
                diags.push(Diagnostic::new(
                    Code::CS0227,
                    site.file,
                    site.decl.name.range,
                    &[],
                ));
            }
        }
    }
    let assembly_attributes: Vec<(FileId, scope::NsScope, &crate::syntax::Attribute)> = units
        .iter()
        .flat_map(|&(file, unit)| {
            let mut scope = scope::NsScope {
                namespaces: vec![String::new()],
                ..Default::default()
            };
            scope.add_usings(&unit.usings);
            unit.attributes
                .iter()
                .filter(|s| s.target.as_ref().is_some_and(|t| &*t.text == "assembly"))
                .flat_map(|s| &s.attributes)
                .map(move |a| (file, scope.clone(), a))
                .collect::<Vec<_>>()
        })
        .collect();
    let attributes = attrs::bind_attributes(
        &world,
        &sites,
        &declared,
        &assembly_attributes,
        sources,
        &mut diags,
    );
    let entry_point = if options.needs_entry_point {
        find_entry_point(&world, &sites, options, &mut diags)
    } else {
        None
    };
    let mut rows: Vec<(RowSymbol, (FileId, TextRange))> = declared
        .member_ranges
        .iter()
        .map(|(row, file, range)| (*row, (*file, *range)))
        .collect();
    rows.extend(
        sites
            .iter()
            .map(|site| (RowSymbol::Type(site.id), (site.file, site.decl.name.range))),
    );
    rows.extend(
        declared
            .methods
            .iter()
            .map(|m| (RowSymbol::Method(m.id), (sites[m.site].file, m.name_range))),
    );
    let row_ranges = RowRanges {
        rows,
        map: std::sync::OnceLock::new(),
    };
    let body_index = bodies
        .iter()
        .enumerate()
        .map(|(i, (m, _, _))| (*m, i))
        .collect();
    Declarations {
        world: Arc::new(world),
        bodies,
        body_index,
        row_ranges,
        method_impls,
        attributes,
        entry_point,
        diagnostics: diags,
    }
}

/// Binds one method from its input (a local function's input re-binds its enclosing
/// body, whose own input reports the diagnostics, and keeps the local function).
pub fn bind_body(world: &Arc<World>, input: &BodyInput) -> BoundBody {
    body::member_cache::enter(world);
    let mut diagnostics = Vec::new();
    let (body, mut local) = methods::bind_method_and_locals(world, input, &mut diagnostics);
    // The binder reports at file positions; the result is relative to the anchor.
    for d in &mut diagnostics {
        for l in std::iter::once(&mut d.primary).chain(d.secondary.iter_mut()) {
            if l.file == input.file {
                l.range = input.relative(l.range);
            }
        }
    }
    let body = match input.local_fn {
        Some(k) => {
            diagnostics.clear();
            Some(
                local
                    .get_mut(k)
                    .and_then(Option::take)
                    .unwrap_or_else(|| throwing_body(world)),
            )
        }
        None => body,
    };
    let body = body.map(|mut b| {
        // Only a body that bound a lambda can hold one: the others need no walk.
        if b.has_lambdas || input.local_fn.is_some() {
            frontend_core::ir::visit::note_lambdas(&mut b);
        }
        Arc::new(b)
    });
    BoundBody { body, diagnostics }
}

/// The body of a local function's method that is never called (the function became a
/// closure, or is in error): `throw null`.
fn throwing_body(world: &World) -> Body {
    use frontend_core::ir::{Expr, Stmt};
    let ex = world
        .well_known("System", "Exception")
        .map(Ty::named)
        .unwrap_or(Ty::Object);
    Body {
        stmts: vec![Stmt::Throw(Some(Expr::constant(
            frontend_core::constant::ConstValue::Null,
            ex,
        )))],
        ..Body::default()
    }
}

/// Gives each enclosing method's input its local functions (relative to its anchor)
/// and adds an input for each synthesized method.
fn with_local_functions(
    mut bodies: Vec<(MethodId, u32, Arc<BodyInput>)>,
    local_fns: &[(MethodId, Vec<(u32, MethodId)>)],
) -> Vec<(MethodId, u32, Arc<BodyInput>)> {
    for (outer, fns) in local_fns {
        let Some(i) = bodies.iter().position(|(m, _, _)| m == outer) else {
            continue;
        };
        let (_, anchor, input) = &bodies[i];
        let anchor = *anchor;
        let mut input = BodyInput::clone(input);
        input.local_fns = fns
            .iter()
            .map(|(start, id)| (start.saturating_sub(anchor), *id))
            .collect();
        for (k, (_, id)) in fns.iter().enumerate() {
            let mut synthesized = input.clone();
            synthesized.local_fn = Some(k);
            bodies.push((*id, anchor, Arc::new(synthesized)));
        }
        bodies[i].2 = Arc::new(input);
    }
    bodies
}

/// Public non-virtual methods that implement an interface method become
/// `virtual final newslot`, as csc marks them.
fn mark_interface_implementations(
    world: &World,
    details: &mut [frontend_core::symbols::TypeDetails],
) {
    use frontend_core::symbols::method_flags as mf;
    for i in 0..details.len() {
        let id = frontend_core::types::TypeId {
            asm: 0,
            idx: i as u32,
        };
        if world.ty(id).is_interface() {
            continue;
        }
        // Interfaces this type declares, and their bases.
        let mut ifaces: Vec<Ty> = details[i].interfaces.clone();
        let mut k = 0;
        while k < ifaces.len() {
            let more: Vec<Ty> = match &ifaces[k] {
                Ty::Named(iid, args) if iid.is_source() => details[iid.idx as usize]
                    .interfaces
                    .iter()
                    .map(|t| t.subst(args, &[]))
                    .collect(),
                t => world.declared_interfaces(t),
            };
            for m in more {
                if !ifaces.contains(&m) {
                    ifaces.push(m);
                }
            }
            k += 1;
        }
        for iface in ifaces {
            let Ty::Named(iid, args) = &iface else {
                continue;
            };
            let imethods: Vec<frontend_core::symbols::MethodSym> = if iid.is_source() {
                details[iid.idx as usize].methods.clone()
            } else {
                world.details(*iid).methods.clone()
            };
            for im in imethods {
                let want: Vec<Ty> = im.params.iter().map(|p| p.ty.subst(args, &[])).collect();
                for m in details[i].methods.iter_mut() {
                    let sig: Vec<Ty> = m.params.iter().map(|p| p.ty.clone()).collect();
                    if m.name == im.name
                        && sig == want
                        && !m.is_static()
                        && m.access() == mf::PUBLIC
                        && !m.is_virtual()
                    {
                        m.flags |= mf::VIRTUAL | mf::FINAL | mf::NEW_SLOT;
                    }
                }
            }
        }
    }
}

fn explicit_impls(
    world: &World,
    declared: &declare::Declared<'_>,
    sites: &[declare::TypeSite<'_>],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(MethodId, MethodRef)> {
    let mut out = Vec::new();
    for (mid, iface, name) in &declared.explicit_impls {
        let Ty::Named(iid, args) = iface else {
            continue;
        };
        let m = world.method(*mid);
        let d = world.details(*iid);
        let want: Vec<Ty> = m.params.iter().map(|p| p.ty.clone()).collect();
        let found = d.methods.iter().position(|im| {
            im.name == *name
                && im
                    .params
                    .iter()
                    .map(|p| p.ty.subst(args, &[]))
                    .collect::<Vec<_>>()
                    == want
        });
        match found {
            Some(i) => out.push((
                *mid,
                MethodRef {
                    id: MethodId {
                        ty: *iid,
                        idx: i as u32,
                    },
                    type_args: args.clone(),
                    method_args: Arc::from([]),
                },
            )),
            None => {
                let site = sites.iter().find(|s| s.id == mid.ty);
                if let Some(s) = site {
                    let shown = format!("{}.{}", display::ty(world, iface), name);
                    diags.push(Diagnostic::new(
                        Code::CS0539,
                        s.file,
                        s.decl.name.range,
                        &[&shown],
                    ));
                }
            }
        }
    }
    out
}

fn find_entry_point(
    world: &World,
    sites: &[declare::TypeSite<'_>],
    options: &CompileOptions,
    diags: &mut Vec<Diagnostic>,
) -> Option<MethodId> {
    let mut found: Vec<(MethodId, FileId, TextRange)> = Vec::new();
    for site in sites {
        if let Some(main) = &options.main_type {
            let full = display::ty(world, &Ty::named(site.id));
            if full != *main {
                continue;
            }
        }
        let d = world.details(site.id);
        for (i, m) in d.methods.iter().enumerate() {
            let ok_ret = matches!(m.ret, Ty::Void | Ty::I4);
            let ok_params = m.params.is_empty()
                || m.params.len() == 1 && m.params[0].ty == Ty::sz_array(Ty::String);
            if m.name == "Main"
                && m.is_static()
                && ok_ret
                && ok_params
                && m.generic_params.is_empty()
            {
                found.push((
                    MethodId {
                        ty: site.id,
                        idx: i as u32,
                    },
                    site.file,
                    site.decl.name.range,
                ));
            }
        }
    }
    match found.len() {
        0 => {
            diags.push(Diagnostic::new(
                Code::CS5001,
                FileId(0),
                TextRange::empty(0),
                &[],
            ));
            None
        }
        1 => Some(found[0].0),
        _ => {
            for (_, file, range) in &found {
                diags.push(Diagnostic::new(Code::CS0017, *file, *range, &[]));
            }
            Some(found[0].0)
        }
    }
}
