//! The `_thread` module: OS threads running Python code in parallel (there is no GIL), the
//! locks they synchronize with, and per-thread storage. `threading` (stdlib, Python) is built
//! on it.
//!
//! Map: [`lock`] (`lock`, `RLock`, the interruptible blocking wait), [`spawn`]
//! (`start_new_thread`, `start_joinable_thread` and `_ThreadHandle`), [`local`] (`_local`),
//! and this file (thread identities, `_count`, `stack_size`, `_excepthook`, module table).

pub(crate) mod local;
mod lock;
mod spawn;

use std::sync::atomic::{AtomicI64, Ordering};

use crate::builtins::{intern, new_str};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

pub use lock::{Lock, TIMEOUT_MAX};
pub use local::ThreadLocal;

/// The calling thread's `_thread.get_ident()`: a number unique among the process's threads
/// (never reused, unlike pthread ids).
pub fn thread_ident() -> i64 {
    thread_local! { static ID: i64 = next_id(); }
    fn next_id() -> i64 {
        static NEXT: AtomicI64 = AtomicI64::new(1);
        NEXT.fetch_add(1, Ordering::Relaxed) + 139_000_000_000
    }
    ID.with(|i| *i)
}

/// The kernel's id of the calling thread (`_thread.get_native_id()`).
pub fn native_thread_id() -> i64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as i64 }
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(thread_ident()))
}

fn get_native_id(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(native_thread_id()))
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(spawn::running_threads() as i64))
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `stack_size([size])`: returns the previous setting; 0 restores the default. ophis threads
/// always get at least the native stack the VM itself needs, so a small size is recorded and
/// reported but does not shrink the stack.
fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let previous = spawn::REQUESTED_STACK.load(Ordering::Relaxed) as i64;
    if let Some(v) = args.pos().first() {
        let size = vm.index_value(v)?;
        if size < 0 {
            return Err(PyErr::new("ValueError", "size must be 0 or a positive value"));
        }
        if size != 0 && size < 32768 {
            return Err(PyErr::new("ValueError", format!("size not valid: {size} bytes")));
        }
        spawn::REQUESTED_STACK.store(size as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(previous))
}

/// `_thread.exit()`: raises SystemExit, which ends the calling thread quietly.
fn exit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::with_args("SystemExit", Vec::new()))
}

/// `interrupt_main(signum=SIGINT)`: as if Ctrl-C were pressed (KeyboardInterrupt in the main
/// thread at its next check).
fn interrupt_main(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = args.pos().first().or_else(|| args.kwarg("signum")) {
        let signum = vm.index_value(v)?;
        if signum != libc::SIGINT as i64 {
            return Err(PyErr::new("ValueError", "signal number out of range"));
        }
    }
    crate::signals::simulate_sigint();
    Ok(Value::None)
}

/// `_thread._excepthook(args)`: the default `threading.excepthook`. Prints "Exception in
/// thread NAME:" and the traceback to `sys.stderr` (or the thread's saved `_stderr` when
/// `sys.stderr` is None); SystemExit is silent.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(hook_args) = args.pos().first().cloned() else {
        return Err(PyErr::type_error("_excepthook() takes exactly one argument (0 given)"));
    };
    let exc_type = vm.getattr(&hook_args, &intern("exc_type"))?;
    let exc_value = vm.getattr(&hook_args, &intern("exc_value"))?;
    let thread = vm.getattr(&hook_args, &intern("thread"))?;
    if let Value::Obj(t) = &exc_type {
        if t.as_type().is_some() && crate::types::is_subtype(t, &crate::exceptions::exception_types().get("SystemExit")) {
            return Ok(Value::None);
        }
    }
    let mut stderr = crate::sys::stderr(vm);
    if stderr.is_none() {
        if thread.is_none() {
            return Ok(Value::None);
        }
        stderr = vm.getattr(&thread, &intern("_stderr"))?;
        if stderr.is_none() {
            return Ok(Value::None);
        }
    }
    let name = match &thread {
        Value::None => Value::Int(thread_ident()),
        t => vm.getattr(t, &intern("name")).unwrap_or(Value::Int(thread_ident())),
    };
    let name = vm.str_string(&name)?;
    let body = match &exc_value {
        Value::Obj(o) if crate::exceptions::exception_data(o).is_some() => crate::traceback::format_exception(vm, &PyErr(o.clone())),
        _ => format!("{}\n", vm.str_string(&exc_type)?),
    };
    crate::sys::flush_stdout();
    crate::sys::write_to(vm, &stderr, &format!("Exception in thread {name}:\n{body}"))?;
    let _ = vm.call_method(&stderr, "flush", &[]);
    Ok(Value::None)
}

/// Fills the `_thread` module.
pub fn init_module(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    crate::modules::add_functions(
        module,
        &[
            ("start_new_thread", spawn::start_new_thread),
            ("start_new", spawn::start_new_thread),
            ("start_joinable_thread", spawn::start_joinable_thread),
            ("_make_thread_handle", spawn::make_thread_handle),
            ("allocate_lock", lock::allocate_lock),
            ("allocate", lock::allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("daemon_threads_allowed", daemon_threads_allowed),
            ("stack_size", stack_size),
            ("exit", exit),
            ("exit_thread", exit),
            ("interrupt_main", interrupt_main),
            ("_excepthook", excepthook),
        ],
    );
    lock::add_to_module(module);
    spawn::add_to_module(module);
    let d = module.as_dict().expect("module dict");
    d.set_str(intern("_local"), Value::Obj(local::local_type().clone()));
    d.set_str(intern("TIMEOUT_MAX"), Value::Float(TIMEOUT_MAX));
    d.set_str(intern("error"), Value::Obj(crate::exceptions::exception_types().get("RuntimeError").clone()));
    d.set_str(intern("__doc__"), new_str("Low-level threading primitives (ophis: threads run in parallel, without a global lock)."));
    Ok(())
}

/// What the interpreter does at exit before `atexit` handlers run: if `threading` was
/// imported, `threading._shutdown()` waits for the non-daemon threads. An error there is
/// reported as CPython reports it and does not stop the exit.
pub fn wait_for_threads_at_exit(vm: &mut Vm) {
    let Some(threading) = vm.interp.modules.as_dict().and_then(|d| d.get_str("threading")) else {
        return;
    };
    let shutdown = match vm.getattr(&threading, &intern("_shutdown")) {
        Ok(f) => f,
        Err(_) => return,
    };
    if let Err(e) = vm.call(&shutdown, &[], &[]) {
        let text = crate::traceback::format_exception(vm, &e);
        crate::sys::flush_stdout();
        let stderr = crate::sys::stderr(vm);
        let message = format!("Exception ignored on threading shutdown:\n{text}");
        if crate::sys::write_to(vm, &stderr, &message).is_err() {
            eprint!("{message}");
        }
    }
}
