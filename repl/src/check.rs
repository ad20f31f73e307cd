//! `ophis check FILE...` (our extension, not a CPython option): parses and compiles each file
//! without running it and reports every syntax error found — the parser's multi-error recovery
//! (`ophis_parser::syntax_errors`) for people. At a terminal each error is an ariadne report;
//! otherwise CPython's SyntaxError text, one after another. A file that parses is compiled too,
//! so compile-time errors ("'return' outside function") are reported. Exit status 1 if any file
//! has an error, 2 if a file cannot be read, else 0; nothing is printed for clean files.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use ophis_compiler::CompileMode;
use ophis_parser::{ParseOptions, SyntaxError};

use crate::diagnostics::{self, ColourEnv, SourceOrigin};

/// Every syntax and compile error of one source, in order.
pub fn errors_in(source: &str, filename: &str) -> Vec<SyntaxError> {
    let errors = ophis_parser::syntax_errors(source, ParseOptions::default());
    if !errors.is_empty() {
        return errors;
    }
    match ophis_compiler::compile_source(source, filename, CompileMode::Exec) {
        Ok(_) => Vec::new(),
        Err(e) => vec![e],
    }
}

pub fn main(files: &[String], ignore_environment: bool) -> ExitCode {
    if files.is_empty() {
        eprintln!("usage: ophis check FILE...");
        return ExitCode::from(2);
    }
    let terminal = std::io::stderr().is_terminal();
    let colour = diagnostics::can_colorize(&ColourEnv::from_process(ignore_environment), terminal);
    let mut unreadable = false;
    let (mut error_count, mut bad_files) = (0usize, 0usize);
    for path in files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("ophis check: can't open file '{path}': {e}");
                unreadable = true;
                continue;
            }
        };
        let source = match ophis_lexer::decode_source(&bytes) {
            Ok(text) => text.into_owned(),
            Err(e) => {
                let error = SyntaxError::from(e);
                let text = String::from_utf8_lossy(&bytes).into_owned();
                report(&error, &text, path, terminal, colour);
                error_count += 1;
                bad_files += 1;
                continue;
            }
        };
        let errors = errors_in(&source, path);
        if !errors.is_empty() {
            bad_files += 1;
            error_count += errors.len();
        }
        for e in &errors {
            report(e, &source, path, terminal, colour);
        }
    }
    if error_count > 0 {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        eprintln!("ophis check: {error_count} error{} in {bad_files} of {} file{}", s(error_count), files.len(), s(files.len()));
    }
    if unreadable {
        ExitCode::from(2)
    } else if error_count > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn report(error: &SyntaxError, source: &str, filename: &str, terminal: bool, colour: bool) {
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

#[cfg(test)]
mod tests {
    use super::errors_in;

    #[test]
    fn finds_every_parse_error_then_compile_errors() {
        let errors = errors_in("x = (1,\nprint 'hi'\n)\nf(a b)\n", "t.py");
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[1].message, "invalid syntax. Perhaps you forgot a comma?");
        let errors = errors_in("def f():\n    pass\nreturn 1\n", "t.py");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "'return' outside function");
        assert!(errors_in("print('fine')\n", "t.py").is_empty());
    }
}
