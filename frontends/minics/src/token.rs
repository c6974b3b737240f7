//! The tokens of minics (C# 7.3's lexical grammar, less what minics leaves out), as a
//! logos automaton. Contextual keywords (`var`, `get`, `set`, `value`, `add`, `remove`,
//! `when`, `where`, `yield`, `nameof`, `partial`, `global`) lex as identifiers; the parser
//! looks at their text. `>>` lexes as two `>` so that `List<List<int>>` needs no special
//! case; the parser joins adjacent `>` into a shift.

use logos::{Lexer, Logos};

/// Scans a `/* … */` comment to its end (or the end of the text).
fn block_comment(lex: &mut Lexer<'_, TokenKind>) {
    let rest = lex.remainder();
    let n = rest.find("*/").map_or(rest.len(), |i| i + 2);
    lex.bump(n);
}

/// Scans a verbatim string body `…"` (with `""` escapes) to its end.
fn verbatim_string(lex: &mut Lexer<'_, TokenKind>) {
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == b'"' {
            if rest.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            lex.bump(i + 1);
            return;
        }
        i += 1;
    }
    lex.bump(rest.len());
}

/// Scans an interpolated string after `$"`, `$@"` or `@$"`, through holes that may hold
/// nested strings, chars and braces, to the closing quote (or the end of the line for a
/// regular one, or the end of the text).
fn interpolated_string(lex: &mut Lexer<'_, TokenKind>) {
    let verbatim = lex.slice().contains('@');
    let n = scan_interpolated(lex.remainder(), verbatim);
    lex.bump(n);
}

/// The length of an interpolated string's rest, from just after its opening quote.
pub fn scan_interpolated(rest: &str, verbatim: bool) -> usize {
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' if verbatim && b.get(i + 1) == Some(&b'"') => i += 2,
            b'"' => return i + 1,
            b'\\' if !verbatim => i += 2,
            b'\n' | b'\r' if !verbatim => return i,
            b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => i = skip_hole(b, i + 1),
            _ => i += 1,
        }
    }
    b.len()
}

/// Skips an interpolation hole's expression up to and including its `}`.
fn skip_hole(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0;
    while i < b.len() {
        match b[i] {
            b'{' | b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b'}' if depth == 0 => return i + 1,
            b'}' => depth -= 1,
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' => {
                i += 1;
                while i < b.len() && b[i] != b'\'' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\n' | b'\r' => return i,
            _ => {}
        }
        i += 1;
    }
    i
}

/// A token kind.
#[derive(Logos, Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[logos(skip r"[ \t\f\u{FEFF}\u{00A0}]+")]
pub enum TokenKind {
    #[regex(r"\r\n|\n|\r|\u{2028}|\u{2029}")]
    Newline,
    #[regex(r"//[^\r\n]*", allow_greedy = true)]
    LineComment,
    #[token("/*", block_comment)]
    BlockComment,

    // Literals (with the trivia before them: the kinds the lexer looks at twice, see
    // `is_plain`).
    #[regex(r"[0-9][0-9_]*([uU][lL]?|[lL][uU]?)?")]
    #[regex(r"0[xX][0-9a-fA-F_]*([uU][lL]?|[lL][uU]?)?")]
    #[regex(r"0[bB][01_]*([uU][lL]?|[lL][uU]?)?")]
    IntLiteral,
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?[fFdDmM]?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?[fFdDmM]?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]+[fFdDmM]?")]
    #[regex(r"[0-9][0-9_]*[fFdDmM]")]
    RealLiteral,
    /// A char literal, possibly malformed (the literal decoder reports which way).
    #[regex(r"'([^'\\\r\n]|\\[^\r\n])*'?")]
    CharLiteral,
    /// A regular string literal; unterminated when it lacks its closing quote.
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*"?"#)]
    StringLiteral,
    #[token("@\"", verbatim_string)]
    VerbatimStringLiteral,
    #[token("$\"", interpolated_string)]
    #[token("$@\"", interpolated_string)]
    #[token("@$\"", interpolated_string)]
    InterpolatedString,

    // Keywords.
    #[token("abstract")]
    Abstract,
    #[token("as")]
    As,
    #[token("base")]
    Base,
    #[token("bool")]
    Bool,
    #[token("break")]
    Break,
    #[token("byte")]
    Byte,
    #[token("case")]
    Case,
    #[token("catch")]
    Catch,
    #[token("char")]
    Char,
    #[token("checked")]
    Checked,
    #[token("class")]
    Class,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("decimal")]
    Decimal,
    #[token("default")]
    Default,
    #[token("delegate")]
    Delegate,
    #[token("do")]
    Do,
    #[token("double")]
    Double,
    #[token("else")]
    Else,
    #[token("enum")]
    Enum,
    #[token("event")]
    Event,
    #[token("explicit")]
    Explicit,
    #[token("extern")]
    Extern,
    #[token("false")]
    False,
    #[token("finally")]
    Finally,
    #[token("fixed")]
    Fixed,
    #[token("float")]
    Float,
    #[token("for")]
    For,
    #[token("foreach")]
    Foreach,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("implicit")]
    Implicit,
    #[token("in")]
    In,
    #[token("int")]
    Int,
    #[token("interface")]
    Interface,
    #[token("internal")]
    Internal,
    #[token("is")]
    Is,
    #[token("lock")]
    Lock,
    #[token("long")]
    Long,
    #[token("namespace")]
    Namespace,
    #[token("new")]
    New,
    #[token("null")]
    Null,
    #[token("object")]
    Object,
    #[token("operator")]
    Operator,
    #[token("out")]
    Out,
    #[token("override")]
    Override,
    #[token("params")]
    Params,
    #[token("private")]
    Private,
    #[token("protected")]
    Protected,
    #[token("public")]
    Public,
    #[token("readonly")]
    Readonly,
    #[token("ref")]
    Ref,
    #[token("return")]
    Return,
    #[token("sbyte")]
    Sbyte,
    #[token("sealed")]
    Sealed,
    #[token("short")]
    Short,
    #[token("sizeof")]
    Sizeof,
    #[token("stackalloc")]
    Stackalloc,
    #[token("static")]
    Static,
    #[token("string")]
    String,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("this")]
    This,
    #[token("throw")]
    Throw,
    #[token("true")]
    True,
    #[token("try")]
    Try,
    #[token("typeof")]
    Typeof,
    #[token("uint")]
    Uint,
    #[token("ulong")]
    Ulong,
    #[token("unchecked")]
    Unchecked,
    #[token("unsafe")]
    Unsafe,
    #[token("ushort")]
    Ushort,
    #[token("using")]
    Using,
    #[token("virtual")]
    Virtual,
    #[token("void")]
    Void,
    #[token("volatile")]
    Volatile,
    #[token("while")]
    While,

    /// An identifier, `@`-escaped or not.
    #[regex(r"@?[\p{XID_Start}_][\p{XID_Continue}]*")]
    Ident,

    // Punctuation and operators.
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(".")]
    Dot,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token("::")]
    ColonColon,
    #[token(";")]
    Semicolon,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("=")]
    Eq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("?")]
    Question,
    #[token("??")]
    QuestionQuestion,
    #[token("?.")]
    QuestionDot,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("->")]
    Arrow,
    #[token("==")]
    EqEq,
    #[token("!=")]
    BangEq,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("<<")]
    LtLt,
    #[token("<<=")]
    LtLtEq,
    #[token("=>")]
    FatArrow,

    /// The end of the text (added by the lexer, never matched).
    Eof,
}

impl TokenKind {
    /// True for trivia the parser never sees.
    pub fn is_trivia(self) -> bool {
        matches!(
            self,
            TokenKind::Newline | TokenKind::LineComment | TokenKind::BlockComment
        )
    }

    /// True for the kinds the parser takes as lexed: neither trivia nor a kind that can
    /// be malformed (a comment or literal). Those come first in the enum, so this is one
    /// comparison per token.
    #[inline]
    pub fn is_plain(self) -> bool {
        (self as u8) > (TokenKind::InterpolatedString as u8)
    }

    /// True for reserved keywords.
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::Abstract as u8) && (self as u8) <= (TokenKind::While as u8)
    }
}
