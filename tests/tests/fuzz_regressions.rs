//! Inputs the fuzzer found (`fuzz/regressions/`, see `fuzz/README.md`) go through what the fuzz
//! targets do — `decode_source`, `parse` in all four modes with and without type comments, the
//! dump of every tree, the location of every error, `lex`, `parser_tokens` and
//! `tokenize_listing` — and nothing may panic. A parse may succeed or fail.
//!
//! Inputs named in `fuzz/regressions/known_failures.txt` are allowed to panic still (each is a
//! reported, unfixed bug); the test fails if one of them stops panicking, so the list stays true.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use ophis_lexer::{LexOptions, LineIndex};
use ophis_parser::ast::dump::{DumpOptions, dump};
use ophis_parser::{Mode, ParseOptions, SyntaxError};

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("fuzz").join("regressions")
}

fn known_failures() -> BTreeSet<String> {
    std::fs::read_to_string(regressions_dir().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Everything the `parse` and `tokenize` fuzz targets do with one input.
fn exercise(data: &[u8]) {
    let _ = ophis_lexer::tokenize_listing(data, "<fuzz>", false);
    let _ = ophis_lexer::tokenize_listing(data, "<fuzz>", true);
    let text = match ophis_lexer::decode_source(data) {
        Ok(text) => text,
        Err(e) => {
            let lossy = String::from_utf8_lossy(data);
            let _ = SyntaxError::from(e).location(&lossy, &LineIndex::new(&lossy));
            return;
        }
    };
    let index = LineIndex::new(&text);
    for type_comments in [false, true] {
        let lexed = ophis_lexer::lex(&text, LexOptions { type_comments });
        for err in &lexed.errors {
            let _ = err.cpython_location(&text, &index);
        }
        let _ = ophis_lexer::parser_tokens(&lexed.tokens, &text);
    }
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive, Mode::FunctionType] {
        for type_comments in [false, true] {
            match ophis_parser::parse(&text, ParseOptions { mode, type_comments }) {
                Ok(tree) => {
                    let _ = dump(&tree, DumpOptions::default(), None);
                    let _ = dump(&tree, DumpOptions { indent: None, show_empty: true, include_attributes: true }, Some(&index));
                }
                Err(e) => {
                    let _ = e.location(&text, &index);
                }
            }
        }
    }
}

#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = regressions_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "known_failures.txt" && n != "README.md"))
        .collect();
    files.sort();
    let known = known_failures();
    let mut panicking = Vec::new();
    let mut unexpectedly_passing = Vec::new();
    // The fuzz targets run on the main thread (8 MiB of stack); give each input the same.
    for path in &files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        let data = std::fs::read(path).expect("read regression input");
        let ok = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || catch_unwind(AssertUnwindSafe(|| exercise(&data))).is_ok())
            .expect("spawn")
            .join()
            .unwrap_or(false);
        match (ok, known.contains(&name)) {
            (false, false) => panicking.push(name),
            (true, true) => unexpectedly_passing.push(name),
            _ => {}
        }
    }
    assert!(panicking.is_empty(), "fuzz regressions that panic: {panicking:?}");
    assert!(
        unexpectedly_passing.is_empty(),
        "fixed, remove from fuzz/regressions/known_failures.txt: {unexpectedly_passing:?}"
    );
    eprintln!("{} fuzz regression input(s) checked", files.len());
}
