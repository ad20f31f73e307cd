//! # ophis-compiler
//!
//! The bytecode compiler. Built so far:
//!
//! - [`symtable`]: CPython 3.14's symbol-table pass over the AST — every scope (module, class,
//!   function, lambda, comprehension, PEP 695 type-parameter, type-alias and type-variable scopes,
//!   PEP 649 annotation scopes), the scope of every name, and the compile-time `SyntaxError`s
//!   CPython's `symtable.c` (and `future.c`) raise.
//!
//! The code generator is built on top of [`symtable::SymbolTable`].

pub mod symtable;
