//! Text encodings for `str.encode` and `bytes.decode`: UTF-8 (and `utf-8-sig`), ASCII,
//! Latin-1, UTF-16 and UTF-32 (with and without byte order), with the error handlers `strict`,
//! `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` (encoding only), and
//! CPython's names, aliases and exception messages.
//!
//! Encoding names are normalized as CPython's `encodings.normalize_encoding` does (case, spaces,
//! hyphens) and then matched against the aliases of the codecs implemented here. A str cannot
//! hold lone surrogates, so `surrogateescape`/`surrogatepass` are not supported.

use crate::exceptions::PyErr;
use crate::PyResult;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

/// The codec called `name`, or CPython's LookupError.
pub fn lookup(name: &str) -> PyResult<Codec> {
    // normalize_encoding: runs of non-alphanumeric characters (other than '.') become one '_',
    // leading and trailing ones vanish; then lowercase.
    let mut norm = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending && !norm.is_empty() {
                norm.push('_');
            }
            pending = false;
            norm.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987"
        | "iso_ir_100" | "l1" | "latin" | "latin1" => Codec::Latin1,
        "utf_16" | "u16" | "utf16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "u32" | "utf32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        _ => return Err(PyErr::new("LookupError", format!("unknown encoding: {name}"))),
    };
    Ok(codec)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Error handlers are looked up only when an error happens (CPython accepts any name until then).
fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => return Err(PyErr::new("LookupError", format!("unknown error handler name '{errors}'"))),
    })
}

fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

fn encode_error(codec: &str, text: &str, start: usize, end: usize, reason: &str) -> PyErr {
    crate::exception_fields::codec_error("UnicodeEncodeError", codec, super::new_str(text), start, end, reason)
}

fn decode_error(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    crate::exception_fields::codec_error("UnicodeDecodeError", codec, super::new_bytes(data.to_vec()), start, end, reason)
}

/// Encodes `text`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let mut out = Vec::new();
    out.try_reserve(text.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    match codec {
        Codec::Utf8 => out.extend_from_slice(text.as_bytes()),
        Codec::Utf8Sig => {
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(text.as_bytes());
        }
        Codec::Ascii | Codec::Latin1 => {
            let (limit, name) = if codec == Codec::Ascii { (0x80, "ascii") } else { (0x100, "latin-1") };
            if text.chars().all(|c| (c as u32) < limit) {
                out.extend(text.chars().map(|c| c as u8));
                return Ok(out);
            }
            let chars: Vec<char> = text.chars().collect();
            let reason = format!("ordinal not in range({limit})");
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    out.push(c as u8);
                    i += 1;
                    continue;
                }
                // The error covers the whole run of unencodable characters.
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                match handler(errors)? {
                    Handler::Strict => return Err(encode_error(name, text, i, end, &reason)),
                    Handler::Ignore => {}
                    Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
                    Handler::BackslashReplace => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(char_escape(c).as_bytes());
                        }
                    }
                    Handler::XmlCharRefReplace => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                        }
                    }
                }
                i = end;
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut units = [0u16; 2];
            for c in text.chars() {
                for u in c.encode_utf16(&mut units).iter() {
                    out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
    }
    Ok(out)
}

/// What a decoding error handler puts in place of the bad bytes `data[start..end]`.
fn decode_replacement(out: &mut String, h: Handler, data: &[u8], start: usize, end: usize, err: impl FnOnce() -> PyErr) -> PyResult<()> {
    match h {
        Handler::Strict => return Err(err()),
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        Handler::XmlCharRefReplace => {
            return Err(PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback"));
        }
    }
    Ok(())
}

/// Decodes `data`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    // CPython answers an empty input before looking the codec up.
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = lookup(encoding)?;
    let mut out = String::new();
    out.try_reserve(data.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
    match codec {
        Codec::Utf8 => decode_utf8(data, 0, errors, &mut out, "utf-8")?,
        Codec::Utf8Sig => {
            let skip = if data.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
            decode_utf8(data, skip, errors, &mut out, "utf-8-sig")?
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_replacement(&mut out, handler(errors)?, data, i, i + 1, || {
                        decode_error("ascii", data, i, i + 1, "ordinal not in range(128)")
                    })?;
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (big, skip) = match codec {
                Codec::Utf16Be => (true, 0),
                Codec::Utf16Le => (false, 0),
                _ if data.starts_with(&[0xff, 0xfe]) => (false, 2),
                _ if data.starts_with(&[0xfe, 0xff]) => (true, 2),
                _ => (false, 0),
            };
            let name = match (codec, big) {
                (Codec::Utf16, false) | (Codec::Utf16Le, _) => "utf-16-le",
                _ => "utf-16-be",
            };
            decode_utf16(data, skip, big, errors, &mut out, name)?
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (big, skip) = match codec {
                Codec::Utf32Be => (true, 0),
                Codec::Utf32Le => (false, 0),
                _ if data.starts_with(&[0xff, 0xfe, 0, 0]) => (false, 4),
                _ if data.starts_with(&[0, 0, 0xfe, 0xff]) => (true, 4),
                _ => (false, 0),
            };
            let name = match (codec, big) {
                (Codec::Utf32, false) | (Codec::Utf32Le, _) => "utf-32-le",
                _ => "utf-32-be",
            };
            decode_utf32(data, skip, big, errors, &mut out, name)?
        }
    }
    Ok(out)
}

fn decode_utf8(data: &[u8], mut pos: usize, errors: &str, out: &mut String, name: &str) -> PyResult<()> {
    loop {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..good]).unwrap_or(""));
                // Rust's error length is the "maximal subpart" CPython reports too.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = data[good];
                        let reason = if (0xc2..=0xf4).contains(&lead) { "invalid continuation byte" } else { "invalid start byte" };
                        (good + n, reason)
                    }
                };
                decode_replacement(out, handler(errors)?, data, good, end, || decode_error(name, data, good, end, reason))?;
                pos = end;
                if pos >= data.len() {
                    return Ok(());
                }
            }
        }
    }
}

fn decode_utf16(data: &[u8], mut pos: usize, big: bool, errors: &str, out: &mut String, name: &str) -> PyResult<()> {
    let unit = |i: usize| -> u16 {
        let b = [data[i], data[i + 1]];
        if big { u16::from_be_bytes(b) } else { u16::from_le_bytes(b) }
    };
    while pos < data.len() {
        if pos + 1 >= data.len() {
            let end = data.len();
            decode_replacement(out, handler(errors)?, data, pos, end, || decode_error(name, data, pos, end, "truncated data"))?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        let bad = |reason: &'static str, end: usize| (reason, end);
        let (reason, end) = if u >= 0xdc00 {
            bad("illegal encoding", pos + 2)
        } else if pos + 3 >= data.len() {
            bad("unexpected end of data", data.len())
        } else {
            let low = unit(pos + 2);
            if (0xdc00..0xe000).contains(&low) {
                let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                pos += 4;
                continue;
            }
            bad("illegal UTF-16 surrogate", pos + 2)
        };
        let start = pos;
        decode_replacement(out, handler(errors)?, data, start, end, || decode_error(name, data, start, end, reason))?;
        pos = end;
    }
    Ok(())
}

fn decode_utf32(data: &[u8], mut pos: usize, big: bool, errors: &str, out: &mut String, name: &str) -> PyResult<()> {
    while pos < data.len() {
        let start = pos;
        if pos + 3 >= data.len() {
            let end = data.len();
            decode_replacement(out, handler(errors)?, data, start, end, || decode_error(name, data, start, end, "truncated data"))?;
            break;
        }
        let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let cp = if big { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
        pos += 4;
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                let reason = if cp < 0x110000 {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                decode_replacement(out, handler(errors)?, data, start, pos, || decode_error(name, data, start, pos, reason))?;
            }
        }
    }
    Ok(())
}
