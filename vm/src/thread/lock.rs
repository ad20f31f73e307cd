//! `_thread.lock` and `_thread.RLock`, and the blocking wait they (and thread joins) share.
//!
//! A waiter blocks on a parking_lot condition variable, not spinning. On the thread that
//! handles Ctrl-C the wait wakes every [`INTERRUPT_POLL`] to raise KeyboardInterrupt, as
//! CPython's lock acquisitions are interruptible in the main thread.

use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex, MutexGuard};

use crate::builtins::intern;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::native_type::{self, add_methods};
use crate::object::ObjRef;
use crate::signals::{self, INTERRUPT_POLL};
use crate::value::Value;
use crate::PyResult;

use super::thread_ident;

/// The largest timeout a lock accepts, in seconds (CPython's `_thread.TIMEOUT_MAX` on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// Blocks on `cond` until `ready` takes what the caller waits for (true), the timeout passes
/// (false), or Ctrl-C arrives on the signal-handling thread (KeyboardInterrupt).
pub(super) fn wait_for<S>(
    mut guard: MutexGuard<'_, S>,
    cond: &Condvar,
    timeout: Option<Duration>,
    mut ready: impl FnMut(&mut S) -> bool,
) -> PyResult<bool> {
    // A deadline too far away to represent is no deadline.
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let interruptible = signals::handles_signals();
    loop {
        if ready(&mut guard) {
            return Ok(true);
        }
        if interruptible {
            if let Some(e) = signals::take_interrupt() {
                return Err(e);
            }
        }
        let now = Instant::now();
        if deadline.is_some_and(|d| now >= d) {
            return Ok(false);
        }
        let wake = match (deadline, interruptible) {
            (Some(d), true) => Some(d.min(now + INTERRUPT_POLL)),
            (Some(d), false) => Some(d),
            (None, true) => Some(now + INTERRUPT_POLL),
            (None, false) => None,
        };
        // Blocked threads do not hold the GIL (GIL mode); the mutex is released while
        // waiting, and the GIL is taken back after the object's mutex is let go, so the two
        // are never waited for in opposite orders.
        let holds_gil = crate::gil::held();
        if holds_gil {
            crate::gil::release();
        }
        match wake {
            Some(w) => {
                cond.wait_until(&mut guard, w);
            }
            None => cond.wait(&mut guard),
        }
        if holds_gil {
            MutexGuard::unlocked(&mut guard, crate::gil::acquire);
        }
    }
}

/// A timeout in seconds; NaN is refused as CPython's time conversion refuses it.
pub(super) fn timeout_seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let secs = vm.to_float(v)?;
    if secs.is_nan() {
        return Err(PyErr::new("ValueError", "Invalid value NaN (not a number)"));
    }
    Ok(secs)
}

/// Parses `acquire(blocking=True, timeout=-1)` as CPython does: None means wait forever.
fn acquire_timeout(vm: &mut Vm, args: &Args) -> PyResult<Option<Option<Duration>>> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("acquire() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    for (k, _) in args.kw() {
        if k != "blocking" && k != "timeout" {
            return Err(PyErr::type_error(format!("acquire() got an unexpected keyword argument '{k}'")));
        }
    }
    let blocking = match pos.get(1).or_else(|| args.kwarg("blocking")) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match pos.get(2).or_else(|| args.kwarg("timeout")) {
        Some(v) => timeout_seconds(vm, v)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(PyErr::new("ValueError", "can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::new("ValueError", "timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new("OverflowError", "timeout value is too large"));
    }
    Ok(Some(if timeout < 0.0 { None } else { Some(Duration::from_secs_f64(timeout)) }))
}

/// A `_thread.lock`: not reentrant, releasable by any thread.
pub struct Lock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl Lock {
    pub fn new() -> Lock {
        Lock { locked: Mutex::new(false), cond: Condvar::new() }
    }

    /// None: do not block; Some(None): wait as long as it takes.
    fn acquire(&self, wait: Option<Option<Duration>>) -> PyResult<bool> {
        let mut g = self.locked.lock();
        let Some(timeout) = wait else {
            let free = !*g;
            *g = true;
            return Ok(free);
        };
        if !*g {
            *g = true;
            return Ok(true);
        }
        wait_for(g, &self.cond, timeout, |locked| {
            if *locked {
                return false;
            }
            *locked = true;
            true
        })
    }

    fn release(&self) -> PyResult<()> {
        let mut g = self.locked.lock();
        if !*g {
            return Err(PyErr::new("RuntimeError", "release unlocked lock"));
        }
        *g = false;
        drop(g);
        self.cond.notify_one();
        Ok(())
    }
}

impl Default for Lock {
    fn default() -> Self {
        Lock::new()
    }
}

/// `_thread.RLock`: reentrant; only the owning thread may release it.
pub struct RLock {
    /// (owner's thread ident or 0, recursion count)
    state: Mutex<(i64, u64)>,
    cond: Condvar,
}

impl RLock {
    fn acquire(&self, wait: Option<Option<Duration>>) -> PyResult<bool> {
        let me = thread_ident();
        let mut g = self.state.lock();
        if g.0 == me {
            g.1 = g.1.checked_add(1).ok_or_else(|| PyErr::new("OverflowError", "Internal lock count overflowed"))?;
            return Ok(true);
        }
        let take = |s: &mut (i64, u64)| {
            if s.1 != 0 {
                return false;
            }
            *s = (me, 1);
            true
        };
        match wait {
            None => Ok(take(&mut g)),
            Some(timeout) => wait_for(g, &self.cond, timeout, take),
        }
    }

    fn release(&self) -> PyResult<()> {
        let mut g = self.state.lock();
        if g.0 != thread_ident() || g.1 == 0 {
            return Err(PyErr::new("RuntimeError", "cannot release un-acquired lock"));
        }
        g.1 -= 1;
        if g.1 == 0 {
            g.0 = 0;
            drop(g);
            self.cond.notify_one();
        }
        Ok(())
    }
}

pub(super) fn lock_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("lock", "_thread", None, false, Some(new_lock));
        add_methods(
            &t,
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
                ("__enter__", lock_acquire),
                ("__exit__", lock_exit),
                ("__repr__", lock_repr),
                ("_at_fork_reinit", lock_at_fork_reinit),
            ],
        );
        t
    })
}

pub(super) fn rlock_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("RLock", "_thread", None, true, Some(new_rlock));
        add_methods(
            &t,
            &[
                ("acquire", rlock_acquire),
                ("release", rlock_release),
                ("locked", rlock_locked),
                ("__enter__", rlock_acquire),
                ("__exit__", rlock_exit),
                ("__repr__", rlock_repr),
                ("_is_owned", rlock_is_owned),
                ("_recursion_count", rlock_recursion_count),
                ("_release_save", rlock_release_save),
                ("_acquire_restore", rlock_acquire_restore),
                ("_at_fork_reinit", rlock_at_fork_reinit),
            ],
        );
        t
    })
}

fn new_lock(_vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    if !args.values.is_empty() {
        return Err(PyErr::type_error("lock() takes no arguments"));
    }
    Ok(native_type::new_instance(cls, Lock::new()))
}

/// `_thread.allocate_lock()`.
pub(super) fn allocate_lock(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.values.is_empty() {
        return Err(PyErr::type_error(format!("allocate_lock() takes no arguments ({} given)", args.values.len())));
    }
    Ok(native_type::new_instance(lock_type(), Lock::new()))
}

fn new_rlock(_vm: &mut Vm, cls: &ObjRef, _args: Args) -> PyResult<Value> {
    Ok(native_type::new_instance(cls, RLock { state: Mutex::new((0, 0)), cond: Condvar::new() }))
}

fn this_lock<'a>(args: &Args<'a>) -> PyResult<&'a Lock> {
    native_type::this::<Lock>(args, "_thread.lock")
}

fn this_rlock<'a>(args: &Args<'a>) -> PyResult<&'a RLock> {
    native_type::this::<RLock>(args, "_thread.RLock")
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let wait = acquire_timeout(vm, &args)?;
    Ok(Value::Bool(lock.acquire(wait)?))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_lock(&args)?.release()?;
    Ok(Value::None)
}

fn lock_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_lock(&args)?.release()?;
    Ok(Value::None)
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(*this_lock(&args)?.locked.lock()))
}

fn lock_at_fork_reinit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    *this_lock(&args)?.locked.lock() = false;
    Ok(Value::None)
}

fn object_address(args: &Args) -> usize {
    args.values.first().and_then(|v| v.as_obj()).map_or(0, |o| o.addr())
}

fn type_qualified_name(vm: &Vm, args: &Args) -> String {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    let cls = vm.class_of(&v);
    let module = match cls.as_type().and_then(|t| t.dict.get_str("__module__")) {
        Some(m) => m.as_str().map(str::to_string).unwrap_or_default(),
        None => String::new(),
    };
    let name = vm.type_name(&v);
    if module.is_empty() || module == "builtins" { name } else { format!("{module}.{name}") }
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let locked = *this_lock(&args)?.locked.lock();
    let state = if locked { "locked" } else { "unlocked" };
    Ok(crate::builtins::new_str(format!("<{state} {} object at {:#x}>", type_qualified_name(vm, &args), object_address(&args))))
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    let wait = acquire_timeout(vm, &args)?;
    Ok(Value::Bool(lock.acquire(wait)?))
}

fn rlock_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_rlock(&args)?.release()?;
    Ok(Value::None)
}

fn rlock_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_rlock(&args)?.release()?;
    Ok(Value::None)
}

fn rlock_locked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_rlock(&args)?.state.lock().1 > 0))
}

fn rlock_is_owned(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_rlock(&args)?.state.lock();
    Ok(Value::Bool(g.1 > 0 && g.0 == thread_ident()))
}

fn rlock_recursion_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_rlock(&args)?.state.lock();
    Ok(Value::Int(if g.0 == thread_ident() { g.1 as i64 } else { 0 }))
}

/// Releases the lock completely and returns the state to restore: `(count, owner)`
/// (what `threading.Condition.wait` uses).
fn rlock_release_save(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    let mut g = lock.state.lock();
    if g.1 == 0 {
        return Err(PyErr::new("RuntimeError", "cannot release un-acquired lock"));
    }
    let (owner, count) = *g;
    *g = (0, 0);
    drop(g);
    lock.cond.notify_one();
    Ok(crate::builtins::new_tuple(vec![Value::Int(count as i64), Value::Int(owner)]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    let Some(state) = args.pos().get(1).and_then(|v| v.as_tuple()).filter(|t| t.len() == 2) else {
        return Err(PyErr::type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    let count = vm.index_value(&state[0])?;
    let owner = vm.index_value(&state[1])?;
    let g = lock.state.lock();
    wait_for(g, &lock.cond, None, |s| {
        if s.1 != 0 {
            return false;
        }
        *s = (owner, count.max(0) as u64);
        true
    })?;
    Ok(Value::None)
}

fn rlock_at_fork_reinit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    *this_rlock(&args)?.state.lock() = (0, 0);
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (owner, count) = *this_rlock(&args)?.state.lock();
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(crate::builtins::new_str(format!(
        "<{state} {} object owner={owner} count={count} at {:#x}>",
        type_qualified_name(vm, &args),
        object_address(&args)
    )))
}

/// Registers the lock types in the `_thread` module.
pub(super) fn add_to_module(module: &ObjRef) {
    let d = module.as_dict().expect("module dict");
    d.set_str(intern("LockType"), Value::Obj(lock_type().clone()));
    d.set_str(intern("lock"), Value::Obj(lock_type().clone()));
    d.set_str(intern("RLock"), Value::Obj(rlock_type().clone()));
}
