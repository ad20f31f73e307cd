//! Ctrl-C: SIGINT raises KeyboardInterrupt in the main thread at the next backward jump (so a
//! busy loop is interruptible and `except KeyboardInterrupt` catches it); an uncaught one prints
//! CPython's traceback and ends the process by SIGINT. The expected text is what CPython 3.14
//! printed for the same program and signals.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROGRAM: &str = "print(\"start\", flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print(\"caught\", flush=True)\nn = 0\nwhile True:\n    n += 1\n";

fn send_sigint(pid: u32) {
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(pid as libc::pid_t, libc::SIGINT) };
}

/// Writes `program` to a temporary file and runs it with ophis, stdout and stderr piped, SIGINT
/// at its default disposition (the test itself may run where SIGINT is ignored, as a background
/// job; a program started from a terminal sees the default).
fn spawn_program(name: &str, program: &str) -> (std::process::Child, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("ophis-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.py"));
    std::fs::write(&file, program).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.arg(&file).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    (cmd.spawn().expect("run ophis"), file)
}

/// Waits up to 20 s for the child to end.
fn wait_for_exit(child: &mut std::process::Child, what: &str) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("{what}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let (mut child, file) = spawn_program("ki", PROGRAM);
    let pid = child.id();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "start\n");
    std::thread::sleep(Duration::from_millis(200));
    send_sigint(pid);
    line.clear();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "caught\n");
    std::thread::sleep(Duration::from_millis(200));
    send_sigint(pid);
    let status = wait_for_exit(&mut child, "ophis did not stop after the second SIGINT");
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let file = file.display();
    assert_eq!(stderr, format!("Traceback (most recent call last):\n  File \"{file}\", line 9, in <module>\n    n += 1\n    ^\nKeyboardInterrupt\n"));
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
}

/// Blocking waits of the main thread — a lock, a thread join, a sleep — end with
/// KeyboardInterrupt on Ctrl-C (CPython's behaviour), and a daemon thread still blocked at the
/// end does not keep the process alive.
const BLOCKING_PROGRAM: &str = "\
import threading, time
lock = threading.Lock()
lock.acquire()
print('start', flush=True)
try:
    lock.acquire()
except KeyboardInterrupt:
    print('lock interrupted', flush=True)
t = threading.Thread(target=threading.Event().wait, daemon=True)
t.start()
print('joining', flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print('join interrupted', flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print('sleep interrupted', flush=True)
";

#[test]
fn ctrl_c_interrupts_blocking_waits() {
    let (mut child, _file) = spawn_program("waits", BLOCKING_PROGRAM);
    let pid = child.id();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    for (before, after) in [("start\n", "lock interrupted\n"), ("joining\n", "join interrupted\n")] {
        line.clear();
        stdout.read_line(&mut line).unwrap();
        assert_eq!(line, before);
        std::thread::sleep(Duration::from_millis(200));
        send_sigint(pid);
        line.clear();
        stdout.read_line(&mut line).unwrap();
        assert_eq!(line, after);
    }
    std::thread::sleep(Duration::from_millis(200));
    send_sigint(pid);
    line.clear();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "sleep interrupted\n");
    let status = wait_for_exit(&mut child, "ophis did not exit with a daemon thread still blocked");
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(stderr, "");
    assert!(status.success(), "{status:?}");
}
