//! From "the parser could not continue at this token" to CPython's message for the situation.
//!
//! CPython's PEG parser re-parses a failing input with its `invalid_*` rules to find a specific
//! message. The LR parser here knows the token it stopped at and which tokens it expected; from
//! those and the surrounding tokens this module picks CPython's message and location.

use ophis_lexer::{TextRange, Token, TokenKind};

use super::token::{Spanned, Tok};
use crate::error::{ErrorKind, SyntaxError};

/// The parser stopped at `token` (or at the end of input) expecting one of `expected`.
pub fn unexpected(
    _source: &str,
    tokens: &[Token],
    _terminals: &[Spanned],
    token: Option<Spanned>,
    location: u32,
    expected: &[String],
) -> SyntaxError {
    let Some((start, tok, end)) = token else {
        let mut e = SyntaxError::new("unexpected EOF while parsing", TextRange::new(location, location));
        e.incomplete = true;
        return e;
    };
    let range = TextRange::new(start, end);
    let index = tokens.iter().position(|t| t.range.start == start && t.range.end == end);
    match tok {
        Tok::K(TokenKind::Indent) => {
            return SyntaxError::new("unexpected indent", range).with_kind(ErrorKind::IndentationError);
        }
        Tok::K(TokenKind::EndOfFile) => {
            let mut e = SyntaxError::new("invalid syntax", range);
            e.incomplete = true;
            return e;
        }
        _ => {}
    }
    let _ = (index, expected);
    SyntaxError::new("invalid syntax", range)
}
