//! `_random`: the Mersenne Twister core behind `random.Random`, bit-for-bit CPython's
//! (MT19937 seeded by `init_by_array` from the seed's 32-bit words, 53-bit floats from two
//! outputs, `getrandbits` from whole 32-bit outputs, least significant word first).
//!
//! ophis's native types cannot yet be subclassed by Python classes, so the generator is a
//! separate object (`_random.new_generator()`, type `_random.MersenneTwister`) that
//! `random.Random` (Python, `lib/random.py`) keeps in its `_mt` attribute.


use std::sync::OnceLock;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use parking_lot::Mutex;
use ophis_vm::builtins::{intern, native_function, new_bytes, new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::numbers::{IntRef, as_int};
use ophis_vm::object::{Kind, Object, ObjRef};
use ophis_vm::types::{Layout, TypeData};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;

const N: usize = 624;
const M: usize = 397;

/// MT19937 state.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt { state: [0; N], index: N + 1 };
        mt.init_genrand(19650218);
        mt
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit is 1: the state is never all zeros.
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub struct Generator(Mutex<Mt>);

fn generator_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let b = ophis_vm::types::builtin();
        let data = TypeData::new("MersenneTwister", vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
        data.dict.set_str(intern("__module__"), new_str("_random"));
        let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
        t.make_immortal();
        let methods: &[(&str, ophis_vm::function::NativeFn)] = &[
            ("random", gen_random),
            ("getrandbits", gen_getrandbits),
            ("seed", gen_seed),
            ("getstate", gen_getstate),
            ("setstate", gen_setstate),
        ];
        for (name, f) in methods {
            let data = t.as_type().expect("type");
            data.dict.set_str(intern(name), Value::Obj(native_function(name, Some("MersenneTwister"), *f)));
        }
        t
    })
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a Generator> {
    a.values
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.as_native::<Generator>())
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_random.MersenneTwister' object"))
}

fn gen_random(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(&a)?;
    if a.values.len() != 1 || !a.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("Random.random() takes no arguments ({} given)", a.values.len() - 1)));
    }
    Ok(Value::Float(g.0.lock().random()))
}

fn gen_getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(&a)?;
    let [k] = one_after_self(&a, "getrandbits")?;
    let k = args::to_bigint(vm, k)?;
    if k.is_negative() {
        return Err(PyErr::value_error("Cannot convert negative int"));
    }
    let k = k.to_u64().ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C unsigned long"))?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int((g.0.lock().next_u32() >> (32 - k)) as i64));
    }
    let words = usize::try_from((k - 1) / 32 + 1).map_err(|_| PyErr::new("MemoryError", ""))?;
    let mut out: Vec<u32> = Vec::new();
    out.try_reserve_exact(words).map_err(|_| PyErr::new("MemoryError", ""))?;
    let mut mt = g.0.lock();
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left = left.saturating_sub(32);
    }
    drop(mt);
    Ok(args::big(BigInt::from_biguint(Sign::Plus, BigUint::new(out))))
}

fn one_after_self<'a>(a: &Args<'a>, name: &str) -> PyResult<[&'a Value; 1]> {
    args::no_kwargs(a, &format!("Random.{name}"))?;
    match a.pos() {
        [_, v] => Ok([v]),
        pos => Err(PyErr::type_error(format!("Random.{name}() takes exactly one argument ({} given)", pos.len().saturating_sub(1)))),
    }
}

/// The 32-bit words of |n|, least significant first (at least one).
fn seed_words(n: &BigInt) -> Vec<u32> {
    let words = n.magnitude().to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

fn gen_seed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(&a)?;
    let [arg] = one_after_self(&a, "seed")?;
    let key = match arg {
        Value::None => {
            let mut bytes = vec![0u8; N * 4];
            crate::urandom::fill(&mut bytes)?;
            bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect()
        }
        v => match as_int(v) {
            Some(IntRef::Small(i)) => seed_words(&BigInt::from(i)),
            Some(IntRef::Big(b)) => seed_words(b),
            // Anything else seeds from its hash, as an unsigned machine word.
            None => seed_words(&BigInt::from(vm.hash(v)? as u64)),
        },
    };
    g.0.lock().init_by_array(&key);
    Ok(Value::None)
}

fn gen_getstate(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(&a)?;
    let mt = g.0.lock().clone();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(new_tuple(items))
}

fn gen_setstate(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(&a)?;
    let [state] = one_after_self(&a, "setstate")?;
    let Some(items) = state.as_tuple() else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items.iter()) {
        let n = match as_int(v) {
            Some(i) => i.to_bigint(),
            None => return Err(PyErr::type_error("an integer is required")),
        };
        if n.is_negative() {
            return Err(PyErr::new("OverflowError", "can't convert negative value to unsigned int"));
        }
        let n = n.to_u64().ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C unsigned long"))?;
        *w = n as u32;
    }
    let index = match as_int(&items[N]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => return Err(PyErr::new("OverflowError", "Python int too large to convert to C long")),
        None => return Err(PyErr::type_error("an integer is required")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let mut mt = g.0.lock();
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::None)
}

fn new_generator(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "new_generator")?;
    Ok(Value::Obj(Object::new(generator_type().clone(), Kind::Native(Box::new(Generator(Mutex::new(Mt::new())))))))
}

/// `_random.sha512_digest(data)`: the digest `random.seed` appends to str/bytes seeds.
fn sha512_digest(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "sha512_digest")?;
    let data = ophis_vm::buffer::bytes_of(v).ok_or_else(|| PyErr::type_error("a bytes-like object is required"))?;
    use sha2::Digest;
    Ok(new_bytes(sha2::Sha512::digest(&data).to_vec()))
}

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(module, &[("new_generator", new_generator), ("sha512_digest", sha512_digest)]);
    args::set_attr(module, "MersenneTwister", Value::Obj(generator_type().clone()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn reference_outputs() {
        // MT19937's published first output for init_genrand(5489).
        let mut mt = Mt::new();
        mt.init_genrand(5489);
        assert_eq!(mt.next_u32(), 3499211612);
        // init_by_array({0x123, 0x234, 0x345, 0x456}): the reference implementation's first output.
        let mut mt = Mt::new();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!(mt.next_u32(), 1067595299);
    }

    #[test]
    fn random_is_in_unit_interval() {
        let mut mt = Mt::new();
        mt.init_by_array(&[42]);
        for _ in 0..1000 {
            let x = mt.random();
            assert!((0.0..1.0).contains(&x));
        }
    }
}
