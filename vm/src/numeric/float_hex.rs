//! `float.hex()` and `float.fromhex()` exactly as CPython: 13 hex digits after the point, and correctly rounded
//! parsing of any number of hex digits.

use num_bigint::BigUint;
use num_traits::Zero;

use super::convert::scale_by_power_of_two;
use super::error::{NumError, NumResult};
use super::text::is_ascii_space;

/// `x.hex()`: `'0x1.8000000000000p+0'`, `'-0x0.0p+0'`, `'inf'`, `'nan'`; subnormals as `'0x0.…p-1022'`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exponent:+}")
}

fn invalid() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

fn too_large() -> NumError {
    NumError::overflow("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(text)`.
pub fn float_from_hex(text: &str) -> NumResult<f64> {
    let text = text.as_bytes();
    let start = text
        .iter()
        .position(|&b| !is_ascii_space(b))
        .ok_or_else(invalid)?;
    let end = text
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |e| e + 1);
    let body = &text[start..end];
    let (negative, body) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Ok(sign * f64::INFINITY);
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Ok(f64::NAN.copysign(sign));
    }
    let mut pos = 0;
    if body.len() >= 2 && body[0] == b'0' && body[1].eq_ignore_ascii_case(&b'x') {
        pos = 2;
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut fraction_digits: i64 = 0;
    let mut seen_point = false;
    while let Some(&b) = body.get(pos) {
        if b == b'.' && !seen_point {
            seen_point = true;
        } else if b.is_ascii_hexdigit() {
            digits.push(b);
            if seen_point {
                fraction_digits += 1;
            }
        } else {
            break;
        }
        pos += 1;
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let mut exponent: i64 = 0;
    if matches!(body.get(pos), Some(b'p' | b'P')) {
        pos += 1;
        let exponent_negative = match body.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let first = pos;
        while let Some(d) = body.get(pos).filter(|b| b.is_ascii_digit()) {
            // Saturate: any exponent this large already overflows or underflows.
            exponent = (exponent * 10 + i64::from(d - b'0')).min(1 << 40);
            pos += 1;
        }
        if pos == first {
            return Err(invalid());
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    if pos != body.len() {
        return Err(invalid());
    }
    let mantissa = BigUint::parse_bytes(&digits, 16).ok_or_else(invalid)?;
    let exponent = exponent - 4 * fraction_digits;
    let magnitude = round_scaled(&mantissa, exponent).ok_or_else(too_large)?;
    Ok(sign * magnitude)
}

/// `mantissa * 2**exponent` rounded to the nearest float (ties to even, subnormals included); `None` when it
/// overflows.
pub(crate) fn round_scaled(mantissa: &BigUint, exponent: i64) -> Option<f64> {
    if mantissa.is_zero() {
        return Some(0.0);
    }
    let top_exp = mantissa.bits() as i64 - 1 + exponent;
    if top_exp > 1024 {
        return None;
    }
    if top_exp < -1076 {
        // Below half the smallest subnormal.
        return Some(0.0);
    }
    let ulp_exp = (top_exp - 52).max(-1074);
    let dropped = ulp_exp - exponent;
    let kept: u64 = if dropped <= 0 {
        let shifted: BigUint = mantissa << (-dropped) as u64;
        shifted.iter_u64_digits().next().unwrap_or(0)
    } else {
        let dropped = dropped as u64;
        let kept = (mantissa >> dropped).iter_u64_digits().next().unwrap_or(0);
        let half_bit = mantissa.bit(dropped - 1);
        let sticky = mantissa.trailing_zeros().is_some_and(|tz| tz < dropped - 1);
        kept + u64::from(half_bit && (sticky || kept & 1 == 1))
    };
    let result = scale_by_power_of_two(kept as f64, ulp_exp);
    (!result.is_infinite()).then_some(result)
}
