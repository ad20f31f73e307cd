//! `str.format` and `str.format_map`: the template language `{field!conversion:spec}` with `{{`
//! and `}}`, automatic and manual field numbering, attribute and index lookups, and specs that
//! hold nested fields (two levels, as CPython). Errors surface in the same order as CPython's,
//! which parses each field only when it reaches it.

use super::error::FormatError;
use super::repr::decimal_value;
use super::template_host::{Conversion, TemplateHost};

/// `template.format(*args, **kwargs)` (or `format_map`, when the host has no positional arguments).
pub fn format_template<H: TemplateHost>(template: &str, host: &mut H) -> Result<String, H::Error> {
    let chars: Vec<char> = template.chars().collect();
    let mut numbering = AutoNumber::Unset;
    // CPython allows the top level and one level of nested fields in specs.
    build(&chars, host, 2, &mut numbering)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Unset,
    Auto(usize),
    Manual,
}

/// One replacement field's text pieces.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    spec_has_fields: bool,
}

fn err(msg: &str) -> FormatError {
    FormatError::value(msg)
}

fn build<H: TemplateHost>(
    input: &[char],
    host: &mut H,
    depth: u32,
    numbering: &mut AutoNumber,
) -> Result<String, H::Error> {
    if depth == 0 {
        return Err(err("Max string recursion exceeded").into());
    }
    let mut out = String::with_capacity(input.len() + 16);
    let mut pos = 0;
    while pos < input.len() {
        let (literal, field) = next_piece(input, &mut pos)?;
        out.extend(literal);
        if let Some(field) = field {
            let text = render(&field, host, depth, numbering)?;
            out.push_str(&text);
        }
    }
    Ok(out)
}

/// Reads literal text up to the next field (an escaped brace ends the literal, keeping one
/// brace), then the field if one follows.
fn next_piece<'a>(
    s: &'a [char],
    pos: &mut usize,
) -> Result<(&'a [char], Option<Field<'a>>), FormatError> {
    let start = *pos;
    let mut brace = None;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            brace = Some(c);
            break;
        }
    }
    let at_end = *pos >= s.len();
    let Some(b) = brace else {
        return Ok((&s[start..*pos], None));
    };
    if b == '}' && (at_end || s[*pos] != '}') {
        return Err(err("Single '}' encountered in format string"));
    }
    if at_end && b == '{' {
        return Err(err("Single '{' encountered in format string"));
    }
    if s[*pos] == b {
        // An escaped brace: the literal keeps one.
        *pos += 1;
        return Ok((&s[start..*pos - 1], None));
    }
    let literal = &s[start..*pos - 1];
    let field = parse_field(s, pos)?;
    Ok((literal, Some(field)))
}

/// Parses `name[!c][:spec]}` starting just after the `{`.
fn parse_field<'a>(s: &'a [char], pos: &mut usize) -> Result<Field<'a>, FormatError> {
    let name_start = *pos;
    let mut last = '\0';
    while *pos < s.len() {
        last = s[*pos];
        *pos += 1;
        match last {
            '{' => return Err(err("unexpected '{' in field name")),
            '[' => {
                // Inside brackets nothing ends the name, up to the ']'.
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &s[name_start..(*pos).saturating_sub(1).max(name_start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    if last != '!' && last != ':' {
        if last != '}' {
            return Err(err("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if last == '!' {
        if *pos >= s.len() {
            return Err(err("end of string while looking for conversion specifier"));
        }
        field.conversion = Some(s[*pos]);
        *pos += 1;
        if *pos < s.len() {
            let c = s[*pos];
            *pos += 1;
            if c == '}' {
                return Ok(field);
            }
            if c != ':' {
                return Err(err("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        if c == '{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                field.spec = &s[spec_start..*pos - 1];
                return Ok(field);
            }
        }
    }
    Err(err("unmatched '{' in format spec"))
}

/// The value of an all-decimal-digits field name part, `None` if it is not one.
fn field_index(part: &[char]) -> Result<Option<usize>, FormatError> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for &c in part {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| err("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

fn render<H: TemplateHost>(
    field: &Field<'_>,
    host: &mut H,
    depth: u32,
    numbering: &mut AutoNumber,
) -> Result<String, H::Error> {
    let mut value = field_value(field.name, host, numbering)?;
    if let Some(c) = field.conversion {
        let conversion = match c {
            'r' => Conversion::Repr,
            's' => Conversion::Str,
            'a' => Conversion::Ascii,
            _ => {
                let cp = c as u32;
                let msg = if cp > 32 && cp < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{cp:x}")
                };
                return Err(FormatError::value(msg).into());
            }
        };
        value = host.convert(&value, conversion)?;
    }
    let spec: String = if field.spec_has_fields {
        build(field.spec, host, depth - 1, numbering)?
    } else {
        field.spec.iter().collect()
    };
    host.format(&value, &spec)
}

/// Looks up the object a field name designates: the argument, then each `.attr` and `[key]`.
fn field_value<H: TemplateHost>(
    name: &[char],
    host: &mut H,
    numbering: &mut AutoNumber,
) -> Result<H::Value, H::Error> {
    let first_len = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_len);
    let mut index = field_index(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if *numbering == AutoNumber::Unset {
            *numbering = if empty {
                AutoNumber::Auto(0)
            } else {
                AutoNumber::Manual
            };
        }
        match (*numbering, empty) {
            (AutoNumber::Manual, true) => {
                return Err(err(
                    "cannot switch from manual field specification to automatic field numbering",
                )
                .into());
            }
            (AutoNumber::Auto(_), false) => {
                return Err(err(
                    "cannot switch from automatic field numbering to manual field specification",
                )
                .into());
            }
            (AutoNumber::Auto(next), true) => {
                index = Some(next);
                *numbering = AutoNumber::Auto(next + 1);
            }
            _ => {}
        }
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            host.keyword(&key)?
        }
        Some(i) => match host.positional_count() {
            None => return Err(err("Format string contains positional fields").into()),
            Some(n) if i >= n => {
                return Err(FormatError::new(
                    super::ErrorKind::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
                .into());
            }
            Some(_) => host.positional(i),
        },
    };
    while let Some((&lead, tail)) = rest.split_first() {
        let (part, is_attr, next) = match lead {
            '.' => {
                let end = tail
                    .iter()
                    .position(|&c| c == '.' || c == '[')
                    .unwrap_or(tail.len());
                (&tail[..end], true, &tail[end..])
            }
            '[' => {
                let Some(end) = tail.iter().position(|&c| c == ']') else {
                    return Err(err("Missing ']' in format string").into());
                };
                (&tail[..end], false, &tail[end + 1..])
            }
            _ => {
                return Err(err("Only '.' or '[' may follow ']' in format field specifier").into());
            }
        };
        let item_index = if is_attr { None } else { field_index(part)? };
        if part.is_empty() {
            return Err(err("Empty attribute in format string").into());
        }
        let text: String = part.iter().collect();
        obj = if is_attr {
            host.getattr(&obj, &text)?
        } else if let Some(i) = item_index {
            host.getitem_index(&obj, i)?
        } else {
            host.getitem_str(&obj, &text)?
        };
        rest = next;
    }
    Ok(obj)
}
