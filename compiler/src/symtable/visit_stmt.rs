//! The first pass over statements (CPython's `symtable_visit_stmt`), in CPython's order: the
//! order decides which error is reported first and the order of each scope's names.

use ophis_parser::SyntaxError;
use ophis_parser::ast::*;

use super::builder::{Builder, NameContext, Result, address, check_name};
use super::types::{ScopeKind, SymbolFlags};

impl<'a> Builder<'a> {
    pub fn visit_stmts(&mut self, stmts: &'a [Stmt]) -> Result<()> {
        stmts.iter().try_for_each(|stmt| self.visit_stmt(stmt))
    }

    /// Runs `visit` as a conditionally executed block (its annotations may not run).
    fn conditional(&mut self, visit: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let saved = self.cur_pass().in_conditional_block;
        self.cur_pass().in_conditional_block = true;
        let result = visit(self);
        self.cur_pass().in_conditional_block = saved;
        result
    }

    pub fn visit_stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(stmt))
    }

    fn visit_stmt_inner(&mut self, stmt: &'a Stmt) -> Result<()> {
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function_def(stmt, FunctionDef::sync(def)),
            Stmt::AsyncFunctionDef(def) => self.visit_function_def(stmt, FunctionDef::async_(def)),
            Stmt::ClassDef(class) => self.visit_class_def(stmt, class),
            Stmt::TypeAlias(alias) => self.visit_type_alias(stmt, alias),
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.visit_expr(value)?;
                    self.cur_scope_mut().returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(delete) => self.visit_exprs(&delete.targets),
            Stmt::Assign(assign) => {
                self.visit_exprs(&assign.targets)?;
                self.visit_expr(&assign.value)
            }
            Stmt::AnnAssign(assign) => self.visit_ann_assign(assign),
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.target)?;
                self.visit_expr(&assign.value)
            }
            Stmt::For(for_) => {
                self.visit_expr(&for_.target)?;
                self.visit_expr(&for_.iter)?;
                self.conditional(|b| {
                    b.visit_stmts(&for_.body)?;
                    b.visit_stmts(&for_.orelse)
                })
            }
            Stmt::AsyncFor(for_) => {
                self.check_async_statement("'async for' outside async function", stmt)?;
                self.visit_expr(&for_.target)?;
                self.visit_expr(&for_.iter)?;
                self.conditional(|b| {
                    b.visit_stmts(&for_.body)?;
                    b.visit_stmts(&for_.orelse)
                })
            }
            Stmt::While(while_) => {
                self.visit_expr(&while_.test)?;
                self.conditional(|b| {
                    b.visit_stmts(&while_.body)?;
                    b.visit_stmts(&while_.orelse)
                })
            }
            Stmt::If(if_) => {
                self.visit_expr(&if_.test)?;
                self.conditional(|b| {
                    b.visit_stmts(&if_.body)?;
                    b.visit_stmts(&if_.orelse)
                })
            }
            Stmt::With(with) => self.conditional(|b| {
                with.items.iter().try_for_each(|item| b.visit_with_item(item))?;
                b.visit_stmts(&with.body)
            }),
            Stmt::AsyncWith(with) => {
                self.check_async_statement("'async with' outside async function", stmt)?;
                self.conditional(|b| {
                    with.items.iter().try_for_each(|item| b.visit_with_item(item))?;
                    b.visit_stmts(&with.body)
                })
            }
            Stmt::Match(match_) => {
                self.visit_expr(&match_.subject)?;
                self.conditional(|b| {
                    for case in &match_.cases {
                        b.visit_pattern(&case.pattern)?;
                        if let Some(guard) = &case.guard {
                            b.visit_expr(guard)?;
                        }
                        b.visit_stmts(&case.body)?;
                    }
                    Ok(())
                })
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = &raise.cause {
                        self.visit_expr(cause)?;
                    }
                }
                Ok(())
            }
            Stmt::Try(try_) => self.visit_try(&try_.body, &try_.handlers, &try_.orelse, &try_.finalbody),
            Stmt::TryStar(try_) => self.visit_try(&try_.body, &try_.handlers, &try_.orelse, &try_.finalbody),
            Stmt::Assert(assert) => {
                self.visit_expr(&assert.test)?;
                if let Some(msg) = &assert.msg {
                    self.visit_expr(msg)?;
                }
                Ok(())
            }
            Stmt::Import(import) => import.names.iter().try_for_each(|alias| self.visit_alias(alias)),
            Stmt::ImportFrom(import) => {
                import.names.iter().try_for_each(|alias| self.visit_alias(alias))?;
                let is_future = import.level == 0 && import.module.as_ref().is_some_and(|m| m.as_str() == "__future__");
                if is_future && self.future.is_late(import.range) {
                    return Err(SyntaxError::new(
                        "from __future__ imports must occur at the beginning of the file",
                        import.range,
                    ));
                }
                Ok(())
            }
            Stmt::Global(global) => self.visit_declaration(&global.names, global.range, Declaration::Global),
            Stmt::Nonlocal(nonlocal) => self.visit_declaration(&nonlocal.names, nonlocal.range, Declaration::Nonlocal),
            Stmt::Expr(expr) => self.visit_expr(&expr.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
        }
    }

    fn visit_try(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<()> {
        self.conditional(|b| {
            b.visit_stmts(body)?;
            for ExceptHandler::ExceptHandler(handler) in handlers {
                if let Some(type_) = &handler.r#type {
                    b.visit_expr(type_)?;
                }
                if let Some(name) = &handler.name {
                    b.add_def(name.as_str(), SymbolFlags::DEF_LOCAL, handler.range)?;
                }
                b.visit_stmts(&handler.body)?;
            }
            b.visit_stmts(orelse)?;
            b.visit_stmts(finalbody)
        })
    }

    fn visit_with_item(&mut self, item: &'a WithItem) -> Result<()> {
        self.visit_expr(&item.context_expr)?;
        if let Some(vars) = &item.optional_vars {
            self.visit_expr(vars)?;
        }
        Ok(())
    }

    /// `async for` / `async with` need an async function (or top-level await at module level).
    fn check_async_statement(&mut self, message: &str, stmt: &Stmt) -> Result<()> {
        if self.allows_top_level_await() {
            self.cur_scope_mut().is_coroutine = true;
        }
        if !self.cur_scope().is_coroutine {
            return Err(SyntaxError::new(message, stmt.range()));
        }
        Ok(())
    }

    /// Whether `await` is allowed here outside a function (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`
    /// applies to the module scope only).
    pub fn allows_top_level_await(&self) -> bool {
        self.options.allow_top_level_await && self.cur_scope().kind == ScopeKind::Module
    }

    fn visit_alias(&mut self, alias: &'a Alias) -> Result<()> {
        let name = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
        if name == "*" {
            if self.cur_scope().kind != ScopeKind::Module {
                return Err(SyntaxError::new("import * only allowed at module level", alias.range));
            }
            return Ok(());
        }
        // `import a.b.c` binds `a`.
        let bound = name.split('.').next().unwrap_or(name);
        self.add_def(bound, SymbolFlags::DEF_IMPORT, alias.range)
    }

    fn visit_ann_assign(&mut self, assign: &'a StmtAnnAssign) -> Result<()> {
        self.cur_scope_mut().annotations_used = true;
        let simple = assign.simple != 0;
        if let Expr::Name(target) = &*assign.target {
            let name = target.id.as_str();
            let current = self.lookup(name);
            if current.intersects(SymbolFlags::DEF_GLOBAL | SymbolFlags::DEF_NONLOCAL)
                && self.cur_scope().kind != ScopeKind::Module
                && simple
            {
                let message = if current.contains(SymbolFlags::DEF_GLOBAL) {
                    format!("annotated name '{name}' can't be global")
                } else {
                    format!("annotated name '{name}' can't be nonlocal")
                };
                return Err(SyntaxError::new(message, assign.range));
            }
            if simple {
                self.add_def(name, SymbolFlags::DEF_ANNOT | SymbolFlags::DEF_LOCAL, target.range)?;
            } else if assign.value.is_some() {
                self.add_def(name, SymbolFlags::DEF_LOCAL, target.range)?;
            }
        } else {
            self.visit_expr(&assign.target)?;
        }
        self.visit_annotation(&assign.annotation)?;
        if let Some(value) = &assign.value {
            self.visit_expr(value)?;
        }
        Ok(())
    }

    fn visit_declaration(&mut self, names: &'a [Identifier], range: ophis_lexer::TextRange, kind: Declaration) -> Result<()> {
        for name in names {
            let name = name.as_str();
            let current = self.lookup(name);
            let word = kind.word();
            let message = if current.contains(SymbolFlags::DEF_PARAM) {
                Some(format!("name '{name}' is parameter and {word}"))
            } else if current.contains(SymbolFlags::USE) {
                Some(format!("name '{name}' is used prior to {word} declaration"))
            } else if current.contains(SymbolFlags::DEF_ANNOT) {
                Some(format!("annotated name '{name}' can't be {word}"))
            } else if current.contains(SymbolFlags::DEF_LOCAL) {
                Some(format!("name '{name}' is assigned to before {word} declaration"))
            } else {
                None
            };
            if let Some(message) = message {
                return Err(SyntaxError::new(message, range));
            }
            self.add_def(name, kind.flag(), range)?;
            self.record_directive(name, range);
        }
        Ok(())
    }

    /// `__debug__` may not be a keyword argument's name either.
    pub fn check_keywords(&self, keywords: &[Keyword]) -> Result<()> {
        for keyword in keywords {
            if let Some(arg) = &keyword.arg {
                check_name(arg.as_str(), keyword.range, NameContext::Store)?;
            }
        }
        Ok(())
    }

    pub fn visit_pattern(&mut self, pattern: &'a Pattern) -> Result<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_pattern_inner(pattern))
    }

    fn visit_pattern_inner(&mut self, pattern: &'a Pattern) -> Result<()> {
        match pattern {
            Pattern::MatchValue(p) => self.visit_expr(&p.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(p) => p.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            Pattern::MatchStar(p) => match &p.name {
                Some(name) => self.add_def(name.as_str(), SymbolFlags::DEF_LOCAL, p.range),
                None => Ok(()),
            },
            Pattern::MatchMapping(p) => {
                self.visit_exprs(&p.keys)?;
                p.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match &p.rest {
                    Some(rest) => self.add_def(rest.as_str(), SymbolFlags::DEF_LOCAL, p.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                p.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                for (attr, sub) in p.kwd_attrs.iter().zip(&p.kwd_patterns) {
                    check_name(attr.as_str(), sub.range(), NameContext::Store)?;
                }
                p.kwd_patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            Pattern::MatchAs(p) => {
                if let Some(sub) = &p.pattern {
                    self.visit_pattern(sub)?;
                }
                match &p.name {
                    Some(name) => self.add_def(name.as_str(), SymbolFlags::DEF_LOCAL, p.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(p) => p.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }
}

#[derive(Clone, Copy)]
enum Declaration {
    Global,
    Nonlocal,
}

impl Declaration {
    fn word(self) -> &'static str {
        match self {
            Declaration::Global => "global",
            Declaration::Nonlocal => "nonlocal",
        }
    }

    fn flag(self) -> SymbolFlags {
        match self {
            Declaration::Global => SymbolFlags::DEF_GLOBAL,
            Declaration::Nonlocal => SymbolFlags::DEF_NONLOCAL,
        }
    }
}

/// A `def` or `async def`, whichever it is.
pub(crate) struct FunctionDef<'a> {
    pub is_async: bool,
    pub name: &'a Identifier,
    pub args: &'a Arguments,
    pub body: &'a [Stmt],
    pub decorator_list: &'a [Expr],
    pub returns: Option<&'a Expr>,
    pub type_params: &'a [TypeParam],
    pub range: ophis_lexer::TextRange,
    /// The address of the variant's struct, a key of the scopes the def opens.
    pub node: usize,
}

impl<'a> FunctionDef<'a> {
    fn sync(def: &'a StmtFunctionDef) -> FunctionDef<'a> {
        FunctionDef {
            is_async: false,
            name: &def.name,
            args: &def.args,
            body: &def.body,
            decorator_list: &def.decorator_list,
            returns: def.returns.as_deref(),
            type_params: &def.type_params,
            range: def.range,
            node: address(def),
        }
    }

    fn async_(def: &'a StmtAsyncFunctionDef) -> FunctionDef<'a> {
        FunctionDef {
            is_async: true,
            name: &def.name,
            args: &def.args,
            body: &def.body,
            decorator_list: &def.decorator_list,
            returns: def.returns.as_deref(),
            type_params: &def.type_params,
            range: def.range,
            node: address(def),
        }
    }
}
