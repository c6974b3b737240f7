//! Lexing a minivb file: the preprocessor blanks directives and inactive regions, logos
//! cuts the rest into tokens, each malformed token gets its Roslyn BC diagnostic, and
//! line structure is settled: newlines end statements except after ` _` (explicit
//! continuation), after a token that continues a line (an operator, `,`, `(`, …) or
//! before `)` and `}` (implicit continuation); blank lines collapse.

use crate::literal::{char_value, parse_int};
use crate::preprocess::{Constants, preprocess};
use crate::token::TokenKind;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange};
use logos::Logos;

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
    pub diagnostics: Vec<Diagnostic>,
}

/// Lexes a file with the given conditional-compilation constants.
pub fn lex(file: FileId, text: &str, defines: &Constants) -> Lexed {
    let pre = preprocess(file, text, defines);
    let mut diagnostics = pre.diagnostics;
    let mut raw = Vec::new();
    let mut lexer = TokenKind::lexer(&pre.text);
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let range = TextRange::new(span.start as u32, span.end as u32);
        let slice = lexer.slice();
        let diag = |code: Code, r: TextRange| Diagnostic::new(code, file, r, &[]);
        let Ok(kind) = res else {
            diagnostics.push(diag(Code::BC30037, range));
            continue;
        };
        match kind {
            TokenKind::StringLiteral if slice.len() < 2 || !closed_string(slice) => {
                diagnostics.push(diag(Code::BC30648, range));
            }
            TokenKind::InterpolatedString
                if !crate::token::scan_interpolated(slice.as_bytes().get(2..).unwrap_or(&[])).1 =>
            {
                diagnostics.push(diag(Code::BC30648, range));
            }
            TokenKind::CharLiteral => {
                if let Err(code) = char_value(slice) {
                    diagnostics.push(diag(code, range));
                }
            }
            TokenKind::IntLiteral => {
                if let Err(code) = parse_int(slice) {
                    diagnostics.push(diag(code, range));
                }
            }
            TokenKind::BracketedIdent if !slice.ends_with(']') || slice.len() < 3 => {
                diagnostics.push(diag(Code::BC30034, range));
            }
            TokenKind::LineContinuation => {
                let before = pre.text[..span.start].chars().next_back();
                if !before.is_some_and(|c| c == ' ' || c == '\t') {
                    diagnostics.push(diag(
                        Code::BC30999,
                        TextRange::new(range.start, range.start + 1),
                    ));
                }
            }
            TokenKind::Ident if slice == "_" => {
                // A `_` that is not last on its line.
                diagnostics.push(diag(Code::BC30999, range));
                continue;
            }
            _ => {}
        }
        if !kind.is_trivia() {
            raw.push(Token { kind, range });
        }
    }
    let end = pre.text.len() as u32;
    Lexed {
        tokens: settle_lines(raw, end),
        diagnostics,
    }
}

/// Lexes a piece of a line (an interpolation hole) that starts at `offset` in the file:
/// no preprocessing and no line structure; lexical diagnostics go to `diags`. Ends with
/// `Eof`.
pub fn lex_fragment(
    file: FileId,
    piece: &str,
    offset: u32,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Token> {
    let mut out = Vec::new();
    let mut lexer = TokenKind::lexer(piece);
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let range = TextRange::new(offset + span.start as u32, offset + span.end as u32);
        match res {
            Ok(kind) if kind.is_trivia() || kind == TokenKind::Newline => {}
            Ok(kind) => out.push(Token { kind, range }),
            Err(()) => diags.push(Diagnostic::new(Code::BC30037, file, range, &[])),
        }
    }
    out.push(Token {
        kind: TokenKind::Eof,
        range: TextRange::empty(offset + piece.len() as u32),
    });
    out
}

/// A string literal ends with a quote that is not half of a `""` escape.
fn closed_string(slice: &str) -> bool {
    let body = &slice[1..];
    let trailing = body.chars().rev().take_while(|&c| c == '"').count();
    trailing % 2 == 1
}

/// Drops the newlines that do not end a statement, collapses runs of them, and ends the
/// stream with a newline and `Eof`.
fn settle_lines(raw: Vec<Token>, end: u32) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(raw.len() + 1);
    for (i, t) in raw.iter().enumerate() {
        if t.kind == TokenKind::Newline {
            let prev = out.last().map(|p| p.kind);
            let next = raw[i + 1..]
                .iter()
                .find(|n| n.kind != TokenKind::Newline)
                .map(|n| n.kind);
            let redundant = prev.is_none_or(|p| p == TokenKind::Newline);
            let continued = prev.is_some_and(TokenKind::continues_line)
                || matches!(next, Some(TokenKind::RParen | TokenKind::RBrace));
            if redundant || continued {
                continue;
            }
        }
        out.push(*t);
    }
    if out.last().is_some_and(|t| t.kind != TokenKind::Newline) {
        out.push(Token {
            kind: TokenKind::Newline,
            range: TextRange::empty(end),
        });
    }
    out.push(Token {
        kind: TokenKind::Eof,
        range: TextRange::empty(end),
    });
    out
}
