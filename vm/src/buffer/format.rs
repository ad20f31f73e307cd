//! The item formats memoryview reads and writes: the native single-character struct formats
//! (`c b B h H i I l L q Q n N f d e ? P`, optionally prefixed by `@`), in native byte order and
//! sizes (LP64: `l`, `n` and `P` are 8 bytes), with CPython's errors for values that do not fit.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::PyResult;
use crate::builtins::new_bytes;
use crate::exceptions::PyErr;
use crate::interp::Vm;
use crate::numbers::{as_float, as_int, int_value};
use crate::value::Value;

/// One native struct format character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemFormat {
    Char,
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F16,
    F32,
    F64,
    Bool,
    Pointer,
}

impl ItemFormat {
    /// The format a struct format string names, if it is a native single character
    /// (`"B"`, `"@i"`); None for anything else (`"<i"`, `"2B"`, `"x"`).
    pub fn parse(format: &str) -> Option<ItemFormat> {
        let body = format.strip_prefix('@').unwrap_or(format);
        let mut chars = body.chars();
        let c = chars.next()?;
        if chars.next().is_some() {
            return None;
        }
        Some(match c {
            'c' => ItemFormat::Char,
            'b' => ItemFormat::I8,
            'B' => ItemFormat::U8,
            'h' => ItemFormat::I16,
            'H' => ItemFormat::U16,
            'i' => ItemFormat::I32,
            'I' => ItemFormat::U32,
            'l' | 'q' | 'n' => ItemFormat::I64,
            'L' | 'Q' | 'N' => ItemFormat::U64,
            'e' => ItemFormat::F16,
            'f' => ItemFormat::F32,
            'd' => ItemFormat::F64,
            '?' => ItemFormat::Bool,
            'P' => ItemFormat::Pointer,
            _ => return None,
        })
    }

    pub fn itemsize(self) -> usize {
        match self {
            ItemFormat::Char | ItemFormat::I8 | ItemFormat::U8 | ItemFormat::Bool => 1,
            ItemFormat::I16 | ItemFormat::U16 | ItemFormat::F16 => 2,
            ItemFormat::I32 | ItemFormat::U32 | ItemFormat::F32 => 4,
            ItemFormat::I64 | ItemFormat::U64 | ItemFormat::F64 | ItemFormat::Pointer => 8,
        }
    }

    /// `b`, `B` and `c`: the formats casts may convert from or to, and hashing accepts.
    pub fn is_byte(self) -> bool {
        matches!(self, ItemFormat::Char | ItemFormat::I8 | ItemFormat::U8)
    }

    /// The value of one item stored in `b` (exactly `itemsize` bytes; shorter input reads as
    /// zero-padded, which cannot happen for views checked against their buffer).
    pub fn unpack(self, b: &[u8]) -> Value {
        fn take<const N: usize>(b: &[u8]) -> [u8; N] {
            let mut out = [0u8; N];
            for (o, x) in out.iter_mut().zip(b) {
                *o = *x;
            }
            out
        }
        match self {
            ItemFormat::Char => new_bytes(vec![take::<1>(b)[0]]),
            ItemFormat::I8 => Value::Int(i8::from_ne_bytes(take(b)) as i64),
            ItemFormat::U8 => Value::Int(take::<1>(b)[0] as i64),
            ItemFormat::I16 => Value::Int(i16::from_ne_bytes(take(b)) as i64),
            ItemFormat::U16 => Value::Int(u16::from_ne_bytes(take(b)) as i64),
            ItemFormat::I32 => Value::Int(i32::from_ne_bytes(take(b)) as i64),
            ItemFormat::U32 => Value::Int(u32::from_ne_bytes(take(b)) as i64),
            ItemFormat::I64 => Value::Int(i64::from_ne_bytes(take(b))),
            ItemFormat::U64 | ItemFormat::Pointer => int_value(BigInt::from(u64::from_ne_bytes(take(b)))),
            ItemFormat::F16 => Value::Float(half::f16::from_bits(u16::from_ne_bytes(take(b))).to_f64()),
            ItemFormat::F32 => Value::Float(f32::from_ne_bytes(take(b)) as f64),
            ItemFormat::F64 => Value::Float(f64::from_ne_bytes(take(b))),
            ItemFormat::Bool => Value::Bool(take::<1>(b)[0] != 0),
        }
    }

    /// The bytes of `v` as one item, or CPython's TypeError/ValueError naming `name` (the
    /// view's format string) when `v` has the wrong type or does not fit.
    pub fn pack(self, vm: &mut Vm, v: &Value, name: &str) -> PyResult<Vec<u8>> {
        let invalid_type = || PyErr::type_error(format!("memoryview: invalid type for format '{name}'"));
        let invalid_value = || PyErr::value_error(format!("memoryview: invalid value for format '{name}'"));
        match self {
            ItemFormat::Char => {
                let Some(crate::object::Kind::Bytes(b)) = v.kind() else { return Err(invalid_type()) };
                if b.len() != 1 {
                    return Err(invalid_value());
                }
                Ok(b.to_vec())
            }
            ItemFormat::Bool => Ok(vec![vm.is_true(v)? as u8]),
            ItemFormat::F16 | ItemFormat::F32 | ItemFormat::F64 => {
                let f = float_of(vm, v).map_err(|e| if e.is("TypeError") { invalid_type() } else if e.is("OverflowError") { invalid_value() } else { e })?;
                Ok(match self {
                    ItemFormat::F16 => {
                        let h = half::f16::from_f64(f);
                        if h.is_infinite() && f.is_finite() {
                            return Err(invalid_value());
                        }
                        h.to_bits().to_ne_bytes().to_vec()
                    }
                    ItemFormat::F32 => (f as f32).to_ne_bytes().to_vec(),
                    _ => f.to_ne_bytes().to_vec(),
                })
            }
            _ => {
                let i = int_of(vm, v).map_err(|e| if e.is("TypeError") { invalid_type() } else { e })?;
                let bytes = match self {
                    ItemFormat::I8 => i.to_i8().map(|x| x.to_ne_bytes().to_vec()),
                    ItemFormat::U8 => i.to_u8().map(|x| vec![x]),
                    ItemFormat::I16 => i.to_i16().map(|x| x.to_ne_bytes().to_vec()),
                    ItemFormat::U16 => i.to_u16().map(|x| x.to_ne_bytes().to_vec()),
                    ItemFormat::I32 => i.to_i32().map(|x| x.to_ne_bytes().to_vec()),
                    ItemFormat::U32 => i.to_u32().map(|x| x.to_ne_bytes().to_vec()),
                    ItemFormat::I64 => i.to_i64().map(|x| x.to_ne_bytes().to_vec()),
                    ItemFormat::U64 => i.to_u64().map(|x| x.to_ne_bytes().to_vec()),
                    // A pointer takes any value of either a signed or an unsigned word.
                    _ => i.to_u64().or_else(|| i.to_i64().map(|x| x as u64)).map(|x| x.to_ne_bytes().to_vec()),
                };
                bytes.ok_or_else(invalid_value)
            }
        }
    }
}

/// An int argument for an integer format: an int, or an object with `__index__`.
fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    if as_float(v).is_none() {
        if let Some(r) = vm.call_method(v, "__index__", &[])? {
            if let Some(i) = as_int(&r) {
                return Ok(i.to_bigint());
            }
            return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r))));
        }
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// A float argument for a float format: a float, an int, or an object with `__float__` or
/// `__index__` (not a str, unlike `float()`).
fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return crate::numbers::int_to_f64(&i);
    }
    if let Some(r) = vm.call_method(v, "__float__", &[])? {
        return as_float(&r).ok_or_else(|| PyErr::type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r))));
    }
    if let Some(r) = vm.call_method(v, "__index__", &[])? {
        if let Some(i) = as_int(&r) {
            return crate::numbers::int_to_f64(&i);
        }
        return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r))));
    }
    Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_native_single_characters_only() {
        assert_eq!(ItemFormat::parse("B"), Some(ItemFormat::U8));
        assert_eq!(ItemFormat::parse("@q"), Some(ItemFormat::I64));
        assert_eq!(ItemFormat::parse("<i"), None);
        assert_eq!(ItemFormat::parse("BB"), None);
        assert_eq!(ItemFormat::parse("@"), None);
        assert_eq!(ItemFormat::parse(""), None);
    }

    #[test]
    fn unpacks_native_order() {
        assert!(matches!(ItemFormat::I16.unpack(&(-2i16).to_ne_bytes()), Value::Int(-2)));
        assert!(matches!(ItemFormat::F16.unpack(&0x3c00u16.to_ne_bytes()), Value::Float(f) if f == 1.0));
        assert!(matches!(ItemFormat::Bool.unpack(&[5]), Value::Bool(true)));
    }
}
