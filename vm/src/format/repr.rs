//! Text reprs as CPython writes them: `repr(str)`, `ascii(str)`, `repr(bytes)`, and the character
//! classes they depend on (`str.isprintable`, Unicode decimal digits).

use super::unicode_printable::{DECIMAL_ZEROS, NON_PRINTABLE};

/// `str.isprintable()` for one character (Python 3.14, Unicode 16.0).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    // The ranges are sorted and disjoint: find the last range starting at or before `cp`.
    let idx = NON_PRINTABLE.partition_point(|&(start, _)| start <= cp);
    idx == 0 || NON_PRINTABLE[idx - 1].1 < cp
}

/// The value of `c` as a Unicode decimal digit (what CPython's `Py_UNICODE_TODECIMAL` accepts in
/// format-spec widths and field indexes), or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    if idx == 0 {
        return None;
    }
    let offset = cp - DECIMAL_ZEROS[idx - 1];
    (offset < 10).then_some(offset)
}

/// The quote `repr` uses: a single quote unless the text has one and no double quote.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn push_hex_escape(out: &mut String, cp: u32) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn text_repr(s: &str, escape_non_ascii: bool) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_hex_escape(&mut out, c as u32),
            _ if !escape_non_ascii && is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    text_repr(s, false)
}

/// `ascii(s)` for a str: like `repr`, with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    text_repr(s, true)
}

/// `repr(b)` for bytes: `b'...'` (a bytearray's repr wraps this as `bytearray(b'...')`).
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_literal(b, false)
}

/// `repr(bytearray)`: `name(b'...')`, where CPython escapes a single quote even inside double
/// quotes (`bytearray(b"b\'q\'")`).
pub fn bytearray_repr(name: &str, b: &[u8]) -> String {
    format!("{name}({})", bytes_literal(b, true))
}

fn bytes_literal(b: &[u8], escape_single: bool) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote || (escape_single && byte == b'\'') => {
                out.push('\\');
                out.push(byte as char);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => push_hex_escape(&mut out, byte as u32),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_edges() {
        assert!(!is_printable('\0'));
        assert!(is_printable(' '));
        assert!(!is_printable('\x7f'));
        assert!(!is_printable('\u{a0}'));
        assert!(is_printable('é'));
        assert!(!is_printable('\u{10ffff}'));
    }

    #[test]
    fn bytearray_escapes_single_quotes() {
        assert_eq!(bytearray_repr("bytearray", b"b'q'"), "bytearray(b\"b\\'q\\'\")");
        assert_eq!(bytearray_repr("bytearray", b"a\"'"), "bytearray(b'a\"\\'')");
        assert_eq!(bytes_repr(b"b'q'"), "b\"b'q'\"");
    }

    #[test]
    fn decimal_digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is a digit, not decimal
    }
}
