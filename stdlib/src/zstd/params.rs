//! The `level` and `options` arguments of `ZstdCompressor`/`ZstdDecompressor`: type checks,
//! bounds checks against libzstd's parameter bounds, and CPython's messages.

use std::sync::OnceLock;

use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::ffi::{self, CCtx, DCtx};
use super::{c_int, zstd_error};

/// `(CompressionParameter, DecompressionParameter)`, registered by `compression.zstd` through
/// `_zstd.set_parameter_types` so option keys of the wrong kind can be named in errors.
pub fn parameter_types() -> &'static Mutex<Option<(ObjRef, ObjRef)>> {
    static T: OnceLock<Mutex<Option<(ObjRef, ObjRef)>>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(None))
}

fn is_instance_of(vm: &Vm, v: &Value, which: fn(&(ObjRef, ObjRef)) -> &ObjRef) -> bool {
    let types = parameter_types().lock().clone();
    types.is_some_and(|t| ophis_vm::types::is_subtype(&vm.class_of(v), which(&t)))
}

/// Name of parameter `id` in messages.
pub fn param_name(id: i64, is_compress: bool) -> String {
    let known = if is_compress {
        ffi::c_parameter_name(id)
    } else if id == ffi::D_WINDOW_LOG_MAX {
        Some("window_log_max")
    } else {
        None
    };
    known.map_or_else(|| format!("unknown parameter (key {id})"), str::to_string)
}

/// Checks `value` against the bounds of parameter `id`.
fn check_bounds(id: i64, value: i32, is_compress: bool) -> PyResult<()> {
    let kind = if is_compress { "compression" } else { "decompression" };
    let name = param_name(id, is_compress);
    let (lo, hi) = ffi::bounds(id, is_compress).map_err(|_| PyErr::value_error(format!("invalid {kind} parameter '{name}'")))?;
    if value < lo || value > hi {
        return Err(PyErr::value_error(format!("{kind} parameter '{name}' received an illegal value {value}; the valid range is [{lo}, {hi}]")));
    }
    Ok(())
}

fn options_entries(vm: &Vm, owner: &str, options: &Value) -> PyResult<Vec<(Value, Value)>> {
    match options.as_obj().and_then(|o| o.as_dict()) {
        Some(d) => Ok(d.entries().into_iter().map(|e| (e.key, e.value)).collect()),
        None => Err(PyErr::type_error(format!("{owner}() argument 'options' must be dict, not {}", vm.type_name(options)))),
    }
}

/// Applies `level` or `options` to a compression context; returns the compression level in
/// force (for building a digested dictionary).
pub fn apply_compression(vm: &mut Vm, cctx: &mut CCtx, level: Option<&Value>, options: Option<&Value>) -> PyResult<i32> {
    let mut in_force = super::CLEVEL_DEFAULT;
    if let Some(level) = level {
        let (lo, hi) = (ffi::min_level(), ffi::max_level());
        let Some(int) = ophis_vm::numbers::as_int(level) else {
            return Err(PyErr::type_error("invalid type for level, expected int"));
        };
        let Some(value) = num_traits::ToPrimitive::to_i32(&int.to_bigint()) else {
            return Err(PyErr::value_error(format!("illegal compression level; the valid range is [{lo}, {hi}]")));
        };
        if value < lo || value > hi {
            return Err(PyErr::value_error(format!("illegal compression level {value}; the valid range is [{lo}, {hi}]")));
        }
        set_c(cctx, 100, value)?;
        in_force = value;
    }
    if let Some(options) = options {
        for (key, value) in options_entries(vm, "ZstdCompressor", options)? {
            if is_instance_of(vm, &key, |t| &t.1) {
                return Err(PyErr::type_error("compression options dictionary key must not be a DecompressionParameter attribute"));
            }
            let id = c_int(vm, &key)? as i64;
            let value = c_int(vm, &value)?;
            check_bounds(id, value, true)?;
            if id == 100 {
                in_force = value;
            }
            set_c(cctx, id, value)?;
        }
    }
    Ok(in_force)
}

fn set_c(cctx: &mut CCtx, id: i64, value: i32) -> PyResult<()> {
    cctx.set_parameter(id, value)
        .map_err(|code| zstd_error(format!("Unable to set zstd compression parameter '{}': {}", param_name(id, true), ffi::error_name(code))))
}

/// Applies decompression `options`.
pub fn apply_decompression(vm: &mut Vm, dctx: &mut DCtx, options: &Value) -> PyResult<()> {
    for (key, value) in options_entries(vm, "ZstdDecompressor", options)? {
        if is_instance_of(vm, &key, |t| &t.0) {
            return Err(PyErr::type_error("decompression options dictionary key must not be a CompressionParameter attribute"));
        }
        let id = c_int(vm, &key)? as i64;
        let value = c_int(vm, &value)?;
        check_bounds(id, value, false)?;
        dctx.set_window_log_max(value).map_err(|code| zstd_error(format!("Unable to set zstd decompression parameter 'window_log_max': {}", ffi::error_name(code))))?;
    }
    Ok(())
}
