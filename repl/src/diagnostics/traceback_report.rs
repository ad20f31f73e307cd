//! The ariadne rendering of an uncaught exception for a person at a terminal: CPython's lines for
//! the outer frames, then the innermost frame as a report — the exception's type and message as
//! the header, the source around the failing expression with that expression labelled — then
//! the notes. Registered with the VM by `run.rs`; used only when standard error is a terminal.

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use ophis_vm::traceback::terminal::TerminalTraceback;

/// The text for `tb` (with ANSI colours when `tb.colour`).
pub fn render(tb: &TerminalTraceback) -> String {
    let config = Config::default().with_color(tb.colour).with_index_type(IndexType::Byte);
    let kind = ReportKind::Custom(&tb.type_name, Color::Red);
    let id = tb.filename.clone();
    let label_text = format!("raised here, in {}", tb.function);
    let label = Label::new((id.clone(), tb.span.clone())).with_color(Color::Red).with_message(label_text);
    let mut report = Report::build(kind, (id.clone(), tb.span.clone())).with_config(config).with_label(label);
    if !tb.message.is_empty() {
        report = report.with_message(&tb.message);
    }
    let mut out = Vec::new();
    let mut text = tb.outer_frames.clone();
    if report.finish().write((id, Source::from(tb.source.as_str())), &mut out).is_err() {
        // The header line ariadne would have printed.
        text.push_str(&format!("{}: {}\n", tb.type_name, tb.message));
    } else {
        let mut rendered = String::from_utf8_lossy(&out).into_owned();
        if tb.message.is_empty() {
            // ariadne's header is "Kind: message"; without a message CPython shows the bare
            // name (`KeyboardInterrupt`), so the colon goes.
            let header_end = rendered.find('\n').unwrap_or(rendered.len());
            if let Some(colon) = rendered[..header_end].rfind(':') {
                rendered.remove(colon);
            }
        }
        text.push_str(&if tb.colour { rendered } else { super::report::strip_sgr(&rendered) });
    }
    text.push_str(&tb.notes);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn innermost_frame_as_a_report() {
        let source = "def f(a, b):\n    return a / b\nf(1, 0)";
        let start = source.find("a / b").unwrap();
        let tb = TerminalTraceback {
            outer_frames: "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    f(1, 0)\n".into(),
            filename: "t.py".into(),
            function: "f".into(),
            line: 2,
            source: source.into(),
            span: start..start + 5,
            type_name: "ZeroDivisionError".into(),
            message: "division by zero".into(),
            notes: "a note\n".into(),
            colour: false,
        };
        let text = render(&tb);
        assert!(text.starts_with("Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    f(1, 0)\n"));
        assert!(text.contains("ZeroDivisionError: division by zero"), "{text}");
        assert!(text.contains("t.py:2:12"), "{text}");
        assert!(text.contains("return a / b"), "{text}");
        assert!(text.contains("raised here, in f"), "{text}");
        assert!(text.ends_with("a note\n"), "{text}");
        assert!(!text.contains('\x1b'));
    }
}
