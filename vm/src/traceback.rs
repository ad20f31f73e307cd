//! Tracebacks: traceback objects and the text CPython prints for an uncaught exception
//! (chained exceptions and notes included).

use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::exceptions::{PyErr, TracebackEntry, exception_data};
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::types;

/// The traceback object of an exception (None when it has no entries).
pub fn traceback_object(exc: &ObjRef) -> Value {
    let Some(d) = exception_data(exc) else { return Value::None };
    let entries = d.state.lock().traceback.clone();
    if entries.is_empty() {
        return Value::None;
    }
    Value::Obj(Object::new(types::builtin().traceback.clone(), Kind::Native(Box::new(Traceback { entries }))))
}

pub struct Traceback {
    pub entries: Vec<TracebackEntry>,
}

/// Source text of files, for printing lines (CPython's linecache).
fn source_line(filename: &str, line: u32) -> Option<String> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<std::sync::Arc<str>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let text = cache
        .lock()
        .entry(filename.to_string())
        .or_insert_with(|| std::fs::read_to_string(filename).ok().map(|s| s.into()))
        .clone()?;
    text.lines().nth(line.checked_sub(1)? as usize).map(|l| l.to_string())
}

/// Registers source text for a pseudo-file (`-c` commands, the REPL), so tracebacks can show it.
pub fn register_source(filename: &str, source: &str) {
    let _ = (filename, source);
}

fn type_display_name(vm: &mut Vm, class: &ObjRef) -> String {
    let t = class.as_type().expect("type");
    let module = t.dict.get_str("__module__").and_then(|m| m.as_str().map(|s| s.to_string()));
    let qualname = t.dict.get_str("__qualname__").and_then(|q| q.as_str().map(|s| s.to_string())).unwrap_or_else(|| t.qualname.to_string());
    let _ = vm;
    match module.as_deref() {
        None | Some("builtins") | Some("__main__") => qualname,
        Some(m) => format!("{m}.{qualname}"),
    }
}

fn format_entries(entries: &[TracebackEntry], out: &mut String) {
    out.push_str("Traceback (most recent call last):\n");
    // Entries were recorded innermost first.
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    let flush_repeats = |repeats: &mut usize, out: &mut String| {
        if *repeats > 3 {
            let n = *repeats - 3;
            out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
        }
        *repeats = 0;
    };
    for e in entries.iter().rev() {
        let code = e.code.as_code().expect("code");
        let c = &code.compiled;
        let loc = c.locations.get(e.lasti as usize).copied().unwrap_or_default();
        let key = (c.filename.to_string(), loc.line, c.name.to_string());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats >= 3 {
                continue;
            }
        } else {
            flush_repeats(&mut repeats, out);
            last = Some(key);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", c.filename, loc.line, c.name));
        if let Some(text) = source_line(&c.filename, loc.line) {
            let stripped = text.trim_start();
            let indent = text.len() - stripped.len();
            let stripped_end = stripped.trim_end();
            out.push_str(&format!("    {stripped_end}\n"));
            if loc.end_line == loc.line && loc.col as usize >= indent && (loc.end_col as usize) <= text.len() && loc.end_col > loc.col {
                if let Some(carets) = caret_line(&text, loc.col as usize, loc.end_col as usize) {
                    out.push_str(&format!("    {}\n", &carets[indent.min(carets.len())..]));
                }
            }
        }
    }
    flush_repeats(&mut repeats, out);
}

/// The caret line under `line[start..end]` (byte offsets), as CPython 3.14 draws it: `^` under the
/// failing part, with `~` under the operands when an anchor (binary operator, subscript, call)
/// can be found; None when CPython omits the line (the range is the whole line and there is no
/// anchor, or the line is `return f(...)` / `x = f(...)` spanning the whole call).
fn caret_line(line: &str, start: usize, end: usize) -> Option<String> {
    let segment = line.get(start..end)?;
    let anchors = anchors(segment);
    let covers_line = line[..start].trim_start().is_empty() && line[end..].trim_end().is_empty();
    if anchors.is_some() && covers_line_special_statement(line, start, end) {
        return None;
    }
    if anchors.is_none() && covers_line {
        return None;
    }
    let mut out = String::new();
    for (i, c) in line.char_indices() {
        if i >= end {
            break;
        }
        if i < start {
            out.push(if c == '\t' { '\t' } else { ' ' });
            continue;
        }
        let rel = i - start;
        let mark = match anchors {
            Some((a, b)) if !(a <= rel && rel < b) => '~',
            _ => '^',
        };
        out.push(mark);
    }
    Some(out)
}

/// CPython omits the carets for `return f(...)` and `x = f(...)` whose call spans the line.
fn covers_line_special_statement(line: &str, start: usize, end: usize) -> bool {
    let trimmed = line.trim();
    let indent = line.len() - line.trim_start().len();
    let Ok(tree) = ophis_parser::parse_module(trimmed) else { return false };
    let Some(stmt) = tree.body.first() else { return false };
    use ophis_parser::ast::{Expr, Stmt};
    let value = match stmt {
        Stmt::Return(r) => r.value.as_deref().filter(|v| matches!(v, Expr::Call(c) if matches!(&*c.func, Expr::Name(_)))),
        Stmt::Assign(a) if a.targets.len() == 1 && matches!(a.targets[0], Expr::Name(_)) => Some(&*a.value).filter(|v| matches!(v, Expr::Call(_))),
        _ => None,
    };
    value.is_some_and(|v| {
        let r = v.range();
        r.start as usize + indent == start && r.end as usize + indent == end
    })
}

/// The `^` part of a caret line inside `segment` (byte offsets), when the segment is a binary
/// operation (the operator), a subscript (`[...]`) or a call (`(...)`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use ophis_parser::ast::Expr;
    let expr = ophis_parser::parse_expression(segment).ok()?;
    let bytes = segment.as_bytes();
    match &expr {
        Expr::BinOp(b) => {
            let mut i = b.left.range().end as usize;
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b')' || bytes[i] == b'\\') {
                i += 1;
            }
            let mut j = i + 1;
            if j < bytes.len() && !bytes[j].is_ascii_whitespace() && j < b.right.range().start as usize && bytes[j] != b'(' {
                j += 1;
            }
            Some((i, j))
        }
        Expr::Subscript(sb) => {
            let mut i = sb.value.range().end as usize;
            while i < bytes.len() && bytes[i] != b'[' {
                i += 1;
            }
            let mut j = sb.slice.range().end as usize;
            while j < bytes.len() && bytes[j] != b']' {
                j += 1;
            }
            Some((i, (j + 1).min(bytes.len())))
        }
        Expr::Call(c) => {
            let mut i = c.func.range().end as usize;
            while i < bytes.len() && bytes[i] != b'(' {
                i += 1;
            }
            Some((i, bytes.len()))
        }
        _ => None,
    }
}

/// The text CPython prints for an uncaught exception.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, &err.0, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &ObjRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.addr());
    if let Some(d) = exception_data(exc) {
        let (cause, context, suppress) = {
            let st = d.state.lock();
            (st.cause.clone(), st.context.clone(), st.suppress_context)
        };
        if let Some(Value::Obj(c)) = &cause {
            if !seen.contains(&c.addr()) {
                format_chain(vm, c, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let (Some(Value::Obj(c)), false) = (&context, suppress) {
            if !seen.contains(&c.addr()) {
                format_chain(vm, c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let entries = d.state.lock().traceback.clone();
        if !entries.is_empty() {
            format_entries(&entries, out);
        }
    }
    let name = type_display_name(vm, exc.class());
    let v = Value::Obj(exc.clone());
    let msg = match vm.str_string(&v) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    if let Some(notes) = exc.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str("__notes__"))) {
        if let Ok(items) = vm.collect_iterable(&notes) {
            for n in items {
                let text = match n.as_str() {
                    Some(s) => s.to_string(),
                    None => vm.repr_string(&n).unwrap_or_default(),
                };
                out.push_str(&format!("{text}\n"));
            }
        }
    }
}
