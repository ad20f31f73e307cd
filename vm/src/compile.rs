//! Compiling source into runtime code objects, with syntax errors as Python exceptions.

use std::sync::Arc;

use ophis_compiler::CompileMode;

use crate::builtins::{load_code, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

/// The interpreter's optimization level (`-O`, `-OO`): what imports, `exec`, `eval` and
/// `compile(..., optimize=-1)` compile with.
static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

pub fn set_optimize(level: u8) {
    OPTIMIZE.store(level, std::sync::atomic::Ordering::Relaxed);
}

pub fn optimize() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compiles `source` to a code object, raising SyntaxError (with CPython's attributes) on error.
pub fn compile_to_code(source: &str, filename: &str, mode: CompileMode) -> PyResult<ObjRef> {
    compile_to_code_with(source, filename, mode, false)
}

/// [`compile_to_code`], with `from __future__ import annotations` in effect when
/// `future_annotations` (a compile flag, or inherited from the calling code).
pub fn compile_to_code_with(source: &str, filename: &str, mode: CompileMode, future_annotations: bool) -> PyResult<ObjRef> {
    let options = ophis_compiler::symtable::BuildOptions { future_annotations, optimize: optimize(), ..Default::default() };
    match ophis_compiler::compile_source_with(source, filename, mode, options) {
        Ok(code) => Ok(load_code(Arc::new(code))),
        Err(e) => Err(syntax_error(&e, source, filename)),
    }
}

/// The text of a source argument of `compile`/`exec`/`eval`: a str, or bytes-like data decoded
/// as PEP 263 says (coding declaration, BOM, else UTF-8). `None` when `source` is neither.
pub fn source_argument(source: &Value, filename: &str) -> Option<PyResult<String>> {
    let text = match source.kind()? {
        crate::object::Kind::Str(s) => Ok(s.as_str().to_string()),
        crate::object::Kind::Bytes(b) => decode_source_bytes(b, filename),
        crate::object::Kind::ByteArray(b) => {
            let b = b.lock().clone();
            decode_source_bytes(&b, filename)
        }
        _ => return None,
    };
    Some(text.and_then(|t| {
        if t.contains('\0') {
            Err(PyErr::with_args("SyntaxError", vec![new_str("source code string cannot contain null bytes")]))
        } else {
            Ok(t)
        }
    }))
}

fn decode_source_bytes(bytes: &[u8], filename: &str) -> PyResult<String> {
    if bytes.contains(&0) {
        // Reported below without a location, as CPython reports it for strings and bytes alike.
        return Ok("\0".to_string());
    }
    match ophis_lexer::decode_source(bytes) {
        Ok(text) => Ok(text.into_owned()),
        Err(e) => {
            let line = bytes[..(e.range.start as usize).min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1;
            let details = new_tuple(vec![new_str(filename), Value::Int(line as i64), Value::None, Value::None]);
            Err(PyErr::with_args("SyntaxError", vec![new_str(e.message.as_str()), details]))
        }
    }
}

/// Whether the code running in the calling frame was compiled with `from __future__ import
/// annotations` (which `compile()`, `exec()` and `eval()` of source text inherit).
pub fn caller_has_future_annotations(vm: &crate::interp::Vm) -> bool {
    vm.frames.last().and_then(|f| f.code.as_code()).is_some_and(|c| c.compiled.flags & ophis_compiler::code::flags::FUTURE_ANNOTATIONS != 0)
}

pub fn syntax_error(e: &ophis_parser::SyntaxError, source: &str, filename: &str) -> PyErr {
    let index = ophis_lexer::LineIndex::new(source);
    let (line, col) = {
        let lc = index.line_char_col(source, e.range.start);
        (lc.line, lc.col + 1)
    };
    let end = index.line_char_col(source, e.range.end);
    let text = index.line_text(source, line).to_string();
    let details = new_tuple(vec![
        new_str(filename),
        Value::Int(line as i64),
        Value::Int(e.cpython_offset.map_or(col as i64, |o| o as i64)),
        new_str(format!("{text}\n")),
        Value::Int(end.line as i64),
        Value::Int(e.cpython_end_offset.map_or(end.col as i64 + 1, |o| o as i64)),
    ]);
    PyErr::with_args(e.kind.name(), vec![new_str(e.message.as_str()), details])
}
