//! The format-spec mini-language of `format()` / `str.format` (Python 3.14):
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]`.

use super::error::FormatError;
use super::repr::decimal_value;

/// Which built-in formatter reads the spec: it decides the default type and alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecTarget {
    /// str: type `s`, left-aligned.
    Str,
    /// int (and bool): type `d`, right-aligned.
    Int,
    /// float and complex: no type, right-aligned.
    Float,
}

/// Alignment of a padded field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// Padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-` or nothing: a sign for negative numbers only.
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A digit-group separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Align,
    /// Whether the spec named an alignment (the `0` flag only implies `=` otherwise).
    pub align_given: bool,
    /// The sign option, if one was given.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero.
    pub no_neg_0: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    pub width: Option<usize>,
    /// Separator of the integer part's digit groups.
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// Separator of the fractional part's digit groups (new in 3.14).
    pub frac_grouping: Option<Grouping>,
    /// The presentation type; `None` when omitted for floats (and complex).
    pub ty: Option<char>,
}

fn is_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// "Cannot specify ',' with 'q'." (CPython writes non-printable types as `\x..`).
pub(crate) fn invalid_grouping_type(sep: Grouping, ty: char) -> FormatError {
    FormatError::value(format!(
        "Cannot specify '{}' with {}.",
        sep.char(),
        quoted_code(ty)
    ))
}

/// A presentation type as CPython quotes it in messages: `'q'`, or `'\x80'` outside printable ASCII.
pub(crate) fn quoted_code(ty: char) -> String {
    let cp = ty as u32;
    if cp > 32 && cp < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

/// "Unknown format code 'q' for object of type 'float'".
pub fn unknown_format_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(ty)
    ))
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// Reads decimal digits (any Unicode decimal digit) at `chars[*pos..]`; returns the number of
/// digits read and their value; the value must fit an isize, as in CPython.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos - start, value))
}

impl FormatSpec {
    /// Parses a non-empty spec for the given formatter; `type_name` names the formatted object's
    /// type in the "Invalid format specifier" message.
    pub fn parse(
        spec: &str,
        target: SpecTarget,
        type_name: &str,
    ) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let n = chars.len();
        let default_align = if target == SpecTarget::Str {
            Align::Left
        } else {
            Align::Right
        };
        let mut out = FormatSpec {
            fill: ' ',
            align: default_align,
            align_given: false,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            frac_grouping: None,
            ty: match target {
                SpecTarget::Str => Some('s'),
                SpecTarget::Int => Some('d'),
                SpecTarget::Float => None,
            },
        };
        let mut pos = 0;
        let mut fill_given = false;
        if n >= 2 && is_align(chars[1]).is_some() {
            out.fill = chars[0];
            out.align = is_align(chars[1]).unwrap_or(default_align);
            fill_given = true;
            out.align_given = true;
            pos = 2;
        } else if let Some(a) = chars.first().and_then(|&c| is_align(c)) {
            out.align = a;
            out.align_given = true;
            pos = 1;
        }
        match chars.get(pos) {
            Some('+') => out.sign = Some(Sign::Plus),
            Some('-') => out.sign = Some(Sign::Minus),
            Some(' ') => out.sign = Some(Sign::Space),
            _ => {}
        }
        if out.sign.is_some() {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_0 = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if !fill_given && chars.get(pos) == Some(&'0') {
            out.fill = '0';
            // Zero padding goes between sign and digits, except for left-aligned (str) fields.
            if !out.align_given && default_align == Align::Right {
                out.align = Align::AfterSign;
            }
            pos += 1;
        }
        let (width_digits, width) = read_integer(&chars, &mut pos)?;
        if width_digits > 0 {
            out.width = Some(width);
        }
        if chars.get(pos) == Some(&',') {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(both_separators());
            }
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
            return Err(both_separators());
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            let (mut consumed, precision) = read_integer(&chars, &mut pos)?;
            if consumed > 0 {
                out.precision = Some(precision);
            }
            if chars.get(pos) == Some(&',') {
                out.frac_grouping = Some(Grouping::Comma);
                pos += 1;
                consumed += 1;
            }
            if chars.get(pos) == Some(&'_') {
                if out.frac_grouping.is_some() {
                    return Err(both_separators());
                }
                out.frac_grouping = Some(Grouping::Underscore);
                pos += 1;
                consumed += 1;
            }
            if chars.get(pos) == Some(&',') && out.frac_grouping == Some(Grouping::Underscore) {
                return Err(both_separators());
            }
            if consumed == 0 {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        if n - pos > 1 {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if n - pos == 1 {
            // A NUL type is CPython's "no type" marker: floats treat it as omitted.
            out.ty = Some(chars[pos]).filter(|&c| c != '\0');
        }
        if let Some(sep) = out.grouping {
            match out.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if sep == Grouping::Underscore => {}
                Some(t) => return Err(invalid_grouping_type(sep, t)),
            }
        }
        if let (Some('n'), Some(sep)) = (out.ty, out.frac_grouping) {
            return Err(invalid_grouping_type(sep, 'n'));
        }
        Ok(out)
    }
}
