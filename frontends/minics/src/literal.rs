//! Decoding literal tokens into values, C#'s way: escape sequences in strings and chars,
//! verbatim strings' `""`, integer literals (decimal, hex, binary, `_` separators,
//! `u`/`l` suffixes, the type they take), and real literals with their suffix. The lexer
//! validates with these; the binder takes the values.

use frontend_core::diag::Code;

/// A problem at a byte range relative to the literal's start.
pub type LiteralError = (u32, u32, Code);

/// The value of a regular (escaped) string or char body, as UTF-16 code units (C# strings
/// may hold lone surrogates), with any bad escapes.
pub fn unescape(body: &str) -> (Vec<u16>, Vec<LiteralError>) {
    let mut out = Vec::with_capacity(body.len());
    let mut errors = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        let Some((_, e)) = chars.next() else {
            errors.push((i as u32, i as u32 + 1, Code::CS1009));
            break;
        };
        let simple = match e {
            '\'' => Some('\''),
            '"' => Some('"'),
            '\\' => Some('\\'),
            '0' => Some('\0'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\u{b}'),
            _ => None,
        };
        if let Some(s) = simple {
            out.push(s as u16);
            continue;
        }
        let (max, exact) = match e {
            'x' => (4, false),
            'u' => (4, true),
            'U' => (8, true),
            _ => {
                errors.push((i as u32, (i + 1 + e.len_utf8()) as u32, Code::CS1009));
                continue;
            }
        };
        let mut value: u32 = 0;
        let mut n = 0;
        while n < max {
            match chars.peek() {
                Some(&(_, h)) if h.is_ascii_hexdigit() => {
                    value = value * 16 + h.to_digit(16).unwrap_or(0);
                    chars.next();
                    n += 1;
                }
                _ => break,
            }
        }
        let end = i as u32 + 2 + n as u32;
        if n == 0 || (exact && n < max) || value > 0x10FFFF {
            errors.push((i as u32, end, Code::CS1009));
            continue;
        }
        if value > 0xFFFF {
            let v = value - 0x10000;
            out.push(0xD800 + (v >> 10) as u16);
            out.push(0xDC00 + (v & 0x3FF) as u16);
        } else {
            out.push(value as u16);
        }
    }
    (out, errors)
}

/// The value of a verbatim string body (between `@"` and `"`).
pub fn verbatim(body: &str) -> Vec<u16> {
    body.replace("\"\"", "\"").encode_utf16().collect()
}

/// An integer literal's type suffix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IntSuffix {
    None,
    U,
    L,
    UL,
}

/// Parses an integer literal: its value and suffix, or the code to report
/// (CS1013 for a literal with no digits, CS1021 for one past `ulong`).
pub fn parse_int(text: &str) -> Result<(u64, IntSuffix), Code> {
    // Plain decimal digits (nearly every literal), short enough not to overflow: no
    // copies needed.
    if !text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit()) {
        let v = text
            .bytes()
            .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'));
        return Ok((v, IntSuffix::None));
    }
    let lower = text.to_ascii_lowercase();
    let (digits, suffix) = if let Some(d) = lower
        .strip_suffix("ul")
        .or_else(|| lower.strip_suffix("lu"))
    {
        (d, IntSuffix::UL)
    } else if let Some(d) = lower.strip_suffix('u') {
        (d, IntSuffix::U)
    } else if let Some(d) = lower.strip_suffix('l') {
        (d, IntSuffix::L)
    } else {
        (lower.as_str(), IntSuffix::None)
    };
    let (radix, body) = if let Some(h) = digits.strip_prefix("0x") {
        (16, h)
    } else if let Some(b) = digits.strip_prefix("0b") {
        (2, b)
    } else {
        (10, digits)
    };
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || body.starts_with('_') && radix == 10 || body.ends_with('_') {
        return Err(Code::CS1013);
    }
    u64::from_str_radix(&clean, radix)
        .map(|v| (v, suffix))
        .map_err(|_| Code::CS1021)
}

/// A real literal's type suffix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RealSuffix {
    None,
    F,
    D,
    M,
}

/// Parses a real literal: its value (as `f64`; `float` literals round from it) and suffix.
pub fn parse_real(text: &str) -> Result<(f64, RealSuffix), Code> {
    let (body, suffix) = match text.chars().last() {
        Some('f' | 'F') => (&text[..text.len() - 1], RealSuffix::F),
        Some('d' | 'D') => (&text[..text.len() - 1], RealSuffix::D),
        Some('m' | 'M') => (&text[..text.len() - 1], RealSuffix::M),
        _ => (text, RealSuffix::None),
    };
    if body.ends_with('_') || body.contains("_.") || body.contains("._") {
        return Err(Code::CS1013);
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean
        .parse::<f64>()
        .map(|v| (v, suffix))
        .map_err(|_| Code::CS1013)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let (v, e) = unescape(r"a\tb\x41\u00e9\U0001F600\0");
        assert!(e.is_empty());
        assert_eq!(String::from_utf16(&v).unwrap(), "a\tbAé😀\0");
        let (_, e) = unescape(r"bad\q and \u12");
        assert_eq!(e, vec![(3, 5, Code::CS1009), (10, 14, Code::CS1009)]);
    }

    #[test]
    fn integers() {
        assert_eq!(parse_int("0x_FF"), Ok((255, IntSuffix::None)));
        assert_eq!(parse_int("1_000UL"), Ok((1000, IntSuffix::UL)));
        assert_eq!(parse_int("0b1010l"), Ok((10, IntSuffix::L)));
        assert_eq!(
            parse_int("18446744073709551615u"),
            Ok((u64::MAX, IntSuffix::U))
        );
        assert_eq!(parse_int("18446744073709551616"), Err(Code::CS1021));
        assert_eq!(parse_int("0x"), Err(Code::CS1013));
        assert_eq!(parse_int("1_"), Err(Code::CS1013));
        // Plain digits, either side of the 19-digit fast path.
        assert_eq!(parse_int("007"), Ok((7, IntSuffix::None)));
        assert_eq!(
            parse_int("9999999999999999999"),
            Ok((9_999_999_999_999_999_999, IntSuffix::None))
        );
        assert_eq!(
            parse_int("18446744073709551615"),
            Ok((u64::MAX, IntSuffix::None))
        );
    }

    #[test]
    fn reals() {
        assert_eq!(parse_real("1.5f"), Ok((1.5, RealSuffix::F)));
        assert_eq!(parse_real("1e3"), Ok((1000.0, RealSuffix::None)));
        assert_eq!(parse_real(".25"), Ok((0.25, RealSuffix::None)));
        assert_eq!(parse_real("2m"), Ok((2.0, RealSuffix::M)));
        assert_eq!(parse_real("1_.0"), Err(Code::CS1013));
    }
}
