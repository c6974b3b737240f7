//! CS0111: two methods of one type with the same name, generic arity and parameter
//! types (and parameter kinds), checked once every signature is declared. Accessors
//! and other special names are left to the members they belong to; constructors and
//! operators take part, and conversions compare their return types too, since those
//! overload on them.

use super::declare::{MethodSite, TypeSite};
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::symbols::{MethodSym, World, method_flags as mf};

/// Reports every method whose signature an earlier method of its type already has.
pub(crate) fn check_duplicate_methods(
    world: &World,
    methods: &[MethodSite<'_>],
    sites: &[TypeSite<'_>],
    diags: &mut Vec<Diagnostic>,
) {
    // The last method seen with each (type, name), and for each method the one before
    // it with the same key: chains instead of a list per name.
    const NONE: usize = usize::MAX;
    let mut last: rustc_hash::FxHashMap<(u32, &str), usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(methods.len(), Default::default());
    let mut earlier: Vec<(usize, &MethodSym)> = Vec::with_capacity(methods.len());
    for (i, m) in methods.iter().enumerate() {
        let sym = world.method_sym(m.id);
        let operator = sym.name.starts_with("op_");
        let ctor = sym.name == ".ctor" || sym.name == ".cctor";
        if sym.flags & mf::SPECIAL_NAME != 0 && !operator && !ctor {
            earlier.push((NONE, sym));
            continue;
        }
        let head = last
            .insert((m.id.ty.idx, sym.name.as_str()), i)
            .unwrap_or(NONE);
        earlier.push((head, sym));
        let mut j = head;
        let mut duplicate = false;
        while j != NONE {
            let (before, other) = earlier[j];
            if same_signature(other, sym) {
                duplicate = true;
                break;
            }
            j = before;
        }
        if duplicate {
            let site = &sites[m.site];
            let owner = &world.ty(m.id.ty).name;
            let shown = match ctor {
                true => owner.split('`').next().unwrap_or(owner).to_owned(),
                false => sym.name.clone(),
            };
            let ty = super::display::ty(world, &frontend_core::types::Ty::named(m.id.ty));
            diags.push(Diagnostic::new(
                Code::CS0111,
                site.file,
                m.name_range,
                &[&shown, &ty],
            ));
        }
    }
}

fn same_signature(a: &MethodSym, b: &MethodSym) -> bool {
    let conversion = a.name == "op_Implicit" || a.name == "op_Explicit";
    a.generic_params.len() == b.generic_params.len()
        && a.params.len() == b.params.len()
        && a.params
            .iter()
            .zip(&b.params)
            .all(|(p, q)| p.ty == q.ty && p.mode == q.mode)
        && (!conversion || a.ret == b.ret)
}
