//! Sums and norms: `fsum` (Shewchuk's exact partials with a correctly rounded result), `hypot`
//! and `dist` (CPython's scaled, compensated vector norm with a square-root correction, so
//! results match to the last bit), `prod`, and `sumprod` (CPython's int / triple-length float
//! accumulation paths, then generic arithmetic).

use ophis_compiler::BinaryOp;
use ophis_vm::function::Args;
use ophis_vm::numbers::{as_int, int_to_f64};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args::{self, to_f64};
use crate::libm;

pub fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let seq = args::one(&a, "math.fsum")?;
    let it = vm.iter(seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let original = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an intermediate overflow or an inf/nan summand.
                if original.is_finite() {
                    return Err(PyErr::new("OverflowError", "intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.try_reserve(1).map_err(|_| PyErr::new("MemoryError", "math.fsum partials"))?;
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    Ok(Value::Float(sum_exact(&partials)))
}

/// The correctly rounded (half-even) sum of non-overlapping partials in increasing magnitude.
fn sum_exact(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-way cases: the next partial decides the rounding direction.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// `a + b` as (rounded sum, exact error) when |a| >= |b|.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// `a + b` as (rounded sum, exact error) for any a, b.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

/// `x * y` as (rounded product, exact error).
fn two_product(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, libm::fma(x, y, -z))
}

/// sqrt(sum of squares) of values whose largest magnitude is `max`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        // Subnormal maximum: scale everything up by the smallest normal first.
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = two_product(x, x);
        let (s, e) = fast_two_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = libm::sqrt(csum - 1.0 + (frac1 + frac2));
    let (hi, lo) = two_product(-h, h);
    let (s, e) = fast_two_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

pub fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(&a, "hypot")?;
    let mut coords = Vec::with_capacity(a.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a.pos() {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

pub fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "dist", 2, 2)?;
    let p = vm.collect_iterable(&pos[0])?;
    let q = vm.collect_iterable(&pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(q.iter()) {
        let x = (to_f64(vm, pv)? - to_f64(vm, qv)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

pub fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "prod", params: &["iterable", "start"], posonly: 1, kwonly_from: 1, required: 1 };
    let [iterable, start] = args::bind::<2>(&a, &sig)?;
    let mut total = start.cloned().unwrap_or(Value::Int(1));
    let it = vm.iter(iterable.expect("required"))?;
    while let Some(item) = vm.next(&it)? {
        total = vm.binary_op(total, item, BinaryOp::Multiply)?;
    }
    Ok(total)
}

/// A triple-length float accumulator (Ogita, Rump and Oishi's dot product with K=3).
#[derive(Clone, Copy, Default)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

impl Triple {
    fn fma(self, x: f64, y: f64) -> Triple {
        let (p_hi, p_lo) = two_product(x, y);
        let (s_hi, s_lo) = two_sum(self.hi, p_hi);
        let (r1_hi, r1_lo) = two_sum(self.lo, p_lo);
        let (r2_hi, r2_lo) = two_sum(r1_hi, s_lo);
        Triple { hi: s_hi, lo: r2_hi, tiny: self.tiny + r1_lo + r2_lo }
    }

    fn to_f64(self) -> f64 {
        let (hi, lo) = two_sum(self.lo, self.hi);
        self.tiny + lo + hi
    }
}

/// The value as an exact (non-bool, non-subclass) int fitting i64.
fn exact_small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        _ => None,
    }
}

/// An exact float, or an int/bool converted when paired with a float.
fn float_operand(v: &Value) -> Option<Option<f64>> {
    match v {
        Value::Float(f) => Some(Some(*f)),
        Value::Int(_) | Value::Bool(_) => Some(None),
        Value::Obj(o) if ophis_vm::object::ObjRef::ptr_eq(&o.class(), &ophis_vm::types::builtin().int) => Some(None),
        _ => None,
    }
}

pub fn sumprod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "sumprod", params: &["p", "q"], posonly: 2, kwonly_from: 2, required: 2 };
    let [p, q] = args::bind::<2>(&a, &sig)?;
    let p_it = vm.iter(p.expect("required"))?;
    let q_it = vm.iter(q.expect("required"))?;
    let mut total = Value::Int(0);
    let (mut int_path, mut int_total, mut int_in_use) = (true, 0i64, false);
    let (mut flt_path, mut flt_total, mut flt_in_use) = (true, Triple::default(), false);
    loop {
        let pi = vm.next(&p_it)?;
        let qi = vm.next(&q_it)?;
        if pi.is_some() != qi.is_some() {
            return Err(PyErr::value_error("Inputs are not the same length"));
        }
        let pair = pi.zip(qi);
        if int_path {
            if let Some((x, y)) = &pair
                && let (Some(x), Some(y)) = (exact_small_int(x), exact_small_int(y))
                && let Some(s) = x.checked_mul(y).and_then(|prod| int_total.checked_add(prod))
            {
                int_total = s;
                int_in_use = true;
                continue;
            }
            int_path = false;
            if int_in_use {
                total = vm.binary_op(total, Value::Int(int_total), BinaryOp::Add)?;
                int_in_use = false;
            }
        }
        if flt_path {
            if let Some((x, y)) = &pair {
                let operands = match (float_operand(x), float_operand(y)) {
                    (Some(Some(fx)), Some(Some(fy))) => Some((fx, fy)),
                    (Some(Some(fx)), Some(None)) => as_int(y).and_then(|i| int_to_f64(&i).ok()).map(|fy| (fx, fy)),
                    (Some(None), Some(Some(fy))) => as_int(x).and_then(|i| int_to_f64(&i).ok()).map(|fx| (fx, fy)),
                    _ => None,
                };
                if let Some((fx, fy)) = operands {
                    let next = flt_total.fma(fx, fy);
                    if next.hi.is_finite() {
                        flt_total = next;
                        flt_in_use = true;
                        continue;
                    }
                }
            }
            flt_path = false;
            if flt_in_use {
                total = vm.binary_op(total, Value::Float(flt_total.to_f64()), BinaryOp::Add)?;
                flt_in_use = false;
            }
        }
        let Some((x, y)) = pair else { return Ok(total) };
        let term = vm.binary_op(x, y, BinaryOp::Multiply)?;
        total = vm.binary_op(total, term, BinaryOp::Add)?;
    }
}
