//! `_zstd`: the native core of `compression.zstd` (PEP 784) on libzstd (the `zstd` and
//! `zstd-safe` crates). The Python package `lib/compression/zstd/` builds the public API
//! (enums, one-shot functions, `ZstdFile`) on top, as CPython's does.
//!
//! Map: `ffi.rs` (owned libzstd handles), `params.rs` (level/options), `dict.rs` (`ZstdDict`),
//! `compressor.rs`, `decompressor.rs`; module functions here.

mod compressor;
mod decompressor;
mod dict;
mod ffi;
mod params;

use std::borrow::Cow;
use std::sync::OnceLock;

use ophis_vm::builtins::{intern, new_bytes, new_str, new_tuple};
use ophis_vm::exceptions::new_exception;
use ophis_vm::function::Args;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;

/// `ZSTD_CLEVEL_DEFAULT`.
pub const CLEVEL_DEFAULT: i32 = 3;

static ERROR_CLASS: OnceLock<ObjRef> = OnceLock::new();

/// A `ZstdError` with a message.
pub fn zstd_error(message: impl Into<String>) -> PyErr {
    let msg = new_str(message.into());
    match ERROR_CLASS.get() {
        Some(cls) => PyErr(new_exception(cls, vec![msg])),
        None => PyErr::with_args("Exception", vec![msg]),
    }
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match ophis_vm::buffer::bytes_of_checked(v)? {
        Some(b) => Ok(b),
        None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

/// `PyLong_AsInt` after `__index__`.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let i = vm.index_int(v)?;
    let big = ophis_vm::numbers::as_int(&i).expect("index_int gives an int").to_bigint();
    num_traits::ToPrimitive::to_i32(&big).ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C int"))
}

/// An optional argument that is neither missing nor None.
pub fn present(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !matches!(v, Value::None))
}

/// A read-only attribute: assigning raises CPython's "readonly attribute".
pub fn add_readonly(t: &ObjRef, name: &str, get: ophis_vm::function::NativeFn) {
    ophis_vm::native_type::add_property(t, name, get, Some(|_, _| Err(PyErr::new("AttributeError", "readonly attribute"))));
}

/// Argument Clinic's check on the total count: "f() takes at most 2 arguments (3 given)",
/// or "... keyword argument(s) ..." when only keywords were passed.
pub fn at_most(a: &Args, name: &str, max: usize) -> PyResult<()> {
    let total = a.values.len();
    if total <= max {
        return Ok(());
    }
    let keyword = if a.pos().is_empty() { "keyword " } else { "" };
    let plural = if max == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!("{name}() takes at most {max} {keyword}argument{plural} ({total} given)")))
}

/// `__reduce__`/`__reduce_ex__` of types that hold libzstd state: "cannot pickle 'X' object".
pub fn refuse_pickling(t: &ObjRef) {
    fn refuse(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let name = a.values.first().map(|v| vm.class_of(v)).and_then(|c| c.as_type().map(|d| d.qualified_name())).unwrap_or_default();
        Err(PyErr::type_error(format!("cannot pickle '{name}' object")))
    }
    ophis_vm::native_type::add_method(t, "__reduce__", refuse);
    ophis_vm::native_type::add_method(t, "__reduce_ex__", refuse);
}

/// A method's arguments without `self`.
pub fn rest<'a>(a: &Args<'a>) -> Args<'a> {
    Args { values: &a.values[1..], kwnames: a.kwnames }
}

pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("get_frame_info", get_frame_info),
            ("get_frame_size", get_frame_size),
            ("get_param_bounds", get_param_bounds),
            ("set_parameter_types", set_parameter_types),
            ("train_dict", train_dict),
            ("finalize_dict", finalize_dict),
        ],
    );
    let error = match ERROR_CLASS.get() {
        Some(e) => e.clone(),
        None => {
            let exception = ophis_vm::exceptions::exception_types().get("Exception").clone();
            let ns = ophis_vm::dict::new_dict_object();
            let d = ns.as_dict().expect("dict");
            d.set_str(intern("__module__"), new_str("compression.zstd"));
            d.set_str(intern("__doc__"), new_str("An error occurred in the zstd library."));
            let class = vm.call(
                &Value::Obj(ophis_vm::types::builtin().type_.clone()),
                &[new_str("ZstdError"), new_tuple(vec![Value::Obj(exception)]), Value::Obj(ns)],
                &[],
            )?;
            let class = class.as_obj().expect("a class").clone();
            class.make_immortal();
            ERROR_CLASS.get_or_init(|| class).clone()
        }
    };
    args::set_attr(module, "ZstdError", Value::Obj(error));
    args::set_attr(module, "ZstdCompressor", Value::Obj(compressor::compressor_type().clone()));
    args::set_attr(module, "ZstdDecompressor", Value::Obj(decompressor::decompressor_type().clone()));
    args::set_attr(module, "ZstdDict", Value::Obj(dict::dict_type().clone()));
    args::set_attr(module, "zstd_version", new_str(ffi::version_string()));
    args::set_attr(module, "zstd_version_number", Value::Int(ffi::version_number() as i64));
    args::set_attr(module, "ZSTD_CLEVEL_DEFAULT", Value::Int(CLEVEL_DEFAULT as i64));
    args::set_attr(module, "ZSTD_DStreamOutSize", Value::Int(ffi::dstream_out_size() as i64));
    let constants: &[(&str, i64)] = &[
        ("ZSTD_c_compressionLevel", 100),
        ("ZSTD_c_windowLog", 101),
        ("ZSTD_c_hashLog", 102),
        ("ZSTD_c_chainLog", 103),
        ("ZSTD_c_searchLog", 104),
        ("ZSTD_c_minMatch", 105),
        ("ZSTD_c_targetLength", 106),
        ("ZSTD_c_strategy", 107),
        ("ZSTD_c_enableLongDistanceMatching", 160),
        ("ZSTD_c_ldmHashLog", 161),
        ("ZSTD_c_ldmMinMatch", 162),
        ("ZSTD_c_ldmBucketSizeLog", 163),
        ("ZSTD_c_ldmHashRateLog", 164),
        ("ZSTD_c_contentSizeFlag", 200),
        ("ZSTD_c_checksumFlag", 201),
        ("ZSTD_c_dictIDFlag", 202),
        ("ZSTD_c_nbWorkers", 400),
        ("ZSTD_c_jobSize", 401),
        ("ZSTD_c_overlapLog", 402),
        ("ZSTD_d_windowLogMax", ffi::D_WINDOW_LOG_MAX),
        ("ZSTD_fast", 1),
        ("ZSTD_dfast", 2),
        ("ZSTD_greedy", 3),
        ("ZSTD_lazy", 4),
        ("ZSTD_lazy2", 5),
        ("ZSTD_btlazy2", 6),
        ("ZSTD_btopt", 7),
        ("ZSTD_btultra", 8),
        ("ZSTD_btultra2", 9),
    ];
    for (name, value) in constants {
        args::set_attr(module, name, Value::Int(*value));
    }
    Ok(())
}

/// `get_frame_info(frame_buffer)` -> `(decompressed_size or None, dictionary_id)`.
fn get_frame_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [buf] = args::bind::<1>(&a, &args::Sig { name: "get_frame_info", params: &["frame_buffer"], posonly: 0, kwonly_from: 1, required: 1 })?;
    let buf = bytes_arg(vm, buf.expect("required"))?;
    let size = ffi::frame_content_size(&buf).map_err(|()| {
        zstd_error(
            "Error when getting information from the header of a Zstandard frame. Ensure the frame_buffer argument starts from the beginning of a frame, and its length is not less than the frame header (6~18 bytes).",
        )
    })?;
    let size = match size {
        Some(n) => ophis_vm::numbers::int_value(num_bigint::BigInt::from(n)),
        None => Value::None,
    };
    Ok(new_tuple(vec![size, Value::Int(ffi::frame_dict_id(&buf) as i64)]))
}

/// `get_frame_size(frame_buffer)`: the compressed size of the frame at the start of the buffer.
fn get_frame_size(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [buf] = args::bind::<1>(&a, &args::Sig { name: "get_frame_size", params: &["frame_buffer"], posonly: 0, kwonly_from: 1, required: 1 })?;
    let buf = bytes_arg(vm, buf.expect("required"))?;
    match ffi::frame_compressed_size(&buf) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(code) => Err(zstd_error(format!(
            "Error when finding the compressed size of a Zstandard frame. Ensure the frame_buffer argument starts from the beginning of a frame, and its length is not less than this complete frame. Zstd error message: {}.",
            ffi::error_name(code)
        ))),
    }
}

/// `get_param_bounds(parameter, is_compress)`.
fn get_param_bounds(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [param, is_compress] =
        args::bind::<2>(&a, &args::Sig { name: "get_param_bounds", params: &["parameter", "is_compress"], posonly: 0, kwonly_from: 2, required: 2 })?;
    let id = c_int(vm, param.expect("required"))? as i64;
    let is_compress = vm.is_true(is_compress.expect("required"))?;
    let kind = if is_compress { "compression" } else { "decompression" };
    match ffi::bounds(id, is_compress) {
        Ok((lo, hi)) => Ok(new_tuple(vec![Value::Int(lo as i64), Value::Int(hi as i64)])),
        Err(code) => Err(zstd_error(format!("Unable to get zstd {kind} parameter bounds: {}", ffi::error_name(code)))),
    }
}

/// `set_parameter_types(c_parameter_type, d_parameter_type)`.
fn set_parameter_types(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [c, d] = args::bind::<2>(&a, &args::Sig { name: "set_parameter_types", params: &["c_parameter_type", "d_parameter_type"], posonly: 0, kwonly_from: 2, required: 2 })?;
    let as_type = |v: Option<&Value>, what: &str| {
        v.and_then(|v| v.as_obj()).filter(|o| o.as_type().is_some()).cloned().ok_or_else(|| PyErr::type_error(format!("{what} must be a type")))
    };
    let c = as_type(c, "c_parameter_type")?;
    let d = as_type(d, "d_parameter_type")?;
    *params::parameter_types().lock() = Some((c, d));
    Ok(Value::None)
}

/// The samples' concatenation and sizes, checked against each other.
fn samples_arg(vm: &mut Vm, data: &Value, sizes: &Value) -> PyResult<(Vec<u8>, Vec<usize>)> {
    let data = bytes_arg(vm, data)?.into_owned();
    let sizes_list = vm.collect_iterable(sizes)?;
    let mut sizes = Vec::new();
    sizes.try_reserve(sizes_list.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    let mut total: usize = 0;
    for s in &sizes_list {
        let i = vm.index_int(s)?;
        let n = ophis_vm::numbers::as_int(&i).and_then(|i| num_traits::ToPrimitive::to_usize(&i.to_bigint()));
        let n = n.ok_or_else(|| PyErr::value_error("Items in samples_sizes should be an int object, with a value between 0 and SIZE_MAX."))?;
        total = total.saturating_add(n);
        sizes.push(n);
    }
    if total != data.len() {
        return Err(PyErr::value_error("The samples size tuple doesn't match the concatenation's size."));
    }
    Ok((data, sizes))
}

fn dict_size_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = vm.index_int(v)?;
    match ophis_vm::numbers::as_int(&n).and_then(|i| num_traits::ToPrimitive::to_i64(&i.to_bigint())) {
        Some(n) if n > 0 => usize::try_from(n).map_err(|_| PyErr::value_error("dict_size argument should be positive number.")),
        _ => Err(PyErr::value_error("dict_size argument should be positive number.")),
    }
}

/// `train_dict(samples_bytes, samples_sizes, dict_size)` -> dictionary content.
fn train_dict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "train_dict", 3, 3)?;
    let (data, sizes) = samples_arg(vm, &pos[0], &pos[1])?;
    let capacity = dict_size_arg(vm, &pos[2])?;
    match zstd::dict::from_continuous(&data, &sizes, capacity) {
        Ok(content) => Ok(new_bytes(content)),
        Err(e) => Err(zstd_error(format!("Unable to train the Zstandard dictionary: {e}"))),
    }
}

/// `finalize_dict(custom_dict_bytes, samples_bytes, samples_sizes, dict_size, compression_level)`.
fn finalize_dict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "finalize_dict", 5, 5)?;
    let custom = bytes_arg(vm, &pos[0])?.into_owned();
    let (data, sizes) = samples_arg(vm, &pos[1], &pos[2])?;
    let capacity = dict_size_arg(vm, &pos[3])?;
    let level = c_int(vm, &pos[4])?;
    match ffi::finalize_dictionary(&custom, &data, &sizes, capacity, level) {
        Ok(content) => Ok(new_bytes(content)),
        Err(code) => Err(zstd_error(format!("Unable to finalize the Zstandard dictionary: {}", ffi::error_name(code)))),
    }
}
