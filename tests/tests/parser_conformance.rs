//! Parser conformance: every case in `tests/parser/` against the expectation the reference
//! CPython 3.14 produced for it (`tests/parser/regenerate.py`), plus the range invariant that
//! every node's span encloses its children's.
//!
//! Cases listed in `tests/parser/known_failures.txt` are allowed to fail (each is a recorded
//! gap); the test fails if one of them starts passing, so the list stays true.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ophis_lexer::{LineIndex, TextRange};
use ophis_parser::ast::dump::{DumpOptions, dump};
use ophis_parser::ast::*;
use ophis_parser::{ParseOptions, SyntaxError};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("parser")
}

fn cases(kind: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(cases_dir().join(kind))
        .expect("case directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

fn known_failures() -> BTreeSet<String> {
    std::fs::read_to_string(cases_dir().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn case_name(path: &Path) -> String {
    let dir = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("");
    format!("{dir}/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or(""))
}

fn parse_bytes(bytes: &[u8]) -> (String, Result<Mod, SyntaxError>) {
    match ophis_lexer::decode_source(bytes) {
        Ok(text) => {
            let text = text.into_owned();
            let result = ophis_parser::parse(&text, ParseOptions { type_comments: true, ..Default::default() });
            (text, result)
        }
        Err(e) => (String::from_utf8_lossy(bytes).into_owned(), Err(SyntaxError::from(e))),
    }
}

/// Checks one case; `Err` describes the difference.
fn check_case(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let valid = path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "valid");
    let (source, result) = parse_bytes(&bytes);
    let index = LineIndex::new(&source);
    if valid {
        let expected = std::fs::read_to_string(path.with_extension("ast")).map_err(|e| e.to_string())?;
        let tree = result.map_err(|e| format!("rejected: {e} at {:?}", e.location(&source, &index)))?;
        let options = DumpOptions { indent: Some(3), show_empty: false, include_attributes: true };
        let actual = dump(&tree, options, Some(&index)) + "\n";
        if actual != expected {
            return Err(first_difference(&expected, &actual));
        }
        check_ranges(&tree)?;
    } else {
        let expected = std::fs::read_to_string(path.with_extension("err")).map_err(|e| e.to_string())?;
        let actual = match result {
            Ok(_) => "accepted".to_string(),
            Err(e) => {
                let (l, c, el, ec) = e.location(&source, &index);
                format!("{}: {}\n{l} {c} {el} {ec}\n", e.kind.name(), e.message)
            }
        };
        if actual != expected {
            return Err(format!("expected:\n{expected}actual:\n{actual}"));
        }
    }
    Ok(())
}

fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            let context: Vec<&str> = expected.lines().skip(i.saturating_sub(4)).take(i.min(4)).collect();
            return format!("line {}:\n  {}\n- {e}\n+ {a}", i + 1, context.join("\n  "));
        }
    }
    format!("lengths differ: expected {} lines, got {}", expected.lines().count(), actual.lines().count())
}

/// Every node's range encloses its children's. Documented exceptions, as in CPython:
/// decorators stand before the `def`/`class` their node starts at.
fn check_ranges(tree: &Mod) -> Result<(), String> {
    struct Checker {
        stack: Vec<(TextRange, &'static str)>,
        error: Option<String>,
    }
    impl Checker {
        fn enter(&mut self, range: TextRange, what: &'static str) {
            if let Some(&(parent, pname)) = self.stack.last()
                && !parent.contains_range(range)
                && self.error.is_none()
            {
                self.error = Some(format!("{what} at {range} is not inside its parent {pname} at {parent}"));
            }
            self.stack.push((range, what));
        }
    }
    impl<'a> Visitor<'a> for Checker {
        fn visit_stmt(&mut self, node: &'a Stmt) {
            self.enter(node.range(), node.python_name());
            let decorators = match node {
                Stmt::FunctionDef(f) => Some(&f.decorator_list),
                Stmt::AsyncFunctionDef(f) => Some(&f.decorator_list),
                Stmt::ClassDef(c) => Some(&c.decorator_list),
                _ => None,
            };
            if let Some(decorators) = decorators {
                // Walk the decorators outside this node's range, then the rest inside.
                let saved = self.stack.pop();
                for d in decorators {
                    self.visit_expr(d);
                }
                self.stack.extend(saved);
                match node {
                    Stmt::FunctionDef(f) => {
                        for tp in &f.type_params {
                            self.visit_type_param(tp);
                        }
                        self.visit_arguments(&f.args);
                        f.returns.walk(self);
                        f.body.walk(self);
                    }
                    Stmt::AsyncFunctionDef(f) => {
                        f.type_params.walk(self);
                        self.visit_arguments(&f.args);
                        f.returns.walk(self);
                        f.body.walk(self);
                    }
                    Stmt::ClassDef(c) => {
                        c.type_params.walk(self);
                        c.bases.walk(self);
                        c.keywords.walk(self);
                        c.body.walk(self);
                    }
                    _ => {}
                }
            } else {
                node.walk_children(self);
            }
            self.stack.pop();
        }
        fn visit_expr(&mut self, node: &'a Expr) {
            self.enter(node.range(), node.python_name());
            node.walk_children(self);
            self.stack.pop();
        }
        fn visit_pattern(&mut self, node: &'a Pattern) {
            self.enter(node.range(), node.python_name());
            node.walk_children(self);
            self.stack.pop();
        }
        fn visit_arg(&mut self, node: &'a Arg) {
            self.enter(node.range, "arg");
            node.walk_children(self);
            self.stack.pop();
        }
        fn visit_keyword(&mut self, node: &'a Keyword) {
            self.enter(node.range, "keyword");
            node.walk_children(self);
            self.stack.pop();
        }
    }
    let mut checker = Checker { stack: vec![], error: None };
    checker.visit_mod(tree);
    checker.error.map_or(Ok(()), Err)
}

#[test]
fn parser_cases_match_cpython() {
    let known = known_failures();
    let mut failures = Vec::new();
    let mut unexpectedly_passing = Vec::new();
    let mut total = 0;
    for kind in ["valid", "invalid"] {
        for path in cases(kind) {
            total += 1;
            let name = case_name(&path);
            match check_case(&path) {
                Ok(()) if known.contains(&name) => unexpectedly_passing.push(name),
                Ok(()) => {}
                Err(_) if known.contains(&name) => {}
                Err(diff) => failures.push(format!("{name}: {diff}")),
            }
        }
    }
    let report = format!(
        "{total} cases, {} known failures\nFAILURES ({}):\n{}\nNOW PASSING (remove from known_failures.txt): {:?}",
        known.len(),
        failures.len(),
        failures.join("\n\n"),
        unexpectedly_passing
    );
    assert!(failures.is_empty() && unexpectedly_passing.is_empty(), "{report}");
}
