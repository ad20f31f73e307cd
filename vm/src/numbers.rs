//! Number operations on the VM's values: the bridge between `Value` (inline i64/f64, big ints on
//! the heap) and the arithmetic itself.
//!
//! (A first cut: the full CPython semantics library lands in `numeric/`.)

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero, Pow};

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

/// The int inside a value (bool included), if it is one.
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.kind {
            Kind::Int(b) => Some(IntRef::Big(b)),
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

fn zero_div(msg: &str) -> PyErr {
    PyErr::new("ZeroDivisionError", msg)
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
    let x = a.to_bigint();
    let y = b.to_bigint();
    Some(match op.without_inplace() {
        Add => Ok(int_value(x + y)),
        Subtract => Ok(int_value(x - y)),
        Multiply => Ok(int_value(x * y)),
        And => Ok(int_value(x & y)),
        Or => Ok(int_value(x | y)),
        Xor => Ok(int_value(x ^ y)),
        FloorDivide => {
            if y.is_zero() {
                Err(zero_div("integer division or modulo by zero"))
            } else {
                Ok(int_value(x.div_floor(&y)))
            }
        }
        Remainder => {
            if y.is_zero() {
                Err(zero_div("integer modulo by zero"))
            } else {
                Ok(int_value(x.mod_floor(&y)))
            }
        }
        TrueDivide => {
            if y.is_zero() {
                Err(zero_div("division by zero"))
            } else {
                true_divide(&x, &y)
            }
        }
        Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return Some(Err(zero_div("zero to a negative power")));
                }
                let xf = match int_to_f64(&IntRef::Big(&x)) {
                    Ok(f) => f,
                    Err(e) => return Some(Err(e)),
                };
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                Ok(new_float(xf.powf(yf)))
            } else {
                match y.to_u32() {
                    Some(e) => {
                        if x.bits() as u64 * e as u64 > 64 * 1024 * 1024 * 8 {
                            Err(PyErr::new("MemoryError", ""))
                        } else {
                            Ok(int_value(Pow::pow(&x, e)))
                        }
                    }
                    None if x.is_zero() || x == BigInt::from(1) => Ok(int_value(x)),
                    None if x == BigInt::from(-1) => Ok(int_value(if y.is_even() { BigInt::from(1) } else { x })),
                    None => Err(PyErr::new("MemoryError", "")),
                }
            }
        }
        LShift => {
            if y.is_negative() {
                Err(PyErr::value_error("negative shift count"))
            } else {
                match y.to_u32() {
                    Some(s) if s < 1 << 28 => Ok(int_value(x << s as usize)),
                    _ if x.is_zero() => Ok(Value::Int(0)),
                    _ => Err(PyErr::new("OverflowError", "too many digits in integer")),
                }
            }
        }
        RShift => {
            if y.is_negative() {
                Err(PyErr::value_error("negative shift count"))
            } else {
                match y.to_u64() {
                    Some(s) if s < x.bits() + 1 => Ok(int_value(x >> s as usize)),
                    _ => Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
                }
            }
        }
        _ => return None,
    })
}

fn true_divide(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b)) if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 => Ok(new_float(a / b)),
        _ => {
            // Scale so the quotient keeps 64 significant bits, then convert once.
            let shift = (x.bits() as i64 - y.bits() as i64 - 64).max(0);
            let q = if shift > 0 { x / (y << shift as usize) } else { (x << 64usize) / y };
            let f = q.to_f64().unwrap_or(f64::INFINITY) * if shift > 0 { 2f64.powi(shift as i32) } else { 2f64.powi(-64) };
            if f.is_infinite() {
                Err(PyErr::new("OverflowError", "integer division result too large for a float"))
            } else {
                Ok(new_float(f))
            }
        }
    }
}

/// `a op b` for floats (ints already converted).
pub fn float_binary(x: f64, y: f64, op: BinaryOp) -> Option<PyResult<Value>> {
    use BinaryOp::*;
    Some(match op.without_inplace() {
        Add => Ok(new_float(x + y)),
        Subtract => Ok(new_float(x - y)),
        Multiply => Ok(new_float(x * y)),
        TrueDivide => {
            if y == 0.0 {
                Err(zero_div("division by zero"))
            } else {
                Ok(new_float(x / y))
            }
        }
        FloorDivide => {
            if y == 0.0 {
                Err(zero_div("division by zero"))
            } else {
                Ok(new_float(float_divmod(x, y).0))
            }
        }
        Remainder => {
            if y == 0.0 {
                Err(zero_div("division by zero"))
            } else {
                Ok(new_float(float_divmod(x, y).1))
            }
        }
        Power => {
            if x == 0.0 && y < 0.0 {
                Err(zero_div("zero to a negative power"))
            } else {
                Ok(new_float(x.powf(y)))
            }
        }
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
