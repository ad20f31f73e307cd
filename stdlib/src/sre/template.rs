//! Replacement templates of `sub()`/`expand()`: `\1`, `\g<name>`, `\g<0>`, escapes and octal
//! codes, with CPython's errors (reported against the template, as `re.error`).

use super::ast::MAXGROUPS;
use super::parse::ParseError;
use super::text::py_repr;

/// One piece of a parsed template.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Literal code points (Latin-1 values for bytes templates).
    Literal(Vec<u32>),
    Group(usize),
}

pub enum TemplateError {
    /// `re.error(msg, template, pos)`.
    Syntax(ParseError),
    /// IndexError with a message.
    Index(String),
}

fn syntax(msg: String, pos: usize) -> TemplateError {
    TemplateError::Syntax(ParseError::Syntax { msg, pos: Some(pos) })
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

fn is_oct(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}

fn text_of(cs: &[u32]) -> String {
    cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
}

/// Parses `template` for a pattern with `groups` groups (not counting group 0) and `names`.
pub fn parse(template: &[u32], is_text: bool, groups: usize, names: &[(String, usize)]) -> Result<Vec<Piece>, TemplateError> {
    let mut out: Vec<Piece> = Vec::new();
    let mut literal: Vec<u32> = Vec::new();
    let mut i = 0;
    let n = template.len();
    let flush = |out: &mut Vec<Piece>, literal: &mut Vec<u32>| {
        if !literal.is_empty() {
            out.push(Piece::Literal(std::mem::take(literal)));
        }
    };
    let error_msg = |msg: String| -> String {
        if is_text { msg } else { msg.chars().flat_map(|c| if c.is_ascii() { vec![c] } else { format!("\\x{:02x}", c as u32).chars().collect() }).collect() }
    };
    while i < n {
        let c = template[i];
        if c != '\\' as u32 {
            literal.push(c);
            i += 1;
            continue;
        }
        if i + 1 >= n {
            return Err(syntax("bad escape (end of pattern)".into(), n - 1));
        }
        let e = template[i + 1];
        i += 2;
        // `i` is now just after the two-character escape token.
        match char::from_u32(e) {
            Some('g') => {
                if template.get(i) != Some(&('<' as u32)) {
                    return Err(syntax("missing <".into(), i));
                }
                i += 1;
                let name_start = i;
                while i < n && template[i] != '>' as u32 {
                    // A backslash starts a two-character token in CPython's tokenizer.
                    i += if template[i] == '\\' as u32 { 2 } else { 1 };
                }
                if i >= n {
                    let i = n.min(i);
                    if name_start == i {
                        return Err(syntax("missing group name".into(), i));
                    }
                    return Err(syntax("missing >, unterminated name".into(), name_start));
                }
                let name_cs = &template[name_start..i];
                i += 1;
                if name_cs.is_empty() {
                    return Err(syntax("missing group name".into(), i - 1));
                }
                let name = text_of(name_cs);
                let len = name_cs.len();
                let index = if name_cs.iter().all(|&c| is_digit(c)) {
                    let mut v: usize = 0;
                    for &d in name_cs {
                        v = v.saturating_mul(10).saturating_add((d - 0x30) as usize);
                    }
                    if v >= MAXGROUPS {
                        return Err(syntax(format!("invalid group reference {}", name.trim_start_matches('0')), i - len - 1));
                    }
                    v
                } else {
                    if !is_text && !name.is_ascii() {
                        return Err(syntax(error_msg(format!("bad character in group name {}", super::text::py_repr(&name))), i - len - 1));
                    }
                    if !is_identifier(&name) {
                        return Err(syntax(error_msg(format!("bad character in group name {}", py_repr(&name))), i - len - 1));
                    }
                    match names.iter().find(|(k, _)| *k == name) {
                        Some(&(_, g)) => g,
                        None => return Err(TemplateError::Index(format!("unknown group name {}", py_repr(&name)))),
                    }
                };
                if index > groups {
                    return Err(syntax(format!("invalid group reference {index}"), i - len - 1));
                }
                flush(&mut out, &mut literal);
                out.push(Piece::Group(index));
            }
            Some('0') => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && i < n && is_oct(template[i]) {
                    v = v * 8 + (template[i] - 0x30);
                    i += 1;
                    k += 1;
                }
                literal.push(v & 0xff);
            }
            Some(d) if d.is_ascii_digit() => {
                let mut digits = vec![e];
                let mut octal = false;
                if i < n && is_digit(template[i]) {
                    digits.push(template[i]);
                    i += 1;
                    if is_oct(e) && is_oct(digits[1]) && i < n && is_oct(template[i]) {
                        digits.push(template[i]);
                        i += 1;
                        octal = true;
                        let v = digits.iter().fold(0u32, |a, &d| a * 8 + (d - 0x30));
                        if v > 0o377 {
                            return Err(syntax(format!("octal escape value \\{} outside of range 0-0o377", text_of(&digits)), i - 4));
                        }
                        literal.push(v);
                    }
                }
                if !octal {
                    let index = digits.iter().fold(0usize, |a, &d| a * 10 + (d - 0x30) as usize);
                    if index > groups {
                        return Err(syntax(format!("invalid group reference {index}"), i - digits.len()));
                    }
                    flush(&mut out, &mut literal);
                    out.push(Piece::Group(index));
                }
            }
            _ => {
                let mapped = match char::from_u32(e) {
                    Some('a') => Some(7),
                    Some('b') => Some(8),
                    Some('f') => Some(12),
                    Some('n') => Some(10),
                    Some('r') => Some(13),
                    Some('t') => Some(9),
                    Some('v') => Some(11),
                    Some('\\') => Some('\\' as u32),
                    _ => None,
                };
                match mapped {
                    Some(v) => literal.push(v),
                    None => {
                        if char::from_u32(e).is_some_and(|c| c.is_ascii_alphabetic()) {
                            return Err(syntax(error_msg(format!("bad escape \\{}", text_of(&[e]))), i - 2));
                        }
                        literal.push('\\' as u32);
                        literal.push(e);
                    }
                }
            }
        }
    }
    flush(&mut out, &mut literal);
    Ok(out)
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else { return false };
    (first == '_' || ophis_vm::builtins::unicode::is_id_start(first)) && chars.all(ophis_vm::builtins::unicode::is_id_continue)
}
