//! PEP 695 generics and PEP 696 type-parameter defaults: `def f[T](...)`, `class C[T]:` and
//! `type X[T] = ...`, compiled as CPython 3.14 compiles them.
//!
//! A generic def or class runs inside a function `<generic parameters of NAME>` that creates the
//! type parameters (as locals or cells of that function, so the body can close over them), then
//! makes the function or class and returns it; the enclosing code calls it immediately. A
//! TypeVar's bound or constraints, every default and the value of a `type` statement are lazily
//! evaluated: each is a function of one positional-only `.format` parameter (default 1, VALUE)
//! that the runtime objects call when the attribute is first read.

use ophis_parser::ast::{self, Expr, ExprContext, Stmt};

use super::{Compiler, Result};
use crate::code::Constant;
use crate::instructions::{CommonConstant, CompareOp, Intrinsic1, Intrinsic2, Opcode};
use crate::symtable::ScopeKind;

/// `annotationlib.Format.VALUE_WITH_FAKE_GLOBALS`: the highest format the lazily evaluated
/// functions accept.
const VALUE_WITH_FAKE_GLOBALS: i64 = 2;

/// SET_FUNCTION_ATTRIBUTE flags.
const DEFAULTS: u32 = 1;
const KWDEFAULTS: u32 = 2;

impl<'a> Compiler<'a> {
    /// For a generic def, with its defaults (and keyword defaults) already pushed as `funcflags`
    /// says: enters `<generic parameters of NAME>`, builds the type-parameter tuple there and
    /// pushes the defaults again inside it (they arrive as its arguments). Returns how many
    /// arguments the type-parameter function takes, or None for a def that is not generic.
    pub(super) fn enter_generic_def(&mut self, name: &str, type_params: &'a [ast::TypeParam], funcflags: u32, s: &'a Stmt) -> Result<Option<u32>> {
        if type_params.is_empty() {
            return Ok(None);
        }
        let nargs = (funcflags & DEFAULTS != 0) as u32 + (funcflags & KWDEFAULTS != 0) as u32;
        self.set_location(s.range());
        if nargs == 2 {
            // The function is called as `f(defaults, kwdefaults)` with `defaults` in the self
            // slot of CALL: swap them so that `defaults` ends up below.
            self.emit(Opcode::SWAP, 2);
        }
        let scope = self.table.scope_of(s, ScopeKind::TypeParams).expect("type-parameter scope of a generic def");
        let scope_name = format!("<generic parameters of {name}>");
        let qualname = self.qualname_for(&scope_name);
        self.enter_scope(scope, &scope_name, &qualname, s.range());
        self.unit().arg_count = nargs;
        self.type_params(type_params)?;
        self.set_location(s.range());
        for i in 0..nargs {
            self.emit(Opcode::LOAD_FAST, i);
        }
        Ok(Some(nargs))
    }

    /// With the type-parameter tuple and the new function on the stack: sets the function's
    /// `__type_params__`, returns it from `<generic parameters of NAME>` and calls that.
    pub(super) fn exit_generic_def(&mut self, nargs: u32, s: &'a Stmt) {
        self.set_location(s.range());
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::CALL_INTRINSIC_2, Intrinsic2::SetFunctionTypeParams as u32);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_scope();
        self.set_location(s.range());
        self.make_function(code, 0);
        self.call_type_params_function(nargs);
    }

    /// Calls the just-made type-parameter function with the `nargs` values below it.
    fn call_type_params_function(&mut self, nargs: u32) {
        if nargs > 0 {
            // The first argument sits in CALL's self slot.
            self.emit(Opcode::SWAP, nargs + 1);
            self.emit(Opcode::CALL, nargs - 1);
        } else {
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::CALL, 0);
        }
    }

    /// A generic class (decorators already pushed): `<generic parameters of NAME>` builds the
    /// type parameters into `.type_params`, `Generic[*params]` into `.generic_base`, and calls
    /// `__build_class__` with the bases plus the generic base. Leaves the class on the stack.
    pub(super) fn generic_class(&mut self, c: &'a ast::StmtClassDef, s: &'a Stmt) -> Result<()> {
        let name = c.name.as_str();
        let scope = self.table.scope_of(s, ScopeKind::TypeParams).expect("type-parameter scope of a generic class");
        let scope_name = format!("<generic parameters of {name}>");
        let qualname = self.qualname_for(&scope_name);
        self.set_location(s.range());
        self.enter_scope(scope, &scope_name, &qualname, s.range());
        self.type_params(&c.type_params)?;
        self.set_location(s.range());
        self.name_op(".type_params", ExprContext::Store);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.class_body_function(c, s)?;
        self.name_op(".type_params", ExprContext::Load);
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::SubscriptGeneric as u32);
        self.name_op(".generic_base", ExprContext::Store);
        self.class_bases_with_generic_base(&c.bases, &c.keywords, s)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_scope();
        self.set_location(s.range());
        self.make_function(code, 0);
        self.call_type_params_function(0);
        Ok(())
    }

    /// `__build_class__(func, name, *bases, .generic_base, **keywords)` with the callable, NULL,
    /// function and name pushed.
    fn class_bases_with_generic_base(&mut self, bases: &'a [Expr], keywords: &'a [ast::Keyword], s: &'a Stmt) -> Result<()> {
        let starred = bases.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if starred {
            self.emit(Opcode::BUILD_LIST, 2);
            for base in bases {
                match base {
                    Expr::Starred(star) => {
                        self.expr(&star.value)?;
                        self.emit(Opcode::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(base)?;
                        self.emit(Opcode::LIST_APPEND, 1);
                    }
                }
            }
            self.set_location(s.range());
            self.name_op(".generic_base", ExprContext::Load);
            self.emit(Opcode::LIST_APPEND, 1);
            return self.finish_starred_call(&[], keywords, s.range());
        }
        for base in bases {
            self.expr(base)?;
        }
        self.set_location(s.range());
        self.name_op(".generic_base", ExprContext::Load);
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.set_location(s.range());
        let n = 3 + (bases.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Opcode::CALL, n);
        } else {
            let names: Vec<Constant> = keywords.iter().map(|k| Constant::Str(k.arg.as_ref().expect("named").as_str().into())).collect();
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Opcode::CALL_KW, n);
        }
        Ok(())
    }

    /// In a generic class's body (after `__firstlineno__`): `__type_params__ = .type_params`.
    pub(super) fn class_type_params_attribute(&mut self, c: &'a ast::StmtClassDef) {
        if c.type_params.is_empty() {
            return;
        }
        self.name_op(".type_params", ExprContext::Load);
        self.name_op("__type_params__", ExprContext::Store);
    }

    /// `type NAME[PARAMS] = VALUE`: a TypeAliasType made from `(name, type_params, evaluate)`,
    /// where `evaluate` computes the value lazily.
    pub(super) fn type_alias(&mut self, a: &'a ast::StmtTypeAlias, s: &'a Stmt) -> Result<()> {
        let Expr::Name(target) = &*a.name else {
            return Err(self.error("type alias name must be a name", a.name.range()));
        };
        let name = target.id.as_str();
        if a.type_params.is_empty() {
            self.set_location(s.range());
            self.load_const(Constant::Str(name.into()));
            self.load_const(Constant::None);
            self.type_alias_value(a, name, s)?;
        } else {
            let scope = self.table.scope_of(s, ScopeKind::TypeParams).expect("type-parameter scope of a generic type alias");
            let scope_name = format!("<generic parameters of {name}>");
            let qualname = self.qualname_for(&scope_name);
            self.set_location(s.range());
            self.enter_scope(scope, &scope_name, &qualname, s.range());
            self.load_const(Constant::Str(name.into()));
            self.type_params(&a.type_params)?;
            self.type_alias_value(a, name, s)?;
            self.emit(Opcode::RETURN_VALUE, 0);
            let code = self.exit_scope();
            self.set_location(s.range());
            self.make_function(code, 0);
            self.call_type_params_function(0);
        }
        self.set_location(s.range());
        self.name_op(name, ExprContext::Store);
        Ok(())
    }

    /// With the name and the type parameters (or None) pushed: the lazily evaluated value, then
    /// the TypeAliasType.
    fn type_alias_value(&mut self, a: &'a ast::StmtTypeAlias, name: &str, s: &'a Stmt) -> Result<()> {
        self.set_location(s.range());
        self.load_const(Constant::Tuple(vec![Constant::Int(1.into())].into()));
        let scope = self.table.scope_of(s, ScopeKind::TypeAlias).expect("type alias value scope");
        self.enter_lazy_scope(scope, name, s.range());
        // None is the first constant, so the function has no docstring.
        self.unit().add_const(Constant::None);
        self.expr(&a.value)?;
        self.leave_lazy_scope(s.range());
        self.set_location(s.range());
        self.emit(Opcode::BUILD_TUPLE, 3);
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeAlias as u32);
        Ok(())
    }

    /// Creates the type parameters, stores each in its variable and leaves their tuple.
    fn type_params(&mut self, params: &'a [ast::TypeParam]) -> Result<()> {
        let mut seen_default = false;
        for param in params {
            self.set_location(param.range());
            let (name, default) = match param {
                ast::TypeParam::TypeVar(var) => {
                    let name = var.name.as_str();
                    self.load_const(Constant::Str(name.into()));
                    match var.bound.as_deref() {
                        Some(bound) => {
                            self.lazy_type_expr(param, ScopeKind::TypeVarBound, bound, name, false)?;
                            let op = if matches!(bound, Expr::Tuple(_)) { Intrinsic2::TypeVarWithConstraints } else { Intrinsic2::TypeVarWithBound };
                            self.emit(Opcode::CALL_INTRINSIC_2, op as u32);
                        }
                        None => self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVar as u32),
                    }
                    (name, var.default_value.as_deref())
                }
                ast::TypeParam::TypeVarTuple(var) => {
                    let name = var.name.as_str();
                    self.load_const(Constant::Str(name.into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVarTuple as u32);
                    (name, var.default_value.as_deref())
                }
                ast::TypeParam::ParamSpec(spec) => {
                    let name = spec.name.as_str();
                    self.load_const(Constant::Str(name.into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ParamSpec as u32);
                    (name, spec.default_value.as_deref())
                }
            };
            match default {
                Some(default) => {
                    seen_default = true;
                    let starred = matches!(param, ast::TypeParam::TypeVarTuple(_));
                    self.lazy_type_expr(param, ScopeKind::TypeParamDefault, default, name, starred)?;
                    self.emit(Opcode::CALL_INTRINSIC_2, Intrinsic2::SetTypeparamDefault as u32);
                }
                None if seen_default => {
                    return Err(self.error(format!("non-default type parameter '{name}' follows default type parameter"), param.range()));
                }
                None => {}
            }
            self.emit(Opcode::COPY, 1);
            self.name_op(name, ExprContext::Store);
        }
        self.emit(Opcode::BUILD_TUPLE, params.len() as u32);
        Ok(())
    }

    /// Pushes the function that evaluates a bound, constraints or default (`*Ts` defaults
    /// evaluate to the one item of the unpacked value).
    fn lazy_type_expr(&mut self, param: &'a ast::TypeParam, kind: ScopeKind, e: &'a Expr, name: &str, allow_starred: bool) -> Result<()> {
        self.load_const(Constant::Tuple(vec![Constant::Int(1.into())].into()));
        let scope = self.table.scope_of(param, kind).expect("scope of a lazily evaluated type expression");
        self.enter_lazy_scope(scope, name, e.range());
        match e {
            Expr::Starred(star) if allow_starred => {
                self.expr(&star.value)?;
                self.emit(Opcode::UNPACK_SEQUENCE, 1);
            }
            _ => self.expr(e)?,
        }
        self.leave_lazy_scope(e.range());
        self.set_location(param.range());
        Ok(())
    }

    /// Starts a lazily evaluated function `name(.format, /)`: formats above
    /// VALUE_WITH_FAKE_GLOBALS raise NotImplementedError.
    pub(super) fn enter_lazy_scope(&mut self, scope: crate::symtable::ScopeId, name: &str, range: ophis_lexer::TextRange) {
        let qualname = self.qualname_for(name);
        self.set_location(range);
        self.enter_scope(scope, name, &qualname, range);
        let unit = self.unit();
        unit.add_varname(".format");
        unit.arg_count = 1;
        unit.posonly_arg_count = 1;
        self.emit(Opcode::LOAD_FAST, 0);
        self.load_const(Constant::Int(VALUE_WITH_FAKE_GLOBALS.into()));
        self.emit(Opcode::COMPARE_OP, CompareOp::Gt as u32);
        let body = self.unit().new_label();
        self.unit().emit_jump(Opcode::POP_JUMP_IF_FALSE, body);
        self.emit(Opcode::LOAD_COMMON_CONSTANT, CommonConstant::NotImplementedError as u32);
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.unit().bind(body);
    }

    /// Returns the value on the stack and pushes the finished function (its defaults, `(1,)`,
    /// are already below).
    fn leave_lazy_scope(&mut self, range: ophis_lexer::TextRange) {
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_scope();
        self.set_location(range);
        self.make_function(code, DEFAULTS);
    }
}
