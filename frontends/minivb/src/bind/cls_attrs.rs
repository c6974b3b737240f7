//! `<CLSCompliant(True|False)>` on the assembly, types and members: the binder records
//! each mark (and where each member was declared, for the CLS pass's warnings), and this
//! module turns the marks into custom attributes so the emitted metadata carries them
//! (the CLS engine judges metadata only).

use super::declare::Declared;
use crate::syntax::{AttributeBlock, CompilationUnit, ExprKind, LiteralKind};
use frontend_core::emit::module::{AttrTarget, CustomAttribute};
use frontend_core::ir::MethodRef;
use frontend_core::source::FileId;
use frontend_core::symbols::{MethodId, World};
use frontend_core::types::Ty;
use std::sync::Arc;

/// The value of the first `CLSCompliant(True|False)` among `blocks` whose target is
/// `target` (`None`: no target, `Some("assembly")`), if any.
pub fn cls_mark(blocks: &[AttributeBlock], target: Option<&str>) -> Option<bool> {
    blocks.iter().flat_map(|b| &b.attributes).find_map(|a| {
        let t = a.target.as_ref().map(|t| t.text.to_ascii_lowercase());
        if t.as_deref() != target {
            return None;
        }
        let name = super::scope::dotted(&a.name)?.to_ascii_lowercase();
        let name = name.strip_prefix("system.").unwrap_or(&name);
        if !matches!(name, "clscompliant" | "clscompliantattribute") {
            return None;
        }
        match &a.args.first()?.value.kind {
            ExprKind::Literal(LiteralKind::True) => Some(true),
            ExprKind::Literal(LiteralKind::False) => Some(false),
            _ => None,
        }
    })
}

/// The `CLSCompliant` attributes of the assembly (from every file's `<Assembly: …>`
/// blocks) and of the marked types and members.
pub fn attributes(
    world: &World,
    units: &[(FileId, &CompilationUnit)],
    declared: &Declared<'_>,
) -> Vec<CustomAttribute> {
    use il_emit::custom_attribute::{CaValue, CustomAttributeValue, encode};
    let Some(id) = world.well_known("System", "CLSCompliantAttribute") else {
        return Vec::new();
    };
    let Some(idx) = world
        .details(id)
        .methods
        .iter()
        .position(|m| m.is_ctor() && m.params.len() == 1 && m.params[0].ty == Ty::Bool)
    else {
        return Vec::new();
    };
    let ctor = MethodRef {
        id: MethodId {
            ty: id,
            idx: idx as u32,
        },
        type_args: Arc::from([]),
        method_args: Arc::from([]),
    };
    let assembly = units
        .iter()
        .find_map(|(_, u)| cls_mark(&u.attributes, Some("assembly")))
        .map(|v| (AttrTarget::Assembly, v));
    assembly
        .into_iter()
        .chain(declared.cls_marks.iter().cloned())
        .map(|(target, v)| CustomAttribute {
            target,
            ctor: ctor.clone(),
            blob: encode(&CustomAttributeValue {
                fixed: vec![CaValue::Boolean(v)],
                named: Vec::new(),
            }),
        })
        .collect()
}
