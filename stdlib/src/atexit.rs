//! `atexit`: functions to run when the interpreter exits, last registered first. The `ophis`
//! front end calls [`run_exitfuncs`] after the main module finishes (and after an uncaught
//! exception is reported), as CPython does.

use parking_lot::Mutex;
use ophis_vm::builtins::new_str;
use ophis_vm::function::Args;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

static CALLBACKS: Mutex<Vec<Callback>> = Mutex::new(Vec::new());

fn register(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let Some(func) = pos.first() else {
        return Err(PyErr::type_error("register() takes at least 1 argument (0 given)"));
    };
    if !is_callable(vm, func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut args: Vec<Value> = pos[1..].to_vec();
    args.extend(a.values[pos.len()..].iter().cloned());
    CALLBACKS.lock().push(Callback { func: func.clone(), args, kwnames: a.kwnames.to_vec() });
    Ok(func.clone())
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    use ophis_vm::object::Kind;
    matches!(v.kind(), Some(Kind::Function(_) | Kind::BuiltinFunction(_) | Kind::BoundMethod(_) | Kind::Type(_)))
        || crate::args::has_method(vm, v, "__call__")
}

fn unregister(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let func = crate::args::one(&a, "unregister")?;
    // Compare outside the lock: __eq__ may run Python code.
    let registered: Vec<Value> = CALLBACKS.lock().iter().map(|c| c.func.clone()).collect();
    let mut remove = Vec::new();
    for (i, f) in registered.iter().enumerate() {
        if vm.eq(f, func)? {
            remove.push(i);
        }
    }
    let mut callbacks = CALLBACKS.lock();
    for i in remove.into_iter().rev() {
        if i < callbacks.len() {
            callbacks.remove(i);
        }
    }
    Ok(Value::None)
}

fn run(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::none(&a, "_run_exitfuncs")?;
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::none(&a, "_clear")?;
    CALLBACKS.lock().clear();
    Ok(Value::None)
}

fn ncallbacks(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::none(&a, "_ncallbacks")?;
    Ok(Value::Int(CALLBACKS.lock().len() as i64))
}

/// Runs and forgets the registered functions, last first; an exception is reported as
/// "Exception ignored in atexit callback ..." and the rest still run.
pub fn run_exitfuncs(vm: &mut Vm) {
    loop {
        let Some(cb) = CALLBACKS.lock().pop() else { break };
        let mut argv = cb.args.clone();
        if cb.kwnames.is_empty() {
            argv.truncate(cb.args.len());
        }
        if let Err(e) = vm.call(&cb.func, &argv, &cb.kwnames) {
            if e.is("SystemExit") {
                continue;
            }
            ophis_vm::sys::flush_stdout();
            let what = vm.repr_string(&cb.func).unwrap_or_default();
            let text = ophis_vm::traceback::format_exception(vm, &e);
            eprint!("Exception ignored in atexit callback {what}:\n{text}");
        }
    }
}

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[("register", register), ("unregister", unregister), ("_run_exitfuncs", run), ("_clear", clear), ("_ncallbacks", ncallbacks)],
    );
    crate::args::set_attr(module, "__doc__", new_str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
    Ok(())
}
