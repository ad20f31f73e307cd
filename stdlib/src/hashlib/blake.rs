//! `_blake2`: the `blake2b` / `blake2s` types with BLAKE2's whole parameter block (digest
//! size, key, salt, personalisation, tree-hashing fields), validated with CPython's messages.

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, new_instance};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::state::State;
use super::{HashObject, data_bytes, data_or_string};
use crate::args::{self, Sig};

/// The limits that differ between the two variants.
struct Variant {
    name: &'static str,
    title: &'static str,
    max_digest: usize,
    max_key: usize,
    salt: usize,
    person: usize,
    max_node_offset: u64,
}

const B: Variant = Variant { name: "blake2b", title: "Blake2b", max_digest: 64, max_key: 64, salt: 16, person: 16, max_node_offset: u64::MAX };
const S: Variant = Variant { name: "blake2s", title: "Blake2s", max_digest: 32, max_key: 32, salt: 8, person: 8, max_node_offset: (1 << 48) - 1 };

fn make_type(v: &'static Variant, ctor: native_type::NativeCtor) -> ObjRef {
    let t = native_type::new_type(v.name, "_blake2", None, true, Some(ctor));
    super::add_common_methods(&t);
    native_type::add_method(&t, "digest", super::digest);
    native_type::add_method(&t, "hexdigest", super::hexdigest);
    for (name, value) in [("SALT_SIZE", v.salt), ("PERSON_SIZE", v.person), ("MAX_KEY_SIZE", v.max_key), ("MAX_DIGEST_SIZE", v.max_digest)] {
        native_type::set_attr(&t, name, Value::Int(value as i64));
    }
    t
}

pub fn blake2b_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| make_type(&B, |vm, cls, a| construct(vm, cls, a, &B)))
}

pub fn blake2s_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| make_type(&S, |vm, cls, a| construct(vm, cls, a, &S)))
}

const PARAMS: [&str; 14] = [
    "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size",
    "last_node", "usedforsecurity", "string",
];

/// The validated parameter block.
struct Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: usize,
    last_node: bool,
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<BigInt> {
    match v {
        None => Ok(BigInt::from(default)),
        Some(v) => args::to_bigint(vm, v),
    }
}

/// A byte field (`u8` range) checked as CPython does: "fanout must be between 0 and 255".
fn byte_field(vm: &mut Vm, v: Option<&Value>, default: i64, name: &str, min: i64) -> PyResult<u8> {
    let n = int_arg(vm, v, default)?;
    match n.to_i64() {
        Some(x) if (min..=255).contains(&x) => Ok(x as u8),
        Some(_) => Err(PyErr::value_error(format!("{name} must be between {min} and 255"))),
        None => Err(PyErr::new("OverflowError", "Python int too large to convert to C long")),
    }
}

/// An unsigned field: negative is "Cannot convert negative int", over `max` "NAME is too large".
fn unsigned_field(vm: &mut Vm, v: Option<&Value>, name: &str, max: u64) -> PyResult<u64> {
    let n = int_arg(vm, v, 0)?;
    if n.is_negative() {
        return Err(PyErr::value_error("Cannot convert negative int"));
    }
    match n.to_u64() {
        Some(x) if x <= max => Ok(x),
        _ => Err(PyErr::new("OverflowError", format!("{name} is too large"))),
    }
}

fn bytes_field(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        None => Ok(Vec::new()),
        Some(v) => match ophis_vm::buffer::bytes_of_checked(v)? {
            Some(b) => Ok(b.into_owned()),
            None => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
    }
}

fn parse(vm: &mut Vm, slots: &[Option<&Value>; 14], v: &Variant) -> PyResult<Params> {
    let digest_size = int_arg(vm, slots[1], v.max_digest as i64)?;
    let digest_size = match digest_size.to_i64() {
        Some(d) if d >= 1 && d <= v.max_digest as i64 => d as usize,
        Some(d) => {
            return Err(PyErr::value_error(format!(
                "digest_size for {} must be between 1 and {} bytes, here it is {d}",
                v.title, v.max_digest
            )));
        }
        None => return Err(PyErr::new("OverflowError", "Python int too large to convert to C long")),
    };
    let salt = bytes_field(vm, slots[3])?;
    if salt.len() > v.salt {
        return Err(PyErr::value_error(format!("maximum salt length is {} bytes", v.salt)));
    }
    let person = bytes_field(vm, slots[4])?;
    if person.len() > v.person {
        return Err(PyErr::value_error(format!("maximum person length is {} bytes", v.person)));
    }
    let fanout = byte_field(vm, slots[5], 1, "fanout", 0)?;
    let depth = byte_field(vm, slots[6], 1, "depth", 1)?;
    let leaf_size = unsigned_field(vm, slots[7], "leaf_size", u32::MAX as u64)? as u32;
    let node_offset = unsigned_field(vm, slots[8], "node_offset", v.max_node_offset)?;
    let node_depth = byte_field(vm, slots[9], 0, "node_depth", 0)?;
    let inner_size = int_arg(vm, slots[10], 0)?;
    let inner_size = match inner_size.to_i64() {
        Some(i) if i >= 0 && i <= v.max_digest as i64 => i as usize,
        Some(_) => return Err(PyErr::value_error(format!("inner_size must be between 0 and is {}", v.max_digest))),
        None => return Err(PyErr::new("OverflowError", "Python int too large to convert to C long")),
    };
    let last_node = match slots[11] {
        None => false,
        Some(x) => vm.is_true(x)?,
    };
    let key = bytes_field(vm, slots[2])?;
    if key.len() > v.max_key {
        return Err(PyErr::value_error(format!("maximum key length is {} bytes", v.max_key)));
    }
    Ok(Params { digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node })
}

fn state_of(p: &Params, v: &Variant) -> State {
    // All values were range-checked above, so the builders' own assertions hold.
    if v.name == "blake2b" {
        let mut b = blake2b_simd::Params::new();
        b.hash_length(p.digest_size)
            .key(&p.key)
            .salt(&p.salt)
            .personal(&p.person)
            .fanout(p.fanout)
            .max_depth(p.depth)
            .max_leaf_length(p.leaf_size)
            .node_offset(p.node_offset)
            .node_depth(p.node_depth)
            .inner_hash_length(p.inner_size)
            .last_node(p.last_node);
        State::Blake2b(Box::new(b.to_state()))
    } else {
        let mut s = blake2s_simd::Params::new();
        s.hash_length(p.digest_size)
            .key(&p.key)
            .salt(&p.salt)
            .personal(&p.person)
            .fanout(p.fanout)
            .max_depth(p.depth)
            .max_leaf_length(p.leaf_size)
            .node_offset(p.node_offset)
            .node_depth(p.node_depth)
            .inner_hash_length(p.inner_size)
            .last_node(p.last_node);
        State::Blake2s(Box::new(s.to_state()))
    }
}

fn construct(vm: &mut Vm, cls: &ObjRef, a: Args, v: &'static Variant) -> PyResult<Value> {
    let sig = Sig { name: v.name, params: &PARAMS, posonly: 0, kwonly_from: 1, required: 0 };
    let slots = args::bind::<14>(&a, &sig)?;
    let data = data_or_string(slots[0], slots[13])?;
    let params = parse(vm, &slots, v)?;
    let mut state = state_of(&params, v);
    if let Some(d) = data {
        state.update(&data_bytes(d)?);
    }
    Ok(new_instance(cls, HashObject { state: Mutex::new(state) }))
}

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    args::set_attr(module, "blake2b", Value::Obj(blake2b_type().clone()));
    args::set_attr(module, "blake2s", Value::Obj(blake2s_type().clone()));
    for (name, value) in [
        ("BLAKE2B_SALT_SIZE", B.salt),
        ("BLAKE2B_PERSON_SIZE", B.person),
        ("BLAKE2B_MAX_KEY_SIZE", B.max_key),
        ("BLAKE2B_MAX_DIGEST_SIZE", B.max_digest),
        ("BLAKE2S_SALT_SIZE", S.salt),
        ("BLAKE2S_PERSON_SIZE", S.person),
        ("BLAKE2S_MAX_KEY_SIZE", S.max_key),
        ("BLAKE2S_MAX_DIGEST_SIZE", S.max_digest),
    ] {
        args::set_attr(module, name, Value::Int(value as i64));
    }
    args::set_attr(module, "_GIL_MINSIZE", Value::Int(2048));
    Ok(())
}
