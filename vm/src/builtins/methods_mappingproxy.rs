//! `mappingproxy`: the read-only view of a mapping that dict views return as `.mapping` and
//! classes return as `__dict__`. Every method reads through to the underlying mapping; nothing
//! writes to it. A class's namespace is not a dict object: the proxy holds the class and reads
//! its namespace at each call (a snapshot dict for the methods that need a whole mapping).

use super::method_args::{no_args, one_arg, positional, receiver_as};
use super::{add_method, intern, new_str};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::DictView;
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

/// The payload of a mappingproxy object: the mapping it shows.
pub struct MappingProxy {
    pub mapping: Value,
}

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("__getitem__", proxy_getitem),
        ("__len__", proxy_len),
        ("__iter__", proxy_iter),
        ("__contains__", proxy_contains),
        ("__repr__", proxy_repr),
        ("__str__", proxy_str),
        ("__eq__", proxy_eq),
        ("__or__", proxy_or),
        ("get", proxy_get),
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("copy", proxy_copy),
    ];
    let b = types::builtin();
    for (name, f) in methods {
        add_method(&b.mappingproxy, name, *f);
    }
    // `view.mapping`: a read-only getset of the three dict views.
    for t in [&b.dict_keys, &b.dict_values, &b.dict_items] {
        crate::descriptor::add_getset(t, "mapping", view_mapping, None, Some("dictionary that this view refers to"));
    }
}

pub fn new_mappingproxy(mapping: Value) -> Value {
    Value::Obj(Object::new(types::builtin().mappingproxy.clone(), Kind::Native(Box::new(MappingProxy { mapping }))))
}

fn view_mapping(_vm: &mut Vm, view: &Value, _name: &str) -> PyResult<Value> {
    match view.as_obj().and_then(|o| o.as_native::<DictView>()) {
        Some(view) => Ok(new_mappingproxy(Value::Obj(view.dict.clone()))),
        None => Err(PyErr::type_error("descriptor 'mapping' needs a dict view")),
    }
}

/// The mapping shown: the proxied mapping, or a snapshot of a class's namespace.
fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let p = receiver_as(vm, args, "mappingproxy", name, |v| v.as_obj().and_then(|o| o.as_native::<MappingProxy>()))?;
    let m = p.mapping.clone();
    match m.as_obj().and_then(|o| o.as_type()) {
        Some(t) => {
            let d = crate::dict::new_dict_object();
            for e in t.dict.entries() {
                d.as_dict().expect("dict").set_hashed(vm, e.key, e.hash, e.value)?;
            }
            Ok(Value::Obj(d))
        }
        None => Ok(m),
    }
}

/// The class whose namespace the proxy shows, if it shows one.
fn proxied_type<'a>(args: &Args<'a>) -> Option<&'a crate::types::TypeData> {
    args.values.first()?.as_obj()?.as_native::<MappingProxy>()?.mapping.as_obj()?.as_type()
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = one_arg(&args, "mappingproxy", "__getitem__")?;
    if let Some(t) = proxied_type(&args) {
        return match t.dict.get(vm, key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args("KeyError", vec![key.clone()])),
        };
    }
    let m = this(vm, &args, "__getitem__")?;
    vm.getitem(&m, key)
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__len__")?;
    no_args(&args, "mappingproxy", "__len__")?;
    Ok(Value::Int(super::functions::length(vm, &m)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__iter__")?;
    no_args(&args, "mappingproxy", "__iter__")?;
    vm.iter(&m)
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = one_arg(&args, "mappingproxy", "__contains__")?;
    if let Some(t) = proxied_type(&args) {
        return Ok(Value::Bool(t.dict.get(vm, key)?.is_some()));
    }
    let m = this(vm, &args, "__contains__")?;
    Ok(Value::Bool(vm.contains(&m, key)?))
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__repr__")?;
    no_args(&args, "mappingproxy", "__repr__")?;
    Ok(new_str(format!("mappingproxy({})", vm.repr_string(&m)?)))
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__str__")?;
    no_args(&args, "mappingproxy", "__str__")?;
    Ok(Value::Obj(vm.str(&m)?))
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__eq__")?;
    let other = one_arg(&args, "mappingproxy", "__eq__")?;
    vm.rich_compare(&m, other, ophis_compiler::CompareOp::Eq)
}

fn proxy_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__or__")?;
    let other = one_arg(&args, "mappingproxy", "__or__")?;
    vm.binary_op(m, other.clone(), ophis_compiler::BinaryOp::Or)
}

/// Calls the mapping's own method `name` with the arguments after the receiver.
fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let m = this(vm, &args, name)?;
    let rest = args.values.get(1..).unwrap_or(&[]);
    let method = vm.getattr(&m, &intern(name))?;
    vm.call(&method, rest, args.kwnames)
}

fn proxy_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional::<2>(&args, "mappingproxy", "get", 1)?;
    forward(vm, args, "get")
}
fn proxy_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "mappingproxy", "keys")?;
    forward(vm, args, "keys")
}
fn proxy_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "mappingproxy", "values")?;
    forward(vm, args, "values")
}
fn proxy_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "mappingproxy", "items")?;
    forward(vm, args, "items")
}
fn proxy_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "mappingproxy", "copy")?;
    forward(vm, args, "copy")
}
