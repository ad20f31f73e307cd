//! The string a pattern runs over: bytes-like objects and ASCII str as bytes, other str as code
//! points (positions are code point indices as Python's). Type checks with CPython's messages
//! ("cannot use a string pattern on a bytes-like object").

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use ophis_vm::builtins::{new_bytes, new_str};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use super::compile::Program;
use super::matcher::{run, Anchor, Captures};

pub enum Subject<'a> {
    /// Bytes, or a str made only of ASCII characters.
    Narrow(Cow<'a, [u8]>),
    /// A str with non-ASCII characters, as code points.
    Wide(Arc<Vec<u32>>),
}

/// Strings at least this long keep their code points in the per-thread cache.
const CACHE_MIN_LEN: usize = 256;

thread_local! {
    /// The code points of the last long non-ASCII str matched on this thread (the str is kept
    /// alive, so its identity cannot be reused): a tokenizer calling `match(s, pos)` in a loop
    /// converts `s` once instead of once per call.
    static WIDE_CACHE: RefCell<Option<(Value, Arc<Vec<u32>>)>> = const { RefCell::new(None) };
}

/// The code points of a non-ASCII str, from the cache when it is the same object.
pub fn code_points(string: &Value, text: &str) -> Arc<Vec<u32>> {
    if text.len() < CACHE_MIN_LEN {
        return Arc::new(text.chars().map(|c| c as u32).collect());
    }
    let cached = WIDE_CACHE.with(|c| c.borrow().as_ref().and_then(|(v, cps)| v.is(string).then(|| cps.clone())));
    if let Some(cps) = cached {
        return cps;
    }
    let cps = Arc::new(text.chars().map(|c| c as u32).collect::<Vec<u32>>());
    let old = WIDE_CACHE.with(|c| c.borrow_mut().replace((string.clone(), cps.clone())));
    // The previous entry is dropped outside the borrow.
    drop(old);
    cps
}

impl<'a> Subject<'a> {
    /// The subject for `string` under a str (`is_text`) or bytes pattern.
    pub fn of(vm: &Vm, string: &'a Value, is_text: bool) -> PyResult<Subject<'a>> {
        if let Some(s) = string.as_pystr() {
            if !is_text {
                return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
            }
            return Ok(if s.is_ascii() {
                Subject::Narrow(Cow::Borrowed(s.as_str().as_bytes()))
            } else {
                Subject::Wide(code_points(string, s.as_str()))
            });
        }
        match ophis_vm::buffer::bytes_of_checked(string)? {
            Some(b) => {
                if is_text {
                    return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
                }
                Ok(Subject::Narrow(b))
            }
            None => Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(string)))),
        }
    }

    /// An owned copy (for scanners and iterators that outlive the argument).
    pub fn into_owned(self) -> Subject<'static> {
        match self {
            Subject::Narrow(b) => Subject::Narrow(Cow::Owned(b.into_owned())),
            Subject::Wide(w) => Subject::Wide(w),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Subject::Narrow(b) => b.len(),
            Subject::Wide(w) => w.len(),
        }
    }

    pub fn run(&self, prog: &Program, pos: usize, end: usize, anchor: Anchor, must_advance: bool) -> PyResult<Option<Captures>> {
        match self {
            Subject::Narrow(b) => run(prog, &b[..], pos, end, anchor, must_advance),
            Subject::Wide(w) => run(prog, &w[..], pos, end, anchor, must_advance),
        }
    }

    /// `string[start:end]` as a new str (`is_text`) or bytes.
    pub fn slice(&self, start: usize, end: usize, is_text: bool) -> Value {
        match self {
            Subject::Narrow(b) => {
                let part = &b[start..end];
                if is_text { new_str(String::from_utf8_lossy(part).into_owned()) } else { new_bytes(part.to_vec()) }
            }
            Subject::Wide(w) => new_str(w[start..end].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
        }
    }

    /// Appends `string[start:end]` to a str or bytes being built.
    pub fn push_slice(&self, out: &mut Built, start: usize, end: usize) {
        match (self, out) {
            (Subject::Narrow(b), Built::Bytes(o)) => o.extend_from_slice(&b[start..end]),
            (Subject::Narrow(b), Built::Text(o)) => o.push_str(&String::from_utf8_lossy(&b[start..end])),
            (Subject::Wide(w), Built::Text(o)) => o.extend(w[start..end].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
            (Subject::Wide(_), Built::Bytes(_)) => {}
        }
    }
}

/// The result of `sub()` under construction.
pub enum Built {
    Text(String),
    Bytes(Vec<u8>),
}

impl Built {
    pub fn new(is_text: bool) -> Built {
        if is_text { Built::Text(String::new()) } else { Built::Bytes(Vec::new()) }
    }

    /// Appends a str or bytes-like value (a replacement).
    pub fn push_value(&mut self, v: &Value) {
        match self {
            Built::Text(o) => {
                if let Some(s) = v.as_str() {
                    o.push_str(s);
                }
            }
            Built::Bytes(o) => {
                if let Some(b) = ophis_vm::buffer::bytes_of(v) {
                    o.extend_from_slice(&b);
                }
            }
        }
    }

    pub fn into_value(self) -> Value {
        match self {
            Built::Text(s) => new_str(s),
            Built::Bytes(b) => new_bytes(b),
        }
    }
}

/// Clamps `pos`/`endpos` as CPython does: into `0..=len`, and `endpos` at least `pos`.
pub fn clamp(pos: i64, endpos: i64, len: usize) -> (usize, usize) {
    let clamp1 = |v: i64| -> usize { if v < 0 { 0 } else { (v as u64).min(len as u64) as usize } };
    let start = clamp1(pos);
    let end = clamp1(endpos).max(start);
    (start, end)
}

impl Subject<'_> {
    /// The code points when the subject is a non-ASCII str (for Match objects' slicing).
    pub fn wide(&self) -> Option<Arc<Vec<u32>>> {
        match self {
            Subject::Wide(w) => Some(w.clone()),
            Subject::Narrow(_) => None,
        }
    }
}
