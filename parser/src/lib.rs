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
//!
//! ## A linter in a few lines
//!
//! Parse a module, walk it with a [`ast::Visitor`], and report each finding at CPython's line
//! and column:
//!
//! ```
//! use ophis_lexer::LineIndex;
//! use ophis_parser::ast::{Expr, ExprContext, Visitor};
//!
//! /// Flags every use of `eval` as a name.
//! struct NoEval<'s> {
//!     index: &'s LineIndex,
//!     findings: Vec<String>,
//! }
//!
//! impl<'a> Visitor<'a> for NoEval<'_> {
//!     fn visit_expr(&mut self, expr: &'a Expr) {
//!         if let Expr::Name(name) = expr
//!             && name.id.as_str() == "eval"
//!             && name.ctx == ExprContext::Load
//!         {
//!             let (line, col, _, _) = self.index.ast_location(name.range);
//!             self.findings.push(format!("{line}:{col}: avoid eval"));
//!         }
//!         expr.walk_children(self); // keep descending
//!     }
//! }
//!
//! let source = "def f(s):\n    return eval(s) + len(s)\n";
//! let module = ophis_parser::parse_module(source).expect("valid Python");
//! let index = LineIndex::new(source);
//! let mut linter = NoEval { index: &index, findings: vec![] };
//! for stmt in &module.body {
//!     linter.visit_stmt(stmt);
//! }
//! assert_eq!(linter.findings, ["2:11: avoid eval"]);
//!
//! // Syntax errors carry CPython's message and location; `syntax_errors` finds every broken
//! // top-level statement, not only the first.
//! let errors = ophis_parser::syntax_errors("x = (1,\nprint 'hi'\n)\nf(a b)\n", Default::default());
//! assert_eq!(errors.len(), 2);
//! assert_eq!(errors[1].message, "invalid syntax. Perhaps you forgot a comma?");
//! ```
//!
//! And the tree prints exactly as CPython's `ast.dump` prints it:
//!
//! ```
//! use ophis_parser::ast::dump::{DumpOptions, dump};
//! let tree = ophis_parser::parse("x = 1", Default::default()).unwrap();
//! let options = DumpOptions { indent: None, ..Default::default() };
//! assert_eq!(
//!     dump(&tree, options, None),
//!     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"
//! );
//! ```

pub mod ast;
pub mod error;
pub mod parse;
pub mod repr;
pub mod warnings;

#[allow(clippy::all, unused_parens, unused_imports, dead_code, unused_variables)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

pub use error::{ErrorKind, SyntaxError};
pub use parse::{InputStatus, Mode, ParseOptions, input_status, parse, parse_expression, parse_module, syntax_errors};
