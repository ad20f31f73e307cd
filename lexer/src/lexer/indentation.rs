//! INDENT/DEDENT: CPython's indentation rules.
//!
//! Columns count spaces as 1 and tabs up to the next multiple of 8; a form feed resets the
//! column. A second column with tabs counting 1 (CPython's "alternate tab size") must agree with
//! the first on every comparison, otherwise the indentation depends on the tab size and CPython
//! raises TabError. Blank lines and comment-only lines do not take part. When indentation is
//! split with backslash continuations, the column before the first backslash counts.

use super::{Lexer, MAX_INDENT};
use crate::error::ErrorClass;
use crate::token::{TextRange, TokenKind};

impl Lexer<'_> {
    /// At the start of a physical line outside brackets. Returns true when it queued tokens.
    pub(super) fn indentation(&mut self) -> bool {
        let b = self.b;
        let line_start = self.pos;
        let mut i = self.pos;
        let (mut col, mut alt) = (0u32, 0u32);
        let mut cont_col = 0u32;
        loop {
            match b.get(i) {
                Some(b' ') => {
                    col += 1;
                    alt += 1;
                    i += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                    i += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt = 0;
                    i += 1;
                }
                Some(b'\\') => {
                    let n = self.newline_len_at(i + 1);
                    if n == 0 || i + 1 + n >= b.len() {
                        break;
                    }
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    i += 1 + n;
                    // CPython starts a new line buffer here (no token has started yet).
                    self.line_start = i;
                }
                _ => break,
            }
        }
        self.pos = i;
        match b.get(i) {
            None => {
                // Whitespace alone on the last line: CPython appends a newline and sees a blank
                // line (an NL token); the end of input does the rest.
                self.blank_line = i > line_start;
                return false;
            }
            Some(b'#' | b'\n' | b'\r') => {
                self.blank_line = true;
                return false;
            }
            _ => {}
        }
        self.blank_line = false;
        if cont_col != 0 {
            col = cont_col;
            alt = cont_col;
        }
        let (top_col, top_alt) = *self.indents.last().unwrap();
        if col == top_col {
            if alt != top_alt {
                self.tab_error(line_start, i);
                return true;
            }
            return false;
        }
        if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                let message = "too many levels of indentation";
                self.listing_line_error(ErrorClass::IndentationError, message, i);
                if !self.compat {
                    self.error(
                        ErrorClass::IndentationError,
                        message.into(),
                        TextRange::empty(line_start as u32),
                        TextRange::empty(i as u32),
                    );
                    self.last_error_mut().cpython_end_offset = Some(0);
                }
                self.push(TokenKind::Unknown, i, i);
                return true;
            }
            if alt <= top_alt {
                self.tab_error(line_start, i);
                return true;
            }
            self.indents.push((col, alt));
            self.push(TokenKind::Indent, line_start, i);
            return true;
        }
        while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
            self.indents.pop();
            self.push(TokenKind::Dedent, i, i);
        }
        let (top_col, top_alt) = *self.indents.last().unwrap();
        if col != top_col {
            let message = "unindent does not match any outer indentation level";
            self.listing_line_error(ErrorClass::IndentationError, message, i);
            if !self.compat {
                // CPython points past the end of the line (its tokenizer has read it all).
                let end = self.line_end(i);
                self.error(
                    ErrorClass::IndentationError,
                    message.into(),
                    TextRange::empty(end as u32),
                    TextRange::empty(i as u32),
                );
                self.last_error_mut().cpython_end_offset = Some(-1);
            }
            self.push(TokenKind::Unknown, i, i);
        } else if alt != top_alt {
            self.tab_error(line_start, i);
        }
        true
    }

    fn tab_error(&mut self, line_start: usize, i: usize) {
        let message = "inconsistent use of tabs and spaces in indentation";
        self.listing_line_error(ErrorClass::TabError, message, i);
        if !self.compat {
            self.error(
                ErrorClass::TabError,
                message.into(),
                TextRange::empty(line_start as u32),
                TextRange::empty(i as u32),
            );
            self.last_error_mut().cpython_end_offset = Some(0);
        }
        self.push(TokenKind::Unknown, i, i);
    }
}
