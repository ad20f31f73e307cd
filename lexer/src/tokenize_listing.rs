//! What `python3.14 -m tokenize [-e] FILE` prints.
//!
//! The tokenize module runs CPython's C tokenizer in its `extra_tokens` mode, which differs from
//! the mode the parser uses (no end-of-number or identifier checks, FStringMiddle cut around
//! doubled braces, empty FStringMiddle tokens); [`Lexer::new_tokenize_compat`] is that flavour.
//! This module formats its tokens the way `tokenize._main` does:
//! `"%-20s%-15s%-15r" % ("L,C-L,C:", type name, repr(string))` with character columns, an
//! ENCODING token first, NEWLINE/NL at the end of a file without a final newline printed as `''`
//! one column wide, DEDENT and ENDMARKER at the end put on the line after the last one, column 0.
//! On an error nothing goes to stdout (the module collects all tokens first); stderr gets
//! `FILE:LINE:COL: error: MESSAGE` (or `FILE: error: MESSAGE` for decoding errors), status 1.

use std::fmt::Write;

use crate::encoding::{decode_with, detect_encoding};
use crate::lexer::Lexer;
use crate::line_index::LineIndex;
use crate::token::TokenKind;
use crate::unicode::python_repr;

/// Exactly what `python3.14 -m tokenize [-e] FILE` prints for these bytes (stdout text), or on a
/// tokenize error the exact stderr text and exit status CPython gives.
pub fn tokenize_listing(bytes: &[u8], filename: &str, exact: bool) -> Result<String, (String, i32)> {
    let decoding_error = |msg: String| {
        let mut s = String::new();
        let _ = writeln!(s, "{filename}: error: {msg}");
        (s, 1)
    };
    let quoted = {
        let mut q = String::new();
        python_repr(filename, &mut q);
        q
    };
    let detected = match detect_encoding(bytes) {
        Ok(d) => d,
        Err(e) => {
            // tokenize.detect_encoding phrases these with the file name.
            let msg = if let Some(name) = e.message.strip_prefix("unknown encoding: ") {
                format!("unknown encoding for {quoted}: {name}")
            } else if e.message.starts_with("encoding problem") {
                format!("encoding problem for {quoted}: utf-8")
            } else {
                e.message
            };
            return Err(decoding_error(msg));
        }
    };
    // tokenize.detect_encoding checks the first two lines (null bytes, decodability) itself;
    // past them the C tokenizer decodes with errors="replace" and rejects null bytes per line.
    let body = if bytes.starts_with(b"\xEF\xBB\xBF") { &bytes[3..] } else { bytes };
    let next_line = |from: usize| match body[from..].iter().position(|&c| c == b'\n') {
        Some(p) => from + p + 1,
        None => body.len(),
    };
    // detect_encoding reads the second line only when the first is blank or a comment without
    // a coding declaration.
    let line1 = next_line(0);
    let two_lines = if crate::encoding::first_line_is_final(&body[..line1]) { line1 } else { next_line(line1) };
    if body[..two_lines].contains(&0) {
        return Err(decoding_error("source code cannot contain null bytes".into()));
    }
    let text = match decode_with(bytes, &detected) {
        Ok(t) => t,
        Err(e) if e.message.contains("null bytes") => {
            let p = body.iter().position(|&c| c == 0).unwrap_or(0);
            let line = body[..p].iter().filter(|&&c| c == b'\n').count() + 1;
            let mut s = String::new();
            let _ = writeln!(s, "{filename}:{line}:0: error: source code cannot contain null bytes");
            return Err((s, 1));
        }
        Err(e) if (e.range.start as usize) < two_lines + (bytes.len() - body.len()) => {
            return Err(decoding_error(format!("invalid or missing encoding declaration for {quoted}")));
        }
        Err(_) => std::borrow::Cow::Owned(String::from_utf8_lossy(body).into_owned()),
    };
    let src: &str = &text;

    let mut lexer = Lexer::new_tokenize_compat(src);
    let tokens: Vec<_> = lexer.by_ref().collect();
    if let Some(e) = &lexer.listing_error {
        let mut s = String::new();
        let _ = writeln!(s, "{filename}:{}:{}: error: {}", e.line, e.col, e.message);
        return Err((s, 1));
    }

    let index = LineIndex::new(src);
    // The line CPython's tokenizer is on at the end (0 for an empty file).
    let last_line = if src.is_empty() {
        0
    } else {
        let n = src.len();
        let anchor = if src.ends_with("\r\n") {
            n - 2
        } else if src.ends_with('\n') || src.ends_with('\r') {
            n - 1
        } else {
            n
        };
        index.line_col(anchor as u32).line
    };

    let mut out = String::with_capacity(src.len() * 4);
    let mut repr = String::new();
    let mut line = |out: &mut String, pos: (u32, u32, u32, u32), name: &str, text: &str| {
        repr.clear();
        python_repr(text, &mut repr);
        let range = format!("{},{}-{},{}:", pos.0, pos.1, pos.2, pos.3);
        let _ = writeln!(out, "{range:<20}{name:<15}{repr:<15}");
    };
    line(&mut out, (0, 0, 0, 0), "ENCODING", &detected.tokenize_name);
    for t in &tokens {
        let kind = t.kind;
        let name = if kind == TokenKind::Unknown {
            "OP"
        } else if exact {
            kind.exact_name()
        } else {
            kind.tokenize_name()
        };
        let s = index.line_char_col(src, t.range.start);
        let e = index.line_char_col(src, t.range.end);
        let text = t.range.slice(src);
        let at_end = t.range.start as usize == src.len();
        match kind {
            TokenKind::EndOfFile => line(&mut out, (last_line + 1, 0, last_line + 1, 0), name, ""),
            TokenKind::Dedent if at_end => {
                line(&mut out, (last_line + 1, 0, last_line + 1, 0), name, "")
            }
            TokenKind::Newline | TokenKind::NonLogicalNewline if t.range.is_empty() => {
                // The newline CPython appends to a last line without one.
                line(&mut out, (s.line, s.col, s.line, s.col + 1), name, "")
            }
            TokenKind::Newline | TokenKind::NonLogicalNewline => {
                let w = text.chars().count() as u32;
                line(&mut out, (s.line, s.col, s.line, s.col + w), name, text)
            }
            _ => line(&mut out, (s.line, s.col, e.line, e.col), name, text),
        }
    }
    Ok(out)
}
