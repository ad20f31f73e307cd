//! One code object under construction: instructions with labels, the static stack depth, the
//! active exception handlers (turned into the exception table when the unit is finished),
//! constants, names and variable slots.

use std::sync::Arc;

use indexmap::IndexSet;

use crate::code::{CodeObject, Constant, ExceptionEntry, SourceLocation};
use crate::instructions::{Instruction, Opcode, OperandKind};
use crate::symtable::{ScopeId, ScopeKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

#[derive(Clone, Copy)]
struct Handler {
    label: Label,
    depth: u32,
    lasti: bool,
}

/// What `break`, `continue` and `return` must undo when they leave a block.
#[derive(Clone)]
pub enum FBlock {
    /// A `for` loop: the iterator is on the stack.
    ForLoop { continue_to: Label, break_to: Label },
    WhileLoop { continue_to: Label, break_to: Label },
    /// The body of `try` with a `finally`: leaving runs the final body (stored by index).
    FinallyTry { finalbody: usize },
    /// Inside the handler of a finally block or a cleanup: the previous exception is on the stack.
    FinallyEnd,
    /// Inside a `try` body with except clauses: a handler is active.
    TryExcept,
    /// Inside an `except` clause; `name` is unbound on leaving.
    HandlerCleanup { name: Option<String> },
    /// Inside a `with` body: `__exit__` is on the stack (`__aexit__` for `async with`).
    With { is_async: bool },
    /// Inside a handler region of a `with` (exception being passed to `__exit__`).
    ExceptionHandler,
    /// Inside an `except*` clause: `break`/`continue`/`return` are not allowed.
    ExceptStar,
}

pub struct Unit {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub instructions: Vec<Instruction>,
    pub locations: Vec<SourceLocation>,
    handler_of: Vec<Option<u32>>,
    handlers: Vec<Handler>,
    handler_stack: Vec<u32>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<u32>>,
    pub depth: u32,
    max_depth: u32,
    reachable: bool,
    pub constants: Vec<Constant>,
    pub names: IndexSet<Arc<str>>,
    pub varnames: IndexSet<Arc<str>>,
    pub cellvars: IndexSet<Arc<str>>,
    pub freevars: IndexSet<Arc<str>>,
    pub location: SourceLocation,
    pub fblocks: Vec<FBlock>,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub first_line: u32,
    cache_count: u32,
}

impl Unit {
    pub fn new(scope: ScopeId, kind: ScopeKind, name: &str, qualname: &str, first_line: u32) -> Unit {
        Unit {
            scope,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            instructions: Vec::new(),
            locations: Vec::new(),
            handler_of: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            constants: Vec::new(),
            names: IndexSet::new(),
            varnames: IndexSet::new(),
            cellvars: IndexSet::new(),
            freevars: IndexSet::new(),
            location: SourceLocation::default(),
            fblocks: Vec::new(),
            flags: 0,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            first_line,
            cache_count: 0,
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Places `label` at the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instructions.len() as u32);
        if !self.reachable {
            if let Some(d) = self.label_depth[label.0 as usize] {
                self.depth = d;
            }
        }
        self.reachable = true;
    }

    pub fn is_reachable(&self) -> bool {
        self.reachable
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let effect = op.stack_effect(arg);
        if let Some(jump) = op.jump_stack_effect(arg) {
            let after = (self.depth + jump.pushes).saturating_sub(jump.pops);
            let slot = &mut self.label_depth[arg as usize];
            *slot = Some(slot.map_or(after, |d| d.max(after)));
        }
        self.depth = (self.depth + effect.pushes).saturating_sub(effect.pops);
        self.max_depth = self.max_depth.max(self.depth + effect.pops.min(effect.pushes)).max(self.depth);
        let mut instruction = Instruction::new(op, arg);
        if needs_cache(op) && self.cache_count < u16::MAX as u32 {
            instruction.cache = self.cache_count as u16;
            self.cache_count += 1;
        }
        self.instructions.push(instruction);
        self.locations.push(self.location);
        self.handler_of.push(self.handler_stack.last().copied());
        if matches!(op, Opcode::JUMP | Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE) {
            self.reachable = false;
        }
    }

    /// Gives the next instruction the location of the last one emitted (CPython's NO_LOCATION
    /// instructions, such as the jump closing a loop, take their predecessor's location).
    pub fn inherit_location(&mut self) {
        if let Some(last) = self.locations.last() {
            self.location = *last;
        }
    }

    pub fn emit_jump(&mut self, op: Opcode, label: Label) {
        debug_assert_eq!(op.operand_kind(), OperandKind::Jump);
        self.emit(op, label.0);
    }

    /// Starts a region whose exceptions go to `label` (CPython's SETUP_FINALLY / SETUP_CLEANUP /
    /// SETUP_WITH pseudo-instructions): the handler finds the stack at the current depth
    /// (minus `pop`), plus the instruction index if `lasti`, plus the exception.
    pub fn push_handler(&mut self, label: Label, lasti: bool, pop: u32) {
        let depth = self.depth - pop;
        self.handlers.push(Handler { label, depth, lasti });
        let h = self.handlers.len() as u32 - 1;
        self.handler_stack.push(h);
        let at_handler = depth + lasti as u32 + 1;
        let slot = &mut self.label_depth[label.0 as usize];
        *slot = Some(slot.map_or(at_handler, |d| d.max(at_handler)));
        self.max_depth = self.max_depth.max(at_handler);
    }

    pub fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    /// The handler stack as it is, to restore after temporarily leaving blocks.
    pub fn handler_state(&self) -> Vec<u32> {
        self.handler_stack.clone()
    }

    pub fn restore_handlers(&mut self, state: Vec<u32>) {
        self.handler_stack = state;
    }

    /// Moves the instructions emitted since `tail` to index `at`, before the ones already there
    /// (a module's `__annotate__` is compiled after its body but must run first). Jump targets
    /// and handlers move with their instructions; the tail must contain no bound labels.
    pub fn move_tail_to(&mut self, tail: usize, at: usize) {
        let end = self.instructions.len();
        if tail >= end || at >= tail {
            return;
        }
        let moved = (end - tail) as u32;
        self.instructions[at..].rotate_right(end - tail);
        self.locations[at..].rotate_right(end - tail);
        self.handler_of[at..].rotate_right(end - tail);
        for position in self.labels.iter_mut().flatten() {
            // A label at `tail` was bound at the end of the body: it stays after the body.
            if (at as u32..=tail as u32).contains(position) {
                *position += moved;
            }
        }
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        if let Some(i) = self.constants.iter().position(|k| k.same_as(&c)) {
            return i as u32;
        }
        self.constants.push(c);
        self.constants.len() as u32 - 1
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        self.names.insert_full(name.into()).0 as u32
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        self.varnames.insert_full(name.into()).0 as u32
    }

    /// The deref index of a cell or free variable.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.get_index_of(name) {
            return Some(i as u32);
        }
        self.freevars.get_index_of(name).map(|i| (self.cellvars.len() + i) as u32)
    }

    pub fn finish(self, filename: &Arc<str>) -> CodeObject {
        let labels = self.labels;
        let mut instructions = self.instructions;
        for ins in instructions.iter_mut() {
            if ins.op.operand_kind() == OperandKind::Jump {
                ins.arg = labels[ins.arg as usize].expect("every jump target is bound");
            }
        }
        let mut exception_table: Vec<ExceptionEntry> = Vec::new();
        for (i, h) in self.handler_of.iter().enumerate() {
            let Some(h) = h else { continue };
            let handler = self.handlers[*h as usize];
            let target = labels[handler.label.0 as usize].expect("handler bound");
            let i = i as u32;
            if let Some(last) = exception_table.last_mut() {
                if last.end == i && last.target == target && last.depth == handler.depth && last.push_lasti == handler.lasti {
                    last.end = i + 1;
                    continue;
                }
            }
            exception_table.push(ExceptionEntry { start: i, end: i + 1, target, depth: handler.depth, push_lasti: handler.lasti });
        }
        let cellvars: Vec<Arc<str>> = self.cellvars.into_iter().collect();
        let varnames: Vec<Arc<str>> = self.varnames.into_iter().collect();
        let cell2arg = cellvars
            .iter()
            .map(|c| {
                let params = (self.arg_count + self.kwonly_arg_count) as usize
                    + (self.flags & crate::code::flags::VARARGS != 0) as usize
                    + (self.flags & crate::code::flags::VARKEYWORDS != 0) as usize;
                varnames.iter().take(params).position(|v| v == c).map(|p| p as u32)
            })
            .collect();
        CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.clone(),
            first_line: self.first_line,
            flags: self.flags,
            arg_count: self.arg_count,
            posonly_arg_count: self.posonly_arg_count,
            kwonly_arg_count: self.kwonly_arg_count,
            varnames,
            cellvars,
            freevars: self.freevars.into_iter().collect(),
            cell2arg,
            names: self.names.into_iter().collect(),
            constants: self.constants,
            instructions,
            locations: self.locations,
            exception_table,
            max_stack: self.max_depth + 2,
            cache_count: self.cache_count,
        }
    }
}

/// Instructions that get an inline cache slot.
fn needs_cache(op: Opcode) -> bool {
    matches!(op, Opcode::LOAD_GLOBAL | Opcode::LOAD_ATTR | Opcode::LOAD_METHOD | Opcode::STORE_ATTR)
}
