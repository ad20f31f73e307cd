//! `int.__round__(ndigits)`: rounding an int to a multiple of a power of ten, ties to even.

use num_bigint::BigInt;
use num_traits::Pow;

use super::error::{NumError, NumResult};
use super::float_ops::round_half_even_div;
use super::int::{Int, MAX_INT_BITS};

impl Int {
    /// `round(self, ndigits)`: unchanged for `ndigits >= 0`, else rounded half to even to a multiple of
    /// `10**-ndigits`. A power of ten far above `self` gives 0 at once (CPython builds the power, and runs out of
    /// memory for absurd `ndigits`).
    pub fn round(&self, ndigits: &Int) -> NumResult<Int> {
        if !ndigits.is_negative() {
            return Ok(self.clone());
        }
        // |self| < 2**bit_length <= 10**k / 2 rounds to zero; deciding that needs no power of ten, so huge k
        // (where CPython would exhaust memory building 10**k) still answers.
        let needed_digits = (self.bit_length() + 1) as f64 * std::f64::consts::LOG10_2;
        let digits = match ndigits.neg().to_i64() {
            Some(k) if (k as f64) < needed_digits + 2.0 => k as u64,
            _ => return Ok(Int::Small(0)),
        };
        // 10**k has more than 3.32 * k bits.
        if digits.saturating_mul(3) > MAX_INT_BITS {
            return Err(NumError::memory());
        }
        let power: BigInt = Pow::pow(BigInt::from(10), digits);
        let value = self.as_big();
        let magnitude = value.magnitude();
        let quotient = round_half_even_div(&BigInt::from(magnitude.clone()), &power);
        let rounded = quotient * power;
        Ok(Int::from_big(if self.is_negative() {
            -rounded
        } else {
            rounded
        }))
    }
}
