//! String literals: implicit concatenation of plain, bytes, f- and t-string parts into one
//! `Constant`, `JoinedStr` or `TemplateStr`, as CPython 3.14 builds them (adjacent literal text
//! merged into one `Constant` spanning its pieces; `{x=}` debug text; nested format specs).

use ophis_lexer::TextRange;

use super::literals;
use crate::ast::*;
use crate::error::SyntaxError;

/// One string token, or one whole f-/t-string, as the grammar hands it over.
#[derive(Debug)]
pub enum StringPart {
    Plain(TextRange),
    FString { range: TextRange, elements: Vec<FStringElement>, template: bool },
}

#[derive(Debug)]
pub enum FStringElement {
    /// Literal text (an FSTRING_MIDDLE token); consecutive ones are adjacent in the source.
    Literal(TextRange),
    Field(Box<FStringField>),
}

/// A replacement field `{expr=!c:spec}`.
#[derive(Debug)]
pub struct FStringField {
    pub range: TextRange,
    pub expr: Expr,
    /// End of the expression's last token (where `=` would start).
    pub expr_end: u32,
    /// Set when the field has the `=` debug specifier.
    pub debug_end: Option<u32>,
    /// The `!` and the conversion name.
    pub conversion: Option<(TextRange, TextRange)>,
    /// The span from `:` to the end of the spec, and its elements.
    pub format_spec: Option<(TextRange, Vec<FStringElement>)>,
}

/// Builds the expression for a run of adjacent string literals.
pub fn strings(source: &str, parts: Vec<StringPart>, range: TextRange) -> Result<Expr, SyntaxError> {
    let any_template = parts.iter().any(|p| matches!(p, StringPart::FString { template: true, .. }));
    let any_fstring = parts.iter().any(|p| matches!(p, StringPart::FString { template: false, .. }));
    let mut bytes_count = 0;
    let mut plain_count = 0;
    for p in &parts {
        if let StringPart::Plain(r) = p {
            plain_count += 1;
            if literals::split_string_token(r.slice(source)).0.bytes {
                bytes_count += 1;
            }
        }
    }
    if any_template && (plain_count > 0 || any_fstring) {
        return Err(SyntaxError::new("cannot mix t-string literals with string or bytes literals", range));
    }
    if bytes_count > 0 && (bytes_count != plain_count || any_fstring || any_template) {
        return Err(SyntaxError::new("cannot mix bytes and nonbytes literals", range));
    }
    if bytes_count > 0 {
        let mut out = Vec::new();
        for p in &parts {
            if let StringPart::Plain(r) = p {
                out.extend(decode_bytes_token(source, *r)?);
            }
        }
        return Ok(Expr::Constant(ExprConstant { range, value: Constant::Bytes(out.into()), kind: None }));
    }
    let kind = match parts.first() {
        // CPython sets `kind` only for a lowercase `u` prefix.
        Some(StringPart::Plain(r)) if r.slice(source).starts_with('u') => Some("u".into()),
        _ => None,
    };
    if !any_fstring && !any_template {
        let mut points = Vec::new();
        for p in &parts {
            if let StringPart::Plain(r) = p {
                points.extend(decode_str_token(source, *r)?);
            }
        }
        return Ok(Expr::Constant(ExprConstant { range, value: Constant::Str(Str::from_code_points(points)), kind }));
    }
    let mut builder = JoinedBuilder::default();
    for p in parts {
        match p {
            // A plain string among f-strings spans its whole token, prefix and quotes included
            // (an f-string's literal text spans only the text), as in CPython.
            StringPart::Plain(r) => builder.push_text(decode_str_token(source, r)?, r),
            StringPart::FString { range: fr, elements, template } => {
                let raw = literals::split_string_token(fr.slice(source)).0.raw;
                push_elements(source, &mut builder, elements, raw, template)?;
            }
        }
    }
    let values = builder.finish();
    Ok(if any_template {
        Expr::TemplateStr(ExprTemplateStr { range, values })
    } else {
        Expr::JoinedStr(ExprJoinedStr { range, values })
    })
}

/// Collects the values of a JoinedStr/TemplateStr, merging adjacent literal text.
#[derive(Default)]
struct JoinedBuilder {
    values: Vec<Expr>,
    text: Vec<u32>,
    text_range: Option<TextRange>,
}

impl JoinedBuilder {
    fn push_text(&mut self, points: Vec<u32>, range: TextRange) {
        if points.is_empty() {
            return;
        }
        self.text.extend(points);
        self.text_range = Some(self.text_range.map_or(range, |r| r.cover(range)));
    }

    fn flush(&mut self) {
        if let Some(range) = self.text_range.take() {
            let points = std::mem::take(&mut self.text);
            self.values.push(Expr::Constant(ExprConstant { range, value: Constant::Str(Str::from_code_points(points)), kind: None }));
        }
    }

    fn push_value(&mut self, value: Expr) {
        self.flush();
        self.values.push(value);
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

fn push_elements(
    source: &str,
    builder: &mut JoinedBuilder,
    elements: Vec<FStringElement>,
    raw: bool,
    template: bool,
) -> Result<(), SyntaxError> {
    let mut pending: Option<TextRange> = None;
    for element in elements {
        match element {
            FStringElement::Literal(r) => pending = Some(pending.map_or(r, |p| p.cover(r))),
            FStringElement::Field(field) => {
                if let Some(r) = pending.take() {
                    builder.push_text(decode_fstring_literal(source, r, raw)?, r);
                }
                let field = *field;
                if field.debug_end.is_some() {
                    // `{expr=}`: the text from after `{` up to the conversion, the format spec or
                    // the closing `}` becomes literal text (blanks after `=` included).
                    let text_end = field
                        .conversion
                        .map(|(bang, _)| bang.start)
                        .or(field.format_spec.as_ref().map(|(spec, _)| spec.start))
                        .unwrap_or(field.range.end - 1);
                    let text_range = TextRange::new(field.range.start + 1, text_end);
                    let text = without_comments(text_range.slice(source));
                    builder.push_text(text.chars().map(|c| c as u32).collect(), text_range);
                }
                let value = field_value(source, field, raw, template)?;
                builder.push_value(value);
            }
        }
    }
    if let Some(r) = pending.take() {
        builder.push_text(decode_fstring_literal(source, r, raw)?, r);
    }
    Ok(())
}

/// The FormattedValue (or, in a t-string, Interpolation) for one replacement field.
fn field_value(source: &str, field: FStringField, raw: bool, template: bool) -> Result<Expr, SyntaxError> {
    let mut conversion = -1;
    if let Some((_bang, name)) = field.conversion {
        let text = name.slice(source);
        conversion = match text {
            "s" | "r" | "a" => text.as_bytes()[0] as i32,
            _ => {
                return Err(SyntaxError::new(
                    format!("f-string: invalid conversion character '{text}': expected 's', 'r', or 'a'"),
                    name,
                ));
            }
        };
    }
    if field.debug_end.is_some() && conversion == -1 && field.format_spec.is_none() {
        conversion = 'r' as i32;
    }
    let spec_start = field.format_spec.as_ref().map(|(spec, _)| spec.start);
    let format_spec = match field.format_spec {
        None => None,
        Some((spec_range, elements)) => {
            let mut spec = JoinedBuilder::default();
            // Nested fields of a format spec are always FormattedValue, even in a t-string.
            push_elements(source, &mut spec, elements, raw, false)?;
            Some(Box::new(Expr::JoinedStr(ExprJoinedStr { range: spec_range, values: spec.finish() })))
        }
    };
    if template {
        // The expression's source text: everything after `{` up to the `=`, `!`, `:` or `}` that
        // ends it, blanks kept and comments removed (as CPython 3.14 records it).
        let end = if field.debug_end.is_some() {
            source[field.expr_end as usize..].find('=').map_or(field.expr_end, |i| field.expr_end + i as u32)
        } else {
            field
                .conversion
                .map(|(bang, _)| bang.start)
                .or(spec_start)
                .unwrap_or(field.range.end - 1)
        };
        let str_value = Constant::str(without_comments(TextRange::new(field.range.start + 1, end).slice(source)));
        Ok(Expr::Interpolation(ExprInterpolation { range: field.range, value: Box::new(field.expr), str: str_value, conversion, format_spec }))
    } else {
        Ok(Expr::FormattedValue(ExprFormattedValue { range: field.range, value: Box::new(field.expr), conversion, format_spec }))
    }
}

fn decode_str_token(source: &str, range: TextRange) -> Result<Vec<u32>, SyntaxError> {
    let (flags, _, body) = literals::split_string_token(range.slice(source));
    literals::decode_str(body, flags.raw).map_err(|e| SyntaxError::new(e.0, range))
}

fn decode_bytes_token(source: &str, range: TextRange) -> Result<Vec<u8>, SyntaxError> {
    let (flags, _, body) = literals::split_string_token(range.slice(source));
    if !body.is_ascii() {
        return Err(SyntaxError::new("bytes can only contain ASCII literal characters", range));
    }
    literals::decode_bytes(body, flags.raw).map_err(|e| SyntaxError::new(e.0, range))
}

/// Literal text of an f-string: doubled braces stand for one, then escapes as in a str.
fn decode_fstring_literal(source: &str, range: TextRange, raw: bool) -> Result<Vec<u32>, SyntaxError> {
    let text = range.slice(source);
    let mut undoubled = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !raw && c == '\\' && text[i + 1..].starts_with("N{") {
            // `\N{NAME}` keeps its braces.
            let end = text[i..].find('}').map_or(text.len(), |e| i + e + 1);
            undoubled.push_str(&text[i..end]);
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
            continue;
        }
        undoubled.push(c);
        if (c == '{' || c == '}') && chars.peek().is_some_and(|&(_, n)| n == c) {
            chars.next();
        }
    }
    literals::decode_str(&undoubled, raw).map_err(|e| SyntaxError::new(e.0, range))
}


/// `text` with its `#` comments removed (up to, not including, the end of their line); quotes
/// are followed so that a `#` inside a string literal stays.
fn without_comments(text: &str) -> String {
    if !text.contains('#') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut quote: Option<(char, bool)> = None;
    let mut rest = text;
    while let Some(c) = chars.next() {
        rest = &rest[c.len_utf8()..];
        match quote {
            Some((q, triple)) => {
                out.push(c);
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        rest = &rest[n.len_utf8()..];
                        out.push(n);
                    }
                } else if c == q && (!triple || rest.starts_with(&format!("{q}{q}"))) {
                    if triple {
                        for _ in 0..2 {
                            chars.next();
                            rest = &rest[1..];
                            out.push(q);
                        }
                    }
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                let triple = rest.starts_with(&format!("{c}{c}"));
                out.push(c);
                if triple {
                    for _ in 0..2 {
                        chars.next();
                        rest = &rest[1..];
                        out.push(c);
                    }
                }
                quote = Some((c, triple));
            }
            None if c == '#' => {
                while chars.peek().is_some_and(|&n| n != '\n' && n != '\r') {
                    let n = chars.next().unwrap_or('\n');
                    rest = &rest[n.len_utf8()..];
                }
            }
            None => out.push(c),
        }
    }
    out
}
