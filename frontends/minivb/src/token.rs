//! The tokens of minivb (Visual Basic 15's lexical grammar, less date literals), as a
//! logos automaton. Keywords are case-insensitive; identifiers may carry a type character
//! (`count%`, `name$`) or be bracketed (`[Dim]`); `REM` and `'` start comments; a ` _` at
//! the end of a line continues it. Contextual keywords (`Strict`, `Infer`, `Iterator`,
//! `Yield`, `Custom`, `Async`, …) lex as identifiers; the parser looks at their text.

use logos::{Lexer, Logos};

/// Takes a type character (`% & @ ! # $`) that follows an identifier directly, unless an
/// identifier character follows it (then it is an operator: `a!b`, `x&y`).
fn type_character(lex: &mut Lexer<'_, TokenKind>) {
    let rest = lex.remainder().as_bytes();
    if let Some(&c) = rest.first() {
        let next_is_ident = rest
            .get(1)
            .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'_');
        if matches!(c, b'%' | b'&' | b'@' | b'!' | b'#' | b'$') && !next_is_ident {
            lex.bump(1);
        }
    }
}

/// Takes the rest of an interpolated string after `$"`.
fn interpolated_string(lex: &mut Lexer<'_, TokenKind>) {
    let (len, _) = scan_interpolated(lex.remainder().as_bytes());
    lex.bump(len);
}

/// Scans the body of an interpolated string (after `$"`): its length up to and including
/// the closing quote, and whether that quote was found. `""` and `{{`/`}}` are escapes;
/// a hole runs to its matching `}` and may hold strings (with their own quotes).
pub fn scan_interpolated(b: &[u8]) -> (usize, bool) {
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' if b.get(i + 1) == Some(&b'"') => i += 2,
            b'"' => return (i + 1, true),
            b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => {
                i += 1;
                let mut depth = 0usize;
                while i < b.len() {
                    match b[i] {
                        b'"' => {
                            i += 1;
                            while i < b.len() {
                                if b[i] == b'"' {
                                    if b.get(i + 1) == Some(&b'"') {
                                        i += 1;
                                    } else {
                                        break;
                                    }
                                }
                                i += 1;
                            }
                        }
                        b'(' | b'{' => depth += 1,
                        b')' => depth = depth.saturating_sub(1),
                        b'}' if depth == 0 => break,
                        b'}' => depth -= 1,
                        b'\n' | b'\r' => return (i, false),
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    (b.len(), false)
}

/// A `REM` comment runs to the end of the line.
fn rest_of_line(lex: &mut Lexer<'_, TokenKind>) {
    let rest = lex.remainder();
    let n = rest.find(['\r', '\n']).unwrap_or(rest.len());
    lex.bump(n);
}

/// A token kind.
#[derive(Logos, Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[logos(skip r"[ \t\f\u{FEFF}\u{00A0}]+")]
pub enum TokenKind {
    #[regex(r"\r\n|\n|\r|\u{2028}|\u{2029}")]
    Newline,
    /// A `'` (or typographic quote) comment.
    #[regex(r"['\u{2018}\u{2019}][^\r\n]*", allow_greedy = true)]
    Comment,
    #[token("rem", rest_of_line, ignore(case))]
    RemComment,
    /// ` _` and the newline it continues past.
    #[regex(r"_[ \t]*(\r\n|\n|\r)")]
    LineContinuation,

    // Keywords.
    #[token("addhandler", ignore(case))]
    AddHandler,
    #[token("addressof", ignore(case))]
    AddressOf,
    #[token("alias", ignore(case))]
    Alias,
    #[token("and", ignore(case))]
    And,
    #[token("andalso", ignore(case))]
    AndAlso,
    #[token("as", ignore(case))]
    As,
    #[token("boolean", ignore(case))]
    Boolean,
    #[token("byref", ignore(case))]
    ByRef,
    #[token("byte", ignore(case))]
    Byte,
    #[token("byval", ignore(case))]
    ByVal,
    #[token("call", ignore(case))]
    Call,
    #[token("case", ignore(case))]
    Case,
    #[token("catch", ignore(case))]
    Catch,
    #[token("cbool", ignore(case))]
    CBool,
    #[token("cbyte", ignore(case))]
    CByte,
    #[token("cchar", ignore(case))]
    CChar,
    #[token("cdate", ignore(case))]
    CDate,
    #[token("cdbl", ignore(case))]
    CDbl,
    #[token("cdec", ignore(case))]
    CDec,
    #[token("char", ignore(case))]
    Char,
    #[token("cint", ignore(case))]
    CInt,
    #[token("class", ignore(case))]
    Class,
    #[token("clng", ignore(case))]
    CLng,
    #[token("cobj", ignore(case))]
    CObj,
    #[token("const", ignore(case))]
    Const,
    #[token("continue", ignore(case))]
    Continue,
    #[token("csbyte", ignore(case))]
    CSByte,
    #[token("cshort", ignore(case))]
    CShort,
    #[token("csng", ignore(case))]
    CSng,
    #[token("cstr", ignore(case))]
    CStr,
    #[token("ctype", ignore(case))]
    CType,
    #[token("cuint", ignore(case))]
    CUInt,
    #[token("culng", ignore(case))]
    CULng,
    #[token("cushort", ignore(case))]
    CUShort,
    #[token("date", ignore(case))]
    Date,
    #[token("decimal", ignore(case))]
    Decimal,
    #[token("declare", ignore(case))]
    Declare,
    #[token("default", ignore(case))]
    Default,
    #[token("delegate", ignore(case))]
    Delegate,
    #[token("dim", ignore(case))]
    Dim,
    #[token("directcast", ignore(case))]
    DirectCast,
    #[token("do", ignore(case))]
    Do,
    #[token("double", ignore(case))]
    Double,
    #[token("each", ignore(case))]
    Each,
    #[token("else", ignore(case))]
    Else,
    #[token("elseif", ignore(case))]
    ElseIf,
    #[token("end", ignore(case))]
    End,
    #[token("endif", ignore(case))]
    EndIf,
    #[token("enum", ignore(case))]
    Enum,
    #[token("erase", ignore(case))]
    Erase,
    #[token("error", ignore(case))]
    Error,
    #[token("event", ignore(case))]
    Event,
    #[token("exit", ignore(case))]
    Exit,
    #[token("false", ignore(case))]
    False,
    #[token("finally", ignore(case))]
    Finally,
    #[token("for", ignore(case))]
    For,
    #[token("friend", ignore(case))]
    Friend,
    #[token("function", ignore(case))]
    Function,
    #[token("get", ignore(case))]
    Get,
    #[token("gettype", ignore(case))]
    GetType,
    #[token("getxmlnamespace", ignore(case))]
    GetXmlNamespace,
    #[token("global", ignore(case))]
    Global,
    #[token("gosub", ignore(case))]
    GoSub,
    #[token("goto", ignore(case))]
    GoTo,
    #[token("handles", ignore(case))]
    Handles,
    #[token("if", ignore(case))]
    If,
    #[token("implements", ignore(case))]
    Implements,
    #[token("imports", ignore(case))]
    Imports,
    #[token("in", ignore(case))]
    In,
    #[token("inherits", ignore(case))]
    Inherits,
    #[token("integer", ignore(case))]
    Integer,
    #[token("interface", ignore(case))]
    Interface,
    #[token("is", ignore(case))]
    Is,
    #[token("isnot", ignore(case))]
    IsNot,
    #[token("let", ignore(case))]
    Let,
    #[token("lib", ignore(case))]
    Lib,
    #[token("like", ignore(case))]
    Like,
    #[token("long", ignore(case))]
    Long,
    #[token("loop", ignore(case))]
    Loop,
    #[token("me", ignore(case))]
    Me,
    #[token("mod", ignore(case))]
    Mod,
    #[token("module", ignore(case))]
    Module,
    #[token("mustinherit", ignore(case))]
    MustInherit,
    #[token("mustoverride", ignore(case))]
    MustOverride,
    #[token("mybase", ignore(case))]
    MyBase,
    #[token("myclass", ignore(case))]
    MyClass,
    #[token("nameof", ignore(case))]
    NameOf,
    #[token("namespace", ignore(case))]
    Namespace,
    #[token("narrowing", ignore(case))]
    Narrowing,
    #[token("new", ignore(case))]
    New,
    #[token("next", ignore(case))]
    Next,
    #[token("not", ignore(case))]
    Not,
    #[token("nothing", ignore(case))]
    Nothing,
    #[token("notinheritable", ignore(case))]
    NotInheritable,
    #[token("notoverridable", ignore(case))]
    NotOverridable,
    #[token("object", ignore(case))]
    Object,
    #[token("of", ignore(case))]
    Of,
    #[token("on", ignore(case))]
    On,
    #[token("operator", ignore(case))]
    Operator,
    #[token("option", ignore(case))]
    Option,
    #[token("optional", ignore(case))]
    Optional,
    #[token("or", ignore(case))]
    Or,
    #[token("orelse", ignore(case))]
    OrElse,
    #[token("overloads", ignore(case))]
    Overloads,
    #[token("overridable", ignore(case))]
    Overridable,
    #[token("overrides", ignore(case))]
    Overrides,
    #[token("paramarray", ignore(case))]
    ParamArray,
    #[token("partial", ignore(case))]
    Partial,
    #[token("private", ignore(case))]
    Private,
    #[token("property", ignore(case))]
    Property,
    #[token("protected", ignore(case))]
    Protected,
    #[token("public", ignore(case))]
    Public,
    #[token("raiseevent", ignore(case))]
    RaiseEvent,
    #[token("readonly", ignore(case))]
    ReadOnly,
    #[token("redim", ignore(case))]
    ReDim,
    #[token("removehandler", ignore(case))]
    RemoveHandler,
    #[token("resume", ignore(case))]
    Resume,
    #[token("return", ignore(case))]
    Return,
    #[token("sbyte", ignore(case))]
    SByte,
    #[token("select", ignore(case))]
    Select,
    #[token("set", ignore(case))]
    Set,
    #[token("shadows", ignore(case))]
    Shadows,
    #[token("shared", ignore(case))]
    Shared,
    #[token("short", ignore(case))]
    Short,
    #[token("single", ignore(case))]
    Single,
    #[token("static", ignore(case))]
    Static,
    #[token("step", ignore(case))]
    Step,
    #[token("stop", ignore(case))]
    Stop,
    #[token("string", ignore(case))]
    String,
    #[token("structure", ignore(case))]
    Structure,
    #[token("sub", ignore(case))]
    Sub,
    #[token("synclock", ignore(case))]
    SyncLock,
    #[token("then", ignore(case))]
    Then,
    #[token("throw", ignore(case))]
    Throw,
    #[token("to", ignore(case))]
    To,
    #[token("true", ignore(case))]
    True,
    #[token("try", ignore(case))]
    Try,
    #[token("trycast", ignore(case))]
    TryCast,
    #[token("typeof", ignore(case))]
    TypeOf,
    #[token("uinteger", ignore(case))]
    UInteger,
    #[token("ulong", ignore(case))]
    ULong,
    #[token("ushort", ignore(case))]
    UShort,
    #[token("using", ignore(case))]
    Using,
    #[token("variant", ignore(case))]
    Variant,
    #[token("wend", ignore(case))]
    Wend,
    #[token("when", ignore(case))]
    When,
    #[token("while", ignore(case))]
    While,
    #[token("widening", ignore(case))]
    Widening,
    #[token("with", ignore(case))]
    With,
    #[token("withevents", ignore(case))]
    WithEvents,
    #[token("writeonly", ignore(case))]
    WriteOnly,
    #[token("xor", ignore(case))]
    Xor,
    /// An identifier, perhaps with a type character.
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", type_character)]
    Ident,
    /// `[name]`: an identifier that may be a keyword; unterminated when it lacks `]`.
    #[regex(r"\[[^\]\r\n]*\]?")]
    BracketedIdent,

    // Literals.
    #[regex(r"[0-9][0-9_]*((us|ui|ul|s|i|l)|[%&])?", ignore(case))]
    #[regex(r"&h[0-9a-f_]*((us|ui|ul|s|i|l)|[%&])?", ignore(case))]
    #[regex(r"&o[0-7_]*((us|ui|ul|s|i|l)|[%&])?", ignore(case))]
    #[regex(r"&b[01_]*((us|ui|ul|s|i|l)|[%&])?", ignore(case))]
    IntLiteral,
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*(e[+-]?[0-9]+)?[frd!#@]?", ignore(case))]
    #[regex(r"\.[0-9][0-9_]*(e[+-]?[0-9]+)?[frd!#@]?", ignore(case))]
    #[regex(r"[0-9][0-9_]*e[+-]?[0-9]+[frd!#@]?", ignore(case))]
    #[regex(r"[0-9][0-9_]*[frd!#@]", ignore(case))]
    RealLiteral,
    /// A string (VB 14 strings may span lines); unterminated when it lacks its quote.
    #[regex(r#""([^"]|"")*"?"#)]
    StringLiteral,
    #[regex(r#""([^"]|"")*"[cC]"#)]
    CharLiteral,
    /// `$"…{expr,align:format}…"`: one token; the parser cuts out the holes.
    #[token("$\"", interpolated_string)]
    InterpolatedString,

    // Punctuation and operators.
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("?.")]
    QuestionDot,
    #[token(":")]
    Colon,
    #[token(":=")]
    ColonEq,
    #[token("?")]
    Question,
    #[token("!")]
    Bang,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("\\")]
    Backslash,
    #[token("^")]
    Caret,
    #[token("&")]
    Amp,
    #[token("=")]
    Eq,
    #[token("<>")]
    LtGt,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("<<")]
    LtLt,
    #[token(">>")]
    GtGt,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("\\=")]
    BackslashEq,
    #[token("^=")]
    CaretEq,
    #[token("&=")]
    AmpEq,
    #[token("<<=")]
    LtLtEq,
    #[token(">>=")]
    GtGtEq,

    /// The end of the text (added by the lexer, never matched).
    Eof,
}

impl TokenKind {
    /// True for trivia the parser never sees.
    pub fn is_trivia(self) -> bool {
        matches!(
            self,
            TokenKind::Comment | TokenKind::RemComment | TokenKind::LineContinuation
        )
    }

    /// True when a newline right after this token does not end the statement (implicit
    /// line continuation, VB 10 and later).
    pub fn continues_line(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            Comma
                | LParen
                | LBrace
                | Dot
                | QuestionDot
                | ColonEq
                | Plus
                | Minus
                | Star
                | Slash
                | Backslash
                | Caret
                | Amp
                | Eq
                | LtGt
                | Lt
                | Gt
                | LtEq
                | GtEq
                | LtLt
                | GtGt
                | PlusEq
                | MinusEq
                | StarEq
                | SlashEq
                | BackslashEq
                | CaretEq
                | AmpEq
                | LtLtEq
                | GtGtEq
                | And
                | AndAlso
                | Or
                | OrElse
                | Xor
                | Mod
                | Not
                | Is
                | IsNot
                | Like
        )
    }
}
