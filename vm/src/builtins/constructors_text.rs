//! The constructors `str(object, encoding, errors)`, `bytes(source, encoding, errors)` and
//! `bytearray(source, encoding, errors)`, with CPython's rules for which argument forms are
//! accepted and its messages.

use super::method_args::{Params, clinic};
use super::methods_bytes::{byte_value, bytes_like};
use super::methods_str_text::clinic_str;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::numbers::{IntRef, as_int};
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

/// The text of `str(...)`: `str(object)`, or the decoded bytes when an encoding or error
/// handler is given.
pub(crate) fn str_text(vm: &mut Vm, a: Args) -> PyResult<String> {
    let pos = a.pos();
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("str expected at most 3 arguments, got {}", pos.len())));
    }
    let mut slots: [Option<&Value>; 3] = [pos.first(), pos.get(1), pos.get(2)];
    for (k, v) in a.kw() {
        let i = match k {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => return Err(super::method_args::unexpected_keyword("str", other, &["object", "encoding", "errors"])),
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("argument for str() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    let [object, encoding, errors] = slots;
    let Some(object) = object else { return Ok(String::new()) };
    if encoding.is_none() && errors.is_none() {
        return vm.str_string(object);
    }
    let encoding = clinic_str(vm, encoding, "str", "encoding", "utf-8")?;
    let errors = clinic_str(vm, errors, "str", "errors", "strict")?;
    match crate::buffer::bytes_of_checked(object)? {
        Some(data) => super::codecs::decode(&data, encoding, errors),
        None if object.as_str().is_some() => Err(PyErr::type_error("decoding str is not supported")),
        None => Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(object)))),
    }
}

/// The content of `bytes(...)` (`bytearray` when `array`).
pub(crate) fn bytes_content(vm: &mut Vm, a: Args, array: bool) -> PyResult<Vec<u8>> {
    let name = if array { "bytearray" } else { "bytes" };
    // `a` holds only the constructor's arguments: give the binder a receiver slot to skip.
    let mut with_receiver = Vec::with_capacity(a.values.len() + 1);
    with_receiver.push(Value::None);
    with_receiver.extend_from_slice(a.values);
    let bound = Args { values: &with_receiver, kwnames: a.kwnames };
    let [source, encoding, errors] = clinic(&bound, name, &Params::new(["source", "encoding", "errors"], 0))?;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = source.as_str() {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        let encoding = clinic_str(vm, encoding, name, "encoding", "utf-8")?;
        let errors = clinic_str(vm, errors, name, "errors", "strict")?;
        return super::codecs::encode(text, encoding, errors);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    // An object with __bytes__ (for bytes only; bytearray takes buffers and iterables).
    if !array && bytes_like(source).is_none() {
        if let Some(m) = types::lookup(&vm.class_of(source), "__bytes__") {
            let r = vm.call_unbound(&m, std::slice::from_ref(source))?;
            return match r.kind() {
                Some(Kind::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
            };
        }
    }
    if let Some(b) = crate::buffer::bytes_of_checked(source)? {
        return Ok(b.into_owned());
    }
    if let Some(view) = crate::buffer::memoryview::python_buffer(vm, source)? {
        return Ok(crate::buffer::bytes_of_checked(&view)?.map(|b| b.into_owned()).unwrap_or_default());
    }
    // A count: that many zero bytes.
    if as_int(source).is_some() || types::lookup(&vm.class_of(source), "__index__").is_some() {
        let n = match as_int(source) {
            Some(IntRef::Small(n)) => n,
            Some(IntRef::Big(_)) => return Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
            None => match vm.index_value(source) {
                Err(e) if e.is("OverflowError") => return Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
                r => r?,
            },
        };
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        let mut v = Vec::new();
        v.try_reserve_exact(n as usize).map_err(|_| PyErr::new("MemoryError", ""))?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if !vm.has_iter(source) {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to {name}", vm.type_name(source))));
    }
    let it = vm.iter(source)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(if array {
            byte_value(vm, &x)?
        } else {
            byte_value(vm, &x).map_err(|e| if e.is("ValueError") { PyErr::value_error("bytes must be in range(0, 256)") } else { e })?
        });
    }
    Ok(out)
}
