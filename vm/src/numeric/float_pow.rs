//! Float `**` with every special case CPython's float_pow gives (C99 pow rules, Python's errors, and a complex
//! result for a negative base raised to a non-integer power).

use num_complex::Complex64;

use super::Number;
use super::complex_ops as complex;
use super::error::{NumError, NumResult};

/// True when `x` is an odd integer (finite).
fn is_odd_integer(x: f64) -> bool {
    // |x| >= 2**53 is always even; fmod is exact.
    x.is_finite() && x.trunc() == x && (x % 2.0).abs() == 1.0
}

/// `base ** exp` for two floats. Returns `Number::Complex` for a negative finite base and a non-integer finite
/// exponent; every other result is `Number::Float`.
pub fn float_pow(base: f64, exp: f64) -> NumResult<Number> {
    float_pow_real(base, exp).map(|r| match r {
        RealOrComplex::Real(x) => Number::Float(x),
        RealOrComplex::Complex(z) => Number::Complex(z),
    })
}

enum RealOrComplex {
    Real(f64),
    Complex(Complex64),
}
use RealOrComplex::Real;

fn float_pow_real(iv: f64, iw: f64) -> NumResult<RealOrComplex> {
    // x ** 0 is 1, even for a NaN x.
    if iw == 0.0 {
        return Ok(Real(1.0));
    }
    if iv.is_nan() {
        return Ok(Real(iv));
    }
    if iw.is_nan() {
        return Ok(Real(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let magnitude = iv.abs();
        return Ok(Real(if magnitude == 1.0 {
            1.0
        } else if (iw > 0.0) == (magnitude > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Real(if iv > 0.0 {
            if iw > 0.0 { iv } else { 0.0 }
        } else if iw > 0.0 {
            if odd { iv } else { -iv }
        } else if odd {
            -0.0
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::ZeroDivision("zero to a negative power".into()));
        }
        // 0 ** odd keeps the zero's sign.
        return Ok(Real(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut negate = false;
    let mut base = iv;
    if iv < 0.0 {
        if iw != iw.floor() {
            // A negative number to a fractional power is complex in Python 3.
            let z = complex::pow(Complex64::new(iv, 0.0), Complex64::new(iw, 0.0))?;
            return Ok(RealOrComplex::Complex(z));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Real(if negate { -1.0 } else { 1.0 }));
    }
    let result = base.powf(iw);
    // libm flags only overflow to infinity as an error here (underflow to zero is accepted).
    if result.is_infinite() {
        return Err(NumError::erange());
    }
    Ok(Real(if negate { -result } else { result }))
}
