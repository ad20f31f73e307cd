//! Source bytes to text: the UTF-8 byte order mark and PEP 263 coding declarations.
//!
//! Supported encodings: UTF-8 (`utf-8`, `utf8`, `u8`, `utf_8`, `cp65001`, ...), Latin-1
//! (`latin-1`, `iso-8859-1`, `latin1`, `l1`, `iso8859-1`, ...), ASCII (`ascii`, `us-ascii`,
//! `646`, ...) and Windows-1252 (`cp1252`, `windows-1252`) by hand; through `encoding_rs`, the
//! other ISO-8859 parts, KOI8-R/U, the other Windows code pages, CP866 and the common CJK codecs
//! (Shift JIS, EUC-JP, GBK, GB18030, Big5, EUC-KR). Any other declared encoding gives
//! "unknown encoding: NAME".
//!
//! Errors are those `compile(source_bytes, filename, 'exec')` raises in CPython 3.14 (it has no
//! file name to mention, unlike running a file). Their `range` is a byte range in the *input
//! bytes* (the text could not be decoded); "unknown encoding" has CPython line 0 and no column.

use std::borrow::Cow;

use crate::error::LexError;
use crate::token::TextRange;

const PEP263: &str = "see https://peps.python.org/pep-0263/ for details";

/// The encodings we can decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Cp1252,
    /// Another codec, decoded by `encoding_rs`: only those whose WHATWG definition agrees with
    /// Python's codec of the same name (see `lookup`).
    Other(&'static encoding_rs::Encoding),
}

/// Result of encoding detection: the codec, the name `tokenize` reports (`ENCODING` token), and
/// where the text starts (after a BOM).
pub(crate) struct Detected {
    codec: Codec,
    pub tokenize_name: String,
    bom: bool,
}

/// Source bytes to text: UTF-8 BOM, PEP 263 coding declaration on line 1 or 2.
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, LexError> {
    let d = detect_encoding(bytes)?;
    decode_with(bytes, &d)
}

/// The first (up to) two lines, each with its line ending.
fn first_lines(bytes: &[u8]) -> (&[u8], &[u8]) {
    let end1 = line_end(bytes, 0);
    let end2 = line_end(bytes, end1);
    (&bytes[..end1], &bytes[end1..end2])
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    match bytes[from..].iter().position(|&c| c == b'\n') {
        Some(p) => from + p + 1,
        None => bytes.len(),
    }
}

/// CPython's `get_coding_spec`: the line must be a comment (after optional whitespace); the
/// first `coding[:=]` followed by optional blanks and at least one `[A-Za-z0-9_.-]` names the
/// encoding.
fn coding_spec(line: &[u8]) -> Option<&[u8]> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    while i + 6 <= line.len() {
        if &line[i..i + 6] == b"coding" {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while line
                    .get(t)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_' || c == b'.')
                {
                    t += 1;
                }
                if t > begin {
                    return Some(&line[begin..t]);
                }
            }
        }
        i += 1;
    }
    None
}

/// Whether `tokenize.detect_encoding` stops after this first line: it has a coding declaration
/// or is neither blank nor a comment.
pub(crate) fn first_line_is_final(line: &[u8]) -> bool {
    coding_spec(line).is_some() || !is_blank_or_comment(line)
}

/// Whether a line is blank or a comment (CPython only looks at line 2 then).
fn is_blank_or_comment(line: &[u8]) -> bool {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    matches!(line.get(i), None | Some(b'#' | b'\r' | b'\n'))
}

/// CPython's `get_normal_name`: the first 12 characters, lowercased, `_` as `-`.
fn normal_name(orig: &str) -> String {
    let head: String = orig.chars().take(12).collect::<String>().to_ascii_lowercase().replace('_', "-");
    if head == "utf-8" || head.starts_with("utf-8-") {
        return "utf-8".into();
    }
    if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&head.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"].iter().any(|p| head.starts_with(p))
    {
        return "iso-8859-1".into();
    }
    orig.to_string()
}

/// Python's codec lookup for the codecs we support (names normalised as `codecs.lookup` does).
fn lookup(name: &str) -> Option<Codec> {
    let n: String = name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Some(Codec::Utf8),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1:1987" | "csisolatin1" | "ibm819" => Some(Codec::Latin1),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv:1991" | "iso_ir_6" | "us" => {
            Some(Codec::Ascii)
        }
        "cp1252" | "windows_1252" | "1252" => Some(Codec::Cp1252),
        other => other_codec(other).map(Codec::Other),
    }
}

/// Python codec names (normalised) for which `encoding_rs` decodes as Python does. Latin-1 is
/// not here: WHATWG reads that label as windows-1252.
fn other_codec(name: &str) -> Option<&'static encoding_rs::Encoding> {
    use encoding_rs::*;
    Some(match name {
        "koi8_r" | "cskoi8r" => KOI8_R,
        "koi8_u" => KOI8_U,
        "iso8859_2" | "iso_8859_2" | "latin2" | "l2" => ISO_8859_2,
        "iso8859_3" | "iso_8859_3" | "latin3" | "l3" => ISO_8859_3,
        "iso8859_4" | "iso_8859_4" | "latin4" | "l4" => ISO_8859_4,
        "iso8859_5" | "iso_8859_5" | "cyrillic" => ISO_8859_5,
        "iso8859_6" | "iso_8859_6" | "arabic" => ISO_8859_6,
        "iso8859_7" | "iso_8859_7" | "greek" | "greek8" => ISO_8859_7,
        "iso8859_8" | "iso_8859_8" | "hebrew" => ISO_8859_8,
        "iso8859_10" | "iso_8859_10" | "latin6" | "l6" => ISO_8859_10,
        "iso8859_13" | "iso_8859_13" | "latin7" | "l7" => ISO_8859_13,
        "iso8859_14" | "iso_8859_14" | "latin8" | "l8" => ISO_8859_14,
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" => ISO_8859_15,
        "iso8859_16" | "iso_8859_16" | "latin10" | "l10" => ISO_8859_16,
        "cp1250" | "windows_1250" => WINDOWS_1250,
        "cp1251" | "windows_1251" => WINDOWS_1251,
        "cp1253" | "windows_1253" => WINDOWS_1253,
        "cp1254" | "windows_1254" => WINDOWS_1254,
        "cp1255" | "windows_1255" => WINDOWS_1255,
        "cp1256" | "windows_1256" => WINDOWS_1256,
        "cp1257" | "windows_1257" => WINDOWS_1257,
        "cp1258" | "windows_1258" => WINDOWS_1258,
        "cp866" | "866" | "ibm866" => IBM866,
        "shift_jis" | "sjis" | "s_jis" | "csshiftjis" | "cp932" | "ms932" | "mskanji" | "ms_kanji" => SHIFT_JIS,
        "euc_jp" | "eucjp" | "ujis" | "u_jis" => EUC_JP,
        "gbk" | "cp936" | "ms936" | "936" | "gb2312" | "chinese" | "euc_cn" | "euccn" => GBK,
        "gb18030" | "gb18030_2000" => GB18030,
        "big5" | "big5_tw" | "csbig5" => BIG5,
        "euc_kr" | "euckr" | "korean" | "ksc5601" | "ks_c_5601" | "ks_c_5601_1987" | "ksx1001" | "ks_x_1001" => EUC_KR,
        _ => return None,
    })
}

pub(crate) fn detect_encoding(bytes: &[u8]) -> Result<Detected, LexError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let body = if bom { &bytes[3..] } else { bytes };
    let (l1, l2) = first_lines(body);
    let spec = match coding_spec(l1) {
        Some(s) => Some(s),
        None if is_blank_or_comment(l1) => coding_spec(l2),
        None => None,
    };
    let Some(spec) = spec else {
        return Ok(Detected { codec: Codec::Utf8, tokenize_name: "utf-8".into(), bom });
    };
    let spec = String::from_utf8_lossy(spec).into_owned();
    let name = normal_name(&spec);
    let Some(codec) = lookup(&name) else {
        return Err(LexError::syntax(format!("unknown encoding: {name}"), TextRange::empty(0)));
    };
    // CPython accepts a BOM only with a declaration whose normal name is exactly `utf-8`.
    if bom && name != "utf-8" {
        let end = line_end(body, 0) as u32;
        return Err(LexError::syntax(
            format!("encoding problem: {name} with BOM"),
            TextRange::new(3, 3 + end),
        ));
    }
    Ok(Detected { codec, tokenize_name: name, bom })
}

pub(crate) fn decode_with<'a>(bytes: &'a [u8], d: &Detected) -> Result<Cow<'a, str>, LexError> {
    let body = if d.bom { &bytes[3..] } else { bytes };
    let base = if d.bom { 3 } else { 0 };
    let text: Cow<'a, str> = match d.codec {
        Codec::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Cow::Borrowed(s),
            Err(e) => {
                let at = e.valid_up_to();
                return Err(non_utf8_error(body, at, base));
            }
        },
        Codec::Latin1 => Cow::Owned(body.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            if let Some(p) = body.iter().position(|&c| c >= 0x80) {
                return Err(LexError::syntax(
                    format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)",
                        body[p]
                    ),
                    TextRange::empty((base + p) as u32),
                ));
            }
            Cow::Borrowed(std::str::from_utf8(body).expect("ASCII is UTF-8"))
        }
        Codec::Cp1252 => {
            let mut s = String::with_capacity(body.len());
            for (p, &c) in body.iter().enumerate() {
                match cp1252(c) {
                    Some(ch) => s.push(ch),
                    None => {
                        return Err(LexError::syntax(
                            format!(
                                "'charmap' codec can't decode byte 0x{c:02x} in position {p}: character maps to <undefined>"
                            ),
                            TextRange::empty((base + p) as u32),
                        ));
                    }
                }
            }
            Cow::Owned(s)
        }
        Codec::Other(encoding) => match encoding.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => text,
            None => {
                return Err(LexError::syntax(
                    format!("(unicode error) '{}' codec can't decode the source", d.tokenize_name),
                    TextRange::empty(base as u32),
                ));
            }
        },
    };
    if let Some(p) = text.find('\0') {
        return Err(LexError::syntax(
            "source code string cannot contain null bytes",
            TextRange::empty(p as u32),
        ));
    }
    Ok(text)
}

fn non_utf8_error(body: &[u8], at: usize, base: usize) -> LexError {
    let line = body[..at].iter().filter(|&&c| c == b'\n').count() + 1;
    LexError::syntax(
        format!(
            "Non-UTF-8 code starting with '\\x{:02x}' on line {line}, but no encoding declared; {PEP263}",
            body[at]
        ),
        TextRange::empty((base + at) as u32),
    )
}

/// Windows-1252 to Unicode (None for the five undefined bytes).
fn cp1252(c: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match c {
        0x80..=0x9F => match HIGH[(c - 0x80) as usize] {
            0 => None,
            u => char::from_u32(u as u32),
        },
        _ => Some(c as char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_default_and_bom() {
        assert_eq!(decode_source(b"x = 1\n").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"\xEF\xBB\xBFx = 1\n").unwrap(), "x = 1\n");
    }

    #[test]
    fn latin1_cookie() {
        let s = decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n").unwrap();
        assert_eq!(s, "# -*- coding: latin-1 -*-\nx = 'é'\n");
        let s = decode_source(b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\n'\xe9'\n").unwrap();
        assert!(s.ends_with("'é'\n"));
        // A cookie on line 2 only counts when line 1 is blank or a comment.
        assert!(decode_source(b"x = 1\n# coding: latin-1\n'\xe9'\n").is_err());
    }

    #[test]
    fn errors() {
        let e = decode_source(b"x = 1\n\xff\n").unwrap_err();
        assert_eq!(
            e.message,
            "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(decode_source(b"# coding: foo\n").unwrap_err().message, "unknown encoding: foo");
        assert_eq!(
            decode_source(b"\xEF\xBB\xBF# coding: latin-1\n").unwrap_err().message,
            "encoding problem: iso-8859-1 with BOM"
        );
        assert_eq!(
            decode_source(b"x\0\n").unwrap_err().message,
            "source code string cannot contain null bytes"
        );
        assert_eq!(
            decode_source(b"#!/bin/sh\n# vim: set fileencoding=ascii :\nx = '\xe9'\n").unwrap_err().message,
            "'ascii' codec can't decode byte 0xe9 in position 47: ordinal not in range(128)"
        );
    }
}
