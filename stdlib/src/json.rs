//! `_json`: the hot loops under the `json` package (`lib/json/`): scanning JSON string literals
//! and numbers, skipping whitespace, and escaping str for output. The package's Python code
//! drives them and turns the error tuples they return into `json.JSONDecodeError`s (the
//! exception class lives in Python, so the native side reports `(None, message, position)`).
//!
//! Positions are Python str indexes (code points); the scanners work on UTF-8 byte offsets and
//! convert at the boundary.

use std::fmt::Write;

use ophis_vm::builtins::{new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::object::ObjRef;
use ophis_vm::str::PyStr;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("scanstring_raw", scanstring_raw),
            ("scan_number", scan_number),
            ("skip_whitespace", skip_whitespace),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
        ],
    );
    Ok(())
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, func: &str) -> PyResult<&'a PyStr> {
    v.as_pystr().ok_or_else(|| PyErr::type_error(format!("{func}() argument 1 must be str, not {}", vm.type_name(v))))
}

/// A char index argument clamped to the string, as a byte offset (None when past the end).
fn byte_pos(vm: &mut Vm, s: &PyStr, v: &Value) -> PyResult<Option<usize>> {
    let i = vm.index_value(v)?;
    if i < 0 || i as usize > s.char_len() {
        return Ok(None);
    }
    Ok(Some(if s.is_ascii() { i as usize } else { s.byte_offset(i as usize) }))
}

fn char_pos(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

fn error(text: &str, msg: &str, byte: usize) -> Value {
    new_tuple(vec![Value::None, new_str(msg), Value::Int(char_pos(text, byte))])
}

/// `scanstring_raw(s, end, strict)`: decodes the string literal whose opening quote is at
/// `end - 1`; returns `(text, index after the closing quote)` or `(None, message, position)`.
fn scanstring_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args::range(&args, "scanstring_raw", 2, 3)?;
    let s = str_arg(vm, &pos[0], "scanstring")?;
    let strict = match pos.get(2) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let text = s.as_str();
    let Some(start) = byte_pos(vm, s, &pos[1])? else {
        return Err(PyErr::value_error("end is out of bounds"));
    };
    let quote = start.saturating_sub(1);
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut i = start;
    loop {
        // Copy the run of ordinary characters at once.
        let run = i;
        while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\\' && (bytes[i] >= 0x20 || !strict) {
            i += 1;
        }
        out.push_str(&text[run..i]);
        if i >= bytes.len() {
            return Ok(error(text, "Unterminated string starting at", quote));
        }
        match bytes[i] {
            b'"' => break,
            b'\\' => {}
            _ => return Ok(error(text, "Invalid control character at", i)),
        }
        let Some(&esc) = bytes.get(i + 1) else {
            return Ok(error(text, "Unterminated string starting at", quote));
        };
        let simple = match esc {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            i += 2;
            continue;
        }
        if esc != b'u' {
            return Ok(error(text, "Invalid \\escape", i));
        }
        let Some(unit) = hex4(bytes, i + 2) else {
            return Ok(error(text, "Invalid \\uXXXX escape", i + 1));
        };
        i += 6;
        let mut code = unit;
        if (0xd800..0xdc00).contains(&unit) && bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'u') {
            if let Some(low) = hex4(bytes, i + 2) {
                if (0xdc00..0xe000).contains(&low) {
                    code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
        }
        match char::from_u32(code) {
            Some(c) => out.push(c),
            None => return Err(PyErr::value_error("ophis cannot represent lone surrogates in str yet")),
        }
    }
    let end = char_pos(text, i + 1);
    Ok(new_tuple(vec![new_str(out), Value::Int(end)]))
}

fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 4)?;
    let mut v = 0u32;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// `scan_number(s, idx)`: matches `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` at `idx`;
/// returns `(integer, fraction or None, exponent or None, end)` or None.
fn scan_number(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args::range(&args, "scan_number", 2, 2)?;
    let s = str_arg(vm, &pos[0], "scan_number")?;
    let text = s.as_str();
    let Some(start) = byte_pos(vm, s, &pos[1])? else { return Ok(Value::None) };
    let b = text.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = start;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => i = digits_from(i + 1),
        _ => return Ok(Value::None),
    }
    let int_end = i;
    let mut frac = Value::None;
    if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        let end = digits_from(i + 1);
        frac = new_str(&text[i..end]);
        i = end;
    }
    let mut exp = Value::None;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            let end = digits_from(j);
            exp = new_str(&text[i..end]);
            i = end;
        }
    }
    let end = if s.is_ascii() { i as i64 } else { char_pos(text, i) };
    Ok(new_tuple(vec![new_str(&text[start..int_end]), frac, exp, Value::Int(end)]))
}

/// `skip_whitespace(s, idx)`: the index of the first non-JSON-whitespace character from `idx`.
fn skip_whitespace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args::range(&args, "skip_whitespace", 2, 2)?;
    let s = str_arg(vm, &pos[0], "skip_whitespace")?;
    let idx = vm.index_value(&pos[1])?;
    let Some(start) = byte_pos(vm, s, &pos[1])? else { return Ok(Value::Int(idx)) };
    let b = s.as_str().as_bytes();
    let mut i = start;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    Ok(Value::Int(idx + (i - start) as i64))
}

fn encode(vm: &mut Vm, args: Args, name: &str, ascii: bool) -> PyResult<Value> {
    let v = args::one(&args, name)?;
    let s = v.as_str().ok_or_else(|| PyErr::type_error(format!("first argument must be a string, not {}", vm.type_name(v))))?;
    let mut out = String::new();
    out.try_reserve(s.len() + 2).map_err(|_| PyErr::new("MemoryError", ""))?;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let code = c as u32;
                if code >= 0x10000 {
                    let v = code - 0x10000;
                    let _ = write!(out, "\\u{:04x}\\u{:04x}", 0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff));
                } else {
                    let _ = write!(out, "\\u{code:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    Ok(new_str(out))
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode(vm, args, "encode_basestring_ascii", true)
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode(vm, args, "encode_basestring", false)
}
