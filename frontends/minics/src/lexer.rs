//! Lexing a minics file: the preprocessor blanks directives and inactive regions, logos
//! cuts the rest into tokens, and each malformed token gets its Roslyn diagnostic while
//! lexing goes on. Trivia (whitespace, newlines, comments) is dropped; the parser sees
//! tokens with their byte ranges and a final `Eof`.
//!
//! One thread lexes a whole file: lexing is a few percent of a compilation, and cutting
//! it up (pieces lexed on every core, then stitched) measured no faster on two cores,
//! where the second thread's start-up took as long as the lexing. The parser's helper
//! threads start before lexing instead (`parser::regions`).

use crate::literal::{RealSuffix, parse_int, parse_real, unescape};
use crate::preprocess::{PragmaWarning, preprocess};
use crate::token::TokenKind;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange};
use logos::Logos;
use std::collections::BTreeSet;

/// A token and where it is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Token {
    pub kind: TokenKind,
    pub range: TextRange,
}

/// The lexer's output.
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub pragmas: Vec<PragmaWarning>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Lexes a file with the given preprocessor symbols.
pub fn lex(file: FileId, text: &str, defines: &BTreeSet<String>) -> Lexed {
    let pre = preprocess(file, text, defines);
    let mut diagnostics = pre.diagnostics;
    let tokens = lex_text(file, &pre.text, 0, &mut diagnostics);
    Lexed {
        tokens,
        pragmas: pre.pragmas,
        diagnostics,
    }
}

/// Lexes a piece of a file that starts at byte `base` (an interpolation hole), without
/// preprocessing; token ranges are the file's. The final `Eof` sits at the piece's end.
pub fn lex_fragment(
    file: FileId,
    piece: &str,
    base: u32,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Token> {
    lex_text(file, piece, base, diagnostics)
}

fn lex_text(file: FileId, text: &str, base: u32, diagnostics: &mut Vec<Diagnostic>) -> Vec<Token> {
    // Dense C# has a token every three or four bytes: room for them up front.
    let mut tokens = Vec::with_capacity(text.len() / 3 + 16);
    let mut lexer = TokenKind::lexer(text);
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let range = span_range(base as usize + span.start, base as usize + span.end);
        if let Some(kind) = token(file, res, range, lexer.slice(), diagnostics) {
            tokens.push(Token { kind, range });
        }
    }
    let end = base + text.len() as u32;
    tokens.push(Token {
        kind: TokenKind::Eof,
        range: TextRange::empty(end),
    });
    tokens
}

/// A token's range (logos spans never end before they start).
#[inline(always)]
fn span_range(start: usize, end: usize) -> TextRange {
    TextRange {
        start: start as u32,
        end: end as u32,
    }
}

/// One lexed token's diagnostics; its kind when the parser sees it (not trivia, not an
/// error).
#[inline(always)]
fn token(
    file: FileId,
    res: Result<TokenKind, ()>,
    range: TextRange,
    slice: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<TokenKind> {
    use TokenKind as K;
    match res {
        // Most tokens cannot be malformed.
        Ok(k) if k.is_plain() => Some(k),
        Ok(K::Newline | K::LineComment) => None,
        // Comments and literals, and what lexes as nothing.
        _ => check_token(file, res, range, slice, diagnostics),
    }
}

/// [`token`] for the kinds that can be malformed.
#[inline(never)]
fn check_token(
    file: FileId,
    res: Result<TokenKind, ()>,
    range: TextRange,
    slice: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<TokenKind> {
    let diag = |code: Code, r: TextRange, args: &[&str]| Diagnostic::new(code, file, r, args);
    let kind = match res {
        Ok(k) => k,
        Err(()) => {
            let c = slice.chars().next().unwrap_or('?').to_string();
            diagnostics.push(diag(Code::CS1056, range, &[&c]));
            return None;
        }
    };
    match kind {
        TokenKind::BlockComment if !slice.ends_with("*/") || slice.len() < 4 => {
            // Point at the comment's opening, which is what the reader must close.
            diagnostics.push(diag(
                Code::CS1035,
                TextRange::new(range.start, range.start + 2),
                &[],
            ));
        }
        TokenKind::StringLiteral => {
            let closed = slice.len() >= 2 && slice.ends_with('"') && escaped_quote_closes(slice);
            if !closed {
                diagnostics.push(diag(Code::CS1010, range, &[]));
            }
            let body = slice
                .get(1..slice.len() - usize::from(closed))
                .unwrap_or("");
            escape_errors(file, range.start + 1, body, diagnostics);
        }
        TokenKind::CharLiteral => char_literal(file, range, slice, diagnostics),
        TokenKind::VerbatimStringLiteral if !(slice.len() >= 3 && slice.ends_with('"')) => {
            diagnostics.push(diag(Code::CS1039, range, &[]));
        }
        TokenKind::InterpolatedString if !(slice.len() >= 3 && slice.ends_with('"')) => {
            let code = if slice.contains('@') {
                Code::CS1039
            } else {
                Code::CS1010
            };
            diagnostics.push(diag(code, range, &[]));
        }
        TokenKind::IntLiteral => {
            if let Err(code) = parse_int(slice) {
                diagnostics.push(diag(code, range, &[]));
            }
        }
        TokenKind::RealLiteral => match parse_real(slice) {
            Err(code) => diagnostics.push(diag(code, range, &[])),
            // minics has no `decimal`: its corlib defines no System.Decimal.
            Ok((_, RealSuffix::M)) => {
                diagnostics.push(diag(Code::CS0518, range, &["System.Decimal"]))
            }
            Ok(_) => {}
        },
        _ => {}
    }
    (!kind.is_trivia()).then_some(kind)
}

/// True when a string literal's final quote is not itself escaped (`"a\\"` closes,
/// `"a\"` does not).
fn escaped_quote_closes(slice: &str) -> bool {
    let body = &slice[1..slice.len() - 1];
    let trailing = body.chars().rev().take_while(|&c| c == '\\').count();
    trailing % 2 == 0
}

fn escape_errors(file: FileId, base: u32, body: &str, out: &mut Vec<Diagnostic>) {
    // Only an escape can be malformed.
    if !body.contains('\\') {
        return;
    }
    for (s, e, code) in unescape(body).1 {
        out.push(Diagnostic::new(
            code,
            file,
            TextRange::new(base + s, base + e),
            &[],
        ));
    }
}

fn char_literal(file: FileId, range: TextRange, slice: &str, out: &mut Vec<Diagnostic>) {
    let closed = slice.len() >= 2 && slice.ends_with('\'') && escaped_quote_closes(slice);
    if !closed {
        out.push(Diagnostic::new(Code::CS1010, file, range, &[]));
        return;
    }
    let body = &slice[1..slice.len() - 1];
    let (units, errors) = unescape(body);
    if !errors.is_empty() {
        escape_errors(file, range.start + 1, body, out);
        return;
    }
    match units.len() {
        0 => out.push(Diagnostic::new(Code::CS1011, file, range, &[])),
        1 => {}
        _ => out.push(Diagnostic::new(Code::CS1012, file, range, &[])),
    }
}
