//! PEP 765 (Python 3.14): `return`, and `break`/`continue` that leave a `finally` block, give
//! a `SyntaxWarning`. CPython checks this on the AST before the symbol table is built, so these
//! warnings come after the tokenizer's and before the code generator's.

use ophis_lexer::LineIndex;
use ophis_parser::ast::{ExceptHandler, Mod, Stmt};
use ophis_parser::warnings::CompileWarning;

/// Where a statement sits relative to the innermost enclosing `finally` block of its function.
#[derive(Clone, Copy, Default)]
struct Position {
    in_finally: bool,
    /// A loop started inside that `finally` block encloses the statement.
    in_loop_inside_finally: bool,
}

/// The warnings for the whole module, in source order.
pub fn check(tree: &Mod, index: &LineIndex) -> Vec<CompileWarning> {
    let mut out = Vec::new();
    let body: &[Stmt] = match tree {
        Mod::Module(m) => &m.body,
        Mod::Interactive(m) => &m.body,
        _ => &[],
    };
    walk(body, Position::default(), index, &mut out);
    out
}

fn walk(body: &[Stmt], pos: Position, index: &LineIndex, out: &mut Vec<CompileWarning>) {
    for stmt in body {
        walk_stmt(stmt, pos, index, out);
    }
}

fn walk_stmt(stmt: &Stmt, pos: Position, index: &LineIndex, out: &mut Vec<CompileWarning>) {
    let in_loop = Position { in_loop_inside_finally: pos.in_finally, ..pos };
    let in_finally = Position { in_finally: true, in_loop_inside_finally: false };
    match stmt {
        Stmt::Return(s) if pos.in_finally => out.push(CompileWarning::at("'return' in a 'finally' block", s.range, index).with_text_from_file()),
        Stmt::Break(s) if pos.in_finally && !pos.in_loop_inside_finally => {
            out.push(CompileWarning::at("'break' in a 'finally' block", s.range, index).with_text_from_file())
        }
        Stmt::Continue(s) if pos.in_finally && !pos.in_loop_inside_finally => {
            out.push(CompileWarning::at("'continue' in a 'finally' block", s.range, index).with_text_from_file())
        }
        Stmt::FunctionDef(f) => walk(&f.body, Position::default(), index, out),
        Stmt::AsyncFunctionDef(f) => walk(&f.body, Position::default(), index, out),
        Stmt::ClassDef(c) => walk(&c.body, Position::default(), index, out),
        Stmt::For(s) => {
            walk(&s.body, in_loop, index, out);
            walk(&s.orelse, pos, index, out);
        }
        Stmt::AsyncFor(s) => {
            walk(&s.body, in_loop, index, out);
            walk(&s.orelse, pos, index, out);
        }
        Stmt::While(s) => {
            walk(&s.body, in_loop, index, out);
            walk(&s.orelse, pos, index, out);
        }
        Stmt::If(s) => {
            walk(&s.body, pos, index, out);
            walk(&s.orelse, pos, index, out);
        }
        Stmt::With(s) => walk(&s.body, pos, index, out),
        Stmt::AsyncWith(s) => walk(&s.body, pos, index, out),
        Stmt::Match(m) => {
            for case in &m.cases {
                walk(&case.body, pos, index, out);
            }
        }
        Stmt::Try(t) => walk_try(&t.body, &t.handlers, &t.orelse, &t.finalbody, pos, in_finally, index, out),
        Stmt::TryStar(t) => walk_try(&t.body, &t.handlers, &t.orelse, &t.finalbody, pos, in_finally, index, out),
        _ => {}
    }
}

#[allow(clippy::too_many_arguments)]
fn walk_try(
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
    pos: Position,
    in_finally: Position,
    index: &LineIndex,
    out: &mut Vec<CompileWarning>,
) {
    walk(body, pos, index, out);
    for ExceptHandler::ExceptHandler(h) in handlers {
        walk(&h.body, pos, index, out);
    }
    walk(orelse, pos, index, out);
    walk(finalbody, in_finally, index, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(source: &str) -> Vec<(u32, String)> {
        let tree = ophis_parser::parse(source, Default::default()).expect("parses");
        check(&tree, &LineIndex::new(source)).into_iter().map(|w| (w.line, w.message)).collect()
    }

    #[test]
    fn leaving_finally() {
        let src = "def f():\n    for i in x:\n        try:\n            pass\n        finally:\n            continue\n    try:\n        pass\n    finally:\n        for j in y:\n            break\n        return 1\n";
        assert_eq!(
            lines(src),
            [(6, "'continue' in a 'finally' block".to_string()), (12, "'return' in a 'finally' block".to_string())]
        );
    }

    #[test]
    fn nested_function_resets() {
        assert!(lines("try:\n    pass\nfinally:\n    def g():\n        return 1\n").is_empty());
    }
}
