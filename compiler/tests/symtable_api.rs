//! The symbol table as the code generator sees it: finding the scope a node opens, and the flags
//! that shape code objects. The expected flags were read off the code objects CPython 3.14
//! compiles for the same sources (`co_flags`, `co_cellvars`, `co_freevars`, whether a
//! `<listcomp>` code object exists); the symbols off its `symtable` module.

use ophis_compiler::symtable::{
    BuildOptions, ComprehensionKind, ScopeId, ScopeKind, SymbolFlags, SymbolScope, SymbolTable, build,
};
use ophis_lexer::LineIndex;
use ophis_parser::ast::{Expr, Mod, Stmt};

fn parse(source: &str) -> Mod {
    ophis_parser::parse(source, Default::default()).expect("valid Python")
}

fn table_of(module: &Mod, source: &str) -> SymbolTable {
    build(module, &LineIndex::new(source), BuildOptions::default()).expect("no symbol-table error")
}

fn body(module: &Mod) -> &[Stmt] {
    match module {
        Mod::Module(module) => &module.body,
        _ => unreachable!("parsed as a module"),
    }
}

/// The one scope of `kind` named `name`.
fn named(table: &SymbolTable, kind: ScopeKind, name: &str) -> ScopeId {
    let found: Vec<usize> =
        (0..table.scopes.len()).filter(|&i| table.scopes[i].kind == kind && table.scopes[i].name == name).collect();
    assert_eq!(found.len(), 1, "scopes of kind {kind:?} named {name}");
    ScopeId(found[0] as u32)
}

#[test]
fn nodes_find_the_scopes_they_open() {
    let source = "def f[T: int](x: T = 1) -> T:\n    return lambda: [y for y in x]\nclass C:\n    a: int\ntype A = int\n";
    let module = parse(source);
    let table = table_of(&module, source);
    let stmts = body(&module);

    assert_eq!(table.scope_of(&module, ScopeKind::Module), Some(SymbolTable::MODULE));
    let Stmt::FunctionDef(def) = &stmts[0] else { panic!() };
    for node_key in [table.scope_of(&stmts[0], ScopeKind::Function), table.scope_of(def, ScopeKind::Function)] {
        let id = node_key.expect("the def's scope");
        assert_eq!((table[id].kind, table[id].name.as_str()), (ScopeKind::Function, "f"));
    }
    let type_params = table.scope_of(def, ScopeKind::TypeParams).expect("the type-parameter scope");
    let annotations = table.scope_of(def, ScopeKind::Annotation).expect("the annotation scope");
    let function = table.scope_of(def, ScopeKind::Function).unwrap();
    assert_eq!(table[annotations].name, "__annotate__");
    assert_eq!(table[type_params].children[1..], [annotations, function]);
    let bound = table.scope_of(&def.type_params[0], ScopeKind::TypeVarBound).expect("the bound's scope");
    assert_eq!(table[bound].children, []);
    assert_eq!(table[type_params].children[0], bound);
    assert_eq!(table.scope_of(&def.type_params[0], ScopeKind::TypeParamDefault), None);

    let Stmt::Return(ret) = &def.body[0] else { panic!() };
    let lambda_expr = ret.value.as_deref().unwrap();
    let lambda = table.scope_of(lambda_expr, ScopeKind::Lambda).expect("the lambda's scope");
    let Expr::Lambda(lambda_node) = lambda_expr else { panic!() };
    let comp = table.scope_of(&*lambda_node.body, ScopeKind::Comprehension).expect("the comprehension's scope");
    assert_eq!(table[comp].comprehension, Some(ComprehensionKind::List));
    assert_eq!(table[comp].parent, Some(lambda));
    assert!(table[comp].comp_inlined);
    // An inlined comprehension is not listed as a child, as in CPython.
    assert!(!table[lambda].children.contains(&comp));

    let class = table.scope_of(&stmts[1], ScopeKind::Class).expect("the class's scope");
    let class_annotations = table.scope_of(&stmts[1], ScopeKind::Annotation).expect("the class's annotations");
    assert_eq!(table[class].annotation_block, Some(class_annotations));
    assert_eq!(table.scope_of(&stmts[2], ScopeKind::TypeAlias).map(|id| table[id].kind), Some(ScopeKind::TypeAlias));
    assert_eq!(table.scope_of(&stmts[2], ScopeKind::TypeParams), None);
    assert_eq!(table.scope_of(&module, ScopeKind::Annotation), None);
}

#[test]
fn generator_and_coroutine_flags() {
    // (source, scope kind, scope name, is_generator, is_coroutine), from the reference's co_flags.
    let cases = [
        ("def g(): yield", ScopeKind::Function, "g", true, false),
        ("async def a(): await x", ScopeKind::Function, "a", false, true),
        ("async def ag(): yield", ScopeKind::Function, "ag", true, true),
        ("def f(): return (x for x in y)", ScopeKind::Comprehension, "genexpr", true, false),
        ("async def f(): return (await x for x in y)", ScopeKind::Comprehension, "genexpr", true, true),
        ("async def f(): return (await x for x in y)", ScopeKind::Function, "f", false, true),
        ("f = lambda: (yield)", ScopeKind::Lambda, "lambda", true, false),
    ];
    for (source, kind, name, generator, coroutine) in cases {
        let module = parse(source);
        let table = table_of(&module, source);
        let scope = &table[named(&table, kind, name)];
        assert_eq!((scope.is_generator, scope.is_coroutine), (generator, coroutine), "{source}");
    }
}

#[test]
fn parameters_and_inlined_comprehensions() {
    let source = "def f(a, /, b, *c, d, **e): return [x for x in a]";
    let module = parse(source);
    let table = table_of(&module, source);
    let f = &table[named(&table, ScopeKind::Function, "f")];
    assert_eq!(f.varnames, ["a", "b", "d", "c", "e"]);
    assert!(f.has_varargs && f.has_varkeywords);
    // The reference makes no `<listcomp>` code object: it is inlined, and `x` is a local of f.
    assert!(table[named(&table, ScopeKind::Comprehension, "listcomp")].comp_inlined);
    assert_eq!(f.symbol("x").map(|s| s.scope), Some(SymbolScope::Local));

    // In a class's annotation scope the reference keeps the `<listcomp>` code object.
    let source = "class C:\n x: [y for y in z]";
    let module = parse(source);
    let table = table_of(&module, source);
    assert!(!table[named(&table, ScopeKind::Comprehension, "listcomp")].comp_inlined);
    assert!(table[named(&table, ScopeKind::Annotation, "__annotate__")].can_see_class_scope);
}

#[test]
fn class_cells() {
    // (source, needs_class_closure, needs_classdict, has_conditional_annotations), from the
    // reference class body's co_cellvars (`__class__`, `__classdict__`,
    // `__conditional_annotations__`).
    let cases = [
        ("class C:\n def m(self): super()", true, true, false),
        ("class C:\n x: int", false, true, false),
        ("class C:\n if c:\n  y: int", false, true, true),
        ("class C:\n pass", false, false, false),
    ];
    for (source, class_closure, classdict, conditional) in cases {
        let module = parse(source);
        let table = table_of(&module, source);
        let class = &table[named(&table, ScopeKind::Class, "C")];
        assert_eq!(
            (class.needs_class_closure, class.needs_classdict, class.has_conditional_annotations),
            (class_closure, classdict, conditional),
            "{source}"
        );
    }
    // Module-level annotations are always treated as conditional (the reference's module code
    // has a `__conditional_annotations__` cell).
    let source = "x: int";
    let module = parse(source);
    let table = table_of(&module, source);
    assert!(table[SymbolTable::MODULE].has_conditional_annotations);
}

#[test]
fn mangling_in_generic_classes() {
    // The reference's type-parameter scope holds `_C__T` (a mangled type parameter) and `__B`
    // (not mangled: only type parameters are, there).
    let source = "class C[__T](__B):\n    def f(self): return self.__x";
    let module = parse(source);
    let table = table_of(&module, source);
    let type_params = named(&table, ScopeKind::TypeParams, "C");
    let names: Vec<&str> = table[type_params].symbols.keys().map(String::as_str).collect();
    assert_eq!(names, [".type_params", ".generic_base", "_C__T", "__B"]);
    assert_eq!(table.mangle(type_params, "__T"), "_C__T");
    assert_eq!(table.mangle(type_params, "__B"), "__B");
    let method = named(&table, ScopeKind::Function, "f");
    assert_eq!(table.mangle(method, "__x"), "_C__x");
    assert_eq!(table.mangle(SymbolTable::MODULE, "__x"), "__x");
    let t = table[type_params].symbol("_C__T").unwrap();
    assert!(t.flags.contains(SymbolFlags::DEF_TYPE_PARAM | SymbolFlags::DEF_LOCAL));
}

#[test]
fn future_annotations_and_options() {
    let source = "from __future__ import annotations\nclass C:\n    x: int\ndef f(a: int): pass";
    let module = parse(source);
    let table = table_of(&module, source);
    assert!(table.future.annotations);
    // The annotation scopes exist but are left out of the tree, unanalysed, as in CPython.
    let class = named(&table, ScopeKind::Class, "C");
    let annotations = table[class].annotation_block.expect("the class's annotation scope");
    assert!(!table[annotations].in_tree);
    assert!(!table[class].children.contains(&annotations));
    assert!(!table[class].needs_classdict);
    let source = "from __future__ import annotations\ndef f(a: (lambda: b)): pass";
    let module = parse(source);
    let table = table_of(&module, source);
    let lambda = &table[named(&table, ScopeKind::Lambda, "lambda")];
    assert!(!lambda.in_tree);
    assert_eq!(lambda.symbol("b").map(|s| s.scope), Some(SymbolScope::Unresolved));

    let source = "await x\n[y async for y in z]";
    let module = parse(source);
    let index = LineIndex::new(source);
    let error = build(&module, &index, BuildOptions::default()).expect_err("await outside a function");
    assert_eq!(error.message, "'await' outside function");
    let options = BuildOptions { allow_top_level_await: true, ..Default::default() };
    let table = build(&module, &index, options).expect("top-level await allowed");
    assert!(table[SymbolTable::MODULE].is_coroutine);

    let source = "x: int";
    let module = parse(source);
    let options = BuildOptions { future_annotations: true, ..Default::default() };
    let table = build(&module, &LineIndex::new(source), options).expect("valid");
    assert!(table.future.annotations);
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    // The reference builds the table of 2900 nested lambdas; so must ophis, on a test thread's
    // small stack.
    let source = format!("{}x", "lambda: ".repeat(2900));
    let module = parse(&source);
    let table = table_of(&module, &source);
    assert_eq!(table.scopes.len(), 2901);
    let innermost = &table.scopes[2900];
    assert_eq!(innermost.symbol("x").map(|s| s.scope), Some(SymbolScope::GlobalImplicit));
    assert!(innermost.is_nested);

    // 90 nested defs, the innermost rebinding the outermost's variable.
    let mut source = String::from("def f0():\n    v = 1\n");
    for depth in 1..90 {
        source.push_str(&format!("{}def f{depth}():\n", "    ".repeat(depth)));
    }
    source.push_str(&format!("{}nonlocal v\n{}v = 2\n", "    ".repeat(90), "    ".repeat(90)));
    let module = parse(&source);
    let table = table_of(&module, &source);
    let outer = &table[named(&table, ScopeKind::Function, "f0")];
    assert_eq!(outer.symbol("v").map(|s| s.scope), Some(SymbolScope::Cell));
    let middle = &table[named(&table, ScopeKind::Function, "f45")];
    assert_eq!(middle.symbol("v").map(|s| (s.flags, s.scope)), Some((SymbolFlags::empty(), SymbolScope::Free)));
}

#[test]
fn top_level_await_option() {
    // compile(source, "s", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT) in the reference: `None`
    // where it compiles (with CO_COROUTINE on the module), else its error and location.
    let cases: [(&str, Option<(&str, (u32, i32, u32, i32))>); 10] = [
        ("await x", None),
        ("class C:\n  await x", Some(("'await' outside function", (2, 3, 2, 10)))),
        ("async with a: pass", None),
        ("async for a in b: pass", None),
        ("[x async for x in y]", None),
        ("def f():\n  await x", Some(("'await' outside async function", (2, 3, 2, 10)))),
        ("lambda: await x", Some(("'await' outside async function", (1, 9, 1, 16)))),
        ("[await x for y in z]", None),
        ("x: (await y)", Some(("await expression cannot be used within an annotation", (1, 5, 1, 12)))),
        ("def f():\n  async with a: pass", Some(("'async with' outside async function", (2, 3, 2, 21)))),
    ];
    let options = BuildOptions { allow_top_level_await: true, ..Default::default() };
    for (source, expected) in cases {
        let module = parse(source);
        let index = LineIndex::new(source);
        match (build(&module, &index, options), expected) {
            (Ok(table), None) => assert!(table[SymbolTable::MODULE].is_coroutine, "{source}"),
            (Err(error), Some((message, location))) => {
                assert_eq!((error.message.as_str(), error.location(source, &index)), (message, location), "{source}")
            }
            (result, _) => panic!("{source}: {:?}", result.map(|_| "a table")),
        }
    }
}
