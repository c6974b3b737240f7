//! Names (rules 4 and 5): visible names that differ only in case collide for
//! case-insensitive languages (CS3005), and a name may not start with `_` (CS3008; C#
//! compilers enforce the identifier-start rule this way).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::TableId;
use il_emit::entity::Token;
use std::collections::HashMap;

/// Reports the later of each pair of names equal but for case, in order.
fn collisions<'n>(names: impl Iterator<Item = (&'n str, String, Token)>, out: &mut Vec<Finding>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (name, member, token) in names {
        let folded = name.to_lowercase();
        match seen.get(&folded) {
            Some(first) if *first != name => out.push(Finding {
                target: token.0,
                message: format!(
                    "identifier '{member}' differing only in case is not CLS-compliant"
                ),
                member,
                code: Some("CS3005"),
                rule: 4,
            }),
            Some(_) => {}
            None => {
                seen.insert(folded, name);
            }
        }
    }
}

fn underscore(name: &str, member: String, token: Token, out: &mut Vec<Finding>) {
    if name.starts_with('_') {
        out.push(Finding {
            target: token.0,
            message: format!("identifier '{member}' is not CLS-compliant"),
            member,
            code: Some("CS3008"),
            rule: 4,
        });
    }
}

/// Type names across the assembly.
pub(super) fn check_type_names(_world: &World<'_>, types: &[TypeView], out: &mut Vec<Finding>) {
    let compliant = || types.iter().filter(|t| t.compliant);
    let def = |t: &TypeView| Token::new(TableId::TypeDef, t.key.1);
    collisions(
        compliant().map(|t| (t.name.as_str(), t.name.clone(), def(t))),
        out,
    );
    for t in compliant() {
        let simple = t.name.rsplit('.').next().unwrap_or("");
        underscore(simple, t.name.clone(), def(t), out);
    }
}

/// Member names within one type (methods of one name are overloads, not collisions).
pub(super) fn check_members(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let mut names: Vec<(&str, String, Token)> = Vec::new();
    let method = |m: &super::Method| Token::new(TableId::MethodDef, m.rid);
    let mut method_names: Vec<&str> = Vec::new();
    // A constructor's C# name is its type's name.
    let simple = t.name.rsplit('.').next().unwrap_or("");
    for m in t
        .methods
        .iter()
        .filter(|m| m.compliant && m.name == ".ctor")
    {
        underscore(simple, t.method_name(world, m), method(m), out);
    }
    for m in t
        .methods
        .iter()
        .filter(|m| m.compliant && m.flags & 0x800 == 0)
    {
        if !method_names.contains(&m.name.as_str()) {
            method_names.push(&m.name);
            names.push((&m.name, t.method_name(world, m), method(m)));
        }
        underscore(&m.name, t.method_name(world, m), method(m), out);
    }
    let others = (t.fields.iter().map(|f| (TableId::Field, f)))
        .chain(t.properties.iter().map(|p| (TableId::Property, p)))
        .chain(t.events.iter().map(|e| (TableId::Event, e)));
    for (table, (rid, name, compliant)) in others {
        if *compliant {
            let token = Token::new(table, *rid);
            names.push((name, format!("{}.{name}", t.name), token));
            underscore(name, format!("{}.{name}", t.name), token, out);
        }
    }
    collisions(names.into_iter(), out);
}
