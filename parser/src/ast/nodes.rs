//! The node types, mirroring CPython 3.14's `Python.asdl` node for node and field for field, in the
//! same order. Every node also carries its `range` in the source (for nodes CPython locates, the
//! range is exactly what `lineno`/`col_offset`/`end_lineno`/`end_col_offset` describe).

use ophis_lexer::TextRange;

use super::constant::Constant;

/// An `identifier` of the ASDL: a name (NFKC-normalised as CPython does) with the span it was
/// written at.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Identifier {
    pub id: Box<str>,
    pub range: TextRange,
}

impl Identifier {
    pub fn new(id: impl Into<Box<str>>, range: TextRange) -> Identifier {
        Identifier { id: id.into(), range }
    }
    pub fn as_str(&self) -> &str {
        &self.id
    }
}

ast_sum! {
    /// `mod`: the root of a parse.
    enum Mod (asdl = "mod", located = false, visit = visit_mod) {
        Module => ModModule { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> },
        Interactive => ModInteractive { body: Vec<Stmt> },
        Expression => ModExpression { body: Box<Expr> },
        FunctionType => ModFunctionType { argtypes: Vec<Expr>, returns: Box<Expr> },
    }
}

ast_sum! {
    /// `stmt`.
    enum Stmt (asdl = "stmt", located = true, visit = visit_stmt) {
        FunctionDef => StmtFunctionDef {
            name: Identifier,
            args: Box<Arguments>,
            body: Vec<Stmt>,
            decorator_list: Vec<Expr>,
            returns: Option<Box<Expr>>,
            type_comment: Option<Box<str>>,
            type_params: Vec<TypeParam>,
        },
        AsyncFunctionDef => StmtAsyncFunctionDef {
            name: Identifier,
            args: Box<Arguments>,
            body: Vec<Stmt>,
            decorator_list: Vec<Expr>,
            returns: Option<Box<Expr>>,
            type_comment: Option<Box<str>>,
            type_params: Vec<TypeParam>,
        },
        ClassDef => StmtClassDef {
            name: Identifier,
            bases: Vec<Expr>,
            keywords: Vec<Keyword>,
            body: Vec<Stmt>,
            decorator_list: Vec<Expr>,
            type_params: Vec<TypeParam>,
        },
        Return => StmtReturn { value: Option<Box<Expr>> },
        Delete => StmtDelete { targets: Vec<Expr> },
        Assign => StmtAssign { targets: Vec<Expr>, value: Box<Expr>, type_comment: Option<Box<str>> },
        TypeAlias => StmtTypeAlias { name: Box<Expr>, type_params: Vec<TypeParam>, value: Box<Expr> },
        AugAssign => StmtAugAssign { target: Box<Expr>, op: Operator, value: Box<Expr> },
        /// `simple` is 1 when the target is a plain name not in parentheses.
        AnnAssign => StmtAnnAssign { target: Box<Expr>, annotation: Box<Expr>, value: Option<Box<Expr>>, simple: u32 },
        For => StmtFor { target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>, type_comment: Option<Box<str>> },
        AsyncFor => StmtAsyncFor { target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>, type_comment: Option<Box<str>> },
        While => StmtWhile { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
        If => StmtIf { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
        With => StmtWith { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<Box<str>> },
        AsyncWith => StmtAsyncWith { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<Box<str>> },
        Match => StmtMatch { subject: Box<Expr>, cases: Vec<MatchCase> },
        Raise => StmtRaise { exc: Option<Box<Expr>>, cause: Option<Box<Expr>> },
        Try => StmtTry { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
        TryStar => StmtTryStar { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
        Assert => StmtAssert { test: Box<Expr>, msg: Option<Box<Expr>> },
        Import => StmtImport { names: Vec<Alias> },
        ImportFrom => StmtImportFrom { module: Option<Identifier>, names: Vec<Alias>, level: u32 },
        Global => StmtGlobal { names: Vec<Identifier> },
        Nonlocal => StmtNonlocal { names: Vec<Identifier> },
        Expr => StmtExpr { value: Box<Expr> },
        Pass => StmtPass {},
        Break => StmtBreak {},
        Continue => StmtContinue {},
    }
}

ast_sum! {
    /// `expr`.
    enum Expr (asdl = "expr", located = true, visit = visit_expr) {
        BoolOp => ExprBoolOp { op: BoolOp, values: Vec<Expr> },
        NamedExpr => ExprNamedExpr { target: Box<Expr>, value: Box<Expr> },
        BinOp => ExprBinOp { left: Box<Expr>, op: Operator, right: Box<Expr> },
        UnaryOp => ExprUnaryOp { op: UnaryOp, operand: Box<Expr> },
        Lambda => ExprLambda { args: Box<Arguments>, body: Box<Expr> },
        IfExp => ExprIfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
        /// `keys[i]` is `None` for a `**mapping` entry.
        Dict => ExprDict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
        Set => ExprSet { elts: Vec<Expr> },
        ListComp => ExprListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
        SetComp => ExprSetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
        DictComp => ExprDictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
        GeneratorExp => ExprGeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
        Await => ExprAwait { value: Box<Expr> },
        Yield => ExprYield { value: Option<Box<Expr>> },
        YieldFrom => ExprYieldFrom { value: Box<Expr> },
        Compare => ExprCompare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
        Call => ExprCall { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
        /// `conversion` is -1 (none) or the code of `s`, `r`, `a`.
        FormattedValue => ExprFormattedValue { value: Box<Expr>, conversion: i32, format_spec: Option<Box<Expr>> },
        /// `str` is the source text of the expression (PEP 750).
        Interpolation => ExprInterpolation { value: Box<Expr>, str: Constant, conversion: i32, format_spec: Option<Box<Expr>> },
        JoinedStr => ExprJoinedStr { values: Vec<Expr> },
        TemplateStr => ExprTemplateStr { values: Vec<Expr> },
        /// `kind` is `Some("u")` for a `u"..."` string.
        Constant => ExprConstant { value: Constant, kind: Option<Box<str>> },
        Attribute => ExprAttribute { value: Box<Expr>, attr: Identifier, ctx: ExprContext },
        Subscript => ExprSubscript { value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext },
        Starred => ExprStarred { value: Box<Expr>, ctx: ExprContext },
        Name => ExprName { id: Identifier, ctx: ExprContext },
        List => ExprList { elts: Vec<Expr>, ctx: ExprContext },
        Tuple => ExprTuple { elts: Vec<Expr>, ctx: ExprContext },
        Slice => ExprSlice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    }
}

ast_simple_enum! {
    /// `expr_context`.
    enum ExprContext (asdl = "expr_context") { Load, Store, Del }
}

ast_simple_enum! {
    /// `boolop`.
    enum BoolOp (asdl = "boolop") { And, Or }
}

ast_simple_enum! {
    /// `operator`.
    enum Operator (asdl = "operator") { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
}

ast_simple_enum! {
    /// `unaryop`.
    enum UnaryOp (asdl = "unaryop") { Invert, Not, UAdd, USub }
}

ast_simple_enum! {
    /// `cmpop`.
    enum CmpOp (asdl = "cmpop") { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
}

ast_product! {
    /// `comprehension`: one `for ... in ... if ...` clause.
    struct Comprehension ("comprehension", located = false, visit = visit_comprehension) {
        target: Expr,
        iter: Expr,
        ifs: Vec<Expr>,
        is_async: u32,
    }
}

ast_sum! {
    /// `excepthandler`.
    enum ExceptHandler (asdl = "excepthandler", located = true, visit = visit_except_handler) {
        ExceptHandler => ExceptHandlerExceptHandler { r#type: Option<Box<Expr>>, name: Option<Identifier>, body: Vec<Stmt> },
    }
}

ast_product! {
    /// `arguments`: the parameter list of a function or lambda.
    struct Arguments ("arguments", located = false, visit = visit_arguments) {
        posonlyargs: Vec<Arg>,
        args: Vec<Arg>,
        vararg: Option<Box<Arg>>,
        kwonlyargs: Vec<Arg>,
        /// One per keyword-only parameter; `None` where it has no default.
        kw_defaults: Vec<Option<Expr>>,
        kwarg: Option<Box<Arg>>,
        defaults: Vec<Expr>,
    }
}

ast_product! {
    /// `arg`: one parameter.
    struct Arg ("arg", located = true, visit = visit_arg) {
        arg: Identifier,
        annotation: Option<Box<Expr>>,
        type_comment: Option<Box<str>>,
    }
}

ast_product! {
    /// `keyword`: a keyword argument in a call or class definition; `arg` is `None` for `**kwargs`.
    struct Keyword ("keyword", located = true, visit = visit_keyword) {
        arg: Option<Identifier>,
        value: Expr,
    }
}

ast_product! {
    /// `alias`: one name in an import.
    struct Alias ("alias", located = true, visit = visit_alias) {
        name: Identifier,
        asname: Option<Identifier>,
    }
}

ast_product! {
    /// `withitem`.
    struct WithItem ("withitem", located = false, visit = visit_with_item) {
        context_expr: Expr,
        optional_vars: Option<Box<Expr>>,
    }
}

ast_product! {
    /// `match_case`.
    struct MatchCase ("match_case", located = false, visit = visit_match_case) {
        pattern: Pattern,
        guard: Option<Box<Expr>>,
        body: Vec<Stmt>,
    }
}

ast_sum! {
    /// `pattern`.
    enum Pattern (asdl = "pattern", located = true, visit = visit_pattern) {
        MatchValue => PatternMatchValue { value: Box<Expr> },
        /// `value` is `None`, `True` or `False`.
        MatchSingleton => PatternMatchSingleton { value: Constant },
        MatchSequence => PatternMatchSequence { patterns: Vec<Pattern> },
        MatchMapping => PatternMatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier> },
        MatchClass => PatternMatchClass { cls: Box<Expr>, patterns: Vec<Pattern>, kwd_attrs: Vec<Identifier>, kwd_patterns: Vec<Pattern> },
        MatchStar => PatternMatchStar { name: Option<Identifier> },
        MatchAs => PatternMatchAs { pattern: Option<Box<Pattern>>, name: Option<Identifier> },
        MatchOr => PatternMatchOr { patterns: Vec<Pattern> },
    }
}

ast_sum! {
    /// `type_ignore`: a `# type: ignore` comment (collected only when type comments are on).
    enum TypeIgnore (asdl = "type_ignore", located = false, visit = visit_type_ignore) {
        TypeIgnore => TypeIgnoreTypeIgnore { lineno: u32, tag: Box<str> },
    }
}

ast_sum! {
    /// `type_param` (PEP 695, with PEP 696 defaults).
    enum TypeParam (asdl = "type_param", located = true, visit = visit_type_param) {
        TypeVar => TypeParamTypeVar { name: Identifier, bound: Option<Box<Expr>>, default_value: Option<Box<Expr>> },
        ParamSpec => TypeParamParamSpec { name: Identifier, default_value: Option<Box<Expr>> },
        TypeVarTuple => TypeParamTypeVarTuple { name: Identifier, default_value: Option<Box<Expr>> },
    }
}
