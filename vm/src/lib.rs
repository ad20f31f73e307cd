//! # ophis-vm
//!
//! The virtual machine: values, objects, the interpreter, imports and the embedding API.
//!
//! Map of the crate:
//! - [`value`]: `Value`, the 16-byte representation of a Python value (None, bool, i64 and f64
//!   inline; everything else a reference to a heap object).
//! - [`object`]: heap objects (`Object`, `Kind`) and `ObjRef`, our reference-counted pointer
//!   with immortal objects for shared long-lived state; `cache`: lock-free inline caches.
//! - [`types`]: type objects, the built-in types, C3 MRO; `dict`: the dict; `set_table`: the
//!   set/frozenset table (CPython's layout); `str`: the str payload.
//! - [`interp`]: per-thread `Vm` and shared `Interpreter`, frames, the dispatch loop, calls.
//! - `ops` (operators and protocols), `attr` (attribute access and descriptors), `iter`
//!   (native iterators), `generator`, `formatting` (repr/str/format/%), `numbers`.
//! - [`buffer`]: the buffer protocol (bytes-like objects, export counting) and memoryview.
//! - [`builtins`]: the builtins module and the methods of built-in types; `sys`; `import`.
//! - [`exceptions`] and `traceback`: the exception hierarchy and traceback text.
//! - [`format`]: CPython's formatting rules as a pure library (float repr, format specs, %).
//! - [`numeric`]: CPython's number semantics as a pure library (int/float/complex, hashing, parsing).
//! - [`embed`]: the embedding API.
//! - [`typing`]: PEP 695 generics at run time (TypeVar, TypeAliasType, Generic) and `_typing`.

pub mod annotations;
pub mod asyncgen;
pub mod attr;
pub mod buffer;
pub mod builtins;
pub mod cache;
pub mod compile;
pub mod descriptor;
pub mod dict;
pub mod embed;
pub mod exception_fields;
pub mod exception_group;
pub mod exceptions;
pub mod format;
pub mod formatting;
pub mod function;
pub mod function_new;
pub mod generator;
pub mod generic_alias;
pub mod hash;
pub mod import;
pub mod interp;
pub mod io;
pub mod iter;
pub mod module_spec;
pub mod modules;
pub mod native_type;
pub mod numbers;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod set_table;
pub mod str;
pub mod gil;
pub mod signals;
pub mod sys;
pub mod templatelib;
pub mod thread;
pub mod traceback;
pub mod types;
pub mod typing;
pub mod value;
pub mod warnings;
pub mod weakref;

pub use exceptions::PyErr;
pub use interp::{Interpreter, Vm};
pub use value::Value;

/// The result of an operation that may raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// `_Class__name` mangling of private names (for `__slots__`).
pub(crate) fn types_mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() { name.to_string() } else { format!("_{class}{name}") }
}
