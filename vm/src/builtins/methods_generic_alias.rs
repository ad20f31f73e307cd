//! `types.GenericAlias`: what `list[int]`, `dict[str, int]`, `tuple[int, ...]` evaluate to
//! (the `__class_getitem__` of list, tuple, dict, set, frozenset and type). It shows as
//! `list[int]`, calls its origin, compares by origin and arguments, forwards other attributes
//! to the origin, and refuses to be used with isinstance/issubclass.

use super::method_args::{no_args, not_implemented, one_arg, receiver_as};
use super::{add_classmethod, add_method, intern, native_function, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// The payload of a GenericAlias: the origin class and the argument tuple.
pub struct GenericAlias {
    pub origin: Value,
    pub args: Value,
}

pub(super) fn install() {
    let b = types::builtin();
    let t = &b.generic_alias;
    let methods: &[(&str, NativeFn)] = &[
        ("__repr__", ga_repr),
        ("__call__", ga_call),
        ("__eq__", ga_eq),
        ("__ne__", ga_ne),
        ("__hash__", ga_hash),
        ("__getattr__", ga_getattr),
        ("__mro_entries__", ga_mro_entries),
        ("__instancecheck__", ga_instancecheck),
        ("__subclasscheck__", ga_subclasscheck),
        ("__reduce__", ga_reduce),
        ("__getitem__", ga_getitem),
        // `list[int] | None` is a union, as `int | None` is.
        ("__or__", crate::generic_alias::type_or),
        ("__ror__", crate::generic_alias::type_ror),
    ];
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    let data = t.as_type().expect("type");
    data.dict.set_str(intern("__module__"), new_str("types"));
    let properties: &[(&str, NativeFn)] = &[("__origin__", ga_origin), ("__args__", ga_args), ("__parameters__", ga_parameters)];
    for (name, f) in properties {
        let fget = Value::Obj(native_function(name, None, *f));
        let p = Object::new(b.property.clone(), Kind::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None, name: parking_lot::Mutex::new(Value::None) });
        p.make_immortal();
        data.dict.set_str(intern(name), Value::Obj(p));
    }
    for owner in [&b.list, &b.tuple, &b.dict, &b.set, &b.frozenset, &b.type_, &b.enumerate, &b.memoryview] {
        add_classmethod(owner, "__class_getitem__", class_getitem);
    }
}

/// `cls[item]`: a GenericAlias of `cls` with `item` (a tuple spreads into several arguments).
pub(crate) fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let name = cls.as_obj().and_then(|c| c.as_type()).map_or_else(|| "type".to_string(), |t| t.name.to_string());
    let item = one_arg(&args, &name, "__class_getitem__")?;
    Ok(new_generic_alias(cls, item))
}

/// `types.GenericAlias(origin, args)`, as `classmethod(GenericAlias)` calls it for a Python
/// class's `__class_getitem__`.
pub(crate) fn construct(args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("GenericAlias() takes no keyword arguments"));
    }
    match args.values {
        [origin, item] => Ok(new_generic_alias(origin.clone(), item)),
        other => Err(PyErr::type_error(format!("GenericAlias expected 2 arguments, got {}", other.len()))),
    }
}

pub fn new_generic_alias(origin: Value, item: &Value) -> Value {
    let args = match item.as_tuple() {
        Some(_) => item.clone(),
        None => new_tuple(vec![item.clone()]),
    };
    Value::Obj(Object::new(types::builtin().generic_alias.clone(), Kind::Native(Box::new(GenericAlias { origin, args }))))
}

fn as_alias(v: &Value) -> Option<&GenericAlias> {
    v.as_obj().and_then(|o| o.as_native::<GenericAlias>())
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a GenericAlias> {
    receiver_as(vm, args, "GenericAlias", name, as_alias)
}

/// How an argument shows inside `origin[...]`: `...`, nested aliases by their repr, classes by
/// their (module-qualified) name, anything else by repr.
fn arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if ObjRef::ptr_eq(o, super::ellipsis()) {
            return Ok("...".into());
        }
        if let Some(t) = o.as_type() {
            return Ok(t.qualified_name());
        }
        // A Callable's parameter list shows its items the same way.
        if ObjRef::ptr_eq(&o.class(), &types::builtin().list) {
            let items = vm.collect_iterable(v)?;
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(arg_repr(vm, item)?);
            }
            return Ok(format!("[{}]", parts.join(", ")));
        }
    }
    vm.repr_string(v)
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ga = this(vm, &args, "__repr__")?;
    no_args(&args, "GenericAlias", "__repr__")?;
    let mut out = arg_repr(vm, &ga.origin.clone())?;
    out.push('[');
    let items = ga.args.as_tuple().unwrap_or(&[]).to_vec();
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&arg_repr(vm, item)?);
    }
    out.push(']');
    Ok(new_str(out))
}

fn ga_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(vm, &args, "__call__")?.origin.clone();
    let rest = args.values.get(1..).unwrap_or(&[]);
    let result = vm.call(&origin, rest, args.kwnames)?;
    // Instances remember the alias they came from when they can.
    let _ = vm.generic_setattr(&result, "__orig_class__", Some(args.values[0].clone()));
    Ok(result)
}

fn equal(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let ga = this(vm, args, name)?;
    let other = one_arg(args, "GenericAlias", name)?;
    let Some(o) = as_alias(other) else { return Ok(None) };
    let (a, b) = ((ga.origin.clone(), ga.args.clone()), (o.origin.clone(), o.args.clone()));
    Ok(Some(vm.eq(&a.0, &b.0)? && vm.eq(&a.1, &b.1)?))
}

fn ga_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(equal(vm, &args, "__eq__")?.map_or_else(not_implemented, Value::Bool))
}

fn ga_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(equal(vm, &args, "__ne__")?.map_or_else(not_implemented, |e| Value::Bool(!e)))
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ga = this(vm, &args, "__hash__")?;
    no_args(&args, "GenericAlias", "__hash__")?;
    let (origin, items) = (ga.origin.clone(), ga.args.clone());
    Ok(Value::Int(vm.hash(&origin)? ^ vm.hash(&items)?))
}

/// Attributes the alias does not have itself are the origin's.
fn ga_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(vm, &args, "__getattr__")?.origin.clone();
    let name = one_arg(&args, "GenericAlias", "__getattr__")?;
    let name = name.as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?;
    vm.getattr(&origin, &intern(name))
}

fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(vm, &args, "__mro_entries__")?.origin.clone();
    one_arg(&args, "GenericAlias", "__mro_entries__")?;
    Ok(new_tuple(vec![origin]))
}

fn ga_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__instancecheck__")?;
    Err(PyErr::type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__subclasscheck__")?;
    Err(PyErr::type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ga = this(vm, &args, "__reduce__")?;
    no_args(&args, "GenericAlias", "__reduce__")?;
    Ok(new_tuple(vec![Value::Obj(types::builtin().generic_alias.clone()), new_tuple(vec![ga.origin.clone(), ga.args.clone()])]))
}

/// `list[T][int]`: the alias with its type variables substituted.
fn ga_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__getitem__", &args, 2, 2)?;
    let alias = this(vm, &args, "__getitem__")?;
    let (origin, members) = (alias.origin.clone(), alias.args.as_tuple().unwrap_or(&[]).to_vec());
    let out = crate::generic_alias::substitute(vm, &args.values[0], &members, &args.values[1])?;
    Ok(new_generic_alias(origin, &new_tuple(out)))
}

fn ga_origin(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.values.first().and_then(as_alias).map(|g| g.origin.clone()).ok_or_else(|| PyErr::type_error("GenericAlias expected"))
}

fn ga_args(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.values.first().and_then(as_alias).map(|g| g.args.clone()).ok_or_else(|| PyErr::type_error("GenericAlias expected"))
}

/// The type variables the arguments use (`list[T]` has `(T,)`).
fn ga_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = args.values.first().and_then(as_alias).map(|g| g.args.clone()).ok_or_else(|| PyErr::type_error("GenericAlias expected"))?;
    let items = items.as_tuple().unwrap_or(&[]).to_vec();
    Ok(new_tuple(crate::typing::collect_parameters(vm, &items)?))
}
