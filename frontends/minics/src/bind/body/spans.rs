//! The locations Roslyn gives some diagnostics, recovered from the source text where the
//! syntax tree keeps no range of its own: a statement's first token (CS0162, the
//! `return` of CS0126/CS0127) and a switch label from `case` to its `:` (CS0152, CS0163).

use super::BodyBinder;
use crate::syntax as syn;
use frontend_core::source::TextRange;

impl BodyBinder<'_> {
    /// The first token of the text at `range`: an identifier or keyword, else one
    /// character.
    pub(crate) fn first_token(&self, range: TextRange) -> TextRange {
        let text = self.text(range);
        let word = text
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '@'))
            .map_or(text.len(), |(i, _)| i);
        let len = if word > 0 {
            word
        } else {
            text.chars().next().map_or(0, char::len_utf8)
        };
        TextRange {
            start: range.start,
            end: range.start + len as u32,
        }
    }

    /// `case VALUE:` around a case label's value, or the value alone when the text
    /// around it is not plain `case` … `:`.
    pub(crate) fn case_label(&self, value: TextRange) -> TextRange {
        let before = self.src.get(..value.start as usize).unwrap_or("");
        let after = self.src.get(value.end as usize..).unwrap_or("");
        let head = before.trim_end();
        let tail = after.trim_start();
        match (head.strip_suffix("case"), tail.starts_with(':')) {
            (Some(rest), true) => TextRange {
                start: rest.len() as u32,
                end: (self.src.len() - tail.len() + 1) as u32,
            },
            _ => value,
        }
    }

    /// `default:` just before a section's first statement, or `fallback`.
    pub(crate) fn default_label(&self, sec: &syn::SwitchSection, fallback: TextRange) -> TextRange {
        let Some(first) = sec.statements.first() else {
            return fallback;
        };
        let head = self
            .src
            .get(..first.range.start as usize)
            .unwrap_or("")
            .trim_end();
        match head
            .strip_suffix(':')
            .map(str::trim_end)
            .and_then(|h| h.strip_suffix("default"))
        {
            Some(rest) => TextRange {
                start: rest.len() as u32,
                end: head.len() as u32,
            },
            None => fallback,
        }
    }
}
