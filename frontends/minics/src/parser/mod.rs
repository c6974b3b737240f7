//! The minics parser: hand-written recursive descent over the lexer's tokens, building the
//! `syntax` tree. Parsing never fails and never panics: every problem becomes a Roslyn-coded
//! diagnostic, the parser resynchronises, and the tree holds `Error` nodes where nothing
//! could be built.
//!
//! Why not an LR grammar (lalrpop): C#'s grammar is not LR(1). Casts `(T)x` against
//! parenthesised expressions, `<` as a type argument list against less-than, lambdas
//! `(a, b) => …` against parenthesised expressions, and declarations against expression
//! statements (`a * b;`, `A<B> c;`) are all settled in the C# specification by looking
//! ahead an unbounded number of tokens (§7.6.4.2, §7.7.6, §8.5.1). Roslyn itself is a
//! recursive-descent parser for that reason; the lookahead scans live in `scan`, and the
//! error messages and their positions match Roslyn's because recovery is written by hand.
//!
//! Modules: `scan` (side-effect-free lookahead), `ty` (types), `expr` (expressions),
//! `interp` (interpolated strings), `stmt` (statements), `decl` (compilation unit,
//! namespaces, types, members), `regions` (one file's namespace members parsed ahead on
//! several threads), `names` (the identifier interner).

mod decl;
mod expr;
mod interp;
mod names;
mod regions;
mod scan;
mod stmt;
mod ty;

use crate::lexer::{Token, lex_on};
use crate::syntax::{CompilationUnit, Ident};
use crate::token::TokenKind;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::pool::default_threads;
use frontend_core::source::{FileId, TextRange};
use std::collections::BTreeSet;

/// The `-define:` symbols a file is parsed with.
pub type Defines = BTreeSet<String>;

/// Parses a file: the tree and every diagnostic (preprocessor, lexer, parser), in source
/// order.
pub fn parse(file: FileId, text: &str, defines: &Defines) -> (CompilationUnit, Vec<Diagnostic>) {
    parse_on(file, text, defines, default_threads())
}

/// [`parse`] on up to `threads` threads (see `regions`): the same tree and diagnostics
/// for any number.
pub fn parse_on(
    file: FileId,
    text: &str,
    defines: &Defines,
    threads: usize,
) -> (CompilationUnit, Vec<Diagnostic>) {
    let lexed = lex_on(file, text, defines, threads);
    let toks = with_eof(lexed.tokens);
    let mut p = Parser::new(file, text, &toks);
    p.splices = regions::parse_regions(file, text, &toks, threads);
    let unit = p.compilation_unit();
    let mut diags = lexed.diagnostics;
    diags.append(&mut p.diags);
    diags.sort_by_key(|d| (d.primary.range.start, d.primary.range.end));
    (unit, diags)
}

/// The tokens with a final `Eof` (the lexer's output has one already).
fn with_eof(mut toks: Vec<Token>) -> Vec<Token> {
    if toks.last().is_none_or(|t| t.kind != TokenKind::Eof) {
        let end = toks.last().map_or(0, |t| t.range.end);
        toks.push(Token {
            kind: TokenKind::Eof,
            range: TextRange::empty(end),
        });
    }
    toks
}

/// The parser's state: the tokens, a cursor, and the diagnostics so far.
pub(crate) struct Parser<'t> {
    file: FileId,
    text: &'t str,
    /// The tokens, ending with `Eof`.
    toks: &'t [Token],
    /// The cursor (moved only by [`Parser::bump`] and [`Parser::seek`]).
    pos: usize,
    /// `toks[pos]`, the token peeked most.
    cur: Token,
    /// The end of `toks[pos - 1]` (the start of `toks[0]` at the first token).
    prev_end: u32,
    diags: Vec<Diagnostic>,
    /// The offset and code of the last syntax error, so one bad spot reports once.
    error_at: Option<(u32, Code)>,
    /// How deeply expressions and statements nest right now (bounded, so that
    /// pathological input gets CS8078 instead of overflowing the stack).
    depth: u32,
    /// Each identifier's text once: names repeat, and a shared `Arc<str>` costs no
    /// allocation after the first.
    names: names::Names,
    /// Statements of the blocks being parsed, innermost last: each block takes its own
    /// off the top when it ends, in one allocation of the right size.
    stmts: Vec<crate::syntax::Stmt>,
    /// The same for the members of the type bodies being parsed.
    members: Vec<std::sync::Arc<crate::syntax::Member>>,
    /// Namespace members parsed ahead on other threads (`regions`), taken in order.
    splices: regions::Splices,
    /// How many `yield` statements and local function statements were parsed so far: a
    /// block where these did not change holds none ([`crate::syntax::Block`]'s flags).
    yields: u32,
    local_fns: u32,
}

/// The nesting beyond which the parser gives up on a construct.
const MAX_DEPTH: u32 = 200;

/// The passes after which a loop that chains operations onto an operand (`a + b + …`,
/// `a.b().c…`) gives up on the expression (CS8078); a chain of one fewer links is
/// taken. The parser builds such a chain without recursion, but binding, generating
/// and dropping it recurse once per link: 100,000 links fit the compiler threads'
/// stacks, so this leaves room for the rest.
const MAX_CHAIN: u32 = 50_000;

/// The room a list of more than one item starts with: what `Vec`'s first push would
/// allocate (4 elements; 8 of one byte), taken up front without the growth path.
const SMALL: usize = 4;
const SMALL_BYTES: usize = 8;

impl<'t> Parser<'t> {
    /// One or more items, each parsed by `item`, for as long as `more` finds another
    /// (eating its separator). A list of one item is allocated for one: most parameter,
    /// argument, declarator and type-argument lists hold one, and the tree keeps them
    /// all, so room for four would leave most of their memory empty.
    pub(crate) fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> T,
        mut more: impl FnMut(&mut Self) -> bool,
    ) -> Vec<T> {
        let first = item(self);
        if !more(self) {
            return vec![first];
        }
        let mut out = Vec::with_capacity(SMALL);
        out.push(first);
        loop {
            out.push(item(self));
            if !more(self) {
                return out;
            }
        }
    }

    /// A parser at the first of `toks`, which must end with `Eof` ([`with_eof`]).
    fn new(file: FileId, text: &'t str, toks: &'t [Token]) -> Parser<'t> {
        let cur = toks.first().copied().unwrap_or(Token {
            kind: TokenKind::Eof,
            range: TextRange::empty(0),
        });
        Parser {
            file,
            text,
            toks,
            pos: 0,
            cur,
            prev_end: cur.range.start,
            diags: Vec::new(),
            error_at: None,
            depth: 0,
            names: Default::default(),
            stmts: Vec::new(),
            members: Vec::new(),
            splices: regions::Splices::default(),
            yields: 0,
            local_fns: 0,
        }
    }

    // Cursor.

    #[inline]
    fn tok(&self, i: usize) -> Token {
        let last = self.toks.len() - 1;
        self.toks[i.min(last)]
    }

    /// Moves the cursor to token `pos` (which must be in `toks`).
    fn seek(&mut self, pos: usize) {
        self.pos = pos.min(self.toks.len() - 1);
        self.cur = self.tok(self.pos);
        self.prev_end = match self.pos {
            0 => self.cur.range.start,
            p => self.tok(p - 1).range.end,
        };
    }

    #[inline]
    fn kind(&self) -> TokenKind {
        self.cur.kind
    }

    fn nth(&self, n: usize) -> TokenKind {
        self.tok(self.pos + n).kind
    }

    #[inline]
    fn range(&self) -> TextRange {
        self.cur.range
    }

    fn start(&self) -> u32 {
        self.range().start
    }

    /// The end of the last consumed token (where a missing token would have been).
    #[inline]
    fn prev_end(&self) -> u32 {
        self.prev_end
    }

    /// The range from `start` to the end of the last consumed token.
    #[inline]
    fn since(&self, start: u32) -> TextRange {
        // Built here: `TextRange::new` is another crate's and not inlined.
        TextRange {
            start,
            end: self.prev_end.max(start),
        }
    }

    fn text_of(&self, t: Token) -> &'t str {
        self.text
            .get(t.range.start as usize..t.range.end as usize)
            .unwrap_or("")
    }

    fn cur_text(&self) -> &'t str {
        self.text_of(self.cur)
    }

    #[inline]
    fn at(&self, k: TokenKind) -> bool {
        self.kind() == k
    }

    /// True at an identifier spelled `word` (a contextual keyword).
    fn at_contextual(&self, word: &str) -> bool {
        self.at(TokenKind::Ident) && self.spelled(self.cur, word)
    }

    fn nth_is_contextual(&self, n: usize, word: &str) -> bool {
        let t = self.tok(self.pos + n);
        t.kind == TokenKind::Ident && self.spelled(t, word)
    }

    /// True when token `t` is spelled `word` (its bytes, without slicing the text).
    #[inline]
    fn spelled(&self, t: Token, word: &str) -> bool {
        self.text
            .as_bytes()
            .get(t.range.start as usize..t.range.end as usize)
            == Some(word.as_bytes())
    }

    #[inline]
    fn bump(&mut self) -> Token {
        let t = self.cur;
        if t.kind != TokenKind::Eof {
            self.pos += 1;
            // The last token is `Eof`, so any other has one after it.
            if let Some(&next) = self.toks.get(self.pos) {
                self.cur = next;
            }
            self.prev_end = t.range.end;
        }
        t
    }

    #[inline]
    fn eat(&mut self, k: TokenKind) -> bool {
        if self.at(k) {
            self.bump();
            return true;
        }
        false
    }

    /// True when tokens `pos+n` and `pos+n+1` touch (`>` `>` forming `>>`).
    fn joined(&self, n: usize) -> bool {
        self.tok(self.pos + n).range.end == self.tok(self.pos + n + 1).range.start
    }

    /// Enters one level of nesting; false (after CS8078, skipping to the end of the
    /// line's construct) when too deep.
    #[inline]
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            self.too_deep();
            return false;
        }
        self.depth += 1;
        true
    }

    /// Counts one more pass of a loop that chains operations onto an operand; false
    /// (after CS8078, skipping to the end of the line's construct) past [`MAX_CHAIN`]
    /// passes.
    #[inline]
    fn link(&mut self, links: &mut u32) -> bool {
        *links += 1;
        if *links > MAX_CHAIN {
            self.too_deep();
            return false;
        }
        true
    }

    /// CS8078, skipping to the end of the line's construct.
    #[cold]
    fn too_deep(&mut self) {
        let r = self.range();
        self.error(Code::CS8078, r, &[]);
        while !matches!(
            self.kind(),
            TokenKind::Eof | TokenKind::Semicolon | TokenKind::RBrace
        ) {
            self.bump();
        }
    }

    // Diagnostics.

    /// Reports a syntax error unless one was already reported at the same offset.
    fn error(&mut self, code: Code, range: TextRange, args: &[&str]) {
        // At the end of the file every unclosed construct reports its own `}`.
        if self.error_at == Some((range.start, code)) && !self.at(TokenKind::Eof) {
            return;
        }
        self.error_at = Some((range.start, code));
        self.diags
            .push(Diagnostic::new(code, self.file, range, args));
    }

    /// Where a missing token is reported: after the previous token when a line break
    /// follows it (Roslyn's rule), else at the current token.
    fn missing_at(&self) -> TextRange {
        let prev = self.prev_end();
        let cur = self.start();
        let gap = self.text.get(prev as usize..cur as usize).unwrap_or("");
        if self.pos > 0 && (gap.contains('\n') || gap.contains('\r') || self.at(TokenKind::Eof)) {
            TextRange::empty(prev)
        } else {
            self.range()
        }
    }

    /// Consumes `k` or reports it missing (without consuming anything).
    #[inline]
    fn expect(&mut self, k: TokenKind) -> bool {
        if self.eat(k) {
            return true;
        }
        self.missing(k);
        false
    }

    /// Reports `k` missing.
    #[cold]
    #[inline(never)]
    fn missing(&mut self, k: TokenKind) {
        let at = self.missing_at();
        match k {
            TokenKind::Semicolon => self.error(Code::CS1002, at, &[]),
            TokenKind::RParen => self.error(Code::CS1026, at, &[]),
            TokenKind::RBrace => self.error(Code::CS1513, at, &[]),
            TokenKind::LBrace => self.error(Code::CS1514, at, &[]),
            TokenKind::Ident => self.error(Code::CS1001, at, &[]),
            _ => self.error(Code::CS1003, at, &[token_text(k)]),
        }
    }

    /// An identifier, or a missing one after CS1001 (CS1041 at a keyword).
    fn ident(&mut self) -> Ident {
        if self.at(TokenKind::Ident) {
            let t = self.bump();
            let (mut start, end) = (t.range.start as usize, t.range.end as usize);
            // An identifier token is never empty; `@` escapes are not part of the name.
            if self.text.as_bytes().get(start) == Some(&b'@') {
                start += 1;
            }
            return Ident {
                text: self.names.intern(self.text, start, end),
                range: t.range,
            };
        }
        if self.kind().is_keyword() {
            let kw = self.cur_text();
            let r = self.range();
            self.error(Code::CS1041, r, &["", kw]);
            // `int class = 1;`: take the keyword as the name, as Roslyn does, when what
            // follows shows it was meant as one.
            use TokenKind as K;
            if matches!(
                self.nth(1),
                K::Eq | K::Semicolon | K::Comma | K::LParen | K::RParen
            ) {
                let t = self.bump();
                return Ident {
                    text: self.text_of(t).into(),
                    range: t.range,
                };
            }
        } else {
            let at = self.missing_at();
            self.error(Code::CS1001, at, &[]);
        }
        Ident {
            text: "".into(),
            range: TextRange::empty(self.prev_end()),
        }
    }
}

/// How a token kind is spelled, for "'X' expected" messages.
pub(crate) fn token_text(k: TokenKind) -> &'static str {
    use TokenKind::*;
    match k {
        LBrace => "{",
        RBrace => "}",
        LParen => "(",
        RParen => ")",
        LBracket => "[",
        RBracket => "]",
        Dot => ".",
        Comma => ",",
        Colon => ":",
        Semicolon => ";",
        Eq => "=",
        Lt => "<",
        Gt => ">",
        FatArrow => "=>",
        In => "in",
        While => "while",
        Ident => "identifier",
        _ => "token",
    }
}

#[cfg(test)]
mod tests;
