//! The front-end commands: `-m ast`, `-m tokenize`, and syntax checking of a file.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use ophis_lexer::LineIndex;
use ophis_parser::ast::dump::{DumpOptions, dump};
use ophis_parser::{Mode, ParseOptions, SyntaxError};

use crate::diagnostics;

fn read_input(path: &str) -> Result<(Vec<u8>, String), ExitCode> {
    if path == "-" {
        let mut buf = Vec::new();
        if std::io::stdin().read_to_end(&mut buf).is_err() {
            eprintln!("ophis: cannot read standard input");
            return Err(ExitCode::from(1));
        }
        return Ok((buf, "<stdin>".into()));
    }
    match std::fs::read(path) {
        Ok(bytes) => Ok((bytes, path.to_string())),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            eprintln!("ophis: can't open file '{path}': [Errno {errno}] {}", describe_io_error(&e));
            Err(ExitCode::from(2))
        }
    }
}

fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn report_syntax_error(error: &SyntaxError, source: &str, filename: &str) -> ExitCode {
    let text = diagnostics::syntax_error_text(error, source, filename);
    let _ = std::io::stderr().write_all(text.as_bytes());
    let _ = std::io::stderr().is_terminal();
    ExitCode::from(1)
}

fn decode(bytes: &[u8], filename: &str) -> Result<String, ExitCode> {
    match ophis_lexer::decode_source(bytes) {
        Ok(text) => Ok(text.into_owned()),
        Err(e) => {
            let error = SyntaxError::from(e);
            let text = String::from_utf8_lossy(bytes).into_owned();
            Err(report_syntax_error(&error, &text, filename))
        }
    }
}

/// `ophis -m ast [-m MODE] [-a] [-i N] [--show-empty] [--no-type-comments] [FILE | -]`.
pub fn ast_main(args: &[String]) -> ExitCode {
    let mut mode = Mode::Module;
    let mut options = DumpOptions::default();
    let mut type_comments = true;
    let mut file = "-".to_string();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-a" | "--include-attributes" => options.include_attributes = true,
            "--show-empty" => options.show_empty = true,
            "--no-type-comments" => type_comments = false,
            "-i" | "--indent" => {
                i += 1;
                match args.get(i).and_then(|v| v.parse::<i64>().ok()) {
                    Some(n) => options.indent = Some(n.max(0) as usize),
                    None => {
                        eprintln!("ast: error: argument -i/--indent: invalid int value");
                        return ExitCode::from(2);
                    }
                }
            }
            "-m" | "--mode" => {
                i += 1;
                mode = match args.get(i).map(String::as_str) {
                    Some("exec") => Mode::Module,
                    Some("eval") => Mode::Expression,
                    Some("single") => Mode::Interactive,
                    Some("func_type") => Mode::FunctionType,
                    _ => {
                        eprintln!("ast: error: argument -m/--mode: invalid choice");
                        return ExitCode::from(2);
                    }
                };
            }
            a if a.starts_with('-') && a != "-" => {
                eprintln!("ast: error: unrecognized arguments: {a}");
                return ExitCode::from(2);
            }
            path => file = path.to_string(),
        }
        i += 1;
    }
    let (bytes, filename) = match read_input(&file) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let source = match decode(&bytes, &filename) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match ophis_parser::parse(&source, ParseOptions { mode, type_comments }) {
        Ok(tree) => {
            let index = LineIndex::new(&source);
            let text = dump(&tree, options, Some(&index));
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{text}");
            ExitCode::SUCCESS
        }
        Err(e) => report_syntax_error(&e, &source, &filename),
    }
}

/// `ophis -m tokenize [-e] [FILE | -]`.
pub fn tokenize_main(args: &[String]) -> ExitCode {
    let mut exact = false;
    let mut file = "-".to_string();
    for a in args {
        match a.as_str() {
            "-e" | "--exact" => exact = true,
            path => file = path.to_string(),
        }
    }
    let (bytes, filename) = match read_input(&file) {
        Ok(v) => v,
        Err(code) => return code,
    };
    match ophis_lexer::tokenize_listing(&bytes, &filename, exact) {
        Ok(text) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err((text, status)) => {
            let _ = std::io::stderr().write_all(text.as_bytes());
            ExitCode::from(status.clamp(0, 255) as u8)
        }
    }
}

/// Checks a source for syntax errors (what `ophis FILE` can do until the VM runs programs).
pub fn check_source(bytes: &[u8], filename: &str) -> ExitCode {
    let source = match decode(bytes, filename) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match ophis_parser::parse_module(&source) {
        Ok(_) => {
            eprintln!("ophis: {filename}: syntax is valid, but running programs is not implemented yet (the compiler and VM come next)");
            ExitCode::from(2)
        }
        Err(e) => report_syntax_error(&e, &source, filename),
    }
}

/// `ophis FILE`.
pub fn run_file(path: &str) -> ExitCode {
    match read_input(path) {
        Ok((bytes, filename)) => check_source(&bytes, &filename),
        Err(code) => code,
    }
}
