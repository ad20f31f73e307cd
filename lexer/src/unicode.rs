//! Unicode helpers that must agree with CPython: printability (for `repr()` and for the
//! "invalid non-printable character" message) and Python's `repr()` of a str.

use crate::unicode_exclusions::{NOT_XID_CONTINUE_IN_CPYTHON, NOT_XID_START_IN_CPYTHON};
use crate::unicode_tables::NON_PRINTABLE;

fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    ranges
        .binary_search_by(|&(a, b)| {
            if cp < a {
                std::cmp::Ordering::Greater
            } else if cp > b {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether CPython 3.14 accepts `c` as the first character of an identifier (XID_Start or `_`
/// in its Unicode version, 16.0): `unicode-ident`'s XID_Start less the characters Unicode added
/// after 16.0.
pub fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    unicode_ident::is_xid_start(c) && !in_ranges(NOT_XID_START_IN_CPYTHON, c as u32)
}

/// Whether CPython 3.14 accepts `c` after the first character of an identifier (XID_Continue),
/// as `is_identifier_start` from `unicode-ident`.
pub fn is_identifier_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    unicode_ident::is_xid_continue(c) && !in_ranges(NOT_XID_CONTINUE_IN_CPYTHON, c as u32)
}

/// The name an identifier denotes: its NFKC normalisation (PEP 3131), as CPython's parser
/// computes it (`ｆｏｏ` is `foo`). ASCII names are returned as they are.
pub fn normalize_identifier(name: &str) -> std::borrow::Cow<'_, str> {
    if name.is_ascii() {
        return std::borrow::Cow::Borrowed(name);
    }
    use unicode_normalization::UnicodeNormalization;
    std::borrow::Cow::Owned(name.nfkc().collect())
}

/// `str.isprintable()` for one character, from CPython 3.14's Unicode database.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if (0x20..0x7F).contains(&cp) {
        return true;
    }
    !in_ranges(NON_PRINTABLE, cp)
}

/// Appends Python's `repr(s)` of a str to `out`.
pub fn python_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7F => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7F => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp <= 0xFF {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp <= 0xFFFF {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(s: &str) -> String {
        let mut out = String::new();
        python_repr(s, &mut out);
        out
    }

    #[test]
    fn repr_matches_python() {
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr("a'b"), "\"a'b\"");
        assert_eq!(repr("a'b\""), "'a\\'b\"'");
        assert_eq!(repr("\\\n\t\r\x0c\x7f"), "'\\\\\\n\\t\\r\\x0c\\x7f'");
        assert_eq!(repr("é€\u{a0}\u{200b}\u{10ffff}"), "'é€\\xa0\\u200b\\U0010ffff'");
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize_identifier("ｆｏｏ"), "foo");
        assert_eq!(normalize_identifier("ﬁx"), "fix");
        assert_eq!(normalize_identifier("abc"), "abc");
    }

    #[test]
    fn identifiers() {
        // Checked with CPython 3.14's str.isidentifier().
        assert!(is_identifier_start('ｆ'));
        assert!(is_identifier_start('℘'));
        assert!(is_identifier_start('ﬁ'));
        assert!(!is_identifier_start('＿')); // fullwidth low line: NFKC gives '_', but not XID_Start
        assert!(is_identifier_continue('·'));
        assert!(is_identifier_continue('\u{300}'));
        assert!(!is_identifier_start('€'));
        assert!(!is_identifier_continue('\u{558}')); // assigned only in Unicode 17
    }

    #[test]
    fn identifier_tables_match_cpython() {
        // unicode-ident plus the exclusions must say exactly what CPython 3.14's database says.
        use crate::unicode_tables::{ID_CONTINUE, ID_START};
        for cp in 0x80..0x110000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(is_identifier_start(c), in_ranges(ID_START, cp), "XID_Start U+{cp:04X}");
                assert_eq!(is_identifier_continue(c), in_ranges(ID_CONTINUE, cp), "XID_Continue U+{cp:04X}");
            }
        }
    }

    #[test]
    fn printable() {
        assert!(is_printable(' '));
        assert!(is_printable('€'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{7f}'));
        assert!(!is_printable('\u{2028}'));
    }
}
