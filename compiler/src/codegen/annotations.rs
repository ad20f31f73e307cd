//! PEP 649 / PEP 749 annotations: the compiler-generated `__annotate__(format)` functions of
//! defs, classes and modules, annotated assignments (`x: int = 1`), the
//! `__conditional_annotations__` set that records which module/class annotations actually ran,
//! and the string annotations of `from __future__ import annotations` (PEP 563).
//!
//! Module and class annotations are *deferred*: each simple `name: annotation` of the body is
//! remembered in compilation order (a `finally` body compiled twice contributes twice, as in
//! CPython) and the body's `__annotate__` is compiled after the body. A class stores it as
//! `__annotate_func__` (the type's `__annotate__` descriptor finds it there); a module stores
//! it as `__annotate__`, moved before the body's first instruction so that it exists while the
//! module runs.

use ophis_lexer::TextRange;
use ophis_parser::ast::{self, Expr, Stmt};

use super::{Compiler, Result};
use crate::code::Constant;
use crate::instructions::Opcode;
use crate::symtable::{ScopeId, ScopeKind};

/// The `SET_FUNCTION_ATTRIBUTE` flag of an `__annotate__` function.
pub(super) const MAKE_FUNCTION_ANNOTATE: u32 = 16;


/// What a module or class body has collected for its `__annotate__` so far.
#[derive(Default)]
pub(super) struct AnnotationState<'a> {
    /// The simple-name annotated assignments, in compilation order, with their index in
    /// `__conditional_annotations__` (None for annotations that always run).
    deferred: Vec<(&'a ast::StmtAnnAssign, Option<u32>)>,
    next_conditional_index: u32,
    /// How many `if`/`for`/`while`/`try`/`with`/`match` statements enclose the statement being
    /// compiled (within this unit).
    conditional_depth: u32,
}

/// Statements whose bodies may not run: annotations inside them are conditional.
fn opens_conditional_block(s: &Stmt) -> bool {
    matches!(
        s,
        Stmt::If(_)
            | Stmt::For(_)
            | Stmt::AsyncFor(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::AsyncWith(_)
            | Stmt::Match(_)
            | Stmt::Try(_)
            | Stmt::TryStar(_)
    )
}

impl<'a> Compiler<'a> {
    fn annotation_state(&mut self) -> &mut AnnotationState<'a> {
        let id = self.scope_id();
        self.annotations.entry(id).or_default()
    }

    fn future_annotations(&self) -> bool {
        self.table.future.annotations
    }

    /// The code flags of the module's future features (every code object carries them).
    pub(super) fn future_flags(&self) -> u32 {
        if self.future_annotations() { crate::code::flags::FUTURE_ANNOTATIONS } else { 0 }
    }

    /// Compiles a statement, counting it as a conditional block when it is a compound statement.
    pub(super) fn stmt(&mut self, s: &'a Stmt) -> Result<()> {
        if !opens_conditional_block(s) || self.in_function() {
            return self.stmt_kind(s);
        }
        self.annotation_state().conditional_depth += 1;
        let result = self.stmt_kind(s);
        self.annotation_state().conditional_depth -= 1;
        result
    }

    /// An annotated assignment: the assignment, then what the annotation needs (nothing in a
    /// function; a deferred annotation or a string stored in `__annotations__` in a module or
    /// class; the target's parts for attribute and subscript targets without a value).
    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign, s: &'a Stmt) -> Result<()> {
        if let Some(value) = &a.value {
            self.expr(value)?;
            self.store_target(&a.target)?;
        }
        match &*a.target {
            Expr::Name(target) => {
                let kind = self.unit().kind;
                if a.simple == 0 || !matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    return Ok(());
                }
                if self.future_annotations() {
                    self.set_location(a.annotation.range());
                    self.load_const(Constant::Str(crate::unparse::unparse(&a.annotation).into()));
                    self.set_location(s.range());
                    let i = self.unit().add_name("__annotations__");
                    self.emit(Opcode::LOAD_NAME, i);
                    let name = self.mangle(target.id.as_str());
                    self.load_const(Constant::Str(name.into()));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                    return Ok(());
                }
                let state = self.annotation_state();
                let index = if kind == ScopeKind::Module || state.conditional_depth > 0 {
                    state.next_conditional_index += 1;
                    Some(state.next_conditional_index - 1)
                } else {
                    None
                };
                state.deferred.push((a, index));
                if let Some(index) = index {
                    self.set_location(s.range());
                    self.load_conditional_annotations_set(true);
                    self.load_const(Constant::Int(index.into()));
                    self.emit(Opcode::SET_ADD, 1);
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Expr::Attribute(attribute) if a.value.is_none() => {
                self.expr(&attribute.value)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            Expr::Subscript(subscript) if a.value.is_none() => {
                self.expr(&subscript.value)?;
                self.emit(Opcode::POP_TOP, 0);
                self.annotated_subscript(&subscript.slice)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Evaluates (and discards) the parts of the subscript of `a[i]: T`: a slice's bounds and a
    /// tuple's items one by one.
    fn annotated_subscript(&mut self, slice: &'a Expr) -> Result<()> {
        match slice {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Expr::Tuple(t) => {
                for item in &t.elts {
                    self.annotated_subscript(item)?;
                }
            }
            other => {
                self.expr(other)?;
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// Pushes the body's `__conditional_annotations__` set: a cell in a class body, a name in a
    /// module (`in_body`), a free variable or global in the `__annotate__` that reads it.
    fn load_conditional_annotations_set(&mut self, in_body: bool) {
        const NAME: &str = "__conditional_annotations__";
        if let Some(i) = self.unit().deref_index(NAME) {
            self.emit(Opcode::LOAD_DEREF, i);
        } else {
            let i = self.unit().add_name(NAME);
            self.emit(if in_body { Opcode::LOAD_NAME } else { Opcode::LOAD_GLOBAL }, i);
        }
    }

    /// What a module or class body starts with: the class's `__classdict__` cell, the
    /// `__conditional_annotations__` set, and `__annotations__` under `from __future__ import
    /// annotations`.
    pub(super) fn annotations_prologue(&mut self) {
        let scope = self.table.scope(self.scope_id());
        let (is_class, needs_classdict, conditional, used) =
            (scope.kind == ScopeKind::Class, scope.needs_classdict, scope.has_conditional_annotations, scope.annotations_used);
        if is_class
            && needs_classdict
            && let Some(i) = self.unit().deref_index("__classdict__")
        {
            self.emit(Opcode::LOAD_LOCALS, 0);
            self.emit(Opcode::STORE_DEREF, i);
        }
        if conditional {
            self.emit(Opcode::BUILD_SET, 0);
            match self.unit().deref_index("__conditional_annotations__") {
                Some(i) if is_class => self.emit(Opcode::STORE_DEREF, i),
                _ => {
                    let i = self.unit().add_name("__conditional_annotations__");
                    self.emit(Opcode::STORE_NAME, i);
                }
            }
        }
        if self.future_annotations() && used {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
    }

    /// After a class body's `__static_attributes__`: hands the `__classdict__` cell to
    /// `type.__new__` (which fills it with the class's namespace) as `__classdictcell__`.
    pub(super) fn class_dict_cell(&mut self) {
        if !self.table.scope(self.scope_id()).needs_classdict {
            return;
        }
        if let Some(i) = self.unit().deref_index("__classdict__") {
            self.emit(Opcode::LOAD_CLOSURE, i);
            let n = self.unit().add_name("__classdictcell__");
            self.emit(Opcode::STORE_NAME, n);
        }
    }

    /// At the end of a module or class body: compiles its `__annotate__` from the deferred
    /// annotations (if any) and stores it. Returns whether it did.
    pub(super) fn deferred_annotations(&mut self, annotation_scope: Option<ScopeId>, range: TextRange) -> Result<bool> {
        let id = self.scope_id();
        let Some(state) = self.annotations.remove(&id) else { return Ok(false) };
        let Some(scope) = annotation_scope else { return Ok(false) };
        if state.deferred.is_empty() || self.future_annotations() {
            return Ok(false);
        }
        let is_class = self.unit().kind == ScopeKind::Class;
        self.set_location(range);
        self.enter_annotation_scope(scope, range);
        self.emit(Opcode::BUILD_MAP, 0);
        for (assign, index) in state.deferred {
            let Expr::Name(target) = &*assign.target else { continue };
            let name = self.mangle(target.id.as_str());
            let not_set = self.unit().new_label();
            self.set_location(assign.range);
            if let Some(index) = index {
                self.load_const(Constant::Int(index.into()));
                self.load_conditional_annotations_set(false);
                self.emit(Opcode::CONTAINS_OP, 0);
                self.unit().emit_jump(Opcode::POP_JUMP_IF_FALSE, not_set);
            }
            self.expr(&assign.annotation)?;
            self.set_location(assign.range);
            self.emit(Opcode::COPY, 2);
            self.load_const(Constant::Str(name.into()));
            self.set_location(range);
            self.emit(Opcode::STORE_SUBSCR, 0);
            self.unit().bind(not_set);
        }
        self.leave_annotation_scope(range);
        let store_as = if is_class { "__annotate_func__" } else { "__annotate__" };
        let i = self.unit().add_name(store_as);
        self.emit(Opcode::STORE_NAME, i);
        Ok(true)
    }

    /// The module's `__annotate__`: compiled after the body, run before it.
    pub(super) fn module_deferred_annotations(&mut self, tree: &'a ast::Mod) -> Result<()> {
        let scope = self.table.scope_of(tree, ScopeKind::Annotation);
        let tail = self.unit().instructions.len();
        let location = self.unit().location;
        if self.deferred_annotations(scope, TextRange::empty(0))? {
            self.unit().move_tail_to(tail, 0);
        }
        self.unit().location = location;
        Ok(())
    }

    /// A def's `__annotate__`, pushed for its SET_FUNCTION_ATTRIBUTE; returns the flag (0 when
    /// the def has no annotations).
    pub(super) fn function_annotations(&mut self, args: &'a ast::Arguments, s: &'a Stmt) -> Result<u32> {
        let returns = match s {
            Stmt::FunctionDef(f) => f.returns.as_deref(),
            Stmt::AsyncFunctionDef(f) => f.returns.as_deref(),
            _ => None,
        };
        let Some(scope) = self.table.scope_of(s, ScopeKind::Annotation) else { return Ok(0) };
        if !self.table.scope(scope).annotations_used {
            return Ok(0);
        }
        let range = s.range();
        self.set_location(range);
        self.enter_annotation_scope(scope, range);
        let mut count = 0;
        // CPython's order: positional parameters before positional-only ones.
        for arg in args.args.iter().chain(&args.posonlyargs) {
            self.parameter_annotation(arg.arg.as_str(), arg.annotation.as_deref(), &mut count, range)?;
        }
        if let Some(arg) = &args.vararg {
            self.parameter_annotation(arg.arg.as_str(), arg.annotation.as_deref(), &mut count, range)?;
        }
        for arg in &args.kwonlyargs {
            self.parameter_annotation(arg.arg.as_str(), arg.annotation.as_deref(), &mut count, range)?;
        }
        if let Some(arg) = &args.kwarg {
            self.parameter_annotation(arg.arg.as_str(), arg.annotation.as_deref(), &mut count, range)?;
        }
        self.parameter_annotation("return", returns, &mut count, range)?;
        self.set_location(range);
        self.emit(Opcode::BUILD_MAP, count);
        self.leave_annotation_scope(range);
        Ok(MAKE_FUNCTION_ANNOTATE)
    }

    /// `'name', annotation` for one parameter (or the return) with an annotation.
    fn parameter_annotation(&mut self, name: &str, annotation: Option<&'a Expr>, count: &mut u32, range: TextRange) -> Result<()> {
        let Some(annotation) = annotation else { return Ok(()) };
        self.set_location(range);
        let name = self.mangle(name);
        self.load_const(Constant::Str(name.into()));
        if self.future_annotations() {
            self.set_location(annotation.range());
            self.load_const(Constant::Str(crate::unparse::unparse(annotation).into()));
        } else if let Expr::Starred(starred) = annotation {
            // `*args: *Ts`: the value is the one item of the unpacked iterable.
            self.expr(&starred.value)?;
            self.set_location(range);
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.expr(annotation)?;
        }
        *count += 1;
        Ok(())
    }

    /// Starts an `__annotate__(format, /)` function: raises NotImplementedError for formats
    /// above VALUE_WITH_FAKE_GLOBALS (the same prologue as the lazily evaluated bounds of type
    /// parameters).
    fn enter_annotation_scope(&mut self, scope: ScopeId, range: TextRange) {
        self.enter_lazy_scope(scope, "__annotate__", range);
    }

    /// Returns the annotation dict on the stack and pushes the finished function.
    fn leave_annotation_scope(&mut self, range: TextRange) {
        self.emit(Opcode::RETURN_VALUE, 0);
        let mut code = self.exit_scope();
        // The symbol table calls the parameter `.format` so that annotations can use a name
        // `format`; the signature says `format`.
        if let Some(first) = code.varnames.first_mut()
            && &**first == ".format"
        {
            *first = "format".into();
        }
        self.set_location(range);
        self.make_function(code, 0);
    }
}
