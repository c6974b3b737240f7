//! Names (rules 4 and 5): visible names that differ only in case collide for
//! case-insensitive languages (CS3005), and a name may not start with `_` (CS3008; C#
//! compilers enforce the identifier-start rule this way).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use std::collections::HashMap;

/// Reports the later of each pair of names equal but for case, in order.
fn collisions<'n>(names: impl Iterator<Item = (&'n str, String)>, out: &mut Vec<Finding>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (name, member) in names {
        let folded = name.to_lowercase();
        match seen.get(&folded) {
            Some(first) if *first != name => out.push(Finding {
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

fn underscore(name: &str, member: String, out: &mut Vec<Finding>) {
    if name.starts_with('_') {
        out.push(Finding {
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
    collisions(compliant().map(|t| (t.name.as_str(), t.name.clone())), out);
    for t in compliant() {
        underscore(t.name.rsplit('.').next().unwrap_or(""), t.name.clone(), out);
    }
}

/// Member names within one type (methods of one name are overloads, not collisions).
pub(super) fn check_members(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let mut names: Vec<(&str, String)> = Vec::new();
    let mut method_names: Vec<&str> = Vec::new();
    // A constructor's C# name is its type's name.
    let simple = t.name.rsplit('.').next().unwrap_or("");
    for m in t
        .methods
        .iter()
        .filter(|m| m.compliant && m.name == ".ctor")
    {
        underscore(simple, t.method_name(world, m), out);
    }
    for m in t
        .methods
        .iter()
        .filter(|m| m.compliant && m.flags & 0x800 == 0)
    {
        if !method_names.contains(&m.name.as_str()) {
            method_names.push(&m.name);
            names.push((&m.name, t.method_name(world, m)));
        }
        underscore(&m.name, t.method_name(world, m), out);
    }
    let others = t.fields.iter().chain(&t.properties).chain(&t.events);
    for (_, name, compliant) in others {
        if *compliant {
            names.push((name, format!("{}.{name}", t.name)));
            underscore(name, format!("{}.{name}", t.name), out);
        }
    }
    collisions(names.into_iter(), out);
}
