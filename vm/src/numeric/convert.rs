//! Exact conversions between int and float: int → float (correctly rounded), float → int (truncated), a float's
//! exact binary value, and exact comparison of an int with a float (CPython never rounds when comparing).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::{NumError, NumResult};
use super::int::Int;

/// A finite float's exact value: `mantissa * 2**exponent`, `mantissa` odd (or zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExactFloat {
    pub mantissa: i64,
    pub exponent: i32,
}

/// Splits a finite float into its exact `mantissa * 2**exponent` with an odd mantissa; `None` for inf/nan.
pub fn exact_float(x: f64) -> Option<ExactFloat> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some(ExactFloat {
            mantissa: 0,
            exponent: 0,
        });
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exponent += zeros as i32;
    let signed = if x < 0.0 {
        -(mantissa as i64)
    } else {
        mantissa as i64
    };
    Some(ExactFloat {
        mantissa: signed,
        exponent,
    })
}

/// `x * 2**exp` in one correctly rounded multiplication, for an integer-valued `x` below 2**64 and
/// `exp >= -1074`: never a double rounding through an intermediate subnormal. Callers use it where the product is
/// exact or overflows.
pub(crate) fn scale_by_power_of_two(x: f64, exp: i64) -> f64 {
    let power = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if exp > 1023 {
        x * power(1023) * power((exp - 1023).min(1023))
    } else if exp >= -1022 {
        x * power(exp)
    } else {
        // x * 2**(exp + 1074) is an exact integer; the multiply by the smallest subnormal rounds once.
        x * power((exp + 1074).max(0)) * f64::from_bits(1)
    }
}

/// Converts an int to the nearest float (ties to even), as `float(x)` / `PyLong_AsDouble`.
pub fn int_to_f64(value: &Int) -> NumResult<f64> {
    match value {
        Int::Small(v) => Ok(*v as f64),
        Int::Big(b) => {
            big_to_f64(b).ok_or_else(|| NumError::overflow("int too large to convert to float"))
        }
    }
}

/// Correctly rounded BigInt → float; `None` when the result would be infinite.
pub(crate) fn big_to_f64(value: &BigInt) -> Option<f64> {
    let bits = value.bits();
    if bits > 1024 {
        return None;
    }
    let magnitude = value.magnitude();
    let result = if bits <= 64 {
        magnitude.to_u64().map(|m| m as f64)?
    } else {
        // The top 64 bits with a sticky bit for everything below: u64 → f64 then rounds exactly once, correctly,
        // because the sticky bit sits far below the rounding position (bit 11 of the window).
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64()?;
        let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        let window = top | u64::from(sticky);
        scale_by_power_of_two(window as f64, shift as i64)
    };
    if result.is_infinite() {
        return None;
    }
    Some(if value.is_negative() { -result } else { result })
}

/// `int(x)` for a float: truncates toward zero.
pub fn f64_to_int(x: f64) -> NumResult<Int> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    // -2**63 <= t < 2**63 converts exactly.
    if (i64::MIN as f64..-(i64::MIN as f64)).contains(&t) {
        return Ok(Int::Small(t as i64));
    }
    let exact =
        exact_float(t).ok_or_else(|| NumError::value("cannot convert float NaN to integer"))?;
    // |t| >= 2**63 so the exponent is positive.
    Ok(Int::from_big(
        BigInt::from(exact.mantissa) << exact.exponent.max(0) as u64,
    ))
}

/// A finite float as an exact fraction `(numerator, denominator)` in lowest terms, denominator a power of two:
/// `float.as_integer_ratio()`.
pub fn f64_as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    let exact = exact_float(x)
        .ok_or_else(|| NumError::overflow("cannot convert Infinity to integer ratio"))?;
    let mantissa = BigInt::from(exact.mantissa);
    if exact.exponent >= 0 {
        Ok((
            Int::from_big(mantissa << exact.exponent as u64),
            Int::Small(1),
        ))
    } else {
        let denominator = BigInt::from(1) << (-exact.exponent) as u64;
        Ok((Int::from_big(mantissa), Int::from_big(denominator)))
    }
}

/// Exact comparison of an int with a float, as CPython's float_richcompare does it. `None` when `y` is NaN
/// (every ordering is false, `!=` is true).
pub fn cmp_int_float(x: &Int, y: f64) -> Option<Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(v) = x {
        // Every integer of magnitude <= 2**53 is a float, and float comparison is exact.
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&y);
        }
    }
    // |x| >= 2**1024 exceeds every finite float.
    if x.bit_length() > 1024 {
        return Some(if x.is_negative() {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let whole = y.trunc();
    let whole_int = f64_to_int(whole).ok()?;
    match x.cmp(&whole_int) {
        Ordering::Equal => {
            let fraction = y - whole;
            Some(if fraction > 0.0 {
                Ordering::Less
            } else if fraction < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        unequal => Some(unequal),
    }
}

/// Exact comparison of a float with an int (the mirror of [`cmp_int_float`]).
pub fn cmp_float_int(x: f64, y: &Int) -> Option<Ordering> {
    cmp_int_float(y, x).map(Ordering::reverse)
}

/// `x == y` for an int and a float, exactly.
pub fn int_eq_float(x: &Int, y: f64) -> bool {
    cmp_int_float(x, y) == Some(Ordering::Equal)
}

impl Int {
    /// `float(self)`.
    pub fn to_f64(&self) -> NumResult<f64> {
        int_to_f64(self)
    }

    /// The value clamped to i64, as CPython's `PyNumber_AsSsize_t(x, NULL)` clamps (used by float.__round__).
    pub fn to_i64_saturating(&self) -> i64 {
        match self {
            Int::Small(v) => *v,
            Int::Big(b) => {
                if b.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        }
    }
}
