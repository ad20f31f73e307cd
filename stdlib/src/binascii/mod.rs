//! `binascii`: conversions between binary data and ASCII encodings (base64, hex,
//! quoted-printable, uuencode) and the CRC-32 / CRC-HQX checksums. The transforms themselves
//! are in [`codecs`]; this file binds them to Python arguments and errors.

mod codecs;

use std::borrow::Cow;
use std::sync::OnceLock;

use ophis_vm::builtins::new_bytes;
use ophis_vm::function::Args;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args::{self, Sig};
use crate::exception_class;

static ERROR: OnceLock<ObjRef> = OnceLock::new();
static INCOMPLETE: OnceLock<ObjRef> = OnceLock::new();

fn error(message: impl Into<String>) -> PyErr {
    exception_class::raise(&ERROR, "ValueError", message)
}

/// Input of the a2b functions: any buffer or an ASCII-only str.
fn ascii_input<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(PyErr::value_error("string argument should contain only ASCII characters"));
        }
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    ophis_vm::buffer::bytes_of_checked(v)?
        .ok_or_else(|| PyErr::type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", vm.type_name(v))))
}

/// Input of the b2a functions and checksums: any buffer.
fn binary_input<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    ophis_vm::buffer::bytes_of_checked(v)?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => vm.is_true(v),
    }
}

fn a2b_base64(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "a2b_base64", params: &["data", "strict_mode"], posonly: 1, kwonly_from: 1, required: 1 };
    let [data, strict] = args::bind::<2>(&a, &sig)?;
    let data = ascii_input(vm, data.expect("required"))?;
    let strict = flag(vm, strict, false)?;
    codecs::b64_decode(&data, strict).map(new_bytes).map_err(error)
}

fn b2a_base64(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "b2a_base64", params: &["data", "newline"], posonly: 1, kwonly_from: 1, required: 1 };
    let [data, newline] = args::bind::<2>(&a, &sig)?;
    let data = binary_input(vm, data.expect("required"))?;
    let newline = flag(vm, newline, true)?;
    Ok(new_bytes(codecs::b64_encode(&data, newline)))
}

fn hexlify_named(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let sig = Sig { name, params: &["data", "sep", "bytes_per_sep"], posonly: 0, kwonly_from: 3, required: 1 };
    let [data, sep, per_sep] = args::bind::<3>(&a, &sig)?;
    let data = binary_input(vm, data.expect("required"))?;
    let sep = match sep {
        None => None,
        Some(v) => {
            let units: Vec<u8> = if let Some(s) = v.as_str() {
                // A str separator contributes its code point's low byte, as CPython does.
                s.chars().map(|c| c as u32 as u8).collect()
            } else if let Some(b) = ophis_vm::buffer::bytes_of_checked(v)? {
                b.into_owned()
            } else {
                return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
            };
            if units.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            Some(units[0])
        }
    };
    let per_sep = match per_sep {
        None => 1,
        Some(v) => args::to_c_int(vm, v)? as i64,
    };
    Ok(new_bytes(codecs::hexlify(&data, sep, per_sep)))
}

fn hexlify(vm: &mut Vm, a: Args) -> PyResult<Value> {
    hexlify_named(vm, a, "hexlify")
}

fn b2a_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    hexlify_named(vm, a, "b2a_hex")
}

fn unhexlify_named(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let sig = Sig { name, params: &["hexstr"], posonly: 1, kwonly_from: 1, required: 1 };
    let [data] = args::bind::<1>(&a, &sig)?;
    let data = ascii_input(vm, data.expect("required"))?;
    codecs::unhexlify(&data).map(new_bytes).map_err(error)
}

fn unhexlify(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unhexlify_named(vm, a, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unhexlify_named(vm, a, "a2b_hex")
}

/// An integer argument reduced modulo 2**bits (CPython's "unsigned ... mask" conversions).
fn masked(vm: &mut Vm, v: &Value, bits: u32) -> PyResult<u32> {
    let n = args::to_bigint(vm, v)?;
    let modulus = num_bigint::BigInt::from(1u64 << bits);
    let r = ((n % &modulus) + &modulus) % &modulus;
    Ok(num_traits::ToPrimitive::to_u32(&r).unwrap_or(0))
}

fn crc32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "crc32", 1, 2)?;
    let data = binary_input(vm, &pos[0])?;
    let start = match pos.get(1) {
        Some(v) => masked(vm, v, 32)?,
        None => 0,
    };
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

fn crc_hqx(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "crc_hqx", 2, 2)?;
    let data = binary_input(vm, &pos[0])?;
    let start = masked(vm, &pos[1], 16)? as u16;
    Ok(Value::Int(codecs::crc_hqx(&data, start) as i64))
}

fn a2b_qp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "a2b_qp", params: &["data", "header"], posonly: 0, kwonly_from: 2, required: 1 };
    let [data, header] = args::bind::<2>(&a, &sig)?;
    let data = ascii_input(vm, data.expect("required"))?;
    let header = flag(vm, header, false)?;
    Ok(new_bytes(codecs::a2b_qp(&data, header)))
}

fn b2a_qp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "b2a_qp", params: &["data", "quotetabs", "istext", "header"], posonly: 0, kwonly_from: 4, required: 1 };
    let [data, quotetabs, istext, header] = args::bind::<4>(&a, &sig)?;
    let data = binary_input(vm, data.expect("required"))?;
    let quotetabs = flag(vm, quotetabs, false)?;
    let istext = flag(vm, istext, true)?;
    let header = flag(vm, header, false)?;
    Ok(new_bytes(codecs::b2a_qp(&data, quotetabs, istext, header)))
}

fn b2a_uu(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "b2a_uu", params: &["data", "backtick"], posonly: 1, kwonly_from: 1, required: 1 };
    let [data, backtick] = args::bind::<2>(&a, &sig)?;
    let data = binary_input(vm, data.expect("required"))?;
    let backtick = flag(vm, backtick, false)?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    Ok(new_bytes(codecs::b2a_uu(&data, backtick)))
}

fn a2b_uu(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "a2b_uu", params: &["data"], posonly: 1, kwonly_from: 1, required: 1 };
    let [data] = args::bind::<1>(&a, &sig)?;
    let data = ascii_input(vm, data.expect("required"))?;
    codecs::a2b_uu(&data).map(new_bytes).map_err(error)
}

pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("a2b_base64", a2b_base64),
            ("b2a_base64", b2a_base64),
            ("hexlify", hexlify),
            ("b2a_hex", b2a_hex),
            ("unhexlify", unhexlify),
            ("a2b_hex", a2b_hex),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
            ("a2b_qp", a2b_qp),
            ("b2a_qp", b2a_qp),
            ("a2b_uu", a2b_uu),
            ("b2a_uu", b2a_uu),
        ],
    );
    let err = exception_class::get_or_create(vm, &ERROR, "binascii", "Error", "ValueError")?;
    args::set_attr(module, "Error", Value::Obj(err));
    let inc = exception_class::get_or_create(vm, &INCOMPLETE, "binascii", "Incomplete", "Exception")?;
    args::set_attr(module, "Incomplete", Value::Obj(inc));
    Ok(())
}
