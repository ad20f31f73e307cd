//! The ariadne report of a syntax error, for a person at a terminal: the class name as the
//! kind, CPython's message (keyword-typo suggestion included) as the report message, and the
//! source line(s) with a label on the exact span.

use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use ophis_lexer::LineIndex;
use ophis_parser::{ErrorKind, SyntaxError};

use super::keyword_typos::find_keyword_typos;
use super::pystr::char_slice;
use super::{PySyntaxError, SourceOrigin};

#[cfg_attr(not(test), allow(dead_code))]
/// The report for `error` in `source` (a file's decoded text), as text; with ANSI colours when
/// `colour`.
pub fn render(error: &SyntaxError, source: &str, filename: &str, colour: bool) -> String {
    render_with_origin(error, source, filename, &SourceOrigin::File(Some(source)), colour)
}

/// [`render`], with the keyword-typo search reading the code back the way it would for
/// `origin`.
pub fn render_with_origin(error: &SyntaxError, source: &str, filename: &str, origin: &SourceOrigin, colour: bool) -> String {
    let py = PySyntaxError::from_parse(error, source, filename);
    let mut message = py.msg.clone();
    let mut span = error.range.start as usize..error.range.end as usize;
    let mut label_message = None;
    if let Some(fix) = find_keyword_typos(&py, origin) {
        message = fix.error.msg.clone();
        let index = LineIndex::new(source);
        if fix.source_line >= 1 && fix.source_line <= index.line_count() {
            let line_start = index.line_start(fix.source_line as u32) as usize;
            let line = index.line_text(source, fix.source_line as u32);
            let start = line_start + char_slice(line, 0, fix.source_cols.0).len();
            let end = line_start + char_slice(line, 0, fix.source_cols.1).len();
            span = start..end;
        }
    }
    // ariadne draws a label's underline only when the label has a message: the suggestion
    // ("did you mean 'while'?", "perhaps you forgot a comma?") or the message itself.
    if let Some(rest) = message.strip_prefix("invalid syntax. ") {
        label_message = Some(lowercase_first(rest));
    } else if label_message.is_none() {
        label_message = Some(message.clone());
    }
    if error.kind == ErrorKind::MemoryError {
        return render_report(error.kind.name(), &message, None, None, source, filename, colour);
    }
    render_report(error.kind.name(), &message, Some(clamp_span(span, source)), label_message.as_deref(), source, filename, colour)
}

/// A report for an error that has no place in a decoded text (an undecodable file, an unknown
/// encoding): the header alone.
pub fn render_message_only(class: &str, message: &str, filename: &str, colour: bool) -> String {
    render_report(class, message, None, None, "", filename, colour)
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Keeps the span inside the source and on character boundaries.
fn clamp_span(span: Range<usize>, source: &str) -> Range<usize> {
    let fix = |mut i: usize| {
        i = i.min(source.len());
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fix(span.start);
    let end = fix(span.end).max(start);
    start..end
}

fn render_report(
    class: &str,
    message: &str,
    span: Option<Range<usize>>,
    label_message: Option<&str>,
    source: &str,
    filename: &str,
    colour: bool,
) -> String {
    let config = Config::default().with_color(colour).with_index_type(IndexType::Byte);
    let kind = ReportKind::Custom(class, Color::Red);
    let mut out = Vec::new();
    let id = filename.to_string();
    let result = match span {
        Some(span) => {
            let mut label = Label::new((id.clone(), span.clone())).with_color(Color::Red);
            if let Some(m) = label_message {
                label = label.with_message(m);
            }
            Report::build(kind, (id.clone(), span))
                .with_config(config)
                .with_message(message)
                .with_label(label)
                .finish()
                .write((id, Source::from(source)), &mut out)
        }
        None => Report::build(kind, (id.clone(), 0..0))
            .with_config(config)
            .with_message(message)
            .finish()
            .write((id, Source::from(source)), &mut out),
    };
    if result.is_err() {
        // Fall back to the header line ariadne would have printed.
        return format!("{class}: {message}\n");
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    // ariadne 0.5 colours a custom report kind even with colours off.
    if colour { text } else { strip_sgr(&text) }
}

/// Removes ANSI SGR sequences (`ESC [ digits/semicolons m`).
pub(crate) fn strip_sgr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("\x1b[") {
        out.push_str(&rest[..p]);
        let after = &rest[p + 2..];
        let n = after.bytes().take_while(|b| b.is_ascii_digit() || *b == b';').count();
        if after.as_bytes().get(n) == Some(&b'm') {
            rest = &after[n + 1..];
        } else {
            out.push('\x1b');
            rest = &rest[p + 1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(source: &str) -> String {
        let error = ophis_parser::parse_module(source).expect_err("a syntax error");
        render(&error, source, "example.py", false)
    }

    #[test]
    fn keyword_typo() {
        insta::assert_snapshot!(report("x = 1\nwhille x: pass\n"));
    }

    #[test]
    fn unclosed_bracket() {
        insta::assert_snapshot!(report("x = (1,\n     2\n"));
    }

    #[test]
    fn unicode_line() {
        insta::assert_snapshot!(report("s = 'héllo' 1\n"));
    }

    #[test]
    fn tab_in_line() {
        insta::assert_snapshot!(report("if x:\n\tfoo(1 $)\n"));
    }

    #[test]
    fn at_end_of_file() {
        insta::assert_snapshot!(report("x = 1 +"));
    }

    #[test]
    fn message_only() {
        insta::assert_snapshot!(render_message_only("SyntaxError", "unknown encoding: foo", "example.py", false));
    }

    #[test]
    fn colours_only_when_asked() {
        let source = "x = 1 2\n";
        let error = ophis_parser::parse_module(source).expect_err("a syntax error");
        assert!(!render(&error, source, "example.py", false).contains('\x1b'));
        assert!(render(&error, source, "example.py", true).contains('\x1b'));
    }
}
