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
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, range: TextRange) -> SyntaxError {
        SyntaxError { kind: ErrorKind::SyntaxError, message: message.into(), range, incomplete: false }
    }

    pub fn with_kind(mut self, kind: ErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    /// CPython's `(lineno, offset, end_lineno, end_offset)`: 1-based lines, 1-based character
    /// columns.
    pub fn location(&self, source: &str, index: &LineIndex) -> (u32, u32, u32, u32) {
        let start = index.line_char_col(source, self.range.start);
        let end = index.line_char_col(source, self.range.end);
        (start.line, start.col + 1, end.line, end.col + 1)
    }
}

impl From<LexError> for SyntaxError {
    fn from(error: LexError) -> SyntaxError {
        SyntaxError { kind: error.class.into(), message: error.message, range: error.range, incomplete: error.incomplete }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
