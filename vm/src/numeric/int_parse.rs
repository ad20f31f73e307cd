//! `int(text, base)` for str and bytes: whitespace, sign, base prefixes, PEP 515 underscores, Unicode digits, and
//! the int max str digits limit, with CPython's exact error messages.

use num_bigint::BigInt;

use super::error::{NumError, NumResult};
use super::int::Int;
use super::text::{is_ascii_space, numeric_ascii, repr_bytes, repr_str, truncate_chars};

/// `sys.int_info.default_max_str_digits`: the default limit on decimal digits converted either way.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Why parsing failed; the caller builds the message (it needs the argument's repr).
#[derive(Debug, PartialEq, Eq)]
enum ParseFailure {
    Invalid,
    TooManyDigits(usize),
}

/// The message of the ValueError raised when a str → int or int → str conversion passes the digit limit.
/// `digits` is reported only for str → int (CPython does not count an int's digits).
pub fn max_str_digits_message(limit: usize, digits: Option<usize>) -> String {
    match digits {
        Some(count) => format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {count} digits; \
             use sys.set_int_max_str_digits() to increase the limit"
        ),
        None => format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ),
    }
}

fn check_base(base: i64) -> NumResult<u32> {
    if base == 0 || (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err(NumError::value("int() base must be >= 2 and <= 36, or 0"))
    }
}

/// `int(text, base)` for a str. `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit). The
/// "invalid literal" message shows the argument with [`repr_str`]; see [`int_from_str_with_repr`] to supply the
/// VM's own repr.
pub fn int_from_str(text: &str, base: i64, max_str_digits: usize) -> NumResult<Int> {
    int_from_str_with_repr(text, base, max_str_digits, &|| repr_str(text))
}

/// [`int_from_str`] with the argument's repr supplied by the caller (called only to build an error message).
pub fn int_from_str_with_repr(
    text: &str,
    base: i64,
    max_str_digits: usize,
    repr: &dyn Fn() -> String,
) -> NumResult<Int> {
    let base = check_base(base)?;
    finish(
        parse_ascii(&numeric_ascii(text), base, max_str_digits),
        base,
        max_str_digits,
        repr,
    )
}

/// `int(data, base)` for bytes or bytearray (ASCII only: no Unicode digits or spaces).
pub fn int_from_bytes_text(data: &[u8], base: i64, max_str_digits: usize) -> NumResult<Int> {
    let base = check_base(base)?;
    finish(
        parse_ascii(data, base, max_str_digits),
        base,
        max_str_digits,
        &|| repr_bytes(data),
    )
}

fn finish(
    parsed: Result<Int, ParseFailure>,
    base: u32,
    max_str_digits: usize,
    repr: &dyn Fn() -> String,
) -> NumResult<Int> {
    parsed.map_err(|failure| match failure {
        ParseFailure::Invalid => NumError::Value(format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(repr(), 200)
        )),
        ParseFailure::TooManyDigits(count) => {
            NumError::Value(max_str_digits_message(max_str_digits, Some(count)))
        }
    })
}

fn digit_value(b: u8) -> Option<u32> {
    (b as char).to_digit(36)
}

/// Parses ASCII text. `base` is 0 or 2..=36.
fn parse_ascii(text: &[u8], base: u32, max_str_digits: usize) -> Result<Int, ParseFailure> {
    let mut pos = 0;
    let skip_spaces = |mut pos: usize| {
        while pos < text.len() && is_ascii_space(text[pos]) {
            pos += 1;
        }
        pos
    };
    pos = skip_spaces(pos);
    let negative = match text.get(pos) {
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
    let prefix_base = |letter: Option<&u8>| match letter.map(u8::to_ascii_lowercase) {
        Some(b'x') => Some(16),
        Some(b'o') => Some(8),
        Some(b'b') => Some(2),
        _ => None,
    };
    let starts_with_zero = text.get(pos) == Some(&b'0');
    let mut base = base;
    // Base 0 with a leading zero and no prefix: only zeros are allowed (no old-style octal).
    let mut zeros_only = false;
    if base == 0 {
        base = if starts_with_zero {
            prefix_base(text.get(pos + 1)).unwrap_or(10)
        } else {
            10
        };
        zeros_only = starts_with_zero && prefix_base(text.get(pos + 1)).is_none();
    }
    if starts_with_zero && prefix_base(text.get(pos + 1)) == Some(base) {
        pos += 2;
        // One underscore may separate the prefix from the digits.
        if text.get(pos) == Some(&b'_') {
            pos += 1;
        }
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut previous_was_digit = false;
    while pos < text.len() {
        let b = text[pos];
        if b == b'_' {
            let next_is_digit = text
                .get(pos + 1)
                .and_then(|&n| digit_value(n))
                .is_some_and(|d| d < base);
            if !previous_was_digit || !next_is_digit {
                return Err(ParseFailure::Invalid);
            }
            previous_was_digit = false;
        } else if let Some(d) = digit_value(b).filter(|&d| d < base) {
            if zeros_only && d != 0 {
                return Err(ParseFailure::Invalid);
            }
            digits.push(b);
            previous_was_digit = true;
        } else {
            break;
        }
        pos += 1;
    }
    if digits.is_empty() || skip_spaces(pos) != text.len() {
        return Err(ParseFailure::Invalid);
    }
    if max_str_digits > 0 && !base.is_power_of_two() && digits.len() > max_str_digits {
        return Err(ParseFailure::TooManyDigits(digits.len()));
    }
    let magnitude = if digits.len() <= 12 {
        // 36**12 < 2**63: no overflow.
        let value = digits.iter().fold(0i64, |acc, &d| {
            acc * i64::from(base) + i64::from(digit_value(d).unwrap_or(0))
        });
        Int::Small(value)
    } else {
        Int::from_big(BigInt::parse_bytes(&digits, base).ok_or(ParseFailure::Invalid)?)
    };
    Ok(if negative { magnitude.neg() } else { magnitude })
}
