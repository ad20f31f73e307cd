//! PEP 649 / PEP 749 annotations at run time: the `__annotations__` and `__annotate__`
//! attributes of functions, classes and modules, with CPython 3.14's caching rules and errors.
//!
//! The compiler gives each annotated def, class body and module an `__annotate__(format)`
//! function. Reading `__annotations__` calls it with format 1 (VALUE) the first time and caches
//! the dict; an error raised by an annotation (a NameError for a forward reference that never
//! got defined) surfaces then, and nothing is cached. Where each object keeps its parts:
//!
//! - a function: its `annotations` and `annotate` slots;
//! - a class: its namespace, as `__annotate_func__` (stored by the class body, or by assigning
//!   `__annotate__`) and `__annotations_cache__`; a `__annotate__` or `__annotations__` written in
//!   the class body wins. Only the class's own namespace counts: a subclass without annotations
//!   has `{}`, and a metaclass's annotations are not its classes';
//! - a module: its namespace, as `__annotate__` and `__annotations__`.

use crate::builtins::{intern, is_callable};
use crate::exceptions::PyErr;
use crate::function::Function;
use crate::interp::Vm;
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// `annotationlib.Format.VALUE`.
const FORMAT_VALUE: i64 = 1;

/// Calls an annotate function for the VALUE format; the result must be a dict.
fn call_annotate(vm: &mut Vm, annotate: &Value) -> PyResult<Value> {
    let result = vm.call(annotate, &[Value::Int(FORMAT_VALUE)], &[])?;
    if !matches!(result.kind(), Some(Kind::Dict(_))) {
        return Err(PyErr::type_error(format!("__annotate__ returned non-dict of type '{}'", vm.type_name(&result))));
    }
    Ok(result)
}

fn new_dict() -> Value {
    Value::Obj(crate::dict::new_dict_object())
}

/// `function.__annotations__`.
pub fn function_annotations(vm: &mut Vm, f: &Function) -> PyResult<Value> {
    let (annotations, annotate) = {
        let attrs = f.attrs.lock();
        (attrs.annotations.clone(), attrs.annotate.clone())
    };
    if !annotations.is_none() {
        return Ok(annotations);
    }
    if !is_callable(&annotate) {
        let empty = new_dict();
        f.attrs.lock().annotations = empty.clone();
        return Ok(empty);
    }
    // The lock is released while the annotate function runs (it is Python code).
    let computed = call_annotate(vm, &annotate)?;
    f.attrs.lock().annotations = computed.clone();
    Ok(computed)
}

/// `function.__annotations__ = value` (None and deletion clear it); drops `__annotate__`.
pub fn set_function_annotations(f: &Function, value: Option<Value>) -> PyResult<()> {
    let value = value.filter(|v| !v.is_none());
    if let Some(v) = &value
        && !matches!(v.kind(), Some(Kind::Dict(_)))
    {
        return Err(PyErr::type_error("__annotations__ must be set to a dict object"));
    }
    let old = {
        let mut attrs = f.attrs.lock();
        let old_annotations = std::mem::replace(&mut attrs.annotations, value.unwrap_or(Value::None));
        let old_annotate = std::mem::replace(&mut attrs.annotate, Value::None);
        (old_annotations, old_annotate)
    };
    // Dropped with the lock released (their finalizers may run Python code).
    drop(old);
    Ok(())
}

/// `function.__annotate__ = value`: None or a callable (which clears cached annotations).
pub fn set_function_annotate(f: &Function, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::type_error("__annotate__ cannot be deleted"));
    };
    if value.is_none() {
        let old = std::mem::replace(&mut f.attrs.lock().annotate, Value::None);
        drop(old);
        return Ok(());
    }
    if !is_callable(&value) {
        return Err(PyErr::type_error("__annotate__ must be callable or None"));
    }
    let old = {
        let mut attrs = f.attrs.lock();
        (std::mem::replace(&mut attrs.annotate, value), std::mem::replace(&mut attrs.annotations, Value::None))
    };
    drop(old);
    Ok(())
}

/// SET_FUNCTION_ATTRIBUTE with the annotate flag: the compiler-made `__annotate__` is named
/// after its function (`f.__annotate__`).
pub fn attach_annotate(func: &Function, annotate: &Value) {
    if let Some(Kind::Function(a)) = annotate.kind() {
        let qualname = func.attrs.lock().qualname.as_str().map(|q| format!("{q}.__annotate__"));
        if let Some(q) = qualname {
            a.attrs.lock().qualname = Value::Obj(intern(&q));
        }
    }
}

/// A value found in a class namespace, bound as `type.__dict__` getters bind it (`__get__` with
/// no instance).
fn bind_to_class(vm: &mut Vm, value: Value, class: &ObjRef) -> PyResult<Value> {
    if let Value::Obj(o) = &value
        && !o.class_data().is_builtin()
        && let Some(get) = types::lookup(&o.class(), "__get__")
    {
        return vm.call(&get, &[value.clone(), Value::None, Value::Obj(class.clone())], &[]);
    }
    Ok(value)
}

fn heap_type_or_error<'t>(t: &'t ObjRef, attribute: &str) -> PyResult<&'t types::TypeData> {
    let data = t.as_type().expect("a type");
    if data.is_builtin() {
        return Err(PyErr::new("AttributeError", format!("type object '{}' has no attribute '{attribute}'", data.name)));
    }
    Ok(data)
}

/// `type.__annotate__` for a class.
pub fn type_annotate(vm: &mut Vm, t: &ObjRef) -> PyResult<Value> {
    let data = heap_type_or_error(t, "__annotate__")?;
    let found = data.dict.get_str("__annotate__").or_else(|| data.dict.get_str("__annotate_func__"));
    match found {
        Some(annotate) => bind_to_class(vm, annotate, t),
        None => {
            data.dict.set_str(intern("__annotate_func__"), Value::None);
            data.modified();
            Ok(Value::None)
        }
    }
}

/// `type.__annotations__` for a class.
pub fn type_annotations(vm: &mut Vm, t: &ObjRef) -> PyResult<Value> {
    let data = heap_type_or_error(t, "__annotations__")?;
    if let Some(annotations) = data.dict.get_str("__annotations__").or_else(|| data.dict.get_str("__annotations_cache__")) {
        return bind_to_class(vm, annotations, t);
    }
    let annotate = type_annotate(vm, t)?;
    let annotations = if is_callable(&annotate) { call_annotate(vm, &annotate)? } else { new_dict() };
    data.dict.set_str(intern("__annotations_cache__"), annotations.clone());
    data.modified();
    Ok(annotations)
}

fn immutable_type_error(data: &types::TypeData, attribute: &str) -> PyErr {
    PyErr::type_error(format!("cannot set '{attribute}' attribute of immutable type '{}'", data.name))
}

/// `cls.__annotate__ = value`.
pub fn set_type_annotate(t: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let data = t.as_type().expect("a type");
    let Some(value) = value else {
        return Err(PyErr::type_error("cannot delete __annotate__ attribute"));
    };
    if data.is_builtin() {
        return Err(immutable_type_error(data, "__annotate__"));
    }
    if !value.is_none() && !is_callable(&value) {
        return Err(PyErr::type_error("__annotate__ must be callable or None"));
    }
    let clears_cache = !value.is_none();
    data.dict.set_str(intern("__annotate_func__"), value);
    if clears_cache {
        data.dict.remove_str("__annotations_cache__");
    }
    data.modified();
    Ok(())
}

/// `cls.__annotations__ = value` / `del cls.__annotations__`; both drop the annotate function.
pub fn set_type_annotations(t: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let data = t.as_type().expect("a type");
    if data.is_builtin() {
        return Err(immutable_type_error(data, "__annotations__"));
    }
    match value {
        Some(v) => data.dict.set_str(intern("__annotations_cache__"), v),
        None => {
            if data.dict.remove_str("__annotations_cache__").is_none() {
                data.modified();
                return Err(PyErr::new("AttributeError", "__annotations__"));
            }
        }
    }
    data.dict.remove_str("__annotate_func__");
    data.dict.remove_str("__annotate__");
    data.modified();
    Ok(())
}

fn module_dict(m: &ObjRef) -> &crate::dict::Dict {
    m.dict_or_create().as_dict().expect("a module namespace is a dict")
}

/// `module.__annotate__` (None, and stored as such, when the module has none).
pub fn module_annotate(m: &ObjRef) -> Value {
    let dict = module_dict(m);
    match dict.get_str("__annotate__") {
        Some(annotate) => annotate,
        None => {
            dict.set_str(intern("__annotate__"), Value::None);
            Value::None
        }
    }
}

/// `module.__annotations__`: computed by the module's `__annotate__` and cached in its namespace.
pub fn module_annotations(vm: &mut Vm, m: &ObjRef) -> PyResult<Value> {
    let dict = module_dict(m);
    if let Some(annotations) = dict.get_str("__annotations__") {
        return Ok(annotations);
    }
    // Modules are never marked as initializing (no import specs yet), so the result is cached.
    let annotations = match dict.get_str("__annotate__") {
        Some(annotate) if is_callable(&annotate) => call_annotate(vm, &annotate)?,
        _ => new_dict(),
    };
    module_dict(m).set_str(intern("__annotations__"), annotations.clone());
    Ok(annotations)
}

/// `module.__annotate__ = value`.
pub fn set_module_annotate(m: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::type_error("cannot delete __annotate__ attribute"));
    };
    if !value.is_none() && !is_callable(&value) {
        return Err(PyErr::type_error("__annotate__ must be callable or None"));
    }
    let dict = module_dict(m);
    let clears_cache = !value.is_none();
    dict.set_str(intern("__annotate__"), value);
    if clears_cache {
        dict.remove_str("__annotations__");
    }
    Ok(())
}

/// `module.__annotations__ = value` / `del module.__annotations__`; both drop `__annotate__`.
pub fn set_module_annotations(m: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let dict = module_dict(m);
    match value {
        Some(v) => dict.set_str(intern("__annotations__"), v),
        None => {
            if dict.remove_str("__annotations__").is_none() {
                return Err(PyErr::new("AttributeError", "__annotations__"));
            }
        }
    }
    dict.remove_str("__annotate__");
    Ok(())
}
