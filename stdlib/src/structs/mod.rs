//! `_struct`: pack/unpack of binary records (`struct` re-exports it and adds the `Struct`
//! class in Python, since native types cannot be instantiated from Python yet).
//!
//! - `format.rs`: format strings (byte order, counts, sizes, native alignment).
//! - `codec.rs`: converting values to and from bytes with CPython's range checks.

mod codec;
mod format;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use ophis_vm::builtins::{intern, new_bytes, new_list, new_str, new_tuple};
use ophis_vm::exceptions::new_exception;
use ophis_vm::function::Args;
use ophis_vm::object::{Kind, ObjRef};
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use crate::args;
use format::Format;

static ERROR_CLASS: OnceLock<ObjRef> = OnceLock::new();

/// A `struct.error` with a message.
pub fn struct_error(message: impl Into<String>) -> PyErr {
    let msg = new_str(message.into());
    match ERROR_CLASS.get() {
        Some(cls) => PyErr(new_exception(cls, vec![msg])),
        None => PyErr::with_args("Exception", vec![msg]),
    }
}

fn cache() -> &'static Mutex<HashMap<Vec<u8>, Arc<Format>>> {
    static CACHE: OnceLock<Mutex<HashMap<Vec<u8>, Arc<Format>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The parsed format of a str/bytes format argument (cached, as CPython caches Struct objects).
fn format_of(vm: &Vm, v: &Value) -> PyResult<Arc<Format>> {
    let text: Vec<u8> = match v {
        v if v.as_str().is_some() => {
            let s = v.as_str().expect("str");
            if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                return Err(PyErr::new(
                    "UnicodeEncodeError",
                    format!("'ascii' codec can't encode character '\\x{:x}' in position {i}: ordinal not in range(128)", c as u32),
                ));
            }
            s.as_bytes().to_vec()
        }
        Value::Obj(o) if matches!(o.kind, Kind::Bytes(_)) => match &o.kind {
            Kind::Bytes(b) => b.to_vec(),
            _ => unreachable!(),
        },
        _ => return Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(v)))),
    };
    if let Some(f) = cache().lock().get(&text) {
        return Ok(f.clone());
    }
    let parsed = Arc::new(format::parse(&text).map_err(|e| struct_error(e.message()))?);
    let mut c = cache().lock();
    if c.len() >= 100 {
        c.clear();
    }
    c.insert(text, parsed.clone());
    Ok(parsed)
}

fn pack(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(&a, "pack")?;
    let Some((fmt, values)) = a.pos().split_first() else {
        return Err(PyErr::type_error("missing format argument"));
    };
    let fmt = format_of(vm, fmt)?;
    let mut out = Vec::new();
    out.try_reserve_exact(fmt.size).map_err(|_| PyErr::new("MemoryError", ""))?;
    out.resize(fmt.size, 0);
    codec::pack_into(vm, &fmt, values, &mut out, "pack")?;
    Ok(new_bytes(out))
}

/// An offset into a buffer of `len` bytes for `need` bytes, with CPython's messages.
fn resolve_offset(offset: i64, len: usize, need: usize, verb: &str) -> PyResult<usize> {
    let len_i = len as i64;
    if offset < 0 {
        if offset.saturating_add(need as i64) > 0 {
            return Err(struct_error(if verb == "pack_into" {
                format!("no space to pack {need} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {need} bytes at offset {offset}")
            }));
        }
        if offset.saturating_add(len_i) < 0 {
            return Err(struct_error(format!("offset {offset} out of range for {len}-byte buffer")));
        }
        return Ok((offset + len_i) as usize);
    }
    if len_i - offset < need as i64 {
        let action = if verb == "pack_into" { "packing" } else { "unpacking" };
        return Err(struct_error(format!(
            "{verb} requires a buffer of at least {} bytes for {action} {need} bytes at offset {offset} (actual buffer size is {len})",
            need as i128 + offset as i128
        )));
    }
    Ok(offset as usize)
}

fn pack_into(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(&a, "pack_into")?;
    let pos = a.pos();
    if pos.len() < 3 {
        let missing = ["format", "buffer", "offset"][pos.len()];
        return Err(PyErr::type_error(match missing {
            "format" => "missing format argument".to_string(),
            _ => "pack_into expected buffer argument".to_string(),
        }));
    }
    let fmt = format_of(vm, &pos[0])?;
    let offset = args::to_c_long(vm, &pos[2])?;
    let mut out = vec![0u8; fmt.size];
    codec::pack_into(vm, &fmt, &pos[3..], &mut out, "pack_into")?;
    let target = &pos[1];
    let written = match target.kind() {
        Some(Kind::ByteArray(b)) => {
            let mut data = b.lock();
            let at = resolve_offset(offset, data.len(), fmt.size, "pack_into")?;
            data[at..at + fmt.size].copy_from_slice(&out);
            true
        }
        Some(Kind::Native(n)) => match n.as_any().downcast_ref::<ophis_vm::buffer::memoryview::MemoryView>() {
            Some(view) => {
                let mut result = Ok(());
                let ok = view.write(|data| match resolve_offset(offset, data.len(), fmt.size, "pack_into") {
                    Ok(at) => data[at..at + fmt.size].copy_from_slice(&out),
                    Err(e) => result = Err(e),
                });
                if ok.is_err() {
                    return Err(PyErr::type_error("argument must be read-write bytes-like object, not memoryview"));
                }
                result?;
                true
            }
            None => false,
        },
        _ => false,
    };
    if !written {
        return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(target))));
    }
    Ok(Value::None)
}

fn buffer_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match ophis_vm::buffer::bytes_of_checked(v)? {
        Some(b) => Ok(b.into_owned()),
        None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn unpack(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "unpack", 2, 2)?;
    let fmt = format_of(vm, &pos[0])?;
    let data = buffer_bytes(vm, &pos[1])?;
    if data.len() != fmt.size {
        return Err(struct_error(format!("unpack requires a buffer of {} bytes", fmt.size)));
    }
    Ok(new_tuple(codec::unpack(&fmt, &data)))
}

fn unpack_from(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "unpack_from", params: &["format", "buffer", "offset"], posonly: 1, kwonly_from: 3, required: 2 };
    let [fmt, buffer, offset] = args::bind::<3>(&a, &sig)?;
    let fmt = format_of(vm, fmt.expect("required"))?;
    let data = buffer_bytes(vm, buffer.expect("required"))?;
    let offset = match offset { Some(v) => args::to_c_long(vm, v)?, None => 0 };
    let at = resolve_offset(offset, data.len(), fmt.size, "unpack_from")?;
    Ok(new_tuple(codec::unpack(&fmt, &data[at..at + fmt.size])))
}

fn iter_unpack(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "iter_unpack", 2, 2)?;
    let fmt = format_of(vm, &pos[0])?;
    let data = buffer_bytes(vm, &pos[1])?;
    if fmt.size == 0 {
        return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % fmt.size != 0 {
        return Err(struct_error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", fmt.size)));
    }
    let records: Vec<Value> = data.chunks_exact(fmt.size).map(|chunk| new_tuple(codec::unpack(&fmt, chunk))).collect();
    vm.iter(&new_list(records))
}

fn calcsize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "calcsize")?;
    Ok(Value::Int(format_of(vm, v)?.size as i64))
}

fn clearcache(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "_clearcache")?;
    cache().lock().clear();
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
            ("calcsize", calcsize),
            ("_clearcache", clearcache),
        ],
    );
    let error = match ERROR_CLASS.get() {
        Some(e) => e.clone(),
        None => {
            let exception = ophis_vm::exceptions::exception_types().get("Exception").clone();
            let ns = ophis_vm::dict::new_dict_object();
            ns.as_dict().expect("dict").set_str(intern("__module__"), new_str("struct"));
            let class = vm.call(
                &Value::Obj(ophis_vm::types::builtin().type_.clone()),
                &[new_str("error"), new_tuple(vec![Value::Obj(exception)]), Value::Obj(ns)],
                &[],
            )?;
            let class = class.as_obj().expect("a class").clone();
            class.make_immortal();
            ERROR_CLASS.get_or_init(|| class).clone()
        }
    };
    args::set_attr(module, "error", Value::Obj(error));
    Ok(())
}
