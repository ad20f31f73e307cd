//! Statements.

use ophis_parser::ast::{self, ExceptHandler, Expr, ExprContext, Stmt};

use super::unit::{FBlock, Label};
use super::{CompileMode, Compiler, Result};
use crate::code::Constant;
use crate::instructions::{Intrinsic1, Opcode};

impl<'a> Compiler<'a> {
    /// One statement (through [`Compiler::stmt`], which tracks conditional blocks).
    pub(super) fn stmt_kind(&mut self, s: &'a Stmt) -> Result<()> {
        self.set_location(s.range());
        match s {
            Stmt::Expr(e) => {
                if self.mode == CompileMode::Single && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::Print as u32);
                    self.emit(Opcode::POP_TOP, 0);
                } else if let Expr::Constant(_) = &*e.value {
                    // A constant expression statement has no effect.
                } else {
                    self.expr(&e.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a, s)?,
            Stmt::If(i) => {
                let end = self.unit().new_label();
                let orelse = self.unit().new_label();
                self.jump_if(&i.test, false, if i.orelse.is_empty() { end } else { orelse })?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    if self.unit().is_reachable() {
                        self.unit().emit_jump(Opcode::JUMP, end);
                    }
                    self.unit().bind(orelse);
                    self.stmts(&i.orelse)?;
                }
                self.unit().bind(end);
            }
            Stmt::While(w) => {
                let top = self.unit().new_label();
                let orelse = self.unit().new_label();
                let end = self.unit().new_label();
                self.unit().bind(top);
                self.jump_if(&w.test, false, orelse)?;
                self.unit().fblocks.push(FBlock::WhileLoop { continue_to: top, break_to: end });
                self.stmts(&w.body)?;
                self.unit().fblocks.pop();
                if self.unit().is_reachable() {
                    // The loop's closing jump has the location of the body's last instruction.
                    self.unit().inherit_location();
                    self.unit().emit_jump(Opcode::JUMP, top);
                }
                self.unit().bind(orelse);
                self.stmts(&w.orelse)?;
                self.unit().bind(end);
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.emit(Opcode::GET_ITER, 0);
                let top = self.unit().new_label();
                let exhausted = self.unit().new_label();
                let end = self.unit().new_label();
                self.unit().bind(top);
                self.set_location(f.iter.range());
                self.unit().emit_jump(Opcode::FOR_ITER, exhausted);
                self.store_target(&f.target)?;
                self.unit().fblocks.push(FBlock::ForLoop { continue_to: top, break_to: end });
                self.stmts(&f.body)?;
                self.unit().fblocks.pop();
                if self.unit().is_reachable() {
                    self.unit().inherit_location();
                    self.unit().emit_jump(Opcode::JUMP, top);
                }
                self.unit().bind(exhausted);
                self.stmts(&f.orelse)?;
                self.unit().bind(end);
            }
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => {
                if !self.table.scope(self.scope_id()).kind.is_function_like() {
                    return Err(self.error("'return' outside function", r.range));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.unwind_all(true)?;
                self.set_location(s.range());
                self.emit(Opcode::RETURN_VALUE, 0);
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_location(s.range());
                self.emit(Opcode::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse, false)?;
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, false)?;
                }
            }
            Stmt::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse, true)?;
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, true)?;
                }
            }
            Stmt::Assert(a) => {
                self.check_assert(a);
                if self.table.optimize > 0 {
                    return Ok(());
                }
                let end = self.unit().new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(Opcode::PUSH_NULL, 0);
                    self.expr(m)?;
                    self.emit(Opcode::CALL, 1);
                }
                // CPython points the traceback at the failing test.
                self.set_location(a.test.range());
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.unit().bind(end);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                // Every instruction of an import carries the statement's location, as in CPython.
                for alias in &i.names {
                    self.load_const(Constant::Int(0.into()));
                    self.load_const(Constant::None);
                    let name = alias.name.as_str();
                    let ni = self.unit().add_name(name);
                    self.emit(Opcode::IMPORT_NAME, ni);
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the innermost module.
                            let parts: Vec<&str> = name.split('.').collect();
                            for part in &parts[1..] {
                                let pi = self.unit().add_name(part);
                                self.emit(Opcode::IMPORT_FROM, pi);
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                            self.name_op(asname.as_str(), ExprContext::Store);
                        }
                        None => {
                            let top = name.split('.').next().unwrap_or(name);
                            self.name_op(top, ExprContext::Store);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level.into()));
                let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.as_str().into())).collect();
                self.load_const(Constant::Tuple(names.into()));
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                let mi = self.unit().add_name(module);
                self.emit(Opcode::IMPORT_NAME, mi);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    if self.table.scope(self.scope_id()).kind.is_function_like() {
                        return Err(self.error("import * only allowed at module level", s.range()));
                    }
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ImportStar as u32);
                    self.emit(Opcode::POP_TOP, 0);
                } else {
                    for alias in &i.names {
                        let ni = self.unit().add_name(alias.name.as_str());
                        self.emit(Opcode::IMPORT_FROM, ni);
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.name_op(bound.as_str(), ExprContext::Store);
                    }
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Stmt::FunctionDef(f) => self.function_def(f, s)?,
            Stmt::AsyncFunctionDef(f) => self.async_function_def(f, s)?,
            Stmt::ClassDef(c) => self.class_def(c, s)?,
            Stmt::With(w) => self.with(&w.items, &w.body, 0, false)?,
            Stmt::AsyncWith(w) => {
                if !self.in_async_function() {
                    return Err(self.error("'async with' outside async function", w.range));
                }
                self.with(&w.items, &w.body, 0, true)?
            }
            Stmt::AsyncFor(f) => {
                if !self.in_async_function() {
                    return Err(self.error("'async for' outside async function", f.range));
                }
                self.async_for(f)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(a) => self.type_alias(a, s)?,
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> Result<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_location(a.range, a);
                let name = self.mangle(a.attr.as_str());
                let i = self.unit().add_name(&name);
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(sb) => {
                self.expr(&sb.value)?;
                self.expr(&sb.slice)?;
                self.set_location(sb.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                // Unpacking errors point at the target.
                self.set_location(t.range());
                match star {
                    None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        if i > 255 || after > (u32::MAX >> 8) as usize {
                            return Err(self.error("too many expressions in star-unpacking assignment", t.range()));
                        }
                        self.emit(Opcode::UNPACK_EX, (i as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(st) => self.store_target(&st.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(st) => return Err(self.error("starred assignment target must be in a list or tuple", st.range)),
            other => return Err(self.error(format!("cannot assign to {}", other.python_name()), other.range())),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<()> {
        self.set_location(t.range());
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_location(a.range, a);
                let name = self.mangle(a.attr.as_str());
                let i = self.unit().add_name(&name);
                self.emit(Opcode::DELETE_ATTR, i);
            }
            Expr::Subscript(sb) => {
                self.expr(&sb.value)?;
                self.expr(&sb.slice)?;
                self.set_location(sb.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(format!("cannot delete {}", other.python_name()), other.range())),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<()> {
        let op = super::expr::binary_op(a.op).inplace() as u32;
        match &*a.target {
            Expr::Name(n) => {
                // The load and the store are located at the name (an unbound local's traceback
                // points there).
                self.set_location(n.range);
                self.name_op(n.id.as_str(), ExprContext::Load);
                self.expr(&a.value)?;
                self.set_location(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.set_location(n.range);
                self.name_op(n.id.as_str(), ExprContext::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let name = self.mangle(at.attr.as_str());
                let i = self.unit().add_name(&name);
                self.set_attr_location(at.range, at);
                self.emit(Opcode::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.set_location(a.range);
                self.emit(Opcode::BINARY_OP, op);
                // The store is located at the target, as in CPython.
                self.set_attr_location(at.range, at);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(sb) => {
                self.expr(&sb.value)?;
                self.expr(&sb.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_location(sb.range);
                self.emit(Opcode::BINARY_OP, crate::instructions::BinaryOp::Subscr as u32);
                self.expr(&a.value)?;
                self.set_location(a.range);
                self.emit(Opcode::BINARY_OP, op);
                // container key result -> result container key, stored at the target's location
                self.set_location(sb.range);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            other => return Err(self.error(format!("'{}' is an illegal expression for augmented assignment", other.python_name()), other.range())),
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: ophis_lexer::TextRange) -> Result<()> {
        let handlers = self.unit().handler_state();
        let fblocks = self.unit().fblocks.clone();
        let mut target = None;
        for block in fblocks.iter().rev() {
            match block {
                FBlock::ForLoop { continue_to, break_to } => {
                    if is_break {
                        self.emit(Opcode::POP_TOP, 0);
                        target = Some(*break_to);
                    } else {
                        target = Some(*continue_to);
                    }
                    break;
                }
                FBlock::WhileLoop { continue_to, break_to } => {
                    target = Some(if is_break { *break_to } else { *continue_to });
                    break;
                }
                other => self.unwind_block(other, false)?,
            }
        }
        let Some(target) = target else {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(self.error(msg, range));
        };
        self.set_location(range);
        self.unit().emit_jump(Opcode::JUMP, target);
        self.unit().restore_handlers(handlers);
        Ok(())
    }

    /// Before `return`: undo every block (the return value is on top when `preserve_top`).
    fn unwind_all(&mut self, preserve_top: bool) -> Result<()> {
        let handlers = self.unit().handler_state();
        let fblocks = self.unit().fblocks.clone();
        for block in fblocks.iter().rev() {
            if let FBlock::ForLoop { .. } = block {
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.unwind_block_preserving(block, preserve_top)?;
        }
        // The code after `return` is unreachable, but later statements in the same blocks still
        // compile with the blocks' handlers.
        self.unit().restore_handlers(handlers);
        Ok(())
    }

    fn unwind_block_preserving(&mut self, block: &FBlock, preserve_top: bool) -> Result<()> {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } => Ok(()),
            _ => self.unwind_block(block, preserve_top),
        }
    }

    /// Leaves one block on the way out of `break`/`continue`/`return`.
    fn unwind_block(&mut self, block: &FBlock, preserve_top: bool) -> Result<()> {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } => {}
            FBlock::TryExcept => self.unit().pop_handler(),
            FBlock::FinallyTry { finalbody } => {
                self.unit().pop_handler();
                let body = self.finalbodies[*finalbody];
                // The final body runs with this block (and the ones inside it) gone.
                let saved = self.unit().fblocks.clone();
                let pos = saved.iter().rposition(|b| matches!(b, FBlock::FinallyTry { finalbody: f } if f == finalbody)).unwrap_or(0);
                self.unit().fblocks.truncate(pos);
                self.stmts(body)?;
                self.unit().fblocks = saved;
            }
            FBlock::FinallyEnd => {
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0); // the exception
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.unit().pop_handler();
                self.emit(Opcode::POP_EXCEPT, 0);
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0); // lasti
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.unit().pop_handler();
                }
                self.unit().pop_handler();
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.unbind_handler_name(n);
                }
            }
            FBlock::With { is_async } => {
                self.unit().pop_handler();
                if preserve_top {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.await_value(2)?;
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::ExceptionHandler => {}
            FBlock::ExceptStar => {
                return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", ophis_lexer::TextRange::default()));
            }
        }
        Ok(())
    }

    /// `name = None; del name`: an `except ... as name` target does not outlive its clause.
    fn unbind_handler_name(&mut self, name: &str) {
        self.load_const(Constant::None);
        self.name_op(name, ExprContext::Store);
        self.name_op(name, ExprContext::Del);
    }

    /// `exit -- result`: `exit(None, None, None)`.
    fn call_exit_with_nones(&mut self) {
        self.emit(Opcode::PUSH_NULL, 0);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 3);
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], star: bool) -> Result<()> {
        if star {
            return self.try_star_except(body, handlers, orelse);
        }
        let handler = self.unit().new_label();
        let end = self.unit().new_label();
        let cleanup = self.unit().new_label();
        self.unit().push_handler(handler, false, 0);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.stmts(orelse)?;
        if self.unit().is_reachable() {
            self.unit().emit_jump(Opcode::JUMP, end);
        }
        // handler: [exc]
        self.unit().bind(handler);
        self.unit().push_handler(cleanup, true, 0);
        self.emit(Opcode::PUSH_EXC_INFO, 0); // [prev, exc]
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_location(h.range);
            let next = self.unit().new_label();
            if let Some(t) = &h.r#type {
                self.expr(t)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.unit().emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name.as_str(), ExprContext::Store);
                    let named_cleanup = self.unit().new_label();
                    self.unit().push_handler(named_cleanup, true, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: Some(name.as_str().to_string()) });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.unit().pop_handler();
                    if self.unit().is_reachable() {
                        self.emit(Opcode::POP_EXCEPT, 0);
                        self.unbind_handler_name(name.as_str());
                        self.unit().emit_jump(Opcode::JUMP, end);
                    }
                    // The body raised: unbind the name, then re-raise through the cleanup.
                    self.unit().bind(named_cleanup);
                    self.unbind_handler_name(name.as_str());
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    if self.unit().is_reachable() {
                        self.emit(Opcode::POP_EXCEPT, 0);
                        self.unit().emit_jump(Opcode::JUMP, end);
                    }
                }
            }
            self.unit().bind(next);
            if h.r#type.is_none() {
                break;
            }
        }
        if self.unit().is_reachable() {
            // No clause matched: re-raise (the cleanup restores the previous exception).
            self.emit(Opcode::RERAISE, 0);
        }
        self.unit().pop_handler();
        // cleanup: [prev, lasti, exc2]
        self.unit().bind(cleanup);
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.unit().bind(end);
        Ok(())
    }

    fn try_finally(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt], star: bool) -> Result<()> {
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        let index = self.finalbodies.len();
        self.finalbodies.push(finalbody);
        self.unit().push_handler(handler, true, 0);
        self.unit().fblocks.push(FBlock::FinallyTry { finalbody: index });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, star)?;
        }
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.stmts(finalbody)?;
        if self.unit().is_reachable() {
            self.unit().emit_jump(Opcode::JUMP, end);
        }
        // handler: [lasti, exc]
        self.unit().bind(handler);
        self.unit().push_handler(cleanup, true, 0);
        self.emit(Opcode::PUSH_EXC_INFO, 0); // [lasti, prev, exc]
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        if self.unit().is_reachable() {
            self.emit(Opcode::RERAISE, 0);
        }
        self.unit().pop_handler();
        // cleanup: [lasti, prev, lasti2, exc2]
        self.unit().bind(cleanup);
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.unit().bind(end);
        Ok(())
    }

    /// `async for`: GET_AITER, then per item GET_ANEXT + await inside a handler that ends the
    /// loop on StopAsyncIteration (END_ASYNC_FOR).
    fn async_for(&mut self, f: &'a ast::StmtAsyncFor) -> Result<()> {
        self.expr(&f.iter)?;
        self.set_location(f.iter.range());
        self.emit(Opcode::GET_AITER, 0);
        let top = self.unit().new_label();
        let end_handler = self.unit().new_label();
        let orelse = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind(top);
        self.unit().push_handler(end_handler, false, 0);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.await_loop()?;
        self.unit().pop_handler();
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { continue_to: top, break_to: end });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        if self.unit().is_reachable() {
            self.unit().emit_jump(Opcode::JUMP, top);
        }
        // [aiter, exc]
        self.unit().bind(end_handler);
        self.set_location(f.iter.range());
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.unit().emit_jump(Opcode::JUMP, orelse);
        self.unit().bind(orelse);
        self.stmts(&f.orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    /// `awaitable None -- result`: the SEND/YIELD loop of `await`.
    pub(super) fn await_loop(&mut self) -> Result<()> {
        let top = self.unit().new_label();
        let done = self.unit().new_label();
        self.unit().bind(top);
        self.unit().emit_jump(Opcode::SEND, done);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.unit().emit_jump(Opcode::JUMP, top);
        self.unit().bind(done);
        self.emit(Opcode::END_SEND, 0);
        Ok(())
    }

    /// `v -- result`: `await v`.
    pub(super) fn await_value(&mut self, where_: u32) -> Result<()> {
        self.emit(Opcode::GET_AWAITABLE, where_);
        self.load_const(Constant::None);
        self.await_loop()
    }

    /// `try: ... except* T: ...` (PEP 654), as CPython compiles it: each clause splits the
    /// remaining group (CHECK_EG_MATCH); exceptions raised by clauses are collected in a list,
    /// and PREP_RERAISE_STAR decides what propagates.
    fn try_star_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> Result<()> {
        let handler = self.unit().new_label();
        let end = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let reraise = self.unit().new_label();
        self.unit().push_handler(handler, false, 0);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.stmts(orelse)?;
        if self.unit().is_reachable() {
            self.unit().emit_jump(Opcode::JUMP, end);
        }
        // [orig]
        self.unit().bind(handler);
        self.unit().push_handler(cleanup, true, 0);
        self.emit(Opcode::PUSH_EXC_INFO, 0); // [prev, orig]
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::SWAP, 2); // [prev, orig, list, rest]
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_location(h.range);
            let no_match = self.unit().new_label();
            let next = self.unit().new_label();
            let with_error = self.unit().new_label();
            let Some(t) = &h.r#type else {
                return Err(self.error("expected 'except' or 'finally' block", h.range));
            };
            self.expr(t)?;
            self.emit(Opcode::CHECK_EG_MATCH, 0); // [prev, orig, list, rest, match]
            self.emit(Opcode::COPY, 1);
            self.unit().emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            match &h.name {
                Some(name) => self.name_op(name.as_str(), ExprContext::Store),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.unit().push_handler(with_error, true, 0);
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().pop_handler();
            if self.unit().is_reachable() {
                if let Some(name) = &h.name {
                    self.unbind_handler_name(name.as_str());
                }
                self.unit().emit_jump(Opcode::JUMP, next);
            }
            // [prev, orig, list, rest, lasti, raised]
            self.unit().bind(with_error);
            if let Some(name) = &h.name {
                self.unbind_handler_name(name.as_str());
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.unit().emit_jump(Opcode::JUMP, next);
            // [prev, orig, list, rest, None]
            self.unit().bind(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.unit().bind(next);
        }
        // [prev, orig, list, rest]
        self.emit(Opcode::LIST_APPEND, 1);
        self.emit(Opcode::CALL_INTRINSIC_2, crate::instructions::Intrinsic2::PrepReraiseStar as u32);
        self.emit(Opcode::COPY, 1);
        self.unit().emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        // Leaving the handler: the cleanup region ends here (CPython's POP_BLOCK), so the
        // re-raise below propagates to the enclosing handler with the stack as it is.
        let handlers_inside = self.unit().handler_state();
        self.unit().pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.unit().emit_jump(Opcode::JUMP, end);
        // [prev, result]
        self.unit().bind(reraise);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        let _ = handlers_inside;
        // [prev, lasti, exc2]
        self.unit().bind(cleanup);
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.unit().bind(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], index: usize, is_async: bool) -> Result<()> {
        let Some(item) = items.get(index) else {
            return self.stmts(body);
        };
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let suppress = self.unit().new_label();
        let end = self.unit().new_label();
        self.expr(&item.context_expr)?;
        self.set_location(item.context_expr.range());
        self.emit(Opcode::BEFORE_WITH, is_async as u32); // [exit, enter_result]
        if is_async {
            self.await_value(1)?;
        }
        self.unit().push_handler(handler, true, 1);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        self.with(items, body, index + 1, is_async)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        if self.unit().is_reachable() {
            self.set_location(item.context_expr.range());
            self.call_exit_with_nones();
            if is_async {
                self.await_value(2)?;
            }
            self.emit(Opcode::POP_TOP, 0);
            self.unit().emit_jump(Opcode::JUMP, end);
        }
        // handler: [exit, lasti, exc]; `__exit__` is called at the context expression.
        self.unit().bind(handler);
        self.set_location(item.context_expr.range());
        self.unit().push_handler(cleanup, true, 0);
        self.emit(Opcode::PUSH_EXC_INFO, 0); // [exit, lasti, prev, exc]
        self.emit(Opcode::WITH_EXCEPT_START, 0); // [..., res]
        if is_async {
            self.await_value(2)?;
        }
        self.emit(Opcode::TO_BOOL, 0);
        self.unit().emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.unit().bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.unit().pop_handler();
        self.unit().emit_jump(Opcode::JUMP, end);
        self.unit().bind(cleanup);
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.unit().bind(end);
        Ok(())
    }

    /// Jumps to `target` when `test` is `when`; falls through otherwise.
    pub(super) fn jump_if(&mut self, test: &'a Expr, when: bool, target: Label) -> Result<()> {
        match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps when false if any is false; when true only if all are true.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.unit().new_label();
                    let (last, rest) = b.values.split_last().expect("bool op has operands");
                    for v in rest {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.unit().bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        self.emit(Opcode::TO_BOOL, 0);
        let op = if when { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
        self.unit().emit_jump(op, target);
        Ok(())
    }
}

// Keep the handler-type import used even when the match above changes shape.
#[allow(dead_code)]
fn _unused(_: &ExceptHandler) {}
