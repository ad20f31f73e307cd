//! `zlib`: deflate compression with zlib, raw and gzip containers, the `Compress` /
//! `Decompress` stream objects, and the Adler-32 / CRC-32 checksums. The streams are zlib's
//! C interface as implemented in Rust by zlib-rs ([`stream`]); the call sequences and error
//! handling follow CPython's zlib module, so results and messages match.

mod incremental;
mod stream;

use std::sync::OnceLock;

use ophis_vm::builtins::{new_bytes, new_str};
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, new_instance};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use crate::args::{self, Sig};
use crate::exception_class;
use stream::{InflateFail, ZStream, Z_BUF_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NO_FLUSH, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, Z_SYNC_FLUSH};

static ERROR: OnceLock<ObjRef> = OnceLock::new();

const DEF_BUF_SIZE: i64 = 16384;
const MAX_WBITS: i64 = 15;

fn error(message: impl Into<String>) -> PyErr {
    exception_class::raise(&ERROR, "Exception", message)
}

/// CPython's zlib_error: "Error -3 while decompressing data: incorrect header check".
fn z_error(code: i32, msg: Option<String>, doing: &str) -> PyErr {
    match stream::error_text(code, msg) {
        Some(m) => error(format!("Error {code} {doing}: {m}")),
        None => error(format!("Error {code} {doing}")),
    }
}

fn memory(message: &str) -> PyErr {
    PyErr::new("MemoryError", message)
}

fn data_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    ophis_vm::buffer::bytes_of_checked(v)?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn int_or(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i32> {
    match v {
        None => Ok(default as i32),
        Some(v) => args::to_c_int(vm, v),
    }
}

/// A Py_ssize_t argument (None on overflow).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    args::to_i64_opt(vm, v)?.ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C ssize_t"))
}

// ---- one-shot functions ---------------------------------------------------------------

fn compress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "compress", params: &["data", "level", "wbits"], posonly: 1, kwonly_from: 3, required: 1 };
    let [data, level, wbits] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?;
    let level = int_or(vm, level, -1)?;
    let wbits = int_or(vm, wbits, MAX_WBITS)?;
    let mut zs = match ZStream::deflate_init(level, 8, wbits, 8, 0) {
        Ok(zs) => zs,
        Err(Z_MEM_ERROR) => return Err(memory("Out of memory while compressing data")),
        Err(Z_STREAM_ERROR) => return Err(error("Bad compression level")),
        Err(code) => return Err(z_error(code, None, "while compressing data")),
    };
    let mut out = Vec::new();
    let code = zs.deflate_all(&data, Z_FINISH, &mut out).map_err(|_| memory(""))?;
    if code == Z_STREAM_ERROR {
        return Err(z_error(code, zs.message(), "while compressing data"));
    }
    let end = zs.end();
    if code != Z_STREAM_END || end != Z_OK {
        return Err(z_error(if end != Z_OK { end } else { code }, zs.message(), "while finishing compression"));
    }
    Ok(new_bytes(out))
}

fn decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "decompress", params: &["data", "wbits", "bufsize"], posonly: 1, kwonly_from: 3, required: 1 };
    let [data, wbits, bufsize] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?;
    let wbits = int_or(vm, wbits, MAX_WBITS)?;
    if let Some(b) = bufsize
        && ssize(vm, b)? < 0
    {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let mut zs = match ZStream::inflate_init(wbits) {
        Ok(zs) => zs,
        Err(Z_MEM_ERROR) => return Err(memory("Out of memory while decompressing data")),
        Err(code) => return Err(z_error(code, None, "while preparing to decompress data")),
    };
    let mut out = Vec::new();
    let (code, _) = match zs.inflate_all(&data, Z_FINISH, &mut out, None, None) {
        Ok(r) => r,
        Err(_) => return Err(memory("")),
    };
    if code != Z_STREAM_END {
        return Err(z_error(code, zs.message(), "while decompressing data"));
    }
    let end = zs.end();
    if end != Z_OK {
        return Err(z_error(end, zs.message(), "while finishing decompression"));
    }
    Ok(new_bytes(out))
}

/// The starting value of a checksum, reduced modulo 2**32 (CPython's unsigned-int mask).
fn checksum_start(vm: &mut Vm, v: Option<&Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(v) => {
            let n = args::to_bigint(vm, v)?;
            let m = num_bigint::BigInt::from(1u64 << 32);
            Ok(num_traits::ToPrimitive::to_u32(&(((n % &m) + &m) % &m)).unwrap_or(0))
        }
    }
}

fn crc32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "crc32", 1, 2)?;
    let data = data_arg(vm, &pos[0])?;
    let start = checksum_start(vm, pos.get(1), 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

fn adler32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "adler32", 1, 2)?;
    let data = data_arg(vm, &pos[0])?;
    let start = checksum_start(vm, pos.get(1), 1)?;
    let mut h = adler2::Adler32::from_checksum(start);
    h.write_slice(&data);
    Ok(Value::Int(h.checksum() as i64))
}

// ---- Compress objects -------------------------------------------------------------------

pub struct CompressObj(Mutex<ZStream>);

fn compress_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("Compress", "zlib", None, false, Some(|_, _, _| Err(PyErr::type_error("cannot create 'zlib.Compress' instances"))));
        native_type::add_method(&t, "compress", comp_compress);
        native_type::add_method(&t, "flush", comp_flush);
        native_type::add_method(&t, "copy", comp_copy);
        native_type::add_method(&t, "__copy__", comp_copy);
        native_type::add_method(&t, "__deepcopy__", comp_deepcopy);
        t
    })
}

fn compressobj(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "compressobj",
        params: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        posonly: 0,
        kwonly_from: 6,
        required: 0,
    };
    let [level, method, wbits, mem_level, strategy, zdict] = args::bind::<6>(&a, &sig)?;
    let level = int_or(vm, level, -1)?;
    let method = int_or(vm, method, 8)?;
    let wbits = int_or(vm, wbits, MAX_WBITS)?;
    let mem_level = int_or(vm, mem_level, 8)?;
    let strategy = int_or(vm, strategy, 0)?;
    let zdict = match zdict {
        None | Some(Value::None) => None,
        Some(v) => Some(data_arg(vm, v)?.into_owned()),
    };
    let mut zs = match ZStream::deflate_init(level, method, wbits, mem_level, strategy) {
        Ok(zs) => zs,
        Err(Z_MEM_ERROR) => return Err(memory("Can't allocate memory for compression object")),
        Err(Z_STREAM_ERROR) => return Err(PyErr::value_error("Invalid initialization option")),
        Err(code) => return Err(z_error(code, None, "while creating compression object")),
    };
    if let Some(dict) = zdict
        && zs.set_dictionary(&dict) != Z_OK
    {
        return Err(PyErr::value_error("Invalid dictionary"));
    }
    Ok(new_instance(compress_type(), CompressObj(Mutex::new(zs))))
}

fn comp_this<'a>(a: &Args<'a>) -> PyResult<&'a CompressObj> {
    native_type::this::<CompressObj>(a, "zlib.Compress")
}

fn comp_compress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = comp_this(&a)?;
    let pos = args::range(&a, "compress", 2, 2)?;
    let data = data_arg(vm, &pos[1])?.into_owned();
    let mut zs = obj.0.lock();
    let mut out = Vec::new();
    let code = zs.deflate_all(&data, Z_NO_FLUSH, &mut out).map_err(|_| memory(""))?;
    if code == Z_STREAM_ERROR {
        return Err(z_error(code, zs.message(), "while compressing data"));
    }
    Ok(new_bytes(out))
}

fn comp_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = comp_this(&a)?;
    let pos = args::range(&a, "flush", 1, 2)?;
    let mode = match pos.get(1) {
        Some(v) => args::to_c_int(vm, v)?,
        None => Z_FINISH,
    };
    // Flushing with Z_NO_FLUSH is a no-op.
    if mode == Z_NO_FLUSH {
        return Ok(new_bytes(Vec::new()));
    }
    let mut zs = obj.0.lock();
    let mut out = Vec::new();
    let code = zs.deflate_all(&[], mode, &mut out).map_err(|_| memory(""))?;
    if code == Z_STREAM_ERROR {
        return Err(z_error(code, zs.message(), "while flushing"));
    }
    if mode == Z_FINISH && code == Z_STREAM_END {
        let end = zs.end();
        if end != Z_OK {
            return Err(z_error(end, zs.message(), "while finishing compression"));
        }
    } else if code != Z_OK && code != Z_BUF_ERROR {
        return Err(z_error(code, zs.message(), "while flushing"));
    }
    Ok(new_bytes(out))
}

fn comp_copy(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = comp_this(&a)?;
    let mut zs = obj.0.lock();
    match zs.copy() {
        Ok(copy) => Ok(new_instance(compress_type(), CompressObj(Mutex::new(copy)))),
        Err(Z_MEM_ERROR) => Err(memory("Can't allocate memory for compression object")),
        Err(Z_STREAM_ERROR) => Err(PyErr::value_error("Inconsistent stream state")),
        Err(code) => Err(z_error(code, zs.message(), "while copying compression object")),
    }
}

fn comp_deepcopy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::range(&a, "__deepcopy__", 2, 2)?;
    comp_copy(vm, a)
}

// ---- Decompress objects -------------------------------------------------------------------

struct DecompressState {
    zs: ZStream,
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

pub struct DecompressObj(Mutex<DecompressState>);

fn decompress_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("Decompress", "zlib", None, false, Some(|_, _, _| Err(PyErr::type_error("cannot create 'zlib.Decompress' instances"))));
        native_type::add_method(&t, "decompress", dec_decompress);
        native_type::add_method(&t, "flush", dec_flush);
        native_type::add_method(&t, "copy", dec_copy);
        native_type::add_method(&t, "__copy__", dec_copy);
        native_type::add_method(&t, "__deepcopy__", dec_deepcopy);
        native_type::add_getter(&t, "unused_data", |_, a| Ok(new_bytes(dec_this(&a)?.0.lock().unused_data.clone())));
        native_type::add_getter(&t, "unconsumed_tail", |_, a| Ok(new_bytes(dec_this(&a)?.0.lock().unconsumed_tail.clone())));
        native_type::add_getter(&t, "eof", |_, a| Ok(Value::Bool(dec_this(&a)?.0.lock().eof)));
        t
    })
}

fn dec_this<'a>(a: &Args<'a>) -> PyResult<&'a DecompressObj> {
    native_type::this::<DecompressObj>(a, "zlib.Decompress")
}

fn decompressobj(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "decompressobj", params: &["wbits", "zdict"], posonly: 0, kwonly_from: 2, required: 0 };
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
    // Raw streams never ask for their dictionary: it is installed up front.
    if wbits < 0
        && let Some(dict) = &zdict
    {
        let code = zs.set_dictionary(dict);
        if code != Z_OK {
            return Err(z_error(code, zs.message(), "while setting zdict"));
        }
    }
    let state = DecompressState { zs, zdict, unused_data: Vec::new(), unconsumed_tail: Vec::new(), eof: false };
    Ok(new_instance(decompress_type(), DecompressObj(Mutex::new(state))))
}

/// Inflates `data` (with `flush`, up to `limit` bytes), then records what was left of the
/// input as CPython does: after the end of the stream in `unused_data`, otherwise (when output
/// stopped early) in `unconsumed_tail`.
fn run_inflate(st: &mut DecompressState, data: &[u8], flush: i32, limit: Option<usize>) -> PyResult<(i32, Vec<u8>)> {
    let mut out = Vec::new();
    let zdict = st.zdict.clone();
    let (code, used) = match st.zs.inflate_all(data, flush, &mut out, limit, zdict.as_deref()) {
        Ok(r) => r,
        Err(InflateFail::Memory) => return Err(memory("")),
        Err(InflateFail::Dictionary(c)) => return Err(z_error(c, st.zs.message(), "while setting zdict")),
    };
    let mut rest = &data[used..];
    if code == Z_STREAM_END {
        st.unused_data.extend_from_slice(rest);
        rest = &[];
    }
    if !rest.is_empty() || !st.unconsumed_tail.is_empty() {
        st.unconsumed_tail = rest.to_vec();
    }
    Ok((code, out))
}

fn dec_decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = dec_this(&a)?;
    let sig = Sig { name: "decompress", params: &["self", "data", "max_length"], posonly: 2, kwonly_from: 3, required: 2 };
    let [_, data, max_length] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?.into_owned();
    let max_length = match max_length {
        None => 0,
        Some(v) => ssize(vm, v)?,
    };
    if max_length < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    let limit = if max_length == 0 { None } else { Some(max_length as usize) };
    let mut st = obj.0.lock();
    let (code, out) = run_inflate(&mut st, &data, Z_SYNC_FLUSH, limit)?;
    if code == Z_STREAM_END {
        st.eof = true;
    } else if code != Z_OK && code != Z_BUF_ERROR {
        return Err(z_error(code, st.zs.message(), "while decompressing data"));
    }
    Ok(new_bytes(out))
}

fn dec_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = dec_this(&a)?;
    let pos = args::range(&a, "flush", 1, 2)?;
    let length = match pos.get(1) {
        Some(v) => ssize(vm, v)?,
        None => DEF_BUF_SIZE,
    };
    if length <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    let mut st = obj.0.lock();
    let tail = std::mem::take(&mut st.unconsumed_tail);
    let (code, out) = run_inflate(&mut st, &tail, Z_FINISH, None)?;
    if code == Z_STREAM_END {
        st.eof = true;
    } else if code != Z_OK && code != Z_BUF_ERROR {
        // An unfinished stream is not an error for flush(); a corrupt one is.
        return Err(z_error(code, st.zs.message(), "while flushing"));
    }
    Ok(new_bytes(out))
}

fn dec_copy(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = dec_this(&a)?;
    let mut st = obj.0.lock();
    let zs = match st.zs.copy() {
        Ok(zs) => zs,
        Err(Z_MEM_ERROR) => return Err(memory("Can't allocate memory for decompression object")),
        Err(Z_STREAM_ERROR) => return Err(PyErr::value_error("Inconsistent stream state")),
        Err(code) => return Err(z_error(code, st.zs.message(), "while copying decompression object")),
    };
    let copy = DecompressState {
        zs,
        zdict: st.zdict.clone(),
        unused_data: st.unused_data.clone(),
        unconsumed_tail: st.unconsumed_tail.clone(),
        eof: st.eof,
    };
    Ok(new_instance(decompress_type(), DecompressObj(Mutex::new(copy))))
}

fn dec_deepcopy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::range(&a, "__deepcopy__", 2, 2)?;
    dec_copy(vm, a)
}

pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("compress", compress),
            ("decompress", decompress),
            ("compressobj", compressobj),
            ("decompressobj", decompressobj),
            ("crc32", crc32),
            ("adler32", adler32),
        ],
    );
    let err = exception_class::get_or_create(vm, &ERROR, "zlib", "error", "Exception")?;
    args::set_attr(module, "error", Value::Obj(err));
    args::set_attr(module, "_ZlibDecompressor", Value::Obj(incremental::decompressor_type().clone()));
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (name, value) in ints {
        args::set_attr(module, name, Value::Int(*value));
    }
    let version = stream::version();
    args::set_attr(module, "ZLIB_VERSION", new_str(version.clone()));
    args::set_attr(module, "ZLIB_RUNTIME_VERSION", new_str(version));
    Ok(())
}
