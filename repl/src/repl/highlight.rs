//! Syntax highlighting of the input as it is typed, from ophis-lexer's tokens: keywords (soft
//! keywords only where the parser would take them as keywords), strings (an unterminated one
//! to where it would end), numbers, comments, builtins, the name a `def`/`class` defines, and
//! the bracket matching the one at the cursor. Colours are CPython 3.14's REPL theme.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use ophis_lexer::{LexOptions, Token, TokenKind};

/// What a span of the input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Keyword,
    SoftKeyword,
    Builtin,
    Comment,
    String,
    Number,
    Definition,
    /// The bracket at the cursor and its partner.
    MatchingBracket,
}

impl Style {
    fn ansi(self) -> &'static str {
        match self {
            Style::Keyword | Style::SoftKeyword => "\x1b[1;34m",
            Style::Builtin => "\x1b[36m",
            Style::Comment => "\x1b[31m",
            Style::String => "\x1b[32m",
            Style::Number => "\x1b[33m",
            Style::Definition => "\x1b[1m",
            Style::MatchingBracket => "\x1b[1;7m",
        }
    }
}

/// A styled byte range of the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub style: Style,
}

/// The names of the `builtins` module that are not keywords (fixed: the REPL does not follow
/// later changes to builtins for colouring).
fn builtin_names() -> &'static HashSet<&'static str> {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| super::complete::BUILTIN_NAMES.iter().copied().collect())
}

fn is_string_token(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::FStringMiddle
            | TokenKind::FStringEnd
            | TokenKind::TStringStart
            | TokenKind::TStringMiddle
            | TokenKind::TStringEnd
    )
}

/// Where an unterminated string starting at `start` ends for colouring: the end of the input
/// for a triple-quoted one, else the end of its line.
fn unterminated_string_end(source: &str, start: usize) -> Option<usize> {
    let rest = &source[start..];
    let prefix_len = rest.find(['\'', '"'])?;
    if prefix_len > 3 || !rest[..prefix_len].chars().all(|c| "rRbBfFuUtT".contains(c)) {
        return None;
    }
    let body = &rest[prefix_len..];
    if body.starts_with("'''") || body.starts_with("\"\"\"") {
        return Some(source.len());
    }
    Some(rest.find('\n').map_or(source.len(), |n| start + n))
}

fn is_open(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace)
}

fn is_close(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace)
}

/// The bracket token at the cursor (or just before it, for a closing bracket just typed) and
/// its partner, as byte offsets.
fn matching_brackets(tokens: &[Token], cursor: usize) -> Option<(usize, usize)> {
    let mut stack: Vec<&Token> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for t in tokens {
        if is_open(t.kind) {
            stack.push(t);
        } else if is_close(t.kind) {
            if let Some(open) = stack.pop() {
                pairs.push((open.range.start as usize, t.range.start as usize));
            }
        }
    }
    let at = |offset: usize| pairs.iter().copied().find(|&(o, c)| o == offset || c == offset);
    at(cursor).or_else(|| cursor.checked_sub(1).and_then(|before| pairs.iter().copied().find(|&(_, c)| c == before)))
}

/// The styled spans of `source`, in order and not overlapping. `cursor` (a byte offset) lights
/// the bracket there and its partner.
pub fn spans(source: &str, cursor: Option<usize>) -> Vec<Span> {
    let lexed = ophis_lexer::lex(source, LexOptions::default());
    let resolved = ophis_lexer::parser_tokens(&lexed.tokens, source);
    let soft_keywords: HashSet<u32> =
        resolved.iter().filter(|t| matches!(t.kind, TokenKind::Match | TokenKind::Case | TokenKind::Type)).map(|t| t.range.start).collect();
    let mut spans = Vec::new();
    let mut previous = None;
    for t in &lexed.tokens {
        let range = t.range.start as usize..t.range.end as usize;
        let style = match t.kind {
            TokenKind::Comment => Some(Style::Comment),
            TokenKind::Int | TokenKind::Float | TokenKind::Complex => Some(Style::Number),
            kind if is_string_token(kind) => Some(Style::String),
            kind if kind.is_keyword() => Some(Style::Keyword),
            TokenKind::Name => {
                let text = &source[range.clone()];
                if soft_keywords.contains(&t.range.start) {
                    Some(Style::SoftKeyword)
                } else if matches!(previous, Some(TokenKind::Def | TokenKind::Class)) {
                    Some(Style::Definition)
                } else if builtin_names().contains(text) {
                    Some(Style::Builtin)
                } else {
                    None
                }
            }
            TokenKind::Unknown => {
                // The lexer stops at an unterminated string: colour it to where it would end.
                if let Some(end) = unterminated_string_end(source, range.start) {
                    spans.push(Span { range: range.start..end, style: Style::String });
                    break;
                }
                None
            }
            _ => None,
        };
        if let Some(style) = style {
            if !range.is_empty() {
                spans.push(Span { range, style });
            }
        }
        if !t.kind.is_trivia() {
            previous = Some(t.kind);
        }
    }
    if let Some((open, close)) = cursor.and_then(|c| matching_brackets(&resolved, c)) {
        for offset in [open, close] {
            spans.retain(|s| !s.range.contains(&offset));
            spans.push(Span { range: offset..offset + 1, style: Style::MatchingBracket });
        }
        spans.sort_by_key(|s| s.range.start);
    }
    spans
}

/// `source` with ANSI colours (same display width).
pub fn highlight(source: &str, cursor: Option<usize>) -> String {
    highlight_from(source, 0, cursor)
}

/// `source[from..]` with ANSI colours, coloured as part of the whole `source` (the lines before
/// `from` are the earlier lines of a block: a string they open goes on in this one). `from` is
/// a character boundary.
pub fn highlight_from(source: &str, from: usize, cursor: Option<usize>) -> String {
    let mut out = String::with_capacity((source.len() - from) * 2);
    let mut at = from;
    for span in spans(source, cursor) {
        let start = span.range.start.max(from);
        if span.range.end <= start || start < at || span.range.end > source.len() {
            continue;
        }
        out.push_str(&source[at..start]);
        out.push_str(span.style.ansi());
        out.push_str(&source[start..span.range.end]);
        out.push_str("\x1b[0m");
        at = span.range.end;
    }
    out.push_str(&source[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans as `(text, style)` pairs.
    fn styled(source: &str, cursor: Option<usize>) -> Vec<(&str, Style)> {
        spans(source, cursor).into_iter().map(|s| (&source[s.range], s.style)).collect()
    }

    #[test]
    fn keywords_strings_numbers_comments_builtins() {
        assert_eq!(
            styled("def f(x): return len(x) + 1.5  # done", None),
            vec![
                ("def", Style::Keyword),
                ("f", Style::Definition),
                ("return", Style::Keyword),
                ("len", Style::Builtin),
                ("1.5", Style::Number),
                ("# done", Style::Comment),
            ]
        );
        assert_eq!(styled("s = b'x' + f'{n!r}'", None), vec![
            ("b'x'", Style::String),
            ("f'", Style::String),
            ("'", Style::String)
        ]);
        assert_eq!(styled("x = None if True else 0x1f", None), vec![
            ("None", Style::Keyword),
            ("if", Style::Keyword),
            ("True", Style::Keyword),
            ("else", Style::Keyword),
            ("0x1f", Style::Number),
        ]);
    }

    #[test]
    fn soft_keywords_only_in_context() {
        assert_eq!(styled("match x:", None), vec![("match", Style::SoftKeyword)]);
        assert_eq!(styled("match = 1", None), vec![("1", Style::Number)]);
        assert_eq!(styled("type X = int", None), vec![("type", Style::SoftKeyword), ("int", Style::Builtin)]);
        assert_eq!(styled("type(3)", None), vec![("type", Style::Builtin), ("3", Style::Number)]);
    }

    #[test]
    fn unterminated_strings_run_to_their_end() {
        assert_eq!(styled("x = 'abc", None), vec![("'abc", Style::String)]);
        assert_eq!(styled("s = '''abc\ndef", None), vec![("'''abc\ndef", Style::String)]);
    }

    #[test]
    fn bracket_at_cursor_and_its_partner() {
        let source = "f((1), [2])";
        // Cursor on the outer `(`.
        assert_eq!(styled(source, Some(1)), vec![("(", Style::MatchingBracket), ("1", Style::Number), ("2", Style::Number), (")", Style::MatchingBracket)]);
        // Cursor just after `]` (on no other bracket).
        let source = "x = [2] + 1";
        let spans = styled(source, Some(7));
        assert_eq!(spans.iter().filter(|(_, s)| *s == Style::MatchingBracket).map(|(t, _)| *t).collect::<Vec<_>>(), ["[", "]"]);
        // Brackets in strings do not count.
        assert!(styled("'(' + x", Some(0)).iter().all(|(_, s)| *s != Style::MatchingBracket));
    }

    #[test]
    fn a_line_is_coloured_in_the_context_of_its_block() {
        let context = "def f():\n    s = \"\"\"doc\n";
        let line = "    if x\"\"\"";
        let source = format!("{context}{line}");
        // `if` is inside the string the block opened: all of the line is string.
        assert_eq!(highlight_from(&source, context.len(), None), format!("\x1b[32m{line}\x1b[0m"));
        assert_eq!(highlight_from("x = 1", 0, None), highlight("x = 1", None));
    }

    #[test]
    fn colouring_keeps_the_text() {
        let source = "for i in range(3): print(i, 'a')  # c";
        let coloured = highlight(source, Some(14));
        let mut plain = String::new();
        let mut in_escape = false;
        for c in coloured.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (true, _) => {}
                (false, c) => plain.push(c),
            }
        }
        assert_eq!(plain, source);
    }
}
