//! Code that opens a scope: functions, lambdas, classes and comprehensions (inlined ones as in
//! PEP 709, the others as nested functions).

use ophis_lexer::TextRange;
use ophis_parser::ast::{self, Expr, ExprContext, Stmt};

use super::unit::Unit;
use super::{Compiler, Result, flag_for_kind};
use crate::code::{CodeObject, Constant, flags};
use crate::instructions::{Intrinsic1, Opcode};
use crate::symtable::{ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope};

impl<'a> Compiler<'a> {
    /// The qualified name of a new scope named `name` inside the current one.
    pub(super) fn qualname_for(&self, name: &str) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let mut parent = self.units.last().expect("unit");
        // Scopes inside an annotation-like scope (type parameters, lazily evaluated values) are
        // named after the scope around it.
        if is_annotation_like(parent.kind) {
            if self.units.len() == 2 {
                return name.to_string();
            }
            parent = &self.units[self.units.len() - 2];
        }
        // A name declared global in the enclosing scope is not qualified by it.
        let scope = self.table.scope(parent.scope);
        if scope.scope_of_name(&self.mangle(name)) == Some(SymbolScope::GlobalExplicit) {
            return name.to_string();
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    /// Starts compiling a new scope.
    pub(super) fn enter_scope(&mut self, scope_id: ScopeId, name: &str, qualname: &str, range: TextRange) {
        let scope = self.table.scope(scope_id);
        let line = self.line_index.line_col(range.start).line;
        let mut unit = Unit::new(scope_id, scope.kind, name, qualname, line);
        unit.flags = flag_for_kind(scope.kind) | self.future_flags();
        for v in &scope.varnames {
            unit.add_varname(v);
        }
        for (sym_name, sym) in &scope.symbols {
            match sym.scope {
                // A name an inlined comprehension captures is a cell here even where the
                // scope's own uses reach it through the namespace (CPython's DEF_COMP_CELL).
                _ if sym.flags.contains(SymbolFlags::DEF_COMP_CELL) && sym.scope != SymbolScope::Free => {
                    unit.cellvars.insert(sym_name.as_str().into());
                }
                SymbolScope::Cell => {
                    unit.cellvars.insert(sym_name.as_str().into());
                }
                SymbolScope::Free => {
                    unit.freevars.insert(sym_name.as_str().into());
                }
                // A class passes names through to its methods: bound in the class but free
                // in a method (CPython's DEF_FREE_CLASS) is also a free variable of the class.
                _ if scope.kind == ScopeKind::Class && sym.flags.contains(crate::symtable::SymbolFlags::DEF_FREE_CLASS) => {
                    unit.freevars.insert(sym_name.as_str().into());
                }
                _ => {}
            }
        }
        if scope.kind == ScopeKind::Class {
            if scope.needs_class_closure {
                unit.cellvars.insert("__class__".into());
            }
            if scope.needs_classdict {
                unit.cellvars.insert("__classdict__".into());
            }
            if scope.has_conditional_annotations {
                unit.cellvars.insert("__conditional_annotations__".into());
            }
        }
        // A class's `__annotate__` reads which of the body's annotations ran.
        if scope.kind == ScopeKind::Annotation
            && self.units.last().is_some_and(|parent| {
                self.table.scope(parent.scope).annotation_block == Some(scope_id)
                    && parent.cellvars.contains("__conditional_annotations__")
            })
        {
            unit.freevars.insert("__conditional_annotations__".into());
        }
        if scope.is_nested {
            unit.flags |= flags::NESTED;
        }
        if scope.is_generator {
            unit.flags |= if scope.is_coroutine { flags::ASYNC_GENERATOR } else { flags::GENERATOR };
        } else if scope.is_coroutine {
            unit.flags |= flags::COROUTINE;
        }
        if scope.has_varargs {
            unit.flags |= flags::VARARGS;
        }
        if scope.has_varkeywords {
            unit.flags |= flags::VARKEYWORDS;
        }
        if unit.freevars.is_empty() && unit.cellvars.is_empty() {
            unit.flags |= flags::NOFREE;
        }
        self.units.push(unit);
        // Prologue: cells, free variables, generator creation.
        self.set_location(range);
        let n_cells = self.units.last().expect("unit").cellvars.len();
        for i in 0..n_cells {
            self.emit(Opcode::MAKE_CELL, i as u32);
        }
        let n_free = self.units.last().expect("unit").freevars.len();
        if n_free > 0 {
            self.emit(Opcode::COPY_FREE_VARS, n_free as u32);
        }
        if self.units.last().expect("unit").flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            self.emit(Opcode::RETURN_GENERATOR, 0);
            self.emit(Opcode::POP_TOP, 0);
            self.unit().depth = 0;
        }
        self.emit(Opcode::RESUME, 0);
    }

    pub(super) fn exit_scope(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("unit");
        unit.finish(&self.filename)
    }

    /// Pushes a function object for `code` made in the current scope (with its closure).
    pub(super) fn make_function(&mut self, code: CodeObject, extra_flags: u32) {
        let freevars = code.freevars.clone();
        if !freevars.is_empty() {
            for name in &freevars {
                let i = self.unit().deref_index(name).unwrap_or_else(|| panic!("free variable {name} has a cell in the enclosing scope"));
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, freevars.len() as u32);
        }
        let i = self.unit().add_const(Constant::Code(code.into()));
        self.emit(Opcode::LOAD_CONST, i);
        self.emit(Opcode::MAKE_FUNCTION, 0);
        if !freevars.is_empty() {
            self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, 8);
        }
        // Pushed before the code: the annotate function (16) nearest the top, then kwdefaults (2),
        // then defaults (1).
        if extra_flags & super::annotations::MAKE_FUNCTION_ANNOTATE != 0 {
            self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, super::annotations::MAKE_FUNCTION_ANNOTATE);
        }
        if extra_flags & 2 != 0 {
            self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, 2);
        }
        if extra_flags & 1 != 0 {
            self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, 1);
        }
    }

    /// Evaluates defaults and keyword-only defaults; returns the SET_FUNCTION_ATTRIBUTE flags.
    fn defaults(&mut self, args: &'a ast::Arguments) -> Result<u32> {
        let mut f = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            f |= 1;
        }
        let kw: Vec<(&ast::Arg, &Expr)> =
            args.kwonlyargs.iter().zip(args.kw_defaults.iter()).filter_map(|(a, d)| d.as_ref().map(|d| (a, d))).collect();
        if !kw.is_empty() {
            self.emit(Opcode::BUILD_MAP, 0);
            for (a, d) in kw {
                let name = self.mangle(a.arg.as_str());
                self.load_const(Constant::Str(name.as_str().into()));
                self.expr(d)?;
                self.emit(Opcode::MAP_ADD, 1);
            }
            f |= 2;
        }
        Ok(f)
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.unit();
        u.posonly_arg_count = args.posonlyargs.len() as u32;
        u.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonly_arg_count = args.kwonlyargs.len() as u32;
    }

    pub(super) fn function_def(&mut self, f: &'a ast::StmtFunctionDef, s: &'a Stmt) -> Result<()> {
        self.function_like(f.name.as_str(), &f.args, &f.body, &f.decorator_list, &f.type_params, s, 0)
    }

    pub(super) fn async_function_def(&mut self, f: &'a ast::StmtAsyncFunctionDef, s: &'a Stmt) -> Result<()> {
        self.function_like(f.name.as_str(), &f.args, &f.body, &f.decorator_list, &f.type_params, s, flags::COROUTINE)
    }

    #[allow(clippy::too_many_arguments)]
    fn function_like(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        type_params: &'a [ast::TypeParam],
        s: &'a Stmt,
        _extra: u32,
    ) -> Result<()> {
        for d in decorators {
            self.expr(d)?;
        }
        self.set_location(s.range());
        let f = self.defaults(args)?;
        let generic = self.enter_generic_def(name, type_params, f, s)?;
        // Annotations are evaluated inside the type-parameter scope, so they can name T.
        let f = f | self.function_annotations(args, s)?;
        let scope = self.table.scope_of(s, ScopeKind::Function).expect("function scope");
        let qualname = self.qualname_for(name);
        self.enter_scope(scope, name, &qualname, s.range());
        self.set_arg_counts(args);
        let has_doc = self.docstring(body);
        // The docstring is the first constant (CPython's co_consts[0] convention).
        if let Some(doc) = &has_doc {
            self.unit().add_const(doc.clone());
            self.unit().flags |= flags::HAS_DOCSTRING;
        }
        self.body_with_docstring(body, false)?;
        if self.unit().is_reachable() {
            self.load_const(Constant::None);
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.exit_scope();
        self.set_location(s.range());
        self.make_function(code, f);
        if let Some(nargs) = generic {
            self.exit_generic_def(nargs, s);
        }
        self.apply_decorators(decorators, s);
        self.name_op(name, ExprContext::Store);
        Ok(())
    }

    pub(super) fn lambda(&mut self, l: &'a ast::ExprLambda, e: &'a Expr) -> Result<()> {
        let f = self.defaults(&l.args)?;
        let scope = self.table.scope_of(e, ScopeKind::Lambda).expect("lambda scope");
        let qualname = self.qualname_for("<lambda>");
        self.enter_scope(scope, "<lambda>", &qualname, l.range);
        self.set_arg_counts(&l.args);
        self.expr(&l.body)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_scope();
        self.set_location(l.range);
        self.make_function(code, f);
        Ok(())
    }

    /// Calls the decorators (innermost first), each at its own location, then returns to the
    /// statement's location for the binding.
    fn apply_decorators(&mut self, decorators: &'a [Expr], s: &'a Stmt) {
        for d in decorators.iter().rev() {
            self.set_location(d.range());
            self.emit(Opcode::CALL, 0);
        }
        self.set_location(s.range());
    }

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef, s: &'a Stmt) -> Result<()> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        if c.type_params.is_empty() {
            self.set_location(s.range());
            self.emit(Opcode::LOAD_BUILD_CLASS, 0);
            self.emit(Opcode::PUSH_NULL, 0);
            self.class_body_function(c, s)?;
            // bases and keywords are the remaining arguments of __build_class__
            self.call_args_after(2, &c.bases, &c.keywords, s.range())?;
        } else {
            self.generic_class(c, s)?;
        }
        self.apply_decorators(&c.decorator_list, s);
        self.name_op(c.name.as_str(), ExprContext::Store);
        Ok(())
    }

    /// Pushes the function that runs a class body, then the class name (the first two arguments
    /// of `__build_class__`).
    pub(super) fn class_body_function(&mut self, c: &'a ast::StmtClassDef, s: &'a Stmt) -> Result<()> {
        let scope = self.table.scope_of(s, ScopeKind::Class).expect("class scope");
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        self.enter_scope(scope, name, &qualname, s.range());
        let ni = self.unit().add_name("__name__");
        self.emit(Opcode::LOAD_NAME, ni);
        let mi = self.unit().add_name("__module__");
        self.emit(Opcode::STORE_NAME, mi);
        self.load_const(Constant::Str(qualname.as_str().into()));
        let qi = self.unit().add_name("__qualname__");
        self.emit(Opcode::STORE_NAME, qi);
        let line = self.line_index.line_col(s.range().start).line;
        self.load_const(Constant::Int(line.into()));
        let fi = self.unit().add_name("__firstlineno__");
        self.emit(Opcode::STORE_NAME, fi);
        self.class_type_params_attribute(c);
        self.annotations_prologue();
        if let Some(doc) = self.docstring(&c.body) {
            self.load_const(doc);
            let di = self.unit().add_name("__doc__");
            self.emit(Opcode::STORE_NAME, di);
        }
        self.body_with_docstring(&c.body, false)?;
        self.deferred_annotations(self.table.scope_of(s, ScopeKind::Annotation), s.range())?;
        let static_attributes = static_attributes(&c.body);
        self.load_const(Constant::Tuple(static_attributes.into_iter().map(|n| Constant::Str(n.into())).collect::<Vec<_>>().into()));
        let si = self.unit().add_name("__static_attributes__");
        self.emit(Opcode::STORE_NAME, si);
        self.class_dict_cell();
        if let Some(i) = self.unit().cellvars.get_index_of("__class__") {
            self.emit(Opcode::LOAD_CLOSURE, i as u32);
            self.emit(Opcode::COPY, 1);
            let ci = self.unit().add_name("__classcell__");
            self.emit(Opcode::STORE_NAME, ci);
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_scope();
        self.set_location(s.range());
        self.make_function(code, 0);
        self.load_const(Constant::Str(name.into()));
        Ok(())
    }

    /// A call whose callable, NULL and first `already` positional arguments are pushed.
    fn call_args_after(&mut self, already: u32, args: &'a [Expr], keywords: &'a [ast::Keyword], range: TextRange) -> Result<()> {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if starred {
            // Collect the pushed positional arguments into the star list.
            self.emit(Opcode::BUILD_LIST, already);
            return self.finish_starred_call(args, keywords, range);
        }
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.set_location(range);
        let n = already + (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Opcode::CALL, n);
        } else {
            let names: Vec<Constant> = keywords.iter().map(|k| Constant::Str(k.arg.as_ref().expect("named").as_str().into())).collect();
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Opcode::CALL_KW, n);
        }
        Ok(())
    }

    /// Completes a `f(*a, **k)` call whose callable, NULL and list of leading positional
    /// arguments are pushed: the rest of the positional arguments, the keyword dict, the call.
    pub(super) fn finish_starred_call(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], range: TextRange) -> Result<()> {
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Opcode::CALL_INTRINSIC_1, crate::instructions::Intrinsic1::ListToTuple as u32);
        self.finish_call_ex(keywords, range)
    }

    /// Completes a CALL_FUNCTION_EX whose positional arguments are pushed: the keyword dict
    /// (or NULL) and the call. As CPython, each run of named keywords is its own BUILD_MAP
    /// merged with DICT_MERGE, so a name given twice (`f(**{'a': 1}, a=2)`) is an error.
    pub(super) fn finish_call_ex(&mut self, keywords: &'a [ast::Keyword], range: TextRange) -> Result<()> {
        if keywords.is_empty() {
            self.emit(Opcode::PUSH_NULL, 0);
        } else {
            let mut have_dict = false;
            let mut run = 0u32;
            for (i, k) in keywords.iter().enumerate() {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.as_str().into()));
                        self.expr(&k.value)?;
                        run += 1;
                        let run_ends = keywords.get(i + 1).is_none_or(|next| next.arg.is_none());
                        if run_ends {
                            self.emit(Opcode::BUILD_MAP, run);
                            if have_dict {
                                self.emit(Opcode::DICT_MERGE, 1);
                            }
                            have_dict = true;
                            run = 0;
                        }
                    }
                    None => {
                        if !have_dict {
                            self.emit(Opcode::BUILD_MAP, 0);
                            have_dict = true;
                        }
                        self.expr(&k.value)?;
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                }
            }
        }
        self.set_location(range);
        self.emit(Opcode::CALL_FUNCTION_EX, 0);
        Ok(())
    }

    pub(super) fn comprehension(&mut self, e: &'a Expr) -> Result<()> {
        let scope_id = self.table.scope_of(e, ScopeKind::Comprehension).expect("comprehension scope");
        let scope = self.table.scope(scope_id);
        let generators = match e {
            Expr::ListComp(c) => &c.generators,
            Expr::SetComp(c) => &c.generators,
            Expr::DictComp(c) => &c.generators,
            Expr::GeneratorExp(c) => &c.generators,
            _ => unreachable!("only comprehensions"),
        };
        if scope.comp_inlined {
            return self.inlined_comprehension(e, scope_id, generators);
        }
        let name = scope.name.clone();
        let qualname = self.qualname_for(&format!("<{}>", name));
        let qualname = qualname.replace(&format!("<{name}>"), &format!("<{name}>"));
        self.enter_scope(scope_id, &format!("<{name}>"), &qualname, e.range());
        self.unit().arg_count = 1;
        let is_gen = matches!(e, Expr::GeneratorExp(_));
        if !is_gen {
            self.emit(
                match e {
                    Expr::ListComp(_) => Opcode::BUILD_LIST,
                    Expr::SetComp(_) => Opcode::BUILD_SET,
                    _ => Opcode::BUILD_MAP,
                },
                0,
            );
        }
        let dot0 = self.unit().add_varname(".0");
        self.emit(Opcode::LOAD_FAST, dot0);
        self.comprehension_loops(e, generators, 0, if is_gen { 0 } else { 1 })?;
        if !is_gen {
            self.emit(Opcode::RETURN_VALUE, 0);
        } else {
            self.load_const(Constant::None);
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.exit_scope();
        self.set_location(e.range());
        let is_coroutine = code.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 && !is_gen;
        self.make_function(code, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async != 0 { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        self.set_location(e.range());
        self.emit(Opcode::CALL, 1);
        if is_coroutine {
            // A comprehension that awaits runs as a coroutine: await its result.
            self.await_value(0)?;
        }
        Ok(())
    }

    /// The loops of a comprehension whose first iterator is on the stack; `results` is how many
    /// result containers lie below the iterators (0 for generator expressions).
    fn comprehension_loops(&mut self, e: &'a Expr, generators: &'a [ast::Comprehension], index: usize, results: u32) -> Result<()> {
        let g = &generators[index];
        let is_async = g.is_async != 0;
        if index > 0 {
            self.expr(&g.iter)?;
            self.emit(if is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        }
        let top = self.unit().new_label();
        let end = self.unit().new_label();
        let end_handler = self.unit().new_label();
        self.unit().bind(top);
        if is_async {
            self.unit().push_handler(end_handler, false, 0);
            self.emit(Opcode::GET_ANEXT, 0);
            self.await_value_of_top()?;
            self.unit().pop_handler();
        } else {
            self.unit().emit_jump(Opcode::FOR_ITER, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loops(e, generators, index + 1, results)?;
        } else {
            let depth = index as u32 + 1 + results;
            match e {
                Expr::ListComp(c) => {
                    self.expr(&c.elt)?;
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                Expr::SetComp(c) => {
                    self.expr(&c.elt)?;
                    self.emit(Opcode::SET_ADD, depth);
                }
                Expr::DictComp(c) => {
                    self.expr(&c.key)?;
                    self.expr(&c.value)?;
                    self.emit(Opcode::MAP_ADD, depth);
                }
                Expr::GeneratorExp(c) => {
                    self.expr(&c.elt)?;
                    if self.unit().flags & crate::code::flags::ASYNC_GENERATOR != 0 {
                        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::AsyncGenWrap as u32);
                    }
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::POP_TOP, 0);
                }
                _ => unreachable!("only comprehensions"),
            }
        }
        self.unit().emit_jump(Opcode::JUMP, top);
        if is_async {
            self.unit().bind(end_handler);
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        self.unit().bind(end);
        Ok(())
    }

    /// `aiter awaitable -- aiter result`: awaits the awaitable GET_ANEXT pushed.
    fn await_value_of_top(&mut self) -> Result<()> {
        self.load_const(Constant::None);
        self.await_loop()
    }

    /// PEP 709: a list/set/dict comprehension runs in the enclosing frame; its iteration
    /// variables are fast locals saved before and restored after. An iteration variable that a
    /// closure captures is a cell of the enclosing code: its cell is saved and replaced by a new
    /// one, so each run of the comprehension has its own and the enclosing variable survives.
    fn inlined_comprehension(&mut self, e: &'a Expr, scope_id: ScopeId, generators: &'a [ast::Comprehension]) -> Result<()> {
        let scope = self.table.scope(scope_id);
        let bound_cell = |s: &Symbol| {
            s.scope == SymbolScope::Cell && s.flags.contains(SymbolFlags::DEF_LOCAL) && !s.flags.contains(SymbolFlags::DEF_NONLOCAL)
        };
        // (name, is a cell) in symbol order.
        let saved: Vec<(String, bool)> = scope
            .symbols
            .iter()
            .filter(|(n, s)| (s.scope == SymbolScope::Local && n.as_str() != ".0") || bound_cell(s))
            .map(|(n, s)| (n.clone(), s.scope == SymbolScope::Cell))
            .collect();
        let locals: Vec<String> = saved.iter().filter(|(_, cell)| !cell).map(|(n, _)| n.clone()).collect();
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async != 0 { Opcode::GET_AITER } else { Opcode::GET_ITER }, 0);
        self.inlined_locals.push(locals);
        self.inlined_scopes.push(scope_id);
        for (name, cell) in &saved {
            self.save_comprehension_variable(name, *cell)?;
            self.emit(Opcode::SWAP, 2);
        }
        // An exception leaving the comprehension restores the saved variables too (CPython's
        // virtual try/finally around an inlined comprehension).
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        if !saved.is_empty() {
            self.unit().push_handler(cleanup, false, 0);
        }
        self.emit(
            match e {
                Expr::ListComp(_) => Opcode::BUILD_LIST,
                Expr::SetComp(_) => Opcode::BUILD_SET,
                _ => Opcode::BUILD_MAP,
            },
            0,
        );
        self.emit(Opcode::SWAP, 2);
        let result = self.comprehension_loops(e, generators, 0, 1);
        self.inlined_locals.pop();
        self.inlined_scopes.pop();
        result?;
        if saved.is_empty() {
            return Ok(());
        }
        self.unit().pop_handler();
        self.restore_comprehension_variables(&saved)?;
        self.unit().emit_jump(Opcode::JUMP, end);
        // [saved..., partial result, exc]: drop the partial result, restore, re-raise.
        self.unit().bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.restore_comprehension_variables(&saved)?;
        self.emit(Opcode::RERAISE, 0);
        self.unit().bind(end);
        Ok(())
    }

    /// Puts back the variables saved under the top of the stack, in reverse order.
    fn restore_comprehension_variables(&mut self, saved: &[(String, bool)]) -> Result<()> {
        for (name, cell) in saved.iter().rev() {
            self.emit(Opcode::SWAP, 2);
            if *cell {
                let i = self.comprehension_cell_index(name)?;
                self.emit(Opcode::STORE_CELL, i);
            } else {
                let i = self.unit().add_varname(name);
                self.emit(Opcode::STORE_FAST, i);
            }
        }
        Ok(())
    }

    /// Pushes an inlined comprehension's variable as it is outside the comprehension, leaving it
    /// unbound (a fast local) or a new empty cell (a captured one) for the comprehension.
    fn save_comprehension_variable(&mut self, name: &str, cell: bool) -> Result<()> {
        if cell {
            let i = self.comprehension_cell_index(name)?;
            self.emit(Opcode::LOAD_CELL_AND_RESET, i);
        } else {
            let i = self.unit().add_varname(name);
            self.emit(Opcode::LOAD_FAST_AND_CLEAR, i);
        }
        Ok(())
    }

    /// The enclosing code's cell (or free) slot of a captured comprehension variable (the
    /// symbol table makes every such name a cell of the enclosing scope).
    fn comprehension_cell_index(&mut self, name: &str) -> Result<u32> {
        let unit = self.units.last().expect("unit");
        unit.deref_index(name).ok_or_else(|| {
            ophis_parser::SyntaxError::new(format!("internal compiler error: no cell for comprehension variable '{name}'"), TextRange::default())
        })
    }
}

/// CPython's annotation scopes: code in them is named after the scope around them.
fn is_annotation_like(kind: ScopeKind) -> bool {
    matches!(kind, ScopeKind::Annotation | ScopeKind::TypeParams | ScopeKind::TypeAlias | ScopeKind::TypeVarBound | ScopeKind::TypeParamDefault)
}

/// The `self.x` attributes assigned in a class body's methods (CPython's `__static_attributes__`),
/// sorted.
fn static_attributes(body: &[Stmt]) -> Vec<String> {
    use ophis_parser::ast::visitor::Visitor;
    struct Finder<'n> {
        first_arg: Option<&'n str>,
        found: std::collections::BTreeSet<String>,
    }
    impl<'n> Visitor<'n> for Finder<'n> {
        fn visit_expr(&mut self, e: &'n Expr) {
            if let Expr::Attribute(a) = e {
                if a.ctx == ExprContext::Store {
                    if let Expr::Name(n) = &*a.value {
                        if Some(n.id.as_str()) == self.first_arg {
                            self.found.insert(a.attr.as_str().to_string());
                        }
                    }
                }
            }
            e.walk_children(self);
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for s in body {
        let (args, fbody) = match s {
            Stmt::FunctionDef(f) => (&f.args, &f.body),
            Stmt::AsyncFunctionDef(f) => (&f.args, &f.body),
            _ => continue,
        };
        let first = args.posonlyargs.first().or(args.args.first()).map(|a| a.arg.as_str());
        let mut finder = Finder { first_arg: first, found: Default::default() };
        for st in fbody {
            finder.visit_stmt(st);
        }
        out.extend(finder.found);
    }
    out.into_iter().collect()
}
