//! Rendering syntax errors and uncaught exceptions: CPython's exact text when stderr is not a
//! terminal (tools parse it), an ariadne report for a person at a terminal
//! ([`report`] for syntax errors, [`traceback_report`] for tracebacks).
//!
//! - [`PySyntaxError`] holds what CPython's SyntaxError object would hold (`filename`,
//!   `lineno`, `offset`, `end_lineno`, `end_offset`, `text`, `msg`); [`PySyntaxError::from_parse`]
//!   builds it from an ophis [`SyntaxError`].
//! - [`format_syntax_error`] is `traceback.TracebackException._format_syntax_error` of CPython
//!   3.14 (with its colour theme when asked), including the keyword-typo suggestions
//!   ([`keyword_typos`]) it computes at display time.
//! - [`report::render`] is the ariadne report.
//! - [`can_colorize`] is `_colorize.can_colorize`.

pub mod compile_check;
pub mod keyword_typos;
pub mod report;
pub mod similarity;
pub mod traceback_report;

pub use ophis_vm::traceback::colour::{ColourEnv, can_colorize};
pub use ophis_vm::traceback::pystr;

use ophis_lexer::LineIndex;
use ophis_parser::{ErrorKind, SyntaxError};

use ophis_vm::traceback::syntax_error::{SyntaxErrorFields, format_fields_with_fix};

/// The attributes of a CPython SyntaxError (or subclass) instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PySyntaxError {
    /// The exception class name: `SyntaxError`, `IndentationError`, `TabError`.
    pub class: &'static str,
    pub msg: String,
    pub filename: Option<String>,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    /// The source line, as CPython attaches it (possibly with its newline).
    pub text: Option<String>,
    /// The line number in `_metadata` (the last compound statement the parser completed before
    /// the error; 0 when none), where the keyword-typo search starts reading the code.
    pub metadata_line: usize,
}

/// Where the source of an error came from, which decides how the keyword-typo search gets the
/// code back (`_exc_metadata` and re-reading the file).
#[derive(Clone, Copy, Debug)]
pub enum SourceOrigin<'a> {
    /// A file, with its contents as `open(filename).read()` returns them in CPython (strict
    /// UTF-8, universal newlines), or `None` when that would fail.
    File(Option<&'a str>),
    /// Source text the parser had as a string: `-c` and standard input.
    Text(&'a str),
}

impl PySyntaxError {
    /// The SyntaxError CPython raises for `error` found in `source` (decoded text).
    pub fn from_parse(error: &SyntaxError, source: &str, filename: &str) -> PySyntaxError {
        let index = LineIndex::new(source);
        let (lineno, offset, end_lineno, end_offset) = error.location(source, &index);
        let text = if lineno >= 1 && (lineno as usize) <= index.line_count() {
            index.line_text(source, lineno).to_string()
        } else {
            String::new()
        };
        PySyntaxError {
            class: error.kind.name(),
            msg: error.message.clone(),
            filename: Some(filename.to_string()),
            lineno: Some(lineno as i64),
            offset: Some(offset as i64),
            end_lineno: Some(end_lineno as i64),
            end_offset: Some(end_offset as i64),
            text: Some(text),
            metadata_line: keyword_typos::metadata_line(source, error.range.start),
        }
    }
}

/// What CPython 3.14 prints for an uncaught SyntaxError raised while compiling a file
/// (`TracebackException._format_syntax_error` after `format_exception_only`), with colours when
/// `colorize`. `origin` enables the keyword-typo search (`None`: no search, as when CPython has
/// no `_metadata` on the exception).
pub fn format_syntax_error(error: &PySyntaxError, origin: Option<&SourceOrigin>, colorize: bool) -> String {
    if error.class == ErrorKind::MemoryError.name() {
        return format!("MemoryError: {}\n", error.msg);
    }
    let fields = |e: &PySyntaxError| SyntaxErrorFields {
        type_name: e.class.to_string(),
        msg: e.msg.clone(),
        filename: e.filename.clone(),
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
        text: e.text.clone(),
    };
    let original = fields(error);
    // The keyword-typo search runs after the `File` line is printed and rewrites the rest.
    let fixed = match origin {
        Some(origin) if error.text.is_some() => keyword_typos::find_keyword_typos(error, origin).map(|fix| fields(&fix.error)),
        _ => None,
    };
    format_fields_with_fix(&original, fixed.as_ref().unwrap_or(&original), colorize)
}

/// CPython's text for a syntax error found by the parser in `source`.
pub fn syntax_error_text(
    error: &SyntaxError,
    source: &str,
    filename: &str,
    origin: &SourceOrigin,
    colorize: bool,
) -> String {
    format_syntax_error(&PySyntaxError::from_parse(error, source, filename), Some(origin), colorize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(lineno: Option<i64>, offset: Option<i64>, end: Option<(i64, i64)>, text: Option<&str>, msg: &str) -> PySyntaxError {
        PySyntaxError {
            class: "SyntaxError",
            msg: msg.into(),
            filename: Some("f.py".into()),
            lineno,
            offset,
            end_lineno: end.map(|e| e.0),
            end_offset: end.map(|e| e.1),
            text: text.map(str::to_string),
            metadata_line: 0,
        }
    }

    /// Expectations from CPython 3.14:
    /// `traceback.format_exception_only(SyntaxError(msg, ("f.py", lineno, offset, text, end_lineno, end_offset)))`.
    #[test]
    fn format_like_cpython() {
        let cases: &[(PySyntaxError, &str)] = &[
            (
                err(Some(1), Some(5), Some((1, 7)), Some("x = $$ 1\n"), "invalid syntax"),
                "  File \"f.py\", line 1\n    x = $$ 1\n        ^^\nSyntaxError: invalid syntax\n",
            ),
            (
                err(Some(1), Some(0), Some((1, 0)), Some("x = 1"), "source code cannot contain null bytes"),
                "  File \"f.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n",
            ),
            (err(Some(0), Some(-1), None, None, "unknown encoding: foo"), "  File \"f.py\", line 0\nSyntaxError: unknown encoding: foo\n"),
            (err(None, None, None, None, "msg"), "SyntaxError: msg (f.py)\n"),
            (
                err(Some(2), Some(30), Some((2, 40)), Some("\tx = (1\n"), "m"),
                "  File \"f.py\", line 2\n    \tx = (1\n    \t      ^\nSyntaxError: m\n",
            ),
            (
                err(Some(1), Some(6), Some((2, 4)), Some("x = (1 +"), "multi"),
                "  File \"f.py\", line 1\n    x = (1 +\n         ^^^\nSyntaxError: multi\n",
            ),
            (
                err(Some(1), Some(3), Some((1, -1)), Some("    def f():\n"), "m"),
                "  File \"f.py\", line 1\n    def f():\nSyntaxError: m\n",
            ),
            (err(Some(1), Some(2), Some((1, 3)), Some(""), ""), "  File \"f.py\", line 1\n    \n    ^\nSyntaxError: <no detail available>\n"),
            (
                err(Some(1), None, None, Some("  abc\n"), "no offset"),
                "  File \"f.py\", line 1\n    abc\nSyntaxError: no offset\n",
            ),
            (
                err(Some(1), Some(3), Some((1, 5)), Some("\x0c  ab cd\n"), "ff"),
                "  File \"f.py\", line 1\n    ab cd\nSyntaxError: ff\n",
            ),
        ];
        for (e, expected) in cases {
            assert_eq!(format_syntax_error(e, None, false), *expected, "{e:?}");
        }
    }

    /// `traceback.format_exception_only(..., colorize=True)` in CPython 3.14.
    #[test]
    fn format_with_colours_like_cpython() {
        let e = err(Some(1), Some(5), Some((1, 7)), Some("x = $$ 1\n"), "invalid syntax");
        assert_eq!(
            format_syntax_error(&e, None, true),
            "  File \x1b[35m\"f.py\"\x1b[0m, line \x1b[35m1\x1b[0m\n    x = \x1b[1;31m$$\x1b[0m 1\n        \x1b[1;31m^^\x1b[0m\n\x1b[1;35mSyntaxError\x1b[0m: \x1b[35minvalid syntax\x1b[0m\n"
        );
    }

    #[test]
    fn colour_rules() {
        let env = |pc: Option<&str>, nc: Option<&str>, fc: Option<&str>, term: Option<&str>| ColourEnv {
            python_colors: pc.map(Into::into),
            no_color: nc.map(Into::into),
            force_color: fc.map(Into::into),
            term: term.map(Into::into),
            ignore_environment: false,
        };
        assert!(can_colorize(&env(None, None, None, None), true));
        assert!(!can_colorize(&env(None, None, None, None), false));
        assert!(can_colorize(&env(Some("1"), Some("1"), None, None), false));
        assert!(!can_colorize(&env(Some("0"), None, Some("1"), None), true));
        assert!(!can_colorize(&env(None, Some("1"), Some("1"), None), true));
        assert!(can_colorize(&env(None, Some(""), Some("1"), None), false));
        assert!(!can_colorize(&env(None, None, None, Some("dumb")), true));
        assert!(can_colorize(&env(None, None, Some("1"), Some("dumb")), false));
        assert!(can_colorize(&env(Some("2"), None, None, None), true));
        let mut ignored = env(Some("1"), None, None, None);
        ignored.ignore_environment = true;
        assert!(!can_colorize(&ignored, false));
    }
}
