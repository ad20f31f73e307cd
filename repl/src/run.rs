//! Running programs: `ophis FILE`, `ophis -c CODE`, `ophis -` and `-m dis`.
//!
//! The program runs on a thread with a large stack (native code that calls back into Python —
//! `repr` of a deeply nested list, say — recurses on the Rust stack; the VM's depth guard stops
//! it well before this stack is exhausted).

use std::process::ExitCode;
use std::sync::Mutex;

use ophis_compiler::CompileMode;
use ophis_vm::builtins::{intern, new_list, new_str};
use ophis_vm::object::{Kind, Object};
use ophis_vm::{Interpreter, PyErr, Value, Vm};

/// `sys.argv` for the program, set by `main` before running.
pub static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());

const MAIN_STACK: usize = 512 * 1024 * 1024;

/// Compiles and runs `source` as `__main__`; `path0` is `sys.path[0]`.
pub fn run_source(source: &str, filename: &str, path0: &str) -> Result<ExitCode, ophis_parser::SyntaxError> {
    let code = ophis_compiler::compile_source(source, filename, CompileMode::Exec)?;
    // CPython keeps the text of `-c` for its tracebacks (not that of standard input).
    if filename == "<string>" {
        ophis_vm::traceback::register_source(filename, source);
    }
    let argv = ARGV.lock().map(|a| a.clone()).unwrap_or_default();
    let path0 = path0.to_string();
    let handle = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .name("main".into())
        .spawn(move || run_main(code, argv, path0))
        .expect("spawn the main interpreter thread");
    Ok(handle.join().unwrap_or(ExitCode::from(70)))
}

fn run_main(code: ophis_compiler::CodeObject, argv: Vec<String>, path0: String) -> ExitCode {
    let interp = Interpreter::with_library(argv, ophis_stdlib::library());
    let mut vm = Vm::new(interp.clone());
    let sys_dict = interp.sys.dict_if_present().and_then(|d| d.as_dict()).expect("sys dict");
    let mut path = vec![new_str(path0)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        if !crate::front_end::ignore_environment() {
            path.extend(pp.split(':').filter(|p| !p.is_empty()).map(new_str));
        }
    }
    sys_dict.set_str(intern("path"), new_list(path));
    let globals = ophis_vm::dict::new_dict_object();
    globals.make_immortal();
    let g = globals.as_dict().expect("dict");
    g.set_str(intern("__name__"), new_str("__main__"));
    g.set_str(intern("__file__"), new_str(code.filename.to_string()));
    g.set_str(intern("__builtins__"), Value::Obj(interp.builtins_module.clone()));
    g.set_str(intern("__doc__"), Value::None);
    g.set_str(intern("__package__"), Value::None);
    g.set_str(intern("__spec__"), Value::None);
    g.set_str(intern("__loader__"), Value::None);
    let main = Object::with_dict(ophis_vm::types::builtin().module.clone(), Kind::Module, globals.clone());
    main.make_immortal();
    interp.modules.as_dict().expect("dict").set_str(intern("__main__"), Value::Obj(main));
    let code = ophis_vm::builtins::load_code(std::sync::Arc::new(code));
    let result = vm.run_code(code, globals, None);
    let status = match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => report_uncaught(&mut vm, &e),
    };
    ophis_stdlib::atexit::run_exitfuncs(&mut vm);
    ophis_vm::sys::flush_stdout();
    status
}

/// Prints an uncaught exception (or handles SystemExit) and gives the exit status.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> ExitCode {
    if e.is("SystemExit") {
        let args = e.data().state.lock().args.clone();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => ophis_vm::builtins::new_tuple(args),
        };
        return match code {
            Value::None => ExitCode::SUCCESS,
            Value::Int(i) => ExitCode::from((i & 0xff) as u8),
            Value::Bool(b) => ExitCode::from(b as u8),
            other => {
                let text = vm.str_string(&other).unwrap_or_default();
                ophis_vm::sys::flush_stdout();
                eprintln!("{text}");
                ExitCode::from(1)
            }
        };
    }
    ophis_vm::traceback::hooks::report_uncaught(vm, e);
    ophis_vm::sys::flush_stdout();
    ExitCode::from(1)
}

/// `ophis -m MODULE`: finds the module (or package `__main__`) on the search path (the current
/// directory first) and runs it as `__main__`.
pub fn run_module(name: &str) -> ExitCode {
    let cwd = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_else(|_| ".".into());
    let mut dirs = vec![cwd.clone()];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        if !crate::front_end::ignore_environment() {
            dirs.extend(pp.split(':').filter(|p| !p.is_empty()).map(|p| p.to_string()));
        }
    }
    let rel = name.replace('.', "/");
    for dir in &dirs {
        let base = std::path::Path::new(dir).join(&rel);
        for candidate in [base.with_extension("py"), base.join("__main__.py")] {
            if candidate.is_file() {
                let path = candidate.display().to_string();
                if let Ok(mut a) = ARGV.lock() {
                    if let Some(first) = a.first_mut() {
                        *first = path.clone();
                    }
                }
                let source = match std::fs::read_to_string(&candidate) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("ophis: can't read {path}: {e}");
                        return ExitCode::from(1);
                    }
                };
                return match run_source(&source, &path, &cwd) {
                    Ok(code) => code,
                    Err(e) => {
                        eprintln!("  File \"{path}\"\nSyntaxError: {}", e.message);
                        ExitCode::from(1)
                    }
                };
            }
        }
    }
    eprintln!("ophis: No module named {name}");
    ExitCode::from(1)
}

/// `ophis -m dis FILE`: the compiled bytecode.
pub fn dis_main(args: &[String]) -> ExitCode {
    let Some(path) = args.first() else {
        eprintln!("usage: ophis -m dis FILE");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("ophis: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    match ophis_compiler::compile_source(&source, path, CompileMode::Exec) {
        Ok(code) => {
            print!("{}", ophis_compiler::dis::disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("  File \"{path}\"\nSyntaxError: {}", e.message);
            ExitCode::from(1)
        }
    }
}
