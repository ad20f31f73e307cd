//! Number operations on the VM's values: the bridge between `Value` (inline i64/f64, big ints on
//! the heap) and the arithmetic itself.
//!
//! (A first cut: the full CPython semantics library lands in `numeric/`.)

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;

use crate::builtins::new_float;
use crate::exceptions::PyErr;
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};
use ophis_compiler::BinaryOp;

/// An int value, small or big.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
}

/// The int inside a value (bool included), if it is one. `Small` whenever the value fits i64
/// (an int subclass instance holds a BigInt even for small values), so `Big` means "beyond i64".
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.kind {
            Kind::Int(b) => Some(match b.to_i64() {
                Some(small) => IntRef::Small(small),
                None => IntRef::Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

pub fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.kind {
            Kind::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// An int value from a BigInt: inline when it fits.
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(Object::new(types::builtin().int.clone(), Kind::Int(b))),
    }
}

pub fn bigint_eq_f64(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && big_from_f64(f) == *i
}

pub fn int_to_f64(i: &IntRef) -> PyResult<f64> {
    match i {
        IntRef::Small(v) => Ok(*v as f64),
        IntRef::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::new("OverflowError", "int too large to convert to float")),
        },
    }
}


/// `a op b` for ints; None when the operator does not apply to ints.
pub fn int_binary(a: &IntRef, b: &IntRef, op: BinaryOp) -> Option<PyResult<Value>> {
    use BinaryOp::*;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let small = match op.without_inplace() {
            Add => x.checked_add(y).map(Value::Int),
            Subtract => x.checked_sub(y).map(Value::Int),
            Multiply => x.checked_mul(y).map(Value::Int),
            And => Some(Value::Int(x & y)),
            Or => Some(Value::Int(x | y)),
            Xor => Some(Value::Int(x ^ y)),
            FloorDivide if y != 0 && !(x == i64::MIN && y == -1) => Some(Value::Int(Integer::div_floor(&x, &y))),
            Remainder if y != 0 && !(x == i64::MIN && y == -1) => Some(Value::Int(Integer::mod_floor(&x, &y))),
            _ => None,
        };
        if let Some(v) = small {
            return Some(Ok(v));
        }
    }
    use crate::numeric as n;
    let x = n::Int::from_big(a.to_bigint());
    let y = n::Int::from_big(b.to_bigint());
    let err = |e: n::NumError| PyErr::new(e.class_name(), e.message());
    let int = |i: n::Int| int_value(i.to_big());
    Some(match op.without_inplace() {
        Add => Ok(int(x.add(&y))),
        Subtract => Ok(int(x.sub(&y))),
        Multiply => Ok(int(x.mul(&y))),
        And => Ok(int(x.bitand(&y))),
        Or => Ok(int(x.bitor(&y))),
        Xor => Ok(int(x.bitxor(&y))),
        FloorDivide => x.floordiv(&y).map(int).map_err(err),
        Remainder => x.modulo(&y).map(int).map_err(err),
        TrueDivide => x.truediv(&y).map(new_float).map_err(err),
        Power => match x.pow(&y, None) {
            Ok(n::Number::Int(i)) => Ok(int(i)),
            Ok(n::Number::Float(f)) => Ok(new_float(f)),
            Ok(n::Number::Complex(z)) => Ok(crate::ops::new_complex(z)),
            Err(e) => Err(err(e)),
        },
        LShift => x.lshift(&y).map(int).map_err(err),
        RShift => x.rshift(&y).map(int).map_err(err),
        _ => return None,
    })
}

/// `a op b` for floats (ints already converted), with CPython 3.14's results and messages.
pub fn float_binary(x: f64, y: f64, op: BinaryOp) -> Option<PyResult<Value>> {
    use crate::numeric as n;
    use BinaryOp::*;
    let err = |e: n::NumError| PyErr::new(e.class_name(), e.message());
    Some(match op.without_inplace() {
        Add => Ok(new_float(x + y)),
        Subtract => Ok(new_float(x - y)),
        Multiply => Ok(new_float(x * y)),
        TrueDivide => n::float_truediv(x, y).map(new_float).map_err(err),
        FloorDivide => n::float_floordiv(x, y).map(new_float).map_err(err),
        Remainder => n::float_mod(x, y).map(new_float).map_err(err),
        Power => match n::float_pow(x, y) {
            Ok(n::Number::Float(f)) => Ok(new_float(f)),
            Ok(n::Number::Complex(z)) => Ok(crate::ops::new_complex(z)),
            Ok(n::Number::Int(i)) => Ok(int_value(i.to_big())),
            Err(e) => Err(err(e)),
        },
        _ => return None,
    })
}

/// Python's float divmod: the remainder has the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Compares an int with a float exactly.
pub fn int_float_cmp(i: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let fi = f.trunc();
    let ib = i.to_bigint();
    let fb = big_from_f64(fi);
    match ib.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            let frac = f - fi;
            Some(if frac > 0.0 { std::cmp::Ordering::Less } else if frac < 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal })
        }
        o => Some(o),
    }
}

/// An integral float as a BigInt.
pub fn big_from_f64(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = (bits & ((1 << 52) - 1)) | if exp != 0 { 1 << 52 } else { 0 };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let v = if e >= 0 { m << e as usize } else { m >> (-e) as usize };
    if f < 0.0 { -v } else { v }
}
