//! `Value`: what a Python variable holds. 16 bytes; None, bools, ints that fit in i64 and floats
//! live inline with no allocation. Everything else is a reference to a heap object.

use crate::object::{Kind, ObjRef};

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints and floats have no identity of their own; CPython caches -5..=256 and
            // reuses constant objects, so equal inline numbers are the same object here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The str behind this value, if it is a str (or str subclass instance).
    #[inline]
    pub fn as_pystr(&self) -> Option<&crate::str::PyStr> {
        match self {
            Value::Obj(o) => o.as_str(),
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.as_pystr().map(|s| s.as_str())
    }

    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self {
            Value::Obj(o) => o.as_tuple(),
            _ => None,
        }
    }

    pub fn kind(&self) -> Option<&Kind> {
        match self {
            Value::Obj(o) => Some(&o.kind),
            _ => None,
        }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
