//! Special methods shared by `bytes` and `bytearray` (`__add__`, `__getitem__`, comparisons,
//! ...) and those of bytes alone (`__hash__`, `__bytes__`, `__getnewargs__`).
//!
//! They work on the receiver's content directly rather than through the VM's protocols, which
//! would look the (inherited) special method up again for subclass instances.

use ophis_compiler::CompareOp;

use super::method_args::{is_slice, item_index, no_args, not_implemented, one_arg, vec_with_capacity};
use super::methods_bytes::{both, byte_value, bytes_arg, bytes_like, find_bytes, make, this, type_name};
use super::methods_str::repeat_count;
use super::{add_method, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::numbers::as_int;
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn, NativeFn)] = &[
        both!("__add__", b_add),
        both!("__mul__", b_mul),
        both!("__rmul__", b_mul),
        both!("__mod__", b_mod),
        both!("__rmod__", b_rmod),
        both!("__len__", b_len),
        both!("__contains__", b_contains),
        both!("__getitem__", b_getitem),
        both!("__iter__", b_iter),
        both!("__eq__", b_eq),
        both!("__ne__", b_ne),
        both!("__lt__", b_lt),
        both!("__le__", b_le),
        both!("__gt__", b_gt),
        both!("__ge__", b_ge),
        both!("__repr__", b_repr),
    ];
    let b = types::builtin();
    for (name, f, g) in methods {
        add_method(&b.bytes, name, *f);
        add_method(&b.bytearray, name, *g);
    }
    add_method(&b.bytes, "__hash__", bytes_hash);
    add_method(&b.bytes, "__bytes__", bytes_bytes);
    add_method(&b.bytes, "__getnewargs__", bytes_getnewargs);
}

fn b_add<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "__add__")?;
    let other = one_arg(&args, type_name::<BA>(), "__add__")?;
    let Some(more) = bytes_like(other) else {
        return Err(PyErr::type_error(format!("can't concat {} to {}", vm.type_name(other), vm.type_name(&args.values[0]))));
    };
    let mut out = vec_with_capacity(data.len().saturating_add(more.len()))?;
    out.extend_from_slice(&data);
    out.extend_from_slice(&more);
    Ok(make::<BA>(out))
}

/// `data * n` with the size checked first (MemoryError rather than an abort).
pub(super) fn repeated(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = data.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize).ok_or_else(|| PyErr::new("MemoryError", ""))?;
    let mut out = vec_with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn b_mul<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "__mul__")?;
    let n = repeat_count(vm, one_arg(&args, type_name::<BA>(), "__mul__")?)?;
    Ok(make::<BA>(repeated(&data, n)?))
}

fn b_mod<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "__mod__")?;
    let other = one_arg(&args, type_name::<BA>(), "__mod__")?;
    Ok(make::<BA>(crate::formatting::percent_format_bytes_value(vm, &data, other)?))
}

fn b_rmod<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this::<BA>(vm, &args, "__rmod__")?;
    let other = one_arg(&args, type_name::<BA>(), "__rmod__")?;
    let template = match other.kind() {
        Some(Kind::Bytes(b)) => b.to_vec(),
        Some(Kind::ByteArray(b)) => b.lock().clone(),
        _ => return Ok(not_implemented()),
    };
    let out = crate::formatting::percent_format_bytes_value(vm, &template, &args.values[0])?;
    Ok(if matches!(other.kind(), Some(Kind::ByteArray(_))) { make::<true>(out) } else { make::<false>(out) })
}

fn b_len<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "__len__")?;
    no_args(&args, type_name::<BA>(), "__len__")?;
    Ok(Value::Int(data.len() as i64))
}

fn b_contains<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "__contains__")?;
    let item = one_arg(&args, type_name::<BA>(), "__contains__")?;
    if as_int(item).is_some() || types::lookup(&vm.class_of(item), "__index__").is_some() {
        let b = byte_value(vm, item)?;
        return Ok(Value::Bool(data.contains(&b)));
    }
    let sub = bytes_arg(vm, item)?;
    Ok(Value::Bool(find_bytes(&data, &sub).is_some()))
}

/// `data[key]` with the messages of bytes (`BA` false) or bytearray.
pub(super) fn subscript<const BA: bool>(vm: &mut Vm, data: &[u8], key: &Value) -> PyResult<Value> {
    if is_slice(key) {
        let idx = super::slice_indices(vm, key, data.len())?;
        return Ok(make::<BA>(idx.into_iter().filter_map(|i| data.get(i).copied()).collect()));
    }
    let range = if BA { "bytearray index out of range" } else { "index out of range" };
    let i = item_index(
        vm,
        key,
        data.len(),
        |t| if BA { format!("bytearray indices must be integers or slices, not {t}") } else { format!("byte indices must be integers or slices, not {t}") },
        range,
    )?;
    Ok(Value::Int(data[i] as i64))
}

fn b_getitem<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "__getitem__")?;
    let key = one_arg(&args, type_name::<BA>(), "__getitem__")?;
    subscript::<BA>(vm, &data, key)
}

fn b_iter<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this::<BA>(vm, &args, "__iter__")?;
    no_args(&args, type_name::<BA>(), "__iter__")?;
    let me = args.values[0].clone();
    Ok(match &me {
        Value::Obj(o) if !BA => new_iterator(IterState::Bytes { b: o.clone(), index: 0 }),
        // A bytearray can change size while iterated: index it afresh each step.
        _ => super::methods_iter::iterator_of(&types::builtin().bytearray_iterator, IterState::GetItem { seq: me, index: 0 }),
    })
}

fn compare<const BA: bool>(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let other = one_arg(&args, type_name::<BA>(), name)?;
    // bytes compares only with bytes; bytearray with any bytes-like object.
    let theirs = match other.kind() {
        Some(Kind::Bytes(_)) => bytes_like(other),
        _ if BA => bytes_like(other),
        _ => None,
    };
    let Some(theirs) = theirs else { return Ok(not_implemented()) };
    let o = data[..].cmp(&theirs[..]);
    Ok(Value::Bool(match op {
        CompareOp::Eq => o.is_eq(),
        CompareOp::Ne => o.is_ne(),
        CompareOp::Lt => o.is_lt(),
        CompareOp::Le => o.is_le(),
        CompareOp::Gt => o.is_gt(),
        CompareOp::Ge => o.is_ge(),
    }))
}

fn b_eq<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__eq__", CompareOp::Eq)
}
fn b_ne<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__ne__", CompareOp::Ne)
}
fn b_lt<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__lt__", CompareOp::Lt)
}
fn b_le<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__le__", CompareOp::Le)
}
fn b_gt<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__gt__", CompareOp::Gt)
}
fn b_ge<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<BA>(vm, args, "__ge__", CompareOp::Ge)
}

fn b_repr<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this::<BA>(vm, &args, "__repr__")?;
    no_args(&args, type_name::<BA>(), "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("bytes expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}

fn bytes_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<false>(vm, &args, "__hash__")?;
    no_args(&args, "bytes", "__hash__")?;
    Ok(Value::Int(crate::hash::hash_bytes(&data)))
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<false>(vm, &args, "__bytes__")?;
    no_args(&args, "bytes", "__bytes__")?;
    Ok(match &args.values[0] {
        Value::Obj(o) if o.class_data().is_builtin() => args.values[0].clone(),
        _ => super::new_bytes(data.into_owned()),
    })
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<false>(vm, &args, "__getnewargs__")?;
    no_args(&args, "bytes", "__getnewargs__")?;
    Ok(new_tuple(vec![super::new_bytes(data.into_owned())]))
}
