//! `pow(base, exp[, mod])` for ints: exact powers, the float result of a negative exponent, and modular powers
//! (including the modular inverse for a negative exponent).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, Zero};

use super::Number;
use super::convert::int_to_f64;
use super::error::{NumError, NumResult};
use super::float_pow::float_pow;
use super::int::{Int, MAX_INT_BITS};

impl Int {
    /// `self ** exp` or `pow(self, exp, modulus)`. Without a modulus a negative exponent gives a float (computed
    /// as float `**` of the converted operands, like CPython); otherwise the result is an int.
    pub fn pow(&self, exp: &Int, modulus: Option<&Int>) -> NumResult<Number> {
        match modulus {
            Some(m) => Ok(Number::Int(modular_pow(self, exp, m)?)),
            None if exp.is_negative() => {
                let base = int_to_f64(self)?;
                let exponent = int_to_f64(exp)?;
                float_pow(base, exponent)
            }
            None => Ok(Number::Int(self.pow_nonnegative(exp)?)),
        }
    }

    /// `self ** exp` for `exp >= 0`. MemoryError when the result would pass [`MAX_INT_BITS`].
    pub fn pow_nonnegative(&self, exp: &Int) -> NumResult<Int> {
        debug_assert!(!exp.is_negative());
        if exp.is_zero() {
            return Ok(Int::Small(1));
        }
        match self {
            Int::Small(0) | Int::Small(1) => return Ok(self.clone()),
            Int::Small(-1) => return Ok(Int::Small(if exp.is_odd() { -1 } else { 1 })),
            _ => {}
        }
        // |base| >= 2, so the result has at least (bit_length - 1) * exp bits.
        let exp = exp.to_i64().map(|e| e as u64).filter(|e| {
            (self.bit_length() - 1)
                .checked_mul(*e)
                .is_some_and(|bits| bits <= MAX_INT_BITS)
        });
        let Some(exp) = exp else {
            return Err(NumError::memory());
        };
        let small = match (self, u32::try_from(exp)) {
            (Int::Small(base), Ok(small_exp)) => base.checked_pow(small_exp),
            _ => None,
        };
        if let Some(result) = small {
            return Ok(Int::Small(result));
        }
        Ok(Int::from_big(Pow::pow(&*self.as_big(), exp)))
    }
}

/// `pow(base, exp, modulus)`: the result takes the sign of `modulus`, as `%` does.
fn modular_pow(base: &Int, exp: &Int, modulus: &Int) -> NumResult<Int> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.is_negative();
    let m = modulus.as_big().abs();
    if m == BigInt::from(1) {
        return Ok(Int::Small(0));
    }
    let mut b = base.as_big().mod_floor(&m);
    let mut e = exp.to_big();
    if e.is_negative() {
        b = b
            .modinv(&m)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut result = b.modpow(&e, &m);
    if negative_output && !result.is_zero() {
        result -= &m;
    }
    Ok(Int::from_big(result))
}
