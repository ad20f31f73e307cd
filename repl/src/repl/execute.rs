//! Running one REPL input, as CPython 3.14's REPL does: the input is parsed as a module, then
//! each top-level statement is compiled and run in turn — the last one in "single" mode (an
//! expression statement's value goes to `sys.displayhook`), the others in "exec" mode — and
//! the first statement that raises ends the input. Errors are reported and the REPL goes on;
//! only `SystemExit` leaves it.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use ophis_compiler::CompileMode;
use ophis_compiler::symtable::{self, BuildOptions};
use ophis_lexer::LineIndex;
use ophis_parser::ast::{Mod, ModInteractive, ModModule, Stmt};
use ophis_parser::{Mode, ParseOptions, SyntaxError};
use ophis_vm::builtins::intern;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, Value, Vm};

use crate::diagnostics::{self, SourceOrigin};

/// What the REPL remembers between inputs besides the namespace.
#[derive(Default)]
pub struct Session {
    /// `from __future__ import annotations` ran: later inputs compile with it, as in CPython.
    pub future_annotations: bool,
}

/// Runs `source` (named `filename` in tracebacks) in `globals`. `Some(status)` when the input
/// raised SystemExit: the REPL ends with that status.
pub fn run_input(vm: &mut Vm, globals: &ObjRef, session: &mut Session, source: &str, filename: &str) -> Option<ExitCode> {
    // Tracebacks and `inspect`-like tools find the input's lines under its name.
    ophis_vm::traceback::register_source(filename, source);
    let module = match ophis_parser::parse(source, ParseOptions { mode: Mode::Module, type_comments: false }) {
        Ok(Mod::Module(m)) => m,
        Ok(_) => return None,
        Err(e) => {
            report_syntax_error(&e, source, filename);
            return None;
        }
    };
    let index = LineIndex::new(source);
    let count = module.body.len();
    for (i, stmt) in module.body.into_iter().enumerate() {
        let last = i + 1 == count;
        let future_annotations_import = is_future_annotations(&stmt);
        let (tree, mode) = if last {
            (Mod::Interactive(ModInteractive { range: module.range, body: vec![stmt] }), CompileMode::Single)
        } else {
            (Mod::Module(ModModule { range: module.range, body: vec![stmt], type_ignores: vec![] }), CompileMode::Exec)
        };
        let options = BuildOptions {
            optimize: ophis_vm::compile::optimize(),
            future_annotations: session.future_annotations,
            ..Default::default()
        };
        let mut warnings = ophis_parser::warnings::token_warnings(source, None);
        warnings.retain(|w| tree_contains_line(&tree, &index, w.line));
        let code = symtable::build(&tree, &index, options).and_then(|table| {
            ophis_compiler::codegen::compile_with_warnings(&tree, &table, source, filename, mode, &mut warnings)
                .map_err(|e| symtable::with_byte_columns(e, &index))
        });
        match ophis_vm::warnings::issue_compile_warnings(vm, &warnings, filename) {
            Ok(()) => {}
            Err(ophis_vm::warnings::CompileWarningError::Syntax(w)) => {
                report_syntax_error(&w.error, source, filename);
                return None;
            }
            Err(ophis_vm::warnings::CompileWarningError::Raised(e)) => return report_exception(vm, &e),
        }
        let code = match code {
            Ok(code) => code,
            Err(e) => {
                report_syntax_error(&e, source, filename);
                return None;
            }
        };
        // A Ctrl-C pressed before this input started is not this input's interruption.
        let _ = ophis_vm::signals::take_interrupt();
        let code = ophis_vm::builtins::load_code(Arc::new(code));
        let result = vm.run_code(code, globals.clone(), None);
        ophis_vm::sys::flush_stdout();
        if let Err(e) = result {
            return report_exception(vm, &e);
        }
        if future_annotations_import {
            session.future_annotations = true;
        }
    }
    None
}

/// Whether `stmt` is `from __future__ import annotations` (possibly among other features).
fn is_future_annotations(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::ImportFrom(i) => {
            i.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && i.names.iter().any(|a| a.name.as_str() == "annotations")
        }
        _ => false,
    }
}

/// The tokenizer's warnings are found over the whole input; each statement issues those on
/// its own lines (so a warning is not repeated for every statement).
fn tree_contains_line(tree: &Mod, index: &LineIndex, line: u32) -> bool {
    let body = match tree {
        Mod::Module(m) => &m.body,
        Mod::Interactive(m) => &m.body,
        _ => return false,
    };
    body.iter().any(|s| {
        let start = index.line_col(s.range().start).line;
        let end = index.line_col(s.range().end).line;
        (start..=end).contains(&line)
    })
}

/// Reports an exception raised by the input, as CPython's REPL does (through `sys.excepthook`,
/// keeping it in `sys.last_exc`); SystemExit ends the REPL with its status instead.
fn report_exception(vm: &mut Vm, e: &PyErr) -> Option<ExitCode> {
    if e.is("SystemExit") {
        return Some(crate::run::exit_status(vm, e));
    }
    let Some(sys) = vm.interp.sys.dict_if_present().and_then(|d| d.as_dict()) else { return None };
    let exc = Value::Obj(e.0.clone());
    sys.set_str(intern("last_exc"), exc.clone());
    sys.set_str(intern("last_value"), exc);
    sys.set_str(intern("last_type"), Value::Obj(e.0.class().clone()));
    sys.set_str(intern("last_traceback"), ophis_vm::traceback::object::traceback_object(&e.0));
    ophis_vm::traceback::hooks::report_uncaught(vm, e);
    ophis_vm::sys::flush_stdout();
    None
}

/// Prints a syntax error in REPL input: an ariadne report when stderr is a terminal, CPython's
/// text otherwise.
pub fn report_syntax_error(error: &SyntaxError, source: &str, filename: &str) {
    ophis_vm::sys::flush_stdout();
    let terminal = std::io::stderr().is_terminal();
    let colour = diagnostics::can_colorize(&diagnostics::ColourEnv::from_process(crate::front_end::ignore_environment()), terminal);
    let origin = SourceOrigin::Text(source);
    let text = if terminal {
        diagnostics::report::render_with_origin(error, source, filename, &origin, colour)
    } else {
        diagnostics::syntax_error_text(error, source, filename, &origin, colour)
    };
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}
