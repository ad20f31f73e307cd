//! Syntax errors as CPython reports them: exception class, message, location.

use ophis_lexer::{ErrorClass, LexError, LineIndex, TextRange};

/// Which Python exception a parse error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises `MemoryError("Parser stack overflowed - Python source too complex to parse")`
    /// for input nested too deeply for its parser; ophis does the same.
    MemoryError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

impl From<ErrorClass> for ErrorKind {
    fn from(class: ErrorClass) -> ErrorKind {
        match class {
            ErrorClass::SyntaxError => ErrorKind::SyntaxError,
            ErrorClass::IndentationError => ErrorKind::IndentationError,
            ErrorClass::TabError => ErrorKind::TabError,
        }
    }
}

/// One syntax error: CPython's exception class and message, and the source range its
/// `offset`..`end_offset` cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub message: String,
    pub range: TextRange,
    /// True when more input could make the source valid (an unclosed bracket, a block header
    /// waiting for its body, an unterminated triple-quoted string): the REPL then asks for
    /// another line.
    pub incomplete: bool,
    /// CPython's `end_offset` when it is not a position (0 or -1 for some errors); `None` when
    /// it is `range.end`'s column plus one.
    pub cpython_end_offset: Option<i32>,
    /// CPython's `offset` when it is not `range.start`'s column plus one (a few tokenizer errors).
    pub cpython_offset: Option<i32>,
    /// The error is placed where CPython's tokenizer cursor stands at the end of the input. For
    /// source given as a string that is the end of the last line (what `range` holds); when
    /// CPython reads a file, its cursor is at column 0 of that line instead (offset 0).
    pub end_of_input: bool,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, range: TextRange) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            range,
            incomplete: false,
            cpython_end_offset: None,
            cpython_offset: None,
            end_of_input: false,
        }
    }

    /// Marks the error's `end_offset` as CPython's -1 ("no end").
    pub fn without_end(mut self) -> SyntaxError {
        self.cpython_end_offset = Some(-1);
        self
    }

    pub fn with_kind(mut self, kind: ErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    /// CPython's `(lineno, offset, end_lineno, end_offset)`: 1-based lines, 1-based character
    /// columns.
    pub fn location(&self, source: &str, index: &LineIndex) -> (u32, i32, u32, i32) {
        let range_start = ophis_lexer::line_index::floor_char_boundary(source, self.range.start);
        let range_end = ophis_lexer::line_index::floor_char_boundary(source, self.range.end).max(range_start);
        let start = index.line_char_col(source, range_start);
        // A range ending with a newline (a NEWLINE token) ends on its own line, as CPython's
        // NEWLINE token does.
        let ends_with_newline =
            range_end > range_start && matches!(source.as_bytes().get(range_end as usize - 1), Some(b'\n' | b'\r'));
        let end = if ends_with_newline {
            let nl_start = source[..range_end as usize].trim_end_matches(['\n', '\r']).len() as u32;
            let at = index.line_char_col(source, nl_start.max(range_start));
            ophis_lexer::LineCol { line: at.line, col: at.col + 1 }
        } else {
            index.line_char_col(source, range_end)
        };
        let offset = self.cpython_offset.unwrap_or(start.col as i32 + 1);
        (start.line, offset, end.line, self.cpython_end_offset.unwrap_or(end.col as i32 + 1))
    }
}

impl From<LexError> for SyntaxError {
    fn from(error: LexError) -> SyntaxError {
        SyntaxError {
            kind: error.class.into(),
            message: error.message,
            range: error.range,
            incomplete: error.incomplete,
            cpython_end_offset: error.cpython_end_offset,
            cpython_offset: error.cpython_offset,
            end_of_input: false,
        }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
