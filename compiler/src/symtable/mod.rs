//! The symbol table: CPython 3.14's `symtable.c` (and the `from __future__` checks of
//! `future.c`) over ophis's AST.
//!
//! [`build`] walks a module twice. The first pass (`builder`, `visit_*`) creates a [`Scope`] for
//! every block and records what each does with each name; the second (`analyze`) decides where
//! every name lives ([`SymbolScope`]) and which list/set/dict comprehensions the code generator
//! inlines. Both passes raise CPython's compile-time `SyntaxError`s with its messages and
//! locations; the first error in CPython's order wins.
//!
//! The code generator finds the scope a node opens with [`SymbolTable::scope_of`] and the stored
//! form of a private name with [`SymbolTable::mangle`]. Errors CPython's code generator raises
//! (`'return' outside function`, `'yield' outside function`, `'break' outside loop`, ...) are not
//! raised here: they come after every symbol-table error, in code-generation order.
//!
//! [`dump`] prints a table in the format `tests/corpus/check_symtable.py` compares with CPython's
//! `symtable` module.
//!
//! ```
//! use ophis_compiler::symtable::{BuildOptions, ScopeKind, SymbolScope, build};
//! use ophis_lexer::LineIndex;
//! use ophis_parser::ast::Mod;
//!
//! let source = "def outer():\n    x = 1\n    def inner():\n        return x\n";
//! let module = ophis_parser::parse(source, Default::default()).unwrap();
//! let table = build(&module, &LineIndex::new(source), BuildOptions::default()).unwrap();
//! let Mod::Module(m) = &module else { unreachable!() };
//! let outer = table.scope_of(&m.body[0], ScopeKind::Function).unwrap();
//! assert_eq!(table[outer].symbols["x"].scope, SymbolScope::Cell);
//! let inner = table[outer].children[1]; // children[0] is inner's `__annotate__` scope
//! assert_eq!(table[inner].symbols["x"].scope, SymbolScope::Free);
//!
//! let source = "def f(a, a): pass";
//! let module = ophis_parser::parse(source, Default::default()).unwrap();
//! let error = build(&module, &LineIndex::new(source), BuildOptions::default()).unwrap_err();
//! assert_eq!(error.message, "duplicate argument 'a' in function definition");
//! ```

mod analyze;
mod builder;
pub mod dump;
mod future;
mod mangle;
mod types;
mod visit_expr;
mod visit_scopes;
mod visit_stmt;

use ophis_lexer::{LineIndex, TextRange};
use ophis_parser::SyntaxError;
use ophis_parser::ast::Mod;

pub use dump::dump;
pub use mangle::mangle;
pub use types::{
    ComprehensionKind, FutureFeatures, SCOPE_OFFSET, Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope,
    SymbolTable,
};

use builder::{Builder, address};

/// Compile flags that change the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BuildOptions {
    /// `PyCF_ALLOW_TOP_LEVEL_AWAIT`: `await`, `async for`, `async with` and async comprehensions
    /// are allowed at module level (the module scope becomes a coroutine).
    pub allow_top_level_await: bool,
    /// `CO_FUTURE_ANNOTATIONS` inherited from the caller (`compile(..., flags=...)`), as if the
    /// module started with `from __future__ import annotations`.
    pub future_annotations: bool,
    /// The optimization level (`-O` is 1, `-OO` 2): asserts and `__debug__`-dependent code go
    /// at 1, docstrings too at 2. The code generator reads it from [`SymbolTable::optimize`].
    pub optimize: u8,
}

/// Builds the symbol table of a parsed module, or returns the first `SyntaxError` CPython's
/// future-statement check or symbol-table pass raises for it.
///
/// `index` is the line index of the module's source: like all of CPython's compile-stage errors
/// (and unlike its parser's), these report their columns in UTF-8 bytes, which the error's
/// `cpython_offset`/`cpython_end_offset` then hold.
///
/// A `func_type` tree (`Mod::FunctionType`) has no code: CPython refuses to compile it; here it
/// gets a table with only the module scope.
pub fn build(module: &Mod, index: &LineIndex, options: BuildOptions) -> Result<SymbolTable, SyntaxError> {
    build_table(module, options).map_err(|error| with_byte_columns(error, index))
}

/// Gives `error` CPython's compile-stage columns: the AST's byte offsets, plus one.
pub fn with_byte_columns(mut error: SyntaxError, index: &LineIndex) -> SyntaxError {
    let (_, column, _, end_column) = index.ast_location(error.range);
    error.cpython_offset = Some(column as i32 + 1);
    error.cpython_end_offset = Some(end_column as i32 + 1);
    error
}

fn build_table(module: &Mod, options: BuildOptions) -> Result<SymbolTable, SyntaxError> {
    let mut future = future::parse_future(module)?;
    future.features.annotations |= options.future_annotations;
    let mut builder = Builder::new(future, options);
    let top = builder.new_scope(ScopeKind::Module, "top", TextRange::empty(0));
    let variant = match module {
        Mod::Module(m) => address(m),
        Mod::Interactive(m) => address(m),
        Mod::Expression(m) => address(m),
        Mod::FunctionType(m) => address(m),
    };
    builder.register([address(module), variant], ScopeKind::Module, top);
    builder.enter_existing(top, true);
    match module {
        Mod::Module(m) => {
            builder.scopes[top.index()].has_docstring = future::docstring(&m.body).is_some();
            builder.visit_stmts(&m.body)?;
        }
        Mod::Interactive(m) => builder.visit_stmts(&m.body)?,
        Mod::Expression(m) => builder.visit_expr(&m.body)?,
        Mod::FunctionType(_) => {}
    }
    builder.exit();
    if let Some(annotations) = builder.scopes[top.index()].annotation_block {
        builder.register([address(module), variant], ScopeKind::Annotation, annotations);
    }
    let mut analyzer = analyze::Analyzer { scopes: &mut builder.scopes, pass: &builder.pass };
    analyzer.analyze_module()?;
    Ok(SymbolTable {
        scopes: builder.scopes,
        future: builder.future.features,
        keys: builder.keys,
        mangled_name_sets: builder.mangled_name_sets,
        optimize: options.optimize,
    })
}
