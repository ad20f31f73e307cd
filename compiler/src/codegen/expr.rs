//! Expressions.

use ophis_parser::ast::{self, CmpOp, Expr, ExprContext, Operator};

use super::{Compiler, Result};
use crate::code::Constant;
use crate::instructions::{BinaryOp, CompareOp, Intrinsic1, Opcode};

pub(super) fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatMul,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

pub(super) fn str_constant(s: &ast::constant::Str) -> Constant {
    match s {
        ast::constant::Str::Text(t) => Constant::Str(t.as_ref().into()),
        ast::constant::Str::CodePoints(p) => Constant::StrCodePoints(p.as_ref().into()),
    }
}

pub(super) fn constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(ast::constant::Int::Small(i)) => Constant::Int((*i).into()),
        ast::Constant::Int(ast::constant::Int::Big(b)) => Constant::Int((**b).clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Str(s) => str_constant(s),
        ast::Constant::Bytes(b) => Constant::Bytes(b.as_ref().into()),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<()> {
        self.set_location(e.range());
        match e {
            Expr::Constant(c) => self.load_const(constant(&c.value)),
            Expr::Name(n) => self.name_op(n.id.as_str(), n.ctx),
            Expr::BinOp(_) | Expr::UnaryOp(_) if super::fold::fold(e).is_some() => {
                let c = super::fold::fold(e).expect("checked");
                self.load_const(c);
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_location(b.range);
                self.emit(Opcode::BINARY_OP, binary_op(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_location(u.range);
                match u.op {
                    ast::UnaryOp::Invert => self.emit(Opcode::UNARY_INVERT, 0),
                    ast::UnaryOp::Not => {
                        self.emit(Opcode::TO_BOOL, 0);
                        self.emit(Opcode::UNARY_NOT, 0);
                    }
                    ast::UnaryOp::UAdd => self.emit(Opcode::UNARY_POSITIVE, 0),
                    ast::UnaryOp::USub => self.emit(Opcode::UNARY_NEGATIVE, 0),
                }
            }
            Expr::BoolOp(b) => {
                let end = self.unit().new_label();
                let (last, rest) = b.values.split_last().expect("operands");
                for v in rest {
                    self.expr(v)?;
                    self.emit(Opcode::COPY, 1);
                    self.emit(Opcode::TO_BOOL, 0);
                    let op = if b.op == ast::BoolOp::And { Opcode::POP_JUMP_IF_FALSE } else { Opcode::POP_JUMP_IF_TRUE };
                    self.unit().emit_jump(op, end);
                    self.emit(Opcode::POP_TOP, 0);
                }
                self.expr(last)?;
                self.unit().bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::IfExp(i) => {
                let orelse = self.unit().new_label();
                let end = self.unit().new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.unit().emit_jump(Opcode::JUMP, end);
                self.unit().bind(orelse);
                self.expr(&i.orelse)?;
                self.unit().bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_location(a.range, a);
                let name = self.mangle(a.attr.as_str());
                let i = self.unit().add_name(&name);
                match a.ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_ATTR, i),
                    _ => unreachable!("stores and deletes go through store_target/delete_target"),
                }
            }
            Expr::Subscript(s) => {
                self.check_subscript(&s.value, &s.slice);
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice {
                    if sl.step.is_none() {
                        self.slice_part(sl.lower.as_deref())?;
                        self.slice_part(sl.upper.as_deref())?;
                        self.set_location(s.range);
                        self.emit(Opcode::BINARY_SLICE, 0);
                        return Ok(());
                    }
                }
                self.expr(&s.slice)?;
                self.set_location(s.range);
                self.emit(Opcode::BINARY_OP, BinaryOp::Subscr as u32);
            }
            Expr::Slice(s) => {
                self.slice_part(s.lower.as_deref())?;
                self.slice_part(s.upper.as_deref())?;
                match &s.step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Opcode::BUILD_SLICE, 3);
                    }
                    None => self.emit(Opcode::BUILD_SLICE, 2),
                }
            }
            Expr::Tuple(t) => {
                if let Some(c) = constant_tuple(&t.elts) {
                    self.load_const(c);
                } else if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&t.elts)?;
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
                } else {
                    for e in &t.elts {
                        self.expr(e)?;
                    }
                    self.emit(Opcode::BUILD_TUPLE, t.elts.len() as u32);
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&l.elts)?;
                } else {
                    for e in &l.elts {
                        self.expr(e)?;
                    }
                    self.set_location(l.range);
                    self.emit(Opcode::BUILD_LIST, l.elts.len() as u32);
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Opcode::BUILD_SET, 0);
                    for e in &s.elts {
                        match e {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.set_location(s.range);
                                self.emit(Opcode::SET_UPDATE, 1);
                            }
                            _ => {
                                self.expr(e)?;
                                self.set_location(s.range);
                                self.emit(Opcode::SET_ADD, 1);
                            }
                        }
                    }
                } else {
                    for e in &s.elts {
                        self.expr(e)?;
                    }
                    // Display instructions carry the display's location (hash errors point there).
                    self.set_location(s.range);
                    self.emit(Opcode::BUILD_SET, s.elts.len() as u32);
                }
            }
            Expr::Dict(d) => {
                self.emit(Opcode::BUILD_MAP, 0);
                for (k, v) in d.keys.iter().zip(d.values.iter()) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.set_location(d.range);
                            self.emit(Opcode::MAP_ADD, 1);
                        }
                        None => {
                            self.expr(v)?;
                            self.set_location(d.range);
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    match v {
                        Expr::Constant(_) => self.expr(v)?,
                        Expr::FormattedValue(f) => self.formatted_value(f)?,
                        other => self.expr(other)?,
                    }
                }
                if j.values.len() != 1 || !matches!(j.values[0], Expr::Constant(_)) {
                    self.emit(Opcode::BUILD_STRING, j.values.len() as u32);
                }
            }
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::TemplateStr(t) => self.template_str(t)?,
            Expr::Lambda(l) => self.lambda(l, e)?,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => self.comprehension(e)?,
            Expr::Yield(y) => {
                if !self.in_function() {
                    return Err(self.error("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_location(y.range);
                if self.unit().flags & crate::code::flags::ASYNC_GENERATOR != 0 {
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::AsyncGenWrap as u32);
                }
                self.emit(Opcode::YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                if !self.in_function() {
                    return Err(self.error("'yield' outside function", y.range));
                }
                if self.in_async_function() {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.set_location(y.range);
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from_loop()?;
            }
            Expr::Await(a) => {
                if !self.in_function() {
                    return Err(self.error("'await' outside function", a.range));
                }
                if !self.in_async_function() {
                    return Err(self.error("'await' outside async function", a.range));
                }
                self.expr(&a.value)?;
                self.set_location(a.range);
                self.await_value(0)?;
            }
            other => {
                return Err(self.error(format!("ophis cannot compile {} expressions yet", other.python_name()), other.range()));
            }
        }
        Ok(())
    }

    /// `receiver v -- result`: the `yield from` / `await` loop.
    fn yield_from_loop(&mut self) -> Result<()> {
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

    fn slice_part(&mut self, e: Option<&'a Expr>) -> Result<()> {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Constant::None);
                Ok(())
            }
        }
    }

    /// `[a, *b, c]` as a list on the stack.
    fn starred_list(&mut self, elts: &'a [Expr]) -> Result<()> {
        self.emit(Opcode::BUILD_LIST, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> Result<()> {
        self.check_compare(c);
        self.expr(&c.left)?;
        if c.ops.len() == 1 {
            self.expr(&c.comparators[0])?;
            self.set_location(c.range);
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            self.set_location(c.range);
            if i + 1 < n {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::COPY, 2);
                self.compare_op(*op);
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::TO_BOOL, 0);
                self.unit().emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.compare_op(*op);
            }
        }
        self.unit().emit_jump(Opcode::JUMP, end);
        self.unit().bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.unit().bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => self.emit(Opcode::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => self.emit(Opcode::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => self.emit(Opcode::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => self.emit(Opcode::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> Result<()> {
        self.check_caller(&c.func);
        // `obj.method(...)` loads the method without creating a bound method.
        let simple_args = !c.args.iter().any(|a| matches!(a, Expr::Starred(_))) && !c.keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            Expr::Attribute(a) if a.ctx == ExprContext::Load && simple_args => {
                self.expr(&a.value)?;
                self.set_attr_location(a.range, a);
                let name = self.mangle(a.attr.as_str());
                let i = self.unit().add_name(&name);
                self.emit(Opcode::LOAD_METHOD, i);
                for arg in &c.args {
                    self.expr(arg)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                // The call of a method is located from the method's name (see set_attr_location).
                self.set_attr_location(c.range, a);
                return self.emit_call(&c.keywords, c.args.len());
            }
            f => {
                self.expr(f)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        self.call_args(&c.args, &c.keywords, c.range)
    }

    /// CALL or CALL_KW for arguments already on the stack (no starred ones).
    fn emit_call(&mut self, keywords: &'a [ast::Keyword], positional: usize) -> Result<()> {
        if keywords.is_empty() {
            self.emit(Opcode::CALL, positional as u32);
        } else {
            let names: Vec<Constant> =
                keywords.iter().map(|k| Constant::Str(k.arg.as_ref().expect("no **").as_str().into())).collect();
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Opcode::CALL_KW, (positional + keywords.len()) as u32);
        }
        Ok(())
    }

    /// Arguments of a call whose `callable self_or_null` are on the stack.
    pub(super) fn call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], range: ophis_lexer::TextRange) -> Result<()> {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if !starred {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_location(range);
            return self.emit_call(keywords, args.len());
        }
        // `f(*x)` passes x itself: CALL_FUNCTION_EX makes the tuple (and names the callable in
        // its error when x is not iterable), as CPython compiles it.
        if let [Expr::Starred(only)] = args {
            self.expr(&only.value)?;
            return self.finish_call_ex(keywords, range);
        }
        self.emit(Opcode::BUILD_LIST, 0);
        self.finish_starred_call(args, keywords, range)
    }

    /// A t-string: the tuple of its literal parts (one more than the interpolations, adjacent
    /// parts merged) as one constant, each interpolation built from its value, source text and
    /// format spec, then BUILD_TEMPLATE.
    fn template_str(&mut self, t: &'a ast::ExprTemplateStr) -> Result<()> {
        let mut strings: Vec<Constant> = Vec::new();
        let mut current = String::new();
        let mut interpolations = Vec::new();
        for v in &t.values {
            match v {
                Expr::Constant(c) => {
                    if let Constant::Str(s) = constant(&c.value) {
                        current.push_str(&s);
                    }
                }
                Expr::Interpolation(i) => {
                    strings.push(Constant::Str(std::mem::take(&mut current).into()));
                    interpolations.push(i);
                }
                other => return Err(self.error("unexpected part of a t-string", other.range())),
            }
        }
        strings.push(Constant::Str(current.into()));
        self.load_const(Constant::Tuple(strings.into()));
        for i in &interpolations {
            self.expr(&i.value)?;
            self.load_const(constant(&i.str));
            let conversion = match i.conversion {
                115 => 1, // 's'
                114 => 2, // 'r'
                97 => 3,  // 'a'
                _ => 0,
            };
            let has_spec = match &i.format_spec {
                Some(spec) => {
                    self.expr(spec)?;
                    1
                }
                None => 0,
            };
            self.set_location(t.range);
            self.emit(Opcode::BUILD_INTERPOLATION, conversion << 2 | has_spec);
        }
        self.emit(Opcode::BUILD_TUPLE, interpolations.len() as u32);
        self.emit(Opcode::BUILD_TEMPLATE, 0);
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> Result<()> {
        self.expr(&f.value)?;
        match f.conversion {
            115 => self.emit(Opcode::CONVERT_VALUE, 1), // 's'
            114 => self.emit(Opcode::CONVERT_VALUE, 2), // 'r'
            97 => self.emit(Opcode::CONVERT_VALUE, 3),  // 'a'
            _ => {}
        }
        match &f.format_spec {
            Some(spec) => {
                self.expr(spec)?;
                self.emit(Opcode::FORMAT_WITH_SPEC, 0);
            }
            None => self.emit(Opcode::FORMAT_SIMPLE, 0),
        }
        Ok(())
    }
}

/// A tuple display made only of constants, as one constant.
fn constant_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        match e {
            Expr::Constant(c) => out.push(constant(&c.value)),
            Expr::Tuple(t) => out.push(constant_tuple(&t.elts)?),
            _ => return None,
        }
    }
    Some(Constant::Tuple(out.into()))
}
