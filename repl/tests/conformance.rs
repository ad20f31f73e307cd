//! The conformance suite: every program in `tests/cases/<area>/<name>.py` run by `ophis`, its
//! stdout, exit status and stderr compared with what the reference CPython 3.14 produced
//! (`tests/cases/regenerate.py` stores those results next to each case; see `tests/cases/README.md`).
//!
//! Cases listed in `tests/cases/known_failures.txt` may fail; an unlisted failure fails the test,
//! and so does a listed case that passes (the entry is stale and must be removed), so the list
//! always says exactly what does not work yet.
//!
//! Environment knobs:
//! - `OPHIS_UPDATE_KNOWN_FAILURES=1` rewrites `known_failures.txt` from this run's results
//!   (every failing case, nothing else) instead of failing.
//! - `OPHIS_CASES=arith,classes/slots` runs only the cases whose `<area>/<name>` starts with one
//!   of the comma-separated prefixes (the stale-entry check then covers only those cases).
//! - `OPHIS_CASES_VERBOSE=1` prints the difference for every failing case, listed or not.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// A case that runs longer is killed and counts as failing (a hang). Unoptimized builds (the
/// plain `cargo test` of CI) run the deepest hostile cases ~10x slower than release builds, and
/// a busy machine slows them further, so they get more time.
const TIMEOUT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 40 } else { 10 });
/// The machine has two cores; the cases run two at a time.
const THREADS: usize = 2;
/// How many differences are printed in full when the test fails.
const SHOWN_DIFFS: usize = 5;
/// CPython names the main script by its absolute path; `regenerate.py` stores the canonical path
/// of `tests/cases/` followed by `/` as this placeholder, and ophis's output is rewritten the same way.
const DIR_PLACEHOLDER: &[u8] = b"{DIR}/";

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases")
}

fn known_failures_path() -> PathBuf {
    cases_root().join("known_failures.txt")
}

/// Every case as `<area>/<name>`, sorted: `<area>/<name>.py` files whose area and name do not
/// start with `_` or `.` (those, and everything deeper, are helper modules).
fn discover(root: &Path) -> Vec<String> {
    let mut cases = Vec::new();
    let Ok(areas) = std::fs::read_dir(root) else { return cases };
    for area in areas.flatten() {
        let area_name = area.file_name().to_string_lossy().into_owned();
        if area_name.starts_with(['_', '.']) || !area.path().is_dir() {
            continue;
        }
        let Ok(files) = std::fs::read_dir(area.path()) else { continue };
        for file in files.flatten() {
            let file_name = file.file_name().to_string_lossy().into_owned();
            if let Some(stem) = file_name.strip_suffix(".py")
                && !stem.starts_with(['_', '.'])
                && file.path().is_file()
            {
                cases.push(format!("{area_name}/{stem}"));
            }
        }
    }
    cases.sort();
    cases
}

fn read_known_failures() -> BTreeSet<String> {
    std::fs::read_to_string(known_failures_path())
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// What the reference produced for one case.
struct Expected {
    stdout: Vec<u8>,
    exit_code: i32,
    /// `None`: the reference wrote nothing on stderr, so ophis must not either.
    stderr: Option<Vec<u8>>,
}

fn load_expected(root: &Path, case: &str) -> Result<Expected, String> {
    let base = root.join(case);
    let with_ext = |ext: &str| PathBuf::from(format!("{}.{ext}", base.display()));
    let stdout = std::fs::read(with_ext("out"))
        .map_err(|e| format!("no expected stdout ({e}); run tests/cases/regenerate.py {case}"))?;
    let exit_code = match std::fs::read_to_string(with_ext("exit")) {
        Ok(text) => text.trim().parse().map_err(|_| format!("{case}.exit does not hold an integer"))?,
        Err(_) => 0,
    };
    let stderr = std::fs::read(with_ext("err")).ok();
    Ok(Expected { stdout, exit_code, stderr })
}

/// What ophis did.
struct Actual {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: ExitStatus,
}

fn spawn_reader(stream: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buffer = Vec::new();
        if let Some(mut stream) = stream {
            // A read error leaves what was read so far, which the comparison then reports.
            let _ = stream.read_to_end(&mut buffer);
        }
        buffer
    })
}

/// Waits for `child` up to `TIMEOUT`; `None` when it had to be killed.
fn wait_with_timeout(child: &mut Child) -> Option<ExitStatus> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if start.elapsed() < TIMEOUT => {
                thread::sleep(pause);
                // Most cases end within milliseconds; poll fast at first, then back off.
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

/// Runs `ophis <case>.py` with cwd `tests/cases` and the reference run's environment.
fn run_ophis(root: &Path, case: &str) -> Result<Actual, String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.arg(format!("{case}.py")).current_dir(root);
    for (key, _) in std::env::vars_os() {
        let key_text = key.to_string_lossy();
        if key_text.starts_with("PYTHON") || key_text == "NO_COLOR" || key_text == "FORCE_COLOR" {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0").env("PYTHONIOENCODING", "utf-8").env("PYTHONDONTWRITEBYTECODE", "1");
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("cannot start ophis: {e}"))?;
    let stdout = spawn_reader(child.stdout.take());
    let stderr = spawn_reader(child.stderr.take());
    let status = wait_with_timeout(&mut child);
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    match status {
        Some(status) => Ok(Actual { stdout, stderr, status }),
        None => Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs())),
    }
}

/// Replaces every occurrence of `from` in `haystack` with `to`.
fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// A short, readable account of how two outputs differ: the first differing line with a little
/// context before it.
fn describe_difference(stream: &str, expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let mut text =
        format!("  {stream} differs at line {} ({} lines expected, {} produced):\n", first + 1, e.len(), a.len());
    for line in &e[first.saturating_sub(2)..first] {
        text.push_str(&format!("      {}\n", clip(line)));
    }
    text.push_str(&format!("    - {}\n", e.get(first).map_or("<end of output>".to_string(), |l| clip(l))));
    text.push_str(&format!("    + {}\n", a.get(first).map_or("<end of output>".to_string(), |l| clip(l))));
    text
}

fn clip(line: &str) -> String {
    let line = line.strip_suffix('\n').map_or(format!("{line:?} (no newline)"), |l| l.to_string());
    if line.chars().count() > 160 { line.chars().take(160).collect::<String>() + "…" } else { line }
}

/// Marks a failure that is a crash (panic, abort, signal, timeout).
const CRASH: &str = "CRASH: ";

/// Runs one case; `Err` says how it differs from the reference.
fn check_case(root: &Path, dir_prefix: &[u8], case: &str) -> Result<(), String> {
    let expected = load_expected(root, case)?;
    let actual = run_ophis(root, case).map_err(|e| format!("{CRASH}{e}"))?;
    // A crash is never an acceptable failure, known or not: user code must get Python
    // exceptions, not a Rust panic, an abort or a hang.
    let stderr_text = String::from_utf8_lossy(&actual.stderr);
    if actual.status.code().is_none() || actual.status.code() == Some(101) || stderr_text.contains("panicked at") || stderr_text.contains("fatal runtime error") {
        return Err(format!("{CRASH}status {:?}\n{}", actual.status, stderr_text.lines().take(5).collect::<Vec<_>>().join("\n")));
    }
    let stdout = replace_bytes(&actual.stdout, dir_prefix, DIR_PLACEHOLDER);
    let stderr = replace_bytes(&actual.stderr, dir_prefix, DIR_PLACEHOLDER);
    let mut problems = String::new();
    match actual.status.code() {
        Some(code) if code == expected.exit_code => {}
        Some(code) => problems.push_str(&format!("  exit status {code}, expected {}\n", expected.exit_code)),
        None => problems.push_str(&format!(
            "  killed by a signal ({:?}), expected exit status {}\n",
            actual.status, expected.exit_code
        )),
    }
    if stdout != expected.stdout {
        problems.push_str(&describe_difference("stdout", &expected.stdout, &stdout));
    }
    let expected_stderr = expected.stderr.as_deref().unwrap_or(b"");
    if stderr != expected_stderr {
        problems.push_str(&describe_difference("stderr", expected_stderr, &stderr));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// The cases selected by `OPHIS_CASES` (all when unset).
fn selected(all: Vec<String>) -> (Vec<String>, bool) {
    match std::env::var("OPHIS_CASES") {
        Ok(filter) if !filter.trim().is_empty() => {
            let prefixes: Vec<&str> = filter.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
            (all.into_iter().filter(|c| prefixes.iter().any(|p| c.starts_with(p))).collect(), true)
        }
        _ => (all, false),
    }
}

fn write_known_failures(failing: &BTreeSet<String>) {
    let mut text = String::from(
        "# Conformance cases (tests/cases/<area>/<name>) that ophis does not pass yet.\n\
         # repl/tests/conformance.rs fails when a case not listed here fails, and when a listed case passes.\n\
         # Regenerate from the actual results with:\n\
         #   OPHIS_UPDATE_KNOWN_FAILURES=1 cargo test -p ophis --test conformance\n",
    );
    for case in failing {
        text.push_str(case);
        text.push('\n');
    }
    std::fs::write(known_failures_path(), text).expect("write known_failures.txt");
}

#[test]
fn conformance_cases_match_cpython() {
    let root = cases_root();
    let canonical = std::fs::canonicalize(&root).expect("tests/cases exists");
    let mut dir_prefix = canonical.to_string_lossy().into_owned().into_bytes();
    dir_prefix.push(b'/');
    let (cases, filtered) = selected(discover(&root));
    assert!(!cases.is_empty(), "no conformance cases selected under {}", root.display());
    let known = read_known_failures();

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Result<(), String>)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(case) = cases.get(i) else { break };
                    let outcome = check_case(&root, &dir_prefix, case);
                    results.lock().expect("results lock").push((case.clone(), outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("results lock");
    results.sort_by(|a, b| a.0.cmp(&b.0));

    let failing: BTreeSet<String> = results.iter().filter(|(_, r)| r.is_err()).map(|(c, _)| c.clone()).collect();
    let passed = results.len() - failing.len();
    println!("conformance: {passed} of {} cases pass ({} listed as known failures)", results.len(), known.len());

    if std::env::var_os("OPHIS_UPDATE_KNOWN_FAILURES").is_some_and(|v| v != "0") {
        assert!(!filtered, "OPHIS_UPDATE_KNOWN_FAILURES needs the whole suite: unset OPHIS_CASES");
        write_known_failures(&failing);
        println!("conformance: wrote {} entries to {}", failing.len(), known_failures_path().display());
        return;
    }

    let verbose = std::env::var_os("OPHIS_CASES_VERBOSE").is_some_and(|v| v != "0");
    let unexpected: Vec<&(String, Result<(), String>)> =
        results.iter().filter(|(c, r)| r.is_err() && !known.contains(c)).collect();
    let stale: Vec<&String> = results.iter().filter(|(c, r)| r.is_ok() && known.contains(c)).map(|(c, _)| c).collect();
    let all_cases: BTreeSet<String> = if filtered { BTreeSet::new() } else { cases.iter().cloned().collect() };
    let unknown: Vec<&String> =
        if filtered { Vec::new() } else { known.iter().filter(|k| !all_cases.contains(*k)).collect() };

    if verbose {
        for (case, result) in &results {
            if let Err(diff) = result {
                println!("{case}{}:\n{diff}", if known.contains(case) { " (known failure)" } else { "" });
            }
        }
    }

    let mut report = String::new();
    let crashes: Vec<&(String, Result<(), String>)> =
        results.iter().filter(|(_, r)| r.as_ref().is_err_and(|e| e.starts_with(CRASH))).collect();
    if !crashes.is_empty() {
        report.push_str(&format!("{} case(s) crash ophis (never acceptable, even when listed as known failures):\n", crashes.len()));
        for (case, result) in &crashes {
            report.push_str(&format!("  {case}: {}\n", result.as_ref().err().map(|e| e.lines().next().unwrap_or("")).unwrap_or("")));
        }
    }
    if !unexpected.is_empty() {
        report
            .push_str(&format!("{} case(s) fail that are not in tests/cases/known_failures.txt:\n", unexpected.len()));
        for (case, _) in &unexpected {
            report.push_str(&format!("  {case}\n"));
        }
        for (case, result) in unexpected.iter().take(SHOWN_DIFFS) {
            if let Err(diff) = result {
                report.push_str(&format!("{case}:\n{diff}"));
            }
        }
    }
    if !stale.is_empty() {
        report.push_str(&format!(
            "{} case(s) now pass: remove them from tests/cases/known_failures.txt \
             (or rewrite it with OPHIS_UPDATE_KNOWN_FAILURES=1):\n",
            stale.len()
        ));
        for case in &stale {
            report.push_str(&format!("  {case}\n"));
        }
    }
    if !unknown.is_empty() {
        report.push_str("tests/cases/known_failures.txt names cases that do not exist:\n");
        for case in &unknown {
            report.push_str(&format!("  {case}\n"));
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// Every case carries the reference's results, and the suite is as large as it promises.
#[test]
fn every_case_has_expected_results() {
    let root = cases_root();
    let cases = discover(&root);
    assert!(cases.len() >= 450, "only {} conformance cases found", cases.len());
    let missing: Vec<String> = cases.iter().filter(|c| load_expected(&root, c).is_err()).cloned().collect();
    assert!(missing.is_empty(), "cases without expected results (run tests/cases/regenerate.py): {missing:?}");
}

/// Helper modules (`_*.py`, anything in a subdirectory of an area) are not cases, and the
/// `{DIR}/` rewriting replaces every occurrence of the directory prefix.
#[test]
fn helpers_are_not_cases_and_paths_are_rewritten() {
    let cases = discover(&cases_root());
    assert!(cases.iter().any(|c| c == "imports/absolute_import"));
    assert!(!cases.iter().any(|c| c.contains("/_") || c.matches('/').count() != 1), "helper listed as a case");
    assert!(std::fs::metadata(cases_root().join("imports/_helper_mod.py")).is_ok());
    assert!(std::fs::metadata(cases_root().join("imports/pkg/__init__.py")).is_ok());
    let rewritten = replace_bytes(b"File \"/x/cases/a.py\" and /x/cases/b", b"/x/cases/", DIR_PLACEHOLDER);
    assert_eq!(rewritten, b"File \"{DIR}/a.py\" and {DIR}/b".to_vec());
}
