//! Hashes of built-in values, following CPython where programs can observe them.
//!
//! Numbers hash as CPython does (modulus 2**61 - 1, so `hash(1) == hash(1.0) == hash(True)` and
//! `hash(-1) == -2`). Strings and bytes hash as CPython's: SipHash-1-3 over the bytes (for a str,
//! over its code points in the narrowest of 1, 2 or 4 little-endian bytes each, CPython's internal
//! representation), keyed as CPython keys it: random per process, or derived from PYTHONHASHSEED
//! (0 gives the zero key), so with a fixed seed hashes, and the order of sets of strings, are
//! CPython's.

use std::sync::OnceLock;

const MODULUS: u64 = (1 << 61) - 1;

/// The SipHash key `(k0, k1)`: from PYTHONHASHSEED as CPython derives it (a linear congruential
/// generator filling the secret bytes; seed 0 disables randomization: the zero key), else random.
fn secret() -> (u64, u64) {
    static SECRET: OnceLock<(u64, u64)> = OnceLock::new();
    *SECRET.get_or_init(|| match std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse::<u32>().ok()) {
        Some(0) => (0, 0),
        Some(seed) => {
            let mut x = seed;
            let mut bytes = [0u8; 16];
            for b in bytes.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *b = (x >> 16) as u8;
            }
            let (k0, k1) = bytes.split_at(8);
            (u64::from_le_bytes(k0.try_into().unwrap_or_default()), u64::from_le_bytes(k1.try_into().unwrap_or_default()))
        }
        None => {
            let state = std::collections::hash_map::RandomState::new();
            let k0 = std::hash::BuildHasher::hash_one(&state, 0x6f70686973u64);
            let k1 = std::hash::BuildHasher::hash_one(&state, k0);
            (k0, k1)
        }
    })
}

/// SipHash-1-3 (one compression round, three finalization rounds), 64-bit output.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let m = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= last;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let (k0, k1) = secret();
    fix(siphash13(k0, k1, bytes) as i64)
}

pub fn hash_str(text: &str) -> i64 {
    if text.is_ascii() {
        return hash_bytes(text.as_bytes());
    }
    // CPython hashes its internal representation: one, two or four bytes per code point.
    let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let units: Vec<u8> = match widest {
        0..=0xff => text.chars().map(|c| c as u8).collect(),
        0x100..=0xffff => text.chars().flat_map(|c| (c as u16).to_le_bytes()).collect(),
        _ => text.chars().flat_map(|c| (c as u32).to_le_bytes()).collect(),
    };
    hash_bytes(&units)
}

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

pub fn hash_bigint(i: &num_bigint::BigInt) -> i64 {
    let m = (i.magnitude() % MODULUS).iter_u64_digits().next().unwrap_or(0) as i64;
    fix(if i.sign() == num_bigint::Sign::Minus { -m } else { m })
}

/// CPython's hash of a finite float: the hash of the rational it equals, mod 2**61 - 1.
pub fn hash_f64(x: f64, identity: usize) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return fix((identity >> 4) as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let h = h as i64;
    fix(if x < 0.0 { -h } else { h })
}

/// `(mantissa in [0.5, 1), exponent)` with `x == mantissa * 2**exponent`, for finite x >= 0.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350000000000000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_as_cpython() {
        assert_eq!(hash_i64(1), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(1.0, 0), 1);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(-2.5, 0), -1152921504606846978);
        assert_eq!(hash_i64(1 << 61), 1);
    }

    #[test]
    fn siphash13_with_the_zero_key_is_cpythons() {
        // hash() of these under PYTHONHASHSEED=0, printed by the reference.
        assert_eq!(siphash13(0, 0, b"a") as i64, 4644417185603328019);
        assert_eq!(siphash13(0, 0, b"abc") as i64, -4594863902769663758);
        assert_eq!(siphash13(0, 0, b"hello world") as i64, -5642461784034726774);
        assert_eq!(siphash13(0, 0, &[0xe9]) as i64, 6047309291227476195);
        assert_eq!(siphash13(0, 0, &0x20acu16.to_le_bytes()) as i64, -5529981157763016009);
        assert_eq!(siphash13(0, 0, &0x1f600u32.to_le_bytes()) as i64, -3536540696076613844);
    }
}
