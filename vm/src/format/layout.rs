//! Padding and digit grouping of a formatted number, shared by int, float and complex formatting:
//! `[lpad][sign][prefix][spad][grouped digits][.][grouped fraction][remainder][rpad]`, where at most
//! one of the three paddings is non-empty and zero padding (`0` or fill `0` with `=`) extends the
//! grouped integer digits themselves (`0,012,345`).

use super::error::{FormatError, reserve_str};
use super::spec::{Align, FormatSpec, Sign};

/// The pieces of an unsigned formatted number.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0b`, ... (alternate form of an int).
    pub prefix: &'a str,
    /// The integer digits, grouped (possibly none, e.g. for `inf` or the `c` type).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal_point: bool,
    /// Digits right after the decimal point, grouped by the fractional separator.
    pub fraction: &'a str,
    /// Everything after: exponent, `%`, or the character of the `c` type.
    pub remainder: &'a str,
}

impl<'a> NumberParts<'a> {
    /// Splits a float's unsigned rendering ("1234.5e+07", "inf", "12%") into parts.
    pub fn of_float(negative: bool, body: &'a str) -> Self {
        let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(int_len);
        let (decimal_point, rest) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let frac_len = if decimal_point {
            rest.bytes().take_while(u8::is_ascii_digit).count()
        } else {
            0
        };
        let (fraction, remainder) = rest.split_at(frac_len);
        NumberParts {
            negative,
            prefix: "",
            digits,
            decimal_point,
            fraction,
            remainder,
        }
    }
}

/// Grouping of the integer digits: separator and group size.
#[derive(Clone, Copy)]
pub(crate) struct DigitGroups {
    pub sep: char,
    pub size: usize,
}

/// How many characters `n_digits` digits take once grouped and zero-extended to at least
/// `min_width` characters, and how many leading zeros that adds. A separator never leads, so
/// the zeros may overshoot the width by one (`format(12345, '08,')` is `'0,012,345'`).
fn grouped_len(n_digits: usize, min_width: isize, groups: Option<DigitGroups>) -> (usize, usize) {
    let min_width = min_width.max(0) as usize;
    match groups {
        None => {
            let len = n_digits.max(min_width).max(1);
            (len, len - n_digits)
        }
        Some(g) => {
            // Width of d grouped digits: d + (d - 1) / size, increasing in d. Find the fewest digits
            // (at least n_digits) reaching min_width, starting from an estimate just below it.
            let grouped = |d: usize| d + (d.max(1) - 1) / g.size;
            let mut d = (min_width / (g.size + 1) * g.size).max(n_digits).max(1);
            while grouped(d) < min_width {
                d += 1;
            }
            (grouped(d), d - n_digits)
        }
    }
}

/// Writes `digits` grouped from the right, with `zeros` leading zeros counted as digits.
fn push_grouped(out: &mut String, digits: &str, zeros: usize, groups: Option<DigitGroups>) {
    let all: Vec<char> = std::iter::repeat_n('0', zeros)
        .chain(digits.chars())
        .collect();
    match groups {
        None => out.extend(all),
        Some(g) => {
            let n = all.len();
            for (i, c) in all.into_iter().enumerate() {
                if i > 0 && (n - i).is_multiple_of(g.size) {
                    out.push(g.sep);
                }
                out.push(c);
            }
        }
    }
}

/// Writes the fraction digits grouped by threes from the left.
fn push_frac_grouped(out: &mut String, fraction: &str, sep: Option<char>) {
    for (i, c) in fraction.chars().enumerate() {
        if i > 0
            && i % 3 == 0
            && let Some(s) = sep
        {
            out.push(s);
        }
        out.push(c);
    }
}

fn frac_grouped_len(n: usize, sep: Option<char>) -> usize {
    if sep.is_some() && n > 0 {
        n + (n - 1) / 3
    } else {
        n
    }
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// The sign character a number gets under `spec.sign`.
pub(crate) fn sign_char(negative: bool, sign: Option<Sign>) -> Option<char> {
    match (negative, sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    }
}

/// Lays out `parts` under the spec's fill, alignment, width and sign.
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    groups: Option<DigitGroups>,
    frac_sep: Option<char>,
) -> Result<String, FormatError> {
    let sign = sign_char(parts.negative, spec.sign);
    let n_digits = parts.digits.chars().count();
    let n_frac = frac_grouped_len(parts.fraction.chars().count(), frac_sep);
    let n_other = sign.map_or(0, |_| 1)
        + parts.prefix.chars().count()
        + usize::from(parts.decimal_point)
        + n_frac
        + parts.remainder.chars().count();
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - n_other as isize
    } else {
        0
    };
    let (n_grouped, zeros) = if n_digits == 0 {
        (0, 0)
    } else {
        grouped_len(n_digits, min_width, groups)
    };
    let padding = (width - (n_other + n_grouped) as isize).max(0) as usize;
    let (lpad, spad, rpad) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let mut out = String::new();
    reserve_str(&mut out, padding + n_other + n_grouped)?;
    push_fill(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, spad);
    if n_digits > 0 {
        push_grouped(&mut out, parts.digits, zeros, groups);
    }
    if parts.decimal_point {
        out.push('.');
    }
    push_frac_grouped(&mut out, parts.fraction, frac_sep);
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

/// Pads `text` (of `len` characters) to `width` with `fill` under `align` (`=` acts as `<`).
pub(crate) fn pad_text(
    text: &str,
    len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let total = width.map_or(len, |w| w.max(len));
    let padding = total - len;
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::new();
    reserve_str(&mut out, text.len() + padding * fill.len_utf8())?;
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, padding - left);
    Ok(out)
}
