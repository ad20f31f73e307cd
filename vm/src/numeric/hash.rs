//! Numeric hashing exactly as CPython 3.14 on 64-bit platforms: every number hashes to its value modulo the
//! Mersenne prime 2**61 - 1 (so `hash(1) == hash(1.0) == hash(True) == hash(1+0j)`), infinities to ±314159,
//! NaN by object identity, and -1 (reserved for errors in C) becomes -2.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::convert::exact_float;
use super::int::Int;

/// The modulus of numeric hashing, `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i64 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;

/// -1 is CPython's error return, so a hash of -1 becomes -2.
fn avoid_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(x)` for an int.
pub fn hash_int(value: &Int) -> i64 {
    let residue = match value {
        Int::Small(v) => v.unsigned_abs() % HASH_MODULUS,
        Int::Big(b) => (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0),
    };
    let signed = residue as i64;
    avoid_minus_one(if value.is_negative() { -signed } else { signed })
}

/// CPython's hash of an object's identity (`_Py_HashPointer`): the address rotated right by 4 bits, since the
/// low bits of an aligned address are always zero.
pub fn hash_identity(identity: u64) -> i64 {
    avoid_minus_one(identity.rotate_right(4) as i64)
}

/// 2**exponent modulo 2**61 - 1 (2**61 ≡ 1, so exponents reduce modulo 61).
fn power_of_two_residue(exponent: i64) -> u64 {
    1u64 << exponent.rem_euclid(HASH_BITS)
}

fn mul_mod(a: u64, b: u64) -> u64 {
    ((u128::from(a) * u128::from(b)) % u128::from(HASH_MODULUS)) as u64
}

/// `hash(x)` for a float. A NaN hashes by the identity of the object holding it (`nan_identity`, hashed as
/// [`hash_identity`] does), so distinct NaN objects rarely collide.
pub fn hash_float(x: f64, nan_identity: u64) -> i64 {
    if x.is_nan() {
        return hash_identity(nan_identity);
    }
    let Some(exact) = exact_float(x) else {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    };
    let residue = mul_mod(
        exact.mantissa.unsigned_abs() % HASH_MODULUS,
        power_of_two_residue(exact.exponent.into()),
    );
    let signed = residue as i64;
    avoid_minus_one(if exact.mantissa < 0 { -signed } else { signed })
}

/// `hash(z)` for a complex: hash(real) + 1000003 * hash(imag), wrapping in 64 bits. NaN parts hash by the
/// complex object's identity.
pub fn hash_complex(re: f64, im: f64, nan_identity: u64) -> i64 {
    let real = hash_float(re, nan_identity) as u64;
    let imag = hash_float(im, nan_identity) as u64;
    avoid_minus_one(real.wrapping_add(HASH_IMAG.wrapping_mul(imag)) as i64)
}

/// The hash of the rational number `numerator / denominator` (`denominator > 0`), as `fractions.Fraction` and
/// `decimal.Decimal` compute it so they hash equal to equal ints and floats.
pub fn hash_rational(numerator: &Int, denominator: &Int) -> i64 {
    let modulus = BigInt::from(HASH_MODULUS);
    let denominator_residue = denominator.as_big().mod_floor(&modulus);
    if denominator_residue.is_zero() {
        // The denominator has no inverse: CPython's Fraction hashes like infinity.
        return avoid_minus_one(if numerator.is_negative() {
            -HASH_INF
        } else {
            HASH_INF
        });
    }
    // Inverse by Fermat's little theorem.
    let inverse = denominator_residue.modpow(&BigInt::from(HASH_MODULUS - 2), &modulus);
    let numerator_residue = numerator.as_big().abs().mod_floor(&modulus);
    let residue = ((numerator_residue * inverse) % &modulus)
        .to_i64()
        .unwrap_or(0);
    avoid_minus_one(if numerator.is_negative() {
        -residue
    } else {
        residue
    })
}
