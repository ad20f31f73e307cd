//! Uncaught-exception tracebacks in colour: `FORCE_COLOR=1 ophis NAME.py` prints exactly what
//! CPython 3.14 prints on stderr (file names, line numbers and frame names in magenta, the failing
//! range in red, the exception type and message coloured) and exits with status 1.
//!
//! Cases: `tests/cli/tracebacks/` (and `command/`, run as `ophis -c "$(cat NAME.py)"`);
//! `tests/cli/regenerate_tracebacks.py` produces every `.stderr` from the reference interpreter.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cli/tracebacks")
}

#[test]
fn coloured_tracebacks_match_cpython() {
    let dir = cases_dir();
    let real = std::fs::canonicalize(&dir).expect("canonical case directory");
    let list = |d: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .expect("case directory")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.ends_with(".py"))
            .collect();
        names.sort();
        names
    };
    let command_dir = dir.join("command");
    let mut cases: Vec<(PathBuf, String, bool)> = list(&dir).into_iter().map(|n| (dir.clone(), n, false)).collect();
    cases.extend(list(&command_dir).into_iter().map(|n| (command_dir.clone(), n, true)));
    assert!(cases.len() >= 2, "no cases in {}", dir.display());
    let mut failures = Vec::new();
    for (case_dir, name, command) in &cases {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
        cmd.current_dir(case_dir);
        for (key, _) in std::env::vars_os() {
            let key_text = key.to_string_lossy();
            if key_text.starts_with("PYTHON") || key_text == "NO_COLOR" || key_text == "FORCE_COLOR" {
                cmd.env_remove(&key);
            }
        }
        cmd.env("FORCE_COLOR", "1").env("PYTHONUTF8", "1");
        if *command {
            cmd.arg("-c").arg(std::fs::read_to_string(case_dir.join(name)).expect("command case"));
        } else {
            cmd.arg(name);
        }
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
        let out = cmd.output().expect("run ophis");
        let stderr = String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", real.display()), "{DIR}/");
        let expected = std::fs::read_to_string(case_dir.join(name.replace(".py", ".stderr"))).expect("expected stderr");
        if out.status.code() != Some(1) {
            failures.push(format!("{name}: exit status {:?}, expected 1", out.status.code()));
        } else if stderr != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{stderr}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
