//! Methods of `set` and `frozenset`: the set algebra (`union`, `intersection_update`,
//! `symmetric_difference`, `issubset`, `isdisjoint`, ...), the mutators, and the special
//! methods (`__or__`, `__iand__`, comparisons, ...). Dict views use the same algebra.
//!
//! Each operation builds its result the way CPython's `setobject.c` does (which operand is
//! copied, which one is walked, in which order), so that the resulting table — and with it the
//! iteration order — is CPython's (see `set_table.rs`).

use ophis_compiler::{BinaryOp, CompareOp};

use super::method_args::{no_args, not_implemented, one_arg, positional, receiver_as, unhashable_as};
use super::{add_method, intern, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::object::{Kind, Object};
use crate::set_table::SetTable;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    // Methods of both set and frozenset.
    let shared: &[(&str, NativeFn, NativeFn)] = &[
        ("copy", set_copy::<false>, set_copy::<true>),
        ("union", set_union::<false>, set_union::<true>),
        ("intersection", set_intersection::<false>, set_intersection::<true>),
        ("difference", set_difference::<false>, set_difference::<true>),
        ("symmetric_difference", set_symmetric_difference::<false>, set_symmetric_difference::<true>),
        ("issubset", set_issubset::<false>, set_issubset::<true>),
        ("issuperset", set_issuperset::<false>, set_issuperset::<true>),
        ("isdisjoint", set_isdisjoint::<false>, set_isdisjoint::<true>),
        ("__or__", set_or::<false>, set_or::<true>),
        ("__and__", set_and::<false>, set_and::<true>),
        ("__sub__", set_sub::<false>, set_sub::<true>),
        ("__xor__", set_xor::<false>, set_xor::<true>),
        ("__ror__", set_ror::<false>, set_ror::<true>),
        ("__rand__", set_rand::<false>, set_rand::<true>),
        ("__rsub__", set_rsub::<false>, set_rsub::<true>),
        ("__rxor__", set_rxor::<false>, set_rxor::<true>),
        ("__eq__", set_eq::<false>, set_eq::<true>),
        ("__ne__", set_ne::<false>, set_ne::<true>),
        ("__lt__", set_lt::<false>, set_lt::<true>),
        ("__le__", set_le::<false>, set_le::<true>),
        ("__gt__", set_gt::<false>, set_gt::<true>),
        ("__ge__", set_ge::<false>, set_ge::<true>),
        ("__contains__", set_contains_method::<false>, set_contains_method::<true>),
        ("__len__", set_len::<false>, set_len::<true>),
        ("__iter__", set_iter::<false>, set_iter::<true>),
        ("__repr__", set_repr::<false>, set_repr::<true>),
        ("__reduce__", set_reduce::<false>, set_reduce::<true>),
    ];
    let mutators: &[(&str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update_method),
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
    for (name, f, g) in shared {
        add_method(&b.set, name, *f);
        add_method(&b.frozenset, name, *g);
    }
    for (name, f) in mutators {
        add_method(&b.set, name, *f);
    }
    add_method(&b.frozenset, "__hash__", frozenset_hash);
    b.set.as_type().expect("type").dict.set_str(intern("__hash__"), Value::None);
}

/// The table of a set or frozenset (or subclass) value.
pub(super) fn storage(v: &Value) -> Option<&SetTable> {
    match v.kind()? {
        Kind::Set(t) => Some(t),
        _ => None,
    }
}

pub(super) fn is_frozen(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| types::is_subtype(&o.class(), &types::builtin().frozenset))
}

/// A new set (or frozenset) holding `t`.
pub(super) fn set_value(frozen: bool, t: SetTable) -> Value {
    let b = types::builtin();
    Value::Obj(Object::new(if frozen { b.frozenset.clone() } else { b.set.clone() }, Kind::Set(t)))
}

/// The receiver: a set for set's methods (`F` false), a frozenset for frozenset's (subclasses
/// included), as the descriptor checks in CPython.
fn this<'a, const F: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a SetTable> {
    receiver_as(vm, args, ty::<F>(), name, |v| if is_frozen(v) == F { storage(v) } else { None })
}

fn ty<const F: bool>() -> &'static str {
    if F { "frozenset" } else { "set" }
}

/// The hash of a set element, with CPython's message for unhashable ones.
pub(super) fn element_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.hash(v).map_err(|e| unhashable_as(vm, e, v, "a set element"))
}

/// The hash of a lookup key: an unhashable set is looked up as the equal frozenset, as CPython
/// does for `{1} in s`, `s.remove({1})`.
fn lookup_key(vm: &mut Vm, v: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(v) {
        Ok(h) => Ok((v.clone(), h)),
        Err(e) => match storage(v) {
            Some(t) if e.is("TypeError") => {
                let f = set_value(true, t.copy());
                let h = vm.hash(&f)?;
                Ok((f, h))
            }
            _ => Err(unhashable_as(vm, e, v, "a set element")),
        },
    }
}

/// `item in s` for a set's table (an unhashable set item is looked up as a frozenset).
pub fn set_contains(vm: &mut Vm, t: &SetTable, item: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(vm, item)?;
    t.contains(vm, &k, h)
}

/// CPython's `set_update_internal`: merge another set, add an exact dict's keys after one
/// resize, or add the items of any other iterable.
pub fn set_update(vm: &mut Vm, t: &SetTable, iterable: &Value) -> PyResult<()> {
    if let Some(other) = storage(iterable) {
        return t.update_from(vm, other);
    }
    if let (Some(Kind::Dict(d)), true) = (iterable.kind(), iterable.as_obj().is_some_and(|o| o.class_data().is_builtin())) {
        let entries = d.entries();
        t.reserve_for(entries.len());
        for e in entries {
            t.add(vm, e.key, e.hash)?;
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(k) = vm.next(&it)? {
        let h = element_hash(vm, &k)?;
        t.add(vm, k, h)?;
    }
    Ok(())
}

/// A new table from any iterable (`set(iterable)`).
pub(super) fn table_from(vm: &mut Vm, iterable: &Value) -> PyResult<SetTable> {
    let t = SetTable::new();
    set_update(vm, &t, iterable)?;
    Ok(t)
}

// ---- the algebra, as CPython's setobject.c computes it ----

/// `so & other` (`set_intersection`): walk the smaller set (the other one on a tie), or the
/// other iterable, keeping what the receiver contains.
pub(super) fn intersection_of(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<SetTable> {
    let result = SetTable::new();
    if let Some(o) = storage(other) {
        if std::ptr::eq(so, o) {
            return Ok(so.copy());
        }
        let (probed, walked) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (k, h) in walked.entries() {
            if probed.contains(vm, &k, h)? {
                result.add(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if so.contains(vm, &k, h)? {
            result.add(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so -= other` (`set_difference_update_internal`).
pub(super) fn difference_update_of(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<()> {
    if let Some(o) = storage(other) {
        if std::ptr::eq(so, o) {
            so.clear();
            return Ok(());
        }
        for (k, h) in o.entries() {
            so.discard(vm, &k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = element_hash(vm, &k)?;
        so.discard(vm, &k, h)?;
    }
    Ok(())
}

/// `so - other` (`set_difference`): walk the receiver when `other` is a set or dict not much
/// smaller than it, else copy the receiver and remove `other`'s elements.
pub(super) fn difference_of(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<SetTable> {
    let exact_dict = match other.kind() {
        Some(Kind::Dict(d)) if other.as_obj().is_some_and(|o| o.class_data().is_builtin()) => Some(d),
        _ => None,
    };
    let other_len = match (storage(other), exact_dict) {
        (Some(o), _) => o.len(),
        (None, Some(d)) => d.len(),
        _ => usize::MAX,
    };
    if other_len == usize::MAX || (so.len() >> 2) > other_len {
        let result = so.copy();
        difference_update_of(vm, &result, other)?;
        return Ok(result);
    }
    let result = SetTable::new();
    for (k, h) in so.entries() {
        let present = match (storage(other), exact_dict) {
            (Some(o), _) => o.contains(vm, &k, h)?,
            (None, Some(d)) => d.get_hashed(vm, &k, h)?.is_some(),
            _ => false,
        };
        if !present {
            result.add(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so ^= other` (`set_symmetric_difference_update`), in place.
pub(super) fn symmetric_difference_update_of(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<()> {
    let entries: Vec<(Value, i64)> = match (storage(other), other.kind()) {
        (Some(o), _) if std::ptr::eq(so, o) => {
            so.clear();
            return Ok(());
        }
        (Some(o), _) => o.entries(),
        (None, Some(Kind::Dict(d))) if other.as_obj().is_some_and(|o| o.class_data().is_builtin()) => {
            d.entries().into_iter().map(|e| (e.key, e.hash)).collect()
        }
        _ => table_from(vm, other)?.entries(),
    };
    for (k, h) in entries {
        if !so.discard(vm, &k, h)? {
            so.add(vm, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other` (`set_symmetric_difference`): a set of `other`'s elements, updated with the
/// receiver's.
pub(super) fn symmetric_difference_of(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<SetTable> {
    let result = table_from(vm, other)?;
    for (k, h) in so.entries() {
        if !result.discard(vm, &k, h)? {
            result.add(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so | other` (`set_or`): a copy of the receiver merged with the other.
pub(super) fn union_of(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<SetTable> {
    let result = so.copy();
    set_update(vm, &result, other)?;
    Ok(result)
}

/// Every element of `a` is in `b`.
pub(super) fn is_subset(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (k, h) in a.entries() {
        if !b.contains(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(super) fn compare_storages(vm: &mut Vm, x: &SetTable, y: &SetTable, op: CompareOp) -> PyResult<bool> {
    Ok(match op {
        CompareOp::Eq => x.len() == y.len() && is_subset(vm, x, y)?,
        CompareOp::Ne => !(x.len() == y.len() && is_subset(vm, x, y)?),
        CompareOp::Le => is_subset(vm, x, y)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(vm, x, y)?,
        CompareOp::Ge => is_subset(vm, y, x)?,
        CompareOp::Gt => y.len() < x.len() && is_subset(vm, y, x)?,
    })
}

/// `a op b` for two sets (the native operator path): the result has the type of `a`, or in
/// place into `a` (a set) for the augmented forms.
pub fn operator(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
    let (Some(x), Some(_)) = (storage(a), storage(b)) else { return Ok(not_implemented()) };
    if inplace && !is_frozen(a) {
        match op {
            BinaryOp::Or => set_update(vm, x, b)?,
            BinaryOp::And => x.replace_with(intersection_of(vm, x, b)?),
            BinaryOp::Subtract => difference_update_of(vm, x, b)?,
            _ => symmetric_difference_update_of(vm, x, b)?,
        }
        return Ok(a.clone());
    }
    let result = match op {
        BinaryOp::Or => union_of(vm, x, b)?,
        BinaryOp::And => intersection_of(vm, x, b)?,
        BinaryOp::Subtract => difference_of(vm, x, b)?,
        _ => symmetric_difference_of(vm, x, b)?,
    };
    Ok(set_value(is_frozen(a), result))
}

// ---- methods ----

/// The other operands of a variadic method (`s.union(a, b, c)`).
fn others<'a>(args: &Args<'a>, ty: &str, name: &str) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    Ok(&args.values[1..])
}

fn set_copy<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "copy")?;
    let me = &args.values[0];
    no_args(&args, ty::<F>(), "copy")?;
    if is_frozen(me) && me.as_obj().is_some_and(|o| o.class_data().is_builtin()) {
        return Ok(me.clone());
    }
    Ok(set_value(is_frozen(me), t.copy()))
}

fn set_union<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "union")?;
    let frozen = is_frozen(&args.values[0]);
    let result = t.copy();
    for o in others(&args, ty::<F>(), "union")? {
        set_update(vm, &result, o)?;
    }
    Ok(set_value(frozen, result))
}

fn intersection_multi(vm: &mut Vm, t: &SetTable, others: &[Value]) -> PyResult<SetTable> {
    let mut result = t.copy();
    for o in others {
        result = intersection_of(vm, &result, o)?;
    }
    Ok(result)
}

fn set_intersection<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "intersection")?;
    let frozen = is_frozen(&args.values[0]);
    let result = intersection_multi(vm, t, others(&args, ty::<F>(), "intersection")?)?;
    Ok(set_value(frozen, result))
}

fn set_difference<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "difference")?;
    let frozen = is_frozen(&args.values[0]);
    let rest = others(&args, ty::<F>(), "difference")?;
    let Some((first, more)) = rest.split_first() else { return Ok(set_value(frozen, t.copy())) };
    let result = difference_of(vm, t, first)?;
    for o in more {
        difference_update_of(vm, &result, o)?;
    }
    Ok(set_value(frozen, result))
}

fn set_symmetric_difference<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "symmetric_difference")?;
    let frozen = is_frozen(&args.values[0]);
    let o = one_arg(&args, ty::<F>(), "symmetric_difference")?;
    Ok(set_value(frozen, symmetric_difference_of(vm, t, o)?))
}

fn set_issubset<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "issubset")?;
    let o = one_arg(&args, ty::<F>(), "issubset")?;
    let result = match storage(o) {
        Some(other) => is_subset(vm, t, other)?,
        None => {
            // CPython builds a set from the iterable with plain hashing here.
            let other = SetTable::new();
            for k in vm.collect_iterable(o)? {
                let h = vm.hash(&k)?;
                other.add(vm, k, h)?;
            }
            is_subset(vm, t, &other)?
        }
    };
    Ok(Value::Bool(result))
}

fn set_issuperset<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "issuperset")?;
    let o = one_arg(&args, ty::<F>(), "issuperset")?;
    if let Some(other) = storage(o) {
        return Ok(Value::Bool(is_subset(vm, other, t)?));
    }
    let it = vm.iter(o)?;
    while let Some(k) = vm.next(&it)? {
        let h = element_hash(vm, &k)?;
        if !t.contains(vm, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "isdisjoint")?;
    let o = one_arg(&args, ty::<F>(), "isdisjoint")?;
    if let Some(other) = storage(o) {
        let (probed, walked) = if other.len() > t.len() { (other, t) } else { (t, other) };
        for (k, h) in walked.entries() {
            if probed.contains(vm, &k, h)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.iter(o)?;
    while let Some(k) = vm.next(&it)? {
        let h = element_hash(vm, &k)?;
        if t.contains(vm, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// A binary operator: both operands must be sets (or frozensets); the result has the type of
/// the left one.
fn binary<const F: bool>(vm: &mut Vm, args: Args, name: &str, reflected: bool, op: BinaryOp) -> PyResult<Value> {
    this::<F>(vm, &args, name)?;
    let other = one_arg(&args, ty::<F>(), name)?;
    if storage(other).is_none() {
        return Ok(not_implemented());
    }
    let (left, right) = if reflected { (other, &args.values[0]) } else { (&args.values[0], other) };
    operator(vm, left, right, op, false)
}

fn set_or<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__or__", false, BinaryOp::Or)
}
fn set_and<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__and__", false, BinaryOp::And)
}
fn set_sub<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__sub__", false, BinaryOp::Subtract)
}
fn set_xor<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__xor__", false, BinaryOp::Xor)
}
fn set_ror<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__ror__", true, BinaryOp::Or)
}
fn set_rand<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__rand__", true, BinaryOp::And)
}
fn set_rsub<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__rsub__", true, BinaryOp::Subtract)
}
fn set_rxor<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary::<F>(vm, args, "__rxor__", true, BinaryOp::Xor)
}

fn compare<const F: bool>(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let t = this::<F>(vm, &args, name)?;
    let other = one_arg(&args, ty::<F>(), name)?;
    let Some(o) = storage(other) else { return Ok(not_implemented()) };
    Ok(Value::Bool(compare_storages(vm, t, o, op)?))
}

fn set_eq<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<F>(vm, args, "__eq__", CompareOp::Eq)
}
fn set_ne<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<F>(vm, args, "__ne__", CompareOp::Ne)
}
fn set_lt<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<F>(vm, args, "__lt__", CompareOp::Lt)
}
fn set_le<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<F>(vm, args, "__le__", CompareOp::Le)
}
fn set_gt<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<F>(vm, args, "__gt__", CompareOp::Gt)
}
fn set_ge<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<F>(vm, args, "__ge__", CompareOp::Ge)
}

fn set_contains_method<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "__contains__")?;
    let item = one_arg(&args, ty::<F>(), "__contains__")?;
    Ok(Value::Bool(set_contains(vm, t, item)?))
}

fn set_len<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "__len__")?;
    no_args(&args, ty::<F>(), "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn set_iter<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "__iter__")?;
    no_args(&args, ty::<F>(), "__iter__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("set expected")) };
    Ok(new_iterator(IterState::Set { set: o.clone(), pos: 0, len: t.len() }))
}

fn set_repr<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this::<F>(vm, &args, "__repr__")?;
    no_args(&args, ty::<F>(), "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("set expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}

fn set_reduce<const F: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<F>(vm, &args, "__reduce__")?;
    no_args(&args, ty::<F>(), "__reduce__")?;
    let me = &args.values[0];
    let state = me.as_obj().and_then(|o| o.dict_if_present()).map_or(Value::None, |d| Value::Obj(d.clone()));
    Ok(new_tuple(vec![Value::Obj(vm.class_of(me)), new_tuple(vec![new_list(t.keys())]), state]))
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<true>(vm, &args, "__hash__")?;
    no_args(&args, "frozenset", "__hash__")?;
    Ok(Value::Int(t.frozenset_hash()))
}

// ---- mutators (set only) ----

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "add")?;
    let item = one_arg(&args, "set", "add")?;
    let h = element_hash(vm, item)?;
    t.add(vm, item.clone(), h)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "remove")?;
    let item = one_arg(&args, "set", "remove")?;
    let (k, h) = lookup_key(vm, item)?;
    if t.discard(vm, &k, h)? {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args("KeyError", vec![item.clone()]))
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "discard")?;
    let item = one_arg(&args, "set", "discard")?;
    let (k, h) = lookup_key(vm, item)?;
    t.discard(vm, &k, h)?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "pop")?;
    no_args(&args, "set", "pop")?;
    t.pop().ok_or_else(|| PyErr::new("KeyError", "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "clear")?;
    no_args(&args, "set", "clear")?;
    t.clear();
    Ok(Value::None)
}

fn set_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "update")?;
    for o in others(&args, "set", "update")? {
        set_update(vm, t, o)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "intersection_update")?;
    let result = intersection_multi(vm, t, others(&args, "set", "intersection_update")?)?;
    t.replace_with(result);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "difference_update")?;
    for o in others(&args, "set", "difference_update")? {
        difference_update_of(vm, t, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "symmetric_difference_update")?;
    let o = one_arg(&args, "set", "symmetric_difference_update")?;
    symmetric_difference_update_of(vm, t, o)?;
    Ok(Value::None)
}

/// An in-place operator: the other operand must be a set; the receiver is updated and returned.
fn inplace(vm: &mut Vm, args: Args, name: &str, op: BinaryOp) -> PyResult<Value> {
    this::<false>(vm, &args, name)?;
    let other = one_arg(&args, "set", name)?;
    if storage(other).is_none() {
        return Ok(not_implemented());
    }
    operator(vm, &args.values[0], other, op, true)
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ior__", BinaryOp::Or)
}
fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__iand__", BinaryOp::And)
}
fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__isub__", BinaryOp::Subtract)
}
fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ixor__", BinaryOp::Xor)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this::<false>(vm, &args, "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    let [iterable] = positional::<1>(&args, "set", "set", 0)?;
    t.clear();
    if let Some(it) = iterable {
        set_update(vm, t, it)?;
    }
    Ok(Value::None)
}
