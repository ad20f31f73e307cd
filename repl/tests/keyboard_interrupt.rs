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

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let dir = std::env::temp_dir().join(format!("ophis-ki-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ki.py");
    std::fs::write(&file, PROGRAM).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.arg(&file).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // SAFETY: only async-signal-safe calls between fork and exec. The test may run where SIGINT
    // is ignored (a background job); the child must see the default disposition, as a program
    // started from a terminal does.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("run ophis");
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
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("ophis did not stop after the second SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
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
    let dir = std::env::temp_dir().join(format!("ophis-ki-wait-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("waits.py");
    std::fs::write(&file, BLOCKING_PROGRAM).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.arg(&file).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // SAFETY: only async-signal-safe calls between fork and exec (see above).
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("run ophis");
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
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("ophis did not exit with a daemon thread still blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(stderr, "");
    assert!(status.success(), "{status:?}");
}
