//! Lexing a minics file: the preprocessor blanks directives and inactive regions, logos
//! cuts the rest into tokens, and each malformed token gets its Roslyn diagnostic while
//! lexing goes on. Trivia (whitespace, newlines, comments) is dropped; the parser sees
//! tokens with their byte ranges and a final `Eof`. A large text is lexed on the worker
//! threads (`lex_pieces`, `frontend_core::pool`) with the same result.

use crate::literal::{RealSuffix, parse_int, parse_real, unescape};
use crate::preprocess::{PragmaWarning, preprocess};
use crate::token::TokenKind;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange};
use logos::Logos;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    lex_on(file, text, defines, 1)
}

/// [`lex`] on up to `threads` threads (see `lex_pieces`): the same for any number.
pub fn lex_on(file: FileId, text: &str, defines: &BTreeSet<String>, threads: usize) -> Lexed {
    let pre = preprocess(file, text, defines);
    let mut diagnostics = pre.diagnostics;
    let tokens = if threads < 2 || pre.text.len() < PARALLEL_BYTES {
        lex_text(file, &pre.text, 0, &mut diagnostics)
    } else {
        lex_pieces(file, &pre.text, threads, &mut diagnostics)
    };
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

/// Texts shorter than this are lexed on the calling thread alone.
const PARALLEL_BYTES: usize = 64 * 1024;

/// What one thread lexed: the tokens starting in its piece of the text (the last may run
/// past it), their diagnostics, and where lexing goes on after them.
struct Piece {
    tokens: Vec<Token>,
    diagnostics: Vec<Diagnostic>,
    resume: usize,
}

/// Lexes `text` cut at line starts into a few pieces per thread, each lexed from its
/// start by whichever thread claims it, then stitched. A token lexes the same wherever
/// lexing started as long as it starts where the serial lexer starts one (the automaton
/// keeps no state between tokens), so a piece is taken whole when the one before it ends
/// exactly at its start (a newline token ends every line), and otherwise (a comment or
/// verbatim string running across the cut) the text is lexed again from where the
/// serial lexer would be until it meets a token the piece also has.
fn lex_pieces(
    file: FileId,
    text: &str,
    threads: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Token> {
    // Several pieces per thread, claimed in turn, so a thread that gets no core for a
    // while holds up little.
    let count = threads * 4;
    let mut cuts = vec![0];
    for k in 1..count {
        let at = (text.len() * k / count).max(*cuts.last().unwrap_or(&0));
        let Some(nl) = text.as_bytes()[at..].iter().position(|&b| b == b'\n') else {
            break;
        };
        let cut = at + nl + 1;
        if cut < text.len() && cut > *cuts.last().unwrap_or(&0) {
            cuts.push(cut);
        }
    }
    let bounds: Vec<(usize, usize)> = cuts
        .iter()
        .enumerate()
        .map(|(k, &from)| (from, cuts.get(k + 1).copied().unwrap_or(text.len())))
        .collect();
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        while let Some(&(from, to)) = bounds.get(next.fetch_add(1, Ordering::Relaxed)) {
            // The first piece has room for the whole file's tokens: the others are
            // appended to its.
            let room = if from == 0 { text.len() } else { to - from };
            // A piece whose lexing panicked stays empty: the stitching re-lexes it.
            if let Ok(piece) = std::panic::catch_unwind(|| lex_piece(file, text, from, to, room)) {
                done.push((from, piece));
            }
        }
        done
    };
    let mut pieces: Vec<Piece> = bounds
        .iter()
        .map(|&(from, _)| Piece {
            tokens: Vec::new(),
            diagnostics: Vec::new(),
            resume: from,
        })
        .collect();
    for (from, piece) in frontend_core::pool::on_each(threads, work)
        .into_iter()
        .flatten()
    {
        if let Ok(k) = bounds.binary_search_by_key(&from, |b| b.0) {
            pieces[k] = piece;
        }
    }
    // The first piece's tokens start the file's (the first piece starts at 0).
    let total = pieces.iter().map(|p| p.tokens.len()).sum::<usize>() + 1;
    let mut pieces = pieces.into_iter();
    let Some(first) = pieces.next() else {
        return lex_text(file, text, 0, diagnostics);
    };
    let mut tokens = first.tokens;
    tokens.reserve(total - tokens.len());
    diagnostics.extend(first.diagnostics);
    let mut resume = first.resume;
    for (piece, &(from, to)) in pieces.zip(&bounds[1..]) {
        // The piece's tokens from `first` on, and its diagnostics from `since` on.
        let (first, since) = if resume == from {
            (0, 0)
        } else {
            match relex(file, text, resume, to, &piece, &mut tokens, diagnostics) {
                Ok(first) => (first, piece.tokens[first].range.start),
                Err(end) => {
                    resume = end;
                    continue;
                }
            }
        };
        tokens.extend_from_slice(&piece.tokens[first..]);
        diagnostics.extend(
            piece
                .diagnostics
                .into_iter()
                .filter(|d| d.primary.range.start >= since),
        );
        resume = piece.resume;
    }
    tokens.push(Token {
        kind: TokenKind::Eof,
        range: TextRange::empty(text.len() as u32),
    });
    tokens
}

/// Lexes on from `resume` (where the serial lexer stands) into `tokens`, up to the first
/// token that `piece` has too: `Ok` with its index in the piece, or `Err` with where
/// lexing goes on when no token starting before `to` matched.
fn relex(
    file: FileId,
    text: &str,
    resume: usize,
    to: usize,
    piece: &Piece,
    tokens: &mut Vec<Token>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<usize, usize> {
    let mut end = resume;
    let mut lexer = TokenKind::lexer(&text[resume..]);
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let start = resume + span.start;
        if start >= to {
            break;
        }
        let range = span_range(start, resume + span.end);
        if let Ok(k) = res {
            if let Ok(i) = piece
                .tokens
                .binary_search_by_key(&range.start, |t| t.range.start)
            {
                if piece.tokens[i].kind == k {
                    return Ok(i);
                }
            }
        }
        if let Some(kind) = token(file, res, range, lexer.slice(), diagnostics) {
            tokens.push(Token { kind, range });
        }
        end = resume + span.end;
    }
    Err(end)
}

/// Lexes the tokens that start in `from..to` of `text`, with room for those of `room`
/// bytes.
fn lex_piece(file: FileId, text: &str, from: usize, to: usize, room: usize) -> Piece {
    let mut tokens = Vec::with_capacity(room / 3 + 16);
    let mut diagnostics = Vec::new();
    let mut lexer = TokenKind::lexer(&text[from..]);
    let mut resume = from;
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let start = from + span.start;
        if start >= to {
            break;
        }
        let range = span_range(start, from + span.end);
        if let Some(kind) = token(file, res, range, lexer.slice(), &mut diagnostics) {
            tokens.push(Token { kind, range });
        }
        resume = from + span.end;
    }
    Piece {
        tokens,
        diagnostics,
        resume,
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
