//! Properties, events and interface shape (rules 19, 24, 26–33): accessors are marked
//! SpecialName and follow the `get_`/`set_`/`add_`/`remove_`/`raise_` naming pattern, a
//! property's accessors agree on static or instance and on its type, an
//! event has both `add` and `remove` with one delegate-typed parameter and one
//! accessibility, and a compliant interface declares no static methods or fields. No C#
//! compiler can break most of these, so none has a warning code for them.

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::{TypeSig, decode};

const SETTER: u16 = 0x1;
const GETTER: u16 = 0x2;
const ADD_ON: u16 = 0x8;
const REMOVE_ON: u16 = 0x10;
const FIRE: u16 = 0x20;

fn finding(target: Token, member: String, rule: u32, message: String, out: &mut Vec<Finding>) {
    out.push(Finding {
        target: target.0,
        member,
        code: None,
        rule,
        message,
    });
}

/// The accessors of a property or event: (semantics, MethodDef row).
fn accessors(world: &World<'_>, asm: usize, assoc: Token) -> Vec<(u16, u32)> {
    let md = world.md(asm);
    md.rows_for(TableId::MethodSemantics, 2, assoc)
        .into_iter()
        .flatten()
        .filter_map(|r| md.method_semantics(r).ok().map(|s| (s.semantics, s.method)))
        .collect()
}

pub(super) fn check(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let (asm, rid) = t.key;
    let md = world.md(asm);
    let method = |m: u32| md.method_def(m).ok();
    let name_of = |m: u32| {
        method(m)
            .and_then(|r| md.string(r.name).ok())
            .unwrap_or("")
            .to_owned()
    };
    for (p, pname, compliant) in t.properties.iter().filter(|p| p.2) {
        let _ = compliant;
        let member = format!("{}.{pname}", t.name);
        let ptok = Token::new(TableId::Property, *p);
        let accs = accessors(world, asm, ptok);
        let ty = md
            .property(*p)
            .ok()
            .and_then(|r| decode::property_sig(md.blob(r.signature).ok()?).ok())
            .map(|s| s.ty);
        let mut statics = Vec::new();
        for &(sem, m) in &accs {
            let Some(row) = method(m) else { continue };
            let mname = name_of(m);
            if row.flags & 0x800 == 0 {
                finding(
                    ptok,
                    member.clone(),
                    24,
                    format!("accessor '{mname}' of property '{member}' is not marked SpecialName"),
                    out,
                );
            }
            let expected = match sem {
                GETTER => Some(format!("get_{pname}")),
                SETTER => Some(format!("set_{pname}")),
                _ => None,
            };
            if let Some(e) = expected.filter(|e| *e != mname) {
                finding(
                    ptok,
                    member.clone(),
                    28,
                    format!("accessor '{mname}' of property '{member}' should be named '{e}'"),
                    out,
                );
            }
            statics.push(row.flags & 0x10 != 0);
            let sig = md
                .blob(row.signature)
                .ok()
                .and_then(|b| decode::method_sig(b).ok());
            let accessor_ty = match (sem, &sig) {
                (GETTER, Some(s)) => Some(s.ret.clone()),
                (SETTER, Some(s)) => s.params.last().cloned(),
                _ => None,
            };
            if let (Some(a), Some(p)) = (&accessor_ty, &ty) {
                if a != p {
                    finding(
                        ptok,
                        member.clone(),
                        27,
                        format!(
                            "the type of property '{member}' differs from that of its accessor '{mname}'"
                        ),
                        out,
                    );
                }
            }
        }
        // "All static, all virtual, or all instance": all-instance suffices, so only a mix
        // of static and instance accessors breaks it.
        if statics.windows(2).any(|w| w[0] != w[1]) {
            finding(
                ptok,
                member.clone(),
                26,
                format!("the accessors of property '{member}' mix static and instance methods"),
                out,
            );
        }
    }
    for (e, ename, _) in t.events.iter().filter(|e| e.2) {
        let member = format!("{}.{ename}", t.name);
        let etok = Token::new(TableId::Event, *e);
        let accs = accessors(world, asm, etok);
        // The event's type as a signature type, to compare with the accessors' parameter.
        let event_sig = md.event(*e).ok().and_then(|r| match r.event_type.table() {
            Some(TableId::TypeSpec) => md
                .type_spec(r.event_type.rid())
                .ok()
                .and_then(|t| decode::type_spec(md.blob(t.signature).ok()?).ok()),
            _ => Some(TypeSig::Class(r.event_type)),
        });
        let (mut add, mut remove) = (None, None);
        for &(sem, m) in &accs {
            let Some(row) = method(m) else { continue };
            let mname = name_of(m);
            if row.flags & 0x800 == 0 {
                finding(
                    etok,
                    member.clone(),
                    29,
                    format!("accessor '{mname}' of event '{member}' is not marked SpecialName"),
                    out,
                );
            }
            let prefix = match sem {
                ADD_ON => {
                    add = Some(row);
                    "add_"
                }
                REMOVE_ON => {
                    remove = Some(row);
                    "remove_"
                }
                FIRE => "raise_",
                _ => continue,
            };
            if mname != format!("{prefix}{ename}") {
                finding(
                    etok,
                    member.clone(),
                    33,
                    format!(
                        "accessor '{mname}' of event '{member}' should be named '{prefix}{ename}'"
                    ),
                    out,
                );
            }
            if sem == ADD_ON || sem == REMOVE_ON {
                let sig = md
                    .blob(row.signature)
                    .ok()
                    .and_then(|b| decode::method_sig(b).ok());
                let takes_event_type = sig.is_some_and(|s| {
                    s.params.len() == 1 && Some(&s.params[0]) == event_sig.as_ref()
                });
                if !takes_event_type {
                    finding(
                        etok,
                        member.clone(),
                        32,
                        format!(
                            "accessor '{mname}' of event '{member}' must take one parameter of the event's type"
                        ),
                        out,
                    );
                }
            }
        }
        match (add, remove) {
            (Some(a), Some(r)) if a.flags & 0x7 != r.flags & 0x7 => finding(
                etok,
                member.clone(),
                30,
                format!("the add and remove accessors of event '{member}' differ in accessibility"),
                out,
            ),
            (Some(_), None) | (None, Some(_)) => finding(
                etok,
                member.clone(),
                31,
                format!("event '{member}' must have both add and remove accessors"),
                out,
            ),
            _ => {}
        }
    }
    if t.is_interface() {
        for m in t
            .methods
            .iter()
            .filter(|m| m.compliant && m.flags & 0x10 != 0)
        {
            let name = t.method_name(world, m);
            finding(
                Token::new(TableId::MethodDef, m.rid),
                name.clone(),
                19,
                format!(
                    "CLS-compliant interface '{}' declares static method '{name}'",
                    t.name
                ),
                out,
            );
        }
        for f in md.type_fields(rid).into_iter().flatten() {
            let fname = md
                .field(f)
                .ok()
                .and_then(|r| md.string(r.name).ok())
                .unwrap_or("?");
            finding(
                Token::new(TableId::Field, f),
                format!("{}.{fname}", t.name),
                19,
                format!(
                    "CLS-compliant interface '{}' declares field '{fname}'",
                    t.name
                ),
                out,
            );
        }
    }
}
