//! Starting threads: `_thread.start_new_thread` and `_thread.start_joinable_thread`, whose
//! `_ThreadHandle` lets `threading.Thread.join` wait for the thread's end.
//!
//! Each new OS thread gets its own `Vm` (frame stack, exception state) over the shared
//! `Interpreter`; objects are shared freely (they are Send + Sync).

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtins::new_str;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::native_type::{self, add_getter, add_methods};
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

use super::{local, lock::wait_for, native_thread_id, thread_ident};

/// Threads started by `_thread` that have not finished (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The stack size `_thread.stack_size(n)` asked for (0: the default).
pub(super) static REQUESTED_STACK: AtomicUsize = AtomicUsize::new(0);

/// The native stack every ophis thread gets at least: Python calls do not recurse on it, but
/// native code calling back into Python (sort keys, `__eq__`, `__repr__`) does, up to the
/// recursion limit.
const MIN_STACK: usize = 64 * 1024 * 1024;

pub(super) fn running_threads() -> usize {
    RUNNING.load(Ordering::Relaxed)
}

/// What a thread handle and its thread share.
struct HandleState {
    ident: AtomicI64,
    native_id: AtomicI64,
    done: Mutex<bool>,
    cond: Condvar,
}

/// `_thread._ThreadHandle`.
pub struct ThreadHandle(Arc<HandleState>);

fn handle_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("_ThreadHandle", "_thread", None, false, None);
        add_getter(&t, "ident", handle_ident);
        add_getter(&t, "native_id", handle_native_id);
        add_methods(&t, &[("join", handle_join), ("is_done", handle_is_done), ("_set_done", handle_set_done), ("__repr__", handle_repr)]);
        t
    })
}

fn this_handle<'a>(args: &Args<'a>) -> PyResult<&'a ThreadHandle> {
    native_type::this::<ThreadHandle>(args, "_thread._ThreadHandle")
}

fn handle_ident(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_handle(&args)?.0.ident.load(Ordering::Acquire)))
}

fn handle_native_id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_handle(&args)?.0.native_id.load(Ordering::Acquire)))
}

fn handle_is_done(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(*this_handle(&args)?.0.done.lock()))
}

fn handle_set_done(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = &this_handle(&args)?.0;
    *h.done.lock() = true;
    h.cond.notify_all();
    Ok(Value::None)
}

/// `join(timeout=None)`: waits for the thread to finish (or the timeout to pass).
fn handle_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this_handle(&args)?.0.clone();
    let timeout = match args.pos().get(1).or_else(|| args.kwarg("timeout")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let secs = super::lock::timeout_seconds(vm, v)?;
            Some(Duration::from_secs_f64(secs.clamp(0.0, super::lock::TIMEOUT_MAX)))
        }
    };
    let done = h.done.lock();
    if !*done && h.ident.load(Ordering::Acquire) == thread_ident() {
        return Err(PyErr::new("RuntimeError", "Cannot join current thread"));
    }
    wait_for(done, &h.cond, timeout, |d| *d)?;
    Ok(Value::None)
}

fn handle_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = &this_handle(&args)?.0;
    let addr = args.values.first().and_then(|v| v.as_obj()).map_or(0, |o| o.addr());
    Ok(new_str(format!("<_thread._ThreadHandle object: ident={} at {addr:#x}>", h.ident.load(Ordering::Acquire))))
}

/// Runs `func(*args, **kwargs)` on a new OS thread; `on_error` reports what it raised.
fn spawn(
    vm: &mut Vm,
    func: Value,
    call_args: Vec<Value>,
    kwnames: Vec<Value>,
    state: Option<Arc<HandleState>>,
) -> PyResult<i64> {
    let interp = vm.interp.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let stack = REQUESTED_STACK.load(Ordering::Relaxed).max(MIN_STACK);
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let started = std::thread::Builder::new().stack_size(stack).spawn(move || {
        let ident = thread_ident();
        if let Some(s) = &state {
            s.ident.store(ident, Ordering::Release);
            s.native_id.store(native_thread_id(), Ordering::Release);
        }
        let _ = tx.send(ident);
        crate::gil::acquire();
        let mut vm = Vm::new(interp);
        if let Err(e) = vm.call(&func, &call_args, &kwnames) {
            if !e.is("SystemExit") {
                report_unraisable(&mut vm, &func, &e);
            }
        }
        drop(func);
        drop(call_args);
        local::forget_thread_dicts();
        crate::sys::flush_stdout();
        drop(vm);
        crate::gil::release();
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        if let Some(s) = state {
            *s.done.lock() = true;
            s.cond.notify_all();
        }
    });
    if let Err(e) = started {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        return Err(PyErr::new("RuntimeError", format!("can't start new thread: {e}")));
    }
    Ok(crate::gil::allow_threads(|| rx.recv().unwrap_or(0)))
}

/// CPython reports an exception escaping a `_thread` function through `sys.unraisablehook`.
fn report_unraisable(vm: &mut Vm, func: &Value, e: &PyErr) {
    let text = crate::traceback::format_exception(vm, e);
    let shown = vm.repr_string(func).unwrap_or_default();
    crate::sys::flush_stdout();
    let stderr = crate::sys::stderr(vm);
    let message = format!("Exception ignored in thread started by: {shown}\n{text}");
    if crate::sys::write_to(vm, &stderr, &message).is_err() {
        eprint!("{message}");
    }
}

/// Splits `kwargs` (a dict or None) into values and names for [`Vm::call`].
fn keyword_arguments(kwargs: Option<&Value>, mut values: Vec<Value>) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let mut names = Vec::new();
    match kwargs {
        None | Some(Value::None) => {}
        Some(v) => {
            let Some(d) = v.as_obj().and_then(|o| o.as_dict()) else {
                return Err(PyErr::type_error("optional 3rd arg must be a dictionary"));
            };
            for e in d.entries() {
                if e.key.as_str().is_none() {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                names.push(e.key);
                values.push(e.value);
            }
        }
    }
    Ok((values, names))
}

/// `_thread.start_new_thread(function, args, kwargs=None)`.
pub(super) fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if !(2..=3).contains(&pos.len()) {
        return Err(PyErr::type_error(format!("start_new_thread expected at least 2 arguments, got {}", pos.len())));
    }
    if !crate::builtins::functions::is_callable(&pos[0]) {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let Some(t) = pos[1].as_tuple() else {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    };
    let (values, names) = keyword_arguments(pos.get(2), t.to_vec())?;
    Ok(Value::Int(spawn(vm, pos[0].clone(), values, names, None)?))
}

/// `_thread.start_joinable_thread(function, daemon=True)`: starts `function()` and returns its
/// `_ThreadHandle`. (Whether the thread is a daemon is `threading`'s business: the interpreter
/// waits at exit for the threads `threading` knows as non-daemon.)
pub(super) fn start_joinable_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(func) = args.pos().first().or_else(|| args.kwarg("function")).cloned() else {
        return Err(PyErr::type_error("start_joinable_thread() missing required argument 'function' (pos 1)"));
    };
    if !crate::builtins::functions::is_callable(&func) {
        return Err(PyErr::type_error("thread function must be callable"));
    }
    let state = Arc::new(HandleState {
        ident: AtomicI64::new(0),
        native_id: AtomicI64::new(0),
        done: Mutex::new(false),
        cond: Condvar::new(),
    });
    let handle = native_type::new_instance(handle_type(), ThreadHandle(state.clone()));
    spawn(vm, func, Vec::new(), Vec::new(), Some(state))?;
    Ok(handle)
}

/// `_thread._make_thread_handle(ident)`: a handle standing for an already running thread (the
/// main thread), never done until marked so.
pub(super) fn make_thread_handle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ident = match args.pos().first() {
        Some(v) => vm.index_value(v)?,
        None => thread_ident(),
    };
    let state = HandleState {
        ident: AtomicI64::new(ident),
        native_id: AtomicI64::new(native_thread_id()),
        done: Mutex::new(false),
        cond: Condvar::new(),
    };
    Ok(native_type::new_instance(handle_type(), ThreadHandle(Arc::new(state))))
}

pub(super) fn add_to_module(module: &ObjRef) {
    let d = module.as_dict().expect("module dict");
    d.set_str(crate::builtins::intern("_ThreadHandle"), Value::Obj(handle_type().clone()));
}
