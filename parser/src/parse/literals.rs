//! Literal values: numbers and the escape sequences of string and bytes literals, decoded as
//! CPython decodes them (including its error messages for bad escapes).

use num_bigint::BigInt;
use num_traits::Num;

use crate::ast::{Constant, Int};

/// The value of a NUMBER token's text.
pub fn number_value(text: &str) -> Option<Constant> {
    let clean: std::borrow::Cow<str> = if text.contains('_') { text.replace('_', "").into() } else { text.into() };
    let t = clean.as_ref();
    let bytes = t.as_bytes();
    if let Some(imag) = t.strip_suffix(['j', 'J']) {
        return imag.parse::<f64>().ok().map(|v| Constant::Complex { real: 0.0, imag: v });
    }
    let radix = match bytes.get(..2) {
        Some([b'0', b'x' | b'X']) => Some(16),
        Some([b'0', b'o' | b'O']) => Some(8),
        Some([b'0', b'b' | b'B']) => Some(2),
        _ => None,
    };
    if let Some(radix) = radix {
        let digits = &t[2..];
        return Some(Constant::Int(match i64::from_str_radix(digits, radix) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::from_bigint(BigInt::from_str_radix(digits, radix).ok()?),
        }));
    }
    if t.contains(['.', 'e', 'E']) {
        return t.parse::<f64>().ok().map(Constant::Float);
    }
    Some(Constant::Int(match t.parse::<i64>() {
        Ok(v) => Int::Small(v),
        Err(_) => Int::from_bigint(t.parse::<BigInt>().ok()?),
    }))
}

/// How a string literal's prefix asks its body to be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StringFlags {
    pub raw: bool,
    pub bytes: bool,
    pub unicode: bool,
    pub format: bool,
    pub template: bool,
}

/// Splits a string token's text into its flags, the quote length (1 or 3) and its body.
pub fn split_string_token(text: &str) -> (StringFlags, usize, &str) {
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let mut flags = StringFlags::default();
    for c in text[..prefix_len].chars() {
        match c.to_ascii_lowercase() {
            'r' => flags.raw = true,
            'b' => flags.bytes = true,
            'u' => flags.unicode = true,
            'f' => flags.format = true,
            't' => flags.template = true,
            _ => {}
        }
    }
    let rest = &text[prefix_len..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) { 3 } else { 1 };
    let body_end = rest.len().saturating_sub(quote_len).max(quote_len);
    (flags, quote_len, &rest[quote_len..body_end])
}

/// Why an escape sequence could not be decoded: CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscapeError(pub String);

/// What a literal's body decodes to: str escapes include `\u`, `\U` and `\N{...}`; bytes
/// escapes do not, and an octal escape keeps its low byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Str,
    Bytes,
}

/// Decodes the body of a str literal (or an f-string's literal part) to code points.
/// Newlines in the source (`\r\n`, `\r`) read as `\n`, as CPython's tokenizer translates them.
pub fn decode_str(body: &str, raw: bool) -> Result<Vec<u32>, EscapeError> {
    let mut out = Vec::with_capacity(body.len());
    decode(body, raw, Target::Str, &mut |c| out.push(c))?;
    Ok(out)
}

/// Decodes the body of a bytes literal. Non-ASCII characters are an error the caller reports.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    let mut out = Vec::with_capacity(body.len());
    decode(body, raw, Target::Bytes, &mut |c| out.push(c as u8))?;
    Ok(out)
}

/// The escape decoder shared by str and bytes literals. Error positions count bytes of the
/// body, as CPython's decoders do.
fn decode(body: &str, raw: bool, target: Target, push: &mut dyn FnMut(u32)) -> Result<(), EscapeError> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            push('\n' as u32);
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            // In a raw literal a backslash and what follows it are both kept as written.
            if target == Target::Str {
                let ch = body[i..].chars().next().unwrap_or('\u{fffd}');
                push(ch as u32);
                i += ch.len_utf8();
            } else {
                push(c as u32);
                i += 1;
            }
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            push('\\' as u32);
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => push(e as u32),
            b'a' => push(7),
            b'b' => push(8),
            b'f' => push(12),
            b'n' => push(10),
            b'r' => push(13),
            b't' => push(9),
            b'v' => push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                push(if target == Target::Bytes { v & 0xff } else { v });
            }
            b'x' if target == Target::Bytes => {
                let digits = b[i..].iter().take(2).take_while(|c| c.is_ascii_hexdigit()).count();
                if digits < 2 {
                    return Err(EscapeError(format!("(value error) invalid \\x escape at position {start}")));
                }
                push(u32::from_str_radix(&body[i..i + 2], 16).unwrap_or(0));
                i += 2;
            }
            b'x' | b'u' | b'U' if target == Target::Str => {
                let (len, name) = match e {
                    b'x' => (2, "\\xXX"),
                    b'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let digits = body.get(i..).unwrap_or("").chars().take(len).take_while(|c| c.is_ascii_hexdigit()).count();
                if digits < len {
                    let end = start + 1 + digits;
                    return Err(EscapeError(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: truncated {name} escape"
                    )));
                }
                let v = u32::from_str_radix(&body[i..i + len], 16).unwrap_or(0);
                if v > 0x10ffff {
                    let end = start + 1 + len;
                    return Err(EscapeError(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: illegal Unicode character"
                    )));
                }
                push(v);
                i += len;
            }
            b'N' if target == Target::Str => {
                let rest = &body[i..];
                let name = rest.strip_prefix('{').and_then(|r| r.find('}').map(|end| &r[..end]));
                match name.and_then(|n| unicode_names2::character(n).map(|c| (n, c))) {
                    Some((n, ch)) => {
                        push(ch as u32);
                        i += n.len() + 2;
                    }
                    None => {
                        let end = match name {
                            Some(n) => start + 1 + n.chars().count() + 2,
                            None => start + 1 + if rest.starts_with('{') { rest.chars().count() } else { 0 },
                        };
                        let what = if name.is_some() { "unknown Unicode character name" } else { "malformed \\N character escape" };
                        return Err(EscapeError(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
                        )));
                    }
                }
            }
            _ => {
                // Unknown escapes keep the backslash (CPython warns; the value is unchanged).
                push('\\' as u32);
                i -= 1;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(body: &str) -> String {
        decode_str(body, false).unwrap().into_iter().map(|c| char::from_u32(c).unwrap()).collect()
    }

    #[test]
    fn escapes() {
        assert_eq!(s(r"a\nb\t\\\'"), "a\nb\t\\'");
        assert_eq!(s(r"\x41\101\u00e9\U0001F600"), "AAé😀");
        assert_eq!(s(r"\N{LATIN SMALL LETTER A}\d"), "a\\d");
        assert_eq!(s("a\\\nb"), "ab");
        assert_eq!(s("a\r\nb"), "a\nb");
        assert_eq!(decode_str(r"\ud800", false).unwrap(), vec![0xd800]);
        assert_eq!(decode_bytes(r"\x00\xff\n", false).unwrap(), vec![0, 255, 10]);
        assert!(decode_str(r"\x4", false).is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(number_value("0x_ff"), Some(Constant::Int(Int::Small(255))));
        assert_eq!(number_value("1_000"), Some(Constant::Int(Int::Small(1000))));
        assert_eq!(number_value("1e3"), Some(Constant::Float(1000.0)));
        assert_eq!(number_value("0e0"), Some(Constant::Float(0.0)));
        assert_eq!(number_value("0E-3"), Some(Constant::Float(0.0)));
        assert_eq!(number_value("0_0"), Some(Constant::Int(Int::Small(0))));
        assert_eq!(number_value("1.5j"), Some(Constant::Complex { real: 0.0, imag: 1.5 }));
        assert_eq!(number_value("99999999999999999999").map(|c| format!("{c:?}").contains("Big")), Some(true));
    }
}
