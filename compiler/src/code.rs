//! Code objects: what the compiler produces and the VM runs.
//!
//! A [`CodeObject`] holds the instructions, constants, names, the variable layout, a line/column
//! table (one [`SourceLocation`] per instruction, so tracebacks can point at the exact
//! sub-expression) and an exception table (try/except costs nothing until something is raised:
//! the table is only read when an exception unwinds through the frame).

use std::sync::Arc;

use num_bigint::BigInt;

use crate::instructions::Instruction;

/// A constant as the compiler knows it. The VM turns each into an immortal value once, when the
/// code object is loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    /// A str, as code points when it holds lone surrogates.
    Str(Arc<str>),
    StrCodePoints(Arc<[u32]>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    FrozenSet(Arc<[Constant]>),
    Code(Arc<CodeObject>),
}

impl Constant {
    /// Constants are deduplicated by identity of kind and value: `1`, `1.0` and `True` are
    /// distinct, and `0.0` and `-0.0` are distinct.
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Tuple(a), Constant::Tuple(b)) | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
            _ => std::mem::discriminant(self) == std::mem::discriminant(other) && self == other,
        }
    }
}

/// Where one instruction came from: 1-based lines, 0-based UTF-8 byte columns, as CPython's
/// `co_positions()`. `line == 0` means "no location" (artificial instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceLocation {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table row: an exception raised by an instruction in `start..end` pops the stack
/// to `depth`, pushes the instruction index if `push_lasti`, pushes the exception and jumps to
/// `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// `co_flags` bits, as CPython numbers them.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Compiled under `from __future__ import annotations` (code compiled by `compile()`/`exec()`
    /// from such code inherits it).
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;
    pub const HAS_DOCSTRING: u32 = 0x4000000;
    pub const METHOD: u32 = 0x8000000;
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then the rest.
    pub varnames: Vec<Arc<str>>,
    /// Cell variables (locals captured by inner scopes), then free variables (captured from
    /// outer scopes). A cell that is also a parameter is listed in `cell2arg`.
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    /// For each cell variable, the parameter index it starts from, if it is a parameter.
    pub cell2arg: Vec<Option<u32>>,
    pub names: Vec<Arc<str>>,
    pub constants: Vec<Constant>,
    pub instructions: Vec<Instruction>,
    pub locations: Vec<SourceLocation>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The deepest the value stack gets.
    pub max_stack: u32,
    /// Number of inline caches the instructions use.
    pub cache_count: u32,
}

impl CodeObject {
    pub fn is_generator_like(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// The handler for an exception raised at instruction `ip`: the innermost entry covering it.
    pub fn handler_for(&self, ip: u32) -> Option<&ExceptionEntry> {
        // Entries are disjoint ranges sorted by start (the compiler emits one entry per run of
        // instructions that share a handler), so a binary search finds the covering one.
        let i = self.exception_table.partition_point(|e| e.end <= ip);
        self.exception_table.get(i).filter(|e| e.start <= ip && ip < e.end)
    }

    /// Total number of local slots: fast locals, then cells, then free variables.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
}
