//! The rustyline helper: validation of multi-line buffers (`input.rs`), highlighting
//! (`highlight.rs`) and completion (`complete.rs`).

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};

use ophis_vm::object::ObjRef;
use ophis_vm::Vm;

use super::{complete, highlight, input};

pub struct ReplHelper {
    /// The interpreter, for completion (borrowed only while the editor reads a line, when the
    /// REPL loop does not hold it).
    vm: Rc<RefCell<Vm>>,
    globals: ObjRef,
    colour: bool,
    /// The lines of the input typed so far (each followed by a newline) when a continuation
    /// line is read: the line is coloured in their context.
    context: RefCell<String>,
}

impl ReplHelper {
    pub fn new(vm: Rc<RefCell<Vm>>, globals: ObjRef, colour: bool) -> ReplHelper {
        ReplHelper { vm, globals, colour, context: RefCell::new(String::new()) }
    }

    /// Sets the earlier lines of the input being typed ("" at the primary prompt).
    pub fn set_context(&self, lines: &str) {
        let mut context = self.context.borrow_mut();
        context.clear();
        if !lines.is_empty() {
            context.push_str(lines);
            context.push('\n');
        }
    }
}

impl Validator for ReplHelper {
    /// A buffer of one line is always accepted (the REPL loop then asks for more lines with the
    /// `...` prompt); a buffer holding several lines — a recalled or pasted block — is accepted
    /// once the parser finds it complete, and Enter adds a line to it until then.
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        let text = ctx.input();
        if text.contains('\n') && input::needs_more_lines(text) {
            return Ok(ValidationResult::Incomplete);
        }
        Ok(ValidationResult::Valid(None))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.colour {
            return Cow::Borrowed(line);
        }
        let context = self.context.borrow();
        if context.is_empty() {
            return Cow::Owned(highlight::highlight(line, Some(pos)));
        }
        let source = format!("{context}{line}");
        Cow::Owned(highlight::highlight_from(&source, context.len(), Some(context.len() + pos)))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        // Every edit or cursor move can change the colours (a quote opens a string; the cursor
        // reaching a bracket lights its partner).
        self.colour && kind != CmdKind::ForcedRefresh
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let Ok(mut vm) = self.vm.try_borrow_mut() else { return Ok((pos, Vec::new())) };
        let (start, words) = complete::complete(&mut vm, &self.globals, line, pos);
        Ok((start, words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect()))
    }
}

impl Helper for ReplHelper {}
