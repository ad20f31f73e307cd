//! The threading cases (`tests/cases/threads/`) under `-X gil=1`: with the optional global lock,
//! programs give the same results as in the default free-threaded mode (the expected stdout is
//! what CPython 3.14 printed), and nothing deadlocks — each run has a deadline.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 15 });

#[test]
fn threading_cases_give_the_same_results_with_the_gil() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    let mut failures = Vec::new();
    let mut cases: Vec<_> = std::fs::read_dir(dir.join("threads"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    for case in &cases {
        let expected = std::fs::read(dir.join("threads").join(case.replace(".py", ".out"))).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_ophis"))
            .args(["-X", "gil=1"])
            .arg(format!("threads/{case}"))
            .current_dir(&dir)
            .env("PYTHONHASHSEED", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run ophis");
        let mut stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stdout.read_to_end(&mut out);
            out
        });
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            if start.elapsed() > TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let out = reader.join().unwrap();
        match status {
            None => failures.push(format!("{case}: timed out (deadlock?)")),
            Some(s) if !s.success() => failures.push(format!("{case}: exit status {s:?}")),
            Some(_) if out != expected => failures.push(format!(
                "{case}: stdout differs\n--- expected\n{}\n--- got\n{}",
                String::from_utf8_lossy(&expected),
                String::from_utf8_lossy(&out)
            )),
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
