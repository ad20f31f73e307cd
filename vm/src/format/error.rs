//! The error every formatting routine returns: which Python exception to raise and its message.

use std::fmt;

/// The Python exception class a formatting failure maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    IndexError,
    KeyError,
    MemoryError,
}

impl ErrorKind {
    /// The Python name of the exception class.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::KeyError => "KeyError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A formatting failure: the VM raises `kind(message)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        FormatError {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
    /// CPython raises a bare MemoryError when a result cannot be allocated.
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for FormatError {}

/// Reserves room for `additional` more units in `buf`, as a MemoryError instead of an abort when a
/// requested width or precision is absurdly large (CPython fails the same way).
pub(crate) fn reserve<T>(buf: &mut Vec<T>, additional: usize) -> Result<(), FormatError> {
    buf.try_reserve(additional)
        .map_err(|_| FormatError::memory())
}

/// [`reserve`] for a `String`.
pub(crate) fn reserve_str(buf: &mut String, additional: usize) -> Result<(), FormatError> {
    buf.try_reserve(additional)
        .map_err(|_| FormatError::memory())
}
