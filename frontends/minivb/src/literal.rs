//! Decoding minivb literal tokens into values, VB's way: `""` inside strings, `"x"c`
//! characters, integers in decimal, `&H`, `&O` and `&B` with `_` separators and the
//! `S`/`US`/`I`/`UI`/`L`/`UL`/`%`/`&` suffixes, reals with `F`/`R`/`D`/`!`/`#`/`@`.

use frontend_core::diag::Code;

/// The value of a string literal token (quotes included in `text`).
pub fn string_value(text: &str) -> String {
    let body = text.strip_prefix('"').unwrap_or(text);
    let body = body.strip_suffix('"').unwrap_or(body);
    body.replace("\"\"", "\"")
}

/// The value of a character literal token (`"x"c`), or BC30004 when it is not one char.
pub fn char_value(text: &str) -> Result<char, Code> {
    let value = string_value(text.strip_suffix(['c', 'C']).unwrap_or(text));
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Code::BC30004),
    }
}

/// An integer literal's type, from its suffix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IntType {
    /// No suffix: `Integer` if it fits, else `Long`.
    Default,
    Short,
    UShort,
    Integer,
    UInteger,
    Long,
    ULong,
}

/// Parses an integer literal: its value (as the bits of its type) and type, or BC30036
/// when it does not fit.
pub fn parse_int(text: &str) -> Result<(u64, IntType), Code> {
    let lower = text.to_ascii_lowercase();
    let suffixes: [(&str, IntType); 8] = [
        ("us", IntType::UShort),
        ("ui", IntType::UInteger),
        ("ul", IntType::ULong),
        ("s", IntType::Short),
        ("i", IntType::Integer),
        ("l", IntType::Long),
        ("%", IntType::Integer),
        ("&", IntType::Long),
    ];
    let (radix, body) = if let Some(h) = lower.strip_prefix("&h") {
        (16, h)
    } else if let Some(o) = lower.strip_prefix("&o") {
        (8, o)
    } else if let Some(b) = lower.strip_prefix("&b") {
        (2, b)
    } else {
        (10, lower.as_str())
    };
    let (digits, ty) = suffixes
        .iter()
        // Suffix letters are not hex digits, so the longest matching suffix is the suffix.
        .find(|(s, _)| body.ends_with(s))
        .map(|(s, t)| (&body[..body.len() - s.len()], *t))
        .unwrap_or((body, IntType::Default));
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() {
        return Err(Code::BC30201);
    }
    let value = u64::from_str_radix(&clean, radix).map_err(|_| Code::BC30036)?;
    // Hex, octal and binary literals are bit patterns of their type: &HFFFFFFFF is -1.
    let fits = |max_signed: u64, max_bits: u64| {
        if radix == 10 {
            value <= max_signed
        } else {
            value <= max_bits
        }
    };
    let ok = match ty {
        IntType::Default => fits(i64::MAX as u64, u64::MAX),
        IntType::Short => fits(i16::MAX as u64, u64::from(u16::MAX)),
        IntType::UShort => value <= u64::from(u16::MAX),
        IntType::Integer => fits(i32::MAX as u64, u64::from(u32::MAX)),
        IntType::UInteger => value <= u64::from(u32::MAX),
        IntType::Long => fits(i64::MAX as u64, u64::MAX),
        IntType::ULong => true,
    };
    if ok {
        Ok((value, ty))
    } else {
        Err(Code::BC30036)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(string_value(r#""say ""hi""""#), r#"say "hi""#);
        assert_eq!(char_value(r#""x"c"#), Ok('x'));
        assert_eq!(char_value(r#""xy"c"#), Err(Code::BC30004));
        assert_eq!(parse_int("10L"), Ok((10, IntType::Long)));
        assert_eq!(parse_int("&H1F"), Ok((31, IntType::Default)));
        assert_eq!(
            parse_int("&HFFFFFFFFI"),
            Ok((0xFFFF_FFFF, IntType::Integer))
        );
        assert_eq!(parse_int("&B1010_1010"), Ok((170, IntType::Default)));
        assert_eq!(parse_int("&O17US"), Ok((15, IntType::UShort)));
        assert_eq!(parse_int("32768S"), Err(Code::BC30036));
        assert_eq!(parse_int("42%"), Ok((42, IntType::Integer)));
        assert_eq!(parse_int("99999999999999999999"), Err(Code::BC30036));
        assert_eq!(parse_int("&H"), Err(Code::BC30201));
    }
}
