//! Overloading (rules 16 and 38): overloads may differ only in the number and types of
//! their parameters; two that differ only in `ref`/`out` or in array rank are not
//! CLS-compliant (CS3006).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::signature::TypeSig;

/// A parameter with by-reference-ness and array rank erased.
fn erased(ty: &TypeSig) -> TypeSig {
    match ty {
        TypeSig::ByRef(inner) => erased(inner),
        TypeSig::Array(inner, _) | TypeSig::SzArray(inner) => {
            TypeSig::SzArray(Box::new(erased(inner)))
        }
        other => other.clone(),
    }
}

pub(super) fn check(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let methods: Vec<_> = t
        .methods
        .iter()
        .filter(|m| m.compliant && m.sig.is_some())
        .collect();
    for (i, m) in methods.iter().enumerate() {
        let Some(sig) = &m.sig else { continue };
        let clash = methods[..i].iter().any(|earlier| {
            let Some(e) = &earlier.sig else { return false };
            earlier.name == m.name
                && e.params.len() == sig.params.len()
                && e.params != sig.params
                && e.params
                    .iter()
                    .map(erased)
                    .eq(sig.params.iter().map(erased))
        });
        if clash {
            let name = t.method_name(world, m);
            out.push(Finding {
                message: format!(
                    "overloaded method '{name}' differing only in ref or out, or in array rank, is not CLS-compliant"
                ),
                member: name,
                code: Some("CS3006"),
                rule: 38,
            });
        }
    }
}
