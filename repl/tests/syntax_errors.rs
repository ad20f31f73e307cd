//! `ophis` on files with a syntax error prints exactly what CPython 3.14 prints on stderr and
//! exits with status 1.
//!
//! Cases: `tests/cli/syntax_errors/` (see `tests/cli/regenerate.py`, which produces every
//! `.stderr` from the reference interpreter). Cases listed in
//! `tests/cli/syntax_errors/known_failures.txt` differ for reasons outside the renderer (the
//! parser's message or location); they may fail, and must fail: a listed case that passes makes
//! this test fail, so the list stays true.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cli/syntax_errors")
}

#[derive(Clone, Copy, Debug)]
enum Mode {
    File,
    Command,
    Stdin,
    ForceColor,
}

/// Runs `ophis` on a case the way `regenerate.py` runs the reference: (status, stderr).
fn run(dir: &Path, name: &str, mode: Mode) -> (Option<i32>, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.current_dir(dir);
    for (key, _) in std::env::vars_os() {
        let key_text = key.to_string_lossy();
        if key_text.starts_with("PYTHON") || key_text == "NO_COLOR" || key_text == "FORCE_COLOR" {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONUTF8", "1");
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    match mode {
        Mode::File => {
            cmd.arg(name).stdin(Stdio::null());
        }
        Mode::ForceColor => {
            cmd.arg(name).env("FORCE_COLOR", "1").stdin(Stdio::null());
        }
        Mode::Command => {
            let code = std::fs::read_to_string(dir.join(name)).expect("command case is UTF-8");
            cmd.arg("-c").arg(code).stdin(Stdio::null());
        }
        Mode::Stdin => {
            let file = std::fs::File::open(dir.join(name)).expect("open case");
            cmd.arg("-").stdin(file);
        }
    }
    let out = cmd.output().expect("run ophis");
    let real = std::fs::canonicalize(dir).expect("canonical case directory");
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", real.display()), "{DIR}/");
    (out.status.code(), stderr)
}

fn known_failures() -> BTreeSet<String> {
    let text = std::fs::read_to_string(cases_dir().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn syntax_errors_print_cpythons_text() {
    let root = cases_dir();
    let known = known_failures();
    let mut failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut seen = BTreeSet::new();
    let mut count = 0;
    for (sub, mode) in [("", Mode::File), ("command", Mode::Command), ("stdin", Mode::Stdin), ("force_color", Mode::ForceColor)] {
        let dir = if sub.is_empty() { root.clone() } else { root.join(sub) };
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("case directory")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".py"))
            .collect();
        names.sort();
        for name in names {
            count += 1;
            let label = if sub.is_empty() { name.clone() } else { format!("{sub}/{name}") };
            seen.insert(label.clone());
            let expected_path = dir.join(format!("{}.stderr", name.trim_end_matches(".py")));
            let expected = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{} is missing: run tests/cli/regenerate.py", expected_path.display()));
            let (status, stderr) = run(&dir, &name, mode);
            let ok = status == Some(1) && stderr == expected;
            match (ok, known.contains(&label)) {
                (true, true) => unexpected_passes.push(label),
                (false, false) => failures.push(format!(
                    "--- {label}: status {status:?}\n--- expected (CPython 3.14)\n{expected}--- got\n{stderr}"
                )),
                _ => {}
            }
        }
    }
    let stale: Vec<&String> = known.iter().filter(|k| !seen.contains(*k)).collect();
    assert!(count > 0, "no cases found in {}", root.display());
    let mut report = String::new();
    if !failures.is_empty() {
        report.push_str(&format!("{} case(s) differ from CPython 3.14:\n{}\n", failures.len(), failures.join("\n")));
    }
    if !unexpected_passes.is_empty() {
        report.push_str(&format!(
            "listed in known_failures.txt but now pass (remove them from the list): {unexpected_passes:?}\n"
        ));
    }
    if !stale.is_empty() {
        report.push_str(&format!("known_failures.txt lists cases that do not exist: {stale:?}\n"));
    }
    assert!(report.is_empty(), "{report}");
}
