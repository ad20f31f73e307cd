//! # ophis-parser
//!
//! The Python 3.14 parser of ophis. It depends on the lexer only, never on the VM, so linters
//! and formatters can use it alone.
//!
//! Map of the crate:
//! - [`ast`]: the AST, mirroring CPython 3.14's `Python.asdl`; [`ast::dump`] prints it exactly as
//!   `ast.dump` does; [`ast::Visitor`] walks it.
//! - [`repr`]: Python's `repr` of literal values.

pub mod ast;
pub mod repr;
