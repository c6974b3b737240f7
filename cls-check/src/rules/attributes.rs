//! Custom attributes (rule 34): the CLS allows only a subset of argument encodings; an
//! attribute applied through a constructor that takes an array is not CLS-compliant
//! (CS3016).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::TableId;
use il_emit::signature::{TypeSig, decode};

pub(super) fn check(
    world: &World<'_>,
    assembly: Option<bool>,
    types: &[TypeView],
    out: &mut Vec<Finding>,
) {
    let md = world.md(0);
    for rid in 1..=md.row_count(TableId::CustomAttribute) {
        let Ok(ca) = md.custom_attribute(rid) else {
            continue;
        };
        // Judge attributes on compliant visible types, and on the assembly when it is.
        let target_row = ca.parent.0;
        let target = match ca.parent.table() {
            Some(TableId::TypeDef) => match types.iter().find(|t| t.key == (0, ca.parent.rid())) {
                Some(t) if t.compliant => t.name.clone(),
                _ => continue,
            },
            Some(TableId::Assembly) if assembly == Some(true) => "assembly".to_owned(),
            _ => continue,
        };
        let sig = match ca.ty.table() {
            Some(TableId::MemberRef) => md.member_ref(ca.ty.rid()).ok().map(|r| r.signature),
            Some(TableId::MethodDef) => md.method_def(ca.ty.rid()).ok().map(|r| r.signature),
            _ => None,
        };
        let Some(sig) = sig.and_then(|b| decode::method_sig(md.blob(b).ok()?).ok()) else {
            continue;
        };
        if sig
            .params
            .iter()
            .any(|p| matches!(p, TypeSig::SzArray(_) | TypeSig::Array(..)))
        {
            out.push(Finding {
                target: target_row,
                message: format!(
                    "arrays as attribute arguments are not CLS-compliant (on '{target}')"
                ),
                member: target,
                code: Some("CS3016"),
                rule: 34,
            });
        }
    }
}
