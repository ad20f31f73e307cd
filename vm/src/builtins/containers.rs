//! Slices, sets and ranges: helpers shared by the protocols and the methods.

use ophis_compiler::{BinaryOp, CompareOp};
use parking_lot::Mutex;

use crate::set_table::SetTable;
use crate::exceptions::PyErr;
use crate::interp::Vm;
use crate::numbers::{IntRef, as_int, int_value};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

/// The indices a slice selects from a sequence of `len` items.
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_bounds(vm, slice, len)?;
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    Ok(out)
}

/// `slice.indices(len)`: clamped start, stop and step.
pub fn slice_bounds(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some(Kind::Slice { start, stop, step }) = slice.kind() else {
        return Err(PyErr::type_error("expected a slice"));
    };
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 })),
            None => match vm.call_method(v, "__index__", &[])? {
                Some(r) => Ok(Some(vm.index_value(&r)?)),
                None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
            },
        }
    };
    let step = get(vm, step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |i: i64, lo: i64, hi: i64| i.max(lo).min(hi);
    let norm = |i: i64| if i < 0 { i + len } else { i };
    let (start, stop) = if step > 0 {
        (get(vm, start)?.map_or(0, |i| clamp(norm(i), 0, len)), get(vm, stop)?.map_or(len, |i| clamp(norm(i), 0, len)))
    } else {
        (get(vm, start)?.map_or(len - 1, |i| clamp(norm(i), -1, len - 1)), get(vm, stop)?.map_or(-1, |i| clamp(norm(i), -1, len - 1)))
    };
    Ok((start, stop, step))
}

pub fn list_set_slice(vm: &mut Vm, list: &Mutex<Vec<Value>>, slice: &Value, items: Vec<Value>) -> PyResult<()> {
    let len = list.lock().len();
    let (start, stop, step) = slice_bounds(vm, slice, len)?;
    if step == 1 {
        // Clamped under the lock: another thread may have shrunk the list meanwhile.
        let removed: Vec<Value> = {
            let mut g = list.lock();
            let start = (start.max(0) as usize).min(g.len());
            let stop = (stop.max(0) as usize).clamp(start, g.len());
            g.splice(start..stop, items).collect()
        };
        drop(removed);
        return Ok(());
    }
    let idx = slice_indices(vm, slice, len)?;
    if idx.len() != items.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            idx.len()
        )));
    }
    let mut g = list.lock();
    for (i, v) in idx.into_iter().zip(items) {
        if i < g.len() {
            g[i] = v;
        }
    }
    Ok(())
}

pub fn list_del_slice(vm: &mut Vm, list: &Mutex<Vec<Value>>, slice: &Value) -> PyResult<()> {
    let len = list.lock().len();
    let mut idx = slice_indices(vm, slice, len)?;
    idx.sort_unstable();
    let mut g = list.lock();
    let mut removed = Vec::with_capacity(idx.len());
    for i in idx.into_iter().rev() {
        if i < g.len() {
            removed.push(g.remove(i));
        }
    }
    drop(g);
    drop(removed);
    Ok(())
}

pub fn new_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let t = SetTable::new();
    for i in items {
        let h = super::methods_set::element_hash(vm, &i)?;
        t.add(vm, i, h)?;
    }
    Ok(super::methods_set::set_value(false, t))
}

/// A frozenset of `items` (hashing them as `frozenset(items)` does).
pub fn new_frozenset(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let t = SetTable::new();
    for i in items {
        let h = super::methods_set::element_hash(vm, &i)?;
        t.add(vm, i, h)?;
    }
    Ok(super::methods_set::set_value(true, t))
}

pub fn set_add(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    let Some(Kind::Set(t)) = set.kind() else { return Err(PyErr::type_error("set expected")) };
    let h = super::methods_set::element_hash(vm, &item)?;
    t.add(vm, item, h)
}

/// `set.update(iterable)` as CPython's `set_update_internal` (SET_UPDATE, constructors).
pub fn set_update(vm: &mut Vm, set: &Value, iterable: &Value) -> PyResult<()> {
    let Some(Kind::Set(t)) = set.kind() else { return Err(PyErr::type_error("set expected")) };
    super::methods_set::set_update(vm, t, iterable)
}

pub fn set_operator(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
    super::methods_set::operator(vm, a, b, op, inplace)
}

pub fn set_compare(vm: &mut Vm, x: &SetTable, y: &SetTable, op: CompareOp) -> PyResult<bool> {
    super::methods_set::compare_storages(vm, x, y, op)
}

fn range_parts(v: &Value) -> (num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt) {
    let Some(Kind::Range { start, stop, step }) = v.kind() else { unreachable!("range") };
    let big = |x: &Value| as_int(x).map(|i| i.to_bigint()).unwrap_or_default();
    (big(start), big(stop), big(step))
}

fn range_len_big(v: &Value) -> num_bigint::BigInt {
    let (start, stop, step) = range_parts(v);
    let zero = num_bigint::BigInt::from(0);
    if step > zero {
        if start < stop { (stop - start - 1) / &step + 1 } else { zero }
    } else if start > stop {
        (start - stop - 1) / (-&step) + 1
    } else {
        zero
    }
}

pub fn range_len(v: &Value) -> PyResult<usize> {
    num_traits::ToPrimitive::to_usize(&range_len_big(v))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C ssize_t"))
}

pub fn range_getitem(vm: &mut Vm, range: &Value, key: &Value) -> PyResult<Value> {
    let (start, _stop, step) = range_parts(range);
    let len = range_len_big(range);
    if let Some(Kind::Slice { .. }) = key.kind() {
        let n = num_traits::ToPrimitive::to_usize(&len).unwrap_or(usize::MAX);
        let (s, e, st) = slice_bounds(vm, key, n)?;
        let new_start = &start + &step * s;
        let new_stop = &start + &step * e;
        let new_step = &step * st;
        return Ok(Value::Obj(Object::new(
            types::builtin().range.clone(),
            Kind::Range { start: int_value(new_start), stop: int_value(new_stop), step: int_value(new_step) },
        )));
    }
    let i = match as_int(key) {
        Some(i) => i.to_bigint(),
        None => {
            let n = vm.index_value(key).map_err(|_| PyErr::type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))))?;
            num_bigint::BigInt::from(n)
        }
    };
    let i = if i < num_bigint::BigInt::from(0) { i + &len } else { i };
    if i < num_bigint::BigInt::from(0) || i >= len {
        return Err(PyErr::new("IndexError", "range object index out of range"));
    }
    Ok(int_value(start + step * i))
}
