//! .NET's custom numeric format strings (`"0.00"`, `"#,##0.0"`, `"00%"`,
//! `"0.0;(0.0);zero"`): digit placeholders `0` and `#`, one decimal point, `,` for
//! grouping (or, just before the point or the end, scaling by 1000), `%` (times 100),
//! `'...'`/`"..."` and `\x` literals, and up to three `;` sections. Exponents (`E+0`)
//! are not interpreted: their characters are kept as literals.

use super::format::{Decimal, decimal_of, fixed, is_zero, round_at};

/// Whether `format` is a custom pattern (not a standard `Xn` specifier).
pub fn is_custom(format: &str) -> bool {
    let mut chars = format.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let standard = first.is_ascii_alphabetic()
        && chars.clone().count() <= 2
        && chars.all(|c| c.is_ascii_digit());
    !standard
}

/// Splits `format` into its `;` sections (quotes and escapes respected).
fn sections(format: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in format.chars() {
        let cur = out.last_mut().expect("at least one section");
        if escaped {
            cur.push(c);
            escaped = false;
            continue;
        }
        match (quote, c) {
            (Some(q), _) if c == q => {
                quote = None;
                cur.push(c);
            }
            (Some(_), _) => cur.push(c),
            (None, '\\') => {
                escaped = true;
                cur.push(c);
            }
            (None, '\'' | '"') => {
                quote = Some(c);
                cur.push(c);
            }
            (None, ';') => out.push(String::new()),
            (None, _) => cur.push(c),
        }
    }
    out
}

/// One section, read: literal text around the number and its digit layout.
struct Pattern {
    prefix: String,
    suffix: String,
    min_int: i32,
    max_dec: i32,
    min_dec: i32,
    group: bool,
    /// Thousands to divide by (`,` before the point).
    scale: i32,
    /// Hundreds to multiply by (`%`).
    percent: i32,
}

fn parse(section: &str) -> Pattern {
    let chars: Vec<char> = section.chars().collect();
    let mut p = Pattern {
        prefix: String::new(),
        suffix: String::new(),
        min_int: 0,
        max_dec: 0,
        min_dec: 0,
        group: false,
        scale: 0,
        percent: 0,
    };
    let mut seen_digit = false;
    let mut after_point = false;
    let mut int_zero_seen = false;
    let mut pending_commas = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let literal_target = match seen_digit {
            false => &mut p.prefix,
            true => &mut p.suffix,
        };
        match c {
            '\\' => {
                if let Some(&n) = chars.get(i + 1) {
                    literal_target.push(n);
                }
                i += 2;
                continue;
            }
            '\'' | '"' => {
                let mut j = i + 1;
                while j < chars.len() && chars[j] != c {
                    literal_target.push(chars[j]);
                    j += 1;
                }
                i = j + 1;
                continue;
            }
            '0' | '#' => {
                if pending_commas > 0 && !after_point {
                    p.group = true;
                    pending_commas = 0;
                }
                seen_digit = true;
                if after_point {
                    p.max_dec += 1;
                    if c == '0' {
                        p.min_dec = p.max_dec;
                    }
                } else if c == '0' || int_zero_seen {
                    int_zero_seen = true;
                    p.min_int += 1;
                }
            }
            '.' if !after_point => {
                p.scale += pending_commas;
                pending_commas = 0;
                after_point = true;
                seen_digit = true;
            }
            ',' if seen_digit && !after_point => pending_commas += 1,
            '%' => {
                p.percent += 1;
                literal_target.push('%');
            }
            _ => literal_target.push(c),
        }
        i += 1;
    }
    if !after_point {
        p.scale += pending_commas;
    }
    p
}

fn scaled(p: &Pattern, x: f64) -> f64 {
    x / 1000f64.powi(p.scale) * 100f64.powi(p.percent)
}

fn apply(p: &Pattern, x: f64, with_sign: bool) -> String {
    let scaled = scaled(p, x);
    let mut d: Decimal = decimal_of(scaled, 15);
    round_at(&mut d, p.max_dec);
    let mut body = fixed(
        &Decimal {
            neg: false,
            digits: d.digits.clone(),
            exp: d.exp,
        },
        p.max_dec,
        p.group,
    );
    // Trim optional decimals (`#`) and pad the integer part to `min_int` zeros.
    if p.max_dec > p.min_dec {
        if let Some(dot) = body.find('.') {
            let keep = dot + 1 + p.min_dec as usize;
            let trimmed = body[..].trim_end_matches('0').len().max(keep);
            body.truncate(trimmed);
            if body.ends_with('.') {
                body.pop();
            }
        }
    }
    let int_len = body.find('.').unwrap_or(body.len());
    let int_part = &body[..int_len];
    let digits = int_part.chars().filter(char::is_ascii_digit).count() as i32;
    if int_part == "0" && p.min_int == 0 {
        body = body[int_len..].to_owned();
    } else if digits < p.min_int {
        body = format!("{}{body}", "0".repeat((p.min_int - digits) as usize));
    }
    let sign = match with_sign && d.neg && !is_zero(&d) {
        true => "-",
        false => "",
    };
    format!("{sign}{}{body}{}", p.prefix, p.suffix)
}

/// `x` formatted by custom pattern `format`.
pub fn format_custom(x: f64, format: &str) -> String {
    let secs = sections(format);
    let zero_after_rounding = |p: &Pattern| {
        let mut d = decimal_of(scaled(p, x), 15);
        round_at(&mut d, p.max_dec);
        is_zero(&d)
    };
    let first = parse(&secs[0]);
    if secs.len() >= 3 && !secs[2].is_empty() && zero_after_rounding(&first) {
        return apply(&parse(&secs[2]), 0.0, false);
    }
    if x < 0.0 && secs.len() >= 2 && !secs[1].is_empty() {
        return apply(&parse(&secs[1]), -x, false);
    }
    apply(&first, x, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_patterns_format_as_mono_does() {
        let cases = [
            (2.34567, "0.00", "2.35"),
            (1234567.891, "#,##0.00", "1,234,567.89"),
            (0.5, "#.##", ".5"),
            (0.0, "#.##", ""),
            (7.0, "000", "007"),
            (-7.25, "0.0", "-7.3"),
            (0.256, "0%", "26%"),
            (-3.0, "0;(0);zero", "(3)"),
            (0.0, "0;(0);zero", "zero"),
            (1500000.0, "0,,", "2"),
            (12.5, "'$'0.00", "$12.50"),
            (-0.004, "0.00", "0.00"),
            (12345.0, "#,#", "12,345"),
            (2.0, "0.##", "2"),
            (2.5, "0.0#", "2.5"),
        ];
        for (x, f, want) in cases {
            assert_eq!(format_custom(x, f), want, "{x} with {f}");
        }
        assert!(is_custom("0.00"));
        assert!(!is_custom("F2"));
        assert!(!is_custom("N"));
    }
}
