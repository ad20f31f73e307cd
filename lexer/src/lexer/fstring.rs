//! The literal parts of f-strings and t-strings (PEP 701, PEP 750).
//!
//! While an f-string has no open replacement field, or while a field is in its format spec, the
//! text is scanned here: it ends at the closing quote, at a `{` that opens a (nested) field, or
//! at the `}` that closes the field whose spec this is. `{{` and `}}` in literal text are
//! escapes, not fields. Backslash escapes are skipped (except before a brace, which keeps its
//! meaning), and `\N{...}` in a non-raw string is a named escape, not a field.
//!
//! In the normal flavour one FStringMiddle covers a whole run of literal source text (doubled
//! braces and escapes included: the parser decodes them). In the tokenize-compatible flavour the
//! tokens are cut as CPython cuts them: a doubled brace ends a token after its first brace and
//! the second is skipped, a `\N{...}` escape ends a token, and an empty FStringMiddle is emitted
//! where a format spec is empty before a `}` or a `{{`.

use super::{FString, Lexer};
use crate::error::ErrorClass;
use crate::token::{TextRange, TokenKind};

impl Lexer<'_> {
    fn middle(&mut self, fs: FString, a: usize, b: usize, allow_empty: bool) {
        if b > a || (allow_empty && self.compat) {
            let kind = if fs.tstring { TokenKind::TStringMiddle } else { TokenKind::FStringMiddle };
            self.push(kind, a, b);
        }
    }

    fn quote_at(&self, i: usize, fs: FString) -> bool {
        let n = fs.quote_len();
        i + n <= self.b.len() && self.b[i..i + n].iter().all(|&c| c == fs.quote)
    }

    /// Opens a replacement field at the `{` at `i`. CPython allows three levels of fields
    /// nested through format specs within one f-string (its MAX_EXPR_NESTING).
    fn open_field(&mut self, i: usize) {
        if let Some(fs) = self.fstrings.last().copied() {
            let open_fields =
                self.parens[fs.paren_base as usize..].iter().filter(|p| p.field).count();
            if open_fields >= 3 {
                let message = format!("{}-string: expressions nested too deeply", fs.letter());
                // CPython stops with the `{` not yet consumed: it points at the character before.
                let r = TextRange::empty(self.prev_char_start(i) as u32);
                self.error(ErrorClass::SyntaxError, message, r, TextRange::empty(i as u32));
                self.push(TokenKind::Unknown, i, i);
            }
        }
        self.open_bracket(i, true);
    }

    /// Scans literal text (or format-spec text when `in_spec`) of the innermost f-string.
    pub(super) fn fstring_text(&mut self, fs: FString, in_spec: bool) {
        let b = self.b;
        let start = self.pos;
        // A field right at the start: nothing to scan before it.
        if b.get(start) == Some(&b'{') && b.get(start + 1) != Some(&b'{') {
            return self.open_field(start);
        }
        if self.quote_at(start, fs) {
            return self.end_fstring(fs, start);
        }
        let seg = start;
        let mut i = start;
        let mut unicode_escape = false;
        loop {
            let c = b.get(i).copied();
            match c {
                None => return self.unterminated_fstring(fs, seg, i, in_spec),
                Some(b'\n' | b'\r') if !fs.triple => {
                    return self.unterminated_fstring(fs, seg, i, in_spec);
                }
                Some(q) if q == fs.quote => {
                    if self.quote_at(i, fs) {
                        self.middle(fs, seg, i, false);
                        return self.end_fstring(fs, i);
                    }
                    i += 1;
                }
                Some(b'{') => {
                    if !in_spec && b.get(i + 1) == Some(&b'{') {
                        if self.compat {
                            self.middle(fs, seg, i + 1, false);
                            self.pos = i + 2;
                            return;
                        }
                        i += 2;
                        continue;
                    }
                    self.middle(fs, seg, i, true);
                    return self.open_field(i);
                }
                Some(b'}') => {
                    if unicode_escape {
                        unicode_escape = false;
                        i += 1;
                        if self.compat {
                            self.middle(fs, seg, i, false);
                            self.pos = i;
                            return;
                        }
                        continue;
                    }
                    if !in_spec && b.get(i + 1) == Some(&b'}') {
                        if self.compat {
                            self.middle(fs, seg, i + 1, false);
                            self.pos = i + 2;
                            return;
                        }
                        i += 2;
                        continue;
                    }
                    self.middle(fs, seg, i, true);
                    if in_spec {
                        // Closes the field whose spec this is.
                        self.parens.pop();
                        let kind = TokenKind::Rbrace;
                        self.push(kind, i, i + 1);
                        self.pos = i + 1;
                        return;
                    }
                    let message = format!("{}-string: single '}}' is not allowed", fs.letter());
                    let r = TextRange::new(i as u32, i as u32 + 1);
                    self.error(ErrorClass::SyntaxError, message, TextRange::empty(i as u32), r);
                    self.push(TokenKind::Unknown, i, i + 1);
                    self.pos = i + 1;
                    return;
                }
                Some(b'\\') => {
                    let mut j = i + 1;
                    if b.get(j) == Some(&b'\r') {
                        j += 1;
                    }
                    match b.get(j) {
                        Some(b'{' | b'}') => i = j,
                        Some(b'N') if !fs.raw && b.get(j + 1) == Some(&b'{') => {
                            unicode_escape = true;
                            i = j + 2;
                        }
                        Some(_) => i = j + 1,
                        None => i = j,
                    }
                }
                Some(_) => i += 1,
            }
        }
    }

    fn end_fstring(&mut self, fs: FString, at: usize) {
        let n = fs.quote_len();
        let kind = if fs.tstring { TokenKind::TStringEnd } else { TokenKind::FStringEnd };
        if self.parens.len() > fs.paren_base as usize && !self.compat {
            // The closing quote came in a format spec (`f'{x:abc'`): CPython's tokenizer ends
            // the f-string with the field still open and its parser reports the error at the
            // FSTRING_END token ("f-string: expecting '}', or format specs", or another message
            // of its invalid_replacement_field rules): not a lexical error. The field is closed
            // here so that what follows lexes normally. (The tokenize module instead fails at
            // the end of input with the bracket still open, so the compatible flavour keeps it.)
            self.parens.truncate(fs.paren_base as usize);
        }
        self.push(kind, at, at + n);
        self.fstrings.pop();
        self.pos = at + n;
    }

    /// The line (single quotes) or the input (triple quotes) ended inside the f-string's text.
    fn unterminated_fstring(&mut self, fs: FString, seg: usize, i: usize, in_spec: bool) {
        if in_spec && i < self.b.len() && !fs.triple {
            self.middle(fs, seg, i, false);
            let message = format!(
                "{}-string: newlines are not allowed in format specifiers for single quoted {}-strings",
                fs.letter(),
                fs.letter()
            );
            self.error(ErrorClass::SyntaxError, message, TextRange::empty(i as u32), TextRange::empty(i as u32));
        } else {
            self.middle(fs, seg, i, false);
            let at_eof = i >= self.b.len();
            let detected = if at_eof { self.eof_line() } else { self.line_of(i) };
            let message = if fs.triple {
                format!(
                    "unterminated triple-quoted {}-string literal (detected at line {detected})",
                    fs.letter()
                )
            } else {
                format!("unterminated {}-string literal (detected at line {detected})", fs.letter())
            };
            self.error(ErrorClass::SyntaxError, message, TextRange::empty(fs.start), TextRange::empty(i as u32));
            if at_eof {
                self.last_error_mut().incomplete = true;
            }
        }
        self.push(TokenKind::Unknown, i, i);
        // Give up on this f-string (and its open fields); continue in regular mode.
        self.fstrings.pop();
        self.parens.truncate(fs.paren_base as usize);
        self.pos = i;
    }
}
