//! Errors found while reading source text, with the exception class and message CPython gives.

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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub class: ErrorClass,
    pub message: String,
    pub range: TextRange,
    /// The range of the `Unknown` token emitted for this error: the parser reports the error
    /// when it reaches that token.
    pub token: TextRange,
    /// True when the error exists only because input ended (the REPL asks for more).
    pub incomplete: bool,
}

impl LexError {
    pub fn syntax(message: impl Into<String>, range: TextRange) -> LexError {
        LexError { class: ErrorClass::SyntaxError, message: message.into(), range, token: range, incomplete: false }
    }
}
