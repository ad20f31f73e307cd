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
//!
//! ```
//! use ophis_lexer::{LexOptions, Lexer, LineIndex, TokenKind};
//!
//! let source = "if x:  # check\n    y = f'{x!r}'\n";
//! let index = LineIndex::new(source);
//! // Every comment, with its line and column: what a style checker needs.
//! let comments: Vec<(u32, u32, &str)> = Lexer::new(source, LexOptions::default())
//!     .filter(|t| t.kind == TokenKind::Comment)
//!     .map(|t| {
//!         let at = index.line_col(t.range.start);
//!         (at.line, at.col, t.range.slice(source))
//!     })
//!     .collect();
//! assert_eq!(comments, [(1, 7, "# check")]);
//!
//! // f-strings come apart as CPython 3.12+ tokenizes them.
//! let kinds: Vec<TokenKind> = ophis_lexer::lex("f'{x!r}'", LexOptions::default())
//!     .tokens
//!     .iter()
//!     .map(|t| t.kind)
//!     .collect();
//! assert_eq!(&kinds[..6], [
//!     TokenKind::FStringStart, TokenKind::Lbrace, TokenKind::Name,
//!     TokenKind::Exclamation, TokenKind::Name, TokenKind::Rbrace,
//! ]);
//! ```

pub mod error;
pub mod line_index;
pub mod token;

mod encoding;
mod lexer;
mod soft_keywords;
mod tokenize_listing;
pub mod unicode;
mod unicode_exclusions;
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
