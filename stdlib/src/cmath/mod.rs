//! `cmath`: complex functions computed as CPython computes them — the same formulas for
//! finite arguments (scaling to avoid overflow, log1p near |z| = 1, ...) and, for infinite
//! or NaN parts, the C99 Annex G special values (`special_tables.rs`, recorded from the
//! reference). Errors: "math domain error" (ValueError), "math range error" (OverflowError).

#[rustfmt::skip]
#[allow(clippy::approx_constant)]
mod special_tables;

use ophis_vm::builtins::new_tuple;
use ophis_vm::function::Args;
use ophis_vm::numbers::{as_float, as_int, int_to_f64};
use ophis_vm::object::{Kind, Object, ObjRef};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;
use crate::libm;

type C = (f64, f64);
type Table = [[Option<C>; 7]; 7];

enum Fail {
    Domain,
    Range,
}

type R = Result<C, Fail>;

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;

fn sqrt_large() -> f64 {
    libm::sqrt(LARGE)
}

fn log_large() -> f64 {
    libm::log(LARGE)
}

fn class(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 { 5 } else { 0 }
    } else if d == 0.0 {
        if d.is_sign_negative() { 2 } else { 3 }
    } else if d < 0.0 {
        1
    } else {
        4
    }
}

fn special(z: C, table: &Table) -> R {
    table[class(z.0)][class(z.1)].ok_or(Fail::Domain)
}

fn is_finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn c_sqrt(z: C) -> R {
    if !is_finite(z) {
        return special(z, &special_tables::SQRT);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return Ok((0.0, z.1));
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE && (ax > 0.0 || ay > 0.0) {
        // Subnormal parts: scale up so hypot keeps full precision.
        const UP: i32 = 53;
        ax = libm::ldexp(ax, UP);
        libm::ldexp(libm::sqrt(ax + libm::hypot(ax, libm::ldexp(ay, UP))), -(UP + 1) / 2)
    } else {
        ax /= 8.0;
        2.0 * libm::sqrt(ax + libm::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    Ok(if z.0 >= 0.0 { (s, d.copysign(z.1)) } else { (d, s.copysign(z.1)) })
}

fn c_acos(z: C) -> R {
    if !is_finite(z) {
        return special(z, &special_tables::ACOS);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = libm::atan2(z.1.abs(), z.0);
        let m = libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let im = if z.0 < 0.0 { -m.copysign(z.1) } else { m.copysign(-z.1) };
        return Ok((re, im));
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1)).unwrap_or((f64::NAN, f64::NAN));
    let s2 = c_sqrt((1.0 + z.0, z.1)).unwrap_or((f64::NAN, f64::NAN));
    Ok((2.0 * libm::atan2(s1.0, s2.0), libm::asinh(s2.0 * s1.1 - s2.1 * s1.0)))
}

fn c_acosh(z: C) -> R {
    if !is_finite(z) {
        return special(z, &special_tables::ACOSH);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return Ok((libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0, libm::atan2(z.1, z.0)));
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1)).unwrap_or((f64::NAN, f64::NAN));
    let s2 = c_sqrt((z.0 + 1.0, z.1)).unwrap_or((f64::NAN, f64::NAN));
    Ok((libm::asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * libm::atan2(s1.1, s2.0)))
}

fn c_asinh(z: C) -> R {
    if !is_finite(z) {
        return special(z, &special_tables::ASINH);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let m = libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 { m.copysign(z.0) } else { -m.copysign(-z.0) };
        return Ok((re, libm::atan2(z.1, z.0.abs())));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0)).unwrap_or((f64::NAN, f64::NAN));
    let s2 = c_sqrt((1.0 - z.1, z.0)).unwrap_or((f64::NAN, f64::NAN));
    Ok((libm::asinh(s1.0 * s2.1 - s2.0 * s1.1), libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1)))
}

fn c_asin(z: C) -> R {
    // asin(z) = -i asinh(iz)
    let s = c_asinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

fn c_atanh(z: C) -> R {
    if !is_finite(z) {
        return special(z, &special_tables::ATANH);
    }
    if z.0 < 0.0 {
        let r = c_atanh((-z.0, -z.1))?;
        return Ok((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = libm::hypot(z.0 / 2.0, z.1 / 2.0);
        return Ok((z.0 / 4.0 / h / h, -(std::f64::consts::PI / 2.0).copysign(-z.1)));
    }
    if z.0 == 1.0 && ay < libm::sqrt(f64::MIN_POSITIVE) {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        let re = -libm::log(libm::sqrt(ay) / libm::sqrt(libm::hypot(ay, 2.0)));
        return Ok((re, (libm::atan2(2.0, -ay) / 2.0).copysign(z.1)));
    }
    let re = libm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
    let im = -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    Ok((re, im))
}

fn c_atan(z: C) -> R {
    let s = c_atanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// cosh/sinh/exp of (±inf + iy) for finite nonzero y: infinities signed by cos/sin of y.
fn overflow_check(r: C) -> R {
    if r.0.is_infinite() || r.1.is_infinite() { Err(Fail::Range) } else { Ok(r) }
}

fn c_cosh(z: C) -> R {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let re = f64::INFINITY.copysign(libm::cos(z.1));
            let im = f64::INFINITY.copysign(libm::sin(z.1));
            return Ok(if z.0 > 0.0 { (re, im) } else { (re, -im) });
        }
        return special(z, &special_tables::COSH);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (libm::cos(z.1) * libm::cosh(x1) * std::f64::consts::E, libm::sin(z.1) * libm::sinh(x1) * std::f64::consts::E)
    } else {
        (libm::cos(z.1) * libm::cosh(z.0), libm::sin(z.1) * libm::sinh(z.0))
    };
    overflow_check(r)
}

fn c_sinh(z: C) -> R {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let re = f64::INFINITY.copysign(libm::cos(z.1));
            let im = f64::INFINITY.copysign(libm::sin(z.1));
            return Ok(if z.0 > 0.0 { (re, im) } else { (-re, im) });
        }
        return special(z, &special_tables::SINH);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (libm::cos(z.1) * libm::sinh(x1) * std::f64::consts::E, libm::sin(z.1) * libm::cosh(x1) * std::f64::consts::E)
    } else {
        (libm::cos(z.1) * libm::sinh(z.0), libm::sin(z.1) * libm::cosh(z.0))
    };
    overflow_check(r)
}

fn c_tanh(z: C) -> R {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * libm::sin(z.1) * libm::cos(z.1));
            return Ok((if z.0 > 0.0 { 1.0 } else { -1.0 }, im));
        }
        return special(z, &special_tables::TANH);
    }
    if z.0.abs() > log_large() {
        return Ok((1.0f64.copysign(z.0), 4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * z.0.abs())));
    }
    let tx = libm::tanh(z.0);
    let ty = libm::tan(z.1);
    let cx = 1.0 / libm::cosh(z.0);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_exp(z: C) -> R {
    if !is_finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            return Ok(if z.0 > 0.0 {
                (f64::INFINITY.copysign(libm::cos(z.1)), f64::INFINITY.copysign(libm::sin(z.1)))
            } else {
                (0.0f64.copysign(libm::cos(z.1)), 0.0f64.copysign(libm::sin(z.1)))
            });
        }
        return special(z, &special_tables::EXP);
    }
    let r = if z.0 > log_large() {
        let l = libm::exp(z.0 - 1.0);
        (l * libm::cos(z.1) * std::f64::consts::E, l * libm::sin(z.1) * std::f64::consts::E)
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    overflow_check(r)
}

fn c_log(z: C) -> R {
    if !is_finite(z) {
        return special(z, &special_tables::LOG);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(libm::hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    Ok((re, libm::atan2(z.1, z.0)))
}

/// The phase with CPython's handling of infinities and NaNs.
fn c_atan2(z: C) -> f64 {
    use std::f64::consts::PI;
    if z.0.is_nan() || z.1.is_nan() {
        return f64::NAN;
    }
    if z.1.is_infinite() {
        if z.0.is_infinite() {
            return if z.0 > 0.0 { (0.25 * PI).copysign(z.1) } else { (0.75 * PI).copysign(z.1) };
        }
        return (0.5 * PI).copysign(z.1);
    }
    if z.0.is_infinite() || z.1 == 0.0 {
        return if z.0.is_sign_positive() { 0.0f64.copysign(z.1) } else { PI.copysign(z.1) };
    }
    libm::atan2(z.1, z.0)
}

/// phase() and polar() report the errno libm's atan2 sets (ERANGE on underflow), as
/// CPython does.
fn atan2_errno(z: C) -> Result<f64, Fail> {
    // SAFETY: errno is thread-local; reading and clearing it is always valid.
    unsafe { *libc::__errno_location() = 0 };
    let r = c_atan2(z);
    // SAFETY: as above.
    let errno = unsafe { *libc::__errno_location() };
    match errno {
        0 => Ok(r),
        libc::EDOM => Err(Fail::Domain),
        _ => Err(Fail::Range),
    }
}

/// abs(z) as complex.__abs__: hypot with special values, OverflowError on overflow.
fn c_abs(z: C) -> Result<f64, Fail> {
    if !is_finite(z) {
        if z.0.is_infinite() || z.1.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = libm::hypot(z.0, z.1);
    if r.is_infinite() { Err(Fail::Range) } else { Ok(r) }
}

fn fail(f: Fail) -> PyErr {
    match f {
        Fail::Domain => PyErr::value_error("math domain error"),
        Fail::Range => PyErr::new("OverflowError", "math range error"),
    }
}

/// PyComplex_AsCComplex: complex, `__complex__`, or a real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(Kind::Complex { real, imag }) = v.kind() {
        return Ok((*real, *imag));
    }
    if let Some(f) = as_float(v) {
        return Ok((f, 0.0));
    }
    if let Some(i) = as_int(v) {
        return Ok((int_to_f64(&i)?, 0.0));
    }
    if let Some(r) = vm.call_method(v, "__complex__", &[])? {
        if let Some(Kind::Complex { real, imag }) = r.kind() {
            return Ok((*real, *imag));
        }
        return Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r))));
    }
    args::to_f64(vm, v).map(|f| (f, 0.0))
}

fn complex_value(z: C) -> Value {
    Value::Obj(Object::new(ophis_vm::types::builtin().complex.clone(), Kind::Complex { real: z.0, imag: z.1 }))
}

macro_rules! unary {
    ($($rust:ident, $py:literal, $f:expr;)*) => {
        $(
            fn $rust(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let z = to_complex(vm, args::one(&a, concat!("cmath.", $py))?)?;
                let f: fn(C) -> R = $f;
                f(z).map(complex_value).map_err(fail)
            }
        )*
    };
}

unary! {
    m_acos, "acos", c_acos;
    m_acosh, "acosh", c_acosh;
    m_asin, "asin", c_asin;
    m_asinh, "asinh", c_asinh;
    m_atan, "atan", c_atan;
    m_atanh, "atanh", c_atanh;
    m_cos, "cos", |z| c_cosh((-z.1, z.0));
    m_cosh, "cosh", c_cosh;
    m_exp, "exp", c_exp;
    m_sin, "sin", |z| c_sinh((-z.1, z.0)).map(|s| (s.1, -s.0));
    m_sinh, "sinh", c_sinh;
    m_sqrt, "sqrt", c_sqrt;
    m_tan, "tan", |z| c_tanh((-z.1, z.0)).map(|s| (s.1, -s.0));
    m_tanh, "tanh", c_tanh;
    m_log10, "log10", |z| c_log(z).map(|r| (r.0 / LN10, r.1 / LN10));
}

fn m_log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "log", 1, 2)?;
    let x = to_complex(vm, &pos[0])?;
    let lx = c_log(x);
    let Some(base) = pos.get(1) else {
        return lx.map(complex_value).map_err(fail);
    };
    let y = to_complex(vm, base)?;
    let ly = c_log(y);
    let (lx, ly) = (lx.map_err(fail)?, ly.map_err(fail)?);
    vm.binary_op(complex_value(lx), complex_value(ly), ophis_compiler::BinaryOp::TrueDivide)
}

fn m_phase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let z = to_complex(vm, args::one(&a, "cmath.phase")?)?;
    atan2_errno(z).map(Value::Float).map_err(fail)
}

fn m_polar(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let z = to_complex(vm, args::one(&a, "cmath.polar")?)?;
    let phi = atan2_errno(z).map_err(fail)?;
    let r = c_abs(z).map_err(fail)?;
    Ok(new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn m_rect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "rect", 2, 2)?;
    let (r, phi) = (args::to_f64(vm, &pos[0])?, args::to_f64(vm, &pos[1])?);
    let z = if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let re = f64::INFINITY.copysign(libm::cos(phi));
            let im = f64::INFINITY.copysign(libm::sin(phi));
            if r > 0.0 { (re, im) } else { (-re, -im) }
        } else {
            special((r, phi), &special_tables::RECT).map_err(fail)?
        }
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    };
    Ok(complex_value(z))
}

fn predicate(vm: &mut Vm, a: Args, name: &str, f: fn(C) -> bool) -> PyResult<Value> {
    let z = to_complex(vm, args::one(&a, name)?)?;
    Ok(Value::Bool(f(z)))
}

fn m_isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    predicate(vm, a, "cmath.isfinite", is_finite)
}

fn m_isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    predicate(vm, a, "cmath.isinf", |z| z.0.is_infinite() || z.1.is_infinite())
}

fn m_isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    predicate(vm, a, "cmath.isnan", |z| z.0.is_nan() || z.1.is_nan())
}

fn m_isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, kwonly_from: 2, required: 2 };
    let [x, y, rel, abs] = args::bind::<4>(&a, &sig)?;
    let x = to_complex(vm, x.expect("required"))?;
    let y = to_complex(vm, y.expect("required"))?;
    let rel_tol = match rel { Some(v) => args::to_f64(vm, v)?, None => 1e-9 };
    let abs_tol = match abs { Some(v) => args::to_f64(vm, v)?, None => 0.0 };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = libm::hypot(x.0 - y.0, x.1 - y.1);
    let (ax, ay) = (libm::hypot(x.0, x.1), libm::hypot(y.0, y.1));
    Ok(Value::Bool(diff <= rel_tol * ay || diff <= rel_tol * ax || diff <= abs_tol))
}

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("acos", m_acos),
            ("acosh", m_acosh),
            ("asin", m_asin),
            ("asinh", m_asinh),
            ("atan", m_atan),
            ("atanh", m_atanh),
            ("cos", m_cos),
            ("cosh", m_cosh),
            ("exp", m_exp),
            ("isclose", m_isclose),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("log", m_log),
            ("log10", m_log10),
            ("phase", m_phase),
            ("polar", m_polar),
            ("rect", m_rect),
            ("sin", m_sin),
            ("sinh", m_sinh),
            ("sqrt", m_sqrt),
            ("tan", m_tan),
            ("tanh", m_tanh),
        ],
    );
    args::set_attr(module, "pi", Value::Float(std::f64::consts::PI));
    args::set_attr(module, "e", Value::Float(std::f64::consts::E));
    args::set_attr(module, "tau", Value::Float(std::f64::consts::TAU));
    args::set_attr(module, "inf", Value::Float(f64::INFINITY));
    args::set_attr(module, "nan", Value::Float(f64::NAN));
    args::set_attr(module, "infj", complex_value((0.0, f64::INFINITY)));
    args::set_attr(module, "nanj", complex_value((0.0, f64::NAN)));
    Ok(())
}
