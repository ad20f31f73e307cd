//! Float `//`, `%`, `divmod` with Python's sign rules, and the float → int family: `round` (with and without
//! ndigits), `math.trunc`/`floor`/`ceil`, `is_integer`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed};

use super::convert::{exact_float, f64_to_int, int_to_f64};
use super::error::{NumError, NumResult};
use super::int::Int;

/// `divmod(x, y)` for floats: (floor quotient, remainder with the sign of `y`), with CPython's signed zeros.
pub fn float_divmod(x: f64, y: f64) -> NumResult<(f64, f64)> {
    if y == 0.0 {
        return Err(NumError::zero_division());
    }
    // fmod is exact; x - remainder is then an exact multiple of y (up to the final division's rounding).
    let mut remainder = x % y;
    let mut quotient = (x - remainder) / y;
    if remainder != 0.0 {
        if (y < 0.0) != (remainder < 0.0) {
            remainder += y;
            quotient -= 1.0;
        }
    } else {
        remainder = 0.0f64.copysign(y);
    }
    let floor_quotient = if quotient != 0.0 {
        let mut f = quotient.floor();
        // The division above may land just below an integer; snap to the nearest one.
        if quotient - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floor_quotient, remainder))
}

/// `x // y` for floats.
pub fn float_floordiv(x: f64, y: f64) -> NumResult<f64> {
    Ok(float_divmod(x, y)?.0)
}

/// `x % y` for floats.
pub fn float_mod(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_division());
    }
    let mut remainder = x % y;
    if remainder != 0.0 {
        if (y < 0.0) != (remainder < 0.0) {
            remainder += y;
        }
    } else {
        remainder = 0.0f64.copysign(y);
    }
    Ok(remainder)
}

/// `x / y` for floats.
pub fn float_truediv(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_division());
    }
    Ok(x / y)
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// `math.trunc(x)` / `float.__trunc__` / `int(x)`.
pub fn float_trunc(x: f64) -> NumResult<Int> {
    f64_to_int(x)
}

/// `math.floor(x)` / `float.__floor__`.
pub fn float_floor(x: f64) -> NumResult<Int> {
    f64_to_int(x.floor())
}

/// `math.ceil(x)` / `float.__ceil__`.
pub fn float_ceil(x: f64) -> NumResult<Int> {
    f64_to_int(x.ceil())
}

/// `round(x)`: the nearest int, ties to even.
pub fn float_round(x: f64) -> NumResult<Int> {
    f64_to_int(x.round_ties_even())
}

/// Beyond this many digits after the point every float is already exact (2**-1074 has 1074 decimals, and 323
/// is CPython's bound from the float format), so rounding returns `x` unchanged.
const NDIGITS_MAX: i64 = 323;
/// Below this (10**308 is near the top of the float range) every finite float rounds to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float: the float nearest to `x` rounded to `ndigits` decimal places (half to even on
/// exact ties), computed exactly as CPython does through a correctly rounded decimal string. `ndigits` is the
/// clamped index (see [`Int::to_i64_saturating`]).
pub fn float_round_ndigits(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let Some(exact) = exact_float(x) else {
        return Ok(x);
    };
    if exact.mantissa == 0 {
        return Ok(x);
    }
    // |x| = mantissa * 2**exponent; compute q = |x| * 10**ndigits rounded half-even to an integer.
    let mut numerator = BigInt::from(exact.mantissa.unsigned_abs());
    let mut denominator = BigInt::from(1);
    if exact.exponent >= 0 {
        numerator <<= exact.exponent as u64;
    } else {
        denominator <<= (-exact.exponent) as u64;
    }
    let power = Pow::pow(BigInt::from(10), ndigits.unsigned_abs());
    if ndigits >= 0 {
        numerator *= &power;
    } else {
        denominator *= &power;
    }
    let rounded = round_half_even_div(&numerator, &denominator);
    let magnitude = if ndigits >= 0 {
        Int::from_big(rounded).truediv(&Int::from_big(power))?
    } else {
        int_to_f64(&Int::from_big(rounded * power))
            .map_err(|_| NumError::overflow("rounded value too large to represent"))?
    };
    if magnitude.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(magnitude.copysign(x))
}

/// `numerator / denominator` (both positive) rounded to the nearest integer, ties to even.
pub(crate) fn round_half_even_div(numerator: &BigInt, denominator: &BigInt) -> BigInt {
    let (quotient, remainder) = numerator.div_rem(denominator);
    let twice: BigInt = remainder << 1u32;
    let round_up = match twice.abs().cmp(&denominator.abs()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => quotient.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    if round_up { quotient + 1u32 } else { quotient }
}
