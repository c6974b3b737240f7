//! What a name is among a source type's members before they are declared: while
//! declarations resolve signatures, the types being declared have no details yet, so a
//! type name that finds a field, property, event or method of an enclosing type (CS0118)
//! is recognized from the syntax.

use super::TypeSite;
use crate::bind::scope::UndeclaredMembers;
use crate::syntax::MemberKind;
use frontend_core::types::TypeId;

impl UndeclaredMembers for &[TypeSite<'_>] {
    fn kind_of(&self, id: TypeId, name: &str) -> Option<(&'static str, String)> {
        // Sites are in TypeDef order: a source type's index is its site's.
        let site = self.get(id.idx as usize).filter(|s| s.id == id)?;
        let named = |i: &crate::syntax::Ident| &*i.text == name;
        let plain = |kind| Some((kind, name.to_owned()));
        site.decl.members.iter().find_map(|m| match &m.kind {
            MemberKind::Field { declarators, .. } if declarators.iter().any(|d| named(&d.name)) => {
                plain("field")
            }
            MemberKind::Event {
                declarators,
                name: n,
                ..
            } if declarators.iter().any(|d| named(&d.name)) || n.as_ref().is_some_and(named) => {
                plain("event")
            }
            MemberKind::Property { name: n, .. } if named(n) => plain("property"),
            // As C# prints a method: `Draw(int)`, its parameter types as written.
            MemberKind::Method {
                name: n, params, ..
            } if named(n) => {
                let types: Vec<String> = params.iter().map(|p| p.ty.to_string()).collect();
                Some(("method", format!("{name}({})", types.join(", "))))
            }
            _ => None,
        })
    }
}
