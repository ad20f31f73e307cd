//! Ctrl-C: the SIGINT handler of the `ophis` binary and the check that turns it into
//! KeyboardInterrupt. As in CPython, only the thread that installed the handler (the main
//! thread) raises it, at a safe point: the handler only sets a flag, and the dispatch loop looks
//! at the flag on backward jumps (so every loop can be interrupted) — one relaxed atomic load.
//! Embedders that do not call [`install_sigint_handler`] keep the process's own disposition.
//!
//! The flag is one bit of the *eval breaker*, the word the dispatch loop tests at its safe
//! points (backward jumps and Python calls); the other bit is the GIL-mode request to let
//! another thread run (see [`crate::gil`]).

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::exceptions::PyErr;

/// Bits: [`SIGINT_BIT`] (Ctrl-C pending), [`GIL_DROP_BIT`] (a thread waits for the GIL).
static BREAKER: AtomicU32 = AtomicU32::new(0);
const SIGINT_BIT: u32 = 1;
pub(crate) const GIL_DROP_BIT: u32 = 2;

/// Whether the dispatch loop has something to do at its next safe point (one relaxed load).
#[inline]
pub fn breaker_pending() -> bool {
    BREAKER.load(Ordering::Relaxed) != 0
}

pub(crate) fn set_breaker_bit(bit: u32) {
    BREAKER.fetch_or(bit, Ordering::Relaxed);
}

pub(crate) fn clear_breaker_bit(bit: u32) {
    BREAKER.fetch_and(!bit, Ordering::Relaxed);
}

pub(crate) fn breaker_bit(bit: u32) -> bool {
    BREAKER.load(Ordering::Relaxed) & bit != 0
}

/// What the dispatch loop does when [`breaker_pending`]: a KeyboardInterrupt to raise (main
/// thread, Ctrl-C pressed), after letting a waiting thread take the GIL if one asks.
pub fn handle_breaker() -> Option<PyErr> {
    crate::gil::yield_if_requested();
    take_interrupt()
}

thread_local! {
    /// Whether this thread raises KeyboardInterrupt for a pending Ctrl-C.
    static HANDLES_SIGNALS: Cell<bool> = const { Cell::new(false) };
}

extern "C" fn on_sigint(_: libc::c_int) {
    // A lock-free atomic read-modify-write: async-signal-safe.
    BREAKER.fetch_or(SIGINT_BIT, Ordering::Relaxed);
}

/// Installs the flag-setting SIGINT handler and makes the calling thread the one that raises
/// KeyboardInterrupt. As CPython, it leaves an ignored SIGINT ignored (a background job of a
/// non-interactive shell inherits SIG_IGN).
pub fn install_sigint_handler() {
    HANDLES_SIGNALS.with(|h| h.set(true));
    // SAFETY: querying the current disposition, then installing a handler that only stores to
    // an atomic, which is async-signal-safe.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut current) != 0 || current.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// A KeyboardInterrupt to raise now, if Ctrl-C was pressed and this thread handles it.
#[inline]
pub fn take_interrupt() -> Option<PyErr> {
    if BREAKER.load(Ordering::Relaxed) & SIGINT_BIT == 0 {
        return None;
    }
    if !HANDLES_SIGNALS.with(|h| h.get()) || BREAKER.fetch_and(!SIGINT_BIT, Ordering::Relaxed) & SIGINT_BIT == 0 {
        return None;
    }
    Some(PyErr::with_args("KeyboardInterrupt", Vec::new()))
}

/// Ends the process the way an unhandled SIGINT does (what CPython does after printing an
/// uncaught KeyboardInterrupt), so the parent sees "killed by SIGINT"; exit status 130 if the
/// signal does not end it.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default disposition and raising the signal at ourselves.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = libc::SIG_DFL;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}

/// Whether Ctrl-C raises KeyboardInterrupt on the calling thread (it is the main thread of a
/// process whose SIGINT handler ophis installed). Blocking waits on such a thread wake up
/// periodically to look at the flag.
pub fn handles_signals() -> bool {
    HANDLES_SIGNALS.with(|h| h.get())
}

/// How often an interruptible wait looks at the Ctrl-C flag.
pub const INTERRUPT_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// Sleeps for `duration`; on the thread that handles signals, Ctrl-C ends the sleep with
/// KeyboardInterrupt (CPython's `time.sleep`).
pub fn sleep(duration: std::time::Duration) -> Result<(), PyErr> {
    if duration.is_zero() {
        crate::gil::allow_threads(std::thread::yield_now);
        return Ok(());
    }
    if !handles_signals() {
        crate::gil::allow_threads(|| std::thread::sleep(duration));
        return Ok(());
    }
    let start = std::time::Instant::now();
    loop {
        if let Some(e) = take_interrupt() {
            return Err(e);
        }
        let elapsed = start.elapsed();
        if elapsed >= duration {
            return Ok(());
        }
        crate::gil::allow_threads(|| std::thread::sleep((duration - elapsed).min(INTERRUPT_POLL)));
    }
}

/// `_thread.interrupt_main()`: marks a Ctrl-C as pending, as the signal handler would.
pub fn simulate_sigint() {
    BREAKER.fetch_or(SIGINT_BIT, Ordering::Relaxed);
}
