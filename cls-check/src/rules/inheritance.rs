//! Inheritance and the shape of compliant types: a compliant type's base type is compliant
//! (rule 23; an enum's underlying type, rule 7) (CS3009); its base interfaces are (rule 20)
//! of an interface (CS3027); a compliant interface has only compliant members (rule 18) (CS3010); only
//! compliant members may be abstract (rule 20) (CS3011); and nothing is marked compliant
//! inside a scope that is not (rule 2) (CS3014, CS3018).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use crate::rules::signatures::non_cls;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::decode;

pub(super) fn check(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let (asm, rid) = t.key;
    let md = world.md(asm);
    let Ok(row) = md.type_def(rid) else { return };
    if !row.extends.is_nil() && !world.referenced_type_compliant(asm, row.extends) {
        let base = world.token_name(asm, row.extends);
        out.push(Finding {
            target: Token::new(TableId::TypeDef, t.key.1).0,
            member: t.name.clone(),
            code: Some("CS3009"),
            rule: 23,
            message: format!("'{}': base type '{base}' is not CLS-compliant", t.name),
        });
    }
    if world.token_name(asm, row.extends) == "System.Enum" {
        let value_field = md
            .type_fields(rid)
            .ok()
            .into_iter()
            .flatten()
            .find(|&f| md.field(f).is_ok_and(|r| r.flags & 0x10 == 0));
        let underlying = value_field
            .and_then(|f| md.field(f).ok())
            .and_then(|r| decode::field_sig(md.blob(r.signature).ok()?).ok());
        if let Some(sig) = underlying.filter(|s| non_cls(world, asm, &s.ty).is_some()) {
            let base = world.sig_name(asm, &sig.ty);
            out.push(Finding {
                target: Token::new(TableId::TypeDef, t.key.1).0,
                member: t.name.clone(),
                code: Some("CS3009"),
                rule: 7,
                message: format!("'{}': base type '{base}' is not CLS-compliant", t.name),
            });
        }
    }
    // Only an interface's base interfaces make it non-compliant; a class may implement a
    // non-compliant interface (rule 20 forbids requiring such members of implementers).
    let interfaces = if t.is_interface() {
        md.interface_impls(rid).ok()
    } else {
        None
    };
    for i in interfaces.into_iter().flatten() {
        let Ok(ii) = md.interface_impl(i) else {
            continue;
        };
        if !world.referenced_type_compliant(asm, ii.interface) {
            let iface = world.token_name(asm, ii.interface);
            out.push(Finding {
                target: Token::new(TableId::TypeDef, t.key.1).0,
                member: t.name.clone(),
                code: Some("CS3027"),
                rule: 20,
                message: format!("'{}' is not CLS-compliant because base interface '{iface}' is not CLS-compliant", t.name),
            });
        }
    }
    if t.is_interface() {
        let others = t
            .properties
            .iter()
            .map(|p| (Token::new(TableId::Property, p.0), &p.1))
            .chain(
                t.events
                    .iter()
                    .map(|e| (Token::new(TableId::Event, e.0), &e.1)),
            );
        for (token, name) in others {
            if world.declared(asm, token) == Some(false) {
                let member = format!("{}.{name}", t.name);
                out.push(Finding {
                    target: token.0,
                    message: format!(
                        "'{member}': CLS-compliant interfaces must have only CLS-compliant members"
                    ),
                    member,
                    code: Some("CS3010"),
                    rule: 18,
                });
            }
        }
    }
    for m in t.methods.iter().filter(|m| m.declared_false) {
        let name = t.method_name(world, m);
        if t.is_interface() {
            out.push(Finding {
                target: Token::new(TableId::MethodDef, m.rid).0,
                message: format!(
                    "'{name}': CLS-compliant interfaces must have only CLS-compliant members"
                ),
                member: name,
                code: Some("CS3010"),
                rule: 18,
            });
        } else if m.flags & 0x400 != 0 {
            out.push(Finding {
                target: Token::new(TableId::MethodDef, m.rid).0,
                message: format!("'{name}': only CLS-compliant members can be abstract"),
                member: name,
                code: Some("CS3011"),
                rule: 20,
            });
        }
    }
}

/// Members marked `[CLSCompliant(true)]` inside a type that is not compliant.
pub(super) fn members_marked_compliant_in_noncompliant_type(
    world: &World<'_>,
    t: &TypeView,
    out: &mut Vec<Finding>,
) {
    let (asm, _) = t.key;
    let marked = t.methods.iter().map(|m| {
        (
            Token::new(TableId::MethodDef, m.rid),
            t.method_name(world, m),
        )
    });
    let fields = t.fields.iter().map(|f| {
        (
            Token::new(TableId::Field, f.0),
            format!("{}.{}", t.name, f.1),
        )
    });
    let marked: Vec<(Token, String)> = marked
        .chain(fields)
        .filter(|(token, _)| world.declared(asm, *token) == Some(true))
        .collect();
    for (token, member) in marked {
        out.push(Finding {
            target: token.0,
            message: format!(
                "'{member}' cannot be marked as CLS-compliant because it is a member of non-CLS-compliant type '{}'",
                t.name
            ),
            member,
            code: Some("CS3018"),
            rule: 2,
        });
    }
}

/// Types marked `[CLSCompliant(true)]` where their scope is not compliant.
pub(super) fn marked_compliant_in_noncompliant_scope(
    world: &World<'_>,
    assembly: Option<bool>,
    types: &[TypeView],
    out: &mut Vec<Finding>,
) {
    for t in types {
        let (asm, rid) = t.key;
        if world.declared(asm, Token::new(TableId::TypeDef, rid)) != Some(true) {
            continue;
        }
        match world.md(asm).enclosing_type(rid) {
            Ok(Some(outer)) if outer != rid && !world.type_compliant((asm, outer)) => {
                let outer_name = world.type_name((asm, outer));
                out.push(Finding {
                    target: Token::new(TableId::TypeDef, t.key.1).0,
                    member: t.name.clone(),
                    code: Some("CS3018"),
                    rule: 2,
                    message: format!(
                        "'{}' cannot be marked as CLS-compliant because it is a member of non-CLS-compliant type '{outer_name}'",
                        t.name
                    ),
                });
            }
            _ if assembly.is_none() => out.push(Finding {
                target: Token::new(TableId::TypeDef, t.key.1).0,
                member: t.name.clone(),
                code: Some("CS3014"),
                rule: 2,
                message: format!(
                    "'{}' cannot be marked as CLS-compliant because the assembly does not have a CLSCompliant attribute",
                    t.name
                ),
            }),
            _ => {}
        }
    }
}
