//! A finding: one CLS rule broken by one member, with the Roslyn-equivalent warning code
//! where one exists, in the one-line form `cls-check` prints and a JSON form for tools.

use std::fmt;

/// One broken rule.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Finding {
    /// The member or type, in C# syntax (`Lib.Api.Put(uint)`).
    pub member: String,
    /// The Roslyn/mcs warning code (`CS3001`), when one matches.
    pub code: Option<&'static str>,
    /// The ECMA-335 Partition I CLS rule number.
    pub rule: u32,
    /// The self-contained message.
    pub message: String,
    /// The definition row it concerns, as a metadata token (TypeDef, MethodDef, Field,
    /// Property, Event; the Assembly row for the assembly itself), so a compiler can
    /// map it back to a declaration.
    pub target: u32,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(
                f,
                "warning {code} [CLS rule {}]: {}",
                self.rule, self.message
            ),
            None => write!(f, "warning [CLS rule {}]: {}", self.rule, self.message),
        }
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Finding {
    /// The finding as one JSON object.
    pub fn to_json(&self) -> String {
        format!(
            "{{\"code\":{},\"rule\":{},\"member\":{},\"message\":{}}}",
            self.code.map_or("null".to_owned(), json_string),
            self.rule,
            json_string(&self.member),
            json_string(&self.message)
        )
    }
}
