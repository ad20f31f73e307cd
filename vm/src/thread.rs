//! A minimal `_thread` module: `start_new_thread`, `allocate_lock`, `get_ident`.
//!
//! Each new thread gets its own `Vm` (frame stack, exception state) over the shared
//! `Interpreter`; objects are shared freely (they are Send + Sync). The free-threading issue
//! completes this module and builds `threading` on it.

use std::sync::OnceLock;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtins::{add_method, intern};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

/// A `_thread.lock`: not reentrant, releasable by any thread.
pub struct Lock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl Lock {
    fn acquire(&self, timeout: Option<Duration>) -> bool {
        let mut g = self.locked.lock();
        match timeout {
            None => {
                while *g {
                    self.cond.wait(&mut g);
                }
            }
            Some(t) => {
                let deadline = std::time::Instant::now() + t;
                while *g {
                    if self.cond.wait_until(&mut g, deadline).timed_out() {
                        if *g {
                            return false;
                        }
                        break;
                    }
                }
            }
        }
        *g = true;
        true
    }
}

fn lock_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let b = types::builtin();
        let data = TypeData::new("lock", vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
        let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
        t.make_immortal();
        add_method(&t, "acquire", lock_acquire);
        add_method(&t, "release", lock_release);
        add_method(&t, "locked", lock_locked);
        add_method(&t, "__enter__", lock_acquire);
        add_method(&t, "__exit__", lock_release);
        t
    })
}

fn this_lock<'a>(args: &Args<'a>) -> PyResult<&'a Lock> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<Lock>()).ok_or_else(|| PyErr::type_error("descriptor requires a lock"))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let blocking = match args.pos().get(1).or_else(|| args.kwarg("blocking")) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match args.pos().get(2).or_else(|| args.kwarg("timeout")) {
        Some(v) => vm.to_float(v)?,
        None => -1.0,
    };
    if !blocking {
        let mut g = lock.locked.lock();
        if *g {
            return Ok(Value::Bool(false));
        }
        *g = true;
        return Ok(Value::Bool(true));
    }
    let t = if timeout < 0.0 { None } else { Some(Duration::from_secs_f64(timeout)) };
    Ok(Value::Bool(lock.acquire(t)))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let mut g = lock.locked.lock();
    if !*g {
        return Err(PyErr::new("RuntimeError", "release unlocked lock"));
    }
    *g = false;
    drop(g);
    lock.cond.notify_one();
    Ok(Value::None)
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(*this_lock(&args)?.locked.lock()))
}

fn allocate_lock(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let lock = Lock { locked: Mutex::new(false), cond: Condvar::new() };
    Ok(Value::Obj(Object::new(lock_type().clone(), Kind::Native(Box::new(lock)))))
}

fn thread_id() -> i64 {
    thread_local! { static ID: i64 = next_id(); }
    fn next_id() -> i64 {
        static NEXT: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(1);
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 139_000_000_000
    }
    ID.with(|i| *i)
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(thread_id()))
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(PyErr::type_error(format!("start_new_thread expected at least 2 arguments, got {}", pos.len())));
    }
    let func = pos[0].clone();
    let call_args = match pos[1].as_tuple() {
        Some(t) => t.to_vec(),
        None => return Err(PyErr::type_error("2nd arg must be a tuple")),
    };
    let interp = vm.interp.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            let _ = tx.send(thread_id());
            let mut vm = Vm::new(interp);
            if let Err(e) = vm.call(&func, &call_args, &[]) {
                if !e.is("SystemExit") {
                    let text = crate::traceback::format_exception(&mut vm, &e);
                    crate::sys::flush_stdout();
                    eprint!("Exception ignored in thread started by: {}\n{text}", vm.repr_string(&func).unwrap_or_default());
                }
            }
            crate::sys::flush_stdout();
        })
        .map_err(|e| PyErr::new("RuntimeError", format!("can't start new thread: {e}")))?;
    Ok(Value::Int(rx.recv().unwrap_or(0)))
}

/// Fills the `_thread` module.
pub fn init_module(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    crate::modules::add_functions(
        module,
        &[("start_new_thread", start_new_thread), ("allocate_lock", allocate_lock), ("get_ident", get_ident)],
    );
    module.as_dict().expect("dict").set_str(intern("LockType"), Value::Obj(lock_type().clone()));
    Ok(())
}
