//! `zlib._ZlibDecompressor`: the incremental decompressor with the bz2/lzma interface
//! (`decompress(data, max_length)`, `needs_input`, `eof`, `unused_data`), which keeps the
//! input it could not use yet instead of handing it back as `unconsumed_tail`.

use std::sync::OnceLock;

use ophis_vm::builtins::new_bytes;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, new_instance};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::stream::{InflateFail, ZStream, Z_BUF_ERROR, Z_MEM_ERROR, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, Z_SYNC_FLUSH};
use super::{data_arg, int_or, memory, ssize, z_error, MAX_WBITS};
use crate::args::{self, Sig};

struct State {
    zs: ZStream,
    zdict: Option<Vec<u8>>,
    /// Input given but not used yet (output stopped at max_length).
    pending: Vec<u8>,
    unused_data: Vec<u8>,
    eof: bool,
    needs_input: bool,
}

pub struct ZlibDecompressor(Mutex<State>);

pub fn decompressor_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("_ZlibDecompressor", "zlib", None, false, Some(construct));
        native_type::set_attr(
            &t,
            "__doc__",
            ophis_vm::builtins::new_str("_ZlibDecompressor(wbits=15, zdict=b'')\n\nIncremental zlib decompressor keeping unused input between calls."),
        );
        native_type::add_method(&t, "decompress", decompress);
        native_type::add_getter(&t, "eof", |_, a| Ok(Value::Bool(this(&a)?.0.lock().eof)));
        native_type::add_getter(&t, "needs_input", |_, a| Ok(Value::Bool(this(&a)?.0.lock().needs_input)));
        native_type::add_getter(&t, "unused_data", |_, a| Ok(new_bytes(this(&a)?.0.lock().unused_data.clone())));
        t
    })
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a ZlibDecompressor> {
    native_type::this::<ZlibDecompressor>(a, "zlib._ZlibDecompressor")
}

fn construct(vm: &mut Vm, cls: &ObjRef, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "_ZlibDecompressor", params: &["wbits", "zdict"], posonly: 0, kwonly_from: 2, required: 0 };
    let [wbits, zdict] = args::bind::<2>(&a, &sig)?;
    let wbits = int_or(vm, wbits, MAX_WBITS)?;
    let zdict = match zdict {
        None => None,
        Some(v) => match ophis_vm::buffer::bytes_of_checked(v)? {
            Some(b) => Some(b.into_owned()),
            None => return Err(PyErr::type_error("zdict argument must support the buffer protocol")),
        },
    };
    let mut zs = match ZStream::inflate_init(wbits) {
        Ok(zs) => zs,
        Err(Z_MEM_ERROR) => return Err(memory("Can't allocate memory for decompression object")),
        Err(Z_STREAM_ERROR) => return Err(PyErr::value_error("Invalid initialization option")),
        Err(code) => return Err(z_error(code, None, "while creating decompression object")),
    };
    if wbits < 0
        && let Some(dict) = &zdict
    {
        let code = zs.set_dictionary(dict);
        if code != Z_OK {
            return Err(z_error(code, zs.message(), "while setting zdict"));
        }
    }
    let state = State { zs, zdict, pending: Vec::new(), unused_data: Vec::new(), eof: false, needs_input: true };
    Ok(new_instance(cls, ZlibDecompressor(Mutex::new(state))))
}

fn decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = this(&a)?;
    let sig = Sig { name: "decompress", params: &["self", "data", "max_length"], posonly: 1, kwonly_from: 3, required: 2 };
    let [_, data, max_length] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?.into_owned();
    let max_length = match max_length {
        None => -1,
        Some(v) => ssize(vm, v)?,
    };
    let mut st = obj.0.lock();
    if st.eof {
        return Err(PyErr::new("EOFError", "End of stream already reached"));
    }
    let mut input = std::mem::take(&mut st.pending);
    input.try_reserve(data.len()).map_err(|_| memory(""))?;
    input.extend_from_slice(&data);
    if max_length == 0 {
        st.pending = input;
        st.needs_input = false;
        return Ok(new_bytes(Vec::new()));
    }
    let limit = usize::try_from(max_length).ok();
    let zdict = st.zdict.clone();
    let mut out = Vec::new();
    let (code, used) = match st.zs.inflate_all(&input, Z_SYNC_FLUSH, &mut out, limit, zdict.as_deref()) {
        Ok(r) => r,
        Err(InflateFail::Memory) => return Err(memory("")),
        Err(InflateFail::Dictionary(c)) => return Err(z_error(c, st.zs.message(), "while setting zdict")),
    };
    let rest = &input[used..];
    if code == Z_STREAM_END {
        st.eof = true;
        st.needs_input = false;
        st.unused_data.extend_from_slice(rest);
    } else if code != Z_OK && code != Z_BUF_ERROR {
        return Err(z_error(code, st.zs.message(), "while decompressing data"));
    } else if rest.is_empty() {
        // All input used: more is needed unless output stopped at the limit (zlib may still
        // hold output for the next call).
        st.needs_input = limit.is_none_or(|l| out.len() < l);
    } else {
        st.pending = rest.to_vec();
        st.needs_input = false;
    }
    Ok(new_bytes(out))
}
