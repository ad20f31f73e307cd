//! The Python `int` value (`Int`): an i64 when it fits, else a `BigInt`, plus the operations whose result is always
//! an int and cannot fail: + - * unary - abs ~, comparison, bit_length/bit_count.

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// A Python int: `Small` when it fits i64. Always normalized: `Big` only holds values outside i64's range, so
/// derived equality is value equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// Largest int result (in bits) we will build. CPython tries any size and raises MemoryError when malloc fails; a
/// Rust allocation failure aborts instead, so operations whose result would pass this size raise MemoryError up
/// front. 2**35 bits is a 4 GiB number.
pub const MAX_INT_BITS: u64 = 1 << 35;

/// CPython's own size limit for an int: `PY_SSIZE_T_MAX / PyLong_SHIFT` digits of 30 bits. Past it CPython raises
/// OverflowError "too many digits in integer" rather than MemoryError (e.g. `1 << 2**63 - 1`).
pub(crate) const CPYTHON_MAX_DIGITS: u64 = (i64::MAX as u64) / 30;

impl Int {
    /// Normalizes: a value that fits i64 becomes `Small`.
    pub fn from_big(value: BigInt) -> Int {
        match value.to_i64() {
            Some(small) => Int::Small(small),
            None => Int::Big(value),
        }
    }

    pub fn zero() -> Int {
        Int::Small(0)
    }

    /// The value as a BigInt, borrowed when it already is one.
    pub fn as_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(v) => Cow::Owned(BigInt::from(*v)),
            Int::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_big(&self) -> BigInt {
        self.as_big().into_owned()
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }

    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.bit(0),
        }
    }

    pub fn add(&self, other: &Int) -> Int {
        if let Some(r) = small_pair(self, other).and_then(|(a, b)| a.checked_add(b)) {
            return Int::Small(r);
        }
        Int::from_big(&*self.as_big() + &*other.as_big())
    }

    pub fn sub(&self, other: &Int) -> Int {
        if let Some(r) = small_pair(self, other).and_then(|(a, b)| a.checked_sub(b)) {
            return Int::Small(r);
        }
        Int::from_big(&*self.as_big() - &*other.as_big())
    }

    pub fn mul(&self, other: &Int) -> Int {
        if let Some(r) = small_pair(self, other).and_then(|(a, b)| a.checked_mul(b)) {
            return Int::Small(r);
        }
        Int::from_big(&*self.as_big() * &*other.as_big())
    }

    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(r) => Int::Small(r),
                None => Int::from_big(-BigInt::from(*v)),
            },
            Int::Big(b) => Int::from_big(-b),
        }
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~x`, which is `-(x + 1)`.
    pub fn invert(&self) -> Int {
        match self {
            // !v == -v - 1 never overflows.
            Int::Small(v) => Int::Small(!v),
            Int::Big(b) => Int::from_big(-(b + 1u32)),
        }
    }

    /// `int.bit_length()`: bits of |x|, 0 for 0.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            Int::Big(b) => b.bits(),
        }
    }

    /// `int.bit_count()`: ones in |x|.
    pub fn bit_count(&self) -> u64 {
        match self {
            Int::Small(v) => u64::from(v.unsigned_abs().count_ones()),
            Int::Big(b) => b
                .magnitude()
                .iter_u64_digits()
                .map(|d| u64::from(d.count_ones()))
                .sum(),
        }
    }

    /// The number of 30-bit digits CPython stores this value in (its size limits are counted in these).
    pub(crate) fn cpython_digits(&self) -> u64 {
        self.bit_length().div_ceil(30)
    }

    /// `int.as_integer_ratio()`: (self, 1).
    pub fn as_integer_ratio(&self) -> (Int, Int) {
        (self.clone(), Int::Small(1))
    }

    /// `int.is_integer()`: always true.
    pub fn is_integer(&self) -> bool {
        true
    }
}

/// Both values when both are small: the i64 fast paths.
pub(crate) fn small_pair(a: &Int, b: &Int) -> Option<(i64, i64)> {
    match (a, b) {
        (Int::Small(a), Int::Small(b)) => Some((*a, *b)),
        _ => None,
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.as_big().cmp(&other.as_big()),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    fn from(v: i32) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Int {
        match i64::try_from(v) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }
}

impl From<bool> for Int {
    fn from(v: bool) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Int {
        Int::from_big(v)
    }
}

impl Zero for Int {
    fn zero() -> Int {
        Int::Small(0)
    }
    fn is_zero(&self) -> bool {
        Int::is_zero(self)
    }
}

impl std::ops::Add for Int {
    type Output = Int;
    fn add(self, other: Int) -> Int {
        Int::add(&self, &other)
    }
}

impl std::fmt::Display for Int {
    /// The decimal form with no digit limit (use [`Int::to_decimal_string`] for `str()`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}
