//! The symbol table's data: scopes, symbols and their flags, and the lookup from AST nodes to the
//! scopes they open.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Index;

use bitflags::bitflags;
use indexmap::{IndexMap, IndexSet};
use ophis_lexer::TextRange;

bitflags! {
    /// What a scope does with a name. The bits have the values of CPython's `DEF_*`/`USE`
    /// constants, so they compare directly with the raw flags of its `_symtable` module.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub struct SymbolFlags: u32 {
        /// Declared `global` here (or the target of a walrus in a comprehension at module level).
        const DEF_GLOBAL = 1;
        /// Bound here: assigned, deleted, a def/class name, a for/with/except/match target.
        const DEF_LOCAL = 2;
        /// A parameter (also the implicit `.0` of comprehensions and `.format` of annotation scopes).
        const DEF_PARAM = 4;
        /// Declared `nonlocal` here (or implied by a walrus in a comprehension).
        const DEF_NONLOCAL = 8;
        /// Read here.
        const USE = 16;
        /// Free in a nested scope and also bound or global in this class scope.
        const DEF_FREE_CLASS = 64;
        /// Bound by an import.
        const DEF_IMPORT = 128;
        /// Given an annotation (`x: int`) here.
        const DEF_ANNOT = 256;
        /// An iteration variable of a comprehension.
        const DEF_COMP_ITER = 512;
        /// A PEP 695 type parameter.
        const DEF_TYPE_PARAM = 1024;
        /// A cell of an inlined comprehension, hoisted into the enclosing scope.
        const DEF_COMP_CELL = 2048;
    }
}

impl SymbolFlags {
    /// CPython's `DEF_BOUND`: any of the bits that bind the name in the scope.
    pub const DEF_BOUND: SymbolFlags =
        SymbolFlags::DEF_LOCAL.union(SymbolFlags::DEF_PARAM).union(SymbolFlags::DEF_IMPORT);

    /// Whether the name is bound in the scope (CPython's `flags & DEF_BOUND`).
    pub fn is_bound(self) -> bool {
        self.intersects(SymbolFlags::DEF_BOUND)
    }
}

/// Where a name lives at run time, as decided by the analysis (CPython's `LOCAL`, `GLOBAL_EXPLICIT`,
/// `GLOBAL_IMPLICIT`, `FREE`, `CELL`, with the same numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    /// Not analysed: only in scopes that are not [`Scope::in_tree`] (the annotation scopes that
    /// `from __future__ import annotations` leaves out of the tree, and scopes inside them), which
    /// CPython never analyses (their annotations become strings).
    Unresolved = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// One name of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub flags: SymbolFlags,
    pub scope: SymbolScope,
}

impl Symbol {
    /// CPython's packed value: the flags with the scope in bits 12 and up (what `_symtable`'s
    /// `symbols` dictionaries hold).
    pub fn raw(self) -> u32 {
        self.flags.bits() | ((self.scope as u32) << SCOPE_OFFSET)
    }
}

/// Where CPython keeps the scope in a symbol's packed value.
pub const SCOPE_OFFSET: u32 = 12;

/// The kind of block a scope is. CPython's `FunctionBlock` is split into `Function`, `Lambda` and
/// `Comprehension`, and its `TypeVariableBlock` into `TypeVarBound` and `TypeParamDefault`, so that
/// each (node, kind) pair names one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Class,
    /// `def` or `async def`.
    Function,
    Lambda,
    /// A list/set/dict comprehension or a generator expression (see [`Scope::comprehension`]).
    Comprehension,
    /// A PEP 649 `__annotate__` scope.
    Annotation,
    /// The PEP 695 scope holding a generic def's, class's or type alias's type parameters.
    TypeParams,
    /// The lazily evaluated value of a `type` statement.
    TypeAlias,
    /// The lazily evaluated bound (or constraints tuple) of a `TypeVar`.
    TypeVarBound,
    /// The lazily evaluated default of a `TypeVar`, `ParamSpec` or `TypeVarTuple` (PEP 696).
    TypeParamDefault,
}

impl ScopeKind {
    /// CPython's `_PyST_IsFunctionLike`: scopes whose code runs in a frame of its own with fast
    /// locals.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    /// Whether this is CPython's `FunctionBlock` (a def, a lambda or a comprehension).
    pub fn is_function_block(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }

    /// Whether this is CPython's `TypeVariableBlock`.
    pub fn is_type_variable(self) -> bool {
        matches!(self, ScopeKind::TypeVarBound | ScopeKind::TypeParamDefault)
    }

    /// The name `symtable.SymbolTable.get_type()` gives this kind.
    pub fn python_name(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Class => "class",
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => "function",
            ScopeKind::Annotation => "annotation",
            ScopeKind::TypeParams => "type parameters",
            ScopeKind::TypeAlias => "type alias",
            ScopeKind::TypeVarBound | ScopeKind::TypeParamDefault => "type variable",
        }
    }
}

/// Which comprehension a [`ScopeKind::Comprehension`] scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// An index into [`SymbolTable::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

impl ScopeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One scope (CPython's symbol-table entry).
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top` for the module; the def/class/alias/type-parameter name; `lambda`; `listcomp`,
    /// `setcomp`, `dictcomp`, `genexpr`; `__annotate__`.
    pub name: String,
    pub parent: Option<ScopeId>,
    /// The child scopes as CPython lists them: in order of appearance, except that an inlined
    /// comprehension is replaced by its own children (it stays reachable through
    /// [`SymbolTable::scope_of`] and its `parent`).
    pub children: Vec<ScopeId>,
    /// Every name of the scope in first-seen order; after an inlined comprehension's names are
    /// merged in, the names only passed through as free variables come last.
    pub symbols: IndexMap<String, Symbol>,
    /// The parameters, in `co_varnames` order (positional-only, positional, keyword-only, `*args`,
    /// `**kwargs`; `.0` for comprehensions; `.format` for annotation and lazily evaluated scopes;
    /// `.defaults`/`.kwdefaults` for type-parameter scopes of defs with defaults).
    pub varnames: Vec<String>,
    /// CPython's location of the scope (the statement or expression that opens it; for the
    /// annotation scope of a module or class, its first annotation). Empty at 0 for the module,
    /// whose line number is 0.
    pub range: TextRange,
    pub comprehension: Option<ComprehensionKind>,
    /// Nested inside a function-like scope (CPython's `ste_nested`).
    pub is_nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Has a `return` with a value.
    pub returns_value: bool,
    /// A class body whose methods use `__class__` (or `super`): needs the `__class__` cell.
    pub needs_class_closure: bool,
    /// A class body whose annotation or type scopes read `__classdict__`.
    pub needs_classdict: bool,
    /// A module or class whose annotations may run conditionally (`__conditional_annotations__`).
    pub has_conditional_annotations: bool,
    /// An annotation or type scope that sees the names of the enclosing class body.
    pub can_see_class_scope: bool,
    /// A list/set/dict comprehension the code generator inlines (PEP 709).
    pub comp_inlined: bool,
    /// A function-block scope created directly in a class body.
    pub is_method: bool,
    pub has_docstring: bool,
    /// An annotation scope holding at least one annotation.
    pub annotations_used: bool,
    /// The `__annotate__` scope of a module or class body, or the (never compiled) one holding the
    /// annotations of a function body's annotated assignments.
    pub annotation_block: Option<ScopeId>,
    /// Whether the scope is in the tree (reachable from the module through `children`, or an
    /// inlined comprehension): false only for annotation scopes under `from __future__ import
    /// annotations` and the scopes inside them, which CPython neither lists nor analyses.
    pub in_tree: bool,
    /// The class name private names are mangled with in this scope (CPython's `st_private`).
    pub private: Option<String>,
    /// For scopes under a generic class's type-parameter scope: the names that are mangled there
    /// (only the type parameters). An index into the table's sets.
    pub(crate) mangled_names: Option<usize>,
}

impl Scope {
    pub(crate) fn new(kind: ScopeKind, name: String, parent: Option<ScopeId>, range: TextRange) -> Scope {
        Scope {
            kind,
            name,
            parent,
            children: Vec::new(),
            symbols: IndexMap::new(),
            varnames: Vec::new(),
            range,
            comprehension: None,
            is_nested: false,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            has_conditional_annotations: false,
            can_see_class_scope: false,
            comp_inlined: false,
            is_method: false,
            has_docstring: false,
            annotations_used: false,
            annotation_block: None,
            in_tree: true,
            private: None,
            mangled_names: None,
        }
    }

    /// The symbol of `name` (already mangled), if the scope has it.
    pub fn symbol(&self, name: &str) -> Option<Symbol> {
        self.symbols.get(name).copied()
    }

    /// The scope of `name` here, as CPython's `_PyST_GetScope` (`None` for an unknown name).
    pub fn scope_of_name(&self, name: &str) -> Option<SymbolScope> {
        self.symbols.get(name).map(|symbol| symbol.scope)
    }
}

/// The `from __future__` features of a module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations` (PEP 563): annotations are compiled to strings.
    pub annotations: bool,
    /// `barry_as_FLUFL`.
    pub barry_as_flufl: bool,
}

/// Every scope of a module, with the lookup from AST nodes to their scopes.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// All scopes; `scopes[0]` is the module.
    pub scopes: Vec<Scope>,
    pub future: FutureFeatures,
    pub(crate) keys: HashMap<(usize, ScopeKind), ScopeId>,
    pub(crate) mangled_name_sets: Vec<IndexSet<String>>,
    /// The optimization level the table was built for (see `BuildOptions::optimize`).
    pub optimize: u8,
}

impl SymbolTable {
    /// The module scope.
    pub const MODULE: ScopeId = ScopeId(0);

    /// The scope `node` opens, of the given kind. Nodes are keyed by address (the AST is borrowed
    /// immutably by both passes, so addresses are stable); both the enum node (`&Stmt`, `&Expr`,
    /// `&Mod`) and its variant's struct (`&StmtFunctionDef`, ...) are keys. Which node opens what:
    ///
    /// - the module (`Mod`): `Module`; its `Annotation` scope if it has annotations;
    /// - `def`/`async def`: `Function`, `Annotation` (every def has one), `TypeParams` if generic;
    /// - `class`: `Class`, `Annotation` if its body has annotations, `TypeParams` if generic;
    /// - `type` statements: `TypeAlias`, `TypeParams` if generic;
    /// - `lambda`: `Lambda`; comprehensions and generator expressions: `Comprehension`;
    /// - a `TypeParam`: `TypeVarBound` for a TypeVar's bound or constraints, `TypeParamDefault`
    ///   for its default.
    pub fn scope_of<T>(&self, node: &T, kind: ScopeKind) -> Option<ScopeId> {
        self.keys.get(&(node as *const T as usize, kind)).copied()
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    /// `name` as it is stored in `scope` (CPython's `_Py_MaybeMangle` with the scope's class).
    pub fn mangle<'n>(&self, scope: ScopeId, name: &'n str) -> Cow<'n, str> {
        let scope = self.scope(scope);
        if let Some(set) = scope.mangled_names
            && !self.mangled_name_sets[set].contains(name)
        {
            return Cow::Borrowed(name);
        }
        super::mangle(scope.private.as_deref(), name)
    }
}

impl Index<ScopeId> for SymbolTable {
    type Output = Scope;
    fn index(&self, id: ScopeId) -> &Scope {
        self.scope(id)
    }
}
