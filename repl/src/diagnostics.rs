//! Rendering syntax errors: CPython's exact text when stderr is not a terminal (tools parse
//! it), ariadne's report for a person at a terminal.

use ophis_lexer::LineIndex;
use ophis_parser::SyntaxError;

/// What CPython 3.14 prints for an uncaught SyntaxError raised while compiling a file
/// (`traceback.TracebackException._format_syntax_error`, uncoloured).
pub fn syntax_error_text(error: &SyntaxError, source: &str, filename: &str) -> String {
    if error.kind == ophis_parser::ErrorKind::MemoryError {
        // Not a SyntaxError: CPython prints only the exception line.
        return format!("{}: {}\n", error.kind.name(), error.message);
    }
    let index = LineIndex::new(source);
    let (lineno, offset, end_lineno, end_offset) = error.location(source, &index);
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    let text = index.line_text(source, lineno);
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = rtext.chars().count() - ltext.chars().count();
    let len_rtext = rtext.chars().count() as i64;
    let mut offset = offset as i64;
    let mut end_offset = if lineno == end_lineno && end_offset != 0 { end_offset as i64 } else if lineno == end_lineno { offset } else { len_rtext + 1 };
    // `len(self.text)` counts the newline CPython keeps at the end of the line.
    let len_text = len_rtext + 1;
    if offset > len_text {
        offset = len_rtext + 1;
    }
    if end_offset > len_text {
        end_offset = len_rtext + 1;
    }
    if offset >= end_offset || end_offset < 0 {
        end_offset = offset + 1;
    }
    let colno = offset - 1 - spaces as i64;
    let end_colno = end_offset - 1 - spaces as i64;
    out.push_str(&format!("    {ltext}\n"));
    if colno >= 0 {
        let caretspace: String = ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
        let carets = "^".repeat((end_colno - colno).max(0) as usize);
        out.push_str(&format!("    {caretspace}{carets}\n"));
    }
    out.push_str(&format!("{}: {}\n", error.kind.name(), error.message));
    out
}
