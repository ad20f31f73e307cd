//! Complex arithmetic as CPython 3.14 does it: componentwise + and -, the textbook product and Smith's quotient
//! with the C11 Annex G recovery of infinities, 3.14's mixed-mode rules (a real operand is not widened to
//! `complex(x, 0)`, so signed zeros and infinities survive), `**` and `abs`.

use num_complex::Complex64;

use super::error::{NumError, NumResult};

/// One operand of a complex operation: a `complex`, or an int/float operand already converted to float (3.14
/// treats those as real numbers, not as `complex(x, 0.0)`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ComplexOperand {
    Real(f64),
    Complex(Complex64),
}

impl ComplexOperand {
    fn widened(self) -> Complex64 {
        match self {
            ComplexOperand::Real(x) => Complex64::new(x, 0.0),
            ComplexOperand::Complex(z) => z,
        }
    }
}

use ComplexOperand::{Complex as C, Real as R};

/// `a + b`.
pub fn add(a: ComplexOperand, b: ComplexOperand) -> Complex64 {
    match (a, b) {
        (C(a), C(b)) => Complex64::new(a.re + b.re, a.im + b.im),
        (C(a), R(b)) => Complex64::new(a.re + b, a.im),
        (R(a), C(b)) => Complex64::new(a + b.re, b.im),
        (R(a), R(b)) => Complex64::new(a + b, 0.0),
    }
}

/// `a - b`.
pub fn sub(a: ComplexOperand, b: ComplexOperand) -> Complex64 {
    match (a, b) {
        (C(a), C(b)) => Complex64::new(a.re - b.re, a.im - b.im),
        (C(a), R(b)) => Complex64::new(a.re - b, a.im),
        (R(a), C(b)) => Complex64::new(a - b.re, -b.im),
        (R(a), R(b)) => Complex64::new(a - b, 0.0),
    }
}

/// `a * b`.
pub fn mul(a: ComplexOperand, b: ComplexOperand) -> Complex64 {
    match (a, b) {
        (C(a), C(b)) => product(a, b),
        (C(a), R(b)) => Complex64::new(a.re * b, a.im * b),
        (R(a), C(b)) => Complex64::new(a * b.re, a * b.im),
        (R(a), R(b)) => Complex64::new(a * b, 0.0),
    }
}

/// `a / b`; ZeroDivisionError when `b` is zero.
pub fn truediv(a: ComplexOperand, b: ComplexOperand) -> NumResult<Complex64> {
    match (a, b) {
        (C(a), C(b)) => quotient(a, b),
        (C(a), R(b)) => {
            if b == 0.0 {
                return Err(NumError::zero_division());
            }
            Ok(Complex64::new(a.re / b, a.im / b))
        }
        (R(a), C(b)) => real_over_complex(a, b),
        (R(a), R(b)) => quotient(Complex64::new(a, 0.0), Complex64::new(b, 0.0)),
    }
}

/// `-z`.
pub fn neg(z: Complex64) -> Complex64 {
    Complex64::new(-z.re, -z.im)
}

/// `abs(z)`: infinite if either part is (even beside a NaN); OverflowError when finite parts overflow.
pub fn abs(z: Complex64) -> NumResult<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Ok(z.re.abs());
        }
        if z.im.is_infinite() {
            return Ok(z.im.abs());
        }
        return Ok(f64::NAN);
    }
    let result = z.re.hypot(z.im);
    if result.is_infinite() {
        return Err(NumError::overflow("absolute value too large"));
    }
    Ok(result)
}

/// Replaces a NaN by a zero of the same sign: the "boxing" Annex G applies before recomputing with infinities.
fn nan_to_zero(x: f64) -> f64 {
    if x.is_nan() { 0.0f64.copysign(x) } else { x }
}

/// An infinity becomes ±1 and a finite value ±0 (same sign).
fn unit_if_infinite(x: f64) -> f64 {
    (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x)
}

/// Complex × complex: the textbook formula, and when it gives NaN+NaNj, C11 Annex G.5.1's recovery of the
/// infinite result.
fn product(a: Complex64, b: Complex64) -> Complex64 {
    let (ac, bd, ad, bc) = (a.re * b.re, a.im * b.im, a.re * b.im, a.im * b.re);
    let result = Complex64::new(ac - bd, ad + bc);
    if !(result.re.is_nan() && result.im.is_nan()) {
        return result;
    }
    let (mut a, mut b) = (a, b);
    let mut recalculate = false;
    if a.re.is_infinite() || a.im.is_infinite() {
        a = Complex64::new(unit_if_infinite(a.re), unit_if_infinite(a.im));
        b = Complex64::new(nan_to_zero(b.re), nan_to_zero(b.im));
        recalculate = true;
    }
    if b.re.is_infinite() || b.im.is_infinite() {
        b = Complex64::new(unit_if_infinite(b.re), unit_if_infinite(b.im));
        a = Complex64::new(nan_to_zero(a.re), nan_to_zero(a.im));
        recalculate = true;
    }
    if !recalculate
        && (ac.is_infinite() || bd.is_infinite() || ad.is_infinite() || bc.is_infinite())
    {
        // Overflowed partial products: the NaNs came from inf - inf.
        a = Complex64::new(nan_to_zero(a.re), nan_to_zero(a.im));
        b = Complex64::new(nan_to_zero(b.re), nan_to_zero(b.im));
        recalculate = true;
    }
    if !recalculate {
        return result;
    }
    Complex64::new(
        f64::INFINITY * (a.re * b.re - a.im * b.im),
        f64::INFINITY * (a.re * b.im + a.im * b.re),
    )
}

/// Complex ÷ complex: Smith's algorithm (divide through by the larger part of the divisor), then Annex G.5.2's
/// recovery of infinities and zeros that came out as NaN+NaNj.
fn quotient(a: Complex64, b: Complex64) -> NumResult<Complex64> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    let result = if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(NumError::zero_division());
        }
        let ratio = b.im / b.re;
        let denominator = b.re + b.im * ratio;
        Complex64::new(
            (a.re + a.im * ratio) / denominator,
            (a.im - a.re * ratio) / denominator,
        )
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denominator = b.re * ratio + b.im;
        Complex64::new(
            (a.re * ratio + a.im) / denominator,
            (a.im * ratio - a.re) / denominator,
        )
    } else {
        // A NaN in the divisor.
        Complex64::new(f64::NAN, f64::NAN)
    };
    if !(result.re.is_nan() && result.im.is_nan()) {
        return Ok(result);
    }
    let a_finite = a.re.is_finite() && a.im.is_finite();
    let b_finite = b.re.is_finite() && b.im.is_finite();
    if (a.re.is_infinite() || a.im.is_infinite()) && b_finite {
        let (x, y) = (unit_if_infinite(a.re), unit_if_infinite(a.im));
        return Ok(Complex64::new(
            f64::INFINITY * (x * b.re + y * b.im),
            f64::INFINITY * (y * b.re - x * b.im),
        ));
    }
    if (abs_re.is_infinite() || abs_im.is_infinite()) && a_finite {
        let (x, y) = (unit_if_infinite(b.re), unit_if_infinite(b.im));
        return Ok(Complex64::new(
            0.0 * (a.re * x + a.im * y),
            0.0 * (a.im * x - a.re * y),
        ));
    }
    Ok(result)
}

/// Real ÷ complex: Smith's algorithm without the numerator's (absent) imaginary terms, so zero signs follow
/// the real numerator; then the same Annex G recovery.
fn real_over_complex(a: f64, b: Complex64) -> NumResult<Complex64> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    let result = if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(NumError::zero_division());
        }
        let ratio = b.im / b.re;
        let denominator = b.re + b.im * ratio;
        Complex64::new(a / denominator, (-a * ratio) / denominator)
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denominator = b.re * ratio + b.im;
        Complex64::new((a * ratio) / denominator, (-a) / denominator)
    } else {
        Complex64::new(f64::NAN, f64::NAN)
    };
    if !(result.re.is_nan() && result.im.is_nan()) {
        return Ok(result);
    }
    if a.is_infinite() && b.re.is_finite() && b.im.is_finite() {
        let x = unit_if_infinite(a);
        return Ok(Complex64::new(
            f64::INFINITY * (x * b.re),
            f64::INFINITY * (-x * b.im),
        ));
    }
    if (abs_re.is_infinite() || abs_im.is_infinite()) && a.is_finite() {
        let (x, y) = (unit_if_infinite(b.re), unit_if_infinite(b.im));
        return Ok(Complex64::new(0.0 * (a * x), 0.0 * (-a * y)));
    }
    Ok(result)
}

/// Errors `**` can end in, as libm's errno would report them.
enum PowFlag {
    None,
    /// EDOM: 0 to a negative or complex power, or sin/cos of an infinite phase.
    Domain,
}

/// `base ** exp` for complex numbers (`pow(z, w, mod)` with a modulus is the caller's ValueError
/// "complex modulo"). Small integral real exponents use repeated multiplication, as CPython does.
pub fn pow(base: Complex64, exp: Complex64) -> NumResult<Complex64> {
    let (result, flag) = if exp.im == 0.0 && exp.re == exp.re.floor() && exp.re.abs() <= 100.0 {
        integer_power(base, exp.re as i64)
    } else {
        general_power(base, exp)
    };
    // A domain error stands whatever the result; otherwise an infinite part is an overflow (CPython's
    // _Py_ADJUST_ERANGE2 on errno).
    if let PowFlag::Domain = flag {
        return Err(NumError::ZeroDivision(
            "zero to a negative or complex power".into(),
        ));
    }
    if result.re.is_infinite() || result.im.is_infinite() {
        return Err(NumError::overflow("complex exponentiation"));
    }
    Ok(result)
}

/// `pow` with the operands as they reach `complex.__pow__` (ints and floats are widened there).
pub fn pow_operands(base: ComplexOperand, exp: ComplexOperand) -> NumResult<Complex64> {
    pow(base.widened(), exp.widened())
}

fn unsigned_power(x: Complex64, n: i64) -> Complex64 {
    let mut result = Complex64::new(1.0, 0.0);
    let mut square = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            result = product(result, square);
        }
        mask <<= 1;
        square = product(square, square);
    }
    result
}

fn integer_power(x: Complex64, n: i64) -> (Complex64, PowFlag) {
    if n > 0 {
        return (unsigned_power(x, n), PowFlag::None);
    }
    match quotient(Complex64::new(1.0, 0.0), unsigned_power(x, -n)) {
        Ok(z) => (z, PowFlag::None),
        Err(_) => (Complex64::new(0.0, 0.0), PowFlag::Domain),
    }
}

fn general_power(a: Complex64, b: Complex64) -> (Complex64, PowFlag) {
    if b.re == 0.0 && b.im == 0.0 {
        return (Complex64::new(1.0, 0.0), PowFlag::None);
    }
    if a.re == 0.0 && a.im == 0.0 {
        let flag = if b.im != 0.0 || b.re < 0.0 {
            PowFlag::Domain
        } else {
            PowFlag::None
        };
        return (Complex64::new(0.0, 0.0), flag);
    }
    let modulus = a.re.hypot(a.im);
    let mut length = modulus.powf(b.re);
    let angle = a.im.atan2(a.re);
    let mut phase = angle * b.re;
    if b.im != 0.0 {
        length *= (-angle * b.im).exp();
        phase += b.im * modulus.ln();
    }
    // cos and sin of an infinite phase are libm domain errors.
    let flag = if phase.is_infinite() {
        PowFlag::Domain
    } else {
        PowFlag::None
    };
    (
        Complex64::new(length * phase.cos(), length * phase.sin()),
        flag,
    )
}
