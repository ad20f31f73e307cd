//! Methods of `list`, with the special methods Python code calls explicitly (`list.__add__`,
//! `list.__getitem__`, ...), and the sequence helpers tuple shares (item comparison, `index`,
//! `count`).
//!
//! Mutations that need no Python code happen under the list's lock in one step. Where items
//! are compared (`remove`, `index`, `count`, `__contains__`, `__eq__`), each item is read
//! under the lock and compared with the lock released, re-reading the live list each step as
//! CPython does, so a comparison that mutates the list cannot corrupt anything.

use ophis_compiler::CompareOp;
use parking_lot::Mutex;

use super::functions::sort_values;
use super::method_args::{
    is_slice, item_index, no_args, not_implemented, one_arg, positional, receiver_as, slice_index, vec_with_capacity,
};
use super::methods_str::{repeat_count, req};
use super::{add_method, intern, new_list, new_str};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("clear", list_clear),
        ("copy", list_copy),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("__init__", list_init),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
        ("__len__", list_len),
        ("__contains__", list_contains),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
        ("__repr__", list_repr),
    ];
    let t = &types::builtin().list;
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    t.as_type().expect("type").dict.set_str(intern("__hash__"), Value::None);
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Mutex<Vec<Value>>> {
    receiver_as(vm, args, "list", name, |v| match v.kind() {
        Some(Kind::List(l)) => Some(l),
        _ => None,
    })
}

/// Item `i` of a list or tuple as it is now, or None past the end.
fn live_item(seq: &Value, i: usize) -> Option<Value> {
    match seq.kind()? {
        Kind::List(l) => l.lock().get(i).cloned(),
        Kind::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}

fn live_len(seq: &Value) -> usize {
    match seq.kind() {
        Some(Kind::List(l)) => l.lock().len(),
        Some(Kind::Tuple(t)) => t.len(),
        _ => 0,
    }
}

/// `a is b or a == b`, as containers compare their items.
fn same_or_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

/// `seq.index(value, start, stop)` for lists and tuples (`what` names the type in the message).
pub(super) fn seq_index(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Value> {
    let [value, start, stop] = positional::<3>(args, what, "index", 1)?;
    let value = req(value);
    let seq = &args.values[0];
    let bound = |vm: &mut Vm, v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            Some(Value::None) => Err(PyErr::type_error("slice indices must be integers or have an __index__ method")),
            other => slice_index(vm, other)
                .map_err(|e| if e.is("TypeError") { PyErr::type_error("slice indices must be integers or have an __index__ method") } else { e }),
        }
    };
    let start = bound(vm, start)?;
    let stop = bound(vm, stop)?;
    let len = live_len(seq) as i64;
    let norm = |i: i64| if i < 0 { (i.saturating_add(len)).max(0) } else { i };
    let mut i = start.map_or(0, norm);
    let stop = stop.map_or(i64::MAX, norm);
    while i < stop {
        let Some(item) = live_item(seq, i as usize) else { break };
        if same_or_equal(vm, &item, value)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error(format!("{what}.index(x): x not in {what}")))
}

/// `seq.count(value)` for lists and tuples.
pub(super) fn seq_count(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Value> {
    let value = one_arg(args, what, "count")?;
    let seq = &args.values[0];
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = live_item(seq, i) {
        if same_or_equal(vm, &item, value)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// `item in seq` for lists and tuples.
pub(super) fn seq_contains(vm: &mut Vm, seq: &Value, value: &Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(item) = live_item(seq, i) {
        if same_or_equal(vm, &item, value)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// Lexicographic comparison of two sequences: the first pair of items that are not equal
/// decides (by `op` on them), else the lengths.
pub(super) fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(op == CompareOp::Ne);
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if same_or_equal(vm, p, q)? {
            continue;
        }
        return match op {
            CompareOp::Eq => Ok(false),
            CompareOp::Ne => Ok(true),
            _ => {
                let r = vm.rich_compare(p, q, op)?;
                vm.is_true(&r)
            }
        };
    }
    let o = x.len().cmp(&y.len());
    Ok(match op {
        CompareOp::Eq => o.is_eq(),
        CompareOp::Ne => o.is_ne(),
        CompareOp::Lt => o.is_lt(),
        CompareOp::Le => o.is_le(),
        CompareOp::Gt => o.is_gt(),
        CompareOp::Ge => o.is_ge(),
    })
}

/// `items * n` with the size checked first.
pub(super) fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = items.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize / 16).ok_or_else(|| PyErr::new("MemoryError", ""))?;
    let mut out = vec_with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    let item = one_arg(&args, "list", "append")?;
    l.lock().push(item.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    let src = one_arg(&args, "list", "extend")?;
    // Collected first (iteration may run Python code); `l.extend(l)` sees the old items.
    let items = vm.collect_iterable(src)?;
    l.lock().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    let [index, item] = positional::<2>(&args, "list", "insert", 2)?;
    let index = vm.index_value(req(index))?;
    let mut g = l.lock();
    let n = g.len() as i64;
    let at = if index < 0 { (index + n).max(0) } else { index.min(n) };
    g.insert(at as usize, req(item).clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    let [index] = positional::<1>(&args, "list", "pop", 0)?;
    let index = match index {
        Some(i) => vm.index_value(i)?,
        None => -1,
    };
    let mut g = l.lock();
    if g.is_empty() {
        return Err(PyErr::new("IndexError", "pop from empty list"));
    }
    let n = g.len() as i64;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(PyErr::new("IndexError", "pop index out of range"));
    }
    Ok(g.remove(i as usize))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    let value = one_arg(&args, "list", "remove")?;
    let me = &args.values[0];
    let mut i = 0;
    while let Some(item) = live_item(me, i) {
        if same_or_equal(vm, &item, value)? {
            let removed = {
                let mut g = l.lock();
                if i < g.len() { Some(g.remove(i)) } else { None }
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "index")?;
    seq_index(vm, &args, "list")
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "count")?;
    seq_count(vm, &args, "list")
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    no_args(&args, "list", "clear")?;
    // The old items are dropped after the lock is released (their finalizers may run code).
    let old = std::mem::take(&mut *l.lock());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    no_args(&args, "list", "copy")?;
    let items = l.lock().clone();
    Ok(new_list(items))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    no_args(&args, "list", "reverse")?;
    l.lock().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "sort")?;
    let params = super::method_args::Params { names: ["key", "reverse"], posonly: 0, required: 0, max_positional: 0 };
    let [key, reverse] = super::method_args::clinic(&args, "sort", &params)?;
    let key = key.filter(|k| !k.is_none()).cloned();
    let reverse = match reverse {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    // Sort a private copy with the list emptied, as CPython does, so that mutation during the
    // sort is detected instead of corrupting anything.
    let mut items = std::mem::take(&mut *l.lock());
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let mutated = !l.lock().is_empty();
    let intruders = std::mem::replace(&mut *l.lock(), items);
    drop(intruders);
    result?;
    if mutated {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    let [iterable] = positional::<1>(&args, "list", "list", 0)?;
    let items = match iterable {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.lock(), items);
    drop(old);
    Ok(Value::None)
}

fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__add__")?;
    let other = one_arg(&args, "list", "__add__")?;
    let Some(Kind::List(o)) = other.kind() else {
        return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(other))));
    };
    let mut items = l.lock().clone();
    let more = o.lock().clone();
    items.try_reserve(more.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    items.extend(more);
    Ok(new_list(items))
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__iadd__")?;
    let items = vm.collect_iterable(one_arg(&args, "list", "__iadd__")?)?;
    l.lock().extend(items);
    Ok(args.values[0].clone())
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__mul__")?;
    let n = repeat_count(vm, one_arg(&args, "list", "__mul__")?)?;
    let items = l.lock().clone();
    Ok(new_list(repeat_items(&items, n)?))
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__imul__")?;
    let n = repeat_count(vm, one_arg(&args, "list", "__imul__")?)?;
    let old = {
        let mut g = l.lock();
        let items = repeat_items(&g, n)?;
        std::mem::replace(&mut *g, items)
    };
    drop(old);
    Ok(args.values[0].clone())
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__len__")?;
    no_args(&args, "list", "__len__")?;
    Ok(Value::Int(l.lock().len() as i64))
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__contains__")?;
    let value = one_arg(&args, "list", "__contains__")?;
    Ok(Value::Bool(seq_contains(vm, &args.values[0], value)?))
}

fn index_of(vm: &mut Vm, key: &Value, len: usize, range_message: &str) -> PyResult<usize> {
    item_index(vm, key, len, |t| format!("list indices must be integers or slices, not {t}"), range_message)
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__getitem__")?;
    let key = one_arg(&args, "list", "__getitem__")?;
    if is_slice(key) {
        let len = l.lock().len();
        let idx = super::slice_indices(vm, key, len)?;
        let g = l.lock();
        return Ok(new_list(idx.into_iter().filter_map(|i| g.get(i).cloned()).collect()));
    }
    let len = l.lock().len();
    let i = index_of(vm, key, len, "list index out of range")?;
    l.lock().get(i).cloned().ok_or_else(|| PyErr::new("IndexError", "list index out of range"))
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__setitem__")?;
    let [key, value] = positional::<2>(&args, "list", "__setitem__", 2)?;
    let (key, value) = (req(key), req(value));
    if is_slice(key) {
        let items = if value.is(&args.values[0]) { l.lock().clone() } else { vm.collect_iterable(value)? };
        super::list_set_slice(vm, l, key, items)?;
        return Ok(Value::None);
    }
    let len = l.lock().len();
    let i = index_of(vm, key, len, "list assignment index out of range")?;
    let old = {
        let mut g = l.lock();
        match g.get_mut(i) {
            Some(slot) => std::mem::replace(slot, value.clone()),
            None => return Err(PyErr::new("IndexError", "list assignment index out of range")),
        }
    };
    drop(old);
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__delitem__")?;
    let key = one_arg(&args, "list", "__delitem__")?;
    if is_slice(key) {
        super::list_del_slice(vm, l, key)?;
        return Ok(Value::None);
    }
    let len = l.lock().len();
    let i = index_of(vm, key, len, "list assignment index out of range")?;
    let removed = {
        let mut g = l.lock();
        if i < g.len() { Some(g.remove(i)) } else { None }
    };
    drop(removed);
    Ok(Value::None)
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    no_args(&args, "list", "__iter__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("list expected")) };
    Ok(new_iterator(IterState::List { list: o.clone(), index: 0 }))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__reversed__")?;
    no_args(&args, "list", "__reversed__")?;
    let last = l.lock().len() as i64 - 1;
    let class = &types::builtin().list_reverseiterator;
    Ok(super::methods_iter::iterator_of(class, IterState::Reversed { seq: args.values[0].clone(), index: last }))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let l = this(vm, &args, name)?;
    let other = one_arg(&args, "list", name)?;
    let Some(Kind::List(o)) = other.kind() else { return Ok(not_implemented()) };
    let (x, y) = (l.lock().clone(), o.lock().clone());
    Ok(Value::Bool(seq_compare(vm, &x, &y, op)?))
}

fn list_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn list_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn list_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn list_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn list_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn list_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__")?;
    no_args(&args, "list", "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("list expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}
