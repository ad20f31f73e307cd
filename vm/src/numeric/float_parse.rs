//! `float(text)` for str and bytes: Python's float syntax (PEP 515 underscores between digits, case-insensitive
//! `inf`/`infinity`/`nan` with a sign, surrounding whitespace, Unicode digits), correctly rounded.

use super::error::{NumError, NumResult};
use super::text::{is_ascii_space, numeric_ascii, repr_bytes, repr_str};

/// `float(text)` for a str. The error message shows the argument with [`repr_str`]; see
/// [`float_from_str_with_repr`] to supply the VM's own repr.
pub fn float_from_str(text: &str) -> NumResult<f64> {
    float_from_str_with_repr(text, &|| repr_str(text))
}

/// [`float_from_str`] with the argument's repr supplied by the caller (called only for the error message).
pub fn float_from_str_with_repr(text: &str, repr: &dyn Fn() -> String) -> NumResult<f64> {
    parse_float_ascii(&numeric_ascii(text)).ok_or_else(|| invalid(repr()))
}

/// `float(data)` for bytes or bytearray.
pub fn float_from_bytes_text(data: &[u8]) -> NumResult<f64> {
    parse_float_ascii(data).ok_or_else(|| invalid(repr_bytes(data)))
}

fn invalid(repr: String) -> NumError {
    NumError::Value(format!("could not convert string to float: {repr}"))
}

/// Parses ASCII float text; `None` when it is not a valid float literal.
pub fn parse_float_ascii(text: &[u8]) -> Option<f64> {
    let start = text.iter().position(|&b| !is_ascii_space(b))?;
    let end = text.iter().rposition(|&b| !is_ascii_space(b))? + 1;
    let text = &text[start..end];
    // An underscore must sit between two digits.
    let mut cleaned = Vec::with_capacity(text.len());
    for (i, &b) in text.iter().enumerate() {
        if b == b'_' {
            let before = i
                .checked_sub(1)
                .and_then(|p| text.get(p))
                .is_some_and(u8::is_ascii_digit);
            let after = text.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !before || !after {
                return None;
            }
        } else {
            cleaned.push(b);
        }
    }
    let (negative, body) = match cleaned.first() {
        Some(b'-') => (true, &cleaned[1..]),
        Some(b'+') => (false, &cleaned[1..]),
        _ => (false, &cleaned[..]),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(sign * f64::INFINITY);
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Some(f64::NAN.copysign(sign));
    }
    if !is_decimal_literal(body) {
        return None;
    }
    // The syntax is checked; Rust's parser rounds correctly for any number of digits.
    let magnitude: f64 = std::str::from_utf8(body).ok()?.parse().ok()?;
    Some(sign * magnitude)
}

/// `digits [. digits] [e [sign] digits]` with at least one mantissa digit (either side of the point).
fn is_decimal_literal(body: &[u8]) -> bool {
    let mut pos = 0;
    let count_digits = |from: usize| {
        body[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let integer_digits = count_digits(pos);
    pos += integer_digits;
    let mut fraction_digits = 0;
    if body.get(pos) == Some(&b'.') {
        pos += 1;
        fraction_digits = count_digits(pos);
        pos += fraction_digits;
    }
    if integer_digits + fraction_digits == 0 {
        return false;
    }
    if matches!(body.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(body.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        let exponent_digits = count_digits(pos);
        if exponent_digits == 0 {
            return false;
        }
        pos += exponent_digits;
    }
    pos == body.len()
}
