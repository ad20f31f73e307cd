//! `format(value, spec)` for int, float and complex (the `__format__` of the built-in numeric
//! types), plus `repr(complex)`.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::error::FormatError;
use super::float_repr::{FloatMode, FloatOptions, float_repr, format_float_raw};
use super::layout::{DigitGroups, NumberParts, layout_number, pad_text};
use super::spec::{Align, FormatSpec, Grouping, Sign, SpecTarget, unknown_format_code};

/// `float(i)` for an int: round-half-even, OverflowError past the float range.
pub fn int_to_f64(i: &BigInt) -> Result<f64, FormatError> {
    // num-bigint rounds to nearest-even and returns an infinity past f64::MAX.
    match i.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// `format(i, spec)` for an int whose type is called `type_name` (`int`, `bool`, or a subclass).
/// An empty spec gives `str(i)`; for a subclass with its own `__str__` the VM must call that instead.
pub fn format_int(value: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = FormatSpec::parse(spec, SpecTarget::Int, type_name)?;
    match parsed.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_spec(value, &parsed),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            format_float_spec(int_to_f64(value)?, &parsed)
        }
        Some(t) => Err(unknown_format_code(t, type_name)),
        None => Err(unknown_format_code('\0', type_name)),
    }
}

/// [`format_int`] for a machine int.
pub fn format_i64(value: i64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_int(&BigInt::from(value), spec, type_name)
}

fn int_digit_groups(spec: &FormatSpec, ty: char) -> Option<DigitGroups> {
    let sep = spec.grouping?;
    let size = if sep == Grouping::Underscore && matches!(ty, 'b' | 'o' | 'x' | 'X') {
        4
    } else {
        3
    };
    Some(DigitGroups {
        sep: sep.char(),
        size,
    })
}

/// The `c` presentation type: the character whose code point is the int (a C long in CPython).
pub(crate) fn int_to_char(value: &BigInt) -> Result<char, FormatError> {
    let cp = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&cp) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    char::from_u32(cp as u32).ok_or_else(surrogate_unsupported)
}

/// Strings are Rust strings for now: a lone surrogate cannot be produced.
pub(crate) fn surrogate_unsupported() -> FormatError {
    FormatError::value("lone surrogate code points are not supported in ophis strings yet")
}

fn format_int_spec(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let mut buf = [0u8; 4];
        let ch: &str = int_to_char(value)?.encode_utf8(&mut buf);
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal_point: false,
            fraction: "",
            remainder: ch,
        };
        return layout_number(&parts, spec, None, None);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.abs().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.sign() == BigSign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal_point: false,
        fraction: "",
        remainder: "",
    };
    // 'n' uses the C locale: no grouping.
    let groups = if ty == 'n' {
        None
    } else {
        int_digit_groups(spec, ty)
    };
    layout_number(&parts, spec, groups, None)
}

/// `format(x, spec)` for a float whose type is called `type_name`.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let parsed = FormatSpec::parse(spec, SpecTarget::Float, type_name)?;
    match parsed.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &parsed),
        Some(t) => Err(unknown_format_code(t, type_name)),
    }
}

/// The conversion a float presentation type stands for, before any precision is applied.
struct FloatPlan {
    opts: FloatOptions,
    percent: bool,
}

/// Maps a presentation type (`None` = omitted) to dtoa options, as `format_float_internal` and
/// `format_complex_internal` do. `add_dot_0` is the float-only "like str()" rule.
fn plan_float(spec: &FormatSpec, add_dot_0_if_untyped: bool) -> Result<FloatPlan, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let ty = spec.ty;
    let (mode, upper, default_precision, percent) = match ty {
        None => (FloatMode::Repr, false, 0, false),
        Some('e') => (FloatMode::Exponent, false, 6, false),
        Some('E') => (FloatMode::Exponent, true, 6, false),
        Some('f') => (FloatMode::Fixed, false, 6, false),
        Some('F') => (FloatMode::Fixed, true, 6, false),
        Some('G') => (FloatMode::General, true, 6, false),
        Some('%') => (FloatMode::Fixed, false, 6, true),
        // 'g' and 'n' ('g' in the C locale).
        _ => (FloatMode::General, false, 6, false),
    };
    let (mode, precision) = match spec.precision {
        Some(p) if mode == FloatMode::Repr => (FloatMode::General, p),
        Some(p) => (mode, p),
        None => (mode, default_precision),
    };
    let mut opts = FloatOptions::new(mode, precision);
    opts.upper = upper;
    opts.alternate = spec.alternate;
    opts.no_neg_0 = spec.no_neg_0;
    opts.add_dot_0 = ty.is_none() && add_dot_0_if_untyped;
    Ok(FloatPlan { opts, percent })
}

/// The grouping of a float's integer digits (none for `n` in the C locale).
fn float_digit_groups(spec: &FormatSpec) -> Option<DigitGroups> {
    if spec.ty == Some('n') {
        return None;
    }
    spec.grouping.map(|g| DigitGroups {
        sep: g.char(),
        size: 3,
    })
}

/// Renders one float under a plan: its sign and its unsigned body.
fn render_float(x: f64, plan: &FloatPlan) -> Result<(bool, String), FormatError> {
    let value = if plan.percent { x * 100.0 } else { x };
    let mut raw = format_float_raw(value, &plan.opts)?;
    if plan.percent {
        raw.push('%');
    }
    Ok(match raw.strip_prefix('-') {
        Some(body) => (true, body.to_string()),
        None => (false, raw),
    })
}

pub(crate) fn format_float_spec(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let plan = plan_float(spec, true)?;
    let (negative, body) = render_float(x, &plan)?;
    let parts = NumberParts::of_float(negative, &body);
    layout_number(
        &parts,
        spec,
        float_digit_groups(spec),
        spec.frac_grouping.map(Grouping::char),
    )
}

/// `repr(complex(re, im))` (also its `str()`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let spec = FormatSpec {
        fill: ' ',
        align: Align::Right,
        align_given: false,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        frac_grouping: None,
        ty: None,
    };
    // Without width or precision nothing large is allocated: this cannot fail.
    format_complex_spec(re, im, &spec).unwrap_or_default()
}

/// `format(complex(re, im), spec)` for a complex whose type is called `type_name`.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let parsed = FormatSpec::parse(spec, SpecTarget::Float, type_name)?;
    match parsed.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {
            format_complex_spec(re, im, &parsed)
        }
        Some(t) => Err(unknown_format_code(t, type_name)),
    }
}

fn format_complex_spec(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let plan = plan_float(spec, false)?;
    // With no type, a +0.0 real part is left out, and otherwise the result is parenthesized.
    let untyped = spec.ty.is_none();
    let skip_re = untyped && re == 0.0 && re.is_sign_positive();
    let add_parens = untyped && !skip_re;
    let groups = float_digit_groups(spec);
    let frac_sep = spec.frac_grouping.map(Grouping::char);
    // The parts are laid out unpadded; the padding applies to the whole.
    let mut part_spec = spec.clone();
    part_spec.fill = ' ';
    part_spec.align = Align::Left;
    part_spec.width = None;
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        let (negative, re_body) = render_float(re, &plan)?;
        body.push_str(&layout_number(
            &NumberParts::of_float(negative, &re_body),
            &part_spec,
            groups,
            frac_sep,
        )?);
        part_spec.sign = Some(Sign::Plus);
    }
    let (negative, im_body) = render_float(im, &plan)?;
    body.push_str(&layout_number(
        &NumberParts::of_float(negative, &im_body),
        &part_spec,
        groups,
        frac_sep,
    )?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    pad_text(&body, len, spec.width, spec.align, spec.fill)
}
