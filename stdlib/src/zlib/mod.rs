//! `zlib`: deflate compression with zlib, raw and gzip containers (flate2 on the zlib-rs
//! backend, a pure-Rust port of zlib, so the streams are zlib's), the `Compress` /
//! `Decompress` stream objects, and the Adler-32 / CRC-32 checksums.
//!
//! Not available through flate2: `memLevel` and `strategy` (accepted, validated, ignored),
//! `Z_BLOCK` / `Z_TREES` flushes (treated as `Z_PARTIAL_FLUSH`), and `copy()` of stream objects.

mod stream;

use std::sync::OnceLock;

use flate2::{Compress, Decompress, FlushCompress};
use ophis_vm::builtins::{new_bytes, new_str};
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, new_instance};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use crate::args::{self, Sig};
use crate::exception_class;
use stream::{Container, StepError, ZError};

static ERROR: OnceLock<ObjRef> = OnceLock::new();

const DEF_BUF_SIZE: i64 = 16384;

fn error(message: impl Into<String>) -> PyErr {
    exception_class::raise(&ERROR, "Exception", message)
}

/// "Error -3 while decompressing data: incorrect header check".
fn z_error(e: ZError, doing: &str) -> PyErr {
    match e.message {
        Some(m) if !m.is_empty() => error(format!("Error {} while {doing}: {m}", e.code)),
        _ => error(format!("Error {} while {doing}", e.code)),
    }
}

fn step_error(e: StepError, doing: &str) -> PyErr {
    match e {
        StepError::Z(z) => z_error(z, doing),
        StepError::Memory(_) => crate::util::memory_error(),
    }
}

fn data_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    ophis_vm::buffer::bytes_of_checked(v)?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn int_or(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => args::to_c_int(vm, v).map(i64::from),
    }
}

fn inconsistent() -> ZError {
    ZError { code: -2, message: Some("inconsistent stream state".into()) }
}

// ---- one-shot functions ---------------------------------------------------------------

fn compress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "compress", params: &["data", "level", "wbits"], posonly: 1, kwonly_from: 3, required: 1 };
    let [data, level, wbits] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?;
    let level = int_or(vm, level, -1)?;
    let wbits = int_or(vm, wbits, 15)?;
    let parsed = stream::parse_wbits(wbits, false);
    let (Some((container, window)), true) = (parsed, (-1..=9).contains(&level)) else {
        return Err(error("Bad compression level"));
    };
    let mut c = stream::new_compress(level, container, window);
    let mut out = Vec::new();
    stream::deflate(&mut c, &data, FlushCompress::Finish, &mut out).map_err(|e| step_error(e, "compressing data"))?;
    Ok(new_bytes(out))
}

/// A decompressor for `container`; auto-detection looks at the first byte of `data`.
fn decompressor_for(container: Container, window: u8, data: &[u8]) -> Decompress {
    let container = match container {
        Container::Auto if data.first() == Some(&0x1f) => Container::Gzip,
        Container::Auto => Container::Zlib,
        c => c,
    };
    stream::new_decompress(container, window)
}

fn decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "decompress", params: &["data", "wbits", "bufsize"], posonly: 1, kwonly_from: 3, required: 1 };
    let [data, wbits, bufsize] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?;
    let wbits = int_or(vm, wbits, 15)?;
    let bufsize = match bufsize {
        None => DEF_BUF_SIZE,
        Some(v) => args::to_i64_opt(vm, v)?.unwrap_or(i64::MAX),
    };
    if bufsize < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let Some((container, window)) = stream::parse_wbits(wbits, true) else {
        return Err(z_error(inconsistent(), "preparing to decompress data"));
    };
    let mut d = decompressor_for(container, window, &data);
    let mut out = Vec::new();
    let r = stream::inflate(&mut d, &data, &mut out, 0, bufsize.clamp(1, 1 << 20) as usize)
        .map_err(|e| step_error(e, "decompressing data"))?;
    if r.needs_dictionary {
        return Err(error("Error 2 while decompressing data"));
    }
    if !r.stream_end {
        return Err(z_error(
            ZError { code: -5, message: Some("incomplete or truncated stream".into()) },
            "decompressing data",
        ));
    }
    Ok(new_bytes(out))
}

fn checksum_start(vm: &mut Vm, v: Option<&Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(v) => {
            // Any int, reduced modulo 2**32 (CPython's unsigned-int mask conversion).
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

struct CompressState {
    c: Compress,
    finished: bool,
}

pub struct CompressObj(Mutex<CompressState>);

fn compress_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("Compress", "zlib", None, false, Some(|_, _, _| Err(PyErr::type_error("cannot create 'zlib.Compress' instances"))));
        native_type::add_method(&t, "compress", comp_compress);
        native_type::add_method(&t, "flush", comp_flush);
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
    let wbits = int_or(vm, wbits, 15)?;
    let mem_level = int_or(vm, mem_level, 8)?;
    let strategy = int_or(vm, strategy, 0)?;
    let zdict = match zdict {
        None | Some(Value::None) => None,
        Some(v) => Some(data_arg(vm, v)?.into_owned()),
    };
    let parsed = stream::parse_wbits(wbits, false);
    let valid = (-1..=9).contains(&level) && method == 8 && (1..=9).contains(&mem_level) && (0..=4).contains(&strategy);
    let (Some((container, window)), true) = (parsed, valid) else {
        return Err(PyErr::value_error("Invalid initialization option"));
    };
    let mut c = stream::new_compress(level, container, window);
    if let Some(dict) = zdict {
        c.set_dictionary(&dict).map_err(|e| z_error(ZError { code: -2, message: e.message().map(str::to_owned) }, "setting zdict"))?;
    }
    Ok(new_instance(compress_type(), CompressObj(Mutex::new(CompressState { c, finished: false }))))
}

fn comp_this<'a>(a: &Args<'a>) -> PyResult<&'a CompressObj> {
    native_type::this::<CompressObj>(a, "zlib.Compress")
}

fn comp_compress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = comp_this(&a)?;
    let pos = args::range(&a, "compress", 2, 2)?;
    let data = data_arg(vm, &pos[1])?;
    let mut st = obj.0.lock();
    if st.finished {
        return Err(z_error(inconsistent(), "compressing data"));
    }
    let mut out = Vec::new();
    stream::deflate(&mut st.c, &data, FlushCompress::None, &mut out).map_err(|e| step_error(e, "compressing data"))?;
    Ok(new_bytes(out))
}

fn comp_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = comp_this(&a)?;
    let pos = args::range(&a, "flush", 1, 2)?;
    let mode = match pos.get(1) {
        Some(v) => args::to_c_int(vm, v)? as i64,
        None => 4,
    };
    let flush = match mode {
        0 => return Ok(new_bytes(Vec::new())),
        1 | 5 | 6 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return Err(z_error(inconsistent(), "flushing")),
    };
    let mut st = obj.0.lock();
    if st.finished {
        return Err(z_error(inconsistent(), "flushing"));
    }
    let mut out = Vec::new();
    stream::deflate(&mut st.c, &[], flush, &mut out).map_err(|e| step_error(e, "flushing"))?;
    if flush == FlushCompress::Finish {
        st.finished = true;
    }
    Ok(new_bytes(out))
}

// ---- Decompress objects -------------------------------------------------------------------

struct DecompressState {
    /// None until the first data decides an auto-detected container.
    d: Option<Decompress>,
    container: Container,
    window: u8,
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
    let wbits = int_or(vm, wbits, 15)?;
    let zdict = match zdict {
        None => None,
        Some(v) => match ophis_vm::buffer::bytes_of_checked(v)? {
            Some(b) => Some(b.into_owned()),
            None => return Err(PyErr::type_error("zdict argument must support the buffer protocol")),
        },
    };
    let Some((container, window)) = stream::parse_wbits(wbits, true) else {
        return Err(PyErr::value_error("Invalid initialization option"));
    };
    let mut d = if container == Container::Auto { None } else { Some(stream::new_decompress(container, window)) };
    // Raw streams carry no dictionary request: the dictionary is installed up front.
    if let (Container::Raw, Some(dict), Some(dec)) = (container, &zdict, d.as_mut()) {
        dec.set_dictionary(dict).map_err(|e| z_error(ZError { code: -3, message: e.message().map(str::to_owned) }, "setting zdict"))?;
    }
    let state = DecompressState { d, container, window, zdict, unused_data: Vec::new(), unconsumed_tail: Vec::new(), eof: false };
    Ok(new_instance(decompress_type(), DecompressObj(Mutex::new(state))))
}

/// Runs the decompressor over `data`, answering dictionary requests from `zdict`, and
/// records unused data / unconsumed tail.
fn run_decompress(st: &mut DecompressState, data: &[u8], max_length: usize, chunk: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if st.eof {
        st.unused_data.extend_from_slice(data);
        return Ok(out);
    }
    if st.d.is_none() {
        if data.is_empty() {
            return Ok(out);
        }
        st.d = Some(decompressor_for(st.container, st.window, data));
    }
    let mut pos = 0;
    loop {
        let d = st.d.as_mut().expect("decompressor exists");
        let r = stream::inflate(d, &data[pos..], &mut out, max_length.saturating_sub(0), chunk)
            .map_err(|e| step_error(e, "decompressing data"))?;
        pos += r.consumed;
        if r.needs_dictionary {
            let Some(dict) = st.zdict.clone() else {
                return Err(error("Error 2 while decompressing data"));
            };
            d.set_dictionary(&dict).map_err(|_| error("Error -3 while setting zdict: invalid input data"))?;
            continue;
        }
        let rest = &data[pos..];
        if r.stream_end {
            st.eof = true;
            st.unused_data.extend_from_slice(rest);
            st.unconsumed_tail.clear();
        } else {
            st.unconsumed_tail = rest.to_vec();
        }
        return Ok(out);
    }
}

fn dec_decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = dec_this(&a)?;
    let sig = Sig { name: "decompress", params: &["self", "data", "max_length"], posonly: 2, kwonly_from: 3, required: 2 };
    let [_, data, max_length] = args::bind::<3>(&a, &sig)?;
    let data = data_arg(vm, data.expect("required"))?.into_owned();
    let max_length = match max_length {
        None => 0,
        Some(v) => args::to_i64_opt(vm, v)?.unwrap_or(i64::MAX),
    };
    if max_length < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    let max = usize::try_from(max_length).unwrap_or(usize::MAX);
    let mut st = obj.0.lock();
    let out = run_decompress(&mut st, &data, max, DEF_BUF_SIZE as usize)?;
    Ok(new_bytes(out))
}

fn dec_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = dec_this(&a)?;
    let pos = args::range(&a, "flush", 1, 2)?;
    let length = match pos.get(1) {
        Some(v) => args::to_i64_opt(vm, v)?.unwrap_or(i64::MAX),
        None => DEF_BUF_SIZE,
    };
    if length <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    let mut st = obj.0.lock();
    let tail = std::mem::take(&mut st.unconsumed_tail);
    // flush() never raises for an unfinished stream: it returns what can be produced.
    let out = match run_decompress(&mut st, &tail, 0, length.min(1 << 20) as usize) {
        Ok(out) => out,
        Err(e) if e.is("MemoryError") => return Err(e),
        Err(e) => return Err(e),
    };
    Ok(new_bytes(out))
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
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", 15),
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
    // zlib-rs implements the zlib 1.3 interface.
    args::set_attr(module, "ZLIB_VERSION", new_str("1.3.1.zlib-rs"));
    args::set_attr(module, "ZLIB_RUNTIME_VERSION", new_str("1.3.1.zlib-rs"));
    Ok(())
}
