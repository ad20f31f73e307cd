//! Text helpers shared by the number parsers: CPython's mapping of Unicode digits and spaces to ASCII before
//! `int()`/`float()` parse a str, and a Python-compatible `repr` of the argument for their error messages.

/// The first code point (digit zero) of every run of ten Unicode decimal digits (characters with a decimal
/// value), from Unicode 16.0 as CPython 3.14's `unicodedata` reports it (`unicodedata.decimal(c) == 0`). Every
/// such run holds the digits 0..9 in order.
const DECIMAL_ZEROS: [u32; 76] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The non-ASCII characters for which Python's `str.isspace()` is true.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

/// The decimal value of a Unicode decimal digit (`unicodedata.decimal`), e.g. 3 for '٣'.
pub fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    let index = DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = *DECIMAL_ZEROS.get(index.checked_sub(1)?)?;
    (code - zero < 10).then_some(code - zero)
}

fn is_non_ascii_space(code: u32) -> bool {
    NON_ASCII_SPACES.contains(&code)
}

/// What `int()` and `float()` parse for a str argument (CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`):
/// ASCII stays as it is, other whitespace becomes ' ', other decimal digits become their ASCII digit, and any
/// other character becomes '?', which no parser accepts.
pub fn numeric_ascii(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            let code = c as u32;
            if code < 128 {
                code as u8
            } else if is_non_ascii_space(code) {
                b' '
            } else if let Some(digit) = decimal_value(c) {
                b'0' + digit as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// C's `isspace` in the "C" locale, which CPython's number parsers use on their ASCII input.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Whether `repr` shows a non-ASCII character as itself. Python asks the Unicode database (not printable:
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs); this approximation knows the controls, format characters,
/// separators and private-use areas but treats every unassigned code point as printable. The VM can pass its own
/// exact repr to the parsers instead.
fn is_printable_non_ascii(code: u32) -> bool {
    const NOT_PRINTABLE: [(u32, u32); 22] = [
        (0x80, 0xA0),
        (0xAD, 0xAD),
        (0x600, 0x605),
        (0x61C, 0x61C),
        (0x6DD, 0x6DD),
        (0x70F, 0x70F),
        (0x1680, 0x1680),
        (0x180E, 0x180E),
        (0x2000, 0x200F),
        (0x2028, 0x202F),
        (0x205F, 0x2064),
        (0x2066, 0x206F),
        (0x3000, 0x3000),
        (0xD800, 0xF8FF),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0xFFFE, 0xFFFF),
        (0x110BD, 0x110BD),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0000, 0xE0FFF),
        (0xF0000, 0x10FFFF),
    ];
    !NOT_PRINTABLE
        .iter()
        .any(|&(low, high)| (low..=high).contains(&code))
}

/// Python's `repr()` of a str: quotes chosen as Python chooses them, backslash escapes for non-printables.
/// Exact for ASCII; for other characters it approximates `str.isprintable()`: controls, format characters,
/// separators and private use are escaped, unassigned code points are not.
pub fn repr_str(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        let code = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if code < 0x20 || code == 0x7F => out.push_str(&format!("\\x{code:02x}")),
            _ if code < 0x7F => out.push(c),
            _ if is_printable_non_ascii(code) => out.push(c),
            _ if code <= 0xFF => out.push_str(&format!("\\x{code:02x}")),
            _ if code <= 0xFFFF => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a bytes object: `b'...'`.
pub fn repr_bytes(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7E => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The first `limit` characters of `text` (CPython's `%.200R` cuts the repr itself, closing quote included).
pub(crate) fn truncate_chars(text: String, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((cut, _)) => text[..cut].to_string(),
        None => text,
    }
}
