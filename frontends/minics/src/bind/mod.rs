//! The C# binder: from syntax trees and referenced assemblies to the shared IR and
//! symbols. `declare` builds the source types' symbols, `methods` binds each body with
//! the `body` binder, `attrs` turns attribute syntax into custom attributes, and this
//! module runs them in order and finds the entry point.

mod attrs;
pub mod body;
mod constfold;
pub mod declare;
mod details;
pub mod display;
mod methods;
pub mod scope;

use crate::syntax::CompilationUnit;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{BodySource, CustomAttribute};
use frontend_core::ir::{Body, MethodRef};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{AsmSymbols, MethodId, World};
use frontend_core::types::Ty;
use std::collections::HashMap;
use std::sync::Arc;

/// Binder options from the command line.
#[derive(Clone, Debug, Default)]
pub struct BindOptions {
    /// `-checked`: arithmetic overflow-checked by default.
    pub checked: bool,
    /// Looking for an entry point (`-target:exe`).
    pub needs_entry_point: bool,
    /// `-main:Type`.
    pub main_type: Option<String>,
}

/// The binder's result: the world (source types first), bodies and what the emitter
/// needs besides.
pub struct Bound {
    pub world: World,
    pub bodies: HashMap<MethodId, (Body, BodySource)>,
    pub method_impls: Vec<(MethodId, MethodRef)>,
    pub attributes: Vec<CustomAttribute>,
    pub entry_point: Option<MethodId>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Binds parsed files against referenced assemblies (`refs`, in `-r:` order, corlib
/// included).
pub fn bind(
    units: &[(FileId, CompilationUnit)],
    sources: &[&str],
    refs: &[Arc<AsmSymbols>],
    options: &BindOptions,
) -> Bound {
    let mut diags = Vec::new();
    let (asm, sites) = declare::collect_shells(units, &mut diags);
    let mut asms = vec![Arc::new(asm)];
    asms.extend(refs.iter().cloned());
    let world = World::new(asms);
    let mut dec = declare::Declarer {
        world: &world,
        sources,
        sites: &sites,
        diags: &mut diags,
        out: declare::Declared::default(),
    };
    let details = dec.run();
    let declared = std::mem::take(&mut dec.out);
    let mut details = details;
    mark_interface_implementations(&world, &mut details);
    for (site, d) in sites.iter().zip(details) {
        let _ = world.ty(site.id).details.set(Arc::new(d));
    }
    let method_impls = explicit_impls(&world, &declared, &sites, &mut diags);
    let mut bodies = HashMap::new();
    for m in &declared.methods {
        let site = &sites[m.site];
        let src = sources.get(site.file.0 as usize).copied().unwrap_or("");
        if let Some(body) = methods::bind_method(
            &world,
            site,
            m,
            &declared.field_inits[m.site],
            src,
            options.checked,
            &mut diags,
        ) {
            bodies.insert(
                m.id,
                (
                    body,
                    BodySource {
                        file: site.file,
                        offset: 0,
                    },
                ),
            );
        }
    }
    let attributes = attrs::bind_attributes(&world, &sites, &declared, sources, &mut diags);
    let entry_point = if options.needs_entry_point {
        find_entry_point(&world, &sites, options, &mut diags)
    } else {
        None
    };
    Bound {
        world,
        bodies,
        method_impls,
        attributes,
        entry_point,
        diagnostics: diags,
    }
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
    options: &BindOptions,
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
