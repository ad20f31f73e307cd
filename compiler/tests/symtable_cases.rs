//! Small programs through the symbol table: every case of `symtable_cases.txt` (expectations
//! written from the reference by `regenerate_symtable_cases.py`) must give CPython's table (in the
//! dump format of `symtable::dump`) or CPython's error, message and location.

use ophis_compiler::symtable::{BuildOptions, build, dump};
use ophis_lexer::LineIndex;

struct Case {
    name: String,
    source: String,
    expected: String,
}

fn cases() -> Vec<Case> {
    let text = include_str!("symtable_cases.txt");
    let mut cases = Vec::new();
    let mut lines = text.split('\n');
    while let Some(line) = lines.next() {
        let Some(name) = line.strip_prefix("### ") else { continue };
        let mut source = String::new();
        for line in lines.by_ref() {
            if line == "--- expected" {
                break;
            }
            source.push_str(line);
            source.push('\n');
        }
        let mut expected = String::new();
        for line in lines.by_ref() {
            if line.is_empty() {
                break;
            }
            expected.push_str(line);
            expected.push('\n');
        }
        cases.push(Case { name: name.to_owned(), source, expected });
    }
    cases
}

/// The table's dump, or the error as the regenerate script prints CPython's.
fn result_of(source: &str) -> String {
    let module = match ophis_parser::parse(source, Default::default()) {
        Ok(module) => module,
        Err(error) => return format!("PARSE ERROR: {}", error.message),
    };
    let index = LineIndex::new(source);
    match build(&module, &index, BuildOptions::default()) {
        Ok(table) => dump(&table, &index),
        Err(error) => {
            let (line, offset, end_line, end_offset) = error.location(source, &index);
            format!("{}: {} ({line}:{offset}-{end_line}:{end_offset})\n", error.kind.name(), error.message)
        }
    }
}

#[test]
fn every_case_matches_the_reference() {
    let cases = cases();
    assert!(cases.len() > 150, "the case file was not read");
    let mut failures = Vec::new();
    for case in &cases {
        let actual = result_of(&case.source);
        if actual != case.expected {
            failures.push(format!("{}:\n--- expected\n{}--- actual\n{}", case.name, case.expected, actual));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn every_symtable_message_is_covered() {
    // Each message CPython's symtable.c and future.c can raise has a case that expects it.
    let messages = [
        "not a chance",
        "future feature spam is not defined",
        "from __future__ imports must occur at the beginning of the file",
        "is parameter and global",
        "is parameter and nonlocal",
        "is assigned to before global declaration",
        "is assigned to before nonlocal declaration",
        "is used prior to global declaration",
        "is used prior to nonlocal declaration",
        "can't be global",
        "can't be nonlocal",
        "is nonlocal and global",
        "nonlocal declaration not allowed at module level",
        "no binding for nonlocal",
        "nonlocal binding not allowed for type parameter",
        "duplicate argument",
        "import * only allowed at module level",
        "assignment expression within a comprehension cannot be used in a class body",
        "assignment expression within a comprehension cannot be used in a TypeVar bound",
        "assignment expression within a comprehension cannot be used in a type alias",
        "assignment expression cannot rebind comprehension iteration variable",
        "comprehension inner loop cannot rebind assignment expression target",
        "assignment expression cannot be used in a comprehension iterable expression",
        "named expression cannot be used within an annotation",
        "yield expression cannot be used within an annotation",
        "await expression cannot be used within an annotation",
        "cannot be used within a TypeVar bound",
        "cannot be used within a TypeVar constraint",
        "cannot be used within a TypeVar default",
        "cannot be used within a TypeVarTuple default",
        "cannot be used within a ParamSpec default",
        "cannot be used within a type alias",
        "duplicate type parameter",
        "reserved name '__classdict__' cannot be used for type parameter",
        "'yield' inside list comprehension",
        "'yield' inside set comprehension",
        "'yield' inside dict comprehension",
        "'yield' inside generator expression",
        "'await' outside function",
        "'await' outside async function",
        "asynchronous comprehension outside of an asynchronous function",
        "'async with' outside async function",
        "'async for' outside async function",
        "cannot assign to __debug__",
        "cannot delete __debug__",
    ];
    let cases = cases();
    for message in messages {
        assert!(cases.iter().any(|case| case.expected.contains(message)), "no case expects {message:?}");
    }
}
