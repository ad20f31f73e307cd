//! `format(s, spec)` for str (`str.__format__`): truncation to the precision and padding.

use super::error::FormatError;
use super::layout::pad_text;
use super::spec::{Align, FormatSpec, Sign, SpecTarget, unknown_format_code};

/// `format(s, spec)` for a str whose type is called `type_name`. An empty spec returns `s`
/// (for a subclass the VM gives `str(obj)` instead).
pub fn format_str(s: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = FormatSpec::parse(spec, SpecTarget::Str, type_name)?;
    match parsed.ty {
        Some('s') => format_str_spec(s, &parsed),
        Some(t) => Err(unknown_format_code(t, type_name)),
        None => Err(unknown_format_code('\0', type_name)),
    }
}

pub(crate) fn format_str_spec(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => (&s[..end], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    pad_text(text, len, spec.width, spec.align, spec.fill)
}
