//! # ophis-lexer
//!
//! The Python 3.14 lexer of ophis, usable on its own by linters, formatters and editors.
//!
//! Map of the crate:
//! - [`token`]: [`TokenKind`], [`Token`] and [`TextRange`] — the contract with every consumer.
//! - [`line_index`]: [`LineIndex`], byte offsets to CPython's line/column numbers.
//! - [`error`]: [`LexError`], CPython's exception class, message and location for lexical errors.
//! - `encoding`: BOM and PEP 263 coding declarations ([`decode_source`]).
//! - `lexer`: the scanner (logos) and the stateful layer on top of it: INDENT/DEDENT, NEWLINE
//!   versus NL, backslash continuation, tab/space consistency, f-string and t-string modes.
//! - `soft_keywords`: decides where `match`, `case` and `type` are keywords ([`parser_tokens`]).
//! - `tokenize_listing`: the text `python3.14 -m tokenize FILE` prints ([`tokenize_listing`]).
//!
//! The raw stream ([`lex`], [`Lexer`]) holds every token including comments and NL, as tools want
//! it; [`parser_tokens`] filters it for the parser.

pub mod error;
pub mod line_index;
pub mod token;

pub use error::{ErrorClass, LexError};
pub use line_index::{LineCol, LineIndex};
pub use token::{TextRange, Token, TokenKind};
