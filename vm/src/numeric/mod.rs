//! Python's number semantics as a pure library, independent of the object model: the `int` value type and its
//! arithmetic, float and complex arithmetic, `**`, exact int/float comparison, hashing, and int/float parsing and
//! printing — each with CPython 3.14's results and exact exception messages.
//!
//! The VM keeps i64 fast paths inline and calls in here for everything else. Errors are [`NumError`]s, which
//! name the Python exception class and carry CPython's message. Operations whose result type depends on the
//! values (`**`) return a [`Number`]. Tests compare every operation against a grid of results produced by the
//! reference CPython (`testdata/gen.py`).
//!
//! Where things are:
//! - [`Int`] methods: `add sub mul neg abs invert` (infallible); `floordiv modulo divmod truediv` (division);
//!   `pow` (with optional modulus; returns [`Number`]); `lshift rshift bitand bitor bitxor to_bytes from_bytes`;
//!   `round`; `bit_length bit_count`; `to_f64`; `to_decimal_string` (with the max-str-digits limit),
//!   `to_bin_string to_oct_string to_hex_string to_radix_string`.
//! - int ↔ float: [`int_to_f64`], [`f64_to_int`], [`cmp_int_float`], [`f64_as_integer_ratio`].
//! - float: [`float_floordiv`], [`float_mod`], [`float_divmod`], [`float_truediv`], [`float_pow`],
//!   [`float_round`], [`float_round_ndigits`], [`float_trunc`]/[`float_floor`]/[`float_ceil`],
//!   [`float_is_integer`], [`float_to_hex`], [`float_from_hex`].
//! - complex: [`complex::add`] etc. take [`complex::ComplexOperand`]s, because 3.14 does not widen a real
//!   operand to `complex(x, 0)`; [`complex::pow`], [`complex::abs`].
//! - hashing: [`hash_int`], [`hash_float`], [`hash_complex`], [`hash_rational`], [`hash_identity`].
//! - parsing: [`int_from_str`], [`int_from_bytes_text`], [`float_from_str`], [`float_from_bytes_text`] (and
//!   `*_with_repr` variants taking the VM's own repr for the error message).
//!
//! Deliberate differences from CPython, both where CPython's behaviour depends on the machine: an int result
//! larger than [`MAX_INT_BITS`] raises MemoryError up front (CPython raises it when malloc fails; Rust would
//! abort), and `round(int, -n)` answers 0 at once when 10**n is far above the value (CPython builds 10**n).

mod complex_ops;
mod convert;
mod error;
mod float_hex;
mod float_ops;
mod float_parse;
mod float_pow;
mod hash;
mod int;
mod int_bits;
mod int_div;
mod int_format;
mod int_parse;
mod int_pow;
mod int_round;
mod text;

#[cfg(test)]
mod tests;

pub use num_complex::Complex64;

/// Complex arithmetic (`complex::add`, `complex::pow`, ...).
pub mod complex {
    pub use super::complex_ops::*;
}

pub use convert::{
    ExactFloat, cmp_float_int, cmp_int_float, exact_float, f64_as_integer_ratio, f64_to_int,
    int_eq_float, int_to_f64,
};
pub use error::{NumError, NumResult};
pub use float_hex::{float_from_hex, float_to_hex};
pub use float_ops::{
    float_ceil, float_divmod, float_floor, float_floordiv, float_is_integer, float_mod,
    float_round, float_round_ndigits, float_truediv, float_trunc,
};
pub use float_parse::{
    float_from_bytes_text, float_from_str, float_from_str_with_repr, parse_float_ascii,
};
pub use float_pow::float_pow;
pub use hash::{
    HASH_IMAG, HASH_INF, HASH_MODULUS, hash_complex, hash_float, hash_identity, hash_int,
    hash_rational,
};
pub use int::{Int, MAX_INT_BITS};
pub use int_bits::parse_byteorder;
pub use int_parse::{
    DEFAULT_MAX_STR_DIGITS, int_from_bytes_text, int_from_str, int_from_str_with_repr,
    max_str_digits_message,
};
pub use text::{decimal_value, numeric_ascii, repr_bytes, repr_str};

/// A numeric result whose type depends on the operand values, e.g. `int ** int` (int, or float for a negative
/// exponent) and `float ** float` (complex for a negative base and fractional exponent).
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(Int),
    Float(f64),
    Complex(Complex64),
}
