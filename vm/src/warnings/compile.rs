//! Issuing the compiler's warnings (`SyntaxWarning`s found while compiling source) through the
//! filters, as CPython does when it compiles a module, a script or `exec`/`eval`/`compile`
//! source: a filter that says `error` turns the warning into the `SyntaxError` the compiler
//! describes for it.

use ophis_compiler::CompileMode;
use ophis_parser::warnings::CompileWarning;

use crate::builtins::new_str;
use crate::exceptions::{PyErr, exception_types};
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

/// Why issuing compile warnings stopped.
#[derive(Debug)]
pub enum CompileWarningError {
    /// A warning became an error: the warning, whose `error` is the syntax error to report.
    Syntax(Box<CompileWarning>),
    /// Something else went wrong while showing a warning (a broken `showwarning`, ...).
    Raised(PyErr),
}

/// Issues `warnings` for code compiled from `filename`, in order.
pub fn issue_compile_warnings(vm: &mut Vm, warnings: &[CompileWarning], filename: &str) -> Result<(), CompileWarningError> {
    for w in warnings {
        let name = w.category.name();
        let category = Value::Obj(exception_types().get(name).clone());
        let result = vm.warn_explicit(category, new_str(w.message.as_str()), new_str(filename), w.line as i64, None, Value::None, Value::None);
        match result {
            Ok(()) => {}
            Err(e) if e.is(name) => return Err(CompileWarningError::Syntax(Box::new(w.clone()))),
            Err(e) => return Err(CompileWarningError::Raised(e)),
        }
    }
    Ok(())
}

/// The `SyntaxError` a warning becomes. Warnings of the compile stage take the line's text from
/// the file, as CPython does (none for a pseudo-file such as `<string>`).
pub fn warning_as_error(w: &CompileWarning, source: &str, filename: &str) -> PyErr {
    let err = crate::compile::syntax_error(&w.error, source, filename);
    if w.text_from_file {
        let text = file_line(filename, w.error_line(source));
        let mut state = err.data().state.lock();
        if let Some(details) = state.args.get(1).and_then(|d| d.as_tuple()).map(<[Value]>::to_vec) {
            let mut details = details;
            if details.len() > 3 {
                details[3] = text.map_or(Value::None, |t| new_str(format!("{t}\n")));
            }
            state.args[1] = crate::builtins::new_tuple(details);
        }
    }
    err
}

/// Line `line` of the file `filename` as read now, if there is such a file and line.
pub fn file_line(filename: &str, line: u32) -> Option<String> {
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = ophis_lexer::decode_source(&bytes).ok()?;
    text.lines().nth(line.checked_sub(1)? as usize).map(str::to_string)
}

/// Compiles `source` to a code object, issuing its compile-time warnings first; syntax errors
/// (and warnings turned into errors) are raised as `SyntaxError` with CPython's attributes.
pub fn compile_with_warnings(vm: &mut Vm, source: &str, filename: &str, mode: CompileMode) -> PyResult<ObjRef> {
    compile_with_options(vm, source, filename, mode, false)
}

/// [`compile_with_warnings`] with `from __future__ import annotations` in effect when
/// `future_annotations` (compile flags, or inherited by `exec`/`eval`/`compile`).
pub fn compile_with_options(vm: &mut Vm, source: &str, filename: &str, mode: CompileMode, future_annotations: bool) -> PyResult<ObjRef> {
    compile_with_optimize(vm, source, filename, mode, future_annotations, crate::compile::optimize())
}

/// [`compile_with_options`] at an explicit optimization level (`compile(..., optimize=N)`).
pub fn compile_with_optimize(vm: &mut Vm, source: &str, filename: &str, mode: CompileMode, future_annotations: bool, optimize: u8) -> PyResult<ObjRef> {
    let options = ophis_compiler::symtable::BuildOptions { future_annotations, optimize, ..Default::default() };
    let (code, warnings) = ophis_compiler::compile_source_with_warnings(source, filename, mode, options);
    match issue_compile_warnings(vm, &warnings, filename) {
        Ok(()) => {}
        Err(CompileWarningError::Syntax(w)) => return Err(warning_as_error(&w, source, filename)),
        Err(CompileWarningError::Raised(e)) => return Err(e),
    }
    match code {
        Ok(code) => Ok(crate::builtins::load_code(std::sync::Arc::new(code))),
        Err(e) => Err(crate::compile::syntax_error(&e, source, filename)),
    }
}
