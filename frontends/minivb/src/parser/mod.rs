//! The minivb parser: hand-written recursive descent over the lexer's tokens, building the
//! `syntax` tree. Parsing never fails and never panics: every problem becomes a Roslyn-coded
//! diagnostic, the parser resynchronises, and the tree holds `Error` nodes where nothing
//! could be built.
//!
//! Why not an LR grammar (lalrpop): VB's grammar is line-oriented and its error recovery is
//! by line and by block. A statement that goes wrong is reported once and the rest of its
//! line skipped; a block whose end statement is missing is reported at its opening
//! statement, as Roslyn does, when a line that only an enclosing block can own shows up
//! (`End Sub` inside an `If`, a `Next` inside a `Try`, a member inside a method body).
//! That recovery needs the stack of open blocks in hand (`open`), which recursive descent
//! gives for free. Expressions have their own ambiguities (`a(i)` is a call, an index or a
//! property access; `(Of T)` follows a name; `=` compares except at a statement's start).
//!
//! Modules: `blocks` (open blocks, their end statements, line-level recovery), `ty`
//! (types), `expr` (expressions), `interp` (interpolated strings), `stmt` (statements),
//! `params` (attribute blocks, parameter lists), `decl` (compilation unit, namespaces,
//! types, members).

mod blocks;
mod decl;
mod expr;
mod interp;
mod params;
mod stmt;
mod ty;

pub(crate) use blocks::{Closer, Opener};

use crate::lexer::{Token, lex};
use crate::preprocess::Constants;
use crate::syntax::{CompilationUnit, Ident};
use crate::token::TokenKind;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange};

/// Parses a file: the tree and every diagnostic (preprocessor, lexer, parser), in source
/// order.
pub fn parse(file: FileId, text: &str, defines: &Constants) -> (CompilationUnit, Vec<Diagnostic>) {
    let lexed = lex(file, text, defines);
    let mut p = Parser::new(file, text, lexed.tokens);
    let unit = p.compilation_unit();
    let mut diags = lexed.diagnostics;
    diags.append(&mut p.diags);
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    (unit, diags)
}

/// The parser's state: the tokens, a cursor, the open blocks and the diagnostics so far.
pub(crate) struct Parser<'t> {
    file: FileId,
    text: &'t str,
    toks: Vec<Token>,
    pos: usize,
    diags: Vec<Diagnostic>,
    /// The offset and code of the last syntax error, so one bad spot reports once.
    error_at: Option<(u32, Code)>,
    /// Whether the current line already has a syntax error (then its end is not reported).
    line_error: bool,
    /// The blocks that are open around the cursor, outermost first.
    open: Vec<Opener>,
    /// How many single-line `If`s enclose the cursor (their `Else` ends a statement).
    single_line_if: u32,
    /// How deeply expressions and statements nest right now (bounded, so that
    /// pathological input gets BC37241 instead of overflowing the stack).
    depth: u32,
}

/// The nesting beyond which the parser gives up on a construct.
const MAX_DEPTH: u32 = 200;

impl<'t> Parser<'t> {
    fn new(file: FileId, text: &'t str, mut toks: Vec<Token>) -> Parser<'t> {
        if toks.last().is_none_or(|t| t.kind != TokenKind::Eof) {
            let end = toks.last().map_or(0, |t| t.range.end);
            toks.push(Token {
                kind: TokenKind::Eof,
                range: TextRange::empty(end),
            });
        }
        Parser {
            file,
            text,
            toks,
            pos: 0,
            diags: Vec::new(),
            error_at: None,
            line_error: false,
            open: Vec::new(),
            single_line_if: 0,
            depth: 0,
        }
    }

    // Cursor.

    fn tok(&self, i: usize) -> Token {
        let last = self.toks.len() - 1;
        self.toks[i.min(last)]
    }

    fn kind(&self) -> TokenKind {
        self.tok(self.pos).kind
    }

    fn nth(&self, n: usize) -> TokenKind {
        self.tok(self.pos + n).kind
    }

    fn range(&self) -> TextRange {
        self.tok(self.pos).range
    }

    fn start(&self) -> u32 {
        self.range().start
    }

    /// The end of the last consumed token (where a missing token would have been).
    fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            return self.start();
        }
        self.tok(self.pos - 1).range.end
    }

    /// The range from `start` to the end of the last consumed token.
    fn since(&self, start: u32) -> TextRange {
        TextRange::new(start, self.prev_end().max(start))
    }

    fn text_of(&self, t: Token) -> &'t str {
        self.text
            .get(t.range.start as usize..t.range.end as usize)
            .unwrap_or("")
    }

    fn cur_text(&self) -> &'t str {
        self.text_of(self.tok(self.pos))
    }

    fn at(&self, k: TokenKind) -> bool {
        self.kind() == k
    }

    /// True at an identifier spelled `word` (a contextual keyword), in any case.
    fn at_contextual(&self, word: &str) -> bool {
        self.nth_is_contextual(0, word)
    }

    fn nth_is_contextual(&self, n: usize, word: &str) -> bool {
        let t = self.tok(self.pos + n);
        t.kind == TokenKind::Ident && self.text_of(t).eq_ignore_ascii_case(word)
    }

    fn bump(&mut self) -> Token {
        let t = self.tok(self.pos);
        if t.kind != TokenKind::Eof {
            self.pos += 1;
        }
        t
    }

    fn eat(&mut self, k: TokenKind) -> bool {
        if self.at(k) {
            self.bump();
            return true;
        }
        false
    }

    /// True at the end of a statement: a newline, `:`, the end of the file, or the `Else`
    /// that ends a statement inside a single-line `If`.
    fn at_eos(&self) -> bool {
        matches!(
            self.kind(),
            TokenKind::Newline | TokenKind::Colon | TokenKind::Eof
        ) || (self.single_line_if > 0 && self.at(TokenKind::Else))
    }

    /// True when the current token is a reserved keyword (spelled with letters only).
    fn at_keyword(&self) -> bool {
        !matches!(self.kind(), TokenKind::Ident | TokenKind::BracketedIdent)
            && !self.cur_text().is_empty()
            && self.cur_text().bytes().all(|b| b.is_ascii_alphabetic())
    }

    /// Enters one level of nesting; false (after BC37241, skipping the rest of the file)
    /// when too deep.
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            let r = self.range();
            self.error(Code::BC37241, r, &[]);
            while !self.at(TokenKind::Eof) {
                self.bump();
            }
            return false;
        }
        self.depth += 1;
        true
    }

    // Diagnostics.

    /// Reports a syntax error unless one was already reported at the same offset.
    fn error(&mut self, code: Code, range: TextRange, args: &[&str]) {
        self.line_error = true;
        if self.error_at == Some((range.start, code)) {
            return;
        }
        self.error_at = Some((range.start, code));
        self.diags
            .push(Diagnostic::new(code, self.file, range, args));
    }

    /// Reports an error that belongs to a block's opening statement (a missing end), which
    /// is never deduplicated against the cursor's position.
    fn error_at_range(&mut self, code: Code, range: TextRange) {
        self.diags
            .push(Diagnostic::new(code, self.file, range, &[]));
    }

    /// Where a missing token is reported: just after the previous token at the end of a
    /// line, else at the current token.
    fn missing_at(&self) -> TextRange {
        let ends_line = matches!(self.kind(), TokenKind::Newline | TokenKind::Eof);
        if self.pos > 0 && (ends_line || self.at_line_start()) {
            TextRange::empty(self.prev_end())
        } else {
            self.range()
        }
    }

    /// Consumes `k` or reports it missing (without consuming anything).
    fn expect(&mut self, k: TokenKind) -> bool {
        if self.eat(k) {
            return true;
        }
        let at = self.missing_at();
        let code = match k {
            TokenKind::RParen => Code::BC30198,
            TokenKind::LParen => Code::BC30199,
            TokenKind::RBrace => Code::BC30370,
            TokenKind::Gt => Code::BC30636,
            TokenKind::Eq => Code::BC30249,
            TokenKind::As => Code::BC30197,
            TokenKind::Is => Code::BC30224,
            TokenKind::Ident => Code::BC30203,
            _ => Code::BC30035,
        };
        self.error(code, at, &[]);
        false
    }

    /// Ends a statement: consumes its newline or `:`; anything else left on the line is
    /// reported once (BC30205, unless the line already has an error) and skipped.
    fn end_of_statement(&mut self) {
        // A block ended on the lines before (a multi-line lambda, a line continued into an
        // end statement): the statement ends where the new line starts.
        if self.at_line_start() && self.closer_at().is_some() {
            self.line_error = false;
            return;
        }
        if !self.at_eos() {
            if !self.line_error {
                let r = self.range();
                self.error(Code::BC30205, r, &[]);
            }
            self.skip_line();
        }
        if matches!(self.kind(), TokenKind::Newline | TokenKind::Colon) {
            self.bump();
        }
        self.line_error = false;
    }

    /// True when the current token is the first on its physical line (a line that was
    /// joined to the one before by implicit continuation).
    fn at_line_start(&self) -> bool {
        if self.pos == 0 || self.tok(self.pos - 1).kind == TokenKind::Newline {
            return true;
        }
        let gap = self
            .text
            .get(self.prev_end() as usize..self.start() as usize)
            .unwrap_or("");
        gap.contains(['\n', '\r'])
    }

    /// Skips to the end of the line (not consuming the newline); an end statement that
    /// starts a physical line is not skipped, so its block still finds it.
    fn skip_line(&mut self) {
        let first = self.pos;
        while !matches!(self.kind(), TokenKind::Newline | TokenKind::Eof) {
            if self.single_line_if > 0 && self.at(TokenKind::Else) {
                return;
            }
            if self.pos > first && self.at_line_start() && self.closer_at().is_some() {
                return;
            }
            self.bump();
        }
    }

    /// The range of the rest of the current line, from the cursor (for errors that name a
    /// whole statement).
    fn line_range(&self) -> TextRange {
        let start = self.start();
        let mut i = self.pos;
        let mut end = start;
        while !matches!(self.tok(i).kind, TokenKind::Newline | TokenKind::Eof) {
            end = self.tok(i).range.end;
            i += 1;
        }
        TextRange::new(start, end)
    }

    /// An identifier (plain, bracketed, or a contextual keyword). At a reserved keyword
    /// that is plainly meant as a name (`Dim class As Integer`) BC30183 and the keyword is
    /// taken; otherwise BC30203 and a missing identifier.
    fn ident(&mut self) -> Ident {
        if matches!(self.kind(), TokenKind::Ident | TokenKind::BracketedIdent) {
            let t = self.bump();
            return ident_of(self.text_of(t), t.range);
        }
        use TokenKind as K;
        if self.at_keyword()
            && !self.at(K::As)
            && (matches!(
                self.nth(1),
                K::As | K::Eq | K::Comma | K::LParen | K::RParen | K::Newline | K::Eof
            ))
        {
            let r = self.range();
            self.error(Code::BC30183, r, &[]);
            let t = self.bump();
            return ident_of(self.text_of(t), t.range);
        }
        let at = self.missing_at();
        self.error(Code::BC30203, at, &[]);
        Ident {
            text: String::new(),
            type_char: None,
            range: TextRange::empty(self.prev_end()),
        }
    }

    /// True at something `ident` takes without complaint.
    fn at_ident(&self) -> bool {
        matches!(self.kind(), TokenKind::Ident | TokenKind::BracketedIdent)
    }
}

/// An identifier from its token text: brackets removed, a type character split off.
pub(crate) fn ident_of(text: &str, range: TextRange) -> Ident {
    if let Some(inner) = text.strip_prefix('[') {
        return Ident {
            text: inner.strip_suffix(']').unwrap_or(inner).to_owned(),
            type_char: None,
            range,
        };
    }
    let last = text.chars().next_back();
    match last {
        Some(c @ ('%' | '&' | '@' | '!' | '#' | '$')) if text.len() > 1 => Ident {
            text: text[..text.len() - 1].to_owned(),
            type_char: Some(c),
            range,
        },
        _ => Ident {
            text: text.to_owned(),
            type_char: None,
            range,
        },
    }
}

#[cfg(test)]
mod tests;
