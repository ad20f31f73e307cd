//! The attribute descriptors of the built-in types (CPython's getsets and members): which
//! attributes each type's namespace describes, and the getters and setters reading the Rust
//! state. Most getters delegate to the attribute fast paths of `attr.rs`
//! (`special_attribute`, `type_special_attribute`), so both routes give the same answer.
//! Also the built-in types' docstrings (our own short text).

use super::{intern, new_str, new_tuple};
use crate::descriptor::{Getter, Setter, add_getset, add_member};
use crate::exceptions::{PyErr, exception_types};
use crate::interp::Vm;
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// Reads an attribute kept in an object's Rust state.
fn state_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let found = match obj {
        Value::Obj(o) => vm.special_attribute(o, name)?,
        _ => vm.inline_special_attribute(obj, name),
    };
    found.ok_or_else(|| vm.attribute_error(obj, name))
}

/// Writes an attribute kept in an object's Rust state.
fn state_set(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if vm.set_special_attribute(o, name, &value)? {
            return Ok(());
        }
    }
    Err(PyErr::new("AttributeError", format!("attribute '{name}' of '{}' objects is not writable", vm.type_name(obj))))
}

/// The instance `__dict__` (created on first use).
pub(crate) fn dict_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    match obj {
        Value::Obj(o) if let Some(local) = o.as_native::<crate::thread::ThreadLocal>() => {
            Ok(Value::Obj(crate::thread::local::current_dict(vm, o, local)?))
        }
        Value::Obj(o) => Ok(Value::Obj(o.dict_or_create().clone())),
        _ => Err(vm.attribute_error(obj, name)),
    }
}

/// `obj.__dict__ = d` / `del obj.__dict__`. The header's dict cannot be swapped once created,
/// so a later assignment replaces its contents.
pub(crate) fn dict_set(vm: &mut Vm, obj: &Value, _name: &str, value: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = obj else { return Ok(()) };
    if o.as_native::<crate::thread::ThreadLocal>().is_some() {
        return Err(PyErr::new("AttributeError", format!("'{}' object attribute '__dict__' is read-only", vm.type_name(obj))));
    }
    match value {
        None => {
            if let Some(d) = o.dict_if_present().and_then(|d| d.as_dict()) {
                d.clear();
            }
            Ok(())
        }
        Some(v) => {
            let Some(new) = v.as_obj().filter(|n| n.as_dict().is_some()) else {
                return Err(PyErr::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(&v))));
            };
            let current = o.dict_or_create();
            if !crate::object::ObjRef::ptr_eq(current, new) {
                let copy = new.as_dict().expect("dict").copy();
                current.as_dict().expect("dict").replace_with(copy);
            }
            Ok(())
        }
    }
}

/// `__weakref__`: the object's first weak reference, or None.
pub(crate) fn weakref_get(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(crate::weakref::first_reference(obj))
}

fn class_get(vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(Value::Obj(vm.class_of(obj)))
}

fn class_set(vm: &mut Vm, obj: &Value, _name: &str, value: Option<Value>) -> PyResult<()> {
    super::class_assignment::set_class(vm, obj, value)
}

/// Attributes of classes, read from the type's data.
fn type_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let Some(t) = obj.as_obj().filter(|o| o.as_type().is_some()) else { return Err(vm.attribute_error(obj, name)) };
    match vm.type_special_attribute(t, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, name)),
    }
}

fn type_doc_get(vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    let Some(t) = obj.as_obj().and_then(|o| o.as_type()) else { return Ok(Value::None) };
    let doc = t.dict.get_str("__doc__");
    match doc {
        Some(v) if v.is_none() || v.as_str().is_some() => Ok(v),
        Some(_) | None if t.is_builtin() => Ok(builtin_doc(&t.name).map_or(Value::None, new_str)),
        Some(v) => {
            if let Value::Obj(d) = &v {
                if let Some(get) = types::lookup(&d.class(), "__get__") {
                    return vm.call_unbound(&get, &[v.clone(), Value::None, obj.clone()]);
                }
            }
            Ok(v)
        }
        None => Ok(Value::None),
    }
}

/// Writes one of a class's namespace entries (`__doc__`, `__module__`, ...).
fn type_namespace_set(_vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let Some(t) = obj.as_obj().and_then(|o| o.as_type()) else { return Ok(()) };
    check_type_deletion(t, name, &value)?;
    t.dict.set_str(intern(name), value.expect("checked"));
    t.modified();
    Ok(())
}

fn check_type_deletion(t: &types::TypeData, name: &str, value: &Option<Value>) -> PyResult<()> {
    if value.is_none() {
        return Err(PyErr::type_error(format!("cannot delete '{name}' attribute of immutable type '{}'", t.name)));
    }
    Ok(())
}

fn type_name_set(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let Some(t) = obj.as_obj().and_then(|o| o.as_type()) else { return Ok(()) };
    check_type_deletion(t, name, &value)?;
    let v = value.expect("checked");
    if v.as_str().is_none() {
        return Err(PyErr::type_error(format!("can only assign string to {}.{name}, not '{}'", t.name, vm.type_name(&v))));
    }
    if name == "__qualname__" {
        t.dict.set_str(intern("__qualname__"), v);
        t.modified();
        return Ok(());
    }
    if t.is_builtin() {
        return Err(PyErr::type_error(format!("cannot set '__name__' attribute of immutable type '{}'", t.name)));
    }
    let text = v.as_str().unwrap_or_default();
    if text.contains('\0') {
        return Err(PyErr::value_error("type name must not contain null characters"));
    }
    *t.renamed.lock() = Some(text.into());
    t.modified();
    Ok(())
}

fn type_annotations_get(vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    crate::annotations::type_annotations(vm, obj.as_obj().expect("type"))
}

fn type_annotations_set(_vm: &mut Vm, obj: &Value, _name: &str, value: Option<Value>) -> PyResult<()> {
    crate::annotations::set_type_annotations(obj.as_obj().expect("type"), value)
}

fn type_annotate_get(vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    crate::annotations::type_annotate(vm, obj.as_obj().expect("type"))
}

fn type_annotate_set(_vm: &mut Vm, obj: &Value, _name: &str, value: Option<Value>) -> PyResult<()> {
    crate::annotations::set_type_annotate(obj.as_obj().expect("type"), value)
}

fn type_params_get(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    let t = obj.as_obj().and_then(|o| o.as_type()).expect("type");
    Ok(t.dict.get_str("__type_params__").filter(|_| !t.is_builtin()).unwrap_or_else(|| new_tuple(vec![])))
}

fn type_abstractmethods_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let t = obj.as_obj().and_then(|o| o.as_type()).expect("type");
    match t.dict.get_str("__abstractmethods__") {
        Some(v) if !std::ptr::eq(t, types::builtin().type_.as_type().expect("type")) => Ok(v),
        _ => Err(vm.attribute_error(obj, name)),
    }
}

fn type_abstractmethods_set(_vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let t = obj.as_obj().and_then(|o| o.as_type()).expect("type");
    match value {
        Some(v) => t.dict.set_str(intern(name), v),
        None => {
            if t.dict.remove_str(name).is_none() {
                return Err(PyErr::new("AttributeError", name.to_string()));
            }
        }
    }
    t.modified();
    Ok(())
}

fn none_get(_vm: &mut Vm, _obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(Value::None)
}

/// A field of an exception subclass (`OSError.errno`, `StopIteration.value`, ...): an assigned
/// value lives in the instance `__dict__`; otherwise it is computed from `args` (None when
/// there is nothing to compute it from).
fn exception_field_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let Value::Obj(o) = obj else { return Ok(Value::None) };
    if let Some(v) = o.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str(name)) {
        return Ok(v);
    }
    Ok(super::exception_attribute(vm, o, name)?.unwrap_or(Value::None))
}

fn exception_field_set(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = obj else { return Ok(()) };
    let dict = o.dict_or_create().as_dict().expect("dict");
    match value {
        Some(v) => dict.set_str(intern(name), v),
        None => {
            if dict.remove_str(name).is_none() {
                return Err(vm.attribute_error(obj, name));
            }
        }
    }
    Ok(())
}

fn getsets(class: &ObjRef, names: &[&str], get: Getter, set: Option<Setter>) {
    for n in names {
        add_getset(class, n, get, set, None);
    }
}

fn members(class: &ObjRef, names: &[&str], get: Getter, set: Option<Setter>) {
    for n in names {
        add_member(class, n, get, set, None);
    }
}

pub(super) fn install() {
    let b = types::builtin();
    add_getset(&b.object, "__class__", class_get, Some(class_set), None);

    getsets(&b.type_, &["__mro__", "__dict__", "__bases__"], type_get, None);
    add_getset(&b.type_, "__name__", type_get, Some(type_name_set), None);
    add_getset(&b.type_, "__qualname__", type_get, Some(type_name_set), None);
    add_getset(&b.type_, "__module__", type_get, Some(type_namespace_set), None);
    add_getset(&b.type_, "__doc__", type_doc_get, Some(type_namespace_set), None);
    add_getset(&b.type_, "__annotations__", type_annotations_get, Some(type_annotations_set), None);
    add_getset(&b.type_, "__annotate__", type_annotate_get, Some(type_annotate_set), None);
    add_getset(&b.type_, "__type_params__", type_params_get, Some(type_namespace_set), None);
    add_getset(&b.type_, "__abstractmethods__", type_abstractmethods_get, Some(type_abstractmethods_set), None);
    add_getset(&b.type_, "__text_signature__", none_get, None, None);
    add_member(&b.type_, "__base__", type_get, None, None);

    add_getset(&b.int, "real", state_get, None, Some("the real part of a complex number"));
    add_getset(&b.int, "imag", state_get, None, Some("the imaginary part of a complex number"));
    add_getset(&b.int, "numerator", state_get, None, Some("the numerator of a rational number in lowest terms"));
    add_getset(&b.int, "denominator", state_get, None, Some("the denominator of a rational number in lowest terms"));
    add_getset(&b.float, "real", state_get, None, Some("the real part of a complex number"));
    add_getset(&b.float, "imag", state_get, None, Some("the imaginary part of a complex number"));
    add_member(&b.complex, "real", state_get, None, Some("the real part of a complex number"));
    add_member(&b.complex, "imag", state_get, None, Some("the imaginary part of a complex number"));
    members(&b.range, &["start", "stop", "step"], state_get, None);
    members(&b.slice, &["start", "stop", "step"], state_get, None);
    add_getset(&b.cell, "cell_contents", state_get, None, None);

    members(&b.function, &["__closure__", "__globals__", "__builtins__"], state_get, None);
    members(&b.function, &["__doc__", "__module__"], state_get, Some(state_set));
    getsets(&b.function, &["__code__"], state_get, None);
    getsets(&b.function, &["__defaults__", "__kwdefaults__", "__annotations__", "__annotate__", "__name__", "__qualname__", "__type_params__"], state_get, Some(state_set));
    add_getset(&b.function, "__dict__", dict_get, Some(dict_set), None);

    getsets(&b.builtin_function, &["__name__", "__qualname__", "__doc__"], state_get, None);
    members(&b.builtin_function, &["__self__", "__module__"], state_get, None);
    add_getset(&b.builtin_function, "__text_signature__", none_get, None, None);
    members(&b.method, &["__func__", "__self__"], state_get, None);
    add_getset(&b.method, "__doc__", state_get, None, None);

    let code_names = [
        "co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount", "co_posonlyargcount",
        "co_kwonlyargcount", "co_flags", "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_nlocals",
        "co_consts", "co_stacksize",
    ];
    members(&b.code, &code_names, state_get, None);

    add_getset(&b.module, "__dict__", dict_get, None, None);
    getsets(&b.module, &["__annotations__", "__annotate__"], state_get, Some(state_set));

    members(&b.property, &["fget", "fset", "fdel"], state_get, None);
    add_member(&b.property, "__doc__", state_get, None, None);
    add_getset(&b.property, "__name__", state_get, None, None);
    for class in [&b.classmethod, &b.staticmethod] {
        members(class, &["__func__", "__wrapped__"], state_get, None);
    }
    add_getset(&b.property, "__isabstractmethod__", isabstract_get, None, None);
    add_getset(&b.classmethod, "__isabstractmethod__", isabstract_get, None, None);
    add_getset(&b.staticmethod, "__isabstractmethod__", isabstract_get, None, None);
    getsets(&b.super_, &["__thisclass__", "__self__", "__self_class__"], super_get, None);

    getsets(&b.generator, &["__name__", "__qualname__", "gi_running", "gi_frame", "gi_yieldfrom", "gi_code", "gi_suspended"], state_get, None);
    getsets(&b.coroutine, &["__name__", "__qualname__", "cr_running", "cr_frame", "cr_await", "cr_code", "cr_suspended"], state_get, None);
    getsets(&b.async_generator, &["__name__", "__qualname__", "ag_running", "ag_frame", "ag_await", "ag_code", "ag_suspended"], state_get, None);

    let view_names = ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"];
    getsets(&b.memoryview, &view_names, state_get, None);

    install_exceptions();
    install_docs();
}

/// `__isabstractmethod__` of property/classmethod/staticmethod: whether a wrapped function is
/// abstract.
fn isabstract_get(vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    let parts: Vec<Value> = match obj.kind() {
        Some(Kind::Property { fget, fset, fdel, .. }) => vec![fget.clone(), fset.clone(), fdel.clone()],
        Some(Kind::ClassMethod(f) | Kind::StaticMethod(f)) => vec![f.clone()],
        _ => vec![],
    };
    for part in parts.iter().filter(|p| !p.is_none()) {
        match vm.getattr(part, &intern("__isabstractmethod__")) {
            Ok(v) => {
                if vm.is_true(&v)? {
                    return Ok(Value::Bool(true));
                }
            }
            Err(e) if e.is("AttributeError") => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Value::Bool(false))
}

fn super_get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    // `Vm::getattr` answers these names for super objects before any lookup.
    vm.getattr(obj, &intern(name))
}

fn install_exceptions() {
    let e = exception_types();
    let base = e.get("BaseException");
    getsets(base, &["args", "__cause__", "__context__", "__suppress_context__", "__traceback__"], state_get, Some(state_set));
    add_getset(base, "__dict__", dict_get, Some(dict_set), None);
    let fields: &[(&str, &[&str])] = &[
        ("StopIteration", &["value"]),
        ("SystemExit", &["code"]),
        ("OSError", &["errno", "strerror", "filename", "filename2"]),
        ("ImportError", &["msg", "name", "path", "name_from"]),
        ("SyntaxError", &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
        ("NameError", &["name"]),
        ("AttributeError", &["name", "obj"]),
        ("BaseExceptionGroup", &["message", "exceptions"]),
    ];
    for (class, names) in fields {
        if let Some(t) = e.ordered.iter().find(|(n, _)| n == class).map(|(_, t)| t) {
            members(t, names, exception_field_get, Some(exception_field_set));
        }
    }
}

/// Short docstrings of the built-in types (our own wording).
fn builtin_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "object" => "The root of the class hierarchy; object() returns a new featureless instance.",
        "type" => "type(object) returns the type of an object; type(name, bases, namespace) creates a new class.",
        "int" => "Integers of unlimited size; int(x) converts a number or string.",
        "bool" => "The truth values True and False.",
        "float" => "Double-precision floating-point numbers.",
        "complex" => "Complex numbers with a float real and imaginary part.",
        "str" => "Immutable sequences of Unicode code points.",
        "bytes" => "Immutable sequences of bytes.",
        "bytearray" => "Mutable sequences of bytes.",
        "tuple" => "Immutable sequences of objects.",
        "list" => "Mutable sequences of objects.",
        "dict" => "Mappings from hashable keys to values, in insertion order.",
        "set" => "Mutable unordered collections of distinct hashable objects.",
        "frozenset" => "Immutable unordered collections of distinct hashable objects.",
        "range" => "Immutable arithmetic sequences of integers.",
        "slice" => "The start, stop and step of an extended subscript.",
        "NoneType" => "The type of None.",
        "NotImplementedType" => "The type of NotImplemented.",
        "ellipsis" => "The type of the Ellipsis singleton (...).",
        "function" => "Functions defined in Python code.",
        "builtin_function_or_method" => "Functions and methods implemented natively.",
        "method" => "A function bound to an object.",
        "code" => "Compiled Python code.",
        "cell" => "A variable shared between nested scopes.",
        "module" => "A module: a namespace of names loaded from code.",
        "property" => "An attribute computed by getter, setter and deleter functions.",
        "classmethod" => "Turns a function into a method receiving the class.",
        "staticmethod" => "Turns a function into a method receiving no implicit argument.",
        "super" => "Delegates attribute lookup to the classes after a given one in the MRO.",
        "memoryview" => "A view of the memory of an object supporting the buffer protocol.",
        "enumerate" => "An iterator of (index, item) pairs.",
        "zip" => "An iterator of tuples taking one item from each iterable.",
        "map" => "An iterator applying a function to the items of iterables.",
        "filter" => "An iterator of the items for which a function is true.",
        "reversed" => "An iterator over a sequence in reverse order.",
        "mappingproxy" => "A read-only view of a mapping.",
        "getset_descriptor" => "An attribute of built-in objects computed from their state.",
        "member_descriptor" => "An attribute stored in a fixed field of the object (such as a __slots__ entry).",
        _ => return None,
    })
}

/// Every built-in type's namespace gets a `__doc__` unless a descriptor there already answers
/// `instance.__doc__` (functions, properties: `type.__doc__` then reads `builtin_doc`).
fn install_docs() {
    for (name, t) in types::builtin().names() {
        let data = t.as_type().expect("type");
        if data.dict.get_str("__doc__").is_none() {
            let doc = builtin_doc(name).map_or(Value::None, |d| Value::Obj(intern(d)));
            data.dict.set_str(intern("__doc__"), doc);
            data.modified();
        }
    }
    for (name, t) in &exception_types().ordered {
        let data = t.as_type().expect("type");
        if data.dict.get_str("__doc__").is_none() {
            data.dict.set_str(intern("__doc__"), Value::Obj(intern(&format!("The built-in exception {name}."))));
            data.modified();
        }
    }
}
