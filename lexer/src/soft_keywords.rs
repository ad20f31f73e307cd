//! The parser's token stream: trivia dropped, soft keywords resolved.
//!
//! CPython's PEG parser decides soft keywords by trying the rule and backtracking; an LR parser
//! cannot, so the lexer decides from context, with rules that agree with CPython on every valid
//! program and on the usual invalid ones:
//!
//! - `match` is a keyword when it is the first token of a logical line, the logical line ends
//!   (before NEWLINE, ignoring type comments) with a `:` outside brackets, and the next token can
//!   start a subject expression: it is not `=`, an augmented assignment, `.`, `:`, `,`, `;`, a
//!   closing bracket, `->`, NEWLINE or the end. So `match x:`, `match (x):`, `match [a, b]:` and
//!   `match -x:` are statements, while `match = 1`, `match(x)`, `match.x: int`,
//!   `match[x]: int = 3` (ends with `3`) and `match: int` keep `match` a name.
//! - `case` is a keyword when it is the first token of a logical line directly inside the
//!   indented block of a `match` statement (the block that follows a line whose `match` was made
//!   a keyword).
//! - `type` is a keyword when it starts a statement — at the start of a logical line, after `;`,
//!   or after a `:` outside brackets (a compound statement header with its body on the same line,
//!   `if x: type T = int`) — and is followed by a name (any Name token, including one spelled
//!   like a soft keyword) and then `=` or `[`. `type(x)`, `type = 1`, `type.x`, `x: type[int]`
//!   keep it a name.
//!
//! Everything else stays `Name`.

use crate::token::{Token, TokenKind};

/// The parser's stream: drops Comment, NonLogicalNewline and TypeIgnore; keeps TypeComment;
/// turns `Name` tokens spelled match/case/type into TokenKind::Match/Case/Type where they are
/// keywords.
pub fn parser_tokens(tokens: &[Token], source: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    out.extend(tokens.iter().copied().filter(|t| {
        !matches!(t.kind, TokenKind::Comment | TokenKind::NonLogicalNewline | TokenKind::TypeIgnore)
    }));
    resolve_soft_keywords(&mut out, source);
    out
}

fn is_word(t: &Token, source: &str, word: &str) -> bool {
    t.kind == TokenKind::Name && t.range.len() as usize == word.len() && t.range.slice(source) == word
}

/// Resolves soft keywords in a stream that holds no trivia (see [`parser_tokens`]).
pub fn resolve_soft_keywords(tokens: &mut [Token], source: &str) {
    let mut depth: u32 = 0;
    // At the start of a logical line (after NEWLINE, INDENT, DEDENT, or at the beginning).
    let mut line_start = true;
    // Whether each open indented block is the body of a `match` statement.
    let mut blocks: Vec<bool> = Vec::new();
    // A `match` header has been seen; its block is the next INDENT.
    let mut match_header_pending = false;
    let mut header_line_ended = false;

    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        match t.kind {
            TokenKind::Indent => {
                blocks.push(match_header_pending && header_line_ended);
                match_header_pending = false;
                line_start = true;
                i += 1;
                continue;
            }
            TokenKind::Dedent => {
                blocks.pop();
                line_start = true;
                i += 1;
                continue;
            }
            TokenKind::Newline => {
                if depth == 0 {
                    line_start = true;
                    if match_header_pending {
                        header_line_ended = true;
                    }
                }
                i += 1;
                continue;
            }
            TokenKind::TypeComment => {
                i += 1;
                continue;
            }
            _ => {}
        }
        if match_header_pending && header_line_ended {
            // The header's line ended without an indented block.
            match_header_pending = false;
        }
        let at_line_start = line_start;
        line_start = false;
        match t.kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth = depth.saturating_sub(1),
            TokenKind::Name if t.range.len() == 5 && depth == 0 => {
                if at_line_start && is_word(&t, source, "match") && is_match_statement(tokens, i) {
                    tokens[i].kind = TokenKind::Match;
                    match_header_pending = true;
                    header_line_ended = false;
                }
            }
            TokenKind::Name if t.range.len() == 4 && depth == 0 => {
                let starts_statement = at_line_start
                    || i > 0 && matches!(tokens[i - 1].kind, TokenKind::Semi | TokenKind::Colon);
                if at_line_start && blocks.last() == Some(&true) && is_word(&t, source, "case") {
                    tokens[i].kind = TokenKind::Case;
                } else if starts_statement && is_word(&t, source, "type") && is_type_alias(tokens, i) {
                    tokens[i].kind = TokenKind::Type;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// `tokens[i]` is `match` at the start of a logical line.
fn is_match_statement(tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else { return false };
    let next_ok = !matches!(
        next.kind,
        TokenKind::Equal
            | TokenKind::Dot
            | TokenKind::Colon
            | TokenKind::Comma
            | TokenKind::Semi
            | TokenKind::Rpar
            | TokenKind::Rsqb
            | TokenKind::Rbrace
            | TokenKind::Rarrow
            | TokenKind::Newline
            | TokenKind::EndOfFile
            | TokenKind::ColonEqual
    ) && !next.kind.is_augmented_assignment();
    if !next_ok {
        return false;
    }
    // The last token of the logical line must be a `:` outside brackets.
    let mut depth: i32 = 0;
    let mut last: Option<(TokenKind, i32)> = None;
    for t in &tokens[i + 1..] {
        match t.kind {
            TokenKind::Newline | TokenKind::EndOfFile | TokenKind::Indent | TokenKind::Dedent
                if depth <= 0 =>
            {
                break;
            }
            TokenKind::TypeComment => continue,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            _ => {}
        }
        last = Some((t.kind, depth));
    }
    matches!(last, Some((TokenKind::Colon, 0)))
}

/// `tokens[i]` is `type` where a statement starts.
fn is_type_alias(tokens: &[Token], i: usize) -> bool {
    let name_like = |k: TokenKind| matches!(k, TokenKind::Name | TokenKind::Match | TokenKind::Case | TokenKind::Type);
    match (tokens.get(i + 1), tokens.get(i + 2)) {
        (Some(a), Some(b)) => name_like(a.kind) && matches!(b.kind, TokenKind::Equal | TokenKind::Lsqb),
        _ => false,
    }
}
