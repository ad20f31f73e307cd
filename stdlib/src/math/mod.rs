//! The `math` module: CPython 3.14's functions with its exact results and errors.
//!
//! - this file: registration, the one- and two-argument float functions and their error rules
//!   (a NaN from non-NaN input is a domain error, an infinity from finite input an overflow or
//!   a singularity), rounding to ints, logarithms (of big ints too), frexp/ldexp/modf.
//! - `special.rs`: gamma/lgamma (CPython's Lanczos method), remainder, nextafter with steps.
//! - `sums.rs`: fsum (exact, Shewchuk), hypot/dist (scaled compensated norm), prod, sumprod.
//! - `integer.rs`: factorial, comb, perm, gcd, lcm, isqrt on big ints.

mod integer;
mod special;
mod sums;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use ophis_vm::builtins::new_tuple;
use ophis_vm::function::Args;
use ophis_vm::numbers::{IntRef, as_float, as_int, big_from_f64, int_value};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args::{self, to_f64};
use crate::libm;

/// How a one-argument function reports an infinite result from a finite argument.
#[derive(Clone, Copy, PartialEq)]
enum Inf {
    /// OverflowError("math range error").
    Overflow,
    /// A singularity: the domain error.
    Domain,
}

/// The ValueError of a domain error: CPython's per-function message with the argument, or
/// "math domain error".
fn domain_error(message: Option<&str>, x: f64) -> PyErr {
    match message {
        Some(m) => PyErr::value_error(m.replace("%s", &ophis_vm::format::float_repr(x))),
        None => PyErr::value_error("math domain error"),
    }
}

pub(crate) fn range_error() -> PyErr {
    PyErr::new("OverflowError", "math range error")
}

/// CPython's `math_1`: apply `f` and turn NaN/infinite results into the right exception.
fn math_1(x: f64, f: fn(f64) -> f64, inf: Inf, message: Option<&str>) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(message, x));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(match inf {
            Inf::Overflow => range_error(),
            Inf::Domain => domain_error(message, x),
        });
    }
    Ok(r)
}

macro_rules! float_fn {
    ($($rust:ident, $py:literal, $f:expr, $inf:expr, $msg:expr;)*) => {
        $(
            fn $rust(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let x = to_f64(vm, args::one(&a, concat!("math.", $py))?)?;
                math_1(x, $f, $inf, $msg).map(Value::Float)
            }
        )*
    };
}

const RANGE_PM1: Option<&str> = Some("expected a number in range from -1 up to 1, got %s");
const FINITE: Option<&str> = Some("expected a finite input, got %s");

float_fn! {
    m_acos, "acos", libm::acos, Inf::Domain, RANGE_PM1;
    m_acosh, "acosh", libm::acosh, Inf::Domain, Some("expected argument value not less than 1, got %s");
    m_asin, "asin", libm::asin, Inf::Domain, RANGE_PM1;
    m_asinh, "asinh", libm::asinh, Inf::Domain, None;
    m_atan, "atan", libm::atan, Inf::Domain, None;
    m_atanh, "atanh", libm::atanh, Inf::Domain, Some("expected a number between -1 and 1, got %s");
    m_cbrt, "cbrt", libm::cbrt, Inf::Domain, None;
    m_cos, "cos", libm::cos, Inf::Domain, FINITE;
    m_cosh, "cosh", libm::cosh, Inf::Overflow, None;
    m_exp, "exp", libm::exp, Inf::Overflow, None;
    m_exp2, "exp2", libm::exp2, Inf::Overflow, None;
    m_expm1, "expm1", libm::expm1, Inf::Overflow, None;
    m_fabs, "fabs", f64::abs, Inf::Domain, None;
    m_log1p, "log1p", log1p, Inf::Domain, Some("expected argument value > -1, got %s");
    m_sin, "sin", libm::sin, Inf::Domain, FINITE;
    m_sinh, "sinh", libm::sinh, Inf::Overflow, None;
    m_sqrt, "sqrt", libm::sqrt, Inf::Domain, Some("expected a nonnegative input, got %s");
    m_tan, "tan", libm::tan, Inf::Domain, FINITE;
    m_tanh, "tanh", libm::tanh, Inf::Domain, None;
}

/// log1p keeps the sign of a zero argument (some libms do not).
fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { libm::log1p(x) }
}

/// degrees and radians are plain products: no range checks.
fn m_degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(to_f64(vm, args::one(&a, "math.degrees")?)? * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(to_f64(vm, args::one(&a, "math.radians")?)? * (std::f64::consts::PI / 180.0)))
}

/// erf and erfc never fail: libm sets no domain or overflow error for them.
fn m_erf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(libm::erf(to_f64(vm, args::one(&a, "math.erf")?)?)))
}

fn m_erfc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(libm::erfc(to_f64(vm, args::one(&a, "math.erfc")?)?)))
}

fn predicate(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = to_f64(vm, args::one(&a, name)?)?;
    Ok(Value::Bool(f(x)))
}

fn m_isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    predicate(vm, a, "math.isfinite", f64::is_finite)
}

fn m_isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    predicate(vm, a, "math.isinf", f64::is_infinite)
}

fn m_isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    predicate(vm, a, "math.isnan", f64::is_nan)
}

/// Two float arguments, positional only ("pow expected 2 arguments, got 1").
fn two_floats(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    let pos = args::range(a, name, 2, 2)?;
    Ok((to_f64(vm, &pos[0])?, to_f64(vm, &pos[1])?))
}

/// CPython's `math_2`: NaN from non-NaN inputs is a domain error, infinity from finite inputs
/// an overflow.
fn math_2(x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(None, 0.0));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn m_atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &a, "atan2")?;
    math_2(y, x, libm::atan2(y, x))
}

fn m_copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "copysign")?;
    math_2(x, y, x.copysign(y))
}

fn m_remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "remainder")?;
    math_2(x, y, special::remainder(x, y))
}

fn m_fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    // fmod(x, ±inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(None, 0.0));
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    // IEEE special values are handled here (C99 Annex F), finite**finite by libm.
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        return Err(domain_error(None, 0.0));
    }
    if r.is_infinite() {
        // 0 ** negative is a singularity; anything else infinite overflowed.
        return Err(if x == 0.0 { domain_error(None, 0.0) } else { range_error() });
    }
    Ok(Value::Float(r))
}

fn m_fma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "fma", 3, 3)?;
    let (x, y, z) = (to_f64(vm, &pos[0])?, to_f64(vm, &pos[1])?, to_f64(vm, &pos[2])?);
    let r = libm::fma(x, y, z);
    if r.is_nan() && !x.is_nan() && !y.is_nan() && !z.is_nan() {
        return Err(PyErr::value_error("invalid operation in fma"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(PyErr::new("OverflowError", "overflow in fma"));
    }
    Ok(Value::Float(r))
}

fn m_isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, kwonly_from: 2, required: 2 };
    let [x, y, rel, abs] = args::bind::<4>(&a, &sig)?;
    let x = to_f64(vm, x.expect("required"))?;
    let y = to_f64(vm, y.expect("required"))?;
    let rel_tol = match rel { Some(v) => to_f64(vm, v)?, None => 1e-9 };
    let abs_tol = match abs { Some(v) => to_f64(vm, v)?, None => 0.0 };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
}

/// A float that is integral (floor/ceil/trunc of a float) as an int.
pub(crate) fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::new("OverflowError", "cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(int_value(big_from_f64(f)))
}

/// floor/ceil: exact floats directly, else the type's `__floor__`/`__ceil__`, else the value
/// as a float.
fn rounding(vm: &mut Vm, a: Args, name: &str, special: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = args::one(&a, name)?;
    if let Value::Float(x) = v {
        return float_to_int(f(*x));
    }
    if let Value::Int(_) | Value::Bool(_) = v {
        return Ok(Value::Int(as_int(v).map(|i| match i { IntRef::Small(s) => s, IntRef::Big(_) => 0 }).unwrap_or(0)));
    }
    if let Some(r) = vm.call_method(v, special, &[])? {
        return Ok(r);
    }
    let x = to_f64(vm, v)?;
    float_to_int(f(x))
}

fn m_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rounding(vm, a, "math.floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rounding(vm, a, "math.ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "math.trunc")?;
    if let Value::Float(x) = v {
        return float_to_int(x.trunc());
    }
    match vm.call_method(v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v)))),
    }
}

fn m_frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = to_f64(vm, args::one(&a, "math.frexp")?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 { (x, 0) } else { libm::frexp(x) };
    Ok(new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "ldexp", 2, 2)?;
    let x = to_f64(vm, &pos[0])?;
    // Only true ints are accepted as the exponent (no __index__), as in CPython.
    let exp = match as_int(&pos[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => if b.is_negative() { i64::MIN } else { i64::MAX },
        None => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_error());
    }
    if exp < i32::MIN as i64 {
        return Ok(Value::Float(0.0f64.copysign(x)));
    }
    let r = libm::ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn m_modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = to_f64(vm, args::one(&a, "math.modf")?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

/// The log of a positive big int: `log(m) + e*log(2)` for `n == m * 2**e` (CPython's
/// `loghelper` for ints too large for a float).
fn log_of_int(i: &IntRef, f: fn(f64) -> f64) -> PyResult<f64> {
    let positive = match i {
        IntRef::Small(s) => *s > 0,
        IntRef::Big(b) => b.is_positive(),
    };
    if !positive {
        return Err(PyErr::value_error("expected a positive input"));
    }
    match i {
        IntRef::Small(s) => Ok(f(*s as f64)),
        IntRef::Big(b) => match b.to_f64().filter(|x| x.is_finite()) {
            Some(x) => Ok(f(x)),
            None => {
                let (m, e) = bigint_frexp(b);
                Ok(libm::fma(f(2.0), e as f64, f(m)))
            }
        },
    }
}

/// A positive BigInt as `(m, e)` with `n ≈ m * 2**e`, `0.5 <= m < 1`, m correctly rounded.
fn bigint_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(53);
    let mut top = (b >> shift).to_u64().unwrap_or(0);
    if shift > 0 {
        let rest = b - (BigInt::from(top) << shift);
        let half = BigInt::from(1) << (shift - 1);
        if rest > half || (rest == half && top & 1 == 1) {
            top += 1;
        }
    }
    // top < 2**53 + 1 fits a double exactly; scale into [0.5, 1].
    let m = top as f64 / (1u64 << 53) as f64 * if bits >= 53 { 1.0 } else { (1u64 << (53 - bits)) as f64 };
    if m >= 1.0 { (m / 2.0, bits + 1) } else { (m, bits) }
}

/// CPython's `loghelper`: ints (any size) exactly, everything else through float conversion.
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        return log_of_int(&i, f);
    }
    let x = match to_f64(vm, v) {
        Ok(x) => x,
        Err(e) if e.is("OverflowError") && args::has_method(vm, v, "__index__") => {
            let i = vm.index_int(v)?;
            return log_of_int(&as_int(&i).expect("int"), f);
        }
        Err(e) => return Err(e),
    };
    let r = log_float(x, f);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(domain_error(Some("expected a positive input, got %s"), x));
    }
    Ok(r)
}

/// The logarithm with CPython's special values (log(0) = -inf, log(-x) = nan).
fn log_float(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "log", 1, 2)?;
    let num = log_helper(vm, &pos[0], libm::log)?;
    if pos.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_helper(vm, &pos[1], libm::log)?;
    vm.binary_op(Value::Float(num), Value::Float(den), ophis_compiler::BinaryOp::TrueDivide)
}

fn m_log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "math.log2")?;
    log_helper(vm, v, libm::log2).map(Value::Float)
}

fn m_log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "math.log10")?;
    log_helper(vm, v, libm::log10).map(Value::Float)
}

/// gamma and lgamma report their own errors (CPython's `math_1a`).
fn m_gamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = to_f64(vm, args::one(&a, "math.gamma")?)?;
    special_result(x, special::tgamma(x))
}

fn m_lgamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = to_f64(vm, args::one(&a, "math.lgamma")?)?;
    special_result(x, special::lgamma(x))
}

fn special_result(x: f64, r: Result<f64, special::MathError>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::Float(r)),
        Err(special::MathError::Domain) => Err(domain_error(Some("expected a noninteger or positive integer, got %s"), x)),
        Err(special::MathError::Range) => Err(range_error()),
    }
}

fn m_nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "nextafter", params: &["x", "y", "steps"], posonly: 2, kwonly_from: 2, required: 2 };
    let [x, y, steps] = args::bind::<3>(&a, &sig)?;
    let x = to_f64(vm, x.expect("required"))?;
    let y = to_f64(vm, y.expect("required"))?;
    match steps {
        None | Some(Value::None) => Ok(Value::Float(libm::nextafter(x, y))),
        Some(s) => {
            let n = args::to_bigint(vm, s)?;
            if n.is_negative() {
                return Err(PyErr::value_error("steps must be a non-negative integer"));
            }
            Ok(Value::Float(special::nextafter_steps(x, y, n.to_u64().unwrap_or(u64::MAX))))
        }
    }
}

fn m_ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = to_f64(vm, args::one(&a, "math.ulp")?)?;
    Ok(Value::Float(special::ulp(x)))
}

/// Fills the `math` module.
pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("acos", m_acos),
            ("acosh", m_acosh),
            ("asin", m_asin),
            ("asinh", m_asinh),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("atanh", m_atanh),
            ("cbrt", m_cbrt),
            ("ceil", m_ceil),
            ("comb", integer::comb),
            ("copysign", m_copysign),
            ("cos", m_cos),
            ("cosh", m_cosh),
            ("degrees", m_degrees),
            ("dist", sums::dist),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("fabs", m_fabs),
            ("factorial", integer::factorial),
            ("floor", m_floor),
            ("fma", m_fma),
            ("fmod", m_fmod),
            ("frexp", m_frexp),
            ("fsum", sums::fsum),
            ("gamma", m_gamma),
            ("gcd", integer::gcd),
            ("hypot", sums::hypot),
            ("isclose", m_isclose),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("isqrt", integer::isqrt),
            ("lcm", integer::lcm),
            ("ldexp", m_ldexp),
            ("lgamma", m_lgamma),
            ("log", m_log),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("log2", m_log2),
            ("modf", m_modf),
            ("nextafter", m_nextafter),
            ("perm", integer::perm),
            ("pow", m_pow),
            ("prod", sums::prod),
            ("radians", m_radians),
            ("remainder", m_remainder),
            ("sin", m_sin),
            ("sinh", m_sinh),
            ("sqrt", m_sqrt),
            ("sumprod", sums::sumprod),
            ("tan", m_tan),
            ("tanh", m_tanh),
            ("trunc", m_trunc),
            ("ulp", m_ulp),
        ],
    );
    args::set_attr(module, "pi", Value::Float(std::f64::consts::PI));
    args::set_attr(module, "e", Value::Float(std::f64::consts::E));
    args::set_attr(module, "tau", Value::Float(std::f64::consts::TAU));
    args::set_attr(module, "inf", Value::Float(f64::INFINITY));
    args::set_attr(module, "nan", Value::Float(f64::NAN));
    let _ = as_float;
    Ok(())
}
