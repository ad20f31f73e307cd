//! Errors found while reading source text, with the exception class and message CPython gives.

use crate::line_index::LineIndex;
use crate::token::TextRange;

/// Which Python exception a lexical error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// A lexical error: CPython's exception class, its exact message, and where it points.
/// `range` is what CPython's SyntaxError `offset`/`end_offset` cover (an empty range points at
/// one place).
///
/// The exact convention: CPython's `lineno`/`end_lineno` are the lines of `range.start` and
/// `range.end`; its 1-based `offset`/`end_offset` are the character columns of `range.start`
/// and `range.end` plus one. A few tokenizer errors carry an `end_offset` that is not a
/// position (0 or -1, e.g. "'(' was never closed"); `cpython_end_offset` holds it then.
/// [`LexError::cpython_location`] does the conversion.
///
/// How the parser should report them, to agree with CPython: when parsing fails with a generic
/// "invalid syntax" at some token, CPython tokenizes the rest of the input and reports the first
/// tokenizer error found after that point instead, if any; a specific parser message wins over
/// later lexical errors. Exception: errors CPython's tokenizer only signals through its state
/// ("unexpected character after line continuation character", "unexpected EOF while parsing",
/// the IndentationError and TabError ones) do not replace an earlier generic error; if brackets
/// are open then and the generic error is on a later line than the innermost open bracket,
/// CPython reports "'(' was never closed" for it instead. An `Unknown` token without a `LexError` (`$`, `?`, `` ` ``) is a character
/// CPython's tokenizer passes on as an operator that no grammar rule accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub class: ErrorClass,
    pub message: String,
    pub range: TextRange,
    /// The range of the token the lexer emitted for this error (an `Unknown` token, possibly
    /// empty at the place the tokenizer failed): the parser reports the error when it reaches
    /// that token.
    pub token: TextRange,
    /// True when the error exists only because the input ended (unterminated triple-quoted
    /// string, unclosed bracket or f-string at the end, backslash continuation at the end): an
    /// interactive prompt should read another line instead of reporting it.
    pub incomplete: bool,
    /// CPython's `end_offset` when it is not `range.end`'s column plus one (it is 0 or -1 for
    /// some tokenizer errors); `None` otherwise.
    pub cpython_end_offset: Option<i32>,
    /// CPython's `offset` when it is not `range.start`'s column plus one: after backslash
    /// continuations CPython counts "unexpected character after line continuation character"
    /// from the start of the first continued line. `None` otherwise.
    pub cpython_offset: Option<i32>,
}

impl LexError {
    pub fn syntax(message: impl Into<String>, range: TextRange) -> LexError {
        LexError::new(ErrorClass::SyntaxError, message, range)
    }

    pub fn new(class: ErrorClass, message: impl Into<String>, range: TextRange) -> LexError {
        LexError {
            class,
            message: message.into(),
            range,
            token: range,
            incomplete: false,
            cpython_end_offset: None,
            cpython_offset: None,
        }
    }

    /// CPython's `(lineno, offset, end_lineno, end_offset)` for this error (1-based character
    /// offsets, as `SyntaxError` reports them).
    pub fn cpython_location(&self, source: &str, index: &LineIndex) -> (u32, i32, u32, i32) {
        let s = index.line_char_col(source, self.range.start);
        let e = index.line_char_col(source, self.range.end);
        let offset = self.cpython_offset.unwrap_or(s.col as i32 + 1);
        let end_offset = self.cpython_end_offset.unwrap_or(e.col as i32 + 1);
        (s.line, offset, e.line, end_offset)
    }
}
