//! Methods of `dict`, with the special methods Python code calls explicitly
//! (`dict.__getitem__` with `__missing__` for subclasses, `dict.__setitem__`, `dict.__or__`,
//! ...). The views (`keys()`, `values()`, `items()`) are in `methods_dictview.rs`.

use ophis_compiler::CompareOp;

use super::method_args::{no_args, not_implemented, one_arg, positional, receiver_as, unhashable_as};
use super::methods_str::req;
use super::{add_method, intern, new_list, new_str, new_tuple};
use crate::dict::Dict;
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{DictPart, IterState, new_dict_view, new_iterator};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__init__", dict_init),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__repr__", dict_repr),
    ];
    let t = &types::builtin().dict;
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    super::add_classmethod(t, "fromkeys", dict_fromkeys);
    t.as_type().expect("type").dict.set_str(intern("__hash__"), Value::None);
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Dict> {
    receiver_as(vm, args, "dict", name, |v| match v.kind() {
        Some(Kind::Dict(d)) => Some(d),
        _ => None,
    })
}

fn new_dict(d: Dict) -> Value {
    Value::Obj(Object::new(types::builtin().dict.clone(), Kind::Dict(d)))
}

/// The hash of a dict key, with CPython's message for unhashable ones.
pub(super) fn key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    vm.hash(key).map_err(|e| unhashable_as(vm, e, key, "a dict key"))
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    let [key, default] = positional::<2>(&args, "dict", "get", 1)?;
    let key = req(key);
    let h = key_hash(vm, key)?;
    Ok(d.get_hashed(vm, key, h)?.unwrap_or_else(|| default.cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args, name: &str, part: DictPart) -> PyResult<Value> {
    this(vm, &args, name)?;
    no_args(&args, "dict", name)?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("dict expected")) };
    Ok(new_dict_view(o.clone(), part))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "keys", DictPart::Keys)
}
fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "values", DictPart::Values)
}
fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "items", DictPart::Items)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let [key, default] = positional::<2>(&args, "dict", "pop", 1)?;
    let key = req(key);
    let h = key_hash(vm, key)?;
    match d.remove_hashed(vm, key, h)? {
        Some(v) => Ok(v),
        None => match default {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::with_args("KeyError", vec![key.clone()])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    no_args(&args, "dict", "popitem")?;
    match d.pop_last() {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])),
        None => Err(PyErr::new("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let [key, default] = positional::<2>(&args, "dict", "setdefault", 1)?;
    let key = req(key);
    let h = key_hash(vm, key)?;
    d.setdefault_hashed(vm, key.clone(), h, default.cloned().unwrap_or(Value::None))
}

/// `dict.update(source, **kwargs)` semantics into the dict `target`: a mapping (anything with
/// `keys()`) or an iterable of pairs, then the keyword arguments.
pub(super) fn dict_update_from(vm: &mut Vm, target: &Value, source: Option<&Value>, args: Args) -> PyResult<()> {
    let d = match target.kind() {
        Some(Kind::Dict(d)) => d,
        _ => return Err(PyErr::type_error("descriptor requires a 'dict' object")),
    };
    if let Some(src) = source {
        let has_keys = matches!(src.kind(), Some(Kind::Dict(_))) || types::lookup(&vm.class_of(src), "keys").is_some();
        if has_keys {
            vm.dict_merge(target, src, None)?;
        } else {
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                if !vm.has_iter(&item) {
                    return Err(PyErr::type_error("object is not iterable"));
                }
                let pair = vm.collect_iterable(&item)?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (Some(k), Some(v)) = (p.next(), p.next()) else { continue };
                let h = key_hash(vm, &k)?;
                d.set_hashed(vm, k, h, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.kw() {
        d.set(vm, new_str(k), v.clone())?;
    }
    Ok(())
}

fn update_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    this(vm, &args, name)?;
    let pos = args.pos();
    if pos.len() > 2 {
        let what = if name == "__init__" { "dict" } else { "update" };
        return Err(PyErr::type_error(format!("{what} expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let kw = Args { values: &args.values[pos.len()..], kwnames: args.kwnames };
    dict_update_from(vm, &args.values[0], pos.get(1), kw)?;
    Ok(Value::None)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_impl(vm, args, "update")
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_impl(vm, args, "__init__")
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    no_args(&args, "dict", "clear")?;
    d.clear();
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    no_args(&args, "dict", "copy")?;
    Ok(new_dict(d.copy()))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let [iterable, value] = positional::<2>(&args, &super::method_args::class_name(&args, "dict"), "fromkeys", 1)?;
    let value = value.cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[], &[])?;
    let exact = matches!(&d, Value::Obj(o) if o.class_data().is_builtin() && matches!(o.kind, Kind::Dict(_)));
    for k in vm.collect_iterable(req(iterable))? {
        match (&d, exact) {
            (Value::Obj(o), true) => {
                let h = key_hash(vm, &k)?;
                if let Kind::Dict(dd) = &o.kind {
                    dd.set_hashed(vm, k, h, value.clone())?;
                }
            }
            _ => vm.setitem(&d, k, value.clone())?,
        }
    }
    Ok(d)
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    let key = one_arg(&args, "dict", "__getitem__")?;
    let h = key_hash(vm, key)?;
    if let Some(v) = d.get_hashed(vm, key, h)? {
        return Ok(v);
    }
    // A subclass's __missing__ supplies missing keys.
    let me = &args.values[0];
    if me.as_obj().is_some_and(|o| !o.class_data().is_builtin()) {
        if let Some(r) = vm.call_method(me, "__missing__", std::slice::from_ref(key))? {
            return Ok(r);
        }
    }
    Err(PyErr::with_args("KeyError", vec![key.clone()]))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    let [key, value] = positional::<2>(&args, "dict", "__setitem__", 2)?;
    let key = req(key);
    let h = key_hash(vm, key)?;
    d.set_hashed(vm, key.clone(), h, req(value).clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    let key = one_arg(&args, "dict", "__delitem__")?;
    let h = key_hash(vm, key)?;
    match d.remove_hashed(vm, key, h)? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_args("KeyError", vec![key.clone()])),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    let key = one_arg(&args, "dict", "__contains__")?;
    let h = key_hash(vm, key)?;
    Ok(Value::Bool(d.get_hashed(vm, key, h)?.is_some()))
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__len__")?;
    no_args(&args, "dict", "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__iter__")?;
    no_args(&args, "dict", "__iter__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("dict expected")) };
    Ok(new_iterator(IterState::Dict { dict: o.clone(), pos: 0, len: d.len(), what: DictPart::Keys }))
}

/// Reverse iteration over a snapshot of the keys, values or items.
pub(super) fn reversed_part(d: &Dict, part: DictPart) -> Value {
    let mut items: Vec<Value> = match part {
        DictPart::Keys => d.keys(),
        DictPart::Values => d.values(),
        DictPart::Items => d.entries().into_iter().map(|e| new_tuple(vec![e.key, e.value])).collect(),
    };
    items.reverse();
    let b = types::builtin();
    let class = match part {
        DictPart::Keys => &b.dict_reversekeyiterator,
        DictPart::Values => &b.dict_reversevalueiterator,
        DictPart::Items => &b.dict_reverseitemiterator,
    };
    match new_list(items) {
        Value::Obj(o) => super::methods_iter::iterator_of(class, IterState::List { list: o, index: 0 }),
        other => other,
    }
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reversed__")?;
    no_args(&args, "dict", "__reversed__")?;
    Ok(reversed_part(d, DictPart::Keys))
}

/// Same keys, and for each key values that are identical or equal.
fn dicts_equal(vm: &mut Vm, x: &Dict, y: &Dict) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for e in x.entries() {
        match y.get_hashed(vm, &e.key, e.hash)? {
            Some(v) if v.is(&e.value) || vm.eq(&v, &e.value)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    let other = one_arg(&args, "dict", name)?;
    let Some(Kind::Dict(o)) = other.kind() else { return Ok(not_implemented()) };
    let eq = dicts_equal(vm, d, o)?;
    Ok(Value::Bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn dict_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}

fn merged(vm: &mut Vm, left: &Dict, right: &Dict) -> PyResult<Value> {
    let out = left.copy();
    for e in right.entries() {
        out.set_hashed(vm, e.key, e.hash, e.value)?;
    }
    Ok(new_dict(out))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__or__")?;
    let other = one_arg(&args, "dict", "__or__")?;
    let Some(Kind::Dict(o)) = other.kind() else { return Ok(not_implemented()) };
    merged(vm, d, o)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__ror__")?;
    let other = one_arg(&args, "dict", "__ror__")?;
    let Some(Kind::Dict(o)) = other.kind() else { return Ok(not_implemented()) };
    merged(vm, o, d)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__ior__")?;
    let other = one_arg(&args, "dict", "__ior__")?;
    dict_update_from(vm, &args.values[0], Some(other), Args::positional(&[]))?;
    Ok(args.values[0].clone())
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__")?;
    no_args(&args, "dict", "__repr__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("dict expected")) };
    Ok(new_str(vm.builtin_repr(o)?))
}
