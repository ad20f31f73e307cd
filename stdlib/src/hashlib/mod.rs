//! `_hashlib` and `_blake2`: the hash objects behind `hashlib` (lib/hashlib.py) and `hmac`.
//!
//! `_hashlib.HASH` / `HASHXOF` play the role of CPython's OpenSSL-backed types (md5, sha1, the
//! SHA-2 and SHA-3 families, SHAKE); `_blake2.blake2b` / `blake2s` are constructible types with
//! the full BLAKE2 parameter block. Every object keeps its state behind a lock, so one object
//! updated from several threads stays consistent (updates are serialised).

mod blake;
mod kdf;
pub mod state;

use std::sync::OnceLock;

use ophis_vm::builtins::{new_bytes, new_str};
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, new_instance};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use crate::args::{self, Sig};
use state::State;

/// The Rust value inside every hash object.
pub struct HashObject {
    pub state: Mutex<State>,
}

pub(crate) static UNSUPPORTED_DIGESTMOD: OnceLock<ObjRef> = OnceLock::new();

fn hash_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("HASH", "_hashlib", None, false, Some(|_, _, _| Err(PyErr::type_error("cannot create '_hashlib.HASH' instances"))));
        add_common_methods(&t);
        native_type::add_method(&t, "digest", digest);
        native_type::add_method(&t, "hexdigest", hexdigest);
        t
    })
}

fn xof_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type(
            "HASHXOF",
            "_hashlib",
            Some(hash_type()),
            false,
            Some(|_, _, _| Err(PyErr::type_error("cannot create '_hashlib.HASHXOF' instances"))),
        );
        native_type::add_method(&t, "digest", xof_digest);
        native_type::add_method(&t, "hexdigest", xof_hexdigest);
        t
    })
}

/// update/copy/name/digest_size/block_size/__repr__, shared by every hash type.
pub(crate) fn add_common_methods(t: &ObjRef) {
    native_type::add_method(t, "update", update);
    native_type::add_method(t, "copy", copy);
    native_type::add_method(t, "__repr__", repr);
    native_type::add_getter(t, "name", name);
    native_type::add_getter(t, "digest_size", digest_size);
    native_type::add_getter(t, "block_size", block_size);
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a HashObject> {
    native_type::this::<HashObject>(a, "_hashlib.HASH")
}

/// The class holding a fresh state: HASHXOF for the SHAKEs, HASH otherwise.
fn class_for(state: &State) -> &'static ObjRef {
    if state.is_xof() { xof_type() } else { hash_type() }
}

/// The bytes of a value being hashed: any buffer; str gets CPython's hint to encode first.
pub(crate) fn data_bytes(v: &Value) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    if v.as_str().is_some() {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    ophis_vm::buffer::bytes_of_checked(v)?.ok_or_else(|| PyErr::type_error("object supporting the buffer API required"))
}

/// Feeds `data` (if not None) into a new state.
fn feed(state: &mut State, data: Option<&Value>) -> PyResult<()> {
    if let Some(v) = data {
        state.update(&data_bytes(v)?);
    }
    Ok(())
}

/// `data` and the deprecated `string` alias: at most one of them.
pub(crate) fn data_or_string<'a>(data: Option<&'a Value>, string: Option<&'a Value>) -> PyResult<Option<&'a Value>> {
    match (data, string) {
        (Some(_), Some(_)) => Err(PyErr::type_error(
            "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.",
        )),
        (d, s) => Ok(d.or(s)),
    }
}

fn new_hash(mut state: State, data: Option<&Value>) -> PyResult<Value> {
    feed(&mut state, data)?;
    Ok(new_instance(class_for(&state), HashObject { state: Mutex::new(state) }))
}

/// `_hashlib.new(name, data=b'', *, usedforsecurity=True, string=None)`.
fn new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "new", params: &["name", "data", "usedforsecurity", "string"], posonly: 0, kwonly_from: 2, required: 1 };
    let [name, data, _, string] = args::bind::<4>(&a, &sig)?;
    let name = name.expect("required");
    let Some(text) = name.as_str() else {
        return Err(PyErr::type_error(format!("new() argument 'name' must be str, not {}", vm.type_name(name))));
    };
    let data = data_or_string(data, string)?;
    let Some(canonical) = state::canonical_name(text) else {
        return Err(PyErr::value_error(format!("unsupported hash type {text}")));
    };
    let state = State::new(canonical).expect("canonical names have states");
    new_hash(state, data)
}

/// The `openssl_<name>(data=b'', *, usedforsecurity=True, string=None)` constructors.
fn constructor(_vm: &mut Vm, a: Args, algorithm: &'static str, fname: &str) -> PyResult<Value> {
    let sig = Sig { name: fname, params: &["data", "usedforsecurity", "string"], posonly: 0, kwonly_from: 1, required: 0 };
    let [data, _, string] = args::bind::<3>(&a, &sig)?;
    let data = data_or_string(data, string)?;
    new_hash(State::new(algorithm).expect("known algorithm"), data)
}

macro_rules! constructors {
    ($($f:ident => $alg:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            constructor(vm, a, $alg, stringify!($f))
        })*
        const CONSTRUCTORS: &[(&str, ophis_vm::function::NativeFn)] = &[$((stringify!($f), $f)),*];
    };
}

constructors! {
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256",
}

fn qual(a: &Args, vm: &Vm, method: &str) -> String {
    let cls = a.values.first().map(|v| vm.type_name(v).to_string()).unwrap_or_default();
    format!("{cls}.{method}")
}

fn update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = this(&a)?;
    let q = qual(&a, vm, "update");
    args::no_kwargs(&a, &q)?;
    let [_, data] = a.pos() else {
        return Err(PyErr::type_error(format!("{q}() takes exactly one argument ({} given)", a.pos().len().saturating_sub(1))));
    };
    // Copied out first: no lock is held while a bytearray's lock is taken.
    let bytes = data_bytes(data)?;
    h.state.lock().update(&bytes);
    Ok(Value::None)
}

fn no_args(vm: &Vm, a: &Args, method: &str) -> PyResult<()> {
    let q = qual(a, vm, method);
    args::no_kwargs(a, &q)?;
    match a.pos().len() {
        1 => Ok(()),
        n => Err(PyErr::type_error(format!("{q}() takes no arguments ({} given)", n.saturating_sub(1)))),
    }
}

fn current_digest(a: &Args) -> PyResult<Vec<u8>> {
    let h = this(a)?;
    let state = h.state.lock().clone();
    state.digest(0).ok_or_else(crate::util::memory_error)
}

fn digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "digest")?;
    Ok(new_bytes(current_digest(&a)?))
}

fn hexdigest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "hexdigest")?;
    Ok(new_str(to_hex(&current_digest(&a)?)?))
}

pub(crate) fn to_hex(bytes: &[u8]) -> PyResult<String> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::new();
    s.try_reserve_exact(bytes.len().saturating_mul(2)).map_err(|_| crate::util::memory_error())?;
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(s)
}

/// The `length` argument of a SHAKE digest.
fn xof_length(vm: &mut Vm, a: &Args, method: &str) -> PyResult<i64> {
    let sig = Sig { name: method, params: &["self", "length"], posonly: 1, kwonly_from: 2, required: 2 };
    let [_, length] = args::bind::<2>(a, &sig).map_err(|e| {
        // Binding counts self; CPython's message counts only `length`.
        if e.is("TypeError") { PyErr::type_error(format!("{method}() missing required argument 'length' (pos 1)")) } else { e }
    })?;
    let length = length.expect("required");
    args::to_i64_opt(vm, length)?.ok_or_else(crate::util::memory_error)
}

fn xof_output(a: &Args, length: i64) -> PyResult<Vec<u8>> {
    let h = this(a)?;
    let n = usize::try_from(length).map_err(|_| crate::util::memory_error())?;
    let state = h.state.lock().clone();
    state.digest(n).ok_or_else(crate::util::memory_error)
}

fn xof_digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let length = xof_length(vm, &a, "digest")?;
    if length < 0 {
        return Err(PyErr::new("SystemError", "Negative size passed to PyBytes_FromStringAndSize"));
    }
    Ok(new_bytes(xof_output(&a, length)?))
}

fn xof_hexdigest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let length = xof_length(vm, &a, "hexdigest")?;
    Ok(new_str(to_hex(&xof_output(&a, length)?)?))
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "copy")?;
    let h = this(&a)?;
    let state = h.state.lock().clone();
    let cls = vm.class_of(&a.values[0]);
    Ok(new_instance(&cls, HashObject { state: Mutex::new(state) }))
}

fn name(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_str(this(&a)?.state.lock().name()))
}

fn digest_size(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&a)?.state.lock().digest_size() as i64))
}

fn block_size(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&a)?.state.lock().block_size() as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = this(&a)?;
    let name = h.state.lock().name();
    let cls = vm.class_of(&a.values[0]);
    let module = cls.as_type().and_then(|t| t.dict.get_str("__module__")).and_then(|m| m.as_str().map(str::to_owned)).unwrap_or_default();
    let addr = a.values[0].as_obj().map_or(0, |o| o.addr());
    Ok(new_str(format!("<{name} {module}.{} object @ {addr:#x}>", vm.type_name(&a.values[0]))))
}

/// `_hashlib.compare_digest(a, b)`: the same constant-time comparison as `_operator`'s.
fn compare_digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::operator::compare_digest(vm, a)
}

pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(module, CONSTRUCTORS);
    ophis_vm::modules::add_functions(
        module,
        &[("new", new), ("pbkdf2_hmac", kdf::pbkdf2_hmac), ("compare_digest", compare_digest), ("get_fips_mode", get_fips_mode)],
    );
    args::set_attr(module, "HASH", Value::Obj(hash_type().clone()));
    args::set_attr(module, "HASHXOF", Value::Obj(xof_type().clone()));
    let err = crate::exception_class::get_or_create(vm, &UNSUPPORTED_DIGESTMOD, "_hashlib", "UnsupportedDigestmodError", "ValueError")?;
    args::set_attr(module, "UnsupportedDigestmodError", Value::Obj(err));
    let names: Vec<Value> = state::ALGORITHMS.iter().map(|n| new_str(*n)).collect();
    args::set_attr(module, "openssl_md_meth_names", ophis_vm::builtins::new_frozenset(vm, names)?);
    Ok(())
}

fn get_fips_mode(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "get_fips_mode")?;
    Ok(Value::Int(0))
}

pub use blake::init as init_blake2;
