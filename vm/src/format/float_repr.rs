//! Decimal conversion of floats the way CPython's `PyOS_double_to_string` lays them out: `repr`,
//! and the `e`/`f`/`g` (and upper-case) conversions with a precision, the alternate form, the
//! "add .0 to integral values" rule of `str()`/`format(x, '')`, and negative-zero coercion.
//!
//! The digits come from Rust's float formatting, which is exact: `{:e}` yields the shortest
//! round-tripping digits and `{:.N}` / `{:.Ne}` round the exact binary value half-to-even, as
//! David Gay's dtoa does in CPython. One difference is corrected here: when the value lies exactly
//! halfway between two shortest candidates, Rust rounds the last digit up, while dtoa picks the
//! even digit. Only the layout around the digits is ours.

use std::fmt::Write;

use num_bigint::BigUint;

use super::error::{FormatError, reserve_str};

/// Which conversion `PyOS_double_to_string` performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// `e`: one digit, a point, `precision` digits, an exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, fixed or exponent form by magnitude.
    General,
    /// `r`: the shortest digits that round-trip, exponent form below 1e-4 and from 1e16.
    Repr,
}

/// Options of one float conversion.
#[derive(Clone, Copy, Debug)]
pub struct FloatOptions {
    pub mode: FloatMode,
    /// Digits after the point (`Exponent`, `Fixed`) or significant digits (`General`); unused by `Repr`.
    pub precision: usize,
    /// `E`, `F`, `G`: upper-case exponent letter and `INF`/`NAN`.
    pub upper: bool,
    /// The `#` alternate form: always a decimal point; `g` keeps trailing zeros.
    pub alternate: bool,
    /// Integral values without exponent get `.0` (`str(1.0)` is `'1.0'`).
    pub add_dot_0: bool,
    /// `z`: a negative value that rounds to zero loses its sign.
    pub no_neg_0: bool,
}

impl FloatOptions {
    pub fn new(mode: FloatMode, precision: usize) -> Self {
        FloatOptions {
            mode,
            precision,
            upper: false,
            alternate: false,
            add_dot_0: false,
            no_neg_0: false,
        }
    }
}

/// `repr(x)` and `str(x)` of a float.
pub fn float_repr(x: f64) -> String {
    let mut opts = FloatOptions::new(FloatMode::Repr, 0);
    opts.add_dot_0 = true;
    // A repr is at most 24 characters: it cannot fail to allocate.
    format_float_raw(x, &opts).unwrap_or_default()
}

/// Rust refuses precisions above u16::MAX; digits past these counts are zeros for every f64
/// (its exact expansion has at most 767 significant digits and 1074 fractional ones).
const MAX_EXACT_SIGNIFICANT: usize = 800;
const MAX_EXACT_FRACTIONAL: usize = 1100;

/// Digits of |x| (no leading zeros, `"0"` for zero) and the decimal point position: the value is
/// `0.DIGITS × 10^decpt`.
struct Decimal {
    digits: Vec<u8>,
    decpt: i64,
}

/// Splits Rust's `{:e}` rendering ("d.ddde-N") into digits and decimal point position.
fn parse_exponent_form(s: &str) -> Decimal {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    Decimal {
        digits,
        decpt: exp + 1,
    }
}

fn strip_trailing_zeros(d: &mut Decimal) {
    while d.digits.len() > 1 && d.digits.last() == Some(&b'0') {
        d.digits.pop();
    }
}

/// Shortest round-tripping digits (dtoa mode 0).
fn shortest(ax: f64) -> Decimal {
    if ax == 0.0 {
        return Decimal {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let mut d = parse_exponent_form(&format!("{ax:e}"));
    prefer_even_on_tie(ax, &mut d);
    d
}

/// The exact binary value of a finite positive float as `mantissa * 2^exponent`.
fn binary_parts(ax: f64) -> (u64, i64) {
    let bits = ax.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// `value * 2^twos * 10^tens`, with negative powers left out: callers compare two such products
/// after giving each side the other side's negative powers, which keeps both integers.
fn scaled(value: BigUint, twos: i64, tens: i64) -> BigUint {
    let mut v = value;
    if twos > 0 {
        v <<= twos as u64;
    }
    if tens > 0 {
        v *= BigUint::from(10u32).pow(tens as u32);
    }
    v
}

/// When `ax` is exactly halfway between `d` and its neighbour at the last digit and both
/// round-trip, keeps the one whose last digit is even (dtoa's round-half-even on the last digit).
fn prefer_even_on_tie(ax: f64, d: &mut Decimal) {
    let n = d.digits.len();
    // Shortest digits of an f64 number at most 17; an even last digit needs nothing (the digits
    // are ASCII, and '0' is even, so a byte's parity is its digit's).
    if n == 0 || n > 17 || d.digits[n - 1].is_multiple_of(2) {
        return;
    }
    let Some(digits) = std::str::from_utf8(&d.digits).ok().and_then(|t| t.parse::<u64>().ok()) else {
        return;
    };
    // The candidate is digits * 10^q and x is m * 2^e; x is halfway to a neighbour when
    // 2x = (2 * digits ± 1) * 10^q, compared as integers.
    let q = d.decpt - n as i64;
    let (m, e) = binary_parts(ax);
    let twice_x = scaled(BigUint::from(m), e + 1, -q);
    let halfway = |odd: u64| scaled(BigUint::from(odd), -(e + 1), q);
    let neighbour = if twice_x == halfway(2 * digits + 1) {
        digits + 1
    } else if twice_x == halfway(2 * digits - 1) {
        digits - 1
    } else {
        return;
    };
    if neighbour == 0 || format!("{neighbour}e{q}").parse::<f64>() != Ok(ax) {
        return;
    }
    let mut even = Decimal {
        digits: neighbour.to_string().into_bytes(),
        decpt: 0,
    };
    even.decpt = even.digits.len() as i64 + q;
    strip_trailing_zeros(&mut even);
    *d = even;
}

/// `n` significant digits, correctly rounded, trailing zeros removed (dtoa mode 2).
fn significant(ax: f64, n: usize) -> Decimal {
    if ax == 0.0 {
        return Decimal {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let n = n.clamp(1, MAX_EXACT_SIGNIFICANT);
    let mut d = parse_exponent_form(&format!("{ax:.prec$e}", prec = n - 1));
    strip_trailing_zeros(&mut d);
    d
}

/// Rounded to `n` digits after the point, trailing zeros removed (dtoa mode 3); a result that
/// rounds to zero is `"0"` with decpt 1.
fn fixed(ax: f64, n: usize) -> Decimal {
    let s = format!("{ax:.prec$}", prec = n.min(MAX_EXACT_FRACTIONAL));
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut decpt = int_part.len() as i64;
    let leading = digits.iter().take_while(|&&b| b == b'0').count();
    if leading == digits.len() {
        return Decimal {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    digits.drain(..leading);
    decpt -= leading as i64;
    let mut d = Decimal { digits, decpt };
    strip_trailing_zeros(&mut d);
    d
}

/// `PyOS_double_to_string(x, code, precision, flags)`: the sign, digits, point and exponent
/// of `x`, without any padding. Fails only when a huge precision cannot be allocated.
pub fn format_float_raw(x: f64, opts: &FloatOptions) -> Result<String, FormatError> {
    let mut out = String::new();
    if x.is_nan() {
        // CPython never shows a sign on a NaN.
        out.push_str(if opts.upper { "NAN" } else { "nan" });
        return Ok(out);
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    let ax = x.abs();
    if ax.is_infinite() {
        out.push_str(if opts.upper { "INF" } else { "inf" });
        return Ok(out);
    }
    let precision = opts.precision as i64;
    let (dec, use_exp, mut vdigits_end) = match opts.mode {
        FloatMode::Exponent => {
            let d = significant(ax, opts.precision.saturating_add(1));
            (d, true, precision + 1)
        }
        FloatMode::Fixed => {
            let d = fixed(ax, opts.precision);
            let end = d.decpt + precision;
            (d, false, end)
        }
        FloatMode::General => {
            let p = precision.max(1);
            let d = significant(ax, p as usize);
            let limit = if opts.add_dot_0 { p - 1 } else { p };
            let use_exp = d.decpt <= -4 || d.decpt > limit;
            let end = if opts.alternate {
                p
            } else {
                d.digits.len() as i64
            };
            (d, use_exp, end)
        }
        FloatMode::Repr => {
            let d = shortest(ax);
            let use_exp = d.decpt <= -4 || d.decpt > 16;
            let end = d.digits.len() as i64;
            (d, use_exp, end)
        }
    };
    if opts.no_neg_0 && out.starts_with('-') && dec.digits.iter().all(|&b| b == b'0') {
        out.clear();
    }
    let digits_len = dec.digits.len() as i64;
    vdigits_end = vdigits_end.max(digits_len);
    let mut decpt = dec.decpt;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    if !use_exp && opts.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let digits = std::str::from_utf8(&dec.digits).unwrap_or("0");
    let zeros_needed = (vdigits_end - digits_len).max(0) + decpt.abs();
    reserve_str(&mut out, digits.len() + zeros_needed as usize + 8)?;
    if decpt <= 0 {
        // 0.000ddd
        out.push_str("0.");
        push_zeros(&mut out, -decpt);
        out.push_str(digits);
        push_zeros(&mut out, vdigits_end - digits_len);
    } else if decpt <= digits_len {
        let (int_digits, frac_digits) = digits.split_at(decpt as usize);
        out.push_str(int_digits);
        out.push('.');
        out.push_str(frac_digits);
        push_zeros(&mut out, vdigits_end - digits_len);
    } else {
        out.push_str(digits);
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    }
    if out.ends_with('.') && !opts.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if opts.upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "{sign}{:02}", exp.unsigned_abs());
    }
    Ok(out)
}

fn push_zeros(out: &mut String, n: i64) {
    out.extend(std::iter::repeat_n('0', n.max(0) as usize));
}
