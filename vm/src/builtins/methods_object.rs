//! The introspection and pickling defaults of `object`, `type` and `module`: `__dir__`,
//! `__sizeof__`, `__getstate__`, `__reduce__`/`__reduce_ex__` (with the `__newobj__` and
//! `_reconstructor` helpers they name), `__subclasshook__`; and `dir()` built on `__dir__`.

use super::method_args::{no_args, one_arg};
use super::{add_classmethod, add_method, native_function, new_list, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let b = types::builtin();
    add_method(&b.object, "__dir__", object_dir);
    add_method(&b.object, "__sizeof__", object_sizeof);
    add_method(&b.object, "__getstate__", object_getstate);
    add_method(&b.object, "__reduce__", object_reduce);
    add_method(&b.object, "__reduce_ex__", object_reduce_ex);
    add_classmethod(&b.object, "__subclasshook__", object_subclasshook);
    add_method(&b.type_, "__dir__", type_dir);
    add_method(&b.module, "__dir__", module_dir);
}

fn str_keys(d: &crate::dict::Dict, out: &mut Vec<Value>) {
    out.extend(d.keys().into_iter().filter(|k| k.as_str().is_some()));
}

/// `object.__dir__()`: the instance's `__dict__` keys and the attributes of its class and bases.
fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "object", "__dir__")?;
    let Some(obj) = args.values.first() else { return Err(super::method_args::missing_receiver("object", "__dir__")) };
    let mut names = Vec::new();
    match vm.getattr(obj, &super::intern("__dict__")) {
        Ok(d) => {
            if let Some(d) = d.as_obj().and_then(|o| o.as_dict()) {
                str_keys(d, &mut names);
            } else {
                names.extend(vm.collect_iterable(&d)?);
            }
        }
        Err(e) if e.is("AttributeError") => {}
        Err(e) => return Err(e),
    }
    let class = match vm.getattr(obj, &super::intern("__class__")) {
        Ok(Value::Obj(c)) if c.as_type().is_some() => c,
        Ok(_) => vm.class_of(obj),
        Err(e) if e.is("AttributeError") => vm.class_of(obj),
        Err(e) => return Err(e),
    };
    class_attributes(&class, &mut names);
    Ok(new_list(dedup(vm, names)?))
}

fn class_attributes(class: &ObjRef, names: &mut Vec<Value>) {
    for t in types::mro(class) {
        if let Some(data) = t.as_type() {
            str_keys(&data.dict, names);
        }
    }
}

/// Removes repeated names, keeping the first of each (the caller, `dir()`, sorts).
fn dedup(vm: &mut Vm, names: Vec<Value>) -> PyResult<Vec<Value>> {
    let seen = crate::dict::Dict::new();
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        if seen.get(vm, &n)?.is_none() {
            seen.set(vm, n.clone(), Value::None)?;
            out.push(n);
        }
    }
    Ok(out)
}

/// `type.__dir__()`: the attributes of the class and its bases (not of its metaclass).
fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "type", "__dir__")?;
    let Some(Value::Obj(t)) = args.values.first().filter(|v| v.as_obj().is_some_and(|o| o.as_type().is_some())) else {
        return Err(super::method_args::missing_receiver("type", "__dir__"));
    };
    let mut names = Vec::new();
    class_attributes(t, &mut names);
    Ok(new_list(dedup(vm, names)?))
}

/// `module.__dir__()`: the namespace's `__dir__()` if it defines one, else its keys.
fn module_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "module", "__dir__")?;
    let Some(Value::Obj(m)) = args.values.first() else { return Err(super::method_args::missing_receiver("module", "__dir__")) };
    let dict = m.dict_or_create().clone();
    let d = dict.as_dict().expect("dict");
    if let Some(f) = d.get_str("__dir__") {
        return vm.call(&f, &[], &[]);
    }
    Ok(new_list(d.keys()))
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "object", "__sizeof__")?;
    let _ = vm;
    Ok(Value::Int(std::mem::size_of::<crate::object::Object>() as i64))
}

/// `object.__getstate__()`: the instance `__dict__` (None when empty), paired with a dict of
/// the filled `__slots__` entries when the class has slots.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "object", "__getstate__")?;
    let obj = &args.values[0];
    getstate(vm, obj)
}

fn getstate(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let Value::Obj(o) = obj else { return Ok(Value::None) };
    let dict = match o.dict_if_present() {
        Some(d) if d.as_dict().is_some_and(|d| !d.is_empty()) => Value::Obj(d.clone()),
        _ => Value::None,
    };
    if let (Kind::Slots(values), Some(slots)) = (&o.kind, &o.class_data().slots) {
        let filled: Vec<(Box<str>, Value)> = {
            let values = values.lock();
            slots.iter().zip(values.iter()).filter(|(n, _)| !matches!(&***n, "__dict__" | "__weakref__")).filter_map(|(n, v)| v.clone().map(|v| (n.clone(), v))).collect()
        };
        if !filled.is_empty() {
            let d = crate::dict::new_dict_object();
            for (n, v) in filled {
                d.as_dict().expect("dict").set(vm, super::new_str(n), v)?;
            }
            return Ok(new_tuple(vec![dict, Value::Obj(d)]));
        }
    }
    Ok(dict)
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "object", "__reduce__")?;
    reduce(vm, &args.values[0], 0)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` when it overrides object's,
/// else the default reduction for the protocol.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let protocol = one_arg(&args, "object", "__reduce_ex__")?;
    let protocol = match protocol {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    };
    let obj = args.values[0].clone();
    let class = vm.class_of(&obj);
    if let Some(r) = types::lookup(&class, "__reduce__") {
        let base = types::builtin().object.as_type().expect("type").dict.get_str("__reduce__");
        if !base.as_ref().and_then(|b| b.as_obj()).zip(r.as_obj()).is_some_and(|(a, b)| ObjRef::ptr_eq(a, b)) {
            let f = vm.getattr(&obj, &super::intern("__reduce__"))?;
            return vm.call(&f, &[], &[]);
        }
    }
    reduce(vm, &obj, protocol)
}

fn reduce(vm: &mut Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    let class = vm.class_of(obj);
    let state = match types::lookup(&class, "__getstate__") {
        Some(f) => vm.call_unbound(&f, std::slice::from_ref(obj))?,
        None => getstate(vm, obj)?,
    };
    if protocol >= 2 {
        let newobj = Value::Obj(helper("__newobj__", newobj));
        return Ok(new_tuple(vec![newobj, new_tuple(vec![Value::Obj(class)]), state, Value::None, Value::None]));
    }
    // Protocols 0 and 1: rebuilt by `_reconstructor(cls, base, base_state)` from the nearest
    // built-in base (object here: no base state).
    let base = types::builtin().object.clone();
    let reconstructor = Value::Obj(helper("_reconstructor", reconstructor));
    let args = new_tuple(vec![Value::Obj(class), Value::Obj(base), Value::None]);
    let mut items = vec![reconstructor, args];
    if !state.is_none() {
        items.push(state);
    }
    Ok(new_tuple(items))
}

fn helper(name: &'static str, f: crate::function::NativeFn) -> ObjRef {
    static HELPERS: std::sync::OnceLock<parking_lot::Mutex<Vec<(&'static str, ObjRef)>>> = std::sync::OnceLock::new();
    let table = HELPERS.get_or_init(Default::default);
    let mut t = table.lock();
    if let Some((_, o)) = t.iter().find(|(n, _)| *n == name) {
        return o.clone();
    }
    let o = native_function(name, None, f);
    t.push((name, o.clone()));
    o
}

/// `__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else { return Err(PyErr::type_error("__newobj__() missing required argument 'cls'")) };
    let new = vm.getattr(cls, &super::intern("__new__"))?;
    vm.call(&new, pos, &[])
}

/// `_reconstructor(cls, base, state)`: `object.__new__(cls)`, or `base.__new__(cls, state)`.
fn reconstructor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(PyErr::type_error(format!("_reconstructor() takes 3 positional arguments but {} were given", pos.len())));
    }
    let base_new = vm.getattr(&pos[1], &super::intern("__new__"))?;
    if pos[2].is_none() {
        return vm.call(&base_new, &pos[..1], &[]);
    }
    vm.call(&base_new, &[pos[0].clone(), pos[2].clone()], &[])
}

fn object_subclasshook(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.values.len();
    if n != 2 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("object.__subclasshook__() takes exactly one argument ({} given)", n.saturating_sub(1))));
    }
    Ok(super::method_args::not_implemented())
}

/// `dir(obj)`: `type(obj).__dir__(obj)`, as a sorted list.
pub(crate) fn dir_of_object(vm: &mut Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let class = vm.class_of(obj);
    let Some(f) = types::lookup(&class, "__dir__") else {
        return Err(PyErr::type_error("object does not provide __dir__"));
    };
    let r = vm.call_unbound(&f, std::slice::from_ref(obj))?;
    vm.collect_iterable(&r)
}
