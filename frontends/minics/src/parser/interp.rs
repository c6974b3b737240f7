//! Interpolated strings: the lexer hands over `$"…{x,5:F2}…"` as one token; here it is cut
//! into text parts and holes, and each hole's expression and alignment are lexed and
//! parsed in place (with the file's offsets), while its format string stays text.

use super::Parser;
use crate::lexer::lex_fragment;
use crate::syntax::{Expr, ExprKind, InterpolationPart};
use crate::token::TokenKind;
use frontend_core::diag::Code;
use frontend_core::source::TextRange;

impl Parser<'_> {
    /// At an `InterpolatedString` token.
    pub(crate) fn interpolated(&mut self) -> Expr {
        let tok = self.bump();
        let slice = self.text_of(tok);
        let prefix = if slice.starts_with("$\"") { 2 } else { 3 };
        let verbatim = prefix == 3;
        let closed = slice.len() > prefix && slice.ends_with('"');
        let body = slice
            .get(prefix..slice.len() - usize::from(closed))
            .unwrap_or("");
        let base = tok.range.start + prefix as u32;
        let b = body.as_bytes();
        let mut parts = Vec::new();
        let mut text_start = 0;
        let mut i = 0;
        let flush = |parts: &mut Vec<InterpolationPart>, from: usize, to: usize| {
            if to > from {
                parts.push(InterpolationPart::Text(
                    body[from..to].to_owned(),
                    TextRange::new(base + from as u32, base + to as u32),
                ));
            }
        };
        while i < b.len() {
            match b[i] {
                b'{' | b'}' if b.get(i + 1) == Some(&b[i]) => i += 2,
                b'{' => {
                    flush(&mut parts, text_start, i);
                    let (colon, end) = hole_extent(b, i + 1);
                    parts.push(self.hole(body, base, i + 1, colon, end));
                    i = end + 1;
                    text_start = i.min(b.len());
                }
                b'\\' if !verbatim => i += 2,
                b'"' if verbatim => i += 2,
                _ => i += 1,
            }
        }
        flush(&mut parts, text_start, b.len());
        Expr {
            kind: ExprKind::Interpolated(parts),
            range: tok.range,
        }
    }

    /// Parses the hole `body[from..end]`, whose format (if any) starts after `colon`.
    fn hole(
        &mut self,
        body: &str,
        base: u32,
        from: usize,
        colon: Option<usize>,
        end: usize,
    ) -> InterpolationPart {
        let expr_end = colon.unwrap_or(end);
        let piece = body.get(from..expr_end).unwrap_or("");
        let toks = super::with_eof(lex_fragment(
            self.file,
            piece,
            base + from as u32,
            &mut self.diags,
        ));
        let mut sub = Parser::new(self.file, self.text, &toks);
        let expr = sub.expr();
        let alignment = sub.eat(TokenKind::Comma).then(|| sub.expr());
        if !sub.at(TokenKind::Eof) {
            let r = sub.range();
            let t = sub.cur_text();
            sub.error(Code::CS1073, r, &[t]);
        }
        self.diags.append(&mut sub.diags);
        let format = colon.map(|c| body.get(c + 1..end).unwrap_or("").to_owned());
        InterpolationPart::Hole {
            expr: Box::new(expr),
            alignment,
            format,
        }
    }
}

/// From just inside a hole's `{`: the offset of the `:` that starts its format (the first
/// one outside brackets, strings and `::`), and the offset of its closing `}` (or the end).
fn hole_extent(b: &[u8], mut i: usize) -> (Option<usize>, usize) {
    let mut depth = 0usize;
    let mut colon = None;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' if colon.is_none() => depth += 1,
            b')' | b']' if colon.is_none() => depth = depth.saturating_sub(1),
            b'}' if depth == 0 => return (colon, i),
            b'}' if colon.is_none() => depth -= 1,
            b':' if b.get(i + 1) == Some(&b':') && colon.is_none() => i += 1,
            b':' if depth == 0 && colon.is_none() => colon = Some(i),
            q @ (b'"' | b'\'') if colon.is_none() => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    (colon, b.len())
}
