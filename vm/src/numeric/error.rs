//! The error a numeric operation raises: the Python exception class and CPython's exact message.

use std::fmt;

/// An exception raised by a numeric operation. The VM turns each variant into the Python exception of the same
/// name, with the message unchanged (CPython 3.14's text; `Memory` carries an empty message, as CPython's does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumError {
    ZeroDivision(String),
    Overflow(String),
    Value(String),
    Memory(String),
}

impl NumError {
    /// The Python exception class name (`"ZeroDivisionError"`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
            NumError::Memory(_) => "MemoryError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m)
            | NumError::Overflow(m)
            | NumError::Value(m)
            | NumError::Memory(m) => m,
        }
    }

    pub(crate) fn zero_division() -> NumError {
        NumError::ZeroDivision("division by zero".into())
    }

    pub(crate) fn overflow(message: &str) -> NumError {
        NumError::Overflow(message.into())
    }

    pub(crate) fn value(message: &str) -> NumError {
        NumError::Value(message.into())
    }

    /// CPython's MemoryError for a result it could not allocate (raised with no message).
    pub(crate) fn memory() -> NumError {
        NumError::Memory(String::new())
    }

    /// The OverflowError that libm's ERANGE becomes (`PyErr_SetFromErrno`), as float `**` raises it.
    pub(crate) fn erange() -> NumError {
        NumError::Overflow("(34, 'Numerical result out of range')".into())
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for NumError {}

pub type NumResult<T> = Result<T, NumError>;
