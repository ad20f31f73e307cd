//! The token stream the grammar reads: the lexer's parser tokens, with `(` after `with` turned
//! into `WITH_LPAR` where CPython's parenthesized-with-items alternative applies.

use ophis_lexer::{LexError, Token, TokenKind};

use crate::error::SyntaxError;

/// A grammar terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tok {
    K(TokenKind),
    /// A `(` right after `with` (or `async with`) whose matching `)` is directly followed by `:`.
    WithLpar,
}

pub type Spanned = (u32, Tok, u32);

/// Converts parser tokens to grammar terminals. Returns the terminals and, for each `Unknown`
/// token, the lexical error the parser reports when it reaches it.
pub fn grammar_tokens(tokens: &[Token]) -> Vec<Spanned> {
    let mut out: Vec<Spanned> = tokens.iter().map(|t| (t.range.start, Tok::K(t.kind), t.range.end)).collect();
    for i in 0..tokens.len() {
        if tokens[i].kind == TokenKind::With && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Lpar) {
            if let Some(close) = matching_close(tokens, i + 1)
                && tokens.get(close + 1).is_some_and(|t| t.kind == TokenKind::Colon)
            {
                out[i + 1].1 = Tok::WithLpar;
            }
        }
    }
    out
}

/// The index of the bracket closing the one at `open`.
fn matching_close(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            TokenKind::Newline | TokenKind::EndOfFile => return None,
            _ => {}
        }
    }
    None
}

/// The lexical error reported at an `Unknown` token, if it has one (`$`, `?` and a backquote
/// are `Unknown` tokens without an error: the parser rejects them with "invalid syntax").
pub fn lex_error_at(errors: &[LexError], token: &Token) -> Option<SyntaxError> {
    errors.iter().find(|e| e.token == token.range).cloned().map(SyntaxError::from)
}
