//! Number formatting and parsing as Mono's class libraries do it (.NET Framework rules):
//! `G` is 15 significant digits for `double` and 7 for `float`, fixed notation when the
//! exponent is in [-5, precision), otherwise `E+XX`; `F`, `N`, `E` round the
//! 15-digit decimal form half away from zero; integers support `D`, `X`, `N`, `F`.

/// A decimal form: `digits` (no leading zeros, at least one) × 10^(`exp` - len + 1),
/// i.e. the first digit is at power `exp`.
pub(super) struct Decimal {
    pub(super) neg: bool,
    pub(super) digits: Vec<u8>,
    pub(super) exp: i32,
}

pub(super) fn decimal_of(x: f64, precision: usize) -> Decimal {
    let s = format!("{:.*e}", precision.saturating_sub(1), x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: Vec<u8> = mant
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    Decimal {
        neg: x.is_sign_negative(),
        digits,
        exp: exp.parse().unwrap_or(0),
    }
}

/// Rounds to keep digits up to power `-decimals` (half away from zero).
pub(super) fn round_at(d: &mut Decimal, decimals: i32) {
    let keep = d.exp + 1 + decimals;
    if keep < 0 {
        d.digits = vec![0];
        d.exp = -decimals;
        return;
    }
    let keep = keep as usize;
    if keep >= d.digits.len() {
        return;
    }
    let up = d.digits[keep] >= 5;
    d.digits.truncate(keep);
    if up {
        let mut i = keep;
        loop {
            if i == 0 {
                d.digits.insert(0, 1);
                d.exp += 1;
                break;
            }
            i -= 1;
            if d.digits[i] == 9 {
                d.digits[i] = 0;
            } else {
                d.digits[i] += 1;
                break;
            }
        }
    }
    if d.digits.is_empty() {
        d.digits.push(0);
    }
}

/// Digit at power `p` (0 when outside the digit string).
fn digit_at(d: &Decimal, p: i32) -> u8 {
    let idx = d.exp - p;
    if idx < 0 {
        return 0;
    }
    d.digits.get(idx as usize).copied().unwrap_or(0)
}

pub(super) fn is_zero(d: &Decimal) -> bool {
    d.digits.iter().all(|&x| x == 0)
}

pub(super) fn fixed(d: &Decimal, decimals: i32, group: bool) -> String {
    let mut int = String::new();
    let top = d.exp.max(0);
    for p in (0..=top).rev() {
        int.push((b'0' + digit_at(d, p)) as char);
        if group && p > 0 && p % 3 == 0 {
            int.push(',');
        }
    }
    let int = int.trim_start_matches(['0', ',']);
    let mut s = if int.is_empty() {
        "0".to_owned()
    } else {
        int.to_owned()
    };
    if decimals > 0 {
        s.push('.');
        for p in 1..=decimals {
            s.push((b'0' + digit_at(d, -p)) as char);
        }
    }
    if d.neg && !is_zero(d) {
        s.insert(0, '-');
    }
    s
}

fn general(x: f64, precision: usize) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if x == 0.0 {
        return "0".to_owned();
    }
    let mut d = decimal_of(x, precision);
    while d.digits.len() > 1 && d.digits.last() == Some(&0) {
        d.digits.pop();
    }
    let sign = if d.neg { "-" } else { "" };
    if d.exp > -5 && d.exp < precision as i32 {
        let decimals = (d.digits.len() as i32 - 1 - d.exp).max(0);
        return fixed(&d, decimals, false);
    }
    let mut m = String::new();
    m.push((b'0' + d.digits[0]) as char);
    if d.digits.len() > 1 {
        m.push('.');
        for &x in &d.digits[1..] {
            m.push((b'0' + x) as char);
        }
    }
    let es = if d.exp < 0 { '-' } else { '+' };
    format!("{sign}{m}E{es}{:02}", d.exp.abs())
}

fn parse_spec(format: Option<&str>) -> (char, Option<i32>) {
    let f = format.unwrap_or("");
    let mut chars = f.chars();
    let Some(c) = chars.next() else {
        return ('G', None);
    };
    let rest: String = chars.collect();
    (c, rest.parse().ok())
}

/// `double.ToString(format)` (`float` passes `precision` 7).
pub fn format_float(x: f64, format: Option<&str>, precision: usize) -> String {
    if let Some(f) = format.filter(|f| super::custom_format::is_custom(f)) {
        if x.is_nan() || x.is_infinite() {
            return general(x, precision);
        }
        return super::custom_format::format_custom(x, f);
    }
    let (c, n) = parse_spec(format);
    if x.is_nan() || x.is_infinite() {
        return general(x, precision);
    }
    match c.to_ascii_uppercase() {
        'F' | 'N' => {
            let decimals = n.unwrap_or(2);
            let mut d = decimal_of(x, 15);
            round_at(&mut d, decimals);
            fixed(&d, decimals, c.eq_ignore_ascii_case(&'N'))
        }
        'E' => {
            let decimals = n.unwrap_or(6).max(0) as usize;
            let d = decimal_of(x, decimals + 1);
            let mut m = String::new();
            if d.neg && x != 0.0 {
                m.push('-');
            }
            m.push((b'0' + d.digits[0]) as char);
            if decimals > 0 {
                m.push('.');
                for &x in d.digits.iter().skip(1) {
                    m.push((b'0' + x) as char);
                }
            }
            let es = if d.exp < 0 { '-' } else { '+' };
            format!("{m}{c}{es}{:03}", d.exp.abs())
        }
        'R' => round_trip(x, precision),
        'P' => {
            let decimals = n.unwrap_or(2);
            let mut d = decimal_of(x * 100.0, 15);
            round_at(&mut d, decimals);
            format!("{} %", fixed(&d, decimals, true))
        }
        _ => general(
            x,
            n.map(|n| n as usize)
                .filter(|&n| n > 0)
                .unwrap_or(precision),
        ),
    }
}

/// `R`: the shortest of `G15`/`G17` (`G7`/`G9` for `float`) that reads back as `x`.
fn round_trip(x: f64, precision: usize) -> String {
    let (short, long) = match precision {
        7 => (7, 9),
        _ => (15, 17),
    };
    let s = general(x, short);
    let back = parse_float(&s);
    let same = match precision {
        7 => back.map(|b| b as f32) == Some(x as f32),
        _ => back == Some(x),
    };
    match same {
        true => s,
        false => general(x, long),
    }
}

/// `long.ToString(format)` etc.: `size` is the type's size in bytes (for `X` of
/// negative values), `unsigned` whether `value` is to be read as unsigned.
pub fn format_integer(value: i128, format: Option<&str>, size: u32) -> String {
    // A custom format of digit placeholders only (`"00"`, `"#0"`): as many digits as
    // it has zeros at least.
    if let Some(f) = format.filter(|f| !f.is_empty() && f.bytes().all(|b| b == b'0' || b == b'#')) {
        let zeros = f.bytes().filter(|&b| b == b'0').count() as i32;
        let digits = match (value, zeros) {
            (0, 0) => String::new(),
            _ => pad_zero(&value.unsigned_abs().to_string(), zeros),
        };
        return if value < 0 {
            format!("-{digits}")
        } else {
            digits
        };
    }
    if let Some(f) = format.filter(|f| super::custom_format::is_custom(f)) {
        return super::custom_format::format_custom(value as f64, f);
    }
    let (c, n) = parse_spec(format);
    match c {
        'X' | 'x' => {
            let bits = (size * 8).clamp(8, 64);
            let mask: u128 = (1u128 << bits) - 1;
            let v = (value as u128) & mask;
            let s = match c {
                'X' => format!("{v:X}"),
                _ => format!("{v:x}"),
            };
            pad_zero(&s, n.unwrap_or(0))
        }
        'D' | 'd' => {
            let s = pad_zero(&value.unsigned_abs().to_string(), n.unwrap_or(0));
            if value < 0 { format!("-{s}") } else { s }
        }
        'N' | 'n' | 'F' | 'f' => {
            let decimals = n.unwrap_or(2);
            let d = Decimal {
                neg: value < 0,
                digits: value
                    .unsigned_abs()
                    .to_string()
                    .bytes()
                    .map(|b| b - b'0')
                    .collect(),
                exp: value.unsigned_abs().to_string().len() as i32 - 1,
            };
            fixed(&d, decimals, c.eq_ignore_ascii_case(&'N'))
        }
        'E' | 'e' => format_float(value as f64, format, 15),
        'P' | 'p' => format_float(value as f64, format, 15),
        _ => value.to_string(),
    }
}

fn pad_zero(s: &str, width: i32) -> String {
    let w = width.max(0) as usize;
    match s.len() < w {
        true => format!("{}{s}", "0".repeat(w - s.len())),
        false => s.to_owned(),
    }
}

/// `long.Parse` rules: optional surrounding whitespace, an optional sign, decimal digits.
pub fn parse_integer(s: &str) -> Option<i128> {
    let t = s.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i128 = digits.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// `double.Parse` (invariant culture).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    match t {
        "NaN" => Some(f64::NAN),
        "Infinity" | "+Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        _ if t
            .bytes()
            .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E') =>
        {
            None
        }
        _ => t.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_format_as_mono_does() {
        let cases = [
            (0.1 + 0.2, "0.3"),
            (1.0 / 3.0, "0.333333333333333"),
            (1e20, "1E+20"),
            (1e15, "1E+15"),
            (1e14, "100000000000000"),
            (123456789012345678.0, "1.23456789012346E+17"),
            (1e-5, "1E-05"),
            (0.0001, "0.0001"),
            (-0.0, "0"),
            (3.0, "3"),
            (f64::MAX, "1.79769313486232E+308"),
        ];
        for (x, want) in cases {
            assert_eq!(format_float(x, None, 15), want, "{x:e}");
        }
        assert_eq!(format_float(f64::from(1.1f32), None, 7), "1.1");
        assert_eq!(
            format_float(f64::from(16777217f32), None, 7),
            "1.677722E+07"
        );
        assert_eq!(format_float(1234567.891, Some("F2"), 15), "1234567.89");
        assert_eq!(format_float(1234567.891, Some("N2"), 15), "1,234,567.89");
        assert_eq!(format_float(0.5, Some("E3"), 15), "5.000E-001");
        assert_eq!(format_float(2.5, Some("F0"), 15), "3");
        assert_eq!(
            format_float(0.1 + 0.2, Some("R"), 15),
            "0.30000000000000004"
        );
        assert_eq!(format_float(1e25, Some("R"), 15), "1E+25");
        assert_eq!(format_float(1e-5, Some("R"), 15), "1E-05");
        assert_eq!(format_float(f64::from(1.1f32), Some("R"), 7), "1.1");
    }

    #[test]
    fn integers_format_as_mono_does() {
        assert_eq!(format_integer(-5, Some("X"), 4), "FFFFFFFB");
        assert_eq!(format_integer(255, Some("x4"), 4), "00ff");
        assert_eq!(format_integer(42, Some("D5"), 4), "00042");
        assert_eq!(format_integer(-1234567, Some("N0"), 4), "-1,234,567");
        assert_eq!(format_integer(0, Some("00"), 4), "00");
        assert_eq!(format_integer(7, Some("000"), 4), "007");
        assert_eq!(format_integer(-7, Some("00"), 4), "-07");
        assert_eq!(format_integer(0, Some("#"), 4), "");
    }
}
