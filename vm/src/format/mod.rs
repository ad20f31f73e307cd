//! CPython's text formatting rules as a pure library, independent of the object model:
//! float and complex reprs, the format-spec mini-language (`format(x, spec)` for int, float,
//! complex and str), printf-style `%` formatting of str and bytes, `str.format` templates, and
//! the reprs of str and bytes. The VM plugs its values in through the [`PercentHost`] and
//! [`TemplateHost`] traits; everything else takes plain Rust values.

mod error;
mod float_repr;
mod layout;
mod number;
mod percent;
mod percent_host;
mod repr;
mod spec;
mod string;
mod template;
mod template_host;
mod unicode_printable;

pub use error::{ErrorKind, FormatError};
pub use float_repr::{FloatMode, FloatOptions, float_repr, format_float_raw};
pub use number::{complex_repr, format_complex, format_float, format_i64, format_int, int_to_f64};
pub use percent::{percent_format_bytes, percent_format_str};
pub use percent_host::{IntCoercion, Operand, PercentHost};
pub use repr::{ascii_repr, bytearray_repr, bytes_repr, decimal_value, is_printable, str_repr};
pub use spec::{Align, FormatSpec, Grouping, Sign, SpecTarget, unknown_format_code};
pub use string::format_str;
pub use template::format_template;
pub use template_host::{Conversion, TemplateHost};

#[cfg(test)]
mod tests_fake;
#[cfg(test)]
mod tests_float_repr;
#[cfg(test)]
mod tests_percent;
#[cfg(test)]
mod tests_spec;
#[cfg(test)]
mod tests_template;
