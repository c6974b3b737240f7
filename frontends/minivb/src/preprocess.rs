//! The VB preprocessor: `#If … Then`/`#ElseIf`/`#Else`/`#End If` over conditional
//! compilation constants (`-define:`, `#Const`), `#Region`/`#End Region`,
//! `#ExternalSource`, `#Disable`/`#Enable Warning`. Keywords are case-insensitive.
//!
//! Like minics' preprocessor it runs before lexing and blanks directive lines and inactive
//! regions (newlines kept), so offsets and lines stay those of the source. A `#` starts a
//! directive only at the start of a line outside a (VB 14, multi-line) string.

use frontend_core::diag::{Code, Diagnostic};
use frontend_core::source::{FileId, TextRange, blank_preserving_offsets};
use std::collections::BTreeMap;

/// A conditional-compilation constant's value.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ConstValue {
    Bool(bool),
    Int(i64),
    Str(String),
    Nothing,
}

impl ConstValue {
    fn truthy(&self) -> bool {
        match self {
            ConstValue::Bool(b) => *b,
            ConstValue::Int(i) => *i != 0,
            ConstValue::Str(s) => !s.is_empty(),
            ConstValue::Nothing => false,
        }
    }
}

/// Constants by lower-cased name (VB names are case-insensitive).
pub type Constants = BTreeMap<String, ConstValue>;

/// Parses `-define:` text (`DEBUG,TRACE=True,LEVEL=2,NAME="x"`) into constants.
pub fn parse_defines(text: &str) -> Constants {
    let mut out = Constants::new();
    for part in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (name, value) = part
            .split_once('=')
            .map_or((part, None), |(n, v)| (n.trim(), Some(v.trim())));
        let value = value.map_or(ConstValue::Bool(true), |v| {
            eval(v, &Constants::new()).unwrap_or(ConstValue::Nothing)
        });
        out.insert(name.to_ascii_lowercase(), value);
    }
    out
}

/// What preprocessing produced.
#[derive(Debug)]
pub struct Preprocessed {
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    active: bool,
    taken: bool,
    outer: bool,
    seen_else: bool,
    start: u32,
}

/// Runs the preprocessor over a file.
pub fn preprocess(file: FileId, text: &str, defines: &Constants) -> Preprocessed {
    let mut consts = defines.clone();
    let mut out = String::with_capacity(text.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut diagnostics = Vec::new();
    let mut in_string = false;
    let mut offset = 0u32;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        let live = stack.last().is_none_or(|f| f.active);
        let at = offset + (body.len() - trimmed.len()) as u32;
        let range = TextRange::new(at, offset + body.len() as u32);
        if !in_string && trimmed.starts_with('#') {
            let directive = trimmed[1..].trim_start();
            let lower = directive.to_ascii_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            let rest_after = |n: usize| -> String {
                let mut s = directive;
                for _ in 0..n {
                    s = s.trim_start();
                    s = s.find(char::is_whitespace).map_or("", |i| &s[i..]);
                }
                s.split('\'').next().unwrap_or("").trim().to_owned()
            };
            let mut diag = |code: Code| diagnostics.push(Diagnostic::new(code, file, range, &[]));
            match words.as_slice() {
                ["if", ..] => {
                    let cond = strip_then(&rest_after(1));
                    let value = live && eval(&cond, &consts).is_some_and(|v| v.truthy());
                    stack.push(Frame {
                        active: value,
                        taken: value,
                        outer: live,
                        seen_else: false,
                        start: at,
                    });
                }
                ["elseif", ..] | ["else", "if", ..] | ["else", ..] => {
                    let is_else = words == ["else"]
                        || words.first() == Some(&"else") && words.get(1) != Some(&"if");
                    match stack.last_mut() {
                        Some(f) if !f.seen_else => {
                            let cond = if is_else {
                                String::new()
                            } else {
                                strip_then(&rest_after(if words[0] == "else" { 2 } else { 1 }))
                            };
                            let take = f.outer
                                && !f.taken
                                && (is_else || eval(&cond, &consts).is_some_and(|v| v.truthy()));
                            f.active = take;
                            f.taken |= take;
                            f.seen_else = is_else;
                        }
                        _ => diag(Code::BC30013),
                    }
                }
                // The guard pops the `#If` frame; an `#End If` with none is BC30013.
                ["end", "if", ..] | ["endif", ..] if stack.pop().is_none() => diag(Code::BC30013),
                ["end", "if", ..] | ["endif", ..] => {}
                ["const", ..] if live => {
                    let decl = rest_after(1);
                    match decl.split_once('=') {
                        Some((name, value)) => {
                            let v = eval(value.trim(), &consts).unwrap_or(ConstValue::Nothing);
                            consts.insert(name.trim().to_ascii_lowercase(), v);
                        }
                        None => diag(Code::BC30203),
                    }
                }
                ["region", ..]
                | ["end", "region", ..]
                | ["externalsource", ..]
                | ["end", "externalsource", ..] => {}
                ["disable", ..] | ["enable", ..] | ["const", ..] => {}
                _ if live => diag(Code::BC30248),
                _ => {}
            }
            blank_preserving_offsets(&mut out, line);
        } else if live {
            in_string = scan_strings(line, in_string);
            out.push_str(line);
        } else {
            blank_preserving_offsets(&mut out, line);
        }
        offset += line.len() as u32;
    }
    for f in stack {
        diagnostics.push(Diagnostic::new(
            Code::BC30012,
            file,
            TextRange::new(f.start, f.start + 1),
            &[],
        ));
    }
    Preprocessed {
        text: out,
        diagnostics,
    }
}

fn strip_then(cond: &str) -> String {
    let lower = cond.to_ascii_lowercase();
    match lower.strip_suffix("then") {
        Some(head) if head.ends_with(|c: char| c.is_whitespace() || c == ')') => {
            cond[..head.len()].trim().to_owned()
        }
        _ => cond.trim().to_owned(),
    }
}

/// Whether a string is still open after this line (a `'` outside strings ends the code).
fn scan_strings(line: &str, mut open: bool) -> bool {
    for c in line.chars() {
        match c {
            '"' => open = !open,
            '\'' | '\u{2018}' | '\u{2019}' if !open => return false,
            _ => {}
        }
    }
    open
}

/// Evaluates a conditional-compilation expression; `None` when malformed.
fn eval(expr: &str, consts: &Constants) -> Option<ConstValue> {
    let tokens = tokenize(expr)?;
    let mut p = Cond {
        tokens: &tokens,
        at: 0,
        consts,
    };
    let v = p.or()?;
    (p.at == tokens.len()).then_some(v)
}

fn tokenize(expr: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = expr.chars().collect();
    let mut out = Vec::new();
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
            out.push(
                chars[start..i]
                    .iter()
                    .collect::<String>()
                    .to_ascii_lowercase(),
            );
        } else if c == '"' {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += 1;
            }
            i += 1;
            out.push(chars[start..i.min(chars.len())].iter().collect());
        } else if c == '<' && chars.get(i + 1) == Some(&'>') {
            out.push("<>".into());
            i += 2;
        } else if matches!(c, '(' | ')' | '=') {
            out.push(c.to_string());
            i += 1;
        } else {
            return None;
        }
    }
    Some(out)
}

struct Cond<'a> {
    tokens: &'a [String],
    at: usize,
    consts: &'a Constants,
}

impl Cond<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Option<ConstValue> {
        let mut v = self.and()?;
        while let Some(op @ ("or" | "orelse" | "xor")) = self.peek() {
            let xor = op == "xor";
            self.at += 1;
            let r = self.and()?;
            v = ConstValue::Bool(if xor {
                v.truthy() != r.truthy()
            } else {
                v.truthy() || r.truthy()
            });
        }
        Some(v)
    }

    fn and(&mut self) -> Option<ConstValue> {
        let mut v = self.cmp()?;
        while let Some("and" | "andalso") = self.peek() {
            self.at += 1;
            let r = self.cmp()?;
            v = ConstValue::Bool(v.truthy() && r.truthy());
        }
        Some(v)
    }

    fn cmp(&mut self) -> Option<ConstValue> {
        let mut v = self.unary()?;
        while let Some(op @ ("=" | "<>")) = self.peek() {
            let eq = op == "=";
            self.at += 1;
            let r = self.unary()?;
            v = ConstValue::Bool((v == r) == eq);
        }
        Some(v)
    }

    fn unary(&mut self) -> Option<ConstValue> {
        let t = self.peek()?.to_owned();
        self.at += 1;
        match t.as_str() {
            "not" => Some(ConstValue::Bool(!self.unary()?.truthy())),
            "(" => {
                let v = self.or()?;
                (self.peek() == Some(")")).then(|| self.at += 1)?;
                Some(v)
            }
            "true" => Some(ConstValue::Bool(true)),
            "false" => Some(ConstValue::Bool(false)),
            "nothing" => Some(ConstValue::Nothing),
            s if s.starts_with('"') => Some(ConstValue::Str(s.trim_matches('"').to_owned())),
            s if s.chars().all(|c| c.is_ascii_digit()) => s.parse().ok().map(ConstValue::Int),
            s => Some(self.consts.get(s).cloned().unwrap_or(ConstValue::Nothing)),
        }
    }
}
