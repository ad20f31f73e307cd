//! End-to-end tests of the interactive REPL: the real `ophis` binary on a pseudo-terminal,
//! driven as a person would (typing lines, Tab, Ctrl-C, Ctrl-D, the Up arrow). Every wait
//! has a deadline; no assertion depends on timing.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(30);

/// A running REPL on a pseudo-terminal.
struct Repl {
    master: File,
    output: Arc<Mutex<Vec<u8>>>,
    child: Child,
    /// How much of the cleaned output `expect` has consumed.
    seen: usize,
}

/// The output without escape sequences and carriage returns.
fn clean(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    while let Some(&n) = chars.peek() {
                        chars.next();
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ophis-repl-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Repl {
    /// Starts `ophis ARGS` with HOME in `home`, colours off unless `colour`.
    fn start(args: &[&str], home: &std::path::Path, colour: bool) -> Repl {
        let mut master_fd = 0;
        let mut slave_fd = 0;
        let size = libc::winsize { ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty writes the two descriptors it opens.
        let rc = unsafe { libc::openpty(&mut master_fd, &mut slave_fd, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors were just opened and are owned here.
        let (master, slave) = unsafe { (File::from_raw_fd(master_fd), OwnedFd::from_raw_fd(slave_fd)) };
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
        cmd.args(args)
            .env_clear()
            .env("HOME", home)
            .env("TERM", "xterm")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        if !colour {
            cmd.env("NO_COLOR", "1");
        }
        // SAFETY: only async-signal-safe calls between fork and exec: a new session whose
        // controlling terminal is the pty (so Ctrl-C there sends SIGINT), SIGINT's default
        // disposition (the tests may run where it is ignored).
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY as _, 0);
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("run ophis");
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let mut answerer = master.try_clone().unwrap();
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let chunk = &buf[..n];
                        // Answer the editor's cursor-position query as a terminal does.
                        if chunk.windows(4).any(|w| w == b"\x1b[6n") {
                            let _ = answerer.write_all(b"\x1b[1;1R");
                        }
                        sink.lock().unwrap().extend_from_slice(chunk);
                    }
                }
            }
        });
        Repl { master, output, child, seen: 0 }
    }

    fn raw_output(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// Waits for `needle` in the output after what was already consumed; gives the text before
    /// it and consumes through it.
    fn expect(&mut self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let text = clean(&self.raw_output());
            if let Some(i) = text.get(self.seen..).and_then(|rest| rest.find(needle)) {
                let before = text[self.seen..self.seen + i].to_string();
                self.seen += i + needle.len();
                return before;
            }
            if start.elapsed() > DEADLINE {
                let _ = self.child.kill();
                panic!("no {needle:?} in the output after {:?}:\n{}", DEADLINE, &text[self.seen.min(text.len())..]);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Types a line and waits for the next primary prompt; gives what was printed in between
    /// (the echoed line included).
    fn run_line(&mut self, line: &str) -> String {
        self.send(&format!("{line}\r"));
        self.expect(">>> ")
    }

    /// Types a one-line compound statement and the empty line that ends it; waits for the
    /// next primary prompt.
    fn run_block_line(&mut self, line: &str) {
        self.send(&format!("{line}\r"));
        self.expect("... ");
        self.send("\r");
        self.expect(">>> ");
    }

    fn wait(mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > DEADLINE {
                let _ = self.child.kill();
                panic!("ophis did not exit:\n{}", clean(&self.raw_output()));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Repl {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn banner_expression_echo_and_multi_line_block() {
    let home = temp_dir("block");
    let mut repl = Repl::start(&[], &home, false);
    let banner = repl.expect(">>> ");
    assert!(banner.contains("ophis ") && banner.contains("(Python 3.14 compatible)"), "{banner}");
    assert!(banner.contains("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."), "{banner}");
    assert_eq!(repl.run_line("1 + 2"), "1 + 2\n3\n");
    assert_eq!(repl.run_line("None"), "None\n");
    assert_eq!(repl.run_line("_ * 2"), "_ * 2\n6\n");
    // A block: the continuation prompt, the automatic indentation, an empty line to end it.
    repl.send("def f(x):\r");
    repl.expect("... ");
    repl.send("return x * 2\r");
    repl.expect("... ");
    repl.send("\r");
    repl.expect(">>> ");
    assert_eq!(repl.run_line("f(21)"), "f(21)\n42\n");
    // `-q` is not given: sys.ps1 is set, and changing it changes the prompt.
    repl.send("import sys; sys.ps1 = 'py> '\r");
    repl.expect("py> ");
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn errors_are_reported_and_the_repl_goes_on() {
    let home = temp_dir("errors");
    let mut repl = Repl::start(&["-q"], &home, false);
    let banner = repl.expect(">>> ");
    assert!(!banner.contains("ophis"), "-q prints no banner: {banner}");
    let out = repl.run_line("x = = 1");
    assert!(out.contains("SyntaxError: invalid syntax"), "{out}");
    assert!(out.contains("<python-input-0>"), "{out}");
    let out = repl.run_line("1/0");
    assert!(out.contains("ZeroDivisionError: division by zero"), "{out}");
    assert!(out.contains("<python-input-1>"), "{out}");
    let out = repl.run_line("undefined_name");
    assert!(out.contains("NameError: name 'undefined_name' is not defined"), "{out}");
    assert_eq!(repl.run_line("6 * 7"), "6 * 7\n42\n");
    let out = repl.run_line("import sys; sys.last_exc");
    assert!(out.contains("NameError(\"name 'undefined_name' is not defined\")"), "{out}");
    repl.send("\x04");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn ctrl_c_cancels_input_and_interrupts_running_code() {
    let home = temp_dir("ctrlc");
    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    // At the prompt: the input is dropped.
    repl.send("abc\x03");
    let out = repl.expect(">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out}");
    // In a block.
    repl.send("for i in range(3):\r");
    repl.expect("... ");
    repl.send("\x03");
    let out = repl.expect(">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out}");
    // While code runs.
    repl.send("while True: pass\r");
    repl.expect("... ");
    repl.send("\r");
    // Ctrl-C only once the loop runs: the line has been taken (the terminal echoes it).
    std::thread::sleep(Duration::from_millis(300));
    repl.send("\x03");
    let out = repl.expect(">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out}");
    assert_eq!(repl.run_line("'still here'"), "'still here'\n'still here'\n");
    repl.send("quit\r");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn exit_statuses() {
    for (line, status) in [("exit", 0), ("quit", 0), ("exit(3)", 3), ("import sys; sys.exit(5)", 5), ("raise SystemExit('bye')", 1)] {
        let home = temp_dir("exit");
        let mut repl = Repl::start(&["-q"], &home, false);
        repl.expect(">>> ");
        repl.send(&format!("{line}\r"));
        assert_eq!(repl.wait().code(), Some(status), "{line}");
    }
    // A name the program defined shadows the command.
    let home = temp_dir("exit-shadowed");
    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    repl.run_line("exit = 'mine'");
    assert_eq!(repl.run_line("exit"), "exit\n'mine'\n");
    repl.send("\x04");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn tab_completes_attributes_names_and_modules() {
    let home = temp_dir("complete");
    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    repl.run_line("import math");
    repl.send("math.sqr\t");
    repl.expect("math.sqrt");
    let out = repl.run_line("(16)");
    assert!(out.ends_with("4.0\n"), "{out}");
    repl.run_block_line("class Box: pass");
    repl.run_line("Box.contents_here = 5");
    repl.send("Box.cont\t");
    repl.expect("Box.contents_here");
    let out = repl.run_line("");
    assert!(out.ends_with("5\n"), "{out}");
    repl.send("import jso\t");
    repl.expect("import json");
    repl.run_line("");
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn history_recalls_a_block_across_runs() {
    let home = temp_dir("history");
    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    repl.send("def g():\r");
    repl.expect("... ");
    repl.send("return 'from' + ' history'\r");
    repl.expect("... ");
    repl.send("\r");
    repl.expect(">>> ");
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));
    let history = std::fs::read_to_string(home.join(".ophis_history")).unwrap();
    assert!(history.contains("def g():\\n    return 'from' + ' history'"), "{history:?}");

    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    // Up brings the whole block back; Enter adds the empty line that ends it, Enter runs it.
    repl.send("\x1b[A");
    repl.expect("return 'from' + ' history'");
    repl.send("\r");
    repl.send("\r");
    repl.send("g()\r");
    repl.expect("'from history'\n");
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn colours_at_a_terminal_and_none_with_no_color() {
    let home = temp_dir("colour");
    let mut repl = Repl::start(&["-q"], &home, true);
    repl.expect(">>> ");
    repl.run_block_line("def h(): return len('x')");
    let raw = String::from_utf8_lossy(&repl.raw_output()).into_owned();
    assert!(raw.contains("\x1b[1;35m>>> "), "coloured prompt: {raw:?}");
    assert!(raw.contains("\x1b[1;34mdef\x1b[0m"), "keyword: {raw:?}");
    assert!(raw.contains("\x1b[36mlen\x1b[0m"), "builtin: {raw:?}");
    assert!(raw.contains("\x1b[32m'x'\x1b[0m"), "string: {raw:?}");
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));

    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    repl.run_block_line("def h(): return len('x')");
    let out = repl.run_line("1/0");
    assert!(out.contains("ZeroDivisionError"), "{out}");
    let raw = String::from_utf8_lossy(&repl.raw_output()).into_owned();
    for sgr in ["\x1b[1;35m", "\x1b[1;34m", "\x1b[36m", "\x1b[32m", "\x1b[31m"] {
        assert!(!raw.contains(sgr), "{sgr:?} with NO_COLOR: {raw:?}");
    }
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn inspect_after_a_script() {
    let home = temp_dir("inspect");
    let script = home.join("script.py");
    std::fs::write(&script, "x = 41\nprint('ran')\n").unwrap();
    let mut repl = Repl::start(&["-i", script.to_str().unwrap()], &home, false);
    let out = repl.expect(">>> ");
    assert_eq!(out, "ran\n", "no banner after a script");
    assert_eq!(repl.run_line("x + 1"), "x + 1\n42\n");
    repl.send("exit(2)\r");
    assert_eq!(repl.wait().code(), Some(2));

    // A script that raises: its traceback, then the REPL in its namespace.
    std::fs::write(&script, "y = 'kept'\n1/0\n").unwrap();
    let mut repl = Repl::start(&["-i", script.to_str().unwrap()], &home, false);
    let out = repl.expect(">>> ");
    assert!(out.contains("ZeroDivisionError: division by zero"), "{out}");
    assert_eq!(repl.run_line("y"), "y\n'kept'\n");
    repl.send("\x04");
    assert_eq!(repl.wait().code(), Some(0));
}

#[test]
fn pasted_block_runs_as_pasted() {
    let home = temp_dir("paste");
    let mut repl = Repl::start(&["-q"], &home, false);
    repl.expect(">>> ");
    // Bracketed paste: the terminal wraps the pasted text in ESC[200~ ... ESC[201~.
    repl.send("\x1b[200~def k():\n    return 40 + 1\n\nk() + 1\n\x1b[201~");
    repl.send("\r");
    repl.expect("\n42\n");
    // Only the last statement's value is shown, as in CPython. Several statements without a
    // final newline wait for an empty line (as CPython's REPL does).
    repl.send("\x1b[200~100 + 1\n200 + 2\x1b[201~\r\r");
    repl.expect("\n202\n");
    repl.expect(">>> ");
    let out = repl.run_line("'end'");
    assert!(out.contains("'end'\n") && !out.contains("101"), "{out:?}");
    repl.send("exit\r");
    assert_eq!(repl.wait().code(), Some(0));
}
