//! Methods of `slice`: `indices`, comparisons and hashing (as the tuple `(start, stop, step)`
//! compares; the hash is the tuple hash without its length term, as CPython's), `__reduce__`.

use ophis_compiler::CompareOp;

use super::method_args::{no_args, not_implemented, one_arg, receiver_as};
use super::methods_list::seq_compare;
use super::{add_method, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{IntRef, as_int};
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("indices", slice_indices),
        ("__eq__", slice_eq),
        ("__ne__", slice_ne),
        ("__lt__", slice_lt),
        ("__le__", slice_le),
        ("__gt__", slice_gt),
        ("__ge__", slice_ge),
        ("__hash__", slice_hash),
        ("__repr__", slice_repr),
        ("__reduce__", slice_reduce),
    ];
    for (name, f) in methods {
        add_method(&types::builtin().slice, name, *f);
    }
}

fn parts(v: &Value) -> Option<[Value; 3]> {
    match v.kind()? {
        Kind::Slice { start, stop, step } => Some([start.clone(), stop.clone(), step.clone()]),
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<[Value; 3]> {
    let v = receiver_as(vm, args, "slice", name, |v| match v.kind() {
        Some(Kind::Slice { .. }) => Some(v),
        _ => None,
    })?;
    parts(v).ok_or_else(|| PyErr::type_error("slice expected"))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "indices")?;
    let n = one_arg(&args, "slice", "indices")?;
    let n = match as_int(n) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                return Err(PyErr::value_error("length should not be negative"));
            }
            i64::MAX
        }
        None => vm.index_value(n)?,
    };
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (a, b, c) = super::containers::slice_bounds(vm, &args.values[0], n as usize)?;
    let step = match &args.values[0].kind() {
        // A step beyond i64 is reported as given.
        Some(Kind::Slice { step, .. }) if matches!(as_int(step), Some(IntRef::Big(_))) => step.clone(),
        _ => Value::Int(c),
    };
    Ok(new_tuple(vec![Value::Int(a), Value::Int(b), step]))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let mine = this(vm, &args, name)?;
    let other = one_arg(&args, "slice", name)?;
    let Some(theirs) = parts(other) else { return Ok(not_implemented()) };
    Ok(Value::Bool(seq_compare(vm, &mine, &theirs, op)?))
}

fn slice_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn slice_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn slice_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn slice_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn slice_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn slice_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__hash__")?;
    no_args(&args, "slice", "__hash__")?;
    // xxHash lanes as for tuples, without the final length term.
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for v in &items {
        let lane = vm.hash(v)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1);
    }
    Ok(Value::Int(if acc == u64::MAX { 1546275796 } else { acc as i64 }))
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__")?;
    no_args(&args, "slice", "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("slice expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}

fn slice_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args, "__reduce__")?;
    no_args(&args, "slice", "__reduce__")?;
    Ok(new_tuple(vec![Value::Obj(types::builtin().slice.clone()), new_tuple(items.to_vec())]))
}
