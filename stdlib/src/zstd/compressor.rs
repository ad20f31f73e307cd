//! `ZstdCompressor`: a streaming compression context with CPython's modes (CONTINUE,
//! FLUSH_BLOCK, FLUSH_FRAME), `last_mode` and `set_pledged_input_size`.

use std::sync::OnceLock;

use ophis_vm::builtins::{new_bytes, new_str};
use ophis_vm::function::Args;
use ophis_vm::native_type;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::dict::{parse_dict_arg, DictUse};
use super::ffi::{self, CCtx, EndOp};
use super::{bytes_arg, zstd_error};
use crate::args;

const CONTINUE: i64 = 0;
const FLUSH_BLOCK: i64 = 1;
const FLUSH_FRAME: i64 = 2;

struct State {
    cctx: CCtx,
    last_mode: i64,
}

/// The Rust value inside a `ZstdCompressor` instance.
pub struct Compressor(Mutex<State>);

pub fn compressor_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("compression.zstd.ZstdCompressor", "compression.zstd", None, false, Some(construct));
        native_type::add_method(&t, "compress", compress);
        native_type::add_method(&t, "flush", flush);
        native_type::add_method(&t, "set_pledged_input_size", set_pledged_input_size);
        super::add_readonly(&t, "last_mode", last_mode);
        super::refuse_pickling(&t);
        native_type::set_attr(&t, "CONTINUE", Value::Int(CONTINUE));
        native_type::set_attr(&t, "FLUSH_BLOCK", Value::Int(FLUSH_BLOCK));
        native_type::set_attr(&t, "FLUSH_FRAME", Value::Int(FLUSH_FRAME));
        native_type::set_attr(&t, "__doc__", new_str("Create a compressor object for compressing data incrementally."));
        t
    })
}

/// `ZstdCompressor(level=None, options=None, zstd_dict=None)`.
fn construct(vm: &mut Vm, cls: &ObjRef, a: Args) -> PyResult<Value> {
    super::at_most(&a, "ZstdCompressor", 3)?;
    let [level, options, zstd_dict] =
        args::bind::<3>(&a, &args::Sig { name: "ZstdCompressor", params: &["level", "options", "zstd_dict"], posonly: 0, kwonly_from: 3, required: 0 })?;
    let present = super::present;
    let (level, options, zstd_dict) = (present(level), present(options), present(zstd_dict));
    if level.is_some() && options.is_some() {
        return Err(PyErr::type_error("Only one of level or options should be used."));
    }
    let mut cctx = CCtx::new().ok_or_else(|| PyErr::new("MemoryError", ""))?;
    let level_in_force = super::params::apply_compression(vm, &mut cctx, level, options)?;
    if let Some(d) = zstd_dict {
        let (dict, how) = parse_dict_arg(d)?;
        let loaded = match how {
            DictUse::Digested => cctx.ref_cdict(dict.cdict(level_in_force)?),
            DictUse::Undigested => cctx.load_dictionary(&dict.content),
            DictUse::Prefix => cctx.ref_prefix(dict.content.clone()),
        };
        loaded.map_err(|code| zstd_error(format!("Unable to load Zstandard dictionary or prefix for compression: {}", ffi::error_name(code))))?;
    }
    Ok(native_type::new_instance(cls, Compressor(Mutex::new(State { cctx, last_mode: FLUSH_FRAME }))))
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a Compressor> {
    native_type::this::<Compressor>(a, "ZstdCompressor")
}

fn end_op(mode: i64) -> EndOp {
    match mode {
        CONTINUE => EndOp::Continue,
        FLUSH_BLOCK => EndOp::FlushBlock,
        _ => EndOp::FlushFrame,
    }
}

/// Runs one compression call; on failure the frame is abandoned (as CPython does) so the
/// compressor stays usable for a new frame.
fn run(state: &mut State, data: &[u8], mode: i64) -> PyResult<Value> {
    let mut out = Vec::new();
    match state.cctx.compress(data, end_op(mode), &mut out) {
        Ok(()) => {
            state.last_mode = mode;
            Ok(new_bytes(out))
        }
        Err(code) => {
            state.cctx.reset_session();
            state.last_mode = FLUSH_FRAME;
            Err(match code {
                Some(code) => zstd_error(format!("Unable to compress Zstandard data: {}", ffi::error_name(code))),
                None => PyErr::new("MemoryError", "Unable to allocate output buffer."),
            })
        }
    }
}

/// `compress(data, mode=ZstdCompressor.CONTINUE)`.
fn compress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = this(&a)?;
    let rest = super::rest(&a);
    super::at_most(&rest, "compress", 2)?;
    let [data, mode] = args::bind::<2>(&rest, &args::Sig { name: "compress", params: &["data", "mode"], posonly: 0, kwonly_from: 2, required: 1 })?;
    let data = bytes_arg(vm, data.expect("required"))?;
    let mode = match mode {
        Some(m) => super::c_int(vm, m)? as i64,
        None => CONTINUE,
    };
    if !(CONTINUE..=FLUSH_FRAME).contains(&mode) {
        return Err(PyErr::value_error(
            "mode argument wrong value, it should be one of ZstdCompressor.CONTINUE, ZstdCompressor.FLUSH_BLOCK, ZstdCompressor.FLUSH_FRAME.",
        ));
    }
    let mut state = c.0.lock();
    run(&mut state, &data, mode)
}

/// `flush(mode=ZstdCompressor.FLUSH_FRAME)`.
fn flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = this(&a)?;
    let rest = super::rest(&a);
    super::at_most(&rest, "flush", 1)?;
    let [mode] = args::bind::<1>(&rest, &args::Sig { name: "flush", params: &["mode"], posonly: 0, kwonly_from: 1, required: 0 })?;
    let mode = match mode {
        Some(m) => super::c_int(vm, m)? as i64,
        None => FLUSH_FRAME,
    };
    if mode != FLUSH_BLOCK && mode != FLUSH_FRAME {
        return Err(PyErr::value_error("mode argument wrong value, it should be ZstdCompressor.FLUSH_FRAME or ZstdCompressor.FLUSH_BLOCK."));
    }
    let mut state = c.0.lock();
    run(&mut state, &[], mode)
}

fn last_mode(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&a)?.0.lock().last_mode))
}

/// `set_pledged_input_size(size)`: the exact size of the next frame's data (None: unknown).
fn set_pledged_input_size(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = this(&a)?;
    let rest = super::rest(&a);
    let size = args::one(&rest, "set_pledged_input_size")?;
    let size = match size {
        Value::None => None,
        v => {
            let Some(int) = ophis_vm::numbers::as_int(v) else {
                return Err(PyErr::type_error("an integer is required"));
            };
            match num_traits::ToPrimitive::to_u64(&int.to_bigint()) {
                Some(n) if n < u64::MAX - 1 => Some(n),
                _ => return Err(PyErr::value_error("size argument should be a positive int less than 18446744073709551614")),
            }
        }
    };
    let _ = vm;
    let mut state = c.0.lock();
    if state.last_mode != FLUSH_FRAME {
        return Err(PyErr::value_error("set_pledged_input_size() method must be called when last_mode == FLUSH_FRAME"));
    }
    state
        .cctx
        .set_pledged_src_size(size)
        .map_err(|code| zstd_error(format!("Unable to set pledged uncompressed content size: {}", ffi::error_name(code))))?;
    Ok(Value::None)
}
