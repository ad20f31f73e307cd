//! The unparser against CPython 3.14: every expression of `tests/unparse/expressions.txt` must
//! unparse to the string annotation the reference compiler made of it (`tests/unparse/expected.txt`,
//! written by `tests/unparse/gen.py`).

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[test]
fn unparse_matches_cpython_string_annotations() {
    let expected = include_str!("unparse/expected.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in expected.lines() {
        let (source, want) = line.split_once('\t').expect("expression<TAB>annotation");
        let want = unescape(want);
        let expr = ophis_parser::parse_expression(&format!("(\n{source}\n)")).unwrap_or_else(|e| panic!("{source}: {e:?}"));
        let got = ophis_compiler::unparse::unparse(&expr);
        count += 1;
        if got != want {
            failures.push(format!("{source}\n    want {want}\n    got  {got}"));
        }
    }
    assert!(count > 150, "the expectation file is complete");
    assert!(failures.is_empty(), "{} of {count} differ:\n{}", failures.len(), failures.join("\n"));
}
