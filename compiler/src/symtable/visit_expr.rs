//! The first pass over expressions (CPython's `symtable_visit_expr`), including the scopes
//! expressions open (lambdas, comprehensions) and the rules for `:=`, `yield` and `await`.

use ophis_parser::SyntaxError;
use ophis_parser::ast::*;

use super::builder::{Builder, NameContext, Result, address, check_name};
use super::types::{ComprehensionKind, ScopeKind, SymbolFlags};

impl<'a> Builder<'a> {
    pub fn visit_exprs(&mut self, exprs: &'a [Expr]) -> Result<()> {
        exprs.iter().try_for_each(|expr| self.visit_expr(expr))
    }

    pub fn visit_optional_exprs(&mut self, exprs: &'a [Option<Expr>]) -> Result<()> {
        exprs.iter().flatten().try_for_each(|expr| self.visit_expr(expr))
    }

    pub fn visit_expr(&mut self, expr: &'a Expr) -> Result<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(expr))
    }

    fn visit_expr_inner(&mut self, expr: &'a Expr) -> Result<()> {
        match expr {
            Expr::NamedExpr(named) => {
                self.refuse_in_annotation_scope("named expression", expr)?;
                self.visit_named_expr(named)
            }
            Expr::BoolOp(e) => self.visit_exprs(&e.values),
            Expr::BinOp(e) => {
                self.visit_expr(&e.left)?;
                self.visit_expr(&e.right)
            }
            Expr::UnaryOp(e) => self.visit_expr(&e.operand),
            Expr::Lambda(lambda) => {
                self.visit_exprs(&lambda.args.defaults)?;
                self.visit_optional_exprs(&lambda.args.kw_defaults)?;
                let id = self.enter(ScopeKind::Lambda, "lambda", lambda.range)?;
                self.register([address(expr), address(lambda)], ScopeKind::Lambda, id);
                self.visit_parameters(&lambda.args)?;
                self.visit_expr(&lambda.body)?;
                self.exit();
                Ok(())
            }
            Expr::IfExp(e) => {
                self.visit_expr(&e.test)?;
                self.visit_expr(&e.body)?;
                self.visit_expr(&e.orelse)
            }
            Expr::Dict(e) => {
                self.visit_optional_exprs(&e.keys)?;
                self.visit_exprs(&e.values)
            }
            Expr::Set(e) => self.visit_exprs(&e.elts),
            Expr::ListComp(e) => {
                self.visit_comprehension(expr, address(e), ComprehensionKind::List, &e.generators, &e.elt, None)
            }
            Expr::SetComp(e) => {
                self.visit_comprehension(expr, address(e), ComprehensionKind::Set, &e.generators, &e.elt, None)
            }
            Expr::DictComp(e) => self.visit_comprehension(
                expr,
                address(e),
                ComprehensionKind::Dict,
                &e.generators,
                &e.key,
                Some(&e.value),
            ),
            Expr::GeneratorExp(e) => {
                self.visit_comprehension(expr, address(e), ComprehensionKind::Generator, &e.generators, &e.elt, None)
            }
            Expr::Yield(e) => {
                self.refuse_in_annotation_scope("yield expression", expr)?;
                if let Some(value) = &e.value {
                    self.visit_expr(value)?;
                }
                self.mark_generator(expr)
            }
            Expr::YieldFrom(e) => {
                self.refuse_in_annotation_scope("yield expression", expr)?;
                self.visit_expr(&e.value)?;
                self.mark_generator(expr)
            }
            Expr::Await(e) => {
                self.refuse_in_annotation_scope("await expression", expr)?;
                if !self.allows_top_level_await() {
                    let scope = self.cur_scope();
                    if !scope.kind.is_function_like() {
                        return Err(SyntaxError::new("'await' outside function", expr.range()));
                    }
                    let in_async_def = scope.kind.is_function_block() && scope.is_coroutine;
                    if !in_async_def && scope.comprehension.is_none() {
                        return Err(SyntaxError::new("'await' outside async function", expr.range()));
                    }
                }
                self.visit_expr(&e.value)?;
                self.cur_scope_mut().is_coroutine = true;
                Ok(())
            }
            Expr::Compare(e) => {
                self.visit_expr(&e.left)?;
                self.visit_exprs(&e.comparators)
            }
            Expr::Call(e) => {
                self.visit_expr(&e.func)?;
                self.visit_exprs(&e.args)?;
                self.check_keywords(&e.keywords)?;
                e.keywords.iter().try_for_each(|keyword| self.visit_expr(&keyword.value))
            }
            Expr::FormattedValue(e) => {
                self.visit_expr(&e.value)?;
                if let Some(spec) = &e.format_spec {
                    self.visit_expr(spec)?;
                }
                Ok(())
            }
            Expr::Interpolation(e) => {
                self.visit_expr(&e.value)?;
                if let Some(spec) = &e.format_spec {
                    self.visit_expr(spec)?;
                }
                Ok(())
            }
            Expr::JoinedStr(e) => self.visit_exprs(&e.values),
            Expr::TemplateStr(e) => self.visit_exprs(&e.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(e) => {
                check_name(e.attr.as_str(), e.range, e.ctx.into())?;
                self.visit_expr(&e.value)
            }
            Expr::Subscript(e) => {
                self.visit_expr(&e.value)?;
                self.visit_expr(&e.slice)
            }
            Expr::Starred(e) => self.visit_expr(&e.value),
            Expr::Slice(e) => {
                for part in [&e.lower, &e.upper, &e.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
            Expr::Name(name) => self.visit_name(name),
            Expr::List(e) => self.visit_exprs(&e.elts),
            Expr::Tuple(e) => self.visit_exprs(&e.elts),
        }
    }

    fn visit_name(&mut self, name: &'a ExprName) -> Result<()> {
        if self.pass[self.cur().index()].in_unevaluated_annotation {
            return Ok(());
        }
        let id = name.id.as_str();
        let load = name.ctx == ExprContext::Load;
        let flag = if load { SymbolFlags::USE } else { SymbolFlags::DEF_LOCAL };
        self.add_def_checked(id, flag, name.range, NameContext::from(name.ctx))?;
        // `super()` needs the `__class__` cell.
        if load && id == "super" && self.cur_scope().kind.is_function_like() {
            self.add_def("__class__", SymbolFlags::USE, name.range)?;
        }
        Ok(())
    }

    /// A `yield` makes the scope a generator; comprehensions may not contain one.
    fn mark_generator(&mut self, expr: &Expr) -> Result<()> {
        self.cur_scope_mut().is_generator = true;
        let message = match self.cur_scope().comprehension {
            None => return Ok(()),
            Some(ComprehensionKind::List) => "'yield' inside list comprehension",
            Some(ComprehensionKind::Set) => "'yield' inside set comprehension",
            Some(ComprehensionKind::Dict) => "'yield' inside dict comprehension",
            Some(ComprehensionKind::Generator) => "'yield' inside generator expression",
        };
        Err(SyntaxError::new(message, expr.range()))
    }

    /// Annotation and type scopes may not contain `:=`, `yield` or `await`.
    fn refuse_in_annotation_scope(&self, what: &str, expr: &Expr) -> Result<()> {
        let scope = self.cur_scope();
        let message = match scope.kind {
            ScopeKind::Annotation => format!("{what} cannot be used within an annotation"),
            ScopeKind::TypeVarBound | ScopeKind::TypeParamDefault => {
                let info = self.pass[self.cur().index()].scope_info.unwrap_or("a TypeVar bound");
                format!("{what} cannot be used within {info}")
            }
            ScopeKind::TypeAlias => format!("{what} cannot be used within a type alias"),
            ScopeKind::TypeParams => format!("{what} cannot be used within the definition of a generic"),
            _ => return Ok(()),
        };
        Err(SyntaxError::new(message, expr.range()))
    }

    fn visit_named_expr(&mut self, named: &'a ExprNamedExpr) -> Result<()> {
        if self.pass[self.cur().index()].comp_iter_expr > 0 {
            return Err(SyntaxError::new(
                "assignment expression cannot be used in a comprehension iterable expression",
                named.range,
            ));
        }
        if self.cur_scope().comprehension.is_some()
            && let Expr::Name(target) = &*named.target
        {
            self.bind_walrus_target_outside(target)?;
        }
        self.visit_expr(&named.value)?;
        self.visit_expr(&named.target)
    }

    /// A walrus in a comprehension binds its target in the nearest enclosing function or module
    /// (CPython's `symtable_extend_namedexpr_scope`).
    fn bind_walrus_target_outside(&mut self, target: &'a ExprName) -> Result<()> {
        let name = target.id.as_str();
        let range = target.range;
        for index in (0..self.stack.len()).rev() {
            let scope_id = self.stack[index];
            let scope = &self.scopes[scope_id.index()];
            if scope.comprehension.is_some() {
                let flags = self.lookup_in(scope_id, name);
                if flags.contains(SymbolFlags::DEF_COMP_ITER) && flags.contains(SymbolFlags::DEF_LOCAL) {
                    return Err(SyntaxError::new(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        range,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function | ScopeKind::Lambda => {
                    let declared = if self.lookup_in(scope_id, name).contains(SymbolFlags::DEF_GLOBAL) {
                        SymbolFlags::DEF_GLOBAL
                    } else {
                        SymbolFlags::DEF_NONLOCAL
                    };
                    self.add_def(name, declared, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, SymbolFlags::DEF_LOCAL, scope_id, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, SymbolFlags::DEF_GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, SymbolFlags::DEF_GLOBAL, scope_id, range);
                }
                ScopeKind::Class => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
                ScopeKind::TypeParams => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        range,
                    ));
                }
                ScopeKind::TypeAlias => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a type alias",
                        range,
                    ));
                }
                ScopeKind::TypeVarBound | ScopeKind::TypeParamDefault => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound",
                        range,
                    ));
                }
                // Annotation scopes are looked through.
                ScopeKind::Annotation | ScopeKind::Comprehension => continue,
            }
        }
        Ok(())
    }

    /// A comprehension or generator expression: its first iterable is evaluated in the current
    /// scope, everything else in a scope of its own (CPython's `symtable_handle_comprehension`).
    fn visit_comprehension(
        &mut self,
        expr: &'a Expr,
        variant: usize,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else { return Ok(()) };
        self.cur_pass().comp_iter_expr += 1;
        let result = self.visit_expr(&outermost.iter);
        self.cur_pass().comp_iter_expr -= 1;
        result?;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        let id = self.enter(ScopeKind::Comprehension, name, expr.range())?;
        self.register([address(expr), variant], ScopeKind::Comprehension, id);
        self.cur_scope_mut().comprehension = Some(kind);
        if outermost.is_async != 0 {
            self.cur_scope_mut().is_coroutine = true;
        }
        // The outermost iterator is the comprehension's argument.
        let range = self.cur_scope().range;
        self.add_def(".0", SymbolFlags::DEF_PARAM, range)?;
        self.visit_comprehension_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for generator in &generators[1..] {
            self.visit_comprehension_target(&generator.target)?;
            self.cur_pass().comp_iter_expr += 1;
            let result = self.visit_expr(&generator.iter);
            self.cur_pass().comp_iter_expr -= 1;
            result?;
            self.visit_exprs(&generator.ifs)?;
            if generator.is_async != 0 {
                self.cur_scope_mut().is_coroutine = true;
            }
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        self.cur_scope_mut().is_generator = is_generator;
        let is_async = self.cur_scope().is_coroutine && !is_generator;
        self.exit();
        if is_async {
            let scope = self.cur_scope();
            let in_async_def = scope.kind.is_function_block() && scope.is_coroutine;
            if !in_async_def && scope.comprehension.is_none() && !self.allows_top_level_await() {
                return Err(SyntaxError::new(
                    "asynchronous comprehension outside of an asynchronous function",
                    expr.range(),
                ));
            }
            self.cur_scope_mut().is_coroutine = true;
        }
        Ok(())
    }

    /// Visits a comprehension's iteration target: the names it binds are iteration variables.
    fn visit_comprehension_target(&mut self, target: &'a Expr) -> Result<()> {
        self.cur_pass().comp_iter_target = true;
        let result = self.visit_expr(target);
        self.cur_pass().comp_iter_target = false;
        result
    }
}
