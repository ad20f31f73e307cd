//! The first pass's machinery: entering and leaving scopes and recording what each scope does
//! with each name (CPython's `symtable_enter_block`, `symtable_add_def` and friends). The visits
//! of statements and expressions that drive it are in `visit_*.rs`.

use std::borrow::Cow;
use std::collections::HashMap;

use indexmap::IndexSet;
use ophis_lexer::TextRange;
use ophis_parser::SyntaxError;

use super::future::Future;
use super::mangle::mangle;
use super::types::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope};
use super::BuildOptions;

pub(crate) type Result<T> = std::result::Result<T, SyntaxError>;

/// Per-scope state that only the first pass needs.
#[derive(Clone, Debug, Default)]
pub(crate) struct PassState {
    /// `global`/`nonlocal` declarations (explicit, or implied by a walrus in a comprehension),
    /// with their (mangled) name: the analysis reports its errors at them.
    pub directives: Vec<(String, TextRange)>,
    /// Visiting a comprehension's iteration target: names bound now are iteration variables.
    pub comp_iter_target: bool,
    /// Depth inside a comprehension's iterable expression (no walrus allowed there).
    pub comp_iter_expr: u32,
    /// Inside an `if`/`for`/`while`/`try`/`with`/`match` body (for conditional annotations).
    pub in_conditional_block: bool,
    /// Visiting an annotation of a function body, which is never evaluated: names are not recorded.
    pub in_unevaluated_annotation: bool,
    /// What a type-variable scope evaluates, for its error messages ("a TypeVar bound", ...).
    pub scope_info: Option<&'static str>,
}

/// The first pass: walks the AST and records raw facts about names per scope.
pub(crate) struct Builder<'a> {
    pub scopes: Vec<Scope>,
    pub pass: Vec<PassState>,
    pub keys: HashMap<(usize, ScopeKind), ScopeId>,
    pub mangled_name_sets: Vec<IndexSet<String>>,
    /// The scopes being visited, innermost last.
    pub stack: Vec<ScopeId>,
    /// The class whose name private names are mangled with (CPython's `st_private`).
    pub private: Option<&'a str>,
    pub future: Future,
    pub options: BuildOptions,
}

impl<'a> Builder<'a> {
    pub fn new(future: Future, options: BuildOptions) -> Builder<'a> {
        Builder {
            scopes: Vec::new(),
            pass: Vec::new(),
            keys: HashMap::new(),
            mangled_name_sets: Vec::new(),
            stack: Vec::new(),
            private: None,
            future,
            options,
        }
    }

    /// The scope being visited.
    pub fn cur(&self) -> ScopeId {
        // The module scope is entered first and never left while visiting.
        self.stack.last().copied().unwrap_or(ScopeId(0))
    }

    pub fn cur_scope(&self) -> &Scope {
        &self.scopes[self.cur().index()]
    }

    pub fn cur_scope_mut(&mut self) -> &mut Scope {
        let cur = self.cur();
        &mut self.scopes[cur.index()]
    }

    pub fn cur_pass(&mut self) -> &mut PassState {
        let cur = self.cur();
        &mut self.pass[cur.index()]
    }

    /// Creates a scope without entering it (CPython's `ste_new`): a def's scope exists before its
    /// annotation scope is visited, but is entered after it.
    pub fn new_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        let parent = self.stack.last().copied();
        let mut scope = Scope::new(kind, name.to_owned(), parent, range);
        if let Some(parent) = parent {
            let parent = &self.scopes[parent.index()];
            scope.is_nested = parent.is_nested || parent.kind.is_function_like();
            scope.is_method = parent.kind == ScopeKind::Class && kind.is_function_block();
        }
        scope.private = self.private.map(str::to_owned);
        self.scopes.push(scope);
        self.pass.push(PassState::default());
        id
    }

    /// Makes the nodes at `addresses` (an enum node and the struct of its variant) keys of `scope`.
    pub fn register(&mut self, addresses: [usize; 2], kind: ScopeKind, scope: ScopeId) {
        for address in addresses {
            self.keys.insert((address, kind), scope);
        }
    }

    /// Enters an existing scope (CPython's `symtable_enter_existing_block`); `add_to_children` is
    /// false when re-entering a module's or class's annotation scope.
    pub fn enter_existing(&mut self, id: ScopeId, add_to_children: bool) {
        let prev = self.stack.last().copied();
        self.stack.push(id);
        if let Some(prev) = prev {
            // A walrus is refused anywhere inside a comprehension's iterable, even in a nested
            // comprehension or lambda.
            self.pass[id.index()].comp_iter_expr = self.pass[prev.index()].comp_iter_expr;
            let prev_sets = self.scopes[prev.index()].mangled_names;
            if prev_sets.is_some() && self.scopes[id.index()].kind != ScopeKind::Class {
                self.scopes[id.index()].mangled_names = prev_sets;
            }
        }
        if let Some(prev) = prev
            && !self.scopes[prev.index()].in_tree
        {
            // Inside a scope that is out of the tree.
            self.scopes[id.index()].in_tree = false;
        }
        if self.future.features.annotations && self.scopes[id.index()].kind == ScopeKind::Annotation {
            // Under `from __future__ import annotations` annotations become strings: their scopes
            // stay out of the tree and are never analysed.
            self.scopes[id.index()].in_tree = false;
            return;
        }
        if let Some(prev) = prev
            && add_to_children
        {
            self.scopes[prev.index()].children.push(id);
        }
    }

    /// Creates and enters a scope (CPython's `symtable_enter_block`).
    pub fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> Result<ScopeId> {
        let id = self.new_scope(kind, name, range);
        self.enter_existing(id, true);
        if matches!(kind, ScopeKind::Annotation | ScopeKind::TypeAlias) || kind.is_type_variable() {
            // The code of these scopes reads its `format` argument.
            self.add_def(".format", SymbolFlags::DEF_PARAM, range)?;
            self.add_def(".format", SymbolFlags::USE, range)?;
        }
        Ok(id)
    }

    pub fn exit(&mut self) {
        self.stack.pop();
    }

    /// `name` as stored in `scope` (CPython's `_Py_MaybeMangle` with `st_private`).
    pub fn maybe_mangle_for<'n>(&self, scope: ScopeId, name: &'n str) -> Cow<'n, str> {
        if let Some(set) = self.scopes[scope.index()].mangled_names
            && !self.mangled_name_sets[set].contains(name)
        {
            return Cow::Borrowed(name);
        }
        mangle(self.private, name)
    }

    /// `name` as stored in the current scope.
    pub fn maybe_mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        self.maybe_mangle_for(self.cur(), name)
    }

    /// The flags `name` has so far in `scope` (empty if none).
    pub fn lookup_in(&self, scope: ScopeId, name: &str) -> SymbolFlags {
        let mangled = self.maybe_mangle_for(scope, name);
        self.scopes[scope.index()].symbols.get(mangled.as_ref()).map_or(SymbolFlags::empty(), |s| s.flags)
    }

    pub fn lookup(&self, name: &str) -> SymbolFlags {
        self.lookup_in(self.cur(), name)
    }

    /// Records `flag` for `name` in `target` (CPython's `symtable_add_def_helper`).
    pub fn add_def_in(&mut self, name: &str, flag: SymbolFlags, target: ScopeId, range: TextRange) -> Result<()> {
        let mangled = self.maybe_mangle(name);
        let comp_iter_target = self.pass[target.index()].comp_iter_target;
        let scope = &mut self.scopes[target.index()];
        let existing = scope.symbols.get_index_of(mangled.as_ref());
        let mut flags = match existing {
            Some(index) => {
                let existing = scope.symbols[index].flags;
                if flag.contains(SymbolFlags::DEF_PARAM) && existing.contains(SymbolFlags::DEF_PARAM) {
                    return Err(SyntaxError::new(format!("duplicate argument '{name}' in function definition"), range));
                }
                if flag.contains(SymbolFlags::DEF_TYPE_PARAM) && existing.contains(SymbolFlags::DEF_TYPE_PARAM) {
                    return Err(SyntaxError::new(format!("duplicate type parameter '{name}'"), range));
                }
                existing | flag
            }
            None => flag,
        };
        if comp_iter_target {
            // An iteration variable: a walrus in the comprehension may not rebind it.
            if flags.intersects(SymbolFlags::DEF_GLOBAL | SymbolFlags::DEF_NONLOCAL) {
                return Err(SyntaxError::new(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            flags |= SymbolFlags::DEF_COMP_ITER;
        }
        let symbol = Symbol { flags, scope: SymbolScope::Unresolved };
        match existing {
            Some(index) => scope.symbols[index] = symbol,
            None => {
                scope.symbols.insert(mangled.to_string(), symbol);
            }
        }
        if flag.contains(SymbolFlags::DEF_PARAM) {
            scope.varnames.push(mangled.into_owned());
        } else if flag.contains(SymbolFlags::DEF_GLOBAL) {
            // The module learns of the global too.
            let module = &mut self.scopes[0].symbols;
            match module.get_mut(mangled.as_ref()) {
                Some(symbol) => symbol.flags |= flag,
                None => {
                    module.insert(mangled.into_owned(), Symbol { flags: flag, scope: SymbolScope::Unresolved });
                }
            }
        }
        Ok(())
    }

    /// Records `flag` for `name` in the current scope, refusing to bind `__debug__`.
    pub fn add_def(&mut self, name: &str, flag: SymbolFlags, range: TextRange) -> Result<()> {
        let store = flag != SymbolFlags::USE;
        self.add_def_checked(name, flag, range, if store { NameContext::Store } else { NameContext::Load })
    }

    /// CPython's `symtable_add_def_ctx`.
    pub fn add_def_checked(&mut self, name: &str, flag: SymbolFlags, range: TextRange, ctx: NameContext) -> Result<()> {
        let binding = SymbolFlags::DEF_PARAM | SymbolFlags::DEF_LOCAL | SymbolFlags::DEF_IMPORT;
        if flag.intersects(binding) {
            check_name(name, range, ctx)?;
        }
        if flag.contains(SymbolFlags::DEF_TYPE_PARAM)
            && let Some(set) = self.cur_scope().mangled_names
        {
            self.mangled_name_sets[set].insert(name.to_owned());
        }
        let cur = self.cur();
        self.add_def_in(name, flag, cur, range)
    }

    /// Remembers a `global`/`nonlocal` declaration for the analysis's error locations.
    pub fn record_directive(&mut self, name: &str, range: TextRange) {
        let mangled = self.maybe_mangle(name).into_owned();
        self.cur_pass().directives.push((mangled, range));
    }
}

/// The address of a node, as a key of the scopes it opens.
pub(crate) fn address<T>(node: &T) -> usize {
    node as *const T as usize
}

/// How a name is used, for the `__debug__` check (CPython's `expr_context`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameContext {
    Load,
    Store,
    Del,
}

impl From<ophis_parser::ast::ExprContext> for NameContext {
    fn from(ctx: ophis_parser::ast::ExprContext) -> NameContext {
        match ctx {
            ophis_parser::ast::ExprContext::Load => NameContext::Load,
            ophis_parser::ast::ExprContext::Store => NameContext::Store,
            ophis_parser::ast::ExprContext::Del => NameContext::Del,
        }
    }
}

/// `__debug__` is a constant: it cannot be bound or deleted.
pub(crate) fn check_name(name: &str, range: TextRange, ctx: NameContext) -> Result<()> {
    if name != "__debug__" {
        return Ok(());
    }
    match ctx {
        NameContext::Store => Err(SyntaxError::new("cannot assign to __debug__", range)),
        NameContext::Del => Err(SyntaxError::new("cannot delete __debug__", range)),
        NameContext::Load => Ok(()),
    }
}
