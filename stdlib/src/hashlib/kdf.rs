//! `_hashlib.pbkdf2_hmac`: PBKDF2 (RFC 8018) with HMAC over any of the fixed-size digests.

use num_traits::ToPrimitive;
use ophis_vm::builtins::new_bytes;
use ophis_vm::function::Args;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use super::state::canonical_name;
use crate::args::{self, Sig};

fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match ophis_vm::buffer::bytes_of_checked(v)? {
        Some(b) => Ok(b.into_owned()),
        None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn unsupported() -> PyErr {
    crate::exception_class::raise(&super::UNSUPPORTED_DIGESTMOD, "ValueError", "[digital envelope routines] unsupported")
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
pub fn pbkdf2_hmac(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = Sig { name: "pbkdf2_hmac", params: &["hash_name", "password", "salt", "iterations", "dklen"], posonly: 0, kwonly_from: 5, required: 4 };
    let [name, password, salt, iterations, dklen] = args::bind::<5>(&a, &sig)?;
    let name = name.expect("required");
    let Some(text) = name.as_str() else {
        return Err(PyErr::type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {}", vm.type_name(name))));
    };
    let password = buffer(vm, password.expect("required"))?;
    let salt = buffer(vm, salt.expect("required"))?;
    let iterations = args::to_bigint(vm, iterations.expect("required"))?;
    let Some(algorithm) = canonical_name(text) else {
        return Err(unsupported());
    };
    let iterations = match iterations.to_i64() {
        Some(i) if i < 1 => return Err(PyErr::value_error("iteration value must be greater than 0.")),
        Some(i) if i <= u32::MAX as i64 => i as u32,
        _ => return Err(PyErr::new("OverflowError", "iteration value is too great.")),
    };
    let digest_size = super::state::State::new(algorithm).map_or(0, |s| s.digest_size());
    let dklen = match dklen {
        None | Some(Value::None) => digest_size as i64,
        Some(v) => {
            let n = args::to_bigint(vm, v)?;
            match n.to_i64() {
                Some(i) if i < 1 => return Err(PyErr::value_error("key length must be greater than 0.")),
                Some(i) if i <= i32::MAX as i64 => i,
                _ => return Err(PyErr::new("OverflowError", "key length is too great.")),
            }
        }
    };
    let mut out = Vec::new();
    out.try_reserve_exact(dklen as usize).map_err(|_| crate::util::memory_error())?;
    out.resize(dklen as usize, 0);
    use pbkdf2::pbkdf2_hmac as derive;
    match algorithm {
        "md5" => derive::<md5::Md5>(&password, &salt, iterations, &mut out),
        "sha1" => derive::<sha1::Sha1>(&password, &salt, iterations, &mut out),
        "sha224" => derive::<sha2::Sha224>(&password, &salt, iterations, &mut out),
        "sha256" => derive::<sha2::Sha256>(&password, &salt, iterations, &mut out),
        "sha384" => derive::<sha2::Sha384>(&password, &salt, iterations, &mut out),
        "sha512" => derive::<sha2::Sha512>(&password, &salt, iterations, &mut out),
        "sha512_224" => derive::<sha2::Sha512_224>(&password, &salt, iterations, &mut out),
        "sha512_256" => derive::<sha2::Sha512_256>(&password, &salt, iterations, &mut out),
        "sha3_224" => derive::<sha3::Sha3_224>(&password, &salt, iterations, &mut out),
        "sha3_256" => derive::<sha3::Sha3_256>(&password, &salt, iterations, &mut out),
        "sha3_384" => derive::<sha3::Sha3_384>(&password, &salt, iterations, &mut out),
        "sha3_512" => derive::<sha3::Sha3_512>(&password, &salt, iterations, &mut out),
        // BLAKE2 through HMAC with its default parameters (OpenSSL's BLAKE2b512/BLAKE2s256).
        // (SimpleHmac: BLAKE2's lazily buffered core does not fit `Hmac`.)
        "blake2b" => pbkdf2::pbkdf2::<hmac::SimpleHmac<blake2::Blake2b512>>(&password, &salt, iterations, &mut out)
            .map_err(|_| unsupported())?,
        "blake2s" => pbkdf2::pbkdf2::<hmac::SimpleHmac<blake2::Blake2s256>>(&password, &salt, iterations, &mut out)
            .map_err(|_| unsupported())?,
        _ => return Err(unsupported()),
    }
    Ok(new_bytes(out))
}
