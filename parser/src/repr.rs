//! Python's `repr()` of the values a parse produces (str, bytes, int, float, complex), as
//! CPython 3.14 prints them. `ast.dump` uses these.

use unicode_general_category::{GeneralCategory, get_general_category};

use crate::ast::{Constant, Str};

/// `str.isprintable()` for one character (Unicode 16, as CPython 3.14).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn push_code_point_repr(out: &mut String, cp: u32, quote: char) {
    use std::fmt::Write;
    match char::from_u32(cp) {
        Some('\\') => out.push_str("\\\\"),
        Some('\t') => out.push_str("\\t"),
        Some('\n') => out.push_str("\\n"),
        Some('\r') => out.push_str("\\r"),
        Some(c) if c == quote => {
            out.push('\\');
            out.push(c);
        }
        Some(c) if (c as u32) < 0x20 || c as u32 == 0x7f => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        Some(c) if c.is_ascii() || is_printable(c) => out.push(c),
        _ if cp < 0x100 => {
            let _ = write!(out, "\\x{cp:02x}");
        }
        _ if cp < 0x10000 => {
            let _ = write!(out, "\\u{cp:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    let quote = quote_for(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_code_point_repr(&mut out, c as u32, quote);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str that may hold lone surrogates.
pub fn py_str_repr(s: &Str) -> String {
    match s {
        Str::Text(text) => str_repr(text),
        Str::CodePoints(points) => {
            let quote = quote_for(points.contains(&('\'' as u32)), points.contains(&('"' as u32)));
            let mut out = String::with_capacity(points.len() + 2);
            out.push(quote);
            for &cp in points.iter() {
                push_code_point_repr(&mut out, cp, quote);
            }
            out.push(quote);
            out
        }
    }
}

/// `repr(b)` for bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    use std::fmt::Write;
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..0x7f => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// The shortest round-trip digits of a finite, non-zero `|x|` and its decimal point position
/// (`x = 0.DIGITS × 10^point`).
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest representation that round-trips, e.g. "1.2345e-5".
    let text = format!("{:e}", x.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    (digits, exponent + 1)
}

/// `repr(x)` for a float, or the `r` format without the trailing `.0` when `add_dot_0` is false
/// (as complex repr uses it).
fn float_repr_with(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}{}", if add_dot_0 { "0.0" } else { "0" });
    }
    let (digits, point) = shortest_digits(x);
    let n = digits.len() as i32;
    if point > -4 && point <= 16 {
        // Fixed notation.
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point >= n {
            let int_part = format!("{}{}", digits, "0".repeat((point - n) as usize));
            if add_dot_0 { format!("{int_part}.0") } else { int_part }
        } else {
            format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
        };
        format!("{sign}{body}")
    } else {
        let exp = point - 1;
        let mantissa = if n == 1 { digits.clone() } else { format!("{}.{}", &digits[..1], &digits[1..]) };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}e{exp_sign}{:02}", exp.abs())
    }
}

/// `repr(x)` for a float.
pub fn float_repr(x: f64) -> String {
    float_repr_with(x, true)
}

/// `repr(z)` for a complex.
pub fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", float_repr_with(imag, false))
    } else {
        let re = float_repr_with(real, false);
        let im = float_repr_with(imag, false);
        let im = if im.starts_with('-') || imag.is_nan() && im.starts_with('-') { im } else { format!("+{im}") };
        format!("({re}{im}j)")
    }
}

/// `repr(value)` for any constant.
pub fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(x) => float_repr(*x),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => py_str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_python() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e16, "1.5e+16"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.2345e-7, "1.2345e-07"),
            (123.456, "123.456"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (1e300 * 10.0, "1e+301"),
            (2.5e-310, "2.5e-310"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn complex_prints_as_python() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, 1.5), "1.5j");
        assert_eq!(complex_repr(0.0, 1e20), "1e+20j");
        assert_eq!(complex_repr(0.0, 0.0), "0j");
        assert_eq!(complex_repr(1.0, -2.0), "(1-2j)");
    }

    #[test]
    fn strings_print_as_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\nb\t\x00\x7f"), "'a\\nb\\t\\x00\\x7f'");
        assert_eq!(str_repr("é\u{a0}\u{200b}"), "'é\\xa0\\u200b'");
        assert_eq!(py_str_repr(&Str::CodePoints(vec![0xd800, 0x61].into())), "'\\ud800a'");
        assert_eq!(bytes_repr(b"a'\x80\n"), "b\"a'\\x80\\n\"");
    }
}
