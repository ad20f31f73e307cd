//! Hostile input never crashes the parser: deep nesting ends in CPython's errors (or CPython's
//! "too complex" MemoryError), and the REPL's complete/incomplete question is answered.
//! These run on the test harness's ordinary threads (2 MiB stacks), which is the point.

use ophis_parser::{ErrorKind, InputStatus, ParseOptions, input_status, parse};

fn error_of(source: &str) -> (ErrorKind, String) {
    match parse(source, ParseOptions::default()) {
        Ok(_) => panic!("expected an error for input starting {:?}", &source[..source.len().min(40)]),
        Err(e) => (e.kind, e.message),
    }
}

const TOO_COMPLEX: &str = "Parser stack overflowed - Python source too complex to parse";

#[test]
fn deep_parentheses_are_a_syntax_error() {
    assert_eq!(error_of(&"(".repeat(100_000)), (ErrorKind::SyntaxError, "too many nested parentheses".into()));
    let list = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(error_of(&list), (ErrorKind::SyntaxError, "too many nested parentheses".into()));
}

#[test]
fn deep_operators_are_too_complex_as_in_cpython() {
    // CPython: MemoryError("Parser stack overflowed - Python source too complex to parse").
    assert_eq!(error_of(&format!("{}1", "-".repeat(100_000))), (ErrorKind::MemoryError, TOO_COMPLEX.into()));
    assert_eq!(error_of(&format!("{}1", "lambda: ".repeat(3000))), (ErrorKind::MemoryError, TOO_COMPLEX.into()));
    // ophis also bounds left-nested chains, which CPython parses but cannot compile.
    assert_eq!(error_of(&vec!["1"; 100_000].join("+")), (ErrorKind::MemoryError, TOO_COMPLEX.into()));
    assert_eq!(error_of(&format!("a{}", ".b".repeat(20_000))), (ErrorKind::MemoryError, TOO_COMPLEX.into()));
}

#[test]
fn deep_but_allowed_trees_parse_dump_and_drop_on_a_small_stack() {
    for source in [format!("{}1", "-".repeat(2900)), format!("a{}", ".b".repeat(2900)), vec!["x"; 2900].join(" + ")] {
        let tree = parse(&source, ParseOptions::default()).expect("parses");
        // The single-line form: the indented one grows with the square of the depth.
        let options = ophis_parser::ast::dump::DumpOptions { indent: None, ..Default::default() };
        let text = ophis_parser::ast::dump::dump(&tree, options, None);
        assert!(text.len() > 2900);
    }
}

#[test]
fn deep_blocks_are_an_indentation_error() {
    let mut source = String::new();
    for i in 0..120 {
        source.push_str(&" ".repeat(i));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(120));
    source.push_str("pass\n");
    assert_eq!(error_of(&source), (ErrorKind::IndentationError, "too many levels of indentation".into()));
}

#[test]
fn complete_and_incomplete_input() {
    for complete in ["x = 1", "x = 1\n", "if x:\n    pass\n", "", "def f():\n    return 1\n"] {
        assert_eq!(input_status(complete), InputStatus::Complete, "{complete:?}");
    }
    for incomplete in ["x = (1,", "if x:", "if x:\n", "def f():\n", "s = '''abc", "x = 1 + \\", "@dec\n", "for x in y:\n", "d = {\n'a': 1,\n"]
    {
        assert_eq!(input_status(incomplete), InputStatus::Incomplete, "{incomplete:?}");
    }
    for invalid in ["x = = 1", "x = 1)", "for x in y\n", "f(a b)"] {
        assert!(matches!(input_status(invalid), InputStatus::Invalid(_)), "{invalid:?}");
    }
}

#[test]
fn every_broken_top_level_statement_is_reported() {
    // Each statement's expected message and position is what CPython 3.14 reports for that
    // statement alone (CPython itself stops at the first).
    let source = "\
def f(x y):
    pass

class C:
    def m(self):
        return 1 +

z = [a for a in b c]
ok = 1
if x:
    pass
else
    pass
print 'hello'
x = (1, 2
y = 3
";
    let errors = ophis_parser::syntax_errors(source, ParseOptions::default());
    let index = ophis_lexer::LineIndex::new(source);
    let found: Vec<(u32, i32, String)> = errors
        .iter()
        .map(|e| {
            let (line, offset, _, _) = e.location(source, &index);
            (line, offset, e.message.clone())
        })
        .collect();
    let expected: Vec<(u32, i32, String)> = vec![
        (1, 9, "invalid syntax".into()),
        (6, 19, "invalid syntax".into()),
        (8, 19, "invalid syntax".into()),
        (12, 5, "expected ':'".into()),
        (14, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?".into()),
        // An unclosed bracket swallows the rest of the file: nothing after it can be recovered.
        (15, 5, "'(' was never closed".into()),
    ];
    assert_eq!(found, expected);
    assert!(ophis_parser::syntax_errors("x = 1\n", ParseOptions::default()).is_empty());
}
