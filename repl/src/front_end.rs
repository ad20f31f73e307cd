//! The front-end commands: `-m ast`, `-m tokenize`, and syntax checking of a file, `-c` code
//! or standard input, with syntax errors reported as CPython reports them (`diagnostics`).

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use ophis_lexer::LineIndex;
use ophis_parser::ast::dump::{DumpOptions, dump};
use ophis_parser::{Mode, ParseOptions, SyntaxError};

use crate::diagnostics::{self, ColourEnv, PySyntaxError, SourceOrigin};

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

/// `-E`/`-I` were given: `PYTHON*` environment variables (here `PYTHON_COLORS`) are ignored.
static IGNORE_ENVIRONMENT: AtomicBool = AtomicBool::new(false);

pub fn ignore_environment() -> bool {
    IGNORE_ENVIRONMENT.load(Ordering::Relaxed)
}

pub fn set_ignore_environment(ignore: bool) {
    IGNORE_ENVIRONMENT.store(ignore, Ordering::Relaxed);
    ophis_vm::traceback::colour::set_ignore_environment(ignore);
}

fn colour_env() -> ColourEnv {
    ColourEnv::from_process(IGNORE_ENVIRONMENT.load(Ordering::Relaxed))
}

fn write_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Prints a syntax error the parser found in `source`: CPython's text when stderr is not a
/// terminal (coloured as CPython colours it when `FORCE_COLOR`/`PYTHON_COLORS` ask), an ariadne
/// report when it is. Exit status 1, as CPython.
fn report_syntax_error(error: &SyntaxError, source: &str, filename: &str, origin: &SourceOrigin) -> ExitCode {
    // CPython reading a file has its tokenizer cursor at column 0 when it reaches the end of the
    // input, so errors placed there get offset 0 (a string's cursor is at the end of the line).
    let file_adjusted;
    let error = if error.end_of_input && matches!(origin, SourceOrigin::File(_)) {
        file_adjusted = SyntaxError { cpython_offset: Some(0), ..error.clone() };
        &file_adjusted
    } else {
        error
    };
    let terminal = std::io::stderr().is_terminal();
    let colour = diagnostics::can_colorize(&colour_env(), terminal);
    let text = if terminal {
        diagnostics::report::render_with_origin(error, source, filename, origin, colour)
    } else {
        diagnostics::syntax_error_text(error, source, filename, origin, colour)
    };
    write_stderr(&text);
    ExitCode::from(1)
}

/// Prints an error that has no place in decoded source text (CPython's attributes given).
fn report_py_error(error: &PySyntaxError) -> ExitCode {
    let terminal = std::io::stderr().is_terminal();
    let colour = diagnostics::can_colorize(&colour_env(), terminal);
    let text = if terminal && error.lineno.is_none_or(|l| l <= 0) {
        diagnostics::report::render_message_only(error.class, &error.msg, error.filename.as_deref().unwrap_or("<string>"), colour)
    } else {
        diagnostics::format_syntax_error(error, None, colour)
    };
    write_stderr(&text);
    ExitCode::from(1)
}

/// The file's contents as CPython's `open(filename).read()` gives them to the keyword-typo
/// search: strict UTF-8 (a BOM stays), universal newlines.
fn reread_as_text(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    Some(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The lines of raw bytes as CPython's file reader splits them (`\n`, `\r\n`, `\r`), without
/// their line endings.
fn raw_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&bytes[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&bytes[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(&bytes[start..]);
    }
    lines
}

/// Errors CPython's file reader raises while reading a file line by line, before or instead of
/// the parser's: a coding declaration it cannot use, a null byte, bytes that are not UTF-8
/// when no encoding is declared. `Err` holds that error; `Ok` the decoded text, where null
/// bytes and undecodable bytes (reported only if the parser does not fail earlier) are
/// replaced.
fn read_file_source(bytes: &[u8], filename: &str) -> Result<String, Box<PySyntaxError>> {
    let no_location = |msg: String| PySyntaxError {
        class: "SyntaxError",
        msg,
        filename: Some(filename.to_string()),
        lineno: Some(0),
        offset: Some(-1),
        end_lineno: None,
        end_offset: None,
        text: None,
        metadata_line: 0,
    };
    let sanitized: Vec<u8> = bytes.iter().map(|&b| if b == 0 { b' ' } else { b }).collect();
    let (text, utf8_mode) = match ophis_lexer::decode_source(&sanitized) {
        Ok(t) => (t.into_owned(), false),
        Err(e) if e.message.starts_with("Non-UTF-8") => (String::from_utf8_lossy(&sanitized).into_owned(), true),
        Err(e) if e.message.starts_with("encoding problem") => {
            // A BOM with another declared encoding: CPython points at line 1, offset 0.
            let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            let line = raw_lines(body).first().map(|l| String::from_utf8_lossy(l).into_owned()).unwrap_or_default();
            let end = line.chars().count() as i64 + 1;
            return Err(Box::new(PySyntaxError {
                lineno: Some(1),
                offset: Some(0),
                end_lineno: Some(1),
                end_offset: Some(end),
                text: Some(line),
                ..no_location(e.message)
            }));
        }
        // "unknown encoding: X", and codec errors (CPython's position counts from where its
        // decoder started reading, which ophis does not model).
        Err(e) => return Err(Box::new(no_location(e.message))),
    };
    // The first line holding a null byte or (without a declared encoding) bytes that are not
    // UTF-8.
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let decoded_lines: Vec<&str> = text.split(['\n', '\r']).collect();
    let mut bad = None;
    for (i, line) in raw_lines(body).into_iter().enumerate() {
        let nul = line.iter().position(|&b| b == 0);
        let before_nul = &line[..nul.unwrap_or(line.len())];
        if utf8_mode && let Err(e) = std::str::from_utf8(before_nul) {
            let at = e.valid_up_to();
            let shown = String::from_utf8_lossy(before_nul).into_owned();
            let col = String::from_utf8_lossy(&before_nul[..at]).chars().count() as i64 + 1;
            // CPython reads the first two lines together and reports line 1 for both.
            let lineno = if i + 1 == 2 { 1 } else { i as i64 + 1 };
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                before_nul[at]
            );
            bad = Some((i + 1, PySyntaxError {
                lineno: Some(lineno),
                offset: Some(col),
                end_lineno: Some(lineno),
                end_offset: Some(col),
                text: Some(shown),
                ..no_location(msg)
            }));
            break;
        }
        if nul.is_some() {
            let shown = match std::str::from_utf8(before_nul) {
                Ok(s) => s.to_string(),
                Err(_) => decoded_lines.get(i).map(|l| l.chars().take(before_nul.len()).collect()).unwrap_or_default(),
            };
            bad = Some((i + 1, PySyntaxError {
                lineno: Some(i as i64 + 1),
                offset: Some(0),
                end_lineno: Some(i as i64 + 1),
                end_offset: Some(0),
                text: Some(shown),
                ..no_location("source code cannot contain null bytes".into())
            }));
            break;
        }
    }
    let Some((bad_line, bad_error)) = bad else { return Ok(text) };
    // The reader gets to that line unless the tokenizer fails earlier (a parser error earlier
    // makes CPython tokenize the rest of the file, which reaches the line anyway).
    if let Err(e) = ophis_parser::parse_module(&text) {
        let index = LineIndex::new(&text);
        let line = index.line_col(e.range.start).line as usize;
        let lexed = ophis_lexer::lex(&text, ophis_lexer::LexOptions::default());
        let from_tokenizer = lexed.errors.iter().any(|l| l.message == e.message && l.range == e.range);
        if line < bad_line && from_tokenizer {
            return Ok(text);
        }
    }
    Err(Box::new(bad_error))
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
    // `ast.parse(bytes)` decodes as `compile()` does.
    let source = match ophis_lexer::decode_source(&bytes) {
        Ok(text) => text.into_owned(),
        Err(e) => {
            let error = SyntaxError::from(e);
            let text = String::from_utf8_lossy(&bytes).into_owned();
            return report_syntax_error(&error, &text, &filename, &SourceOrigin::Text(&text));
        }
    };
    match ophis_parser::parse(&source, ParseOptions { mode, type_comments }) {
        Ok(tree) => {
            let index = LineIndex::new(&source);
            let text = dump(&tree, options, Some(&index));
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{text}");
            ExitCode::SUCCESS
        }
        Err(e) => report_syntax_error(&e, &source, &filename, &SourceOrigin::Text(&source)),
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

/// How the source to check was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// `ophis FILE`: read with CPython's file reader (errors per line), re-read by the
    /// keyword-typo search.
    File,
    /// `ophis -` or no argument with input on a pipe: read like a file, kept as a string.
    Stdin,
    /// `ophis -c CODE`: a string.
    Command,
}

/// Checks a source for syntax errors (what `ophis FILE` can do until the VM runs programs).
pub fn check_source(bytes: &[u8], filename: &str, kind: SourceKind) -> ExitCode {
    let source = match kind {
        SourceKind::File | SourceKind::Stdin => match read_file_source(bytes, filename) {
            Ok(text) => text,
            Err(e) => return report_py_error(&e),
        },
        SourceKind::Command => match ophis_lexer::decode_source(bytes) {
            Ok(text) => text.into_owned(),
            Err(e) => {
                let error = SyntaxError::from(e);
                let text = String::from_utf8_lossy(bytes).into_owned();
                return report_syntax_error(&error, &text, filename, &SourceOrigin::Text(&text));
            }
        },
    };
    let path0 = match kind {
        // The script's directory, absolute with symlinks resolved, as CPython computes it.
        SourceKind::File => std::fs::canonicalize(filename)
            .ok()
            .and_then(|p| p.parent().map(|d| d.display().to_string()))
            .or_else(|| std::path::Path::new(filename).parent().map(|p| p.display().to_string()))
            .unwrap_or_default(),
        SourceKind::Stdin | SourceKind::Command => String::new(),
    };
    match crate::run::run_source(&source, filename, &path0) {
        Ok(code) => code,
        Err(e) => {
            let reread;
            let origin = match kind {
                SourceKind::File => {
                    reread = reread_as_text(bytes);
                    SourceOrigin::File(reread.as_deref())
                }
                SourceKind::Stdin | SourceKind::Command => SourceOrigin::Text(&source),
            };
            let status = report_syntax_error(&e, &source, filename, &origin);
            // `-i`: the REPL opens after the error, as CPython's does.
            if crate::run::inspect() { crate::run::run_repl(true, false) } else { status }
        }
    }
}

/// The name CPython gives the main script: the path made absolute by prefixing the current
/// directory (not normalised, symbolic links in the directory resolved by `getcwd`).
fn script_path(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let cwd = cwd.to_string_lossy();
            if cwd.ends_with('/') { format!("{cwd}{path}") } else { format!("{cwd}/{path}") }
        }
        Err(_) => path.to_string(),
    }
}

/// `ophis FILE` (`-` for standard input).
pub fn run_file(path: &str) -> ExitCode {
    match read_input(path) {
        Ok((bytes, filename)) => {
            if path == "-" {
                check_source(&bytes, &filename, SourceKind::Stdin)
            } else {
                check_source(&bytes, &script_path(&filename), SourceKind::File)
            }
        }
        Err(code) => code,
    }
}
