//! The C# preprocessor: `#if`/`#elif`/`#else`/`#endif` over the `-define:` symbols and
//! `#define`/`#undef`, `#region`, `#pragma warning`, `#warning`, `#error`, `#line`.
//!
//! It runs before lexing and returns the text with every directive line and every inactive
//! region blanked to spaces (newlines kept), so byte offsets and line numbers are those of
//! the original. A `#` is only a directive at the start of a line outside comments and
//! verbatim strings, which a small scanner tracks across lines.

use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange, blank_preserving_offsets};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// A `#pragma warning disable|restore` seen at an offset.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PragmaWarning {
    pub offset: u32,
    pub disable: bool,
    /// Empty means every warning.
    pub codes: Vec<String>,
}

/// What preprocessing produced.
#[derive(Debug)]
pub struct Preprocessed<'t> {
    /// The file's own text when it has no directive.
    pub text: Cow<'t, str>,
    pub pragmas: Vec<PragmaWarning>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Frame {
    /// This branch is live.
    active: bool,
    /// Some branch of this `#if` chain was taken already.
    taken: bool,
    /// The enclosing code is live.
    outer: bool,
    seen_else: bool,
    start: u32,
}

/// Tracks whether a line starts inside a block comment or a verbatim string.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum Carry {
    #[default]
    Code,
    BlockComment,
    Verbatim,
}

fn scan_line(line: &str, mut carry: Carry) -> Carry {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match carry {
            Carry::BlockComment => {
                if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    carry = Carry::Code;
                    i += 1;
                }
            }
            Carry::Verbatim => {
                if b[i] == b'"' {
                    if b.get(i + 1) == Some(&b'"') {
                        i += 1;
                    } else {
                        carry = Carry::Code;
                    }
                }
            }
            Carry::Code => match b[i] {
                b'/' if b.get(i + 1) == Some(&b'/') => return Carry::Code,
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    carry = Carry::BlockComment;
                    i += 1;
                }
                // `@"`, and `$@"` through its `@`; `@$"` spelled the other way round.
                b'@' if b.get(i + 1) == Some(&b'"') => {
                    carry = Carry::Verbatim;
                    i += 1;
                }
                b'@' if b.get(i + 1) == Some(&b'$') && b.get(i + 2) == Some(&b'"') => {
                    carry = Carry::Verbatim;
                    i += 2;
                }
                b'"' | b'\'' => {
                    let q = b[i];
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    carry
}

/// Runs the preprocessor over a file.
pub fn preprocess<'t>(file: FileId, text: &'t str, defines: &BTreeSet<String>) -> Preprocessed<'t> {
    // Without a `#` there is no directive: every line is live and kept as it is.
    if !text.as_bytes().contains(&b'#') {
        return Preprocessed {
            text: Cow::Borrowed(text),
            pragmas: Vec::new(),
            diagnostics: Vec::new(),
        };
    }
    let mut symbols = defines.clone();
    let mut out = String::with_capacity(text.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut pragmas = Vec::new();
    let mut diagnostics = Vec::new();
    let mut carry = Carry::Code;
    let mut seen_token = false;
    let mut offset = 0u32;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        let live = stack.last().is_none_or(|f| f.active);
        let at = offset + (body.len() - trimmed.len()) as u32;
        let range = TextRange::new(at, offset + body.len() as u32);
        if carry == Carry::Code && trimmed.starts_with('#') {
            let directive = trimmed[1..].trim_start();
            let (name, rest) = directive
                .split_once(|c: char| c.is_whitespace())
                .unwrap_or((directive, ""));
            let rest = rest.split("//").next().unwrap_or("").trim();
            let mut diag = |code: Code, args: &[&str]| {
                diagnostics.push(Diagnostic::new(code, file, range, args))
            };
            match name {
                "if" => {
                    let value = live && eval(rest, &symbols);
                    stack.push(Frame {
                        active: value,
                        taken: value,
                        outer: live,
                        seen_else: false,
                        start: at,
                    });
                }
                "elif" | "else" => match stack.last_mut() {
                    Some(f) if !f.seen_else => {
                        let take = f.outer && !f.taken && (name == "else" || eval(rest, &symbols));
                        f.active = take;
                        f.taken |= take;
                        f.seen_else = name == "else";
                    }
                    _ => diag(Code::CS1028, &[]),
                },
                // The guard pops the `#if` frame; an `#endif` with none is CS1028.
                "endif" if stack.pop().is_none() => diag(Code::CS1028, &[]),
                "endif" => {}
                "define" | "undef" if live => {
                    if seen_token {
                        diag(Code::CS1032, &[]);
                    } else if name == "define" {
                        symbols.insert(rest.to_owned());
                    } else {
                        symbols.remove(rest);
                    }
                }
                "pragma" if live => {
                    let mut words = rest.split_whitespace();
                    if words.next() == Some("warning") {
                        let disable = words.next() == Some("disable");
                        let codes = words
                            .flat_map(|w| w.split(','))
                            .filter(|w| !w.is_empty())
                            .map(str::to_owned)
                            .collect();
                        pragmas.push(PragmaWarning {
                            offset: at,
                            disable,
                            codes,
                        });
                    }
                }
                "error" if live => diag(Code::CS1029, &[rest]),
                "warning" if live => diag(Code::CS1030, &[rest]),
                "region" | "endregion" | "line" | "define" | "undef" | "pragma" | "error"
                | "warning" => {}
                _ if live => diag(Code::CS1024, &[]),
                _ => {}
            }
            blank_preserving_offsets(&mut out, line);
        } else if live {
            if carry == Carry::Code && !trimmed.is_empty() && !trimmed.starts_with("//") {
                seen_token = true;
            }
            carry = scan_line(line, carry);
            out.push_str(line);
        } else {
            blank_preserving_offsets(&mut out, line);
        }
        offset += line.len() as u32;
    }
    for f in stack {
        diagnostics.push(Diagnostic::new(
            Code::CS1027,
            file,
            TextRange::empty(f.start),
            &[],
        ));
    }
    Preprocessed {
        text: Cow::Owned(out),
        pragmas,
        diagnostics,
    }
}

/// Evaluates a `#if` condition: symbols, `true`, `false`, `!`, `&&`, `||`, `==`, `!=`,
/// parentheses. A malformed condition is false.
fn eval(expr: &str, symbols: &BTreeSet<String>) -> bool {
    let tokens = tokenize(expr);
    let mut p = CondParser {
        tokens: &tokens,
        at: 0,
        symbols,
    };
    p.or().unwrap_or(false) && p.at == tokens.len()
}

fn tokenize(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            if matches!(two.as_str(), "&&" | "||" | "==" | "!=") {
                out.push(two);
                i += 2;
            } else {
                out.push(c.to_string());
                i += 1;
            }
        }
    }
    out
}

struct CondParser<'a> {
    tokens: &'a [String],
    at: usize,
    symbols: &'a BTreeSet<String>,
}

impl CondParser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.at += 1;
            v |= self.and()?;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.eq()?;
        while self.peek() == Some("&&") {
            self.at += 1;
            v &= self.eq()?;
        }
        Some(v)
    }

    fn eq(&mut self) -> Option<bool> {
        let mut v = self.unary()?;
        while let Some(op @ ("==" | "!=")) = self.peek() {
            let is_eq = op == "==";
            self.at += 1;
            let r = self.unary()?;
            v = if is_eq { v == r } else { v != r };
        }
        Some(v)
    }

    fn unary(&mut self) -> Option<bool> {
        match self.peek()? {
            "!" => {
                self.at += 1;
                Some(!self.unary()?)
            }
            "(" => {
                self.at += 1;
                let v = self.or()?;
                (self.peek() == Some(")")).then(|| self.at += 1)?;
                Some(v)
            }
            "true" => {
                self.at += 1;
                Some(true)
            }
            "false" => {
                self.at += 1;
                Some(false)
            }
            s if s.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                let v = self.symbols.contains(s);
                self.at += 1;
                Some(v)
            }
            _ => None,
        }
    }
}
