//! Code generation: AST + symbol table → code objects.
//!
//! One [`unit::Unit`] per scope being compiled (module, class body, function, lambda,
//! non-inlined comprehension). Statements are in `stmt.rs`, expressions in `expr.rs`, function
//! and class creation in `scopes.rs`, `match` statements in `patterns.rs`, PEP 695 generics and
//! `type` statements in `type_params.rs`.

mod annotations;
mod expr;
mod fold;
mod pattern_constants;
mod patterns;
mod scopes;
mod stmt;
mod type_params;
pub mod unit;
mod warnings;

use std::sync::Arc;

use ophis_lexer::{LineIndex, TextRange};
use ophis_parser::SyntaxError;
use ophis_parser::ast::{Expr, ExprContext, Mod, Stmt};

use crate::code::{CodeObject, Constant, SourceLocation, flags};
use crate::instructions::Opcode;
use crate::symtable::{ScopeId, ScopeKind, SymbolFlags, SymbolScope, SymbolTable};
use unit::Unit;

pub type Result<T> = std::result::Result<T, SyntaxError>;

/// What the code runs as: a module, one expression (`eval`), or interactive input (expression
/// statements print their value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

pub struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Arc<str>,
    line_index: LineIndex,
    units: Vec<Unit>,
    mode: CompileMode,
    /// Names bound by the innermost inlined comprehensions: they live in fast locals of the
    /// enclosing unit.
    inlined_locals: Vec<Vec<String>>,
    /// The scopes of the inlined comprehensions being compiled: other names inside them resolve
    /// by the comprehension's own symbol table (a class body's names are not visible there).
    inlined_scopes: Vec<ScopeId>,
    /// Final bodies of `try`/`finally` statements, for `return`/`break` that leave them.
    finalbodies: Vec<&'a [Stmt]>,
    /// The deferred annotations of the module and class bodies being compiled.
    annotations: std::collections::HashMap<ScopeId, annotations::AnnotationState<'a>>,
    /// The `SyntaxWarning`s found so far (`warnings.rs`).
    warnings: Vec<ophis_parser::warnings::CompileWarning>,
}

/// Compiles a parsed module (or expression) into its code object.
pub fn compile<'a>(tree: &'a Mod, table: &'a SymbolTable, source: &str, filename: &str, mode: CompileMode) -> Result<CodeObject> {
    compile_with_warnings(tree, table, source, filename, mode, &mut Vec::new())
}

/// [`compile`], adding the code generator's `SyntaxWarning`s to `warnings` (also those found
/// before an error).
pub fn compile_with_warnings<'a>(
    tree: &'a Mod,
    table: &'a SymbolTable,
    source: &str,
    filename: &str,
    mode: CompileMode,
    warnings: &mut Vec<ophis_parser::warnings::CompileWarning>,
) -> Result<CodeObject> {
    let mut c = Compiler {
        table,
        filename: filename.into(),
        line_index: LineIndex::new(source),
        units: Vec::new(),
        mode,
        inlined_locals: Vec::new(),
        inlined_scopes: Vec::new(),
        finalbodies: Vec::new(),
        annotations: Default::default(),
        warnings: Vec::new(),
    };
    let result = c.compile_tree(tree);
    warnings.append(&mut c.warnings);
    result
}

impl<'a> Compiler<'a> {
    /// Compiles the module-level code of `tree`.
    fn compile_tree(&mut self, tree: &'a Mod) -> Result<CodeObject> {
        self.units.push(Unit::new(SymbolTable::MODULE, ScopeKind::Module, "<module>", "<module>", 1));
        let future = self.future_flags();
        self.unit().flags |= future;
        // The only cells of a module are the captured iteration variables of its inlined
        // comprehensions (`[lambda: x for x in xs]`).
        for (name, symbol) in &self.table.scope(SymbolTable::MODULE).symbols {
            if symbol.scope == SymbolScope::Cell || symbol.flags.contains(SymbolFlags::DEF_COMP_CELL) {
                self.units.last_mut().expect("module unit").cellvars.insert(name.as_str().into());
            }
        }
        for i in 0..self.unit().cellvars.len() {
            self.emit(Opcode::MAKE_CELL, i as u32);
        }
        match tree {
            Mod::Module(m) => {
                self.annotations_prologue();
                self.body_with_docstring(&m.body, true)?;
                self.module_deferred_annotations(tree)?;
                if self.unit().is_reachable() {
                    self.load_const(Constant::None);
                    self.emit(Opcode::RETURN_VALUE, 0);
                }
            }
            Mod::Interactive(m) => {
                self.annotations_prologue();
                for s in &m.body {
                    self.stmt(s)?;
                }
                self.module_deferred_annotations(tree)?;
                self.load_const(Constant::None);
                self.emit(Opcode::RETURN_VALUE, 0);
            }
            Mod::Expression(e) => {
                self.expr(&e.body)?;
                self.emit(Opcode::RETURN_VALUE, 0);
            }
            Mod::FunctionType(_) => {
                return Err(SyntaxError::new("function type input cannot be compiled", TextRange::default()));
            }
        }
        let unit = self.units.pop().expect("module unit");
        Ok(unit.finish(&self.filename))
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        self.unit().emit(op, arg);
    }

    fn load_const(&mut self, c: Constant) {
        if let Constant::Int(i) = &c {
            if let Ok(small) = i32::try_from(i) {
                if (-5..=256).contains(&small) {
                    self.emit(Opcode::LOAD_SMALL_INT, small as u32);
                    return;
                }
            }
        }
        let i = self.unit().add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    /// Sets the location of the instructions emitted next.
    fn set_location(&mut self, range: TextRange) {
        let (line, col, end_line, end_col) = self.line_index.ast_location(range);
        self.unit().location = SourceLocation { line, end_line, col, end_col };
    }

    /// Sets the location of `range` with its start moved to the attribute name of `attr` when
    /// that is on a later line (`update_start_location_to_match_attr`: tracebacks of
    /// `obj\n.method()` point at the method's line).
    fn set_attr_location(&mut self, range: TextRange, attr: &ophis_parser::ast::ExprAttribute) {
        let (mut line, mut col, mut end_line, mut end_col) = self.line_index.ast_location(range);
        let (_, _, attr_end_line, attr_end_col) = self.line_index.ast_location(attr.range);
        if line != attr_end_line {
            line = attr_end_line;
            // CPython subtracts the name's length in characters from a byte column.
            let len = attr.attr.as_str().chars().count() as u32;
            col = attr_end_col.saturating_sub(len);
            end_line = end_line.max(line);
            if line == end_line {
                end_col = end_col.max(col);
            }
        }
        self.unit().location = SourceLocation { line, end_line, col, end_col };
    }

    fn error(&self, message: impl Into<String>, range: TextRange) -> SyntaxError {
        SyntaxError::new(message, range)
    }

    /// The scope currently being compiled.
    fn scope_id(&self) -> ScopeId {
        self.units.last().expect("unit").scope
    }

    fn mangle(&self, name: &str) -> String {
        self.table.mangle(self.scope_id(), name).into_owned()
    }

    /// Loads, stores or deletes a variable, choosing the instruction from the symbol table.
    fn name_op(&mut self, name: &str, ctx: ExprContext) {
        if name == "__debug__" && ctx == ExprContext::Load {
            // A constant: true unless compiling with -O.
            self.load_const(Constant::Bool(self.table.optimize == 0));
            return;
        }
        let name = self.mangle(name);
        if self.inlined_locals.iter().any(|set| set.iter().any(|n| *n == name)) {
            let i = self.unit().add_varname(&name);
            let op = by_context(ctx, [Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST]);
            self.emit(op, i);
            return;
        }
        let scope = self.table.scope(self.scope_id());
        let kind = scope.kind;
        // Annotation-like scopes of a class body read class-level names from its namespace
        // (the `__classdict__` cell) before the enclosing variables or globals.
        let sees_class = scope.can_see_class_scope && self.inlined_scopes.is_empty();
        let mut symbol_scope = scope.scope_of_name(&name).unwrap_or(SymbolScope::GlobalImplicit);
        // A module or class body reaches its names through the namespace, even those that an
        // inlined comprehension made cells; only inside that comprehension are they cells.
        let mut comprehension_cell = false;
        if let Some(&comp) = self.inlined_scopes.last() {
            match self.table.scope(comp).scope_of_name(&name) {
                Some(SymbolScope::Cell) if scope.symbols.get(&name).is_some_and(|s| s.flags.contains(SymbolFlags::DEF_COMP_CELL)) => {
                    comprehension_cell = true
                }
                Some(s @ (SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit)) if kind == ScopeKind::Class || kind == ScopeKind::Module => {
                    let _ = s;
                    let i = self.unit().add_name(&name);
                    let op = by_context(ctx, [Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL]);
                    self.emit(op, i);
                    return;
                }
                Some(SymbolScope::Free) if kind == ScopeKind::Class => symbol_scope = SymbolScope::Free,
                _ => {}
            }
        }
        enum Access {
            Fast,
            Deref,
            Global,
            Name,
            ClassDeref,
        }
        let access = match symbol_scope {
            _ if comprehension_cell => Access::Deref,
            SymbolScope::Free => {
                if kind == ScopeKind::Class { Access::ClassDeref } else { Access::Deref }
            }
            SymbolScope::Cell => {
                if kind.is_function_like() { Access::Deref } else { Access::Name }
            }
            SymbolScope::Local => {
                if kind.is_function_like() { Access::Fast } else { Access::Name }
            }
            SymbolScope::GlobalImplicit => {
                if kind.is_function_like() { Access::Global } else { Access::Name }
            }
            SymbolScope::GlobalExplicit => Access::Global,
            SymbolScope::Unresolved => Access::Name,
        };
        match access {
            Access::Fast => {
                let i = self.unit().add_varname(&name);
                let op = by_context(ctx, [Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST]);
                self.emit(op, i);
            }
            Access::Deref | Access::ClassDeref => {
                let i = self.unit().deref_index(&name).expect("cell or free variable registered");
                match (ctx, access) {
                    (ExprContext::Load, Access::ClassDeref) => {
                        self.emit(Opcode::LOAD_LOCALS, 0);
                        self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, i);
                    }
                    (ExprContext::Load, _) if sees_class && self.load_classdict() => {
                        self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, i);
                    }
                    (ExprContext::Load, _) => self.emit(Opcode::LOAD_DEREF, i),
                    (ExprContext::Store, _) => self.emit(Opcode::STORE_DEREF, i),
                    (ExprContext::Del, _) => self.emit(Opcode::DELETE_DEREF, i),
                }
            }
            Access::Global if ctx == ExprContext::Load && sees_class && symbol_scope == SymbolScope::GlobalImplicit && self.load_classdict() => {
                let i = self.unit().add_name(&name);
                self.emit(Opcode::LOAD_FROM_DICT_OR_GLOBALS, i);
            }
            Access::Global => {
                let i = self.unit().add_name(&name);
                let op = by_context(ctx, [Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL]);
                self.emit(op, i);
            }
            Access::Name => {
                let i = self.unit().add_name(&name);
                let op = by_context(ctx, [Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME]);
                self.emit(op, i);
            }
        }
    }

    /// Pushes the class namespace an annotation-like scope sees (its `__classdict__` free
    /// variable); false if it has none.
    fn load_classdict(&mut self) -> bool {
        match self.unit().deref_index("__classdict__") {
            Some(i) => {
                self.emit(Opcode::LOAD_DEREF, i);
                true
            }
            None => false,
        }
    }

    /// Whether the code being compiled is a coroutine or async generator body.
    fn in_async_function(&self) -> bool {
        let u = self.units.last().expect("unit");
        u.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// Whether the code being compiled is a function body (not module or class level).
    fn in_function(&self) -> bool {
        self.units.last().expect("unit").kind.is_function_like()
    }

    /// A body whose first statement may be a docstring (modules, classes, functions).
    fn body_with_docstring(&mut self, body: &'a [Stmt], module: bool) -> Result<()> {
        let mut rest = body;
        if let Some(doc) = self.docstring(body) {
            if module {
                self.set_location(body[0].range());
                self.load_const(doc);
                let i = self.unit().add_name("__doc__");
                self.emit(Opcode::STORE_NAME, i);
            }
            rest = &body[1..];
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> Result<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// The load, store or delete form of a variable instruction.
fn by_context(ctx: ExprContext, [load, store, delete]: [Opcode; 3]) -> Opcode {
    match ctx {
        ExprContext::Load => load,
        ExprContext::Store => store,
        ExprContext::Del => delete,
    }
}

impl Compiler<'_> {
    /// The docstring of a body, unless `-OO` drops docstrings.
    fn docstring(&self, body: &[Stmt]) -> Option<Constant> {
        if self.table.optimize >= 2 { None } else { docstring(body) }
    }
}

/// The docstring constant of a body, if its first statement is a string literal.
fn docstring(body: &[Stmt]) -> Option<Constant> {
    let Some(Stmt::Expr(e)) = body.first() else { return None };
    let Expr::Constant(c) = &*e.value else { return None };
    match &c.value {
        ophis_parser::ast::Constant::Str(s) => Some(expr::str_constant(s)),
        _ => None,
    }
}

pub(crate) fn flag_for_kind(kind: ScopeKind) -> u32 {
    if kind.is_function_like() { flags::OPTIMIZED | flags::NEWLOCALS } else { 0 }
}
