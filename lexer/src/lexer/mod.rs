//! The lexer: the logos scanner ([`scanner`]) plus the stateful layer CPython's tokenizer has on
//! top of its character loop.
//!
//! The layer keeps
//! - the indentation stack (columns with tabs to multiples of 8, and the same with tab size 1
//!   for the consistency check that raises TabError) — see [`indentation`];
//! - the bracket stack (NEWLINE becomes NL inside brackets; mismatches are reported);
//! - the f-string/t-string stack (PEP 701/750 modes) — see [`fstring`]: while an f-string has no
//!   open replacement field its literal text is scanned by hand into FStringMiddle tokens; inside
//!   a field the regular scanner runs, and a `:` at the field's own bracket depth switches to the
//!   format-spec text mode.
//!
//! Two flavours share the code. The normal one is what the parser wants (CPython's tokenizer as
//! `compile()` runs it: number-suffix checks, identifier checks, bracket matching). The
//! *tokenize-compatible* one ([`Lexer::new_tokenize_compat`], used by `tokenize_listing`) is
//! CPython's tokenizer as the `tokenize` module runs it (`extra_tokens` mode): it skips those
//! checks, splits FStringMiddle around doubled braces and `\N{...}` escapes, emits the empty
//! FStringMiddle tokens CPython emits, and stops at the first error.

mod fstring;
mod indentation;
mod numbers;
mod scanner;

use std::collections::VecDeque;

use logos::Logos;

use crate::error::{ErrorClass, LexError};
use crate::line_index::LineIndex;
use crate::token::{TextRange, Token, TokenKind};
use numbers::{NumberScan, scan_number};
use scanner::Raw;

/// Options for [`lex`] and [`Lexer::new`].
#[derive(Clone, Copy, Debug, Default)]
pub struct LexOptions {
    /// Recognise `# type: ...` comments as [`TokenKind::TypeComment`] / [`TokenKind::TypeIgnore`]
    /// (what `ast.parse(..., type_comments=True)` does).
    pub type_comments: bool,
}

/// The whole raw token stream of a source and the errors found on the way.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub errors: Vec<LexError>,
}

/// The raw stream: every token including Comment, NonLogicalNewline, Indent/Dedent; it ends with
/// EndOfFile. Token ranges are strictly increasing and do not overlap; INDENT may be non-empty
/// (it covers the indentation), DEDENT, ENDMARKER, a NEWLINE or NL synthesized at the end of
/// input, and the `Unknown` token of an error found at the end of input are empty.
pub fn lex(source: &str, options: LexOptions) -> Lexed {
    let mut lexer = Lexer::new(source, options);
    let mut tokens = Vec::with_capacity(source.len() / 4 + 8);
    for t in lexer.by_ref() {
        tokens.push(t);
    }
    Lexed { tokens, errors: lexer.errors }
}

/// Maximum bracket nesting (CPython's MAXLEVEL).
const MAX_LEVEL: usize = 200;
/// Maximum indentation depth (CPython's MAXINDENT).
const MAX_INDENT: usize = 100;

#[derive(Clone, Copy, Debug)]
struct Paren {
    ch: u8,
    offset: u32,
    /// The `{` opening an f-string replacement field.
    field: bool,
    /// The field has seen its format-spec `:`.
    in_spec: bool,
}

#[derive(Clone, Copy, Debug)]
struct FString {
    quote: u8,
    triple: bool,
    raw: bool,
    tstring: bool,
    /// Offset of the FStringStart token.
    start: u32,
    /// Number of open brackets when the f-string started; brackets above belong to its fields.
    paren_base: u32,
}

impl FString {
    fn quote_len(&self) -> usize {
        if self.triple { 3 } else { 1 }
    }
    fn letter(&self) -> char {
        if self.tstring { 't' } else { 'f' }
    }
}

/// An error as the `tokenize` module reports it: message, line and column.
#[derive(Clone, Debug)]
pub(crate) struct ListingError {
    pub message: String,
    pub line: u32,
    pub col: u32,
    /// IndentationError/TabError and SyntaxError print the same way; kept for completeness.
    #[allow(dead_code)]
    pub class: ErrorClass,
}

/// The lazy lexer: yields the same tokens as [`lex`], in the same order.
pub struct Lexer<'src> {
    src: &'src str,
    b: &'src [u8],
    pos: usize,
    compat: bool,
    type_comments: bool,
    queue: VecDeque<Token>,
    errors: Vec<LexError>,
    /// Indentation stack: (column with tab size 8, column with tab size 1).
    indents: Vec<(u32, u32)>,
    parens: Vec<Paren>,
    fstrings: Vec<FString>,
    at_line_start: bool,
    /// The current physical line holds only whitespace and/or a comment.
    blank_line: bool,
    line_start: usize,
    finished: bool,
    index: Option<LineIndex>,
    pub(crate) listing_error: Option<ListingError>,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str, options: LexOptions) -> Self {
        Lexer {
            src: source,
            b: source.as_bytes(),
            pos: 0,
            compat: false,
            type_comments: options.type_comments,
            queue: VecDeque::with_capacity(16),
            errors: Vec::new(),
            indents: vec![(0, 0)],
            parens: Vec::new(),
            fstrings: Vec::new(),
            at_line_start: true,
            blank_line: false,
            line_start: 0,
            finished: false,
            index: None,
            listing_error: None,
        }
    }

    /// The flavour the `tokenize` module sees (CPython's `extra_tokens` mode).
    pub(crate) fn new_tokenize_compat(source: &'src str) -> Self {
        let mut l = Lexer::new(source, LexOptions::default());
        l.compat = true;
        l
    }

    /// Errors found so far.
    pub fn errors(&self) -> &[LexError] {
        &self.errors
    }

    /// Takes the errors found so far.
    pub fn take_errors(&mut self) -> Vec<LexError> {
        std::mem::take(&mut self.errors)
    }

    // ----- helpers -----

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.queue.push_back(Token { kind, range: TextRange::new(start as u32, end as u32) });
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn index(&mut self) -> &LineIndex {
        if self.index.is_none() {
            self.index = Some(LineIndex::new(self.src));
        }
        self.index.as_ref().unwrap()
    }

    fn line_of(&mut self, offset: usize) -> u32 {
        self.index().line_col(offset as u32).line
    }

    /// Where CPython's tokenizer stands at the end of input: on the last line's newline (the one
    /// in the file, or the one it appends when the file has none).
    fn eof_anchor(&self) -> usize {
        let n = self.b.len();
        if self.src.ends_with("\r\n") {
            n - 2
        } else if self.src.ends_with('\n') || self.src.ends_with('\r') {
            n - 1
        } else {
            n
        }
    }

    /// The line number CPython's tokenizer is on when it reaches the end of input.
    fn eof_line(&mut self) -> u32 {
        let a = self.eof_anchor();
        self.line_of(a)
    }

    /// Start of the char before `offset` (offset > 0).
    fn prev_char_start(&self, offset: usize) -> usize {
        let mut i = offset - 1;
        while i > 0 && !self.src.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// Records an error. `range` is in the LexError convention, `token` the Unknown token's
    /// range (the caller pushes the token).
    fn error(&mut self, class: ErrorClass, message: String, range: TextRange, token: TextRange) {
        if self.compat {
            if self.listing_error.is_none() {
                // The tokenize module turns a SyntaxError into TokenError(msg, (lineno, offset)).
                let src = self.src;
                let lc = self.index().line_char_col(src, range.start);
                let message = if message.contains("unterminated triple-quoted string literal") {
                    "EOF in multi-line string".to_string()
                } else {
                    message.clone()
                };
                self.listing_error =
                    Some(ListingError { message, line: lc.line, col: lc.col + 1, class });
            }
            self.finished = true;
        }
        self.errors.push(LexError {
            class,
            message,
            range,
            token,
            incomplete: false,
            cpython_end_offset: None,
            cpython_offset: None,
        });
    }

    /// Records a tokenizer-state error of the kind the `tokenize` module reports with the length
    /// of the current line as column (IndentationError, TabError, line continuation).
    fn listing_line_error(&mut self, class: ErrorClass, message: &str, at: usize) {
        if !self.compat || self.listing_error.is_some() {
            return;
        }
        let line = self.line_of(at);
        let ls = self.index().line_start(line) as usize;
        let end = self.line_end(at);
        let nl = self.newline_len_at(end);
        // The newline counts; CPython appends one to a last line without it.
        let col = self.src[ls..end].chars().count() as u32 + nl.max(1) as u32;
        self.listing_error = Some(ListingError { message: message.to_string(), line, col, class });
        self.finished = true;
    }

    /// Offset of the line end (the newline character or EOF) at or after `at`.
    fn line_end(&self, at: usize) -> usize {
        let mut i = at;
        while i < self.b.len() && self.b[i] != b'\n' && self.b[i] != b'\r' {
            i += 1;
        }
        i
    }

    fn last_error_mut(&mut self) -> &mut LexError {
        self.errors.last_mut().expect("an error was just recorded")
    }

    fn newline_len_at(&self, i: usize) -> usize {
        match self.byte(i) {
            Some(b'\n') => 1,
            Some(b'\r') => {
                if self.byte(i + 1) == Some(b'\n') {
                    2
                } else {
                    1
                }
            }
            _ => 0,
        }
    }

    // ----- the main loop -----

    /// Produces at least one token into the queue (or finishes).
    fn produce(&mut self) {
        if let Some(fs) = self.fstrings.last().copied() {
            if self.parens.len() == fs.paren_base as usize {
                return self.fstring_text(fs, false);
            }
            let top = *self.parens.last().unwrap();
            if top.field && top.in_spec && self.parens.len() > fs.paren_base as usize {
                return self.fstring_text(fs, true);
            }
        }
        if self.at_line_start {
            self.at_line_start = false;
            if self.parens.is_empty() && self.indentation() {
                return;
            }
        }
        self.regular();
    }

    /// One token (or a few) in regular mode.
    fn regular(&mut self) {
        loop {
            let rest = &self.src[self.pos..];
            let mut lx = Raw::lexer(rest);
            let Some(res) = lx.next() else {
                return self.end_of_input();
            };
            let span = lx.span();
            let start = self.pos + span.start;
            let end = self.pos + span.end;
            let raw = match res {
                Ok(raw) => raw,
                Err(()) => return self.invalid_character(start),
            };
            match raw {
                Raw::Whitespace => {
                    self.pos = end;
                    continue;
                }
                Raw::Newline => {
                    let kind = if self.parens.is_empty() && !self.blank_line {
                        TokenKind::Newline
                    } else {
                        TokenKind::NonLogicalNewline
                    };
                    self.push(kind, start, end);
                    self.new_line(end);
                }
                Raw::Comment => self.comment(start, end),
                Raw::Continuation => {
                    if end >= self.b.len() {
                        return self.eof_after_continuation(start);
                    }
                    self.pos = end;
                    continue;
                }
                Raw::Backslash => {
                    if end >= self.b.len() {
                        return self.eof_after_continuation(start);
                    }
                    self.line_continuation_error(start);
                }
                Raw::Name => self.name(start, end),
                Raw::Int | Raw::Float | Raw::Complex => self.number(raw, start, end),
                Raw::String => {
                    self.push(TokenKind::String, start, end);
                    self.pos = end;
                }
                Raw::StringOpen => self.unterminated_string(start, end),
                Raw::FStringStart | Raw::TStringStart => {
                    let text = &self.b[start..end];
                    let quote = text[text.len() - 1];
                    let triple = text.len() >= 3 && text[text.len() - 3..].iter().all(|&c| c == quote);
                    let raw_prefix = text.iter().any(|&c| c == b'r' || c == b'R');
                    let tstring = raw == Raw::TStringStart;
                    self.push(
                        if tstring { TokenKind::TStringStart } else { TokenKind::FStringStart },
                        start,
                        end,
                    );
                    self.fstrings.push(FString {
                        quote,
                        triple,
                        raw: raw_prefix,
                        tstring,
                        start: start as u32,
                        paren_base: self.parens.len() as u32,
                    });
                    self.pos = end;
                }
                Raw::Lpar | Raw::Lsqb | Raw::Lbrace => self.open_bracket(start, false),
                Raw::Rpar | Raw::Rsqb | Raw::Rbrace => self.close_bracket(start),
                Raw::Colon => self.colon(start),
                Raw::Exclamation => {
                    self.push(TokenKind::Exclamation, start, end);
                    self.pos = end;
                }
                Raw::Operator => {
                    if self.b[start] == b':' && self.in_field_at_depth0() {
                        // `:=` at a replacement field's own depth: the colon starts the format spec.
                        self.colon(start);
                    } else {
                        let kind = TokenKind::operator(&self.src[start..end])
                            .expect("the scanner only matches known operators");
                        self.push(kind, start, end);
                        self.pos = end;
                    }
                }
            }
            return;
        }
    }

    /// After a NEWLINE/NL token ending at `end`.
    fn new_line(&mut self, end: usize) {
        self.pos = end;
        self.at_line_start = true;
        self.blank_line = false;
        self.line_start = end;
    }

    fn in_field_at_depth0(&self) -> bool {
        match (self.parens.last(), self.fstrings.last()) {
            (Some(p), Some(fs)) => p.field && self.parens.len() > fs.paren_base as usize,
            _ => false,
        }
    }

    fn colon(&mut self, start: usize) {
        self.push(TokenKind::Colon, start, start + 1);
        self.pos = start + 1;
        if self.in_field_at_depth0() {
            let top = self.parens.last_mut().unwrap();
            if !top.in_spec {
                top.in_spec = true;
            }
        }
    }

    fn comment(&mut self, start: usize, end: usize) {
        self.pos = end;
        if self.type_comments {
            let text = &self.src[start..end];
            if let Some(kind) = type_comment_kind(text) {
                if kind == TokenKind::TypeIgnore && self.blank_line && self.parens.is_empty() {
                    // CPython: a type-ignore alone on its line consumes the newline too (the tag
                    // of `TypeIgnore` then ends with '\n') and no NEWLINE/NL follows.
                    let n = self.newline_len_at(end);
                    self.push(TokenKind::TypeIgnore, start, end + n);
                    if n > 0 {
                        self.new_line(end + n);
                    }
                    return;
                }
                // CPython returns the type comment as a token, and its per-call "blank line"
                // flag is gone by the next call: the newline after a type comment that stands
                // alone on its line is a NEWLINE (this is what lets
                // `def f():\n    # type: () -> None\n    pass` match the grammar's
                // `NEWLINE TYPE_COMMENT &(NEWLINE INDENT)`).
                self.blank_line = false;
                self.push(kind, start, end);
                return;
            }
        }
        self.push(TokenKind::Comment, start, end);
    }

    fn name(&mut self, start: usize, end: usize) {
        let text = &self.src[start..end];
        if text.is_ascii() {
            let kind = TokenKind::keyword(text).unwrap_or(TokenKind::Name);
            self.push(kind, start, end);
            self.pos = end;
            return;
        }
        if !self.compat {
            if let Some(bad) = invalid_identifier_char(text) {
                let at = start + bad;
                let ch = text[bad..].chars().next().unwrap();
                let message = if crate::unicode::is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                let token = TextRange::new(start as u32, end as u32);
                self.error(ErrorClass::SyntaxError, message, TextRange::empty(at as u32), token);
                self.push(TokenKind::Unknown, start, end);
                self.pos = end;
                return;
            }
        }
        self.push(TokenKind::Name, start, end);
        self.pos = end;
    }

    fn number(&mut self, raw: Raw, start: usize, end: usize) {
        let next = self.byte(end).unwrap_or(0);
        if !(next.is_ascii_alphanumeric() || next == b'_') {
            let kind = match raw {
                Raw::Int => TokenKind::Int,
                Raw::Float => TokenKind::Float,
                _ => TokenKind::Complex,
            };
            self.push(kind, start, end);
            self.pos = end;
            return;
        }
        match scan_number(self.b, start, self.compat) {
            NumberScan::Ok { end, kind } => {
                self.push(kind, start, end);
                self.pos = end;
            }
            NumberScan::Err { message, cur, range } => {
                let range = match range {
                    Some((a, b)) => TextRange::new(a as u32, b as u32),
                    None => TextRange::empty(self.prev_char_start(cur) as u32),
                };
                // Recovery: the Unknown token runs over the whole alphanumeric run.
                let mut stop = cur.max(end);
                while stop < self.b.len()
                    && (self.b[stop].is_ascii_alphanumeric() || self.b[stop] == b'_')
                {
                    stop += 1;
                }
                let token = TextRange::new(start as u32, stop as u32);
                self.error(ErrorClass::SyntaxError, message, range, token);
                self.push(TokenKind::Unknown, start, stop);
                self.pos = stop;
            }
        }
    }

    /// A character the scanner has no token for (ASCII only: every non-ASCII character starts
    /// a name candidate).
    fn invalid_character(&mut self, start: usize) {
        let ch = self.src[start..].chars().next().unwrap();
        let end = start + ch.len_utf8();
        let token = TextRange::new(start as u32, end as u32);
        if ch == '\0' {
            self.error(
                ErrorClass::SyntaxError,
                "source code cannot contain null bytes".into(),
                TextRange::empty(start as u32),
                token,
            );
        } else if !crate::unicode::is_printable(ch) {
            let message = format!("invalid non-printable character U+{:04X}", ch as u32);
            self.error(ErrorClass::SyntaxError, message, TextRange::empty(start as u32), token);
        }
        // Otherwise (`$`, `?`, `` ` ``) there is no lexical error: CPython's tokenizer passes the
        // character on as an OP token and the parser rejects it with a generic "invalid syntax"
        // at that token. Not recording it matters: after a generic syntax error CPython goes
        // on tokenizing and reports a later tokenizer error instead, if there is one.
        self.push(TokenKind::Unknown, start, end);
        self.pos = end;
    }

    fn line_continuation_error(&mut self, start: usize) {
        let message = "unexpected character after line continuation character";
        // CPython points just after the backslash, with end_offset 0; it counts the column from
        // the start of its line buffer, which after backslash continuations is the first
        // continued line (`self.line_start`).
        let after = start + 1;
        self.listing_line_error(ErrorClass::SyntaxError, message, start);
        if self.compat {
            let ls = self.line_start;
            let end = self.line_end(start);
            let nl = self.newline_len_at(end);
            let col = self.src[ls..end].chars().count() as u32 + nl.max(1) as u32;
            if let Some(e) = self.listing_error.as_mut() {
                e.col = col;
            }
        }
        if !self.compat {
            self.error(
                ErrorClass::SyntaxError,
                message.into(),
                TextRange::empty(after as u32),
                TextRange::new(start as u32, after as u32),
            );
            let col = self.src[self.line_start..after].chars().count() as i32 + 1;
            let e = self.last_error_mut();
            e.cpython_end_offset = Some(0);
            e.cpython_offset = Some(col);
        }
        self.push(TokenKind::Unknown, start, start + 1);
        self.pos = start + 1;
    }

    /// A backslash continuation with nothing after it.
    /// The tokenize module's error for input ending inside a statement (listing mode only):
    /// recorded, and the stream ends.
    fn eof_in_multiline_statement(&mut self, line: u32, col: u32) {
        self.listing_error = Some(ListingError {
            message: "unexpected EOF in multi-line statement".into(),
            line,
            col,
            class: ErrorClass::SyntaxError,
        });
        self.finished = true;
    }

    fn eof_after_continuation(&mut self, start: usize) {
        if !self.parens.is_empty() && !self.compat {
            // Inside brackets CPython reports the bracket (end_of_input does).
            let _ = start;
            self.pos = self.b.len();
            return self.end_of_input();
        }
        let anchor = self.eof_anchor();
        if self.compat {
            let line = self.line_of(anchor);
            let ls = self.index().line_start(line) as usize;
            let col = self.src[ls..anchor].chars().count() as u32 + 1;
            return self.eof_in_multiline_statement(line, col);
        }
        let n = self.b.len();
        self.error(
            ErrorClass::SyntaxError,
            "unexpected EOF while parsing".into(),
            TextRange::empty(anchor as u32),
            TextRange::new(start as u32, n as u32),
        );
        let e = self.last_error_mut();
        e.cpython_end_offset = Some(-1);
        e.incomplete = true;
        self.push(TokenKind::Unknown, start, n);
        self.pos = n;
    }

    fn unterminated_string(&mut self, start: usize, open_end: usize) {
        let b = self.b;
        let quote = b[open_end - 1];
        let triple = open_end - start >= 3 && b[open_end - 3..open_end].iter().all(|&c| c == quote);
        // Find where CPython gives up: the end of the line (single quotes) or of the input.
        let mut i = open_end;
        let mut escaped_quote = false;
        let n = b.len();
        loop {
            if i >= n {
                break;
            }
            let c = b[i];
            if !triple && (c == b'\n' || c == b'\r') {
                break;
            }
            if c == b'\\' {
                i += 1;
                if i < n && b[i] == quote {
                    escaped_quote = true;
                }
                if i < n && b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                continue;
            }
            i += 1;
        }
        let stop = i.min(n);
        let at_eof = stop >= n;
        let detected = if at_eof { self.eof_line() } else { self.line_of(stop) };
        let in_fstring_same_quote = self
            .fstrings
            .last()
            .is_some_and(|fs| fs.quote == quote && fs.triple == triple);
        let message = if in_fstring_same_quote {
            let fs = *self.fstrings.last().unwrap();
            format!("{}-string: expecting '}}'", fs.letter())
        } else if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else if escaped_quote {
            format!(
                "unterminated string literal (detected at line {detected}); perhaps you escaped the end quote?"
            )
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        let token = TextRange::new(start as u32, stop as u32);
        self.error(ErrorClass::SyntaxError, message, TextRange::empty(start as u32), token);
        if at_eof {
            self.last_error_mut().incomplete = true;
        }
        self.push(TokenKind::Unknown, start, stop);
        self.pos = stop;
    }

    fn open_bracket(&mut self, start: usize, field: bool) {
        let ch = self.b[start];
        if self.parens.len() >= MAX_LEVEL {
            let r = TextRange::new(start as u32, start as u32 + 1);
            self.error(ErrorClass::SyntaxError, "too many nested parentheses".into(), TextRange::empty(start as u32), r);
            self.push(TokenKind::Unknown, start, start + 1);
            self.pos = start + 1;
            return;
        }
        self.parens.push(Paren { ch, offset: start as u32, field, in_spec: false });
        let kind = match ch {
            b'(' => TokenKind::Lpar,
            b'[' => TokenKind::Lsqb,
            _ => TokenKind::Lbrace,
        };
        self.push(kind, start, start + 1);
        self.pos = start + 1;
    }

    fn close_bracket(&mut self, start: usize) {
        let ch = self.b[start];
        let kind = match ch {
            b')' => TokenKind::Rpar,
            b']' => TokenKind::Rsqb,
            _ => TokenKind::Rbrace,
        };
        let r = TextRange::new(start as u32, start as u32 + 1);
        self.pos = start + 1;
        let Some(top) = self.parens.last().copied() else {
            if self.compat {
                self.push(kind, start, start + 1);
            } else {
                let message = format!("unmatched '{}'", ch as char);
                self.error(ErrorClass::SyntaxError, message, TextRange::empty(start as u32), r);
                self.push(TokenKind::Unknown, start, start + 1);
            }
            return;
        };
        let opening = top.ch;
        let matches = matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
        if matches || self.compat {
            self.parens.pop();
            self.push(kind, start, start + 1);
            return;
        }
        let message = if top.field {
            let fs = *self.fstrings.last().unwrap();
            format!("{}-string: unmatched '{}'", fs.letter(), ch as char)
        } else {
            let open_line = self.line_of(top.offset as usize);
            let here = self.line_of(start);
            if open_line != here {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}",
                    ch as char, opening as char
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    ch as char, opening as char
                )
            }
        };
        self.error(ErrorClass::SyntaxError, message, TextRange::empty(start as u32), r);
        self.push(TokenKind::Unknown, start, start + 1);
    }

    /// The end of the input: the implicit newline, errors for what is still open, DEDENTs and
    /// ENDMARKER.
    fn end_of_input(&mut self) {
        let n = self.b.len();
        self.pos = n;
        // CPython appends a newline to a last line that lacks one.
        if self.line_start < n {
            let kind = if self.parens.is_empty() && !self.blank_line {
                TokenKind::Newline
            } else {
                TokenKind::NonLogicalNewline
            };
            if !(self.compat && !self.parens.is_empty()) {
                self.push(kind, n, n);
            }
            self.line_start = n;
        }
        if let Some(top) = self.parens.last().copied() {
            if self.compat {
                // CPython's tokenize reports the length of its line buffer, which is only kept
                // (not reset at each line) while an f-string is open.
                let anchor = self.eof_anchor();
                let line = self.line_of(anchor);
                let col = match self.fstrings.first() {
                    Some(fs) => {
                        let fs_line = self.line_of(fs.start as usize);
                        let ls = self.index().line_start(fs_line) as usize;
                        self.src[ls..anchor].chars().count() as u32 + 1
                    }
                    None => 0,
                };
                return self.eof_in_multiline_statement(line, col);
            }
            let message = format!("'{}' was never closed", top.ch as char);
            let at = top.offset;
            self.error(ErrorClass::SyntaxError, message, TextRange::empty(at), TextRange::empty(n as u32));
            let e = self.last_error_mut();
            e.cpython_end_offset = Some(0);
            e.incomplete = true;
            self.push(TokenKind::Unknown, n, n);
            self.parens.clear();
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, n, n);
        }
        self.push(TokenKind::EndOfFile, n, n);
        self.finished = true;
    }
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            if let Some(t) = self.queue.pop_front() {
                return Some(t);
            }
            if self.finished {
                return None;
            }
            self.produce();
        }
    }
}

/// The byte offset in `name` of the first character that cannot be part of an identifier
/// (PEP 3131 as CPython checks it: XID_Start or `_` first, XID_Continue after, on the characters
/// as written — `ｆｏｏ` passes, NFKC normalisation is the parser's business), or None.
fn invalid_identifier_char(name: &str) -> Option<usize> {
    let mut chars = name.char_indices();
    let (_, first) = chars.next()?;
    if !crate::unicode::is_identifier_start(first) {
        return Some(0);
    }
    chars.find(|&(_, c)| !crate::unicode::is_identifier_continue(c)).map(|(i, _)| i)
}

/// The length of CPython's type-comment prefix `# type: ` at the start of `comment`, where each
/// space of the prefix matches any run (possibly empty) of spaces and tabs; None when the
/// comment is not a type comment.
pub fn type_comment_prefix_len(comment: &str) -> Option<usize> {
    let b = comment.as_bytes();
    let mut i = 0;
    for &p in b"# type: " {
        if p == b' ' {
            while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
                i += 1;
            }
        } else if b.get(i) == Some(&p) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// What a TypeComment token holds after the `# type: ` prefix (CPython's TYPE_COMMENT string).
pub fn type_comment_payload(token_text: &str) -> &str {
    let n = type_comment_prefix_len(token_text).unwrap_or(0);
    &token_text[n..]
}

/// The tag of a TypeIgnore token: what follows `ignore` (CPython's TYPE_IGNORE string; it ends
/// with the newline when the comment stood alone on its line).
pub fn type_ignore_tag(token_text: &str) -> &str {
    let n = type_comment_prefix_len(token_text).unwrap_or(0);
    let rest = &token_text[n..];
    rest.strip_prefix("ignore").unwrap_or(rest)
}

/// TypeComment, TypeIgnore or None for a comment's text.
fn type_comment_kind(comment: &str) -> Option<TokenKind> {
    let n = type_comment_prefix_len(comment)?;
    let rest = &comment.as_bytes()[n..];
    // "type: ignore" followed by the end or by an ASCII non-alphanumeric character.
    if rest.starts_with(b"ignore") && rest.get(6).is_none_or(|&c| c < 128 && !c.is_ascii_alphanumeric()) {
        Some(TokenKind::TypeIgnore)
    } else {
        Some(TokenKind::TypeComment)
    }
}
