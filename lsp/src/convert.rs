//! Between the front ends' plain data (byte offsets, `frontend_core` diagnostics and
//! outlines) and LSP types (lines and UTF-16 columns): the only place that maps them.

use frontend_core::diag::{Diagnostic, Severity};
use frontend_core::ide::{OutlineItem, SymbolKind};
use frontend_core::source::TextRange;
use tower_lsp_server::gen_lsp_types as lsp;

/// Line starts of one text, for turning byte offsets into positions and back.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character
    /// boundary): its line and its column in UTF-16 code units, as LSP counts them.
    pub fn position(&self, offset: u32) -> lsp::Position {
        let mut offset = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character: usize = self.text[start..offset].chars().map(char::len_utf16).sum();
        lsp::Position::new(line as u32, character as u32)
    }

    /// The byte offset of `pos` (past the end of its line: the line's end; past the
    /// last line: the end of the text).
    pub fn offset(&self, pos: lsp::Position) -> u32 {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return self.text.len() as u32;
        };
        let line_end = self
            .starts
            .get(pos.line as usize + 1)
            .map_or(self.text.len(), |&next| next - 1);
        let mut units = 0u32;
        for (i, c) in self.text[start..line_end].char_indices() {
            if units >= pos.character {
                return (start + i) as u32;
            }
            units += c.len_utf16() as u32;
        }
        line_end as u32
    }

    pub fn range(&self, r: TextRange) -> lsp::Range {
        lsp::Range::new(self.position(r.start), self.position(r.end))
    }
}

/// A front-end diagnostic as LSP has it: the code as Roslyn numbers it, notes after the
/// message, and secondary labels as related locations in the same document.
pub fn diagnostic(
    index: &LineIndex<'_>,
    uri: &lsp::Uri,
    d: &Diagnostic,
    source: &str,
) -> lsp::Diagnostic {
    let severity = match d.severity {
        Severity::Error => lsp::DiagnosticSeverity::Error,
        Severity::Warning => lsp::DiagnosticSeverity::Warning,
        _ => lsp::DiagnosticSeverity::Information,
    };
    let mut message = d.message.clone();
    for n in &d.notes {
        message.push('\n');
        message.push_str(n);
    }
    let related: Vec<lsp::DiagnosticRelatedInformation> = d
        .secondary
        .iter()
        .filter(|l| l.file == d.primary.file)
        .map(|l| lsp::DiagnosticRelatedInformation {
            location: lsp::Location::new(uri.clone(), index.range(l.range)),
            message: l.message.clone(),
        })
        .collect();
    lsp::Diagnostic {
        range: index.range(d.primary.range),
        severity: Some(severity),
        code: Some(lsp::Code::String(d.code.to_string())),
        source: Some(source.to_owned()),
        message: message.into(),
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}

/// An outline item and its children as a document symbol.
#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be spelled out.
pub fn document_symbol(index: &LineIndex<'_>, item: &OutlineItem) -> lsp::DocumentSymbol {
    let children: Vec<lsp::DocumentSymbol> = item
        .children
        .iter()
        .map(|c| document_symbol(index, c))
        .collect();
    let range = index.range(item.range);
    // The name lies inside the declaration, as LSP requires of the selection.
    let name = TextRange::new(
        item.name_range
            .start
            .clamp(item.range.start, item.range.end),
        item.name_range.end.clamp(item.range.start, item.range.end),
    );
    lsp::DocumentSymbol {
        name: item.name.clone(),
        detail: (!item.detail.is_empty()).then(|| item.detail.clone()),
        kind: symbol_kind(item.kind),
        tags: None,
        deprecated: None,
        range,
        selection_range: index.range(name),
        children: (!children.is_empty()).then_some(children),
    }
}

fn symbol_kind(k: SymbolKind) -> lsp::SymbolKind {
    match k {
        SymbolKind::Namespace => lsp::SymbolKind::Namespace,
        SymbolKind::Class => lsp::SymbolKind::Class,
        SymbolKind::Struct => lsp::SymbolKind::Struct,
        SymbolKind::Interface => lsp::SymbolKind::Interface,
        SymbolKind::Enum => lsp::SymbolKind::Enum,
        SymbolKind::EnumMember => lsp::SymbolKind::EnumMember,
        SymbolKind::Delegate => lsp::SymbolKind::Class,
        SymbolKind::Module => lsp::SymbolKind::Module,
        SymbolKind::Field => lsp::SymbolKind::Field,
        SymbolKind::Constant => lsp::SymbolKind::Constant,
        SymbolKind::Method => lsp::SymbolKind::Method,
        SymbolKind::Constructor => lsp::SymbolKind::Constructor,
        SymbolKind::Property => lsp::SymbolKind::Property,
        SymbolKind::Event => lsp::SymbolKind::Event,
        SymbolKind::Operator => lsp::SymbolKind::Operator,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_and_round_trip() {
        let text = "ab\n\u{e9}\u{1F600}x\r\nlast";
        let ix = LineIndex::new(text);
        assert_eq!(ix.position(0), lsp::Position::new(0, 0));
        assert_eq!(ix.position(3), lsp::Position::new(1, 0));
        // é is one UTF-16 unit (two bytes), the emoji two units (four bytes).
        let x = text.find('x').unwrap() as u32;
        assert_eq!(ix.position(x), lsp::Position::new(1, 3));
        assert_eq!(ix.offset(lsp::Position::new(1, 3)), x);
        // Inside a character: back to its start. Past the end: the end.
        assert_eq!(ix.position(4), lsp::Position::new(1, 0));
        assert_eq!(ix.position(999), lsp::Position::new(2, 4));
        assert_eq!(ix.offset(lsp::Position::new(0, 99)), 2);
        assert_eq!(ix.offset(lsp::Position::new(9, 0)), text.len() as u32);
    }
}
