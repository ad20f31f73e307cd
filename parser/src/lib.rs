//! # ophis-parser
//!
//! The Python 3.14 parser of ophis. It depends on the lexer only, never on the VM, so linters
//! and formatters can use it alone.
//!
//! Map of the crate:
//! - [`ast`]: the AST, mirroring CPython 3.14's `Python.asdl`; [`ast::dump`] prints it exactly as
//!   `ast.dump` does; [`ast::Visitor`] walks it.
//! - [`parse()`]: source to AST ([`parse_module`], [`parse_expression`], modes and options).
//! - `python.lalrpop`: the grammar (LALR(1), generated at build time); `parse::actions` holds
//!   what its rules call; `parse::diagnose` turns a stop into CPython's message.
//! - [`error`]: [`SyntaxError`] with CPython's class, message and location.
//! - [`repr`]: Python's `repr` of literal values.

pub mod ast;
pub mod error;
pub mod parse;
pub mod repr;

#[allow(clippy::all, unused_parens, unused_imports, dead_code, unused_variables)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

pub use error::{ErrorKind, SyntaxError};
pub use parse::{InputStatus, Mode, ParseOptions, input_status, parse, parse_expression, parse_module, syntax_errors};
