//! The built-in `sys.excepthook`, and what happens to an exception nothing caught: the
//! hook in `sys.excepthook` is called (the built-in one prints the traceback to `sys.stderr`);
//! when a replacement hook fails, both tracebacks are printed as CPython prints them.

use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

use super::object::{entries_from_value, traceback_object};

/// `sys.excepthook(type, value, traceback)`: prints the traceback of `value` to `sys.stderr`.
pub fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(PyErr::type_error(format!("excepthook expected 3 arguments, got {}", pos.len())));
    }
    let text = match &pos[1] {
        Value::Obj(o) if let Some(d) = crate::exceptions::exception_data(o) => {
            // The traceback argument only counts when the exception has none (it is then
            // stored on the exception, as CPython does).
            if let Ok(entries) = entries_from_value(&pos[2]) {
                let mut st = d.state.lock();
                if st.traceback.is_empty() {
                    st.traceback = entries;
                }
            }
            let colorize = colour_for_stderr(vm);
            let err = PyErr(o.clone());
            let rendered = if stderr_is_terminal(vm) { super::terminal::render(vm, &err, colorize) } else { None };
            match rendered {
                Some(text) => text,
                None => super::format_exception_colored(vm, &err, colorize),
            }
        }
        other => {
            // CPython prints the value as an exception-less message in this case.
            let shown = vm.str_string(other).unwrap_or_default();
            format!("TypeError: print_exception(): Exception expected for value, {} found\n{shown}\n", vm.type_name(other))
        }
    };
    crate::sys::flush_stdout();
    let stderr = crate::sys::stderr(vm);
    crate::sys::write_to(vm, &stderr, &text)?;
    Ok(Value::None)
}

/// Reports an exception that ended the program (SystemExit aside): through `sys.excepthook`,
/// or directly when the hook is missing; a failing hook is reported with the original.
pub fn report_uncaught(vm: &mut Vm, err: &PyErr) {
    let hook = crate::sys::sys_dict(vm).get_str("excepthook");
    let exc = Value::Obj(err.0.clone());
    let Some(hook) = hook else {
        write_stderr(vm, "sys.excepthook is missing\n");
        let text = super::format_exception(vm, err);
        write_stderr(vm, &text);
        return;
    };
    let args = [Value::Obj(err.0.class().clone()), exc, traceback_object(&err.0)];
    if let Err(hook_error) = vm.call(&hook, &args, &[]) {
        if hook_error.is("SystemExit") {
            return;
        }
        let hook_text = super::format_exception(vm, &hook_error);
        let original = super::format_exception(vm, err);
        write_stderr(vm, &format!("Error in sys.excepthook:\n{hook_text}\nOriginal exception was:\n{original}"));
    }
}

/// Whether `sys.stderr` is the process's own standard error and that is a terminal (a person is
/// reading: the terminal renderer may be used).
fn stderr_is_terminal(vm: &mut Vm) -> bool {
    let stderr = crate::sys::stderr(vm);
    let real = stderr.as_obj().is_some_and(|o| o.as_native::<crate::sys::Stream>().is_some_and(|s| s.0 == 2));
    use std::io::IsTerminal;
    real && std::io::stderr().is_terminal()
}

/// `_colorize.can_colorize(file=sys.stderr)`: only the process's own standard error can be a
/// terminal (another file object is coloured only when the environment forces it).
fn colour_for_stderr(vm: &mut Vm) -> bool {
    let stderr = crate::sys::stderr(vm);
    let real = stderr.as_obj().is_some_and(|o| o.as_native::<crate::sys::Stream>().is_some_and(|s| s.0 == 2));
    use std::io::IsTerminal;
    let env = super::colour::ColourEnv::from_process(super::colour::ignore_environment());
    super::colour::can_colorize(&env, real && std::io::stderr().is_terminal())
}

fn write_stderr(vm: &mut Vm, text: &str) {
    crate::sys::flush_stdout();
    let stderr = crate::sys::stderr(vm);
    if crate::sys::write_to(vm, &stderr, text).is_err() {
        eprint!("{text}");
    }
}
