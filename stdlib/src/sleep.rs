//! `time.sleep` that Ctrl-C interrupts with KeyboardInterrupt, as in CPython.
//!
//! The VM installs no SIGINT handler (outside a sleep, Ctrl-C keeps its default action and
//! ends the process). While at least one thread sleeps, a handler that only sets a flag is
//! installed; sleepers wait in short slices and raise KeyboardInterrupt when it is set. The
//! previous disposition is restored when the last sleeper wakes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use ophis_vm::{PyErr, PyResult};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

struct Installed {
    sleepers: usize,
    previous: Option<libc::sigaction>,
}

static STATE: Mutex<Installed> = Mutex::new(Installed { sleepers: 0, previous: None });

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

fn enter() {
    let mut state = STATE.lock();
    if state.sleepers == 0 {
        INTERRUPTED.store(false, Ordering::SeqCst);
        // SAFETY: sigaction with a handler that only stores to an atomic (async-signal-safe);
        // `old` receives the disposition to restore.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
            libc::sigemptyset(&mut action.sa_mask);
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(libc::SIGINT, &action, &mut old) == 0 {
                state.previous = Some(old);
            }
        }
    }
    state.sleepers += 1;
}

fn leave() {
    let mut state = STATE.lock();
    state.sleepers -= 1;
    if state.sleepers == 0 {
        if let Some(old) = state.previous.take() {
            // SAFETY: restores the disposition saved by `enter`.
            unsafe { libc::sigaction(libc::SIGINT, &old, std::ptr::null_mut()) };
        }
    }
}

/// Sleeps for `duration`; Err(KeyboardInterrupt) if Ctrl-C arrives meanwhile.
pub fn sleep(duration: Duration) -> PyResult<()> {
    if duration.is_zero() {
        std::thread::yield_now();
        return Ok(());
    }
    enter();
    let deadline = Instant::now() + duration;
    let mut result = Ok(());
    loop {
        if INTERRUPTED.load(Ordering::SeqCst) {
            result = Err(PyErr::with_args("KeyboardInterrupt", Vec::new()));
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(20)));
    }
    leave();
    result
}
