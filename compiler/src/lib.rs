//! # ophis-compiler
//!
//! The bytecode compiler. Built so far:
//!
//! - [`symtable`]: CPython 3.14's symbol-table pass over the AST — every scope (module, class,
//!   function, lambda, comprehension, PEP 695 type-parameter, type-alias and type-variable scopes,
//!   PEP 649 annotation scopes), the scope of every name, and the compile-time `SyntaxError`s
//!   CPython's `symtable.c` (and `future.c`) raise.
//!
//! - [`instructions`]: the instruction set, defined once in a table from which the opcode enum,
//!   names, operand kinds, stack effects and disassembler metadata derive.
//! - [`code`]: code objects with their line/column and exception tables.
//! - [`codegen`]: AST + symbol table → code objects.
//! - [`dis`]: the disassembler (`ophis -m dis`).
//! - [`unparse`]: expressions back to source text, as CPython's compiler writes string
//!   annotations (`from __future__ import annotations`).

pub mod code;
pub mod codegen;
pub mod dis;
pub mod instructions;
pub mod finally_control;
pub mod symtable;
pub mod unparse;

pub use code::{CodeObject, Constant};
pub use codegen::CompileMode;
pub use instructions::{BinaryOp, CommonConstant, CompareOp, Instruction, Intrinsic1, Intrinsic2, Opcode};

use ophis_parser::warnings::CompileWarning;
use ophis_parser::{ParseOptions, SyntaxError};

/// Parses, analyses and compiles `source` in one step.
pub fn compile_source(source: &str, filename: &str, mode: CompileMode) -> Result<CodeObject, SyntaxError> {
    compile_source_with(source, filename, mode, symtable::BuildOptions::default())
}

/// [`compile_source`] with compile flags (`compile(..., flags=...)` and inherited future
/// features).
pub fn compile_source_with(source: &str, filename: &str, mode: CompileMode, options: symtable::BuildOptions) -> Result<CodeObject, SyntaxError> {
    compile_source_with_warnings(source, filename, mode, options).0
}

/// [`compile_source_with`], also giving the compile-time warnings in the order CPython issues
/// them: the tokenizer's (escape sequences, numbers followed by keywords), then the `finally`
/// checks (PEP 765), then the code generator's. When compiling fails, the warnings found before
/// the error are still given (CPython has issued them by then).
pub fn compile_source_with_warnings(
    source: &str,
    filename: &str,
    mode: CompileMode,
    options: symtable::BuildOptions,
) -> (Result<CodeObject, SyntaxError>, Vec<CompileWarning>) {
    let parse_mode = match mode {
        CompileMode::Exec => ophis_parser::Mode::Module,
        CompileMode::Eval => ophis_parser::Mode::Expression,
        CompileMode::Single => ophis_parser::Mode::Interactive,
    };
    let tree = match ophis_parser::parse(source, ParseOptions { mode: parse_mode, ..Default::default() }) {
        Ok(tree) => tree,
        Err(e) => {
            let warnings = ophis_parser::warnings::token_warnings(source, Some(e.range.start));
            return (Err(e), warnings);
        }
    };
    let mut warnings = ophis_parser::warnings::token_warnings(source, None);
    let index = ophis_lexer::LineIndex::new(source);
    warnings.extend(finally_control::check(&tree, &index));
    let table = match symtable::build(&tree, &index, options) {
        Ok(table) => table,
        Err(e) => return (Err(e), warnings),
    };
    let code = codegen::compile_with_warnings(&tree, &table, source, filename, mode, &mut warnings)
        .map_err(|e| symtable::with_byte_columns(e, &index));
    (code, warnings)
}
