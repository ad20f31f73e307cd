//! The optional global interpreter lock (`PYTHON_GIL=1`, `-X gil=1`), for comparison with the
//! default free-threaded mode and as a fallback for code that assumes a GIL.
//!
//! When enabled, a thread holds the GIL while it runs Python code. A thread that has waited
//! one switch interval (`sys.setswitchinterval`, 5 ms by default) sets the eval breaker's
//! drop bit; the holder sees it at its next safe point (backward jump or Python call) and
//! hands the GIL over. Blocking operations (lock waits, joins, sleeps, reading standard
//! input) release it around the wait with [`allow_threads`].
//!
//! When disabled (the default) every function here returns at once after one relaxed load.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::signals::{self, GIL_DROP_BIT};

static ENABLED: AtomicBool = AtomicBool::new(false);

/// The switch interval in nanoseconds (`sys.getswitchinterval()`), kept in free-threaded mode
/// too so the getter returns what was set.
static SWITCH_INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);

struct State {
    held: bool,
    /// Threads blocked in [`acquire`].
    waiters: usize,
    /// Bumped at every acquisition: a yielding thread waits for it to change.
    generation: u64,
}

static STATE: Mutex<State> = Mutex::new(State { held: false, waiters: 0, generation: 0 });
static CHANGED: Condvar = Condvar::new();

thread_local! {
    static HOLDS: Cell<bool> = const { Cell::new(false) };
}

/// Turns the GIL on; call before any thread runs Python code. Each thread takes it with
/// [`acquire`] before it runs Python code (threads `_thread` starts do so themselves).
pub fn enable() {
    ENABLED.store(true, Ordering::SeqCst);
}

/// `sys._is_gil_enabled()`.
pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_NS.load(Ordering::Relaxed) as f64 / 1e9
}

pub fn set_switch_interval(seconds: f64) {
    // NaN (accepted by `sys.setswitchinterval`, as in CPython) means the longest interval.
    let ns = if seconds.is_nan() { u64::MAX } else { (seconds * 1e9).clamp(1.0, u64::MAX as f64) as u64 };
    SWITCH_INTERVAL_NS.store(ns, Ordering::Relaxed);
}

/// Takes the GIL for the calling thread (no-op when disabled or already held).
pub fn acquire() {
    if !is_enabled() || HOLDS.with(|h| h.get()) {
        return;
    }
    let mut s = STATE.lock();
    s.waiters += 1;
    while s.held {
        let interval = Duration::from_nanos(SWITCH_INTERVAL_NS.load(Ordering::Relaxed));
        let generation = s.generation;
        if CHANGED.wait_for(&mut s, interval).timed_out() && s.held && s.generation == generation {
            // The holder kept it a whole interval: ask it to let go.
            signals::set_breaker_bit(GIL_DROP_BIT);
        }
    }
    s.held = true;
    s.waiters -= 1;
    s.generation = s.generation.wrapping_add(1);
    drop(s);
    // A thread that yielded waits for the generation to change.
    CHANGED.notify_all();
    HOLDS.with(|h| h.set(true));
}

/// Gives the GIL up (no-op when not held).
pub fn release() {
    if !HOLDS.with(|h| h.get()) {
        return;
    }
    HOLDS.with(|h| h.set(false));
    let mut s = STATE.lock();
    s.held = false;
    signals::clear_breaker_bit(GIL_DROP_BIT);
    drop(s);
    CHANGED.notify_all();
}

/// At a safe point: if another thread asked for the GIL, hand it over and queue for it again.
pub fn yield_if_requested() {
    if !signals::breaker_bit(GIL_DROP_BIT) || !HOLDS.with(|h| h.get()) {
        return;
    }
    HOLDS.with(|h| h.set(false));
    let mut s = STATE.lock();
    s.held = false;
    signals::clear_breaker_bit(GIL_DROP_BIT);
    let generation = s.generation;
    CHANGED.notify_all();
    // Let a waiter take it before competing again.
    while s.waiters > 0 && s.generation == generation {
        CHANGED.wait(&mut s);
    }
    drop(s);
    acquire();
}

/// Whether the calling thread holds the GIL (always false in free-threaded mode).
pub fn held() -> bool {
    HOLDS.with(|h| h.get())
}

/// Runs `f` (a blocking wait that runs no Python code) without holding the GIL.
pub fn allow_threads<T>(f: impl FnOnce() -> T) -> T {
    if !HOLDS.with(|h| h.get()) {
        return f();
    }
    release();
    let r = f();
    acquire();
    r
}
