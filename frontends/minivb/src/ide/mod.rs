//! The editor's view of a minivb file: its outline (namespaces, types and members, as
//! `frontend_core::ide` plain data), built from the syntax tree alone so it is there
//! even while the file has errors; and what a name refers to (`symbols`: hover and go
//! to definition).

mod symbols;

pub use symbols::symbol_at;

use crate::syntax::{
    CompilationUnit, MemberKind, Modifier, NamespaceMember, TypeDecl, TypeDeclKind,
};
use frontend_core::ide::{OutlineItem, SymbolKind};

/// The declarations of `unit` (parsed from `text`), nested as written.
pub fn outline(unit: &CompilationUnit, text: &str) -> Vec<OutlineItem> {
    namespace_members(&unit.members, text)
}

fn namespace_members(members: &[NamespaceMember], text: &str) -> Vec<OutlineItem> {
    members
        .iter()
        .filter_map(|m| match m {
            NamespaceMember::Namespace(ns) => {
                let name: Vec<&str> = ns.name.parts.iter().map(|p| p.text.as_str()).collect();
                let item = OutlineItem::new(
                    text,
                    &name.join("."),
                    SymbolKind::Namespace,
                    ns.range,
                    ns.name.range,
                );
                Some(item.with_children(namespace_members(&ns.members, text)))
            }
            NamespaceMember::Type(t) => Some(type_item(t, text)),
            NamespaceMember::Error(_) => None,
        })
        .collect()
}

fn type_item(t: &TypeDecl, text: &str) -> OutlineItem {
    let kind = match t.kind {
        TypeDeclKind::Class => SymbolKind::Class,
        TypeDeclKind::Structure => SymbolKind::Struct,
        TypeDeclKind::Module => SymbolKind::Module,
        TypeDeclKind::Interface => SymbolKind::Interface,
        TypeDeclKind::Enum => SymbolKind::Enum,
        TypeDeclKind::Delegate => SymbolKind::Delegate,
    };
    let mut children = Vec::new();
    for m in &t.members {
        let item =
            |name: &str, kind, name_range| OutlineItem::new(text, name, kind, m.range, name_range);
        match &m.kind {
            MemberKind::Field { declarators } => {
                let kind = match m.modifiers.contains(&Modifier::Const) {
                    true => SymbolKind::Constant,
                    false => SymbolKind::Field,
                };
                for d in declarators {
                    children.extend(
                        d.names
                            .iter()
                            .map(|n| item(&n.name.text, kind, n.name.range)),
                    );
                }
            }
            MemberKind::Method { signature, .. } | MemberKind::Declare { signature, .. } => {
                let s = &signature.name;
                children.push(item(&s.text, SymbolKind::Method, s.range))
            }
            MemberKind::Constructor { .. } => {
                let at = frontend_core::source::TextRange::new(m.range.start, m.range.start);
                children.push(item("New", SymbolKind::Constructor, at))
            }
            MemberKind::Property { name, .. } => {
                children.push(item(&name.text, SymbolKind::Property, name.range))
            }
            MemberKind::Event { name, .. } => {
                children.push(item(&name.text, SymbolKind::Event, name.range))
            }
            MemberKind::Operator { operator, .. } => {
                let at = frontend_core::source::TextRange::new(m.range.start, m.range.start);
                children.push(item(
                    &format!("Operator {operator}"),
                    SymbolKind::Operator,
                    at,
                ))
            }
            MemberKind::EnumMember { name, .. } => {
                children.push(item(&name.text, SymbolKind::EnumMember, name.range))
            }
            MemberKind::Type(nested) => children.push(type_item(nested, text)),
            MemberKind::Error => {}
        }
    }
    OutlineItem::new(text, &t.name.text, kind, t.range, t.name.range).with_children(children)
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontend_core::source::FileId;

    #[test]
    fn outline_nests_declarations() {
        let text = "Namespace Shapes\n  Enum Color\n    Red\n    Green = 2\n  End Enum\n  Public Class Circle\n    Const Pi As Double = 3.14\n    Private r, d As Double\n    Public Sub New(r As Double)\n      Me.r = r\n    End Sub\n    Public ReadOnly Property Area As Double\n      Get\n        Return Pi * r * r\n      End Get\n    End Property\n    Public Event Changed As System.EventHandler\n    Public Function Grow(k As Double) As Circle\n      Return New Circle(r * k)\n    End Function\n  End Class\n  Module Program\n    Sub Main()\n    End Sub\n  End Module\nEnd Namespace\n";
        let (unit, diags) = crate::parser::parse(FileId(0), text, &Default::default());
        assert!(diags.is_empty(), "{diags:?}");
        let items = outline(&unit, text);
        assert_eq!(
            frontend_core::ide::summary(&items),
            "Namespace Shapes [Enum Color [EnumMember Red, EnumMember Green], Class Circle [Constant Pi, Field r, Field d, Constructor New, Property Area, Event Changed, Method Grow], Module Program [Method Main]]"
        );
        let grow = &items[0].children[1].children[6];
        assert_eq!(grow.detail, "Public Function Grow(k As Double) As Circle");
    }
}
