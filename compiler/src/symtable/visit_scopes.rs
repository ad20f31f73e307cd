//! The first pass over the statements that open scopes: `def`, `class`, `type`, their PEP 695
//! type parameters, and PEP 649 annotation scopes.

use ophis_lexer::TextRange;
use ophis_parser::SyntaxError;
use ophis_parser::ast::*;

use super::builder::{Builder, Result, address};
use super::future::docstring;
use super::types::{ScopeId, ScopeKind, SymbolFlags};
use super::visit_stmt::FunctionDef;

/// What a type-parameter scope is for: classes also store their type-parameter tuple and generic
/// base in it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GenericOwner {
    Function,
    Class,
    TypeAlias,
}

impl<'a> Builder<'a> {
    pub(crate) fn visit_function_def(&mut self, stmt: &'a Stmt, def: FunctionDef<'a>) -> Result<()> {
        let keys = [address(stmt), def.node];
        self.add_def(def.name.as_str(), SymbolFlags::DEF_LOCAL, def.range)?;
        self.visit_exprs(&def.args.defaults)?;
        self.visit_optional_exprs(&def.args.kw_defaults)?;
        self.visit_exprs(def.decorator_list)?;
        let generic = !def.type_params.is_empty();
        if generic {
            let has_kwdefaults = def.args.kw_defaults.iter().any(Option::is_some);
            // CPython tests the defaults sequence for NULL, and the parser always makes one.
            let id = self.enter_type_params(def.name.as_str(), def.range, GenericOwner::Function, true, has_kwdefaults)?;
            self.register(keys, ScopeKind::TypeParams, id);
            self.visit_type_params(def.type_params)?;
        }
        let function = self.new_scope(ScopeKind::Function, def.name.as_str(), def.range);
        self.register(keys, ScopeKind::Function, function);
        self.scopes[function.index()].has_docstring = docstring(def.body).is_some();
        let annotations = self.visit_signature_annotations(def.args, def.returns, def.range)?;
        self.register(keys, ScopeKind::Annotation, annotations);
        self.enter_existing(function, true);
        if def.is_async {
            self.cur_scope_mut().is_coroutine = true;
        }
        self.visit_parameters(def.args)?;
        self.visit_stmts(def.body)?;
        self.exit();
        if generic {
            self.exit();
        }
        Ok(())
    }

    pub(crate) fn visit_class_def(&mut self, stmt: &'a Stmt, class: &'a StmtClassDef) -> Result<()> {
        let keys = [address(stmt), address(class)];
        let name = class.name.as_str();
        self.add_def(name, SymbolFlags::DEF_LOCAL, class.range)?;
        self.visit_exprs(&class.decorator_list)?;
        let saved_private = self.private;
        let generic = !class.type_params.is_empty();
        if generic {
            let id = self.enter_type_params(name, class.range, GenericOwner::Class, false, false)?;
            self.register(keys, ScopeKind::TypeParams, id);
            self.set_private(Some(name));
            // In this scope only the type parameters are mangled.
            self.mangled_name_sets.push(Default::default());
            self.cur_scope_mut().mangled_names = Some(self.mangled_name_sets.len() - 1);
            self.visit_type_params(&class.type_params)?;
        }
        self.visit_exprs(&class.bases)?;
        self.check_keywords(&class.keywords)?;
        class.keywords.iter().try_for_each(|keyword| self.visit_expr(&keyword.value))?;
        let id = self.enter(ScopeKind::Class, name, class.range)?;
        self.register(keys, ScopeKind::Class, id);
        self.set_private(Some(name));
        if generic {
            self.add_def("__type_params__", SymbolFlags::DEF_LOCAL, class.range)?;
            self.add_def(".type_params", SymbolFlags::USE, class.range)?;
        }
        self.cur_scope_mut().has_docstring = docstring(&class.body).is_some();
        self.visit_stmts(&class.body)?;
        if let Some(annotations) = self.scopes[id.index()].annotation_block {
            self.register(keys, ScopeKind::Annotation, annotations);
        }
        self.exit();
        if generic {
            self.exit();
        }
        self.private = saved_private;
        Ok(())
    }

    /// Changes the class private names are mangled with, from the current scope on.
    fn set_private(&mut self, name: Option<&'a str>) {
        self.private = name;
        self.cur_scope_mut().private = name.map(str::to_owned);
    }

    pub(crate) fn visit_type_alias(&mut self, stmt: &'a Stmt, alias: &'a StmtTypeAlias) -> Result<()> {
        let keys = [address(stmt), address(alias)];
        self.visit_expr(&alias.name)?;
        let name = match &*alias.name {
            Expr::Name(name) => name.id.as_str(),
            // The grammar only allows a name here.
            _ => "",
        };
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        let generic = !alias.type_params.is_empty();
        if generic {
            let id = self.enter_type_params(name, alias.range, GenericOwner::TypeAlias, false, false)?;
            self.register(keys, ScopeKind::TypeParams, id);
            self.visit_type_params(&alias.type_params)?;
        }
        let id = self.enter(ScopeKind::TypeAlias, name, alias.range)?;
        self.register(keys, ScopeKind::TypeAlias, id);
        self.cur_scope_mut().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", SymbolFlags::USE, alias.value.range())?;
        }
        self.visit_expr(&alias.value)?;
        self.exit();
        if generic {
            self.exit();
        }
        Ok(())
    }

    /// Enters the scope of a generic's type parameters (CPython's
    /// `symtable_enter_type_param_block`).
    fn enter_type_params(
        &mut self,
        name: &str,
        range: TextRange,
        owner: GenericOwner,
        has_defaults: bool,
        has_kwdefaults: bool,
    ) -> Result<ScopeId> {
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        let id = self.enter(ScopeKind::TypeParams, name, range)?;
        if in_class {
            self.cur_scope_mut().can_see_class_scope = true;
            self.add_def("__classdict__", SymbolFlags::USE, range)?;
        }
        if owner == GenericOwner::Class {
            // Set when the type-parameter tuple is built, read when the bases are.
            self.add_def(".type_params", SymbolFlags::DEF_LOCAL, range)?;
            self.add_def(".type_params", SymbolFlags::USE, range)?;
            self.add_def(".generic_base", SymbolFlags::DEF_LOCAL, range)?;
            self.add_def(".generic_base", SymbolFlags::USE, range)?;
        }
        if has_defaults {
            self.add_def(".defaults", SymbolFlags::DEF_PARAM, range)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", SymbolFlags::DEF_PARAM, range)?;
        }
        Ok(id)
    }

    fn visit_type_params(&mut self, params: &'a [TypeParam]) -> Result<()> {
        for param in params {
            let binding = SymbolFlags::DEF_TYPE_PARAM | SymbolFlags::DEF_LOCAL;
            match param {
                TypeParam::TypeVar(var) => {
                    let name = var.name.as_str();
                    self.add_def(name, binding, var.range)?;
                    let info = match var.bound.as_deref() {
                        Some(Expr::Tuple(_)) => "a TypeVar constraint",
                        _ => "a TypeVar bound",
                    };
                    self.visit_lazy_type_expr(param, name, var.bound.as_deref(), ScopeKind::TypeVarBound, info)?;
                    self.visit_lazy_type_expr(
                        param,
                        name,
                        var.default_value.as_deref(),
                        ScopeKind::TypeParamDefault,
                        "a TypeVar default",
                    )?;
                }
                TypeParam::TypeVarTuple(var) => {
                    let name = var.name.as_str();
                    self.add_def(name, binding, var.range)?;
                    self.visit_lazy_type_expr(
                        param,
                        name,
                        var.default_value.as_deref(),
                        ScopeKind::TypeParamDefault,
                        "a TypeVarTuple default",
                    )?;
                }
                TypeParam::ParamSpec(spec) => {
                    let name = spec.name.as_str();
                    self.add_def(name, binding, spec.range)?;
                    self.visit_lazy_type_expr(
                        param,
                        name,
                        spec.default_value.as_deref(),
                        ScopeKind::TypeParamDefault,
                        "a ParamSpec default",
                    )?;
                }
            }
        }
        Ok(())
    }

    /// A type parameter's bound, constraints or default, evaluated lazily in a scope of its own.
    fn visit_lazy_type_expr(
        &mut self,
        param: &'a TypeParam,
        name: &str,
        expr: Option<&'a Expr>,
        kind: ScopeKind,
        info: &'static str,
    ) -> Result<()> {
        if name == "__classdict__" {
            return Err(SyntaxError::new(
                format!("reserved name '{name}' cannot be used for type parameter"),
                param.range(),
            ));
        }
        let Some(expr) = expr else { return Ok(()) };
        let in_class = self.cur_scope().can_see_class_scope;
        let id = self.enter(kind, name, expr.range())?;
        self.register([address(param), param_variant_address(param)], kind, id);
        self.cur_scope_mut().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", SymbolFlags::USE, expr.range())?;
        }
        self.cur_pass().scope_info = Some(info);
        self.visit_expr(expr)?;
        self.exit();
        Ok(())
    }

    /// The annotation scope of a def's parameters and return (every def has one). Returns it.
    fn visit_signature_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
        range: TextRange,
    ) -> Result<ScopeId> {
        let in_class = self.cur_scope().can_see_class_scope || self.cur_scope().kind == ScopeKind::Class;
        let id = self.enter(ScopeKind::Annotation, "__annotate__", range)?;
        if in_class {
            self.cur_scope_mut().can_see_class_scope = true;
            self.add_def("__classdict__", SymbolFlags::USE, range)?;
        }
        let vararg = args.vararg.as_deref().into_iter();
        let kwarg = args.kwarg.as_deref().into_iter();
        // CPython's order: positional-only, positional, *args, **kwargs, keyword-only.
        let params = args.posonlyargs.iter().chain(&args.args).chain(vararg).chain(kwarg).chain(&args.kwonlyargs);
        for annotation in params.filter_map(|arg| arg.annotation.as_deref()).chain(returns) {
            self.cur_scope_mut().annotations_used = true;
            self.visit_expr(annotation)?;
        }
        self.exit();
        Ok(id)
    }

    /// The annotation of an annotated assignment, visited in the `__annotate__` scope of the
    /// current module or class (or, in a function, one whose annotations are never evaluated).
    pub(crate) fn visit_annotation(&mut self, annotation: &'a Expr) -> Result<()> {
        let parent = self.cur();
        let parent_kind = self.cur_scope().kind;
        let unevaluated = parent_kind.is_function_block();
        // Module-level annotations count as conditional: the module may stop part way.
        let conditional = parent_kind == ScopeKind::Module
            || (parent_kind == ScopeKind::Class && self.pass[parent.index()].in_conditional_block);
        if conditional && !self.cur_scope().has_conditional_annotations {
            self.cur_scope_mut().has_conditional_annotations = true;
            self.add_def("__conditional_annotations__", SymbolFlags::USE, annotation.range())?;
        }
        match self.scopes[parent.index()].annotation_block {
            None => {
                let id = self.enter(ScopeKind::Annotation, "__annotate__", annotation.range())?;
                self.scopes[parent.index()].annotation_block = Some(id);
                if parent_kind == ScopeKind::Class && !self.future.features.annotations {
                    self.cur_scope_mut().can_see_class_scope = true;
                    self.add_def("__classdict__", SymbolFlags::USE, annotation.range())?;
                }
            }
            Some(id) => self.enter_existing(id, false),
        }
        if unevaluated {
            self.cur_pass().in_unevaluated_annotation = true;
        }
        let result = self.visit_expr(annotation);
        if unevaluated {
            self.cur_pass().in_unevaluated_annotation = false;
        }
        self.exit();
        result
    }

    /// Binds a def's or lambda's parameters in its scope, in `co_varnames` order.
    pub(crate) fn visit_parameters(&mut self, args: &'a Arguments) -> Result<()> {
        for arg in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(arg.arg.as_str(), SymbolFlags::DEF_PARAM, arg.range)?;
        }
        if let Some(vararg) = &args.vararg {
            self.add_def(vararg.arg.as_str(), SymbolFlags::DEF_PARAM, vararg.range)?;
            self.cur_scope_mut().has_varargs = true;
        }
        if let Some(kwarg) = &args.kwarg {
            self.add_def(kwarg.arg.as_str(), SymbolFlags::DEF_PARAM, kwarg.range)?;
            self.cur_scope_mut().has_varkeywords = true;
        }
        Ok(())
    }
}

/// The address of the struct inside a `TypeParam` node.
fn param_variant_address(param: &TypeParam) -> usize {
    match param {
        TypeParam::TypeVar(var) => address(var),
        TypeParam::ParamSpec(spec) => address(spec),
        TypeParam::TypeVarTuple(var) => address(var),
    }
}
