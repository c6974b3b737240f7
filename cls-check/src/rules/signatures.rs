//! Rule 11 (every type in a visible signature is CLS-compliant, generic arguments
//! included), with its special cases: unmanaged pointers (rule 17), typed references
//! (rule 14), arrays with non-zero lower bounds (rule 16), required modifiers (rule 35),
//! and varargs (rule 15). mcs reports these as CS3001 (parameters), CS3002 (returns),
//! CS3003 (fields, properties, events) and CS3000 (varargs).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::{CallKind, TypeSig, decode};

/// The rule a type breaks, if any.
pub(crate) fn non_cls(world: &World<'_>, asm: usize, ty: &TypeSig) -> Option<u32> {
    match ty {
        TypeSig::I1 | TypeSig::U2 | TypeSig::U4 | TypeSig::U8 | TypeSig::U => Some(11),
        TypeSig::Ptr(_) | TypeSig::FnPtr(_) => Some(17),
        TypeSig::TypedByRef => Some(14),
        TypeSig::Class(t) | TypeSig::ValueType(t) => {
            (!world.referenced_type_compliant(asm, *t)).then_some(11)
        }
        TypeSig::ByRef(inner) | TypeSig::SzArray(inner) | TypeSig::Pinned(inner) => {
            non_cls(world, asm, inner)
        }
        TypeSig::Array(inner, shape) => {
            if shape.lower_bounds.iter().any(|&b| b != 0) {
                return Some(16);
            }
            non_cls(world, asm, inner)
        }
        TypeSig::GenericInst { generic, args, .. } => {
            if !world.referenced_type_compliant(asm, *generic) {
                return Some(11);
            }
            args.iter().find_map(|a| non_cls(world, asm, a))
        }
        TypeSig::Modified { required: true, .. } => Some(35),
        TypeSig::Modified { ty, .. } => non_cls(world, asm, ty),
        _ => None,
    }
}

fn is_delegate(world: &World<'_>, t: &TypeView) -> bool {
    let md = world.md(t.key.0);
    md.type_def(t.key.1)
        .ok()
        .is_some_and(|r| world.token_name(t.key.0, r.extends) == "System.MulticastDelegate")
}

/// Accessors are judged through their property or event.
fn is_accessor(name: &str, flags: u16) -> bool {
    flags & 0x800 != 0
        && ["get_", "set_", "add_", "remove_", "raise_"]
            .iter()
            .any(|p| name.starts_with(p))
}

pub(super) fn check(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let asm = t.key.0;
    let md = world.md(asm);
    let delegate = is_delegate(world, t);
    for m in t.methods.iter().filter(|m| m.compliant) {
        // A delegate's shape is its Invoke; BeginInvoke/EndInvoke only repeat it.
        if (delegate && m.name != "Invoke") || is_accessor(&m.name, m.flags) {
            continue;
        }
        let Some(sig) = &m.sig else { continue };
        let name = t.method_name(world, m);
        if sig.call_conv.kind == CallKind::VarArg {
            out.push(Finding {
                target: Token::new(TableId::MethodDef, m.rid).0,
                member: name.clone(),
                code: Some("CS3000"),
                rule: 15,
                message: format!("methods with variable arguments are not CLS-compliant: '{name}'"),
            });
        }
        if let Some(rule) = non_cls(world, asm, &sig.ret) {
            out.push(Finding {
                target: Token::new(TableId::MethodDef, m.rid).0,
                member: name.clone(),
                code: Some("CS3002"),
                rule,
                message: format!("return type of '{name}' is not CLS-compliant"),
            });
        }
        for p in &sig.params {
            if let Some(rule) = non_cls(world, asm, p) {
                let ty = world.sig_name(asm, p);
                out.push(Finding {
                    target: Token::new(TableId::MethodDef, m.rid).0,
                    member: name.clone(),
                    code: Some("CS3001"),
                    rule,
                    message: format!("argument type '{ty}' of '{name}' is not CLS-compliant"),
                });
            }
        }
    }
    let mut typed = |token: Token, member: String, ty: Option<TypeSig>| {
        if let Some(rule) = ty.as_ref().and_then(|ty| non_cls(world, asm, ty)) {
            out.push(Finding {
                target: token.0,
                message: format!("type of '{member}' is not CLS-compliant"),
                member,
                code: Some("CS3003"),
                rule,
            });
        }
    };
    for (f, fname, compliant) in &t.fields {
        if *compliant {
            let ty = md
                .field(*f)
                .ok()
                .and_then(|r| decode::field_sig(md.blob(r.signature).ok()?).ok())
                .map(|s| s.ty);
            typed(
                Token::new(TableId::Field, *f),
                format!("{}.{fname}", t.name),
                ty,
            );
        }
    }
    let mut indexer_params = Vec::new();
    for (p, pname, compliant) in &t.properties {
        if *compliant {
            let sig = md
                .property(*p)
                .ok()
                .and_then(|r| decode::property_sig(md.blob(r.signature).ok()?).ok());
            let member = format!("{}.{pname}", t.name);
            if let Some(sig) = &sig {
                // An indexer's parameters belong to the property, not only its accessors.
                let token = Token::new(TableId::Property, *p);
                indexer_params.extend(
                    sig.params
                        .iter()
                        .map(|x| (token, member.clone(), x.clone())),
                );
            }
            typed(Token::new(TableId::Property, *p), member, sig.map(|s| s.ty));
        }
    }
    for (e, ename, compliant) in &t.events {
        if *compliant {
            let ty = md.event(*e).ok().map(|r| match r.event_type.table() {
                Some(TableId::TypeSpec) => md
                    .type_spec(r.event_type.rid())
                    .ok()
                    .and_then(|s| decode::type_spec(md.blob(s.signature).ok()?).ok())
                    .unwrap_or(TypeSig::Object),
                _ => TypeSig::Class(r.event_type),
            });
            typed(
                Token::new(TableId::Event, *e),
                format!("{}.{ename}", t.name),
                ty,
            );
        }
    }
    for (token, member, p) in indexer_params {
        if let Some(rule) = non_cls(world, asm, &p) {
            let ty = world.sig_name(asm, &p);
            out.push(Finding {
                target: token.0,
                message: format!("argument type '{ty}' of '{member}' is not CLS-compliant"),
                member,
                code: Some("CS3001"),
                rule,
            });
        }
    }
}
