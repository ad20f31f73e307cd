//! Character classification and case mapping as the regular-expression engine sees them:
//! `\w` is `str.isalnum()` or `_`, `\d` is `str.isdecimal()`, `\s` is `str.isspace()` (the VM's
//! tables), ASCII variants for bytes patterns and the ASCII flag, and the simple (one code
//! point) case mappings of `case_tables.rs` used by IGNORECASE.

use ophis_vm::builtins::unicode;

use super::ast::Category;
use super::case_tables;

/// How characters are classified and case-folded: the pattern's flags decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// str patterns without the ASCII flag.
    Unicode,
    /// bytes patterns and the ASCII flag (LOCALE is treated as the C locale, i.e. ASCII).
    Ascii,
}

pub fn is_ascii_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn is_word(c: u32, mode: Mode) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    mode == Mode::Unicode && as_char(c).is_some_and(unicode::is_alnum)
}

pub fn is_digit(c: u32, mode: Mode) -> bool {
    if c < 128 {
        return is_ascii_digit(c);
    }
    mode == Mode::Unicode && as_char(c).is_some_and(unicode::is_decimal)
}

pub fn is_space(c: u32, mode: Mode) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (mode == Mode::Unicode && (0x1c..=0x1f).contains(&c));
    }
    mode == Mode::Unicode && as_char(c).is_some_and(unicode::is_space)
}

pub fn in_category(cat: Category, c: u32, mode: Mode) -> bool {
    match cat {
        Category::Digit => is_digit(c, mode),
        Category::NotDigit => !is_digit(c, mode),
        Category::Space => is_space(c, mode),
        Category::NotSpace => !is_space(c, mode),
        Category::Word => is_word(c, mode),
        Category::NotWord => !is_word(c, mode),
    }
}

fn lookup(table: &[(u32, u32)], c: u32) -> u32 {
    match table.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => table[i].1,
        Err(_) => c,
    }
}

pub fn lower(c: u32, mode: Mode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    match mode {
        Mode::Unicode => lookup(case_tables::LOWER, c),
        Mode::Ascii => c,
    }
}

pub fn upper(c: u32, mode: Mode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    match mode {
        Mode::Unicode => lookup(case_tables::UPPER, c),
        Mode::Ascii => c,
    }
}

/// Whether case-insensitive matching can change how `c` matches.
pub fn is_cased(c: u32, mode: Mode) -> bool {
    lower(c, mode) != c || upper(c, mode) != c
}

/// Other lowercase letters sharing an uppercase form with the lowercase letter `c` (`s`: `ſ`).
pub fn extra_cases(c: u32, mode: Mode) -> &'static [u32] {
    if mode != Mode::Unicode {
        return &[];
    }
    match case_tables::EXTRA.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => case_tables::EXTRA[i].1,
        Err(_) => &[],
    }
}

/// Python's `repr()` of a str (quotes chosen as Python does, control characters escaped).
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
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
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
