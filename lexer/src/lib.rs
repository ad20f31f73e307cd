//! # ophis-lexer
//!
//! The Python 3.14 lexer of ophis, usable on its own by linters, formatters and editors.
//!
//! Map of the crate:
//! - [`token`]: [`TokenKind`], [`Token`] and [`TextRange`] — the contract with every consumer.
//! - [`line_index`]: [`LineIndex`], byte offsets to CPython's line/column numbers.
//! - [`error`]: [`LexError`], CPython's exception class, message and location for lexical errors.
//! - `encoding`: BOM and PEP 263 coding declarations ([`decode_source`]).
//! - `lexer`: the scanner (logos, `lexer/scanner.rs`) and the stateful layer on top of it
//!   ([`lex`], [`Lexer`]): INDENT/DEDENT and TabError (`lexer/indentation.rs`), NEWLINE versus
//!   NL, backslash continuation, brackets, strings, CPython's number errors
//!   (`lexer/numbers.rs`), f-string and t-string modes (`lexer/fstring.rs`), type comments.
//! - `soft_keywords`: decides where `match`, `case` and `type` are keywords ([`parser_tokens`]).
//! - `tokenize_listing`: the text `python3.14 -m tokenize FILE` prints ([`tokenize_listing`]).
//! - [`unicode`]: identifier characters, `str.isprintable()` and `repr()` exactly as CPython 3.14
//!   (Unicode 16) has them, and NFKC normalisation of names; `unicode_tables` is the table
//!   generated from the reference interpreter behind them (`lexer/scripts/gen_unicode_tables.py`).
//!
//! The raw stream ([`lex`], [`Lexer`]) holds every token including comments and NL, as tools want
//! it; [`parser_tokens`] filters it for the parser.

pub mod error;
pub mod line_index;
pub mod token;

mod encoding;
mod lexer;
mod soft_keywords;
mod tokenize_listing;
pub mod unicode;
mod unicode_tables;

pub use encoding::decode_source;
pub use error::{ErrorClass, LexError};
pub use lexer::{
    LexOptions, Lexed, Lexer, lex, type_comment_payload, type_comment_prefix_len, type_ignore_tag,
};
pub use line_index::{LineCol, LineIndex};
pub use soft_keywords::{parser_tokens, resolve_soft_keywords};
pub use token::{TextRange, Token, TokenKind};
pub use tokenize_listing::tokenize_listing;
