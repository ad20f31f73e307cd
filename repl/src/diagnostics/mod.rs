//! Rendering syntax errors: CPython's exact text when stderr is not a terminal (tools parse
//! it), an ariadne report for a person at a terminal.
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
pub mod pystr;
pub mod report;
pub mod similarity;

use ophis_lexer::LineIndex;
use ophis_parser::{ErrorKind, SyntaxError};

use pystr::{char_len, char_slice, is_space};

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

/// CPython's default traceback theme (`_colorize.Traceback`).
struct Theme {
    type_: &'static str,
    message: &'static str,
    filename: &'static str,
    line_no: &'static str,
    error_highlight: &'static str,
    reset: &'static str,
}

const COLOURS: Theme = Theme {
    type_: "\x1b[1;35m",
    message: "\x1b[35m",
    filename: "\x1b[35m",
    line_no: "\x1b[35m",
    error_highlight: "\x1b[1;31m",
    reset: "\x1b[0m",
};

const NO_COLOURS: Theme =
    Theme { type_: "", message: "", filename: "", line_no: "", error_highlight: "", reset: "" };

/// What CPython 3.14 prints for an uncaught SyntaxError raised while compiling a file
/// (`TracebackException._format_syntax_error` after `format_exception_only`), with colours when
/// `colorize`. `origin` enables the keyword-typo search (`None`: no search, as when CPython has
/// no `_metadata` on the exception).
pub fn format_syntax_error(error: &PySyntaxError, origin: Option<&SourceOrigin>, colorize: bool) -> String {
    if error.class == ErrorKind::MemoryError.name() {
        return format!("MemoryError: {}\n", error.msg);
    }
    let theme = if colorize { &COLOURS } else { &NO_COLOURS };
    let mut out = String::new();
    let mut filename_suffix = String::new();
    if let Some(lineno) = error.lineno {
        out.push_str(&format!(
            "  File {}\"{}\"{}, line {}{}{}\n",
            theme.filename,
            error.filename.as_deref().unwrap_or("<string>"),
            theme.reset,
            theme.line_no,
            lineno,
            theme.reset
        ));
    } else if let Some(filename) = &error.filename {
        filename_suffix = format!(" ({filename})");
    }
    let mut e = error.clone();
    if e.text.is_some() {
        if let Some(origin) = origin
            && let Some(fix) = keyword_typos::find_keyword_typos(&e, origin)
        {
            e = fix.error;
        }
        let text = e.text.as_deref().unwrap_or_default();
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = char_len(rtext) as i64 - char_len(ltext) as i64;
        match e.offset {
            None => out.push_str(&format!("    {ltext}\n")),
            Some(offset) => {
                let mut offset = offset;
                let len_rtext = char_len(rtext) as i64;
                let len_text = char_len(text) as i64;
                let mut end_offset = if e.lineno == e.end_lineno {
                    match e.end_offset {
                        Some(end) if end != 0 => end,
                        _ => offset,
                    }
                } else {
                    len_rtext + 1
                };
                if !text.is_empty() && offset > len_text {
                    offset = len_rtext + 1;
                }
                if !text.is_empty() && end_offset > len_text {
                    end_offset = len_rtext + 1;
                }
                if offset >= end_offset || end_offset < 0 {
                    end_offset = offset + 1;
                }
                // 1-based column offsets to 0-based indices into the stripped text.
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                if colno >= 0 {
                    let (colno, end_colno) = (colno as usize, end_colno as usize);
                    // Non-space whitespace (like tabs) is kept for alignment.
                    let caretspace: String =
                        char_slice(ltext, 0, colno).chars().map(|c| if is_space(c) { c } else { ' ' }).collect();
                    let shown = if colorize {
                        format!(
                            "{}{}{}{}{}",
                            char_slice(ltext, 0, colno),
                            theme.error_highlight,
                            char_slice(ltext, colno, end_colno),
                            theme.reset,
                            char_slice(ltext, end_colno, usize::MAX)
                        )
                    } else {
                        ltext.to_string()
                    };
                    out.push_str(&format!("    {shown}\n"));
                    out.push_str(&format!(
                        "    {caretspace}{}{}{}\n",
                        theme.error_highlight,
                        "^".repeat(end_colno - colno),
                        theme.reset
                    ));
                } else {
                    out.push_str(&format!("    {ltext}\n"));
                }
            }
        }
    }
    let msg = if e.msg.is_empty() { "<no detail available>" } else { e.msg.as_str() };
    out.push_str(&format!(
        "{}{}{}: {}{}{}{}\n",
        theme.type_, e.class, theme.reset, theme.message, msg, theme.reset, filename_suffix
    ));
    out
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

/// The environment as `_colorize.can_colorize` reads it.
#[derive(Clone, Debug, Default)]
pub struct ColourEnv {
    pub python_colors: Option<String>,
    pub no_color: Option<String>,
    pub force_color: Option<String>,
    pub term: Option<String>,
    /// `-E` or `-I`: `PYTHON*` variables are ignored (`NO_COLOR` and `FORCE_COLOR` are not).
    pub ignore_environment: bool,
}

impl ColourEnv {
    pub fn from_process(ignore_environment: bool) -> ColourEnv {
        let var = |k: &str| std::env::var_os(k).map(|v| v.to_string_lossy().into_owned());
        ColourEnv {
            python_colors: var("PYTHON_COLORS"),
            no_color: var("NO_COLOR"),
            force_color: var("FORCE_COLOR"),
            term: var("TERM"),
            ignore_environment,
        }
    }
}

/// `_colorize.can_colorize(file=sys.stderr)`: `PYTHON_COLORS=0/1` decides first (unless the
/// environment is ignored), then a non-empty `NO_COLOR` turns colour off, a non-empty
/// `FORCE_COLOR` on, `TERM=dumb` off, and otherwise colour follows whether the stream is a
/// terminal.
pub fn can_colorize(env: &ColourEnv, is_terminal: bool) -> bool {
    if !env.ignore_environment {
        match env.python_colors.as_deref() {
            Some("0") => return false,
            Some("1") => return true,
            _ => {}
        }
    }
    let set = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
    if set(&env.no_color) {
        return false;
    }
    if set(&env.force_color) {
        return true;
    }
    if env.term.as_deref() == Some("dumb") {
        return false;
    }
    is_terminal
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
