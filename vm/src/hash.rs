//! Hashes of built-in values, following CPython where programs can observe them.
//!
//! Numbers hash as CPython does (modulus 2**61 - 1, so `hash(1) == hash(1.0) == hash(True)` and
//! `hash(-1) == -2`). Strings and bytes hash with a keyed SipHash whose key is random per process
//! unless PYTHONHASHSEED is set (the values differ from CPython's; programs cannot rely on them).

use std::hash::Hasher;
use std::sync::OnceLock;

const MODULUS: u64 = (1 << 61) - 1;

fn secret() -> u64 {
    static SECRET: OnceLock<u64> = OnceLock::new();
    *SECRET.get_or_init(|| match std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse::<u64>().ok()) {
        Some(seed) => seed,
        None => {
            let state = std::collections::hash_map::RandomState::new();
            std::hash::BuildHasher::hash_one(&state, 0x6f70686973u64)
        }
    })
}

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    // std's DefaultHasher is SipHash-1-3 with fixed keys; the secret goes in first as the key.
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write_u64(secret());
    hasher.write(bytes);
    fix(hasher.finish() as i64)
}

pub fn hash_str(text: &str) -> i64 {
    hash_bytes(text.as_bytes())
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
}
