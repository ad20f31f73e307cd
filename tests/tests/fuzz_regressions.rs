//! Inputs the fuzzer found (`fuzz/regressions/`, see `fuzz/README.md`) go through what the fuzz
//! targets do — `decode_source`, `parse` in all four modes with and without type comments, the
//! dump of every tree, the location of every error, `lex`, `parser_tokens` and
//! `tokenize_listing` — and nothing may panic, overflow the stack or hang. A parse may succeed or
//! fail. Each input is checked in a child process (this test binary run again), so that an abort
//! or a hang is reported for that input.
//!
//! Inputs named in `fuzz/regressions/known_failures.txt` are allowed to fail still (each is a
//! reported, unfixed bug); the test fails if one of them stops failing, so the list stays true.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

/// Set in the child process that checks one input.
const CHILD_ENV: &str = "OPHIS_FUZZ_REGRESSION_INPUT";
/// How long one input may take (debug build, eight parses and dumps).
const TIMEOUT: Duration = Duration::from_secs(20);

/// How checking one input in a child process ended.
enum Outcome {
    Ok,
    Failed(String),
}

/// Runs this test binary again, filtered to this test, with `CHILD_ENV` naming the input: a
/// stack overflow (an abort) or a hang then fails that input instead of the whole test binary.
fn check_in_child(path: &Path) -> Outcome {
    let log = std::env::temp_dir().join(format!("ophis-fuzz-regression-{}.log", std::process::id()));
    let log_file = std::fs::File::create(&log).expect("child log");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "fuzz_regressions_do_not_panic", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log_file)
        .spawn()
        .expect("spawn the test binary");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    let tail: String = {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        lines[lines.len().saturating_sub(4)..].join("\n    ")
    };
    match status {
        None => Outcome::Failed(format!("timed out after {TIMEOUT:?}")),
        Some(s) if s.success() => Outcome::Ok,
        Some(s) => Outcome::Failed(format!("{s}\n    {tail}")),
    }
}

#[test]
fn fuzz_regressions_do_not_panic() {
    if let Some(path) = std::env::var_os(CHILD_ENV) {
        // Child: check this one input; a panic exits 101, a stack overflow aborts.
        let data = std::fs::read(&path).expect("read regression input");
        let ok = std::thread::Builder::new()
            // The fuzz targets run on the main thread, with 8 MiB of stack.
            .stack_size(8 << 20)
            .spawn(move || exercise(&data))
            .expect("spawn")
            .join()
            .is_ok();
        if !ok {
            std::process::exit(101);
        }
        return;
    }
    let dir = regressions_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "known_failures.txt" && n != "README.md"))
        .collect();
    files.sort();
    let known = known_failures();
    let mut failing = Vec::new();
    let mut unexpectedly_passing = Vec::new();
    for path in &files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        match (check_in_child(path), known.contains(&name)) {
            (Outcome::Failed(why), false) => failing.push(format!("{name}: {why}")),
            (Outcome::Ok, true) => unexpectedly_passing.push(name),
            (Outcome::Failed(why), true) => eprintln!("known failure {name}: {why}"),
            (Outcome::Ok, false) => {}
        }
    }
    assert!(failing.is_empty(), "fuzz regressions that panic, crash or hang:\n  {}", failing.join("\n  "));
    assert!(
        unexpectedly_passing.is_empty(),
        "fixed, remove from fuzz/regressions/known_failures.txt: {unexpectedly_passing:?}"
    );
    eprintln!("{} fuzz regression input(s) checked, {} known failure(s)", files.len(), known.len());
}
