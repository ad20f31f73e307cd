//! Tracebacks for a person at a terminal. When the process's own standard error is a terminal
//! and the embedding program registered a renderer (the `ophis` binary registers an ariadne one),
//! an uncaught exception's innermost frame is handed to it as structured data: the source text
//! with the failing expression's span, the exception's type and message. Everything else keeps
//! CPython's exact text, which tools parse. Chained exceptions and exception groups keep
//! CPython's text too: their structure is what the text shows.

use std::ops::Range;
use std::sync::OnceLock;

use crate::exceptions::{PyErr, exception_data};
use crate::interp::Vm;

/// The innermost frame of an uncaught exception, for a terminal renderer.
pub struct TerminalTraceback {
    /// "Traceback (most recent call last):" and every frame but the innermost, in CPython's
    /// form (coloured when `colour`).
    pub outer_frames: String,
    pub filename: String,
    /// The innermost frame's function (`f`, `<module>`).
    pub function: String,
    /// The 1-based line the span starts on.
    pub line: u32,
    /// The whole source file, lines joined by `\n`.
    pub source: String,
    /// The failing expression, as a byte range of `source`.
    pub span: Range<usize>,
    /// The exception's type as CPython prints it (`ZeroDivisionError`, `__main__.MyError`).
    pub type_name: String,
    /// The message after `type_name: ` (empty when the exception has none), with CPython's
    /// suggestions ("Did you mean ...?").
    pub message: String,
    /// Lines CPython prints after the message line (notes), each ending in a newline.
    pub notes: String,
    pub colour: bool,
}

pub type TerminalRenderer = fn(&TerminalTraceback) -> String;

static RENDERER: OnceLock<TerminalRenderer> = OnceLock::new();

/// Registers the renderer used for uncaught exceptions at a terminal (once per process).
pub fn set_renderer(renderer: TerminalRenderer) {
    let _ = RENDERER.set(renderer);
}

/// The renderer's text for `err`, when one is registered and the exception is a plain one (no
/// chained exception shown, not a group, not a SyntaxError) whose innermost frame has source.
pub(crate) fn render(vm: &mut Vm, err: &PyErr, colour: bool) -> Option<String> {
    let renderer = RENDERER.get()?;
    let exc = &err.0;
    let data = exception_data(exc)?;
    let (entries, shows_chain) = {
        let st = data.state.lock();
        let chain = st.cause.as_ref().is_some_and(|c| !c.is_none()) || (st.context.as_ref().is_some_and(|c| !c.is_none()) && !st.suppress_context);
        (st.traceback.clone(), chain)
    };
    if shows_chain || entries.is_empty() || super::is_exception_group(exc) {
        return None;
    }
    if crate::types::is_subtype(&exc.class(), crate::exceptions::exception_types().get("SyntaxError")) {
        return None;
    }
    // Entries are recorded innermost first.
    let innermost = super::stack::FrameSummary::from_entry(&entries[0])?;
    let (line, end_line, col, end_col) = (innermost.lineno?, innermost.end_lineno?, innermost.colno?, innermost.end_colno?);
    let lines = super::source::lines(&innermost.filename)?;
    if line == 0 || line as usize > lines.len() || end_line < line {
        return None;
    }
    let offset_of = |l: u32, c: u32| -> usize {
        let before: usize = lines[..(l as usize - 1).min(lines.len())].iter().map(|s| s.len() + 1).sum();
        let text = lines.get(l as usize - 1).map_or("", String::as_str);
        let mut c = (c as usize).min(text.len());
        while !text.is_char_boundary(c) {
            c -= 1;
        }
        before + c
    };
    let start = offset_of(line, col);
    let end = offset_of(end_line.min(lines.len() as u32), end_col).max(start);
    let source = lines.join("\n");
    let mut outer = String::new();
    if entries.len() > 1 {
        outer.push_str("Traceback (most recent call last):\n");
        outer.push_str(&super::stack::format_entries(&entries[1..], colour));
    }
    let type_name = super::type_display_name(vm, &exc.class());
    let only = super::format_exception_only(vm, exc, false);
    let (first, notes) = only.split_once('\n').unwrap_or((&only, ""));
    let message = first.strip_prefix(&type_name).map(|m| m.strip_prefix(": ").unwrap_or(m)).unwrap_or(first).to_string();
    Some(renderer(&TerminalTraceback {
        outer_frames: outer,
        filename: innermost.filename.clone(),
        function: innermost.name.clone(),
        line,
        source,
        span: start..end,
        type_name,
        message,
        notes: notes.to_string(),
        colour,
    }))
}
