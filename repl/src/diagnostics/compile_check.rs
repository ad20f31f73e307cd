//! Whether CPython's compiler (symbol table and code generation, after a successful parse)
//! would reject a module with a SyntaxError.
//!
//! The keyword-typo search asks `codeop.compile_command`, which compiles all the way to bytecode,
//! whether a corrected line "works": `retrun 1` at module level becomes `return 1`, which parses
//! but fails with "'return' outside function", so CPython suggests nothing there. ophis has no
//! compiler yet, so this module re-implements the checks behind those errors (only the yes/no
//! answer, not which message): misplaced `return`/`yield`/`await`/`break`/`continue`/`async`
//! statements and comprehensions, `global`/`nonlocal` declarations, `import *` outside the
//! module, `__future__` placement, duplicate parameters, `__debug__` assignments, starred
//! expressions, walrus targets in comprehensions, bare `except:` not last, and the pattern
//! checks of `match` statements.
//! When the compiler crate exists, its own errors should replace this.

use std::collections::{HashMap, HashSet};

use ophis_parser::ast::constant::Constant;
use ophis_parser::ast::*;

/// True when compiling `module` would raise a SyntaxError in CPython 3.14.
pub fn has_compile_error(module: &Mod) -> bool {
    let mut c = Checker::default();
    c.push_scope(ScopeKind::Module, false);
    match module {
        Mod::Module(m) => {
            c.check_future_placement(&m.body);
            c.stmts(&m.body);
        }
        Mod::Interactive(m) => c.stmts(&m.body),
        Mod::Expression(e) => c.expr(&e.body),
        Mod::FunctionType(_) => {}
    }
    c.pop_scope();
    c.error || c.unresolved_nonlocal()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list, set or dict comprehension.
    Comprehension,
    GeneratorExpression,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const USE: u8 = 4;
const DEF_ANNOT: u8 = 8;
const DEF_GLOBAL: u8 = 16;
const DEF_NONLOCAL: u8 = 32;
const DEF_IMPORT: u8 = 64;

#[derive(Debug)]
struct Scope {
    kind: ScopeKind,
    is_async: bool,
    /// Loops enclosing the current statement within this scope (bodies, not `else` clauses).
    loops: usize,
    has_yield: bool,
    has_return_value: bool,
    /// Symbol flags so far, in the order the symbol table visits the code.
    symbols: HashMap<String, u8>,
    /// Names declared `nonlocal` here (resolved at the end).
    nonlocals: Vec<String>,
    /// Id of the enclosing scope (see `Checker::open_ids`).
    parent: Option<usize>,
    /// Targets of this comprehension's `for` clauses.
    comprehension_targets: HashSet<String>,
}

impl Scope {
    fn new(kind: ScopeKind, is_async: bool) -> Scope {
        Scope {
            kind,
            is_async,
            loops: 0,
            has_yield: false,
            has_return_value: false,
            symbols: HashMap::new(),
            nonlocals: Vec::new(),
            parent: None,
            comprehension_targets: HashSet::new(),
        }
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda)
    }
}

#[derive(Default)]
struct Checker {
    /// The scopes enclosing the current node, innermost last.
    scopes: Vec<Scope>,
    /// Scopes already left, for the final `nonlocal` resolution.
    finished: Vec<Scope>,
    /// Ids of the open scopes (parallel to `scopes`); a scope's `parent` is such an id.
    open_ids: Vec<usize>,
    next_id: usize,
    /// id -> index in `finished`.
    id_to_finished: HashMap<usize, usize>,
    /// Inside the iterable of a comprehension's `for` clause.
    in_comprehension_iter: usize,
    error: bool,
}

impl Checker {
    fn fail(&mut self) {
        self.error = true;
    }

    fn cur(&mut self) -> &mut Scope {
        self.scopes.last_mut().expect("a scope is open")
    }

    fn push_scope(&mut self, kind: ScopeKind, is_async: bool) {
        let mut s = Scope::new(kind, is_async);
        s.parent = self.open_ids.last().copied();
        self.open_ids.push(self.next_id);
        self.next_id += 1;
        self.scopes.push(s);
    }

    fn pop_scope(&mut self) {
        let s = self.scopes.pop().expect("scope to pop");
        let id = self.open_ids.pop().expect("scope id");
        self.id_to_finished.insert(id, self.finished.len());
        self.finished.push(s);
    }

    fn add(&mut self, name: &str, flag: u8) {
        let entry = self.cur().symbols.entry(name.to_string()).or_insert(0);
        *entry |= flag;
    }

    fn flags(&mut self, name: &str) -> u8 {
        self.cur().symbols.get(name).copied().unwrap_or(0)
    }

    /// Name of a binding: `__debug__` cannot be bound.
    fn bind(&mut self, name: &str) {
        if name == "__debug__" {
            self.fail();
        }
        self.add(name, DEF_LOCAL);
    }

    /// The nearest scope that is not a comprehension.
    fn enclosing_non_comprehension(&self) -> &Scope {
        self.scopes
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, ScopeKind::Comprehension | ScopeKind::GeneratorExpression))
            .expect("the module scope")
    }

    fn in_async_context(&self) -> bool {
        for s in self.scopes.iter().rev() {
            match s.kind {
                ScopeKind::GeneratorExpression => return true,
                ScopeKind::Comprehension => continue,
                ScopeKind::Function => return s.is_async,
                _ => return false,
            }
        }
        false
    }

    fn check_future_placement(&mut self, body: &[Stmt]) {
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        let mut allowed = true;
        for (i, stmt) in body.iter().enumerate() {
            match stmt {
                Stmt::ImportFrom(f) if f.module.as_ref().is_some_and(|m| m.as_str() == "__future__") => {
                    if !allowed {
                        self.fail();
                    }
                    for alias in &f.names {
                        if !FEATURES.contains(&alias.name.as_str()) {
                            self.fail();
                        }
                    }
                }
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::Constant(c) if matches!(c.value, Constant::Str(_))) => {}
                _ => allowed = false,
            }
        }
        // A future import anywhere else (nested blocks) is misplaced too.
        let mut nested = FutureFinder { found: false };
        for stmt in body {
            if !matches!(stmt, Stmt::ImportFrom(_)) {
                stmt.walk_children(&mut nested);
            }
        }
        if nested.found {
            self.fail();
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn arguments_defaults(&mut self, args: &Arguments) {
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn arguments_annotations(&mut self, args: &Arguments) {
        for a in all_args(args) {
            if let Some(ann) = &a.annotation {
                self.annotation(ann);
            }
        }
    }

    /// Annotations are evaluated lazily in their own scope (PEP 649); `yield`, `await` and walrus
    /// are errors there, which the parse step already rejects in CPython, so only visit for the
    /// other checks.
    fn annotation(&mut self, e: &Expr) {
        self.expr(e);
    }

    fn parameters(&mut self, args: &Arguments) {
        let mut seen = HashSet::new();
        for a in all_args(args) {
            let name = a.arg.as_str();
            if !seen.insert(name.to_string()) {
                self.fail();
            }
            if name == "__debug__" {
                self.fail();
            }
            self.add(name, DEF_PARAM);
        }
    }

    fn type_params(&mut self, params: &[TypeParam]) {
        let mut seen = HashSet::new();
        for p in params {
            let (name, bound, default) = match p {
                TypeParam::TypeVar(t) => (&t.name, t.bound.as_deref(), t.default_value.as_deref()),
                TypeParam::ParamSpec(t) => (&t.name, None, t.default_value.as_deref()),
                TypeParam::TypeVarTuple(t) => (&t.name, None, t.default_value.as_deref()),
            };
            if !seen.insert(name.as_str().to_string()) {
                self.fail();
            }
            if name.as_str() == "__debug__" {
                self.fail();
            }
            if let Some(b) = bound {
                self.expr(b);
            }
            if let Some(d) = default {
                self.expr(d);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        name: &Identifier,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        type_params: &[TypeParam],
        is_async: bool,
    ) {
        for d in decorators {
            self.expr(d);
        }
        self.arguments_defaults(args);
        self.type_params(type_params);
        self.arguments_annotations(args);
        if let Some(r) = returns {
            self.annotation(r);
        }
        self.bind(name.as_str());
        self.push_scope(ScopeKind::Function, is_async);
        self.parameters(args);
        self.stmts(body);
        let s = self.cur();
        if s.is_async && s.has_yield && s.has_return_value {
            self.fail();
        }
        self.pop_scope();
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.function(&f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), &f.type_params, false)
            }
            Stmt::AsyncFunctionDef(f) => {
                self.function(&f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), &f.type_params, true)
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                self.type_params(&c.type_params);
                self.call_args(&c.bases, &c.keywords);
                self.bind(c.name.as_str());
                self.push_scope(ScopeKind::Class, false);
                self.stmts(&c.body);
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if !self.cur().is_function_like() {
                    self.fail();
                }
                if let Some(v) = &r.value {
                    self.cur().has_return_value = true;
                    self.value_expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.target(t);
                }
                self.value_expr(&a.value);
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name);
                self.type_params(&t.type_params);
                self.expr(&t.value);
            }
            Stmt::AugAssign(a) => {
                self.target(&a.target);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let flags = self.flags(n.id.as_str());
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple == 1 {
                        self.fail();
                    }
                    if a.simple == 1 {
                        self.add(n.id.as_str(), DEF_ANNOT);
                    }
                }
                self.target(&a.target);
                self.annotation(&a.annotation);
                if let Some(v) = &a.value {
                    self.value_expr(v);
                }
            }
            Stmt::For(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse, false),
            Stmt::AsyncFor(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse, true),
            Stmt::While(w) => {
                self.expr(&w.test);
                self.cur().loops += 1;
                self.stmts(&w.body);
                self.cur().loops -= 1;
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => self.with(&w.items, &w.body, false),
            Stmt::AsyncWith(w) => self.with(&w.items, &w.body, true),
            Stmt::Match(m) => {
                self.expr(&m.subject);
                let n = m.cases.len();
                for (i, case) in m.cases.iter().enumerate() {
                    // Only the last case may be irrefutable (without a guard).
                    if i + 1 < n && case.guard.is_none() && irrefutable(&case.pattern) {
                        self.fail();
                    }
                    let mut names = Vec::new();
                    self.pattern(&case.pattern, &mut names);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    if bound == "__debug__" {
                        self.fail();
                    }
                    self.add(bound, DEF_IMPORT);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.fail();
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    if bound == "__debug__" {
                        self.fail();
                    }
                    self.add(bound, DEF_IMPORT);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let flags = self.flags(n.as_str());
                    if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_NONLOCAL) != 0 {
                        self.fail();
                    }
                    self.add(n.as_str(), DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.cur().kind == ScopeKind::Module {
                    self.fail();
                }
                for n in &nl.names {
                    let flags = self.flags(n.as_str());
                    if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_GLOBAL) != 0 {
                        self.fail();
                    }
                    self.add(n.as_str(), DEF_NONLOCAL);
                    self.cur().nonlocals.push(n.as_str().to_string());
                }
            }
            Stmt::Expr(e) => self.value_expr(&e.value),
            Stmt::Pass(_) => {}
            Stmt::Break(_) | Stmt::Continue(_) => {
                if self.cur().loops == 0 {
                    self.fail();
                }
            }
        }
    }

    fn for_loop(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt], is_async: bool) {
        if is_async && !self.async_statement_allowed() {
            self.fail();
        }
        self.target(target);
        self.expr(iter);
        self.cur().loops += 1;
        self.stmts(body);
        self.cur().loops -= 1;
        self.stmts(orelse);
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt], is_async: bool) {
        if is_async && !self.async_statement_allowed() {
            self.fail();
        }
        for item in items {
            self.expr(&item.context_expr);
            if let Some(v) = &item.optional_vars {
                self.target(v);
            }
        }
        self.stmts(body);
    }

    fn async_statement_allowed(&mut self) -> bool {
        let s = self.cur();
        s.kind == ScopeKind::Function && s.is_async
    }

    fn try_stmt(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) {
        self.stmts(body);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = h;
            if h.r#type.is_none() && i + 1 < n {
                self.fail();
            }
            if let Some(t) = &h.r#type {
                self.expr(t);
            }
            if let Some(name) = &h.name {
                self.bind(name.as_str());
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    /// An expression whose value is used directly (statement, assignment value, return value):
    /// a bare starred expression is an error there.
    fn value_expr(&mut self, e: &Expr) {
        if matches!(e, Expr::Starred(_)) {
            self.fail();
        }
        self.expr(e);
    }

    /// An assignment, deletion, `for` or `with` target.
    fn target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Starred(s) => {
                // Only inside a list or tuple target (handled there).
                self.fail();
                self.target(&s.value);
            }
            Expr::Tuple(t) => self.target_sequence(&t.elts),
            Expr::List(l) => self.target_sequence(&l.elts),
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    self.fail();
                }
                self.expr(&a.value);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    fn target_sequence(&mut self, elts: &[Expr]) {
        let stars = elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count();
        if stars > 1 {
            self.fail();
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.target(&s.value),
                other => self.target(other),
            }
        }
    }

    fn call_args(&mut self, args: &[Expr], keywords: &[Keyword]) {
        for a in args {
            match a {
                Expr::Starred(s) => self.expr(&s.value),
                other => self.expr(other),
            }
        }
        for k in keywords {
            if k.arg.as_ref().is_some_and(|a| a.as_str() == "__debug__") {
                self.fail();
            }
            self.expr(&k.value);
        }
    }

    /// Elements of a list, tuple or set display: starred elements are fine there.
    fn elements(&mut self, elts: &[Expr]) {
        for e in elts {
            match e {
                Expr::Starred(s) => self.expr(&s.value),
                other => self.expr(other),
            }
        }
    }

    fn comprehension(&mut self, kind: ScopeKind, generators: &[Comprehension], body: &mut dyn FnMut(&mut Checker)) {
        let Some(first) = generators.first() else { return };
        // The first iterable is evaluated in the enclosing scope.
        self.in_comprehension_iter += 1;
        self.expr(&first.iter);
        self.in_comprehension_iter -= 1;
        let is_async_allowed_outside = self.in_async_context();
        self.push_scope(kind, false);
        for (i, g) in generators.iter().enumerate() {
            if g.is_async != 0 && kind != ScopeKind::GeneratorExpression && !is_async_allowed_outside {
                self.fail();
            }
            if i > 0 {
                self.in_comprehension_iter += 1;
                self.expr(&g.iter);
                self.in_comprehension_iter -= 1;
            }
            self.comprehension_target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        body(self);
        self.pop_scope();
    }

    fn comprehension_target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                let name = n.id.as_str().to_string();
                self.cur().comprehension_targets.insert(name);
                self.bind(n.id.as_str());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.comprehension_target(x)),
            Expr::List(l) => l.elts.iter().for_each(|x| self.comprehension_target(x)),
            Expr::Starred(s) => self.comprehension_target(&s.value),
            other => self.target(other),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.add(n.id.as_str(), USE),
                ExprContext::Store | ExprContext::Del => self.bind(n.id.as_str()),
            },
            Expr::Starred(s) => {
                // A starred expression outside a display, call or target.
                self.fail();
                self.expr(&s.value);
            }
            Expr::Tuple(t) => self.elements(&t.elts),
            Expr::List(l) => self.elements(&l.elts),
            Expr::Set(s) => self.elements(&s.elts),
            Expr::Call(c) => {
                self.expr(&c.func);
                self.call_args(&c.args, &c.keywords);
            }
            Expr::Lambda(l) => {
                self.arguments_defaults(&l.args);
                self.push_scope(ScopeKind::Lambda, false);
                self.parameters(&l.args);
                self.value_expr(&l.body);
                self.pop_scope();
            }
            Expr::NamedExpr(n) => {
                if let Expr::Name(t) = &*n.target {
                    let name = t.id.as_str();
                    if self.in_comprehension_iter > 0 {
                        self.fail();
                    }
                    let in_comprehension = matches!(
                        self.cur().kind,
                        ScopeKind::Comprehension | ScopeKind::GeneratorExpression
                    );
                    if in_comprehension {
                        let rebinds = self
                            .scopes
                            .iter()
                            .rev()
                            .take_while(|s| matches!(s.kind, ScopeKind::Comprehension | ScopeKind::GeneratorExpression))
                            .any(|s| s.comprehension_targets.contains(name));
                        if rebinds || self.enclosing_non_comprehension().kind == ScopeKind::Class {
                            self.fail();
                        }
                    }
                    self.bind(name);
                }
                self.expr(&n.value);
            }
            Expr::ListComp(c) => {
                let (elt, gens) = (&c.elt, &c.generators);
                self.comprehension(ScopeKind::Comprehension, gens, &mut |ch| ch.expr(elt));
            }
            Expr::SetComp(c) => {
                let (elt, gens) = (&c.elt, &c.generators);
                self.comprehension(ScopeKind::Comprehension, gens, &mut |ch| ch.expr(elt));
            }
            Expr::DictComp(c) => {
                let (k, v, gens) = (&c.key, &c.value, &c.generators);
                self.comprehension(ScopeKind::Comprehension, gens, &mut |ch| {
                    ch.expr(k);
                    ch.expr(v);
                });
            }
            Expr::GeneratorExp(c) => {
                let (elt, gens) = (&c.elt, &c.generators);
                self.comprehension(ScopeKind::GeneratorExpression, gens, &mut |ch| ch.expr(elt));
            }
            Expr::Await(a) => {
                if !self.in_async_context() {
                    self.fail();
                }
                self.expr(&a.value);
            }
            Expr::Yield(y) => {
                self.yield_here(false);
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_here(true);
                self.expr(&y.value);
            }
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                for v in &d.values {
                    self.expr(v);
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|x| self.expr(x));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::Interpolation(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::TemplateStr(t) => t.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part);
                }
            }
        }
    }

    fn yield_here(&mut self, from: bool) {
        let s = self.cur();
        match s.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                s.has_yield = true;
                if from && s.is_async {
                    self.fail();
                }
            }
            _ => self.fail(),
        }
    }

    /// Visits a pattern, collecting the names it binds; fails on CPython's pattern errors.
    fn pattern(&mut self, p: &Pattern, names: &mut Vec<String>) {
        let capture = |c: &mut Checker, name: &Identifier, names: &mut Vec<String>| {
            let n = name.as_str().to_string();
            if names.contains(&n) {
                c.fail();
            }
            c.bind(&n);
            names.push(n);
        };
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                let stars = s.patterns.iter().filter(|x| matches!(x, Pattern::MatchStar(_))).count();
                if stars > 1 {
                    self.fail();
                }
                for x in &s.patterns {
                    self.pattern(x, names);
                }
            }
            Pattern::MatchMapping(m) => {
                let mut keys: Vec<String> = Vec::new();
                for k in &m.keys {
                    if let Expr::Constant(c) = k {
                        let key = format!("{:?}", c.value);
                        if keys.contains(&key) {
                            self.fail();
                        }
                        keys.push(key);
                    }
                    self.expr(k);
                }
                for x in &m.patterns {
                    self.pattern(x, names);
                }
                if let Some(rest) = &m.rest {
                    capture(self, rest, names);
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                let mut attrs = HashSet::new();
                for a in &c.kwd_attrs {
                    if !attrs.insert(a.as_str().to_string()) {
                        self.fail();
                    }
                }
                for x in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(x, names);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    capture(self, n, names);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, names);
                }
                if let Some(n) = &a.name {
                    capture(self, n, names);
                }
            }
            Pattern::MatchOr(o) => {
                // Every alternative but the last must be refutable, and all bind the same names.
                let n = o.patterns.len();
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < n && irrefutable(alt) {
                        self.fail();
                    }
                    let mut alt_names = Vec::new();
                    self.pattern(alt, &mut alt_names);
                    let mut sorted = alt_names.clone();
                    sorted.sort();
                    match &first {
                        None => first = Some(sorted),
                        Some(f) if *f != sorted => self.fail(),
                        Some(_) => {}
                    }
                    if i == 0 {
                        for x in alt_names {
                            if names.contains(&x) {
                                self.fail();
                            }
                            names.push(x);
                        }
                    }
                }
            }
        }
    }

    /// `no binding for nonlocal 'x' found`: each `nonlocal` name must be bound (or itself
    /// declared nonlocal) in an enclosing function scope.
    fn unresolved_nonlocal(&self) -> bool {
        let by_id = |id: usize| self.id_to_finished.get(&id).map(|&i| &self.finished[i]);
        for scope in &self.finished {
            for name in &scope.nonlocals {
                let mut parent = scope.parent;
                let mut found = false;
                while let Some(pid) = parent {
                    let Some(p) = by_id(pid) else { break };
                    if p.kind == ScopeKind::Module {
                        break;
                    }
                    if p.kind != ScopeKind::Class {
                        let flags = p.symbols.get(name).copied().unwrap_or(0);
                        if flags & DEF_GLOBAL != 0 {
                            break;
                        }
                        if flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_NONLOCAL | DEF_ANNOT) != 0 {
                            found = true;
                            break;
                        }
                    }
                    parent = p.parent;
                }
                if !found {
                    return true;
                }
            }
        }
        false
    }
}

/// `from __future__ import ...` inside a nested block.
struct FutureFinder {
    found: bool,
}

impl<'a> Visitor<'a> for FutureFinder {
    fn visit_stmt(&mut self, node: &'a Stmt) {
        if let Stmt::ImportFrom(f) = node
            && f.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
        {
            self.found = true;
        }
        node.walk_children(self)
    }
}

fn all_args(args: &Arguments) -> impl Iterator<Item = &Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(args.vararg.as_deref())
        .chain(&args.kwonlyargs)
        .chain(args.kwarg.as_deref())
}

/// A pattern that always matches (a capture or wildcard, possibly through `as` or `|`).
fn irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.as_deref().is_none_or(irrefutable),
        Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(src: &str) -> bool {
        let tree = ophis_parser::parse(src, ophis_parser::ParseOptions::default()).expect("parses");
        has_compile_error(&tree)
    }

    /// Each case was checked with CPython 3.14: `ast.parse` accepts it, and `compile` raises a
    /// SyntaxError exactly for the ones listed as failing.
    #[test]
    fn compile_errors_like_cpython() {
        let failing = [
            "try:\n pass\nexcept:\n pass\nexcept ValueError:\n pass",
            "def f(x, x): pass",
            "lambda x, x: 1",
            "nonlocal x",
            "def f():\n nonlocal x",
            "def f():\n x = 1\n global x",
            "def f(x):\n global x",
            "x = 1\nglobal x",
            "print(x)\nglobal x",
            "def f():\n from os import *",
            "class A:\n from os import *",
            "import os\nfrom __future__ import annotations",
            "await x",
            "def f():\n await x",
            "async def f():\n yield 1\n return 2",
            "async def f():\n yield from x",
            "[(yield 1) for x in y]",
            "def f():\n [(yield 1) for x in y]",
            "def f():\n [x async for x in y]",
            "class A:\n return 1",
            "class A:\n yield 1",
            "def f():\n class A:\n  return 1",
            "while x:\n pass\nelse:\n break",
            "def f():\n async with x: pass",
            "def f():\n async for x in y: pass",
            "async with x: pass",
            "*a",
            "a = *b",
            "x: int = 1\nglobal x",
            "def f():\n x: int\n global x",
            "[y := 1 for y in z]",
            "class A:\n [y := 1 for x in z]",
            "[x for x in (y := z)]",
            "__debug__ = 1",
            "def f(__debug__): pass",
            "f(__debug__=1)",
            "async def f():\n  def g():\n    await x",
            "async def f():\n  lambda: await x",
            "for x in y:\n  def f():\n    break",
            "def f():\n  [await x for y in z]",
            "def f():\n  global x\n  nonlocal x",
            "def f(a):\n  nonlocal a",
            "def f():\n  x = 1\n  def g():\n    global x\n    def h():\n      nonlocal x",
            "def f(): pass\nglobal f",
            "class f: pass\nglobal f",
            "for x in y: pass\nglobal x",
            "del x\nglobal x",
            "import __debug__",
            "import x as __debug__",
            "def __debug__(): pass",
            "class __debug__: pass",
            "x.__debug__ = 1",
            "__debug__: int",
            "for __debug__ in x: pass",
            "with x as __debug__: pass",
            "(__debug__ := 1)",
            "del __debug__",
            "def f(*, __debug__): pass",
            "lambda __debug__: 1",
            "[await x for x in y]",
            "*a = b",
            "a, *b, *c = d",
            "return",
            "def f():\n  return *a",
            "for x in *a: pass",
            "match x:\n  case [*a, *b]: pass",
            "match x:\n  case a | b: pass",
            "match x:\n  case a:\n    pass\n  case b:\n    pass",
            "match x:\n  case {'a': 1, 'a': 2}: pass",
            "match x:\n  case A(x=1, x=2): pass",
            "match x:\n  case [a, a]: pass",
            "def f():\n  global x\n  x = 1\n  global x",
            "def f[T, T](): pass",
            "x = 1\n\ndef g():\n  print(y)\n  nonlocal y",
            "f'{yield}'",
            "def f():\n  class A:\n    yield 1",
            "def f():\n  x = [(yield) for a in b]",
            "x = 1\ndef f():\n  print(x)\n  global x",
            "def f():\n  x = [[y async for y in z] for w in v]",
            "retrun = 1\nreturn 1",
            "break",
            "if x:\n  continue",
        ];
        let passing = [
            "def f():\n x = 1\n def g():\n  nonlocal x",
            "def f():\n (x async for x in y)",
            "lambda: (yield)",
            "*a, = b",
            "def f():\n  x = 1\n  class C:\n    nonlocal x",
            "import os\nglobal os",
            "print(__debug__)",
            "(await x for x in y)",
            "def f():\n lambda: (x async for x in y)",
            "x = *a, b",
            "def f():\n  return *a, b",
            "print(*a)",
            "a[*b]",
            "class A(*b): pass",
            "[*a]",
            "{*a}",
            "f(**a)",
            "for x in *a, b: pass",
            "try:\n pass\nexcept* A:\n pass",
            "def f():\n  yield 1\n  return 2",
            "async def f():\n  [await x for y in z]",
            "def f():\n  (await x for y in z)",
            "def f():\n  x = [a for a in (yield)]",
            "def f():\n  x = [y := 1 for a in b]\n  return y",
            "[i for i in range(3) if (j := i)]",
            "def f():\n  (y := 1 for a in b)",
            "async def f():\n  await (yield)",
            "async def f():\n  x = [y async for y in z]",
            "async def f():\n  x = [[y async for y in z] for w in v]",
            "def f():\n  x = ([y async for y in z] for w in v)",
            "from __future__ import annotations\nimport os",
            "'''doc'''\nfrom __future__ import annotations",
            "while x:\n  for y in z:\n    break\n  else:\n    continue",
            "match x:\n  case [a, *b]: pass\n  case {'a': 1, 'b': 2}: pass\n  case _: pass",
            "match x:\n  case a if a: pass\n  case b: pass",
            "def f():\n  x = 1\n  def g():\n    def h():\n      nonlocal x",
            "def f():\n  def g():\n    nonlocal x\n  x = 2",
            "while x: pass",
        ];
        for src in failing {
            assert!(fails(src), "CPython's compiler rejects {src:?}");
        }
        for src in passing {
            assert!(!fails(src), "CPython's compiler accepts {src:?}");
        }
    }
}

#[cfg(test)]
mod corpus {
    /// Every module of a CPython standard library compiles, so none may be flagged:
    /// `OPHIS_STDLIB=~/.cache/ophis-ref/root/usr/lib/python3.14 cargo test -p ophis stdlib_compiles -- --ignored`.
    #[test]
    #[ignore]
    fn stdlib_compiles() {
        let root = std::env::var("OPHIS_STDLIB").expect("OPHIS_STDLIB names a Lib directory");
        let mut stack = vec![std::path::PathBuf::from(root)];
        let mut flagged = Vec::new();
        let mut count = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if !path.ends_with("test") && !path.ends_with("lib2to3") {
                        stack.push(path);
                    }
                } else if path.extension().is_some_and(|e| e == "py") {
                    let Ok(bytes) = std::fs::read(&path) else { continue };
                    let Ok(text) = ophis_lexer::decode_source(&bytes) else { continue };
                    let Ok(tree) = ophis_parser::parse(&text, ophis_parser::ParseOptions::default()) else { continue };
                    count += 1;
                    if super::has_compile_error(&tree) {
                        flagged.push(path.display().to_string());
                    }
                    std::mem::forget(tree);
                }
            }
        }
        assert!(count > 100, "only {count} modules");
        assert!(flagged.is_empty(), "{} of {count} flagged: {flagged:#?}", flagged.len());
    }
}
