//! Methods of `range`: `count`, `index`, and the special methods (`__len__`, `__contains__`,
//! `__getitem__`, `__iter__`, `__reversed__`, `__eq__`, `__hash__`, ...). Ranges compare and
//! hash as the sequences they describe: `range(0) == range(5, 5)`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::method_args::{no_args, not_implemented, one_arg, receiver_as};
use super::{add_method, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::numbers::{as_int, int_value};
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("count", range_count),
        ("index", range_index),
        ("__len__", range_len),
        ("__bool__", range_bool),
        ("__contains__", range_contains),
        ("__getitem__", range_getitem),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
        ("__eq__", range_eq),
        ("__ne__", range_ne),
        ("__hash__", range_hash),
        ("__repr__", range_repr),
        ("__reduce__", range_reduce),
    ];
    for (name, f) in methods {
        add_method(&types::builtin().range, name, *f);
    }
}

/// A range's start, stop and step, and its length.
struct Parts {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

fn parts_of(v: &Value) -> Option<Parts> {
    let Some(Kind::Range { start, stop, step }) = v.kind() else { return None };
    let big = |x: &Value| as_int(x).map(|i| i.to_bigint()).unwrap_or_default();
    let (start, stop, step) = (big(start), big(stop), big(step));
    let len = if step.is_positive() {
        if start < stop { (&stop - &start - 1) / &step + 1 } else { BigInt::zero() }
    } else if start > stop {
        (&start - &stop - 1) / (-&step) + 1
    } else {
        BigInt::zero()
    };
    Some(Parts { start, stop, step, len })
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Parts> {
    let v = receiver_as(vm, args, "range", name, |v| match v.kind() {
        Some(Kind::Range { .. }) => Some(v),
        _ => None,
    })?;
    parts_of(v).ok_or_else(|| PyErr::type_error("range expected"))
}

/// The position of int `i` in the range, if it is a member.
fn position(p: &Parts, i: &BigInt) -> Option<BigInt> {
    let inside = if p.step.is_positive() { p.start <= *i && *i < p.stop } else { p.stop < *i && *i <= p.start };
    if !inside {
        return None;
    }
    let (q, r) = (i - &p.start).div_mod_floor(&p.step);
    r.is_zero().then_some(q)
}

/// Whether the range contains `item`: ints by arithmetic, anything else by comparing with each
/// member, as CPython does.
fn contains(vm: &mut Vm, p: &Parts, item: &Value) -> PyResult<Option<BigInt>> {
    if let Some(i) = as_int(item) {
        return Ok(position(p, &i.to_bigint()));
    }
    let mut k = BigInt::zero();
    let mut x = p.start.clone();
    while k < p.len {
        if vm.eq(&int_value(x.clone()), item)? {
            return Ok(Some(k));
        }
        x += &p.step;
        k += 1;
    }
    Ok(None)
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "count")?;
    let item = one_arg(&args, "range", "count")?;
    if as_int(item).is_some() {
        return Ok(Value::Int(contains(vm, &p, item)?.is_some() as i64));
    }
    let mut n = 0;
    let mut k = BigInt::zero();
    let mut x = p.start.clone();
    while k < p.len {
        if vm.eq(&int_value(x.clone()), item)? {
            n += 1;
        }
        x += &p.step;
        k += 1;
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "index")?;
    let item = one_arg(&args, "range", "index")?;
    match contains(vm, &p, item)? {
        Some(k) => Ok(int_value(k)),
        None if as_int(item).is_some() => Err(PyErr::value_error("range.index(x): x not in range")),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__len__")?;
    no_args(&args, "range", "__len__")?;
    match p.len.to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(PyErr::new("OverflowError", "Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__bool__")?;
    no_args(&args, "range", "__bool__")?;
    Ok(Value::Bool(!p.len.is_zero()))
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__contains__")?;
    let item = one_arg(&args, "range", "__contains__")?;
    Ok(Value::Bool(contains(vm, &p, item)?.is_some()))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__getitem__")?;
    let key = one_arg(&args, "range", "__getitem__")?;
    super::range_getitem(vm, &args.values[0], key)
}

fn iterator(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) => new_iterator(IterState::Range { next: a as i128, stop: b as i128, step: c as i128 }),
        _ => new_iterator(IterState::BigRange { next: start, stop, step }),
    }
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__iter__")?;
    no_args(&args, "range", "__iter__")?;
    Ok(iterator(p.start, p.stop, p.step))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__reversed__")?;
    no_args(&args, "range", "__reversed__")?;
    // The last member, counting down by -step to just before the first.
    let last = &p.start + (&p.len - 1) * &p.step;
    let stop = &p.start - &p.step;
    Ok(if p.len.is_zero() { iterator(BigInt::zero(), BigInt::zero(), BigInt::from(1)) } else { iterator(last, stop, -p.step) })
}

/// The values that decide equality and the hash: (len, start, step), with start and step
/// ignored where they do not matter (None).
fn identity(p: &Parts) -> (BigInt, Option<BigInt>, Option<BigInt>) {
    if p.len.is_zero() {
        (p.len.clone(), None, None)
    } else if p.len == BigInt::from(1) {
        (p.len.clone(), Some(p.start.clone()), None)
    } else {
        (p.len.clone(), Some(p.start.clone()), Some(p.step.clone()))
    }
}

fn equal(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let p = this(vm, args, name)?;
    let other = one_arg(args, "range", name)?;
    Ok(parts_of(other).map(|q| identity(&p) == identity(&q)))
}

fn range_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(equal(vm, &args, "__eq__")?.map_or_else(not_implemented, Value::Bool))
}

fn range_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(equal(vm, &args, "__ne__")?.map_or_else(not_implemented, |e| Value::Bool(!e)))
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, &args, "__hash__")?;
    no_args(&args, "range", "__hash__")?;
    let (len, start, step) = identity(&p);
    let opt = |v: Option<BigInt>| v.map_or(Value::None, int_value);
    let t = new_tuple(vec![int_value(len), opt(start), opt(step)]);
    Ok(Value::Int(vm.hash(&t)?))
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__")?;
    no_args(&args, "range", "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("range expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}

fn range_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__reduce__")?;
    no_args(&args, "range", "__reduce__")?;
    let Some(Kind::Range { start, stop, step }) = args.values[0].kind() else { return Err(PyErr::type_error("range expected")) };
    Ok(new_tuple(vec![Value::Obj(types::builtin().range.clone()), new_tuple(vec![start.clone(), stop.clone(), step.clone()])]))
}
