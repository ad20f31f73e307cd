//! Exception classes that native modules define (`binascii.Error`, `zlib.error`,
//! `_hashlib.UnsupportedDigestmodError`): created once per process as ordinary Python classes so
//! user code can subclass and catch them, then raised from Rust.

use std::sync::OnceLock;

use ophis_vm::builtins::{intern, new_str, new_tuple};
use ophis_vm::exceptions::{exception_types, new_exception};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

/// The class `module.name(base)` kept in `cell`, created on first use.
pub fn get_or_create(vm: &mut Vm, cell: &'static OnceLock<ObjRef>, module: &str, name: &str, base: &str) -> PyResult<ObjRef> {
    if let Some(c) = cell.get() {
        return Ok(c.clone());
    }
    let base = exception_types().get(base).clone();
    let ns = ophis_vm::dict::new_dict_object();
    ns.as_dict().expect("dict").set_str(intern("__module__"), new_str(module));
    let class = vm.call(&Value::Obj(ophis_vm::types::builtin().type_.clone()), &[new_str(name), new_tuple(vec![Value::Obj(base)]), Value::Obj(ns)], &[])?;
    let class = class.as_obj().ok_or_else(|| PyErr::type_error("type() did not return a class"))?.clone();
    class.make_immortal();
    Ok(cell.get_or_init(|| class).clone())
}

/// An instance of the class in `cell` with `message`; `fallback` (a builtin exception name)
/// when the module was never initialised (cannot happen once the module is imported).
pub fn raise(cell: &OnceLock<ObjRef>, fallback: &str, message: impl Into<String>) -> PyErr {
    let msg = new_str(message.into());
    match cell.get() {
        Some(cls) => PyErr(new_exception(cls, vec![msg])),
        None => PyErr::with_args(fallback, vec![msg]),
    }
}
