//! Compile-time warnings the front end finds in the tokens: invalid escape sequences in str,
//! bytes and f-/t-string literals, and numbers directly followed by a keyword (`1if x else y`).
//!
//! CPython's tokenizer and string decoder emit these as `SyntaxWarning`s while parsing. Here
//! they are found by a separate scan of the token stream ([`token_warnings`]), so the parser's
//! API and speed are unchanged; callers that run code (the VM) issue them through the warnings
//! machinery, and turn one into a `SyntaxError` when a filter says `error`.

use ophis_lexer::{LexOptions, LineIndex, TextRange, TokenKind};

use crate::error::SyntaxError;
use crate::parse::literals::split_string_token;

/// Which warning class a compile-time warning belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    SyntaxWarning,
}

impl WarningCategory {
    pub fn name(self) -> &'static str {
        match self {
            WarningCategory::SyntaxWarning => "SyntaxWarning",
        }
    }
}

/// One compile-time warning: what is warned (message, line), and the `SyntaxError` it becomes
/// when the warning filters turn it into an error (CPython words some of these differently).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: WarningCategory,
    pub message: String,
    /// The line the warning is issued for (1-based).
    pub line: u32,
    pub error: SyntaxError,
    /// The error's source text comes from reading the file again (as CPython's compile stage
    /// does; a pseudo-file such as `<string>` then has none), not from the source compiled.
    pub text_from_file: bool,
}

impl CompileWarning {
    /// A warning whose error form has the same message, located at `range`.
    pub fn at(message: impl Into<String>, range: TextRange, index: &LineIndex) -> CompileWarning {
        let message = message.into();
        let line = index.line_col(range.start).line;
        CompileWarning {
            category: WarningCategory::SyntaxWarning,
            error: SyntaxError::new(message.clone(), range),
            message,
            line,
            text_from_file: false,
        }
    }

    /// The line the error form points at.
    pub fn error_line(&self, source: &str) -> u32 {
        LineIndex::new(source).line_col(self.error.range.start).line
    }

    /// Marks a warning of the compile stage (see [`CompileWarning::text_from_file`]).
    pub fn with_text_from_file(mut self) -> CompileWarning {
        self.text_from_file = true;
        self
    }
}

/// The warnings of the tokens of `source` that start before `until` (all tokens when `None`;
/// a caller whose parse failed passes the error's start, since CPython stops there).
pub fn token_warnings(source: &str, until: Option<u32>) -> Vec<CompileWarning> {
    let lexed = ophis_lexer::lex(source, LexOptions::default());
    let index = LineIndex::new(source);
    let mut out = Vec::new();
    // Whether each enclosing f-/t-string is raw.
    let mut fstrings: Vec<bool> = Vec::new();
    let tokens = &lexed.tokens;
    for (i, t) in tokens.iter().enumerate() {
        if until.is_some_and(|u| t.range.start >= u) {
            break;
        }
        match t.kind {
            TokenKind::String => {
                let text = t.range.slice(source);
                let (flags, quote_len, body) = split_string_token(text);
                if flags.raw {
                    continue;
                }
                let prefix_len = text.len() - body.len() - 2 * quote_len;
                let body_start = t.range.start + (prefix_len + quote_len) as u32;
                // CPython counts the column from the token start, plus the quotes only when
                // there is no prefix (its decoder's buffer starts at different places).
                let first_line_base = index.line_char_col(source, t.range.start).col + if prefix_len == 0 { quote_len as u32 } else { 0 };
                if let Some(w) = first_invalid_escape(body, body_start, flags.bytes, first_line_base, &index) {
                    out.push(w);
                }
            }
            TokenKind::FStringStart | TokenKind::TStringStart => {
                let (flags, _, _) = split_string_token(t.range.slice(source));
                fstrings.push(flags.raw);
            }
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                fstrings.pop();
            }
            TokenKind::FStringMiddle | TokenKind::TStringMiddle => {
                if fstrings.last().copied().unwrap_or(false) {
                    continue;
                }
                // CPython locates these from the token it has read last: the end of the
                // f-string, approximately.
                let end = tokens[i..].iter().find(|t| matches!(t.kind, TokenKind::FStringEnd | TokenKind::TStringEnd));
                let base = end.map_or(0, |e| index.line_char_col(source, e.range.end).col);
                let body = t.range.slice(source);
                if let Some(w) = first_invalid_escape(body, t.range.start, false, base, &index) {
                    out.push(w);
                }
            }
            TokenKind::Int | TokenKind::Float | TokenKind::Complex => {
                if let Some(w) = number_followed_by_keyword(source, t.range, &index) {
                    out.push(w);
                }
            }
            _ => {}
        }
    }
    out
}

/// The warning for the first invalid escape in a literal body (CPython reports only the first
/// one of each token). `body_start` is the body's byte offset in `source`; `first_line_base`
/// is the column CPython counts from on the token's first line.
fn first_invalid_escape(body: &str, body_start: u32, bytes: bool, first_line_base: u32, index: &LineIndex) -> Option<CompileWarning> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else { return None };
        let (width, octal) = match e {
            b'\n' | b'\r' | b'\\' | b'\'' | b'"' | b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' => {
                i += 2;
                continue;
            }
            b'0'..=b'7' => {
                let digits = b[i + 1..].iter().take(3).take_while(|c| (b'0'..=b'7').contains(c)).count();
                let value = b[i + 1..i + 1 + digits].iter().fold(0u32, |v, d| v * 8 + (d - b'0') as u32);
                if value <= 0o377 {
                    i += 1 + digits;
                    continue;
                }
                (digits, true)
            }
            b'x' => {
                i += 2;
                continue;
            }
            b'u' | b'U' | b'N' if !bytes => {
                i += 2;
                continue;
            }
            // A backslash before a non-ASCII character is kept without a warning in a str.
            c if c >= 0x80 => {
                i += 1;
                continue;
            }
            _ => (1, false),
        };
        let escaped = &body[i + 1..i + 1 + width];
        let kind = if octal { "invalid octal escape sequence" } else { "invalid escape sequence" };
        let message = format!(
            "\"\\{escaped}\" is an {kind}. Such sequences will not work in the future. Did you mean \"\\\\{escaped}\"? A raw string is also an option."
        );
        let error_message = format!("\"\\{escaped}\" is an {kind}. Did you mean \"\\\\{escaped}\"? A raw string is also an option.");
        let backslash = body_start + i as u32;
        let line = index.line_col(backslash).line;
        // CPython's column: counted up to and including the backslash, from the token's base
        // on its first line or from the line start after a newline; non-ASCII characters of a
        // str count as the ten characters of the `\UXXXXXXXX` escape its decoder rewrites them to.
        let before = &body[..i + 1];
        let col_offset = match before.rfind('\n') {
            Some(nl) => count_columns(&before[nl + 1..], bytes),
            None => first_line_base + count_columns(before, bytes),
        };
        let mut error = SyntaxError::new(error_message, TextRange::new(backslash, backslash + 1));
        error.cpython_offset = Some(col_offset as i32);
        error.cpython_end_offset = Some(col_offset as i32 + 2);
        return Some(CompileWarning { category: WarningCategory::SyntaxWarning, message, line, error, text_from_file: false });
    }
    None
}

fn count_columns(text: &str, bytes: bool) -> u32 {
    text.chars().map(|c| if !bytes && !c.is_ascii() { 10 } else { 1 }).sum()
}

/// CPython's tokenizer accepts a number directly followed by a keyword that may follow it
/// (`1if x else y`, `0x1or y`) with a warning naming the kind of literal.
fn number_followed_by_keyword(source: &str, range: TextRange, index: &LineIndex) -> Option<CompileWarning> {
    let rest = source.as_bytes().get(range.end as usize..)?;
    let keyword_follows = match rest.first()? {
        b'a' => rest.starts_with(b"and"),
        b'e' => rest.starts_with(b"else"),
        b'f' => rest.starts_with(b"for"),
        b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
        b'o' => rest.starts_with(b"or"),
        b'n' => rest.starts_with(b"not"),
        _ => false,
    };
    if !keyword_follows {
        return None;
    }
    let text = range.slice(source).as_bytes();
    let kind = match text {
        [b'0', b'x' | b'X', ..] => "hexadecimal",
        [b'0', b'o' | b'O', ..] => "octal",
        [b'0', b'b' | b'B', ..] => "binary",
        [.., b'j' | b'J'] => "imaginary",
        _ => "decimal",
    };
    // The error points at the literal's last character, with no extent.
    let last = TextRange::new(range.end.saturating_sub(1), range.end);
    let mut w = CompileWarning::at(format!("invalid {kind} literal"), last, index);
    let col = index.line_char_col(source, last.start).col as i32 + 1;
    w.error.cpython_end_offset = Some(col);
    Some(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<(u32, String)> {
        token_warnings(source, None).into_iter().map(|w| (w.line, w.message)).collect()
    }

    #[test]
    fn escapes() {
        let w = messages("a = '\\d\\q'\nb = b'\\777'\nc = r'\\d'\nd = '\\n\\x41\\u0041\\N{DASH}'\ne = b'\\u0041'\n");
        assert_eq!(w.len(), 3);
        assert_eq!(w[0].0, 1);
        assert!(w[0].1.starts_with("\"\\d\" is an invalid escape sequence."));
        assert!(w[1].1.starts_with("\"\\777\" is an invalid octal escape sequence."));
        assert_eq!(w[2], (5, w[2].1.clone()));
        assert!(w[2].1.starts_with("\"\\u\""));
    }

    #[test]
    fn fstrings_and_lines() {
        let w = messages("x = 1\ny = f'\\d{x}\\q' rf'\\d{x}'\nz = '''a\n\\p'''\n");
        assert_eq!(w.iter().map(|w| w.0).collect::<Vec<_>>(), [2, 2, 4]);
    }

    #[test]
    fn numbers() {
        let w = messages("y = 1if y else 0x1or 2\nz = 1 if y else 2\n");
        assert_eq!(w, [(1, "invalid decimal literal".to_string()), (1, "invalid hexadecimal literal".to_string())]);
    }

    #[test]
    fn error_columns() {
        let e = &token_warnings("y = \"abc\\d\" + u\"ab\\d\"\n", None);
        assert_eq!(e[0].error.cpython_offset, Some(9));
        assert_eq!(e[1].error.cpython_offset, Some(17));
        assert_eq!(e[0].error.message, "\"\\d\" is an invalid escape sequence. Did you mean \"\\\\d\"? A raw string is also an option.");
    }
}
