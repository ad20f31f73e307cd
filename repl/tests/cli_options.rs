//! Interpreter options that change the environment a program sees: `-I` (isolation: no
//! script directory on `sys.path`, PYTHONPATH ignored), `-P`, `-E`, `-X`, `-O`, clustered
//! options and usage errors. Every expected text below is what CPython 3.14 printed for the same
//! command (with its standard-library entries left out of `sys.path`).

use std::process::{Command, Stdio};

fn run(args: &[&str], pythonpath: Option<&str>) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&key);
        }
    }
    if let Some(p) = pythonpath {
        cmd.env("PYTHONPATH", p);
    }
    cmd.args(args).stdin(Stdio::null());
    let out = cmd.output().expect("run ophis");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A script in a fresh directory that prints what isolation changes.
fn script() -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("ophis-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dir = dir.canonicalize().unwrap();
    let file = dir.join("show.py");
    std::fs::write(
        &file,
        "import sys\nprint([p for p in sys.path if 'ophis-ref' not in p and 'python3' not in p])\n\
         f = sys.flags\nprint(f.isolated, f.safe_path, f.ignore_environment, f.no_user_site, f.optimize)\n\
         print(sys._xoptions)\n",
    )
    .unwrap();
    (dir, file.display().to_string())
}

#[test]
fn isolation_and_safe_path() {
    let (dir, file) = script();
    let dir = dir.display().to_string();
    let (status, stdout, _) = run(&[&file], Some("/nonexistent-pp"));
    assert_eq!(status, Some(0));
    assert_eq!(stdout, format!("['{dir}', '/nonexistent-pp']\n0 False 0 0 0\n{{}}\n"));
    let (_, stdout, _) = run(&["-I", &file], Some("/nonexistent-pp"));
    assert_eq!(stdout, "[]\n1 True 1 1 0\n{}\n");
    let (_, stdout, _) = run(&["-P", &file], Some("/nonexistent-pp"));
    assert_eq!(stdout, "['/nonexistent-pp']\n0 True 0 0 0\n{}\n");
    let (_, stdout, _) = run(&["-Es", "-Xdev", "-X", "int_max_str_digits=1000", &file], Some("/nonexistent-pp"));
    assert_eq!(stdout, format!("['{dir}']\n0 False 1 1 0\n{{'dev': True, 'int_max_str_digits': '1000'}}\n"));
}

#[test]
fn clustered_options_and_program_arguments() {
    let (status, stdout, _) = run(&["-uEc", "import sys; print(sys.argv, sys.flags.ignore_environment)", "-u", "x"], None);
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "['-c', '-u', 'x'] 1\n");
}

#[test]
fn usage_errors_exit_with_status_2() {
    for (args, first_line) in [
        (&["-z"][..], "Unknown option: -z"),
        (&["--foo"][..], "Unknown option: --foo"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["-E", "-X"][..], "Argument expected for the -X option"),
    ] {
        let (status, stdout, stderr) = run(args, None);
        assert_eq!(status, Some(2), "{args:?}");
        assert_eq!(stdout, "");
        assert_eq!(stderr.lines().next(), Some(first_line));
        assert!(stderr.lines().nth(1).is_some_and(|l| l.starts_with("usage: ")));
    }
}

#[test]
fn optimize_removes_asserts_debug_and_docstrings() {
    let dir = std::env::temp_dir().join(format!("ophis-cli-opt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("opt.py");
    std::fs::write(
        &file,
        "\"\"\"module doc\"\"\"\ndef f():\n    \"fdoc\"\n    return 1\nclass C:\n    \"cdoc\"\n\
         print(__doc__, f.__doc__, C.__doc__, __debug__)\ntry:\n    assert False, \"boom\"\n    print(\"no assert\")\n\
         except AssertionError as e:\n    print(\"assert\", e)\nif __debug__:\n    print(\"debug on\")\n\
         c = compile('assert False, 1\\nx=__debug__', 'f', 'exec', optimize=1); d={}; exec(c, d); print(d['x'])\n",
    )
    .unwrap();
    let file = file.display().to_string();
    let (_, stdout, _) = run(&[&file], None);
    assert_eq!(stdout, "module doc fdoc cdoc True\nassert boom\ndebug on\nFalse\n");
    let (_, stdout, _) = run(&["-O", &file], None);
    assert_eq!(stdout, "module doc fdoc cdoc False\nno assert\nFalse\n");
    let (_, stdout, _) = run(&["-OO", &file], None);
    assert_eq!(stdout, "None None None False\nno assert\nFalse\n");
}
