//! Special functions computed as CPython computes them (not by libm, whose results vary by
//! platform): gamma and lgamma by the Lanczos approximation (N=13, g≈6.0247, the parameters
//! Boost uses, as a rational function), sin(pi*x) for the reflection formula, the IEEE
//! remainder, nextafter with a step count, and ulp.

use crate::libm;

pub enum MathError {
    /// Invalid argument or pole (ValueError).
    Domain,
    /// Overflow (OverflowError).
    Range,
}

const PI: f64 = std::f64::consts::PI;
/// log(pi).
const LOG_PI: f64 = 1.144_729_885_849_400_2;

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// Numerator coefficients of the Lanczos sum as a rational function (published Boost
/// `lanczos13m53` values).
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// The denominator x*(x+1)*...*(x+11) expanded: its coefficients by ascending power.
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
];

/// Gamma of 1..=23 exactly (the factorials 0! .. 22!, all exact doubles).
fn gamma_of_integer(n: usize) -> f64 {
    (1..n).fold(1.0, |acc, k| acc * k as f64)
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        // Horner in x.
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        // For large x, as a rational function of 1/x (avoids overflow).
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers (finite x).
pub fn sinpi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // sin(pi*(1-y)), not -sin(pi*(y-1)), which would give -0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

pub fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(MathError::Domain) };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok(gamma_of_integer(x as usize));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(MathError::Range) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err(MathError::Range) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, for a first-order correction of pow(y, ...) / exp(y).
    let z = if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() { Err(MathError::Range) } else { Ok(r) }
}

pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(MathError::Domain) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() { Err(MathError::Range) } else { Ok(r) }
}

/// IEEE 754 remainder: x - n*y with n the nearest integer to x/y (ties to even); exact.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = libm::fmod(absx, absy);
        // Compare m with absy - m rather than with absy/2, which may be inexact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: choose the even multiple.
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `steps` representable floats from x towards y (stops at y).
pub fn nextafter_steps(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    const SIGN: u64 = 1 << 63;
    let (mut ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: walk down to zero, then up on y's side.
        if ax + ay <= steps {
            return y;
        } else if ax < steps {
            return f64::from_bits((uy & SIGN) | (steps - ax));
        }
        ux -= steps;
        return f64::from_bits(ux);
    }
    if ax > ay {
        if ax - ay >= steps {
            return f64::from_bits(ux - steps);
        }
        return y;
    }
    if ay - ax >= steps {
        return f64::from_bits(ux + steps);
    }
    y
}

pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // The largest float: the gap below it.
        return x - libm::nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}
