//! Methods of `tuple` (`index`, `count`) and the special methods Python code calls explicitly
//! (`tuple.__add__`, `tuple.__getitem__`, `tuple.__hash__`, ...).

use ophis_compiler::CompareOp;

use super::method_args::{is_slice, item_index, no_args, not_implemented, one_arg, receiver_as};
use super::methods_list::{repeat_items, seq_compare, seq_contains, seq_count, seq_index};
use super::methods_str::repeat_count;
use super::{add_method, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("__len__", tuple_len),
        ("__contains__", tuple_contains),
        ("__getitem__", tuple_getitem),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
        ("__repr__", tuple_repr),
        ("__getnewargs__", tuple_getnewargs),
    ];
    for (name, f) in methods {
        add_method(&types::builtin().tuple, name, *f);
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    receiver_as(vm, args, "tuple", name, |v| v.as_tuple())
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "index")?;
    seq_index(vm, &args, "tuple")
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "count")?;
    seq_count(vm, &args, "tuple")
}

fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__add__")?;
    let other = one_arg(&args, "tuple", "__add__")?;
    let Some(more) = other.as_tuple() else {
        return Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_name(other))));
    };
    let mut items = Vec::new();
    items.try_reserve_exact(t.len() + more.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    items.extend_from_slice(t);
    items.extend_from_slice(more);
    Ok(new_tuple(items))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__mul__")?;
    let n = repeat_count(vm, one_arg(&args, "tuple", "__mul__")?)?;
    Ok(new_tuple(repeat_items(t, n)?))
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__len__")?;
    no_args(&args, "tuple", "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__contains__")?;
    let value = one_arg(&args, "tuple", "__contains__")?;
    Ok(Value::Bool(seq_contains(vm, &args.values[0], value)?))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__getitem__")?;
    let key = one_arg(&args, "tuple", "__getitem__")?;
    if is_slice(key) {
        let idx = super::slice_indices(vm, key, t.len())?;
        return Ok(new_tuple(idx.into_iter().filter_map(|i| t.get(i).cloned()).collect()));
    }
    let i = item_index(vm, key, t.len(), |n| format!("tuple indices must be integers or slices, not {n}"), "tuple index out of range")?;
    Ok(t[i].clone())
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    no_args(&args, "tuple", "__iter__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("tuple expected")) };
    Ok(new_iterator(IterState::Tuple { tuple: o.clone(), index: 0 }))
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__hash__")?;
    no_args(&args, "tuple", "__hash__")?;
    // An exact tuple with the same items takes the VM's built-in tuple hash.
    let exact = new_tuple(t.to_vec());
    Ok(Value::Int(vm.hash(&exact)?))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let t = this(vm, &args, name)?;
    let other = one_arg(&args, "tuple", name)?;
    let Some(o) = other.as_tuple() else { return Ok(not_implemented()) };
    Ok(Value::Bool(seq_compare(vm, t, o, op)?))
}

fn tuple_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn tuple_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn tuple_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn tuple_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn tuple_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn tuple_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__")?;
    no_args(&args, "tuple", "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("tuple expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this(vm, &args, "__getnewargs__")?;
    no_args(&args, "tuple", "__getnewargs__")?;
    Ok(new_tuple(vec![new_tuple(t.to_vec())]))
}
