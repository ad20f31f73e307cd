//! The abstract syntax tree: CPython 3.14's `Python.asdl`, node for node and field for field.
//!
//! - `nodes`: the node types (one definition each, via the macros in `macros`).
//! - `constant`: literal values (`Constant`).
//! - `visitor`: a `Visitor` trait walking children in `_fields` order.
//! - `dump`: `ast.dump`, byte for byte as CPython prints it.
//! - `reflect`: a generic walk of the tree into any builder, and the schema of the `ast` classes.

#[macro_use]
mod macros;
pub mod constant;
pub mod dump;
mod nodes;
pub mod reflect;
pub mod visitor;

pub use constant::{Constant, Int, Str};
pub use nodes::*;
pub use visitor::{Visitor, Walk};
