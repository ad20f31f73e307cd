//! Integer functions on arbitrary-size ints: factorial, comb, perm (products by binary
//! splitting, so big arguments stay fast), gcd and lcm (any number of arguments), isqrt.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ophis_vm::function::Args;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args::{self, big, to_bigint};

/// The product lo * (lo+1) * ... * (hi-1), by binary splitting.
fn range_product(lo: &BigInt, count: u64) -> BigInt {
    match count {
        0 => BigInt::one(),
        1 => lo.clone(),
        2 => lo * (lo + 1u32),
        _ => {
            let half = count / 2;
            let mid = lo + half;
            range_product(lo, half) * range_product(&mid, count - half)
        }
    }
}

fn factorial_of(n: u64) -> BigInt {
    range_product(&BigInt::one(), n)
}

pub fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = to_bigint(vm, args::one(&a, "math.factorial")?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let n = n.to_i64().ok_or_else(|| PyErr::new("OverflowError", "factorial() argument should not exceed 9223372036854775807"))?;
    Ok(big(factorial_of(n as u64)))
}

fn nonnegative(vm: &mut Vm, v: &Value, name: &str) -> PyResult<BigInt> {
    let n = to_bigint(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(format!("{name} must be a non-negative integer")));
    }
    Ok(n)
}

pub fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "comb", 2, 2)?;
    let n = nonnegative(vm, &pos[0], "n")?;
    let k = nonnegative(vm, &pos[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(&n - &k, k);
    let k = k.to_i64().ok_or_else(|| PyErr::new("OverflowError", "min(n - k, k) must not exceed 9223372036854775807"))? as u64;
    let numerator = range_product(&(&n - k + 1u32), k);
    Ok(big(numerator / factorial_of(k)))
}

pub fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "perm", 1, 2)?;
    if pos.len() == 1 || pos[1].is_none() {
        // perm(n) is factorial(n), with factorial's errors.
        return factorial(vm, Args::positional(&pos[..1]));
    }
    let n = nonnegative(vm, &pos[0], "n")?;
    let k = nonnegative(vm, &pos[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_i64().ok_or_else(|| PyErr::new("OverflowError", "k must not exceed 9223372036854775807"))? as u64;
    Ok(big(range_product(&(&n - k + 1u32), k)))
}

pub fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(&a, "gcd")?;
    let mut g = BigInt::zero();
    for v in a.pos() {
        let x = to_bigint(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(big(g))
}

pub fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(&a, "lcm")?;
    let mut l = BigInt::one();
    for v in a.pos() {
        let x = to_bigint(vm, v)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(big(l.abs()))
}

pub fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = to_bigint(vm, args::one(&a, "math.isqrt")?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big(n.sqrt()))
}
