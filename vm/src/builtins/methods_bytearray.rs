//! Methods of `bytearray` alone: the mutators (`append`, `extend`, `insert`, `pop`, `remove`,
//! `reverse`, `clear`, `copy`, `resize`) and the mutating special methods (`__setitem__`,
//! `__delitem__`, `__iadd__`, `__imul__`). Each mutation happens under the bytearray's lock in
//! one step; arguments that run Python code (`__index__`, iterables) are converted first.

use crate::buffer::ByteArrayData;

use super::method_args::{is_slice, item_index, no_args, one_arg, positional, receiver_as};
use super::methods_bytes::{byte_value, bytes_like, new_bytearray};
use super::methods_bytes_special::repeated;
use super::methods_str::{repeat_count, req};
use super::{add_method, intern};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("resize", ba_resize),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__alloc__", ba_alloc),
    ];
    let t = &types::builtin().bytearray;
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    // Mutable: instances (and subclass instances) are unhashable.
    t.as_type().expect("type").dict.set_str(intern("__hash__"), Value::None);
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ByteArrayData> {
    receiver_as(vm, args, "bytearray", name, |v| match v.kind() {
        Some(Kind::ByteArray(b)) => Some(b),
        _ => None,
    })
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "append")?;
    let item = byte_value(vm, one_arg(&args, "bytearray", "append")?)?;
    b.lock_resizable()?.push(item);
    Ok(Value::None)
}

/// The bytes of an iterable of ints (what `extend` and slice assignment accept besides
/// bytes-like objects).
fn ints_to_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let it = vm.iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x)?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "extend")?;
    let src = one_arg(&args, "bytearray", "extend")?;
    let more = match bytes_like(src) {
        Some(m) => m.into_owned(),
        None => {
            if !vm.has_iter(src) {
                return Err(PyErr::type_error(format!("can't extend bytearray with {}", vm.type_name(src))));
            }
            // A str fails at its first character (an empty one extends by nothing).
            ints_to_bytes(vm, src).map_err(|e| {
                if e.is("TypeError") && src.as_str().is_some() { PyErr::type_error("expected iterable of integers; got: 'str'") } else { e }
            })?
        }
    };
    let mut g = b.lock();
    b.check_resize(g.len(), g.len() + more.len())?;
    g.try_reserve(more.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    g.extend_from_slice(&more);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "insert")?;
    let [index, item] = positional::<2>(&args, "bytearray", "insert", 2)?;
    let index = vm.index_value(req(index))?;
    let item = byte_value(vm, req(item))?;
    let mut g = b.lock_resizable()?;
    let n = g.len() as i64;
    let at = if index < 0 { (index + n).max(0) } else { index.min(n) };
    g.insert(at as usize, item);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "pop")?;
    let [index] = positional::<1>(&args, "bytearray", "pop", 0)?;
    let index = match index {
        Some(i) => vm.index_value(i)?,
        None => -1,
    };
    let mut g = b.lock();
    if g.is_empty() {
        return Err(PyErr::new("IndexError", "pop from empty bytearray"));
    }
    let n = g.len() as i64;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(PyErr::new("IndexError", "pop index out of range"));
    }
    b.check_resize(1, 0)?;
    Ok(Value::Int(g.remove(i as usize) as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "remove")?;
    let item = byte_value(vm, one_arg(&args, "bytearray", "remove")?)?;
    let mut g = b.lock();
    match g.iter().position(|&x| x == item) {
        Some(i) => {
            b.check_resize(1, 0)?;
            g.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "reverse")?;
    no_args(&args, "bytearray", "reverse")?;
    b.lock().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "clear")?;
    no_args(&args, "bytearray", "clear")?;
    let mut g = b.lock();
    b.check_resize(g.len(), 0)?;
    g.clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "copy")?;
    no_args(&args, "bytearray", "copy")?;
    let data = b.lock().clone();
    Ok(new_bytearray(data))
}

fn ba_resize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "resize")?;
    let size = vm.index_value(one_arg(&args, "bytearray", "resize")?)?;
    if size < 0 {
        return Err(PyErr::value_error(format!("Can only resize to positive sizes, got {size}")));
    }
    let size = size as usize;
    let mut g = b.lock();
    let len = g.len();
    b.check_resize(len, size)?;
    if size > len {
        g.try_reserve(size - len).map_err(|_| PyErr::new("MemoryError", ""))?;
    }
    g.resize(size, 0);
    Ok(Value::None)
}

/// What may be assigned to a bytearray slice.
fn slice_source(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    if v.as_str().is_some() || crate::numbers::as_int(v).is_some() {
        return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    if !vm.has_iter(v) {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to bytearray", vm.type_name(v))));
    }
    ints_to_bytes(vm, v)
}

fn index_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    item_index(vm, key, len, |t| format!("bytearray indices must be integers or slices, not {t}"), "bytearray index out of range")
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__setitem__")?;
    let [key, value] = positional::<2>(&args, "bytearray", "__setitem__", 2)?;
    let (key, value) = (req(key), req(value));
    if !is_slice(key) {
        // CPython converts the index, then the value, then checks the range.
        let raw = match crate::numbers::as_int(key) {
            Some(crate::numbers::IntRef::Small(i)) => Some(i),
            Some(crate::numbers::IntRef::Big(_)) => None,
            None => {
                if crate::types::lookup(&vm.class_of(key), "__index__").is_none() {
                    return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key))));
                }
                Some(vm.index_value(key)?)
            }
        };
        let v = byte_value(vm, value)?;
        let mut g = b.lock();
        let len = g.len() as i64;
        let slot = raw.map(|i| if i < 0 { i + len } else { i }).filter(|&i| i >= 0 && i < len);
        match slot.and_then(|i| g.get_mut(i as usize)) {
            Some(slot) => *slot = v,
            None if raw.is_none() => return Err(PyErr::new("IndexError", "cannot fit 'int' into an index-sized integer")),
            None => return Err(PyErr::new("IndexError", "bytearray index out of range")),
        }
        return Ok(Value::None);
    }
    let src = slice_source(vm, value)?;
    let len = b.lock().len();
    let (start, stop, step) = super::containers::slice_bounds(vm, key, len)?;
    let mut g = b.lock();
    if step == 1 {
        let start = (start.max(0) as usize).min(g.len());
        let stop = (stop.max(start as i64) as usize).min(g.len()).max(start);
        b.check_resize(stop - start, src.len())?;
        g.splice(start..stop, src);
        return Ok(Value::None);
    }
    drop(g);
    let idx = super::slice_indices(vm, key, len)?;
    if idx.len() != src.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            src.len(),
            idx.len()
        )));
    }
    let mut g = b.lock();
    for (i, v) in idx.into_iter().zip(src) {
        if let Some(slot) = g.get_mut(i) {
            *slot = v;
        }
    }
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__delitem__")?;
    let key = one_arg(&args, "bytearray", "__delitem__")?;
    let len = b.lock().len();
    if !is_slice(key) {
        let i = index_of(vm, key, len)?;
        let mut g = b.lock();
        b.check_resize(1, 0)?;
        if i < g.len() {
            g.remove(i);
        }
        return Ok(Value::None);
    }
    let mut idx = super::slice_indices(vm, key, len)?;
    idx.sort_unstable();
    let mut g = b.lock();
    b.check_resize(idx.len(), 0)?;
    let mut k = 0;
    let mut position = 0;
    g.retain(|_| {
        let drop_it = idx.get(k) == Some(&position);
        if drop_it {
            k += 1;
        }
        position += 1;
        !drop_it
    });
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__iadd__")?;
    let other = one_arg(&args, "bytearray", "__iadd__")?;
    let Some(more) = bytes_like(other) else {
        return Err(PyErr::type_error(format!("can't concat {} to bytearray", vm.type_name(other))));
    };
    let more = more.into_owned();
    let mut g = b.lock();
    b.check_resize(0, more.len())?;
    g.try_reserve(more.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    g.extend_from_slice(&more);
    drop(g);
    Ok(args.values[0].clone())
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__imul__")?;
    let n = repeat_count(vm, one_arg(&args, "bytearray", "__imul__")?)?;
    let mut g = b.lock();
    let data = repeated(&g, n)?;
    b.check_resize(g.len(), data.len())?;
    *g = data;
    drop(g);
    Ok(args.values[0].clone())
}

fn ba_alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__alloc__")?;
    no_args(&args, "bytearray", "__alloc__")?;
    let g = b.lock();
    // CPython reports the allocation, which includes a terminating NUL byte.
    Ok(Value::Int(if g.is_empty() { 0 } else { g.capacity().max(g.len() + 1) as i64 }))
}
