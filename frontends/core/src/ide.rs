//! What the editor features of both languages hand to the language server, as plain
//! data in editor terms (byte ranges in one file, names, kinds). The language crates
//! build it from their syntax trees; only the `lsp` crate maps it to LSP types.

pub mod described;
pub mod refs;

use crate::source::{FileId, TextRange};

/// What a declaration is, for outlines and symbol search.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SymbolKind {
    Namespace,
    Class,
    Struct,
    Interface,
    Enum,
    EnumMember,
    Delegate,
    /// A VB `Module` (a static class to C#).
    Module,
    Field,
    Constant,
    Method,
    Constructor,
    Property,
    Event,
    Operator,
}

/// One declaration of a file's outline, with the declarations it contains.
#[derive(Clone, PartialEq, Debug)]
pub struct OutlineItem {
    pub name: String,
    /// The declaration's head as written (modifiers, type, parameters).
    pub detail: String,
    pub kind: SymbolKind,
    /// The whole declaration.
    pub range: TextRange,
    /// The name (or, for an unnamed declaration, where it starts).
    pub name_range: TextRange,
    pub children: Vec<OutlineItem>,
}

impl OutlineItem {
    /// An item for the declaration at `range` in `text`, its detail taken from the
    /// source: the first line, up to a body (`{`, `=>`) or a closing `;`.
    pub fn new(
        text: &str,
        name: &str,
        kind: SymbolKind,
        range: TextRange,
        name_range: TextRange,
    ) -> OutlineItem {
        let start = (range.start as usize).min(text.len());
        let end = (range.end as usize).clamp(start, text.len());
        let written = text.get(start..end).unwrap_or("");
        let line = written.lines().next().unwrap_or("");
        let head = line.split('{').next().unwrap_or("");
        let head = head.split("=>").next().unwrap_or("");
        let detail = head.trim().trim_end_matches(';').trim_end().to_owned();
        OutlineItem {
            name: name.to_owned(),
            detail,
            kind,
            range,
            name_range,
            children: Vec::new(),
        }
    }

    /// The same item holding `children`.
    pub fn with_children(mut self, children: Vec<OutlineItem>) -> OutlineItem {
        self.children = children;
        self
    }
}

/// A one-line rendering of an outline, `Kind name [children]` joined by commas: what
/// tests compare and a debugging aid.
pub fn summary(items: &[OutlineItem]) -> String {
    items
        .iter()
        .map(|i| match i.children.is_empty() {
            true => format!("{:?} {}", i.kind, i.name),
            false => format!("{:?} {} [{}]", i.kind, i.name, summary(&i.children)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_is_the_first_line_without_its_brace() {
        let text = "  public int Work(int n) {\n    return n;\n  }\n";
        let item = OutlineItem::new(
            text,
            "Work",
            SymbolKind::Method,
            TextRange { start: 2, end: 45 },
            TextRange { start: 13, end: 17 },
        );
        assert_eq!(item.detail, "public int Work(int n)");
        // A range past the end of a shorter (edited) text is clamped, not a panic.
        let short = OutlineItem::new(
            "x",
            "X",
            SymbolKind::Field,
            TextRange { start: 5, end: 9 },
            TextRange { start: 5, end: 6 },
        );
        assert_eq!(short.detail, "");
    }
}

/// A name at a position (hover and go to definition): its range, what hovering shows,
/// and where the source declares it (file positions), when it does.
#[derive(Clone, Debug, PartialEq)]
pub struct SymbolInfo {
    pub range: TextRange,
    pub hover: String,
    pub definition: Option<(FileId, TextRange)>,
}
