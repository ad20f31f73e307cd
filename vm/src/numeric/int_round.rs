//! `int.__round__(ndigits)`: rounding an int to a multiple of a power of ten, ties to even.

use num_bigint::BigInt;
use num_traits::Pow;

use super::error::{NumError, NumResult};
use super::float_ops::round_half_even_div;
use super::int::{Int, MAX_INT_BITS};

impl Int {
    /// `round(self, ndigits)`: unchanged for `ndigits >= 0`, else rounded half to even to a multiple of
    /// `10**-ndigits`. MemoryError when that power of ten would pass [`MAX_INT_BITS`] (CPython builds it too).
    pub fn round(&self, ndigits: &Int) -> NumResult<Int> {
        if !ndigits.is_negative() {
            return Ok(self.clone());
        }
        // 10**k has more than 3.32 * k bits.
        let digits = ndigits.neg().to_i64().map(|k| k as u64).filter(|k| k.saturating_mul(3) <= MAX_INT_BITS);
        let Some(digits) = digits else {
            return Err(NumError::memory());
        };
        let power: BigInt = Pow::pow(BigInt::from(10), digits);
        let value = self.as_big();
        let magnitude = value.magnitude();
        let quotient = round_half_even_div(&BigInt::from(magnitude.clone()), &power);
        let rounded = quotient * power;
        Ok(Int::from_big(if self.is_negative() { -rounded } else { rounded }))
    }
}
