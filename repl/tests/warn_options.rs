//! `-W` options and `PYTHONWARNINGS`: `sys.warnoptions`, the filters they install, invalid
//! options reported and ignored, `-E`, and a SyntaxWarning made an error. (The conformance
//! harness runs cases without options, so these run here.) Every expected text below is what
//! CPython 3.14 printed for the same command.

use std::process::{Command, Stdio};

/// Runs `ophis ARGS` with `PYTHONWARNINGS` set to `env` (or unset): (status, stdout, stderr).
fn run(args: &[&str], env: Option<&str>) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    for (key, _) in std::env::vars_os() {
        let key_text = key.to_string_lossy();
        if key_text.starts_with("PYTHON") || key_text == "NO_COLOR" || key_text == "FORCE_COLOR" {
            cmd.env_remove(&key);
        }
    }
    if let Some(v) = env {
        cmd.env("PYTHONWARNINGS", v);
    }
    cmd.args(args).stdin(Stdio::null());
    let out = cmd.output().expect("run ophis");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

const BOOL_INVERT: &str = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

#[test]
fn invalid_options_are_reported_and_ignored() {
    let (status, stdout, stderr) = run(
        &["-W", "bogus", "-W", "error::NoSuch", "-Wonce", "-c", "import sys,warnings;print(sys.warnoptions);print(warnings.filters[0])"],
        None,
    );
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "['bogus', 'error::NoSuch', 'once']\n('once', None, <class 'Warning'>, None, 0)\n");
    assert_eq!(stderr, "Invalid -W option ignored: invalid action: 'bogus'\nInvalid -W option ignored: unknown warning category: 'NoSuch'\n");
}

#[test]
fn environment_then_command_line() {
    let (status, stdout, stderr) = run(
        &["-W", "always::DeprecationWarning", "-c", "import sys,warnings;print(sys.warnoptions);print(~True);warnings.warn(\"x\")"],
        Some("ignore,error::UserWarning"),
    );
    assert_eq!(status, Some(1));
    assert_eq!(stdout, "['ignore', 'error::UserWarning', 'always::DeprecationWarning']\n-2\n");
    let expected = format!(
        "<string>:1: DeprecationWarning: {BOOL_INVERT}\nTraceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n    import sys,warnings;print(sys.warnoptions);print(~True);warnings.warn(\"x\")\n                                                            ~~~~~~~~~~~~~^^^^^\nUserWarning: x\n"
    );
    assert_eq!(stderr, expected);
}

#[test]
fn ignore_environment() {
    let (status, stdout, stderr) = run(&["-E", "-c", "print(~True)"], Some("error"));
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "-2\n");
    assert_eq!(stderr, format!("<string>:1: DeprecationWarning: {BOOL_INVERT}\n"));
}

#[test]
fn syntax_warning_as_error_and_ignored() {
    let (status, stdout, stderr) = run(&["-W", "error", "-c", "x = 1\ny = x is 1"], None);
    assert_eq!(status, Some(1));
    assert_eq!(stdout, "");
    assert_eq!(stderr, "  File \"<string>\", line 2\nSyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n");

    let (status, stdout, stderr) = run(&["-W", "ignore::SyntaxWarning", "-c", "x = 1\ny = x is 1\nprint(\"ok\")"], None);
    assert_eq!((status, stdout.as_str(), stderr.as_str()), (Some(0), "ok\n", ""));
}

#[test]
fn missing_argument() {
    let (status, _, stderr) = run(&["-W"], None);
    assert_eq!(status, Some(2));
    assert!(stderr.starts_with("Argument expected for the -W option\n"), "{stderr}");
}
