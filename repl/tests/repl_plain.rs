//! The REPL reading standard input that is not a terminal (`ophis -i -c pass < NAME.in`):
//! CPython's basic REPL. Expected stdout, stderr and exit status were recorded from CPython 3.14
//! by `repl_plain/regenerate.py`.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn basic_repl_matches_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl_plain");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".in").map(str::to_string))
        .collect();
    names.sort();
    assert!(names.len() >= 8, "the cases are missing");
    let mut failures = Vec::new();
    for name in &names {
        let input = std::fs::read(dir.join(format!("{name}.in"))).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_ophis"))
            .args(["-q", "-i", "-c", "pass"])
            .current_dir(&dir)
            .env_remove("PYTHONPATH")
            .env_remove("FORCE_COLOR")
            .env_remove("PYTHON_COLORS")
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run ophis");
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        let expected = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let status = format!("{}\n", out.status.code().unwrap_or(-1));
        for (what, got, want) in [("stdout", stdout.as_ref(), expected("stdout")), ("stderr", stderr.as_ref(), expected("stderr")), ("status", status.as_str(), expected("status"))] {
            if got != want {
                failures.push(format!("{name} {what}:\n--- expected\n{want}\n--- got\n{got}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
