//! Int division: `//`, `%` and `divmod` with floor semantics, and `/` correctly rounded to a float as CPython's
//! long_true_divide is (`10**400 / 10**399 == 10.0`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::convert::scale_by_power_of_two;
use super::error::{NumError, NumResult};
use super::int::{Int, small_pair};

impl Int {
    /// `self // other`.
    pub fn floordiv(&self, other: &Int) -> NumResult<Int> {
        Ok(self.divmod(other)?.0)
    }

    /// `self % other` (the result has the sign of `other`).
    pub fn modulo(&self, other: &Int) -> NumResult<Int> {
        if other.is_zero() {
            return Err(NumError::zero_division());
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            // i64::MIN % -1 is 0 mathematically but overflows in Rust.
            if *b == -1 {
                return Ok(Int::Small(0));
            }
            return Ok(Int::Small(a.mod_floor(b)));
        }
        Ok(Int::from_big(self.as_big().mod_floor(&other.as_big())))
    }

    /// `divmod(self, other)`: floor quotient and the remainder with `other`'s sign.
    pub fn divmod(&self, other: &Int) -> NumResult<(Int, Int)> {
        if other.is_zero() {
            return Err(NumError::zero_division());
        }
        // i64::MIN // -1 overflows i64.
        if let Some((a, b)) = small_pair(self, other).filter(|&(a, b)| !(a == i64::MIN && b == -1))
        {
            let (q, r) = a.div_mod_floor(&b);
            return Ok((Int::Small(q), Int::Small(r)));
        }
        let (q, r) = self.as_big().div_mod_floor(&other.as_big());
        Ok((Int::from_big(q), Int::from_big(r)))
    }

    /// `self / other`: the float nearest the exact quotient (ties to even), computed without intermediate rounding.
    pub fn truediv(&self, other: &Int) -> NumResult<f64> {
        if other.is_zero() {
            return Err(NumError::zero_division());
        }
        const EXACT: u64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            // Both operands are exact floats, so one IEEE division rounds the exact quotient correctly.
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                return Ok(*a as f64 / *b as f64);
            }
        }
        let negate = self.is_negative() != other.is_negative();
        let magnitude =
            exact_quotient_to_f64(self.as_big().magnitude(), other.as_big().magnitude())?;
        Ok(if negate { -magnitude } else { magnitude })
    }
}

/// `a / b` for `b > 0`, correctly rounded; OverflowError when it exceeds the float range.
fn exact_quotient_to_f64(a: &num_bigint::BigUint, b: &num_bigint::BigUint) -> NumResult<f64> {
    let too_large = || NumError::overflow("integer division result too large for a float");
    if a.is_zero() {
        return Ok(0.0);
    }
    // a / b lies in [2**(e-1), 2**(e+1)).
    let e = a.bits() as i64 - b.bits() as i64;
    if e > 1025 {
        return Err(too_large());
    }
    if e < -1080 {
        // Below a quarter of the smallest subnormal: rounds to zero.
        return Ok(0.0);
    }
    // Scale so the integer quotient carries 55 or 56 bits; the remainder becomes a sticky bit.
    let shift = e - 55;
    let (numerator, denominator) = if shift >= 0 {
        (
            BigInt::from(a.clone()),
            BigInt::from(b.clone()) << shift as u64,
        )
    } else {
        (
            BigInt::from(a.clone()) << (-shift) as u64,
            BigInt::from(b.clone()),
        )
    };
    let (quotient, remainder) = numerator.div_rem(&denominator);
    let quotient = quotient.to_u64().ok_or_else(too_large)?;
    let sticky = !remainder.is_zero();
    let top_exp = 63 - i64::from(quotient.leading_zeros()) + shift;
    // The exponent of the result's last bit: 52 below its top bit, but never below the subnormal ulp 2**-1074.
    let ulp_exp = (top_exp - 52).max(-1074);
    let dropped = (ulp_exp - shift) as u32;
    let kept = round_half_even_shift(quotient, dropped, sticky);
    let result = scale_by_power_of_two(kept as f64, ulp_exp);
    if result.is_infinite() {
        return Err(too_large());
    }
    Ok(result)
}

/// `value >> dropped`, rounded half to even; `sticky` says a nonzero tail lies below `value`'s last bit.
pub(crate) fn round_half_even_shift(value: u64, dropped: u32, sticky: bool) -> u64 {
    if dropped == 0 {
        return value;
    }
    if dropped > 64 {
        return 0;
    }
    let kept = if dropped == 64 { 0 } else { value >> dropped };
    let tail = if dropped == 64 {
        value
    } else {
        value & ((1u64 << dropped) - 1)
    };
    let half = 1u64 << (dropped - 1);
    let round_up = tail > half || (tail == half && (sticky || kept & 1 == 1));
    kept + u64::from(round_up)
}
