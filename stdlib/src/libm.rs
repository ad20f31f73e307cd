//! The C math library, called directly: CPython's `math` and `cmath` call the platform libm, so
//! calling the same functions gives the same last-bit results (Rust's std computes some of
//! these — asinh, acosh, atanh — with its own formulas).

use std::os::raw::c_int;

mod sys {
    use std::os::raw::c_int;
    unsafe extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut c_int) -> f64;
        pub fn ldexp(x: f64, e: c_int) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn modf(x: f64, i: *mut f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn fma(x: f64, y: f64, z: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
    }
}

macro_rules! unary {
    ($($name:ident),*) => {
        $(
            #[inline]
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure libm function of a double.
                unsafe { sys::$name(x) }
            }
        )*
    };
}

macro_rules! binary {
    ($($name:ident),*) => {
        $(
            #[inline]
            pub fn $name(x: f64, y: f64) -> f64 {
                // SAFETY: a pure libm function of two doubles.
                unsafe { sys::$name(x, y) }
            }
        )*
    };
}

unary!(acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, log, log10, log1p, log2, sin, sinh, sqrt, tan, tanh);
binary!(atan2, fmod, hypot, nextafter, pow);

#[inline]
pub fn fma(x: f64, y: f64, z: f64) -> f64 {
    // SAFETY: a pure libm function of three doubles.
    unsafe { sys::fma(x, y, z) }
}

/// `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1` (x finite and nonzero).
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e: c_int = 0;
    // SAFETY: `e` is a valid out-pointer for the duration of the call.
    let m = unsafe { sys::frexp(x, &mut e) };
    (m, e)
}

pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { sys::ldexp(x, e) }
}

/// `(fractional part, integral part)`, both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    let mut i = 0.0;
    // SAFETY: `i` is a valid out-pointer for the duration of the call.
    let f = unsafe { sys::modf(x, &mut i) };
    (f, i)
}
