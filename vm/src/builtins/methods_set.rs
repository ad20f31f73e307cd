//! Methods of `set` and `frozenset`: the set algebra (`union`, `intersection_update`,
//! `symmetric_difference`, `issubset`, `isdisjoint`, ...), the mutators, and the special
//! methods (`__or__`, `__iand__`, comparisons, ...). Dict views use the same algebra.
//!
//! A set's storage is a `Dict` whose values are unused. Results are computed into a fresh
//! `Dict`; in-place updates install it in one step (`Dict::replace_with`), so other threads
//! never see a half-updated set.

use ophis_compiler::CompareOp;

use super::method_args::{no_args, not_implemented, one_arg, positional, receiver_as, unhashable_as};
use super::{add_method, intern, new_list, new_str, new_tuple};
use crate::dict::Dict;
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    // Methods of both set and frozenset.
    let shared: &[(&str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__or__", set_or),
        ("__and__", set_and),
        ("__sub__", set_sub),
        ("__xor__", set_xor),
        ("__ror__", set_ror),
        ("__rand__", set_rand),
        ("__rsub__", set_rsub),
        ("__rxor__", set_rxor),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
        ("__contains__", set_contains_method),
        ("__len__", set_len),
        ("__iter__", set_iter),
        ("__repr__", set_repr),
        ("__reduce__", set_reduce),
    ];
    let mutators: &[(&str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
        ("__init__", set_init),
    ];
    let b = types::builtin();
    for (name, f) in shared {
        add_method(&b.set, name, *f);
        add_method(&b.frozenset, name, *f);
    }
    for (name, f) in mutators {
        add_method(&b.set, name, *f);
    }
    add_method(&b.frozenset, "__hash__", frozenset_hash);
    b.set.as_type().expect("type").dict.set_str(intern("__hash__"), Value::None);
}

/// The storage of a set or frozenset (or subclass) value.
pub(super) fn storage(v: &Value) -> Option<&Dict> {
    match v.kind()? {
        Kind::Set(d) => Some(d),
        _ => None,
    }
}

pub(super) fn is_frozen(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| types::is_subtype(o.class(), &types::builtin().frozenset))
}

/// A new set (or frozenset) holding `d`.
pub(super) fn set_value(frozen: bool, d: Dict) -> Value {
    let b = types::builtin();
    Value::Obj(Object::new(if frozen { b.frozenset.clone() } else { b.set.clone() }, Kind::Set(d)))
}

/// The receiver: any set for methods of set, any set or frozenset for the shared ones (the
/// type named in messages is the one the method was looked up on).
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str, mutating: bool) -> PyResult<&'a Dict> {
    let ty = match args.values.first() {
        Some(v) if !mutating && is_frozen(v) => "frozenset",
        _ => "set",
    };
    receiver_as(vm, args, ty, name, |v| if mutating && is_frozen(v) { None } else { storage(v) })
}

/// The hash of a set element, with CPython's message for unhashable ones.
pub(super) fn element_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.hash(v).map_err(|e| unhashable_as(e, "a set element"))
}

/// The hash of a lookup key: an unhashable set is looked up as the equal frozenset, as CPython
/// does for `{1} in s`, `s.remove({1})`.
fn lookup_key(vm: &mut Vm, v: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(v) {
        Ok(h) => Ok((v.clone(), h)),
        Err(e) => match storage(v) {
            Some(d) if e.is("TypeError") => {
                let f = set_value(true, d.copy());
                let h = vm.hash(&f)?;
                Ok((f, h))
            }
            _ => Err(unhashable_as(e, "a set element")),
        },
    }
}

/// The elements of any iterable with their hashes (a set's are reused, in CPython's order).
pub(super) fn elements(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, i64)>> {
    if let Some(d) = storage(v) {
        return Ok(super::set_order::ordered_entries(d).into_iter().map(|e| (e.key, e.hash)).collect());
    }
    if let Some(Kind::Dict(d)) = v.kind() {
        return Ok(d.entries().into_iter().map(|e| (e.key, e.hash)).collect());
    }
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for k in items {
        let h = element_hash(vm, &k)?;
        out.push((k, h));
    }
    Ok(out)
}

/// A set's storage, or a new one built from any iterable (so membership is a lookup).
fn as_storage(vm: &mut Vm, v: &Value) -> PyResult<Dict> {
    if let Some(d) = storage(v) {
        return Ok(d.copy());
    }
    let d = Dict::new();
    for (k, h) in elements(vm, v)? {
        d.set_hashed(vm, k, h, Value::None)?;
    }
    Ok(d)
}

fn contains(vm: &mut Vm, d: &Dict, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(d.get_hashed(vm, key, hash)?.is_some())
}

// ---- the algebra, on storages ----

pub(super) fn union_into(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<()> {
    for (k, h) in elements(vm, other)? {
        d.set_hashed(vm, k, h, Value::None)?;
    }
    Ok(())
}

pub(super) fn intersection_of(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<Dict> {
    let out = Dict::new();
    if let Some(o) = storage(other) {
        // CPython walks the smaller set (the other one on a tie).
        let (walked, probed) = if o.len() > d.len() { (d, o) } else { (o, d) };
        for e in super::set_order::ordered_entries(walked) {
            if contains(vm, probed, &e.key, e.hash)? {
                out.set_hashed(vm, e.key, e.hash, Value::None)?;
            }
        }
        return Ok(out);
    }
    for (k, h) in elements(vm, other)? {
        if contains(vm, d, &k, h)? {
            out.set_hashed(vm, k, h, Value::None)?;
        }
    }
    Ok(out)
}

pub(super) fn difference_of(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<Dict> {
    // CPython builds the result by walking `d` when `other` is a set (or dict) not much
    // smaller than it, and otherwise copies `d` and removes `other`'s elements.
    let other_len = match other.kind() {
        Some(Kind::Set(o) | Kind::Dict(o)) => Some(o.len()),
        _ => None,
    };
    if let (Some(n), Some(Kind::Set(o) | Kind::Dict(o))) = (other_len, other.kind()) {
        if (d.len() >> 2) <= n {
            let out = Dict::new();
            for e in super::set_order::ordered_entries(d) {
                if !contains(vm, o, &e.key, e.hash)? {
                    out.set_hashed(vm, e.key, e.hash, Value::None)?;
                }
            }
            return Ok(out);
        }
    }
    let out = d.copy();
    for (k, h) in elements(vm, other)? {
        out.remove_hashed(vm, &k, h)?;
    }
    Ok(out)
}

/// `d ^ other` as a new set: as CPython, a copy of `other` updated with `d`'s elements.
pub(super) fn symmetric_difference_of(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<Dict> {
    let out = as_storage(vm, other)?;
    for e in super::set_order::ordered_entries(d) {
        if out.remove_hashed(vm, &e.key, e.hash)?.is_none() {
            out.set_hashed(vm, e.key, e.hash, Value::None)?;
        }
    }
    Ok(out)
}

/// `d ^= other`: `d` updated with `other`'s elements.
fn symmetric_difference_update_of(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<Dict> {
    let out = d.copy();
    let theirs = as_storage(vm, other)?;
    for e in super::set_order::ordered_entries(&theirs) {
        if out.remove_hashed(vm, &e.key, e.hash)?.is_none() {
            out.set_hashed(vm, e.key, e.hash, Value::None)?;
        }
    }
    Ok(out)
}

/// Every element of `a` is in `b`.
pub(super) fn is_subset(vm: &mut Vm, a: &Dict, b: &Dict) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for e in a.entries() {
        if !contains(vm, b, &e.key, e.hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(super) fn compare_storages(vm: &mut Vm, x: &Dict, y: &Dict, op: CompareOp) -> PyResult<bool> {
    Ok(match op {
        CompareOp::Eq => x.len() == y.len() && is_subset(vm, x, y)?,
        CompareOp::Ne => !(x.len() == y.len() && is_subset(vm, x, y)?),
        CompareOp::Le => is_subset(vm, x, y)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(vm, x, y)?,
        CompareOp::Ge => is_subset(vm, y, x)?,
        CompareOp::Gt => y.len() < x.len() && is_subset(vm, y, x)?,
    })
}

// ---- methods ----

/// The other operands of a variadic method (`s.union(a, b, c)`).
fn others<'a>(args: &Args<'a>, ty: &str, name: &str) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    Ok(&args.values[1..])
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy", false)?;
    let me = &args.values[0];
    no_args(&args, if is_frozen(me) { "frozenset" } else { "set" }, "copy")?;
    if is_frozen(me) && me.as_obj().is_some_and(|o| o.class_data().is_builtin()) {
        return Ok(me.clone());
    }
    Ok(set_value(is_frozen(me), d.copy()))
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "union", false)?;
    let frozen = is_frozen(&args.values[0]);
    let out = d.copy();
    for o in others(&args, "set", "union")? {
        union_into(vm, &out, o)?;
    }
    Ok(set_value(frozen, out))
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "intersection", false)?;
    let frozen = is_frozen(&args.values[0]);
    let mut out = d.copy();
    for o in others(&args, "set", "intersection")? {
        out = intersection_of(vm, &out, o)?;
    }
    Ok(set_value(frozen, out))
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "difference", false)?;
    let frozen = is_frozen(&args.values[0]);
    let mut out = d.copy();
    for o in others(&args, "set", "difference")? {
        out = difference_of(vm, &out, o)?;
    }
    Ok(set_value(frozen, out))
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "symmetric_difference", false)?;
    let frozen = is_frozen(&args.values[0]);
    let o = one_arg(&args, if frozen { "frozenset" } else { "set" }, "symmetric_difference")?;
    Ok(set_value(frozen, symmetric_difference_of(vm, d, o)?))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "issubset", false)?;
    let o = one_arg(&args, "set", "issubset")?;
    let theirs = match storage(o) {
        Some(s) => s.copy(),
        None => {
            // CPython builds a set from the iterable with plain hashing here.
            let t = Dict::new();
            for k in vm.collect_iterable(o)? {
                t.set(vm, k, Value::None)?;
            }
            t
        }
    };
    Ok(Value::Bool(is_subset(vm, d, &theirs)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "issuperset", false)?;
    let o = one_arg(&args, "set", "issuperset")?;
    for (k, h) in elements(vm, o)? {
        if !contains(vm, d, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "isdisjoint", false)?;
    let o = one_arg(&args, "set", "isdisjoint")?;
    for (k, h) in elements(vm, o)? {
        if contains(vm, d, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// A binary operator: both operands must be sets (or frozensets); the result has the type
/// of the left one.
fn binary(vm: &mut Vm, args: Args, name: &str, reflected: bool, f: fn(&mut Vm, &Dict, &Value) -> PyResult<Dict>) -> PyResult<Value> {
    this(vm, &args, name, false)?;
    let other = one_arg(&args, "set", name)?;
    if storage(other).is_none() {
        return Ok(not_implemented());
    }
    let (left, right) = if reflected { (other, &args.values[0]) } else { (&args.values[0], other) };
    let Some(d) = storage(left) else { return Ok(not_implemented()) };
    let out = f(vm, d, right)?;
    Ok(set_value(is_frozen(left), out))
}

fn or_of(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<Dict> {
    let out = d.copy();
    union_into(vm, &out, other)?;
    Ok(out)
}

fn set_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__or__", false, or_of)
}
fn set_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__and__", false, intersection_of)
}
fn set_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__sub__", false, difference_of)
}
fn set_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__xor__", false, symmetric_difference_of)
}
fn set_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__ror__", true, or_of)
}
fn set_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__rand__", true, intersection_of)
}
fn set_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__rsub__", true, difference_of)
}
fn set_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__rxor__", true, symmetric_difference_of)
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let d = this(vm, &args, name, false)?;
    let other = one_arg(&args, "set", name)?;
    let Some(o) = storage(other) else { return Ok(not_implemented()) };
    Ok(Value::Bool(compare_storages(vm, d, o, op)?))
}

fn set_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn set_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn set_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn set_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn set_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn set_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn set_contains_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__", false)?;
    let item = one_arg(&args, "set", "__contains__")?;
    Ok(Value::Bool(set_contains(vm, d, item)?))
}

/// `item in s` for a set's storage (an unhashable set item is looked up as a frozenset).
pub fn set_contains(vm: &mut Vm, d: &Dict, item: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(vm, item)?;
    contains(vm, d, &k, h)
}

fn set_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__len__", false)?;
    no_args(&args, "set", "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn set_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__iter__", false)?;
    no_args(&args, "set", "__iter__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("set expected")) };
    Ok(new_iterator(IterState::Set { set: o.clone(), keys: super::set_iteration_order(d), pos: 0, len: d.len() }))
}

fn set_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__", false)?;
    no_args(&args, "set", "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("set expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}

fn set_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reduce__", false)?;
    no_args(&args, "set", "__reduce__")?;
    let me = &args.values[0];
    let state = me.as_obj().and_then(|o| o.dict_if_present()).map_or(Value::None, |d| Value::Obj(d.clone()));
    Ok(new_tuple(vec![Value::Obj(vm.class_of(me)), new_tuple(vec![new_list(super::set_iteration_order(d))]), state]))
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__hash__", false)?;
    no_args(&args, "frozenset", "__hash__")?;
    let hashes: Vec<i64> = d.entries().iter().map(|e| e.hash).collect();
    Ok(Value::Int(super::frozenset_hash(&hashes)))
}

// ---- mutators (set only) ----

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "add", true)?;
    let item = one_arg(&args, "set", "add")?;
    let h = element_hash(vm, item)?;
    d.set_hashed(vm, item.clone(), h, Value::None)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "remove", true)?;
    let item = one_arg(&args, "set", "remove")?;
    let (k, h) = lookup_key(vm, item)?;
    match d.remove_hashed(vm, &k, h)? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_args("KeyError", vec![item.clone()])),
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "discard", true)?;
    let item = one_arg(&args, "set", "discard")?;
    let (k, h) = lookup_key(vm, item)?;
    d.remove_hashed(vm, &k, h)?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop", true)?;
    no_args(&args, "set", "pop")?;
    // The first element in CPython's iteration order.
    loop {
        let Some(first) = super::set_iteration_order(d).into_iter().next() else {
            return Err(PyErr::new("KeyError", "pop from an empty set"));
        };
        let h = vm.hash(&first)?;
        if d.remove_hashed(vm, &first, h)?.is_some() {
            return Ok(first);
        }
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear", true)?;
    no_args(&args, "set", "clear")?;
    d.clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "update", true)?;
    for o in others(&args, "set", "update")? {
        union_into(vm, d, o)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "intersection_update", true)?;
    let mut out = d.copy();
    for o in others(&args, "set", "intersection_update")? {
        out = intersection_of(vm, &out, o)?;
    }
    d.replace_with(out);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "difference_update", true)?;
    for o in others(&args, "set", "difference_update")? {
        for (k, h) in elements(vm, o)? {
            d.remove_hashed(vm, &k, h)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "symmetric_difference_update", true)?;
    let o = one_arg(&args, "set", "symmetric_difference_update")?;
    let out = symmetric_difference_update_of(vm, d, o)?;
    d.replace_with(out);
    Ok(Value::None)
}

/// An in-place operator: the other operand must be a set; the receiver is updated and returned.
fn inplace(vm: &mut Vm, args: Args, name: &str, f: fn(&mut Vm, &Dict, &Value) -> PyResult<Dict>) -> PyResult<Value> {
    let d = this(vm, &args, name, true)?;
    let other = one_arg(&args, "set", name)?;
    if storage(other).is_none() {
        return Ok(not_implemented());
    }
    let out = f(vm, d, other)?;
    d.replace_with(out);
    Ok(args.values[0].clone())
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ior__", or_of)
}
fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__iand__", intersection_of)
}
fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__isub__", difference_of)
}
fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ixor__", symmetric_difference_update_of)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__init__", true)?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    let [iterable] = positional::<1>(&args, "set", "set", 0)?;
    let out = Dict::new();
    if let Some(it) = iterable {
        union_into(vm, &out, it)?;
    }
    d.replace_with(out);
    Ok(Value::None)
}
