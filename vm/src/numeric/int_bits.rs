//! Int bit operations: `<<`, `>>` (with CPython's errors for negative and huge counts), `&`, `|`, `^` with
//! two's-complement semantics on negative values, and `int.to_bytes` / `int.from_bytes`.

use num_bigint::{BigInt, Sign};

use super::error::{NumError, NumResult};
use super::int::{CPYTHON_MAX_DIGITS, Int, MAX_INT_BITS};

fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

impl Int {
    /// `self << count`.
    pub fn lshift(&self, count: &Int) -> NumResult<Int> {
        if count.is_negative() {
            return Err(negative_shift());
        }
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        let too_many_digits = || NumError::overflow("too many digits in integer");
        let count = count.to_i64().ok_or_else(too_many_digits)? as u64;
        // CPython sizes the result in 30-bit digits and refuses sizes past its limit before allocating.
        let new_digits = self.cpython_digits() + count.div_ceil(30);
        if new_digits > CPYTHON_MAX_DIGITS {
            return Err(too_many_digits());
        }
        if self.bit_length() + count > MAX_INT_BITS {
            return Err(NumError::memory());
        }
        if let Int::Small(v) = self {
            let wide = (count < 64).then(|| i128::from(*v) << count);
            if let Some(small) = wide.and_then(|w| i64::try_from(w).ok()) {
                return Ok(Int::Small(small));
            }
        }
        Ok(Int::from_big(&*self.as_big() << count))
    }

    /// `self >> count` (rounds toward negative infinity).
    pub fn rshift(&self, count: &Int) -> NumResult<Int> {
        if count.is_negative() {
            return Err(negative_shift());
        }
        let count = match count.to_i64() {
            Some(c) if (c as u64) < self.bit_length() => c as u64,
            _ => return Ok(Int::Small(if self.is_negative() { -1 } else { 0 })),
        };
        if let Int::Small(v) = self {
            return Ok(Int::Small(v >> count));
        }
        Ok(Int::from_big(&*self.as_big() >> count))
    }

    /// `self & other`.
    pub fn bitand(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Int::from_big(&*self.as_big() & &*other.as_big()),
        }
    }

    /// `self | other`.
    pub fn bitor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Int::from_big(&*self.as_big() | &*other.as_big()),
        }
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Int::from_big(&*self.as_big() ^ &*other.as_big()),
        }
    }

    /// `int.to_bytes(length, byteorder, signed=signed)`. `byteorder` is the str argument.
    pub fn to_bytes(&self, length: i64, byteorder: &str, signed: bool) -> NumResult<Vec<u8>> {
        let little = parse_byteorder(byteorder)?;
        if length < 0 {
            return Err(NumError::value("length argument must be non-negative"));
        }
        if self.is_negative() && !signed {
            return Err(NumError::overflow("can't convert negative int to unsigned"));
        }
        let too_big = || NumError::overflow("int too big to convert");
        // Bits needed: the magnitude's, plus a sign bit when signed (except -2**(8n-1), which fits exactly).
        let needed_bits = if !signed || self.is_zero() {
            self.bit_length()
        } else if self.is_negative() {
            self.invert().bit_length() + 1
        } else {
            self.bit_length() + 1
        };
        if needed_bits > (length as u64).saturating_mul(8) {
            return Err(too_big());
        }
        if length as u64 > MAX_INT_BITS / 8 {
            return Err(NumError::memory());
        }
        let length = length as usize;
        let mut bytes = self.as_big().to_signed_bytes_le();
        let fill = if self.is_negative() { 0xff } else { 0x00 };
        bytes.resize(length.max(bytes.len()), fill);
        bytes.truncate(length);
        if !little {
            bytes.reverse();
        }
        Ok(bytes)
    }

    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], byteorder: &str, signed: bool) -> NumResult<Int> {
        let little = parse_byteorder(byteorder)?;
        let value = match (little, signed) {
            (true, true) => BigInt::from_signed_bytes_le(bytes),
            (false, true) => BigInt::from_signed_bytes_be(bytes),
            (true, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
            (false, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        };
        Ok(Int::from_big(value))
    }
}

/// `"little"` → true, `"big"` → false, anything else is CPython's ValueError.
pub fn parse_byteorder(byteorder: &str) -> NumResult<bool> {
    match byteorder {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(NumError::value(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}
