//! The block CPython prints for a SyntaxError (`TracebackException._format_syntax_error`): the
//! `File "...", line N` line, the offending source line with carets under the error's range, and
//! `SyntaxError: message`. Used for SyntaxErrors raised at run time (`exec`, `compile`) and, by
//! the front end, for a program that does not compile.

use crate::builtins::intern;
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::value::Value;

use super::pystr::{char_len, char_slice, is_space};

/// What a SyntaxError instance holds (`filename`, `lineno`, `offset`, `end_lineno`,
/// `end_offset`, `text`, `msg`), for printing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyntaxErrorFields {
    /// The exception type as printed (`SyntaxError`, `IndentationError`, `mod.MyError`).
    pub type_name: String,
    pub msg: String,
    pub filename: Option<String>,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    /// The source line as the exception carries it (possibly with its newline).
    pub text: Option<String>,
}

/// `_format_syntax_error` (after any keyword-typo rewrite of the fields), with colours when
/// `colorize`.
pub fn format_fields(e: &SyntaxErrorFields, colorize: bool) -> String {
    format_fields_with_fix(e, e, colorize)
}

/// `_format_syntax_error` where the keyword-typo search rewrote `original` into `fixed`: the
/// `File` line is printed before the search, from the original fields; the rest from the fixed.
pub fn format_fields_with_fix(original: &SyntaxErrorFields, fixed: &SyntaxErrorFields, colorize: bool) -> String {
    let theme = super::colour::theme(colorize);
    let mut out = String::new();
    let mut filename_suffix = String::new();
    if let Some(lineno) = original.lineno {
        out.push_str(&format!(
            "  File {}\"{}\"{}, line {}{}{}\n",
            theme.filename,
            original.filename.as_deref().unwrap_or("<string>"),
            theme.reset,
            theme.line_no,
            lineno,
            theme.reset
        ));
    } else if let Some(filename) = &original.filename {
        filename_suffix = format!(" ({filename})");
    }
    let e = fixed;
    if let Some(text) = &e.text {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = char_len(rtext) as i64 - char_len(ltext) as i64;
        match e.offset {
            None => out.push_str(&format!("    {ltext}\n")),
            Some(offset) => {
                let mut offset = offset;
                let len_rtext = char_len(rtext) as i64;
                let len_text = char_len(text) as i64;
                let mut end_offset = if e.lineno == e.end_lineno {
                    match e.end_offset {
                        Some(end) if end != 0 => end,
                        _ => offset,
                    }
                } else {
                    len_rtext + 1
                };
                if !text.is_empty() && offset > len_text {
                    offset = len_rtext + 1;
                }
                if !text.is_empty() && end_offset > len_text {
                    end_offset = len_rtext + 1;
                }
                if offset >= end_offset || end_offset < 0 {
                    end_offset = offset + 1;
                }
                // 1-based column offsets to 0-based indices into the stripped text.
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                if colno >= 0 {
                    let (colno, end_colno) = (colno as usize, end_colno as usize);
                    // Non-space whitespace (like tabs) is kept for alignment.
                    let caretspace: String = char_slice(ltext, 0, colno).chars().map(|c| if is_space(c) { c } else { ' ' }).collect();
                    let shown = if colorize {
                        format!(
                            "{}{}{}{}{}",
                            char_slice(ltext, 0, colno),
                            theme.error_highlight,
                            char_slice(ltext, colno, end_colno),
                            theme.reset,
                            char_slice(ltext, end_colno, usize::MAX)
                        )
                    } else {
                        ltext.to_string()
                    };
                    out.push_str(&format!("    {shown}\n"));
                    out.push_str(&format!("    {caretspace}{}{}{}\n", theme.error_highlight, "^".repeat(end_colno - colno), theme.reset));
                } else {
                    out.push_str(&format!("    {ltext}\n"));
                }
            }
        }
    }
    let msg = if e.msg.is_empty() { "<no detail available>" } else { e.msg.as_str() };
    out.push_str(&format!("{}{}{}: {}{}{}{}\n", theme.type_, e.type_name, theme.reset, theme.message, msg, theme.reset, filename_suffix));
    out
}

/// The fields of a SyntaxError instance, read as attributes (what is missing or of the wrong
/// type counts as absent).
pub fn fields_of(vm: &mut Vm, exc: &ObjRef, type_name: &str) -> SyntaxErrorFields {
    let value = Value::Obj(exc.clone());
    let mut attr = |name: &str| vm.getattr(&value, &intern(name)).ok().filter(|v| !matches!(v, Value::None));
    let int = |v: Option<Value>| match v {
        Some(Value::Int(i)) => Some(i),
        Some(Value::Bool(b)) => Some(b as i64),
        _ => None,
    };
    let string = |v: Option<Value>| v.and_then(|v| v.as_str().map(|s| s.to_string()));
    let msg = attr("msg");
    let filename = attr("filename");
    let lineno = attr("lineno");
    let offset = attr("offset");
    let end_lineno = attr("end_lineno");
    let end_offset = attr("end_offset");
    let text = attr("text");
    SyntaxErrorFields {
        type_name: type_name.to_string(),
        msg: string(msg).unwrap_or_default(),
        filename: string(filename),
        lineno: int(lineno),
        offset: int(offset),
        end_lineno: int(end_lineno),
        end_offset: int(end_offset),
        text: string(text),
    }
}

/// The block for a SyntaxError instance `exc` whose type prints as `type_name`.
pub fn format_block(vm: &mut Vm, exc: &ObjRef, type_name: &str, colorize: bool) -> String {
    let fields = fields_of(vm, exc, type_name);
    format_fields(&fields, colorize)
}
