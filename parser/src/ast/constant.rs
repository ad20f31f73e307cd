//! Constant values: what `ast.Constant.value` holds.

use num_bigint::BigInt;

/// The value of a literal, as CPython's `ast.Constant.value` would hold it.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    /// An imaginary literal has `real == 0.0`.
    Complex { real: f64, imag: f64 },
    Str(Str),
    Bytes(Box<[u8]>),
}

/// A Python int: small ones unboxed, the rest arbitrary precision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(Box<BigInt>),
}

impl Int {
    /// Normalises: a big value that fits in `i64` becomes `Small`.
    pub fn from_bigint(value: BigInt) -> Int {
        match i64::try_from(&value) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(Box::new(value)),
        }
    }
}

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(v) => write!(f, "{v}"),
        }
    }
}

/// A Python str. Python strings may hold lone surrogates (`"\ud800"`), which Rust's `str`
/// cannot; such a string is kept as code points.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Str {
    Text(Box<str>),
    /// Code points, at least one of them a lone surrogate (U+D800..U+DFFF).
    CodePoints(Box<[u32]>),
}

impl Str {
    /// The text, if it has no lone surrogates.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Str::Text(s) => Some(s),
            Str::CodePoints(_) => None,
        }
    }

    /// Builds from code points, choosing `Text` when every one is a scalar value.
    pub fn from_code_points(points: Vec<u32>) -> Str {
        if points.iter().all(|&c| char::from_u32(c).is_some()) {
            Str::Text(points.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>().into())
        } else {
            Str::CodePoints(points.into())
        }
    }

    /// The code points of the string.
    pub fn code_points(&self) -> Vec<u32> {
        match self {
            Str::Text(s) => s.chars().map(|c| c as u32).collect(),
            Str::CodePoints(p) => p.to_vec(),
        }
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str::Text(s.into())
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str::Text(s.into())
    }
}

impl Constant {
    pub fn str(s: impl Into<Str>) -> Constant {
        Constant::Str(s.into())
    }
}
