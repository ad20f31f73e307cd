//! The second pass: decides the scope of every name (local, global, free, cell) from the facts
//! the first pass recorded, inlines comprehensions' names into their enclosing scopes (PEP 709),
//! and reports the errors that need the whole picture (`nonlocal` without a binding, ...).
//! CPython's `analyze_block` and helpers; sets are insertion-ordered so that the names added for
//! free variables come in a reproducible order.

use indexmap::IndexSet;
use ophis_parser::SyntaxError;

use super::builder::{PassState, Result};
use super::types::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope};

type NameSet = IndexSet<String>;

/// The cells a class body provides to the scopes nested in it.
const CLASS_IMPLICIT_CELLS: [&str; 3] = ["__class__", "__classdict__", "__conditional_annotations__"];

/// The names visible to a block from its enclosing blocks.
#[derive(Clone, Default)]
struct Inherited {
    /// Bound in an enclosing function-like scope (`None` for the module).
    bound: Option<NameSet>,
    /// Declared global in an enclosing scope.
    global: NameSet,
    /// Type parameters of enclosing scopes (`nonlocal` may not name them).
    type_params: NameSet,
}

pub(crate) struct Analyzer<'t> {
    pub scopes: &'t mut [Scope],
    pub pass: &'t [PassState],
}

impl Analyzer<'_> {
    pub fn analyze_module(&mut self) -> Result<()> {
        let mut inherited = Inherited::default();
        let mut free = NameSet::new();
        self.analyze_block(ScopeId(0), &mut inherited, &mut free, None)
    }

    /// Analyses one block. `inherited` is this block's own copy (it may change it); the free
    /// variables of the block and its children are added to `free`.
    fn analyze_block(
        &mut self,
        id: ScopeId,
        inherited: &mut Inherited,
        free: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Result<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.analyze_block_inner(id, inherited, free, class_entry))
    }

    fn analyze_block_inner(
        &mut self,
        id: ScopeId,
        inherited: &mut Inherited,
        free: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Result<()> {
        let kind = self.scopes[id.index()].kind;
        let mut local = NameSet::new();
        let mut scopes: Vec<(String, SymbolScope)> = Vec::new();
        let mut child_inherited = Inherited { bound: Some(NameSet::new()), ..Default::default() };
        let mut new_free = NameSet::new();
        let mut inlined_cells = NameSet::new();

        // A class's own names are not visible to its methods: what they see is fixed before the
        // class's names are analysed.
        if kind == ScopeKind::Class {
            child_inherited.global.extend(inherited.global.iter().cloned());
            if let (Some(bound), Some(child_bound)) = (&inherited.bound, &mut child_inherited.bound) {
                child_bound.extend(bound.iter().cloned());
            }
        }

        let names: Vec<(String, SymbolFlags)> =
            self.scopes[id.index()].symbols.iter().map(|(name, symbol)| (name.clone(), symbol.flags)).collect();
        for (name, flags) in names {
            let scope = self.analyze_name(id, &name, flags, inherited, &mut local, free, class_entry)?;
            scopes.push((name, scope));
        }
        let mut scopes: indexmap::IndexMap<String, SymbolScope> = scopes.into_iter().collect();

        let child_bound = child_inherited.bound.get_or_insert_with(NameSet::new);
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                child_bound.extend(local.iter().cloned());
            }
            if let Some(bound) = &inherited.bound {
                child_bound.extend(bound.iter().cloned());
            }
            child_inherited.global.extend(inherited.global.iter().cloned());
        } else {
            // Methods reach these through the class's cell, never through its namespace.
            for implicit in CLASS_IMPLICIT_CELLS {
                child_bound.insert(implicit.to_owned());
            }
        }
        child_inherited.type_params = inherited.type_params.clone();

        let can_see_class_scope = self.scopes[id.index()].can_see_class_scope;
        let children = self.scopes[id.index()].children.clone();
        for &child in &children {
            let child_scope = &self.scopes[child.index()];
            let new_class_entry = if child_scope.can_see_class_scope {
                if kind == ScopeKind::Class { Some(id) } else { class_entry }
            } else {
                None
            };
            // Every comprehension but a generator expression is inlined, except in annotation
            // scopes nested in classes.
            let inline = child_scope.comprehension.is_some() && !child_scope.is_generator && !can_see_class_scope;
            let mut child_free = new_free.clone();
            let mut grandchild_inherited = child_inherited.clone();
            self.analyze_block(child, &mut grandchild_inherited, &mut child_free, new_class_entry)?;
            if inline {
                self.inline_comprehension(id, child, &mut scopes, &mut child_free, &mut inlined_cells);
                self.scopes[child.index()].comp_inlined = true;
            }
            new_free.extend(child_free);
        }

        // An inlined comprehension's children become this block's children.
        let mut spliced = Vec::with_capacity(children.len());
        for &child in &children {
            if self.scopes[child.index()].comp_inlined {
                spliced.extend(self.scopes[child.index()].children.iter().copied());
            } else {
                spliced.push(child);
            }
        }
        self.scopes[id.index()].children = spliced;

        if kind.is_function_like() {
            analyze_cells(&mut scopes, &mut new_free, &inlined_cells);
        } else if kind == ScopeKind::Class {
            self.drop_class_free(id, &mut new_free);
        }
        let classflag = kind == ScopeKind::Class || can_see_class_scope;
        self.update_symbols(id, &scopes, inherited.bound.as_ref(), &new_free, &inlined_cells, classflag);
        free.extend(new_free);
        Ok(())
    }

    /// Decides the scope of one name of block `id` (CPython's `analyze_name`).
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: ScopeId,
        name: &str,
        flags: SymbolFlags,
        inherited: &mut Inherited,
        local: &mut NameSet,
        free: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Result<SymbolScope> {
        if flags.contains(SymbolFlags::DEF_GLOBAL) {
            if flags.contains(SymbolFlags::DEF_NONLOCAL) {
                return Err(self.error_at_directive(id, name, format!("name '{name}' is nonlocal and global")));
            }
            inherited.global.insert(name.to_owned());
            if let Some(bound) = &mut inherited.bound {
                bound.shift_remove(name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags.contains(SymbolFlags::DEF_NONLOCAL) {
            let Some(bound) = &inherited.bound else {
                return Err(self.error_at_directive(id, name, "nonlocal declaration not allowed at module level".into()));
            };
            if !bound.contains(name) {
                return Err(self.error_at_directive(id, name, format!("no binding for nonlocal '{name}' found")));
            }
            if inherited.type_params.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                ));
            }
            free.insert(name.to_owned());
            return Ok(SymbolScope::Free);
        }
        if flags.is_bound() {
            local.insert(name.to_owned());
            inherited.global.shift_remove(name);
            if flags.contains(SymbolFlags::DEF_TYPE_PARAM) {
                inherited.type_params.insert(name.to_owned());
            } else {
                inherited.type_params.shift_remove(name);
            }
            return Ok(SymbolScope::Local);
        }
        // In a scope that sees its class's namespace, a name the class binds (or declares global)
        // is looked up there and in the globals, never in an enclosing function.
        if let Some(class) = class_entry {
            let class_flags = self.scopes[class.index()].symbols.get(name).map_or(SymbolFlags::empty(), |s| s.flags);
            if class_flags.contains(SymbolFlags::DEF_GLOBAL) {
                return Ok(SymbolScope::GlobalExplicit);
            }
            if class_flags.is_bound() && !class_flags.contains(SymbolFlags::DEF_NONLOCAL) {
                return Ok(SymbolScope::GlobalImplicit);
            }
        }
        if let Some(bound) = &inherited.bound
            && bound.contains(name)
        {
            free.insert(name.to_owned());
            return Ok(SymbolScope::Free);
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    /// The error for a `global`/`nonlocal` problem, at the declaration of `name`.
    fn error_at_directive(&self, id: ScopeId, name: &str, message: String) -> SyntaxError {
        let directives = &self.pass[id.index()].directives;
        let range = directives.iter().find(|(declared, _)| declared == name).map(|(_, range)| *range);
        // Every declared name has a directive; the scope's own location is a fallback only.
        SyntaxError::new(message, range.unwrap_or(self.scopes[id.index()].range))
    }

    /// Merges an inlined comprehension's names into its enclosing block (CPython's
    /// `inline_comprehension`).
    fn inline_comprehension(
        &mut self,
        id: ScopeId,
        comp: ScopeId,
        scopes: &mut indexmap::IndexMap<String, SymbolScope>,
        comp_free: &mut NameSet,
        inlined_cells: &mut NameSet,
    ) {
        let kind = self.scopes[id.index()].kind;
        let mut removed_implicit_cells = Vec::new();
        let comp_symbols: Vec<(String, Symbol)> =
            self.scopes[comp.index()].symbols.iter().map(|(name, symbol)| (name.clone(), *symbol)).collect();
        for (name, symbol) in comp_symbols {
            // The comprehension's `.0` argument stays its own.
            if symbol.flags.contains(SymbolFlags::DEF_PARAM) {
                continue;
            }
            let mut scope = symbol.scope;
            if scope == SymbolScope::Cell || symbol.flags.contains(SymbolFlags::DEF_COMP_CELL) {
                inlined_cells.insert(name.clone());
            }
            // The class's implicit cells are never free through its namespace: in the class
            // body they are globals, but a scope nested in the comprehension still gets the cell.
            if scope == SymbolScope::Free && kind == ScopeKind::Class && CLASS_IMPLICIT_CELLS.contains(&name.as_str()) {
                scope = SymbolScope::GlobalImplicit;
                if !self.is_free_in_any_child(comp, &name) {
                    comp_free.shift_remove(&name);
                }
                removed_implicit_cells.push(name.clone());
            }
            let existing = self.scopes[id.index()].symbols.get(&name).map(|s| s.flags);
            match existing {
                None => {
                    let flags = symbol.flags;
                    self.scopes[id.index()].symbols.insert(name.clone(), Symbol { flags, scope: SymbolScope::Unresolved });
                    scopes.insert(name, scope);
                }
                Some(flags) => {
                    // A name free in the comprehension and bound here is simply local now,
                    // unless a scope nested in the comprehension needs it as a cell.
                    if flags.is_bound() && kind != ScopeKind::Class && !self.is_free_in_any_child(comp, &name) {
                        comp_free.shift_remove(&name);
                    }
                    // The comprehension's read of this scope's variable is now a read here.
                    if kind != ScopeKind::Class
                        && scope == SymbolScope::Free
                        && symbol.flags.contains(SymbolFlags::USE)
                        && let Some(existing) = self.scopes[id.index()].symbols.get_mut(&name)
                    {
                        existing.flags |= SymbolFlags::USE;
                    }
                }
            }
        }
        for name in removed_implicit_cells {
            self.scopes[comp.index()].symbols.shift_remove(&name);
        }
    }

    fn is_free_in_any_child(&self, id: ScopeId, name: &str) -> bool {
        self.scopes[id.index()]
            .children
            .iter()
            .any(|child| self.scopes[child.index()].scope_of_name(name) == Some(SymbolScope::Free))
    }

    /// A class does not pass `__class__`, `__classdict__` or `__conditional_annotations__` on as
    /// free variables: it provides them itself.
    fn drop_class_free(&mut self, id: ScopeId, free: &mut NameSet) {
        let scope = &mut self.scopes[id.index()];
        if free.shift_remove("__class__") {
            scope.needs_class_closure = true;
        }
        if free.shift_remove("__classdict__") {
            scope.needs_classdict = true;
        }
        if free.shift_remove("__conditional_annotations__") {
            scope.has_conditional_annotations = true;
        }
    }

    /// Stores the decided scopes, and adds the free variables the block only passes through to
    /// its children (CPython's `update_symbols`).
    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &indexmap::IndexMap<String, SymbolScope>,
        bound: Option<&NameSet>,
        free: &NameSet,
        inlined_cells: &NameSet,
        classflag: bool,
    ) {
        let symbols = &mut self.scopes[id.index()].symbols;
        for (name, symbol) in symbols.iter_mut() {
            if inlined_cells.contains(name) {
                symbol.flags |= SymbolFlags::DEF_COMP_CELL;
            }
            symbol.scope = scopes.get(name).copied().unwrap_or(SymbolScope::Unresolved);
        }
        for name in free {
            if let Some(symbol) = symbols.get_mut(name) {
                // A method's free variable that the class also binds or declares global.
                if classflag {
                    symbol.flags |= SymbolFlags::DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(bound) = bound
                && !bound.contains(name)
            {
                // A global.
                continue;
            }
            symbols.insert(name.clone(), Symbol { flags: SymbolFlags::empty(), scope: SymbolScope::Free });
        }
    }
}

/// A local that a nested scope uses freely becomes a cell (CPython's `analyze_cells`).
fn analyze_cells(
    scopes: &mut indexmap::IndexMap<String, SymbolScope>,
    free: &mut NameSet,
    inlined_cells: &NameSet,
) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != SymbolScope::Local {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = SymbolScope::Cell;
        free.shift_remove(name);
    }
}
