//! Int → text: `str(int)` in base 10 under the int max str digits limit, and the `bin`/`oct`/`hex` forms.

use super::error::{NumError, NumResult};
use super::int::Int;
use super::int_parse::max_str_digits_message;

impl Int {
    /// `str(self)` / `repr(self)`. `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit); a value
    /// with more decimal digits (sign not counted) raises CPython's ValueError.
    pub fn to_decimal_string(&self, max_str_digits: usize) -> NumResult<String> {
        let too_long = || NumError::Value(max_str_digits_message(max_str_digits, None));
        if max_str_digits > 0 {
            // A number of n bits has at least (n - 1) * log10(2) + 1 digits: refuse hopeless sizes before the
            // (quadratic) conversion.
            let min_digits =
                (self.bit_length().saturating_sub(1)) as f64 * std::f64::consts::LOG10_2;
            if min_digits > max_str_digits as f64 + 1.0 {
                return Err(too_long());
            }
        }
        let text = match self {
            Int::Small(v) => v.to_string(),
            Int::Big(b) => b.to_str_radix(10),
        };
        let digits = text.len() - usize::from(self.is_negative());
        if max_str_digits > 0 && digits > max_str_digits {
            return Err(too_long());
        }
        Ok(text)
    }

    /// The value in `radix` (2..=36), lowercase digits, a leading '-' when negative, no prefix and no limit.
    pub fn to_radix_string(&self, radix: u32) -> String {
        match self {
            Int::Big(b) => b.to_str_radix(radix),
            Int::Small(v) => num_bigint::BigInt::from(*v).to_str_radix(radix),
        }
    }

    /// `bin(self)`: `'0b101'`, `'-0b101'`.
    pub fn to_bin_string(&self) -> String {
        self.prefixed(2, "0b")
    }

    /// `oct(self)`: `'0o17'`.
    pub fn to_oct_string(&self) -> String {
        self.prefixed(8, "0o")
    }

    /// `hex(self)`: `'0xff'`, `'-0xff'`.
    pub fn to_hex_string(&self) -> String {
        self.prefixed(16, "0x")
    }

    fn prefixed(&self, radix: u32, prefix: &str) -> String {
        let digits = self.abs().to_radix_string(radix);
        let sign = if self.is_negative() { "-" } else { "" };
        format!("{sign}{prefix}{digits}")
    }
}
