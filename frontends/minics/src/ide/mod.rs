//! The editor's view of a minics file: its outline (namespaces, types and members, as
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
                let name: Vec<&str> = ns.name.parts.iter().map(|p| &*p.text).collect();
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
        TypeDeclKind::Struct => SymbolKind::Struct,
        TypeDeclKind::Interface => SymbolKind::Interface,
        TypeDeclKind::Enum => SymbolKind::Enum,
        TypeDeclKind::Delegate => SymbolKind::Delegate,
    };
    let mut children: Vec<OutlineItem> = t
        .enum_members
        .iter()
        .map(|(_, name, value)| {
            let end = value.as_ref().map_or(name.range.end, |v| v.range.end);
            let range = frontend_core::source::TextRange::new(name.range.start, end);
            OutlineItem::new(text, &name.text, SymbolKind::EnumMember, range, name.range)
        })
        .collect();
    for m in &t.members {
        let item =
            |name: &str, kind, name_range| OutlineItem::new(text, name, kind, m.range, name_range);
        match &m.kind {
            MemberKind::Field { declarators, .. } => {
                let kind = match m.modifiers.contains(&Modifier::Const) {
                    true => SymbolKind::Constant,
                    false => SymbolKind::Field,
                };
                children.extend(
                    declarators
                        .iter()
                        .map(|d| item(&d.name.text, kind, d.name.range)),
                );
            }
            MemberKind::Method { name, .. } => {
                children.push(item(&name.text, SymbolKind::Method, name.range))
            }
            MemberKind::Constructor { name, .. } => {
                children.push(item(&name.text, SymbolKind::Constructor, name.range))
            }
            MemberKind::Destructor { name, .. } => children.push(item(
                &format!("~{}", name.text),
                SymbolKind::Method,
                name.range,
            )),
            MemberKind::Property { name, .. } => {
                children.push(item(&name.text, SymbolKind::Property, name.range))
            }
            MemberKind::Indexer { ty, .. } => {
                children.push(item("this[]", SymbolKind::Property, ty.range))
            }
            MemberKind::Event {
                declarators, name, ..
            } => match name {
                Some(n) => children.push(item(&n.text, SymbolKind::Event, n.range)),
                None => children.extend(
                    declarators
                        .iter()
                        .map(|d| item(&d.name.text, SymbolKind::Event, d.name.range)),
                ),
            },
            MemberKind::Operator {
                operator,
                return_type,
                ..
            } => children.push(item(
                &format!("operator {operator}"),
                SymbolKind::Operator,
                return_type.range,
            )),
            MemberKind::Conversion { implicit, ty, .. } => {
                let which = if *implicit { "implicit" } else { "explicit" };
                let name = format!("{which} operator {}", &text_of(text, ty.range));
                children.push(item(&name, SymbolKind::Operator, ty.range))
            }
            MemberKind::Type(nested) => children.push(type_item(nested, text)),
            MemberKind::Error => {}
        }
    }
    OutlineItem::new(text, &t.name.text, kind, t.range, t.name.range).with_children(children)
}

fn text_of(text: &str, r: frontend_core::source::TextRange) -> &str {
    text.get(r.start as usize..r.end as usize).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontend_core::source::FileId;

    #[test]
    fn outline_nests_declarations_and_survives_errors() {
        let text = "namespace A.B {\n  enum E { X, Y = 2 }\n  class C {\n    const int K = 1;\n    int f, g;\n    public C() { }\n    int P { get; set; }\n    public int this[int i] { get { return i; } }\n    event System.Action Done;\n    public static C operator +(C a, C b) { return a; }\n    void M() { int x = ; }\n    class N { }\n  }\n}\n";
        let (unit, diags) = crate::parser::parse(FileId(0), text, &Default::default());
        assert!(!diags.is_empty(), "the broken body is reported");
        let items = outline(&unit, text);
        assert_eq!(
            frontend_core::ide::summary(&items),
            "Namespace A.B [Enum E [EnumMember X, EnumMember Y], Class C [Constant K, Field f, Field g, Constructor C, Property P, Property this[], Event Done, Operator operator +, Method M, Class N]]"
        );
        let m = &items[0].children[1].children[8];
        assert_eq!(m.detail, "void M()");
        assert_eq!(text_of(text, m.name_range), "M");
    }
}
