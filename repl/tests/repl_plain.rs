//! The REPL reading standard input that is not a terminal (`ophis -i -c pass < NAME.in`, or the
//! arguments in NAME.args): CPython's basic REPL, `-i` after a script, `PYTHONSTARTUP`. Expected stdout, stderr and exit status were recorded from CPython 3.14
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
        let lines = |ext: &str| -> Option<Vec<String>> {
            let text = std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).ok()?;
            Some(text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect())
        };
        let args = lines("args").unwrap_or_else(|| ["-q", "-i", "-c", "pass"].map(String::from).to_vec());
        let mut command = Command::new(env!("CARGO_BIN_EXE_ophis"));
        for assignment in lines("env").unwrap_or_default() {
            let (key, value) = assignment.split_once('=').expect("NAME=VALUE");
            command.env(key, value);
        }
        let mut child = command
            .args(&args)
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
        // The recorded outputs name this directory {DIR}.
        let dir_text = dir.canonicalize().unwrap().display().to_string();
        let expected = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).unwrap().replace("{DIR}", &dir_text);
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
