//! `ZstdDecompressor`: decompresses one frame incrementally, with an optional output limit
//! per call (`max_length`), keeping unconsumed input for the next call, and `eof`,
//! `needs_input`, `unused_data` as CPython reports them.

use std::sync::OnceLock;

use ophis_vm::builtins::{new_bytes, new_str};
use ophis_vm::function::Args;
use ophis_vm::native_type;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::dict::{parse_dict_arg, DictUse};
use super::ffi::{self, DCtx};
use super::{bytes_arg, zstd_error};
use crate::args;

struct State {
    dctx: DCtx,
    eof: bool,
    needs_input: bool,
    /// Input given but not consumed yet (the output limit was reached first).
    pending: Vec<u8>,
    /// Input after the end of the frame.
    unused: Vec<u8>,
}

/// The Rust value inside a `ZstdDecompressor` instance.
pub struct Decompressor(Mutex<State>);

pub fn decompressor_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("compression.zstd.ZstdDecompressor", "compression.zstd", None, false, Some(construct));
        native_type::add_method(&t, "decompress", decompress);
        super::refuse_pickling(&t);
        super::add_readonly(&t, "eof", |_, a| Ok(Value::Bool(this(&a)?.0.lock().eof)));
        super::add_readonly(&t, "needs_input", |_, a| Ok(Value::Bool(this(&a)?.0.lock().needs_input)));
        super::add_readonly(&t, "unused_data", unused_data);
        native_type::set_attr(&t, "__doc__", new_str("Create a decompressor object for decompressing data incrementally."));
        t
    })
}

/// `ZstdDecompressor(zstd_dict=None, options=None)`.
fn construct(vm: &mut Vm, cls: &ObjRef, a: Args) -> PyResult<Value> {
    super::at_most(&a, "ZstdDecompressor", 2)?;
    let [zstd_dict, options] =
        args::bind::<2>(&a, &args::Sig { name: "ZstdDecompressor", params: &["zstd_dict", "options"], posonly: 0, kwonly_from: 2, required: 0 })?;
    let present = super::present;
    let mut dctx = DCtx::new().ok_or_else(|| PyErr::new("MemoryError", ""))?;
    if let Some(options) = present(options) {
        super::params::apply_decompression(vm, &mut dctx, options)?;
    }
    if let Some(d) = present(zstd_dict) {
        let (dict, how) = parse_dict_arg(d)?;
        let loaded = match how {
            DictUse::Digested => dctx.ref_ddict(dict.ddict()?),
            DictUse::Undigested => dctx.load_dictionary(&dict.content),
            DictUse::Prefix => dctx.ref_prefix(dict.content.clone()),
        };
        loaded.map_err(|code| zstd_error(format!("Unable to load Zstandard dictionary or prefix for decompression: {}", ffi::error_name(code))))?;
    }
    let state = State { dctx, eof: false, needs_input: true, pending: Vec::new(), unused: Vec::new() };
    Ok(native_type::new_instance(cls, Decompressor(Mutex::new(state))))
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a Decompressor> {
    native_type::this::<Decompressor>(a, "ZstdDecompressor")
}

fn unused_data(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let state = this(&a)?.0.lock();
    Ok(new_bytes(if state.eof { state.unused.clone() } else { Vec::new() }))
}

/// `decompress(data, max_length=-1)`.
fn decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a)?;
    let rest = super::rest(&a);
    super::at_most(&rest, "decompress", 2)?;
    let [data, max_length] =
        args::bind::<2>(&rest, &args::Sig { name: "decompress", params: &["data", "max_length"], posonly: 0, kwonly_from: 2, required: 1 })?;
    let data = bytes_arg(vm, data.expect("required"))?;
    let limit = match max_length {
        Some(v) => {
            let n = vm.index_int(v)?;
            match ophis_vm::numbers::as_int(&n).map(|i| i.to_bigint()) {
                Some(b) if b.sign() == num_bigint::Sign::Minus => None,
                Some(b) => Some(num_traits::ToPrimitive::to_usize(&b).ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C ssize_t"))?),
                None => None,
            }
        }
        None => None,
    };
    let mut state = d.0.lock();
    if state.eof {
        return Err(PyErr::new("EOFError", "Already at the end of a Zstandard frame."));
    }
    // Input left over from the previous call goes first (copied only then).
    let input: std::borrow::Cow<[u8]> = if state.pending.is_empty() {
        data
    } else {
        let mut joined = std::mem::take(&mut state.pending);
        joined.try_reserve(data.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
        joined.extend_from_slice(&data);
        std::borrow::Cow::Owned(joined)
    };
    let mut out = Vec::new();
    let progress = match state.dctx.decompress(&input, limit, &mut out) {
        Ok(p) => p,
        Err(Some(code)) => return Err(zstd_error(format!("Unable to decompress Zstandard data: {}", ffi::error_name(code)))),
        Err(None) => return Err(PyErr::new("MemoryError", "Unable to allocate output buffer.")),
    };
    let rest_in = &input[progress.consumed..];
    if progress.frame_done {
        state.eof = true;
        state.needs_input = false;
        state.unused = rest_in.to_vec();
    } else if rest_in.is_empty() {
        // Output stopped at the limit: more may be buffered inside the context.
        state.needs_input = limit != Some(out.len());
    } else {
        state.needs_input = false;
        state.pending = rest_in.to_vec();
    }
    Ok(new_bytes(out))
}
