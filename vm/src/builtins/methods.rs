//! Methods of `object` (the defaults every class inherits: `__eq__`, `__ne__`, `__hash__`,
//! `__repr__`, `__format__`, `__setattr__`, ...), `type`, `property` and `BaseException`.
//! The methods of the other built-in types live in one `methods_<type>.rs` file each.

use super::functions::check_args;
use super::method_args::{no_args, not_implemented, one_arg, receiver_as};
use super::{add_method, new_list, new_str};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let b = types::builtin();
    add_method(&b.object, "__init__", object_init);
    add_method(&b.object, "__init_subclass__", object_init_subclass);
    add_method(&b.object, "__repr__", object_repr);
    add_method(&b.object, "__str__", object_str);
    add_method(&b.object, "__setattr__", object_setattr);
    add_method(&b.object, "__getattribute__", object_getattribute);
    add_method(&b.object, "__delattr__", object_delattr);
    add_method(&b.object, "__new__", object_new);
    let comparisons: &[(&str, NativeFn)] = &[
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__lt__", object_unordered),
        ("__le__", object_unordered),
        ("__gt__", object_unordered),
        ("__ge__", object_unordered),
        ("__hash__", object_hash),
        ("__format__", object_format),
    ];
    for (name, f) in comparisons {
        add_method(&b.object, name, *f);
    }
    super::add_staticmethod(&b.type_, "__new__", type_new);
    // The descriptor protocol spelled out for Python code (`hasattr(f, '__get__')`,
    // `f.__get__(obj)`): attribute lookup binds these natively without calling them.
    add_method(&b.function, "__get__", function_get);
    add_method(&b.classmethod, "__get__", classmethod_get);
    add_method(&b.staticmethod, "__get__", staticmethod_get);
    // The immutable built-in types have their own `__new__` (`'__new__' in int.__dict__`,
    // `int.__new__ is not object.__new__`): enum and other code that looks for a data
    // type's constructor tells them from object by it. They construct as object.__new__
    // does for their layout.
    for t in [&b.int, &b.bool_, &b.float, &b.complex, &b.str, &b.bytes, &b.tuple, &b.frozenset] {
        super::add_staticmethod(t, "__new__", object_new);
    }
    add_method(&b.type_, "__init__", object_init);
    add_method(&b.type_, "__call__", type_call);
    add_method(&b.type_, "__subclasses__", type_subclasses);
    add_method(&b.not_implemented_type, "__bool__", not_implemented_bool);
    add_method(&b.none_type, "__bool__", none_bool);
    add_method(&b.none_type, "__repr__", none_repr);
    add_method(&b.type_, "mro", type_mro);
    add_method(&b.property, "setter", property_setter);
    add_method(&b.property, "getter", property_getter);
    add_method(&b.property, "__set_name__", property_set_name);
    add_method(&b.property, "__get__", property_get);
    add_method(&b.property, "__set__", property_set);
    add_method(&b.property, "__delete__", property_delete);
    add_method(&b.property, "deleter", property_deleter);
    add_method(&b.module, "__init__", module_init);
    let base_exception = crate::exceptions::exception_types().get("BaseException");
    add_method(base_exception, "__init__", exception_init);
    add_method(base_exception, "add_note", exception_add_note);
    add_method(base_exception, "with_traceback", exception_with_traceback);
}

/// `module.__init__(self, name, doc=None)`: the standard attributes of a new module.
pub(crate) fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let mut name = pos.first().cloned();
    let mut doc = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("module() takes at most 2 arguments ({} given)", pos.len())));
    }
    for (k, v) in args.kw() {
        match k {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if doc.is_none() => doc = Some(v.clone()),
            "name" | "doc" => {
                let index = if k == "name" { 1 } else { 2 };
                return Err(PyErr::type_error(format!("argument for module() given by name ('{k}') and position ({index})")));
            }
            _ => return Err(PyErr::type_error(format!("module() got an unexpected keyword argument '{k}'"))),
        }
    }
    let Some(name) = name else { return Err(PyErr::type_error("module() missing required argument 'name' (pos 1)")) };
    if name.as_str().is_none() {
        return Err(PyErr::type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let Some(Value::Obj(m)) = args.values.first() else { return Ok(Value::None) };
    let namespace = m.dict_or_create().clone();
    let d = namespace.as_dict().expect("module namespace");
    d.set_str(super::intern("__name__"), name);
    d.set_str(super::intern("__doc__"), doc.unwrap_or(Value::None));
    for attr in ["__package__", "__loader__", "__spec__"] {
        d.set_str(super::intern(attr), Value::None);
    }
    Ok(Value::None)
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.values.first() {
        if crate::exception_fields::init(vm, o, &args)? {
            return Ok(Value::None);
        }
        if !args.kwnames.is_empty() {
            return Err(PyErr::type_error(format!("{}() takes no keyword arguments", vm.type_name(&args.values[0]))));
        }
        if let Some(d) = crate::exceptions::exception_data(o) {
            d.state.lock().args = args.pos()[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("add_note", &args, 2, 2)?;
    let note = &args.values[1];
    if note.as_str().is_none() {
        return Err(PyErr::type_error(format!("add_note() argument must be str, not {}", vm.type_name(note))));
    }
    let Value::Obj(o) = &args.values[0] else { return Ok(Value::None) };
    let dict = o.dict_or_create().as_dict().expect("dict");
    let notes = match dict.get_str("__notes__") {
        Some(n) => n,
        None => {
            let l = new_list(vec![]);
            dict.set_str(super::intern("__notes__"), l.clone());
            l
        }
    };
    match notes.kind() {
        Some(Kind::List(l)) => l.lock().push(note.clone()),
        _ => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("with_traceback", &args, 2, 2)?;
    if let Value::Obj(o) = &args.values[0] {
        if let Some(d) = crate::exceptions::exception_data(o) {
            crate::traceback::object::set_traceback(&mut d.state.lock(), &args.values[1])?;
        }
    }
    Ok(args.values[0].clone())
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let name = args.values.first().and_then(|c| c.as_obj()).and_then(|c| c.as_type()).map(|t| t.name.to_string()).unwrap_or_default();
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let layout = cls.as_type().map(|t| t.layout).ok_or_else(|| PyErr::type_error("object.__new__(X): X is not a type object"))?;
    let cls = cls.clone();
    // (A subclass of a native stdlib type has its native constructor take the arguments.)
    if layout == types::Layout::Plain && crate::native_type::constructor_of(&cls).is_none() {
        return vm.builtin_new(&cls, layout, &[], &[]);
    }
    // `int.__new__(cls, x)`, `tuple.__new__(cls, items)`, ...: the built-in constructor with
    // the arguments after the class.
    let rest = args.values.get(1..).unwrap_or(&[]);
    vm.builtin_new(&cls, layout, rest, args.kwnames)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.values[0];
    let class = vm.class_of(v);
    let t = class.as_type().expect("type");
    let module = t.dict.get_str("__module__").and_then(|m| m.as_str().map(|s| s.to_string())).unwrap_or_else(|| "builtins".into());
    let q = t.qualname.to_string();
    let name = if module == "builtins" { q } else { format!("{module}.{q}") };
    Ok(new_str(format!("<{name} object at {:#x}>", v.as_obj().map_or(0, |o| o.addr()))))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.repr(&args.values[0])?))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__setattr__", &args, 3, 3)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    vm.generic_setattr(&args.values[0], &name, Some(args.values[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__delattr__", &args, 2, 2)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    vm.generic_setattr(&args.values[0], &name, None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__getattribute__", &args, 2, 2)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    let obj = &args.values[0];
    let class = vm.class_of(obj);
    match vm.generic_getattr(obj, &class, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, &name)),
    }
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(meta)) = pos.first() else {
        return Err(PyErr::type_error("type.__new__(): not enough arguments"));
    };
    if pos.len() != 4 {
        return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments"));
    }
    let name = pos[1].as_str().ok_or_else(|| PyErr::type_error("type.__new__() argument 1 must be str"))?.to_string();
    let bases = pos[2].as_tuple().map(|t| t.to_vec()).ok_or_else(|| PyErr::type_error("type.__new__() argument 2 must be tuple"))?;
    let ns = pos[3].clone();
    let kw: Vec<Value> = args.values[pos.len()..].to_vec();
    let meta = meta.clone();
    vm.make_class(meta, &name, bases, ns, &kw, args.kwnames)
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(PyErr::type_error("type.__call__(): not enough arguments"));
    };
    let cls = cls.clone();
    vm.call_type_default(&cls, &args.values[1..], args.kwnames)
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else { return Ok(new_list(vec![])) };
    Ok(new_list(types::subclasses(t).into_iter().map(Value::Obj).collect()))
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else { return Err(PyErr::type_error("mro() needs a type")) };
    Ok(new_list(types::mro(t).into_iter().map(Value::Obj).collect()))
}

#[allow(dead_code)]
fn _iter(_: IterState) -> Value {
    new_iterator(IterState::Exhausted)
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let Some(Kind::Property { fget, fset, fdel, doc, name }) = args.values.first().and_then(|v| v.kind()) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let f = args.values.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let class = args.values[0].as_obj().expect("property").class().clone();
    Ok(Value::Obj(Object::new(class, Kind::Property { fget: g, fset: s, fdel: d, doc: doc.clone(), name: parking_lot::Mutex::new(name.lock().clone()) })))
}

fn property_receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    super::method_args::receiver_as(vm, args, "property", name, |v| matches!(v.kind(), Some(Kind::Property { .. })).then_some(v))
}

fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = property_receiver(vm, &args, "__set_name__")?;
    let [_owner, name] = super::method_args::positional::<2>(&args, "property", "__set_name__", 2)?;
    if let Some(Kind::Property { name: slot, .. }) = p.kind() {
        *slot.lock() = name.cloned().unwrap_or(Value::None);
    }
    Ok(Value::None)
}

/// `property.__get__(obj, type=None)`: the property itself when `obj` is None.
fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = property_receiver(vm, &args, "__get__")?.clone();
    let [obj, _ty] = super::method_args::positional::<2>(&args, "property", "__get__", 1)?;
    let obj = obj.cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(p);
    }
    vm.property_get(&p, &obj)
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = property_receiver(vm, &args, "__set__")?.clone();
    let [obj, value] = super::method_args::positional::<2>(&args, "property", "__set__", 2)?;
    vm.property_set(&p, obj.expect("required"), value.cloned())?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = property_receiver(vm, &args, "__delete__")?.clone();
    let [obj] = super::method_args::positional::<1>(&args, "property", "__delete__", 1)?;
    vm.property_set(&p, obj.expect("required"), None)?;
    Ok(Value::None)
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 0)
}

fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 1)
}

fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 2)
}

fn object_receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    receiver_as(vm, args, "object", name, Some)
}

/// `object.__eq__`: identity, else NotImplemented (so the other operand is asked).
fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = object_receiver(vm, &args, "__eq__")?;
    let other = one_arg(&args, "object", "__eq__")?;
    Ok(if me.is(other) { Value::Bool(true) } else { not_implemented() })
}

/// `object.__ne__`: the inverse of `self.__eq__(other)` unless that is NotImplemented.
fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = object_receiver(vm, &args, "__ne__")?;
    let other = one_arg(&args, "object", "__ne__")?;
    match vm.call_method(me, "__eq__", std::slice::from_ref(other))? {
        Some(r) if !matches!(&r, Value::Obj(o) if crate::object::ObjRef::ptr_eq(o, super::not_implemented())) => {
            Ok(Value::Bool(!vm.is_true(&r)?))
        }
        _ => Ok(not_implemented()),
    }
}

/// Objects have no order by default.
fn object_unordered(vm: &mut Vm, args: Args) -> PyResult<Value> {
    object_receiver(vm, &args, "__lt__")?;
    one_arg(&args, "object", "__lt__")?;
    Ok(not_implemented())
}

/// `object.__hash__`: the identity hash.
fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = object_receiver(vm, &args, "__hash__")?;
    no_args(&args, "object", "__hash__")?;
    Ok(Value::Int(match me {
        Value::Obj(o) => ((o.addr() >> 4) | (o.addr() << 60)) as i64,
        other => vm.hash(other)?,
    }))
}

/// `object.__format__`: `str(self)` for an empty spec, TypeError otherwise.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = object_receiver(vm, &args, "__format__")?;
    let spec = one_arg(&args, "object", "__format__")?;
    let spec = spec.as_str().ok_or_else(|| PyErr::type_error(format!("__format__() argument must be str, not {}", super::method_args::clinic_type_name(vm, spec))))?;
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(me))));
    }
    Ok(Value::Obj(vm.str(me)?))
}

/// `bool(NotImplemented)` is an error since Python 3.14.
fn not_implemented_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::type_error("NotImplemented should not be used in a boolean context"))
}

fn none_receiver(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    receiver_as(vm, args, "NoneType", name, |v| if v.is_none() { Some(v) } else { None })?;
    no_args(args, "NoneType", name)
}

fn none_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    none_receiver(vm, &args, "__bool__")?;
    Ok(Value::Bool(false))
}

fn none_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    none_receiver(vm, &args, "__repr__")?;
    Ok(new_str("None"))
}

/// The (instance, owner) arguments of a `__get__` call: `__get__(instance, owner=None, /)`.
fn get_args<'a>(args: &Args<'a>, owner_name: &str) -> PyResult<(&'a Value, Option<&'a Value>)> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{owner_name}.__get__() takes no keyword arguments")));
    }
    let (obj, owner) = match args.values {
        [_, obj] => (obj, None),
        [_, obj, owner] => (obj, Some(owner)),
        [_, _, _, ..] => return Err(PyErr::type_error(format!("__get__ expected at most 2 arguments, got {}", args.values.len() - 1))),
        _ => return Err(PyErr::type_error("__get__ expected at least 1 argument, got 0")),
    };
    if obj.is_none() && owner.is_none_or(|o| o.is_none()) {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    }
    Ok((obj, owner))
}

fn bound_method(func: Value, object: Value) -> Value {
    Value::Obj(Object::new(types::builtin().method.clone(), Kind::BoundMethod(crate::function::BoundMethod { func, object })))
}

fn function_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = get_args(&args, "function")?;
    if obj.is_none() {
        return Ok(args.values[0].clone());
    }
    Ok(bound_method(args.values[0].clone(), obj.clone()))
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, owner) = get_args(&args, "classmethod")?;
    let Some(Kind::ClassMethod(f)) = args.values[0].kind() else {
        return Err(PyErr::type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let owner = match owner {
        Some(o) if !o.is_none() => o.clone(),
        _ => Value::Obj(vm.class_of(obj)),
    };
    Ok(bound_method(f.clone(), owner))
}

fn staticmethod_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_args(&args, "staticmethod")?;
    match args.values[0].kind() {
        Some(Kind::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(PyErr::type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}
