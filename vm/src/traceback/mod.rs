//! Tracebacks: traceback objects, and the text CPython 3.14 prints for an uncaught exception
//! (`traceback.print_exception` as `sys.excepthook` calls it): chained exceptions, exception
//! groups with their `| ` margins and numbered boxes, notes, "Did you mean" suggestions and
//! SyntaxError blocks.
//!
//! - [`stack`]: the frames (`StackSummary.format`), with [`anchors`] for the carets.
//! - [`suggestions`]: NameError / AttributeError / ImportError suggestions.
//! - [`syntax_error`]: the `File ..., line N` block of a SyntaxError.
//! - [`hooks`]: the built-in `sys.excepthook`, and reporting an uncaught exception.
//! - [`colour`]: the colour theme and when to colour.
//! - [`object`]: traceback and frame objects (`tb_next`, `tb_lineno`, `tb_frame`).
//! - [`terminal`]: the structured innermost frame handed to a terminal renderer (ariadne).
//! - [`pystr`]: Python's `str` operations the formatting relies on; [`source`]: `linecache`.

pub mod anchors;
pub mod colour;
pub mod hooks;
pub mod object;
pub mod pystr;
pub mod source;
pub mod stack;
pub mod suggestions;
pub mod syntax_error;
mod tables;
pub mod terminal;

use std::collections::HashSet;

use crate::builtins::intern;
use crate::exceptions::{PyErr, exception_data, exception_types};

pub use object::{Traceback, traceback_object};
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::types;
use crate::value::Value;

use pystr::indent_all;

/// Registers the source text of a pseudo-file compiled from a string the user typed (`-c`), so
/// that tracebacks show its lines as CPython's do.
pub fn register_source(filename: &str, source: &str) {
    source::register(filename, source);
}

/// Exception groups nested deeper than this are elided (`max_group_depth`).
const MAX_GROUP_DEPTH: usize = 10;
/// Sub-exceptions of a group shown before "and N more exceptions" (`max_group_width`).
const MAX_GROUP_WIDTH: usize = 15;

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// One exception ready for printing (`traceback.TracebackException`): its frames, its final
/// line(s) and notes, and the indexes of its cause, context and sub-exceptions in the arena.
struct Rendered {
    exc: ObjRef,
    stack: String,
    /// `format_exception_only()`: the message line (or SyntaxError block) and the notes.
    only: String,
    suppress_context: bool,
    cause: Option<usize>,
    context: Option<usize>,
    exceptions: Option<Vec<usize>>,
}

/// The text CPython prints for an uncaught exception.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    format_exception_colored(vm, err, false)
}

/// The text of an "Exception ignored ..." report (CPython's unraisable hook): the traceback as
/// CPython's C-level printer writes it, without the `~`/`^` position lines and without the
/// chained exceptions (only the last one is shown).
pub fn format_unraisable(vm: &mut Vm, err: &PyErr) -> String {
    let full = format_exception(vm, err);
    let separators = [
        "\nDuring handling of the above exception, another exception occurred:\n\n",
        "\nThe above exception was the direct cause of the following exception:\n\n",
    ];
    let last = separators.iter().filter_map(|sep| full.rfind(sep).map(|i| i + sep.len())).max().unwrap_or(0);
    let text = &full[last..];
    let is_caret_line = |l: &str| !l.trim().is_empty() && l.trim_start().chars().all(|c| matches!(c, '^' | '~' | ' ')) && l.starts_with("    ");
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if !is_caret_line(line.trim_end_matches('\n')) {
            out.push_str(line);
        }
    }
    out
}

/// The text for an uncaught exception, with CPython's terminal colours when `colorize`.
pub fn format_exception_colored(vm: &mut Vm, err: &PyErr, colorize: bool) -> String {
    let mut builder = Builder { nodes: Vec::new(), seen: HashSet::new(), colorize };
    let root = builder.build(vm, &err.0);
    let mut printer = Printer { nodes: &builder.nodes, depth: 0, need_close: false, out: String::new() };
    printer.format(root);
    printer.out
}

struct Builder {
    nodes: Vec<Rendered>,
    colorize: bool,
    /// Exceptions already in the tree (`_seen`): cycles and repeats are not followed again.
    seen: HashSet<usize>,
}

impl Builder {
    /// `TracebackException(type(exc), exc, exc.__traceback__, compact=True)`, with its cause,
    /// context and sub-exceptions converted in CPython's order (a LIFO work queue), which decides
    /// where an exception reachable twice is shown.
    fn build(&mut self, vm: &mut Vm, exc: &ObjRef) -> usize {
        let root = self.node(vm, exc);
        let mut queue = vec![root];
        while let Some(index) = queue.pop() {
            let exc = self.nodes[index].exc.clone();
            let (cause, context, suppress) = match exception_data(&exc) {
                Some(d) => {
                    let st = d.state.lock();
                    (st.cause.clone(), st.context.clone(), st.suppress_context)
                }
                None => (None, None, false),
            };
            let cause = match cause {
                Some(Value::Obj(c)) if !self.seen.contains(&c.addr()) => Some(self.node(vm, &c)),
                _ => None,
            };
            // compact=True: the context is only needed when it would be printed.
            let context = match context {
                Some(Value::Obj(c)) if cause.is_none() && !suppress && !self.seen.contains(&c.addr()) => Some(self.node(vm, &c)),
                _ => None,
            };
            let exceptions = if is_exception_group(&exc) {
                let members = group_members(vm, &exc);
                Some(members.iter().map(|m| self.node(vm, m)).collect::<Vec<_>>())
            } else {
                None
            };
            let node = &mut self.nodes[index];
            node.cause = cause;
            node.context = context;
            node.exceptions = exceptions.clone();
            queue.extend(cause);
            queue.extend(context);
            queue.extend(exceptions.unwrap_or_default());
        }
        root
    }

    fn node(&mut self, vm: &mut Vm, exc: &ObjRef) -> usize {
        self.seen.insert(exc.addr());
        let (entries, suppress_context) = match exception_data(exc) {
            Some(d) => {
                let st = d.state.lock();
                (st.traceback.clone(), st.suppress_context)
            }
            None => (Vec::new(), false),
        };
        let stack = if entries.is_empty() { String::new() } else { stack::format_entries(&entries, self.colorize) };
        let only = format_exception_only(vm, exc, self.colorize);
        self.nodes.push(Rendered { exc: exc.clone(), stack, only, suppress_context, cause: None, context: None, exceptions: None });
        self.nodes.len() - 1
    }
}

fn is_exception_group(exc: &ObjRef) -> bool {
    types::is_subtype(&exc.class(), exception_types().get("BaseExceptionGroup"))
}

/// `exc.exceptions` of an exception group, as exception objects.
fn group_members(vm: &mut Vm, exc: &ObjRef) -> Vec<ObjRef> {
    let Ok(members) = vm.getattr(&Value::Obj(exc.clone()), &intern("exceptions")) else { return Vec::new() };
    let items = vm.collect_iterable(&members).unwrap_or_default();
    items.into_iter().filter_map(|v| v.as_obj().filter(|o| exception_data(o).is_some()).cloned()).collect()
}

/// `TracebackException.format()` with its print context (`_ExceptionPrintContext`): the group
/// nesting depth decides the `| ` margin of every line.
struct Printer<'a> {
    nodes: &'a [Rendered],
    depth: usize,
    need_close: bool,
    out: String,
}

impl Printer<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, text: &str, margin: char) {
        if text.is_empty() {
            return;
        }
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        if prefix.is_empty() {
            self.out.push_str(text);
        } else {
            self.out.push_str(&indent_all(text, &prefix));
        }
    }

    fn format(&mut self, start: usize) {
        let nodes = self.nodes;
        // The chain, innermost cause or context first.
        let mut chain: Vec<(Option<&str>, usize)> = Vec::new();
        let mut current = Some(start);
        while let Some(index) = current {
            let node = &nodes[index];
            let (message, next) = if node.cause.is_some() {
                (Some(CAUSE_MESSAGE), node.cause)
            } else if node.context.is_some() && !node.suppress_context {
                (Some(CONTEXT_MESSAGE), node.context)
            } else {
                (None, None)
            };
            chain.push((message, index));
            current = next;
        }
        for &(message, index) in chain.iter().rev() {
            if let Some(m) = message {
                self.emit(m, '|');
            }
            let node = &nodes[index];
            match &node.exceptions {
                None => {
                    if !node.stack.is_empty() {
                        self.emit("Traceback (most recent call last):\n", '|');
                        self.emit(&node.stack, '|');
                    }
                    self.emit(&node.only, '|');
                }
                Some(_) if self.depth > MAX_GROUP_DEPTH => {
                    self.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
                }
                Some(members) => self.format_group(node, members),
            }
        }
    }

    fn format_group(&mut self, node: &Rendered, members: &[usize]) {
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if !node.stack.is_empty() {
            self.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            self.emit(&node.stack, '|');
        }
        self.emit(&node.only, '|');
        let count = members.len();
        let shown = if count <= MAX_GROUP_WIDTH { count } else { MAX_GROUP_WIDTH + 1 };
        self.need_close = false;
        for i in 0..shown {
            let last = i == shown - 1;
            if last {
                // The closing line may be added by a nested group instead.
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            self.out.push_str(&format!("{}{corner}+---------------- {title} ----------------\n", self.indent()));
            self.depth += 1;
            if truncated {
                let remaining = count - MAX_GROUP_WIDTH;
                self.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
            } else {
                self.format(members[i]);
            }
            if last && self.need_close {
                self.out.push_str(&format!("{}+------------------------------------\n", self.indent()));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

/// `exc_type_str`: the class's qualified name, prefixed by its module unless that is
/// `builtins` or `__main__` (a module that is not a string shows as `<unknown>`).
fn type_display_name(vm: &mut Vm, class: &ObjRef) -> String {
    let class_value = Value::Obj(class.clone());
    let qualname = match vm.getattr(&class_value, &intern("__qualname__")) {
        Ok(q) => q.as_str().map(|s| s.to_string()).unwrap_or_default(),
        Err(_) => class.as_type().map(|t| t.qualname.to_string()).unwrap_or_default(),
    };
    let module = vm.getattr(&class_value, &intern("__module__")).ok();
    match module.as_ref().map(|m| m.as_str().map(|s| s.to_string())) {
        Some(Some(m)) if m == "builtins" || m == "__main__" => qualname,
        Some(Some(m)) => format!("{m}.{qualname}"),
        _ => format!("<unknown>.{qualname}"),
    }
}

/// `str(value)`, or `<what str() failed>` when that raises (`_safe_string`).
fn safe_str(vm: &mut Vm, value: &Value, what: &str) -> String {
    vm.str_string(value).unwrap_or_else(|_| format!("<{what} str() failed>"))
}

/// `TracebackException.format_exception_only()` at depth 0: the final line (or a SyntaxError's
/// block), then the notes.
fn format_exception_only(vm: &mut Vm, exc: &ObjRef, colorize: bool) -> String {
    let theme = colour::theme(colorize);
    let stype = type_display_name(vm, &exc.class());
    let value = Value::Obj(exc.clone());
    let mut out = if types::is_subtype(&exc.class(), exception_types().get("SyntaxError")) {
        syntax_error::format_block(vm, exc, &stype, colorize)
    } else {
        let mut text = safe_str(vm, &value, "exception");
        text.push_str(&suggestions::suggestion_suffix(vm, exc));
        if text.is_empty() {
            format!("{}{stype}{}\n", theme.type_, theme.reset)
        } else {
            format!("{}{stype}{}: {}{text}{}\n", theme.type_, theme.reset, theme.message, theme.reset)
        }
    };
    format_notes(vm, exc, &mut out);
    out
}

/// The `__notes__` lines: each note of a sequence (not str or bytes) on its own lines, anything
/// else as its repr.
fn format_notes(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
    let notes = match vm.getattr(&Value::Obj(exc.clone()), &intern("__notes__")) {
        Ok(n) => n,
        Err(e) if e.is("AttributeError") => return,
        Err(e) => {
            let shown = vm.repr_string(&Value::Obj(e.0.clone())).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push_str(&format!("Ignored error getting __notes__: {shown}\n"));
            return;
        }
    };
    if matches!(notes, Value::None) {
        return;
    }
    let builtin = types::builtin();
    let class = vm.class_of(&notes);
    let is_sequence = [&builtin.list, &builtin.tuple, &builtin.range].iter().any(|t| types::is_subtype(&class, t));
    if is_sequence {
        for note in vm.collect_iterable(&notes).unwrap_or_default() {
            let text = safe_str(vm, &note, "note");
            for line in text.split('\n') {
                out.push_str(line);
                out.push('\n');
            }
        }
    } else {
        let shown = vm.repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        out.push_str(&shown);
        out.push('\n');
    }
}
