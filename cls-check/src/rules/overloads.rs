//! Overloading (rules 16 and 38): overloads may differ only in the number and types of
//! their parameters. Two that differ only in `ref`/`out` or in array rank are not
//! CLS-compliant (CS3006); two that differ only in arrays whose element types are
//! themselves arrays ("unnamed" array types, `int[][]` against `int[,]`) are not either
//! (CS3007).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::TypeSig;

/// How two parameter types differ.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Diff {
    Same,
    RefOrRank,
    Unnamed,
    Different,
}

fn element(ty: &TypeSig) -> Option<&TypeSig> {
    match ty {
        TypeSig::SzArray(e) | TypeSig::Array(e, _) => Some(e),
        _ => None,
    }
}

fn compare(a: &TypeSig, b: &TypeSig) -> Diff {
    if a == b {
        return Diff::Same;
    }
    match (a, b) {
        (TypeSig::ByRef(x), TypeSig::ByRef(y)) => compare(x, y),
        (TypeSig::ByRef(x), y) | (y, TypeSig::ByRef(x)) => compare(x, y).max(Diff::RefOrRank),
        _ => match (element(a), element(b)) {
            (Some(x), Some(y)) if element(x).is_some() || element(y).is_some() => Diff::Unnamed,
            (Some(x), Some(y)) => match compare(x, y) {
                Diff::Same => Diff::RefOrRank,
                d => d,
            },
            _ => Diff::Different,
        },
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
        let worst = methods[..i]
            .iter()
            .filter(|e| e.name == m.name)
            .filter_map(|e| e.sig.as_ref())
            .filter(|e| e.params.len() == sig.params.len() && e.params != sig.params)
            .map(|e| {
                e.params
                    .iter()
                    .zip(&sig.params)
                    .map(|(x, y)| compare(x, y))
                    .max()
                    .unwrap_or(Diff::Same)
            })
            .filter(|d| *d != Diff::Different)
            .max();
        let name = t.method_name(world, m);
        match worst {
            Some(Diff::Unnamed) => out.push(Finding {
                target: Token::new(TableId::MethodDef, m.rid).0,
                message: format!("overloaded method '{name}' differing only by unnamed array types is not CLS-compliant"),
                member: name,
                code: Some("CS3007"),
                rule: 16,
            }),
            Some(Diff::RefOrRank) => out.push(Finding {
                target: Token::new(TableId::MethodDef, m.rid).0,
                message: format!(
                    "overloaded method '{name}' differing only in ref or out, or in array rank, is not CLS-compliant"
                ),
                member: name,
                code: Some("CS3006"),
                rule: 38,
            }),
            _ => {}
        }
    }
}
