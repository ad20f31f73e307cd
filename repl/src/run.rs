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

/// The `-W` options, in command-line order.
static WARN_OPTIONS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// `-P`/`-I`/`PYTHONSAFEPATH`: the script's directory (or the current one) is not put first on
/// `sys.path`.
static SAFE_PATH: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_safe_path(on: bool) {
    SAFE_PATH.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Records a `-W` option.
pub fn add_warn_option(option: &str) {
    if let Ok(mut w) = WARN_OPTIONS.lock() {
        w.push(option.to_string());
    }
}

/// `sys.warnoptions`: the non-empty comma-separated parts of `PYTHONWARNINGS` (unless `-E`),
/// then the `-W` options, as CPython orders them (later options take precedence).
fn warn_options() -> Vec<String> {
    let mut options: Vec<String> = match std::env::var("PYTHONWARNINGS") {
        Ok(v) if !crate::front_end::ignore_environment() => v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        _ => Vec::new(),
    };
    options.extend(WARN_OPTIONS.lock().map(|w| w.clone()).unwrap_or_default());
    options
}

const MAIN_STACK: usize = 512 * 1024 * 1024;

/// Compiles and runs `source` as `__main__`; `path0` is `sys.path[0]`. The compiler's warnings
/// are issued by the interpreter before the program runs (a syntax error is returned, also
/// one that a warning filter made of a warning).
pub fn run_source(source: &str, filename: &str, path0: &str) -> Result<ExitCode, ophis_parser::SyntaxError> {
    let (code, warnings) = ophis_compiler::compile_source_with_warnings(
        source,
        filename,
        CompileMode::Exec,
        ophis_compiler::symtable::BuildOptions { optimize: ophis_vm::compile::optimize(), ..Default::default() },
    );
    if warnings.is_empty() {
        code.as_ref().map_err(Clone::clone)?;
    }
    let filename_owned = filename.to_string();
    let source_owned = source.to_string();
    // CPython keeps the text of `-c` for its tracebacks (not that of standard input).
    if filename == "<string>" {
        ophis_vm::traceback::register_source(filename, source);
    }
    let argv = ARGV.lock().map(|a| a.clone()).unwrap_or_default();
    let path0 = path0.to_string();
    let handle = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .name("main".into())
        .spawn(move || run_main(code, warnings, &source_owned, filename_owned, argv, path0))
        .expect("spawn the main interpreter thread");
    handle.join().unwrap_or(Ok(ExitCode::from(70)))
}

fn run_main(
    code: Result<ophis_compiler::CodeObject, ophis_parser::SyntaxError>,
    warnings: Vec<ophis_parser::warnings::CompileWarning>,
    source: &str,
    filename: String,
    argv: Vec<String>,
    path0: String,
) -> Result<ExitCode, ophis_parser::SyntaxError> {
    let mut vm = match start_interpreter(argv, path0) {
        Ok(vm) => vm,
        Err(status) => return Ok(status),
    };
    match ophis_vm::warnings::issue_compile_warnings(&mut vm, &warnings, &filename) {
        Ok(()) => {}
        Err(ophis_vm::warnings::CompileWarningError::Syntax(w)) => {
            // The front end prints the error with its line; one whose line CPython reads from
            // a file that is not there (`-c`, standard input) is printed without it.
            let line = w.error_line(source);
            if w.text_from_file && ophis_vm::warnings::file_line(&filename, line).is_none() {
                let e = ophis_vm::warnings::warning_as_error(&w, source, &filename);
                return Ok(report_uncaught(&mut vm, &e));
            }
            return Err(w.error);
        }
        Err(ophis_vm::warnings::CompileWarningError::Raised(e)) => return Ok(report_uncaught(&mut vm, &e)),
    }
    let code = code?;
    let globals = main_namespace(&vm, Some(&code.filename));
    let code = ophis_vm::builtins::load_code(std::sync::Arc::new(code));
    let result = vm.run_code(code, globals.clone(), None);
    let status = match result {
        Ok(_) => ExitCode::SUCCESS,
        // `-i`: the REPL opens after the traceback (and after SystemExit, as CPython's does).
        Err(e) if inspect() => {
            report_uncaught_inspecting(&mut vm, &e);
            ExitCode::SUCCESS
        }
        Err(e) => report_uncaught(&mut vm, &e),
    };
    if inspect() {
        return Ok(crate::repl::interact(vm, globals, crate::repl::Options { banner: false }));
    }
    ophis_vm::thread::wait_for_threads_at_exit(&mut vm);
    ophis_stdlib::atexit::run_exitfuncs(&mut vm);
    ophis_vm::sys::flush_stdout();
    Ok(status)
}

/// Creates the interpreter of the main thread: `sys.argv`, `sys.path` (`path0` first unless
/// `-P`), `sys.warnoptions`, the Ctrl-C handler. `Err` is the exit status when importing
/// `warnings` for the options fails.
pub fn start_interpreter(argv: Vec<String>, path0: String) -> Result<Vm, ExitCode> {
    ophis_vm::signals::install_sigint_handler();
    ophis_vm::gil::acquire();
    let interp = Interpreter::with_library(argv, ophis_stdlib::library());
    let mut vm = Vm::new(interp.clone());
    let sys_dict = interp.sys.dict_if_present().and_then(|d| d.as_dict()).expect("sys dict");
    let mut path = if SAFE_PATH.load(std::sync::atomic::Ordering::Relaxed) { vec![] } else { vec![new_str(path0)] };
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        if !crate::front_end::ignore_environment() {
            path.extend(pp.split(':').filter(|p| !p.is_empty()).map(new_str));
        }
    }
    sys_dict.set_str(intern("path"), new_list(path));
    let warn_options = warn_options();
    let has_warn_options = !warn_options.is_empty();
    sys_dict.set_str(intern("warnoptions"), new_list(warn_options.into_iter().map(new_str).collect()));
    // CPython imports `warnings` at startup when there are options for it to apply.
    if has_warn_options {
        if let Err(e) = vm.import_absolute("warnings") {
            return Err(report_uncaught(&mut vm, &e));
        }
    }
    crate::repl::site::install(&mut vm);
    Ok(vm)
}

/// The namespace of `__main__` (made the `__main__` module); `filename` is its `__file__` (the
/// REPL has none).
pub fn main_namespace(vm: &Vm, filename: Option<&str>) -> ophis_vm::object::ObjRef {
    let interp = &vm.interp;
    let globals = ophis_vm::dict::new_dict_object();
    globals.make_immortal();
    let g = globals.as_dict().expect("dict");
    g.set_str(intern("__name__"), new_str("__main__"));
    if let Some(filename) = filename {
        g.set_str(intern("__file__"), new_str(filename.to_string()));
    }
    g.set_str(intern("__builtins__"), Value::Obj(interp.builtins_module.clone()));
    g.set_str(intern("__doc__"), Value::None);
    g.set_str(intern("__package__"), Value::None);
    g.set_str(intern("__spec__"), Value::None);
    g.set_str(intern("__loader__"), Value::None);
    let main = Object::with_dict(ophis_vm::types::builtin().module.clone(), Kind::Module, globals.clone());
    main.make_immortal();
    interp.modules.as_dict().expect("dict").set_str(intern("__main__"), Value::Obj(main));
    globals
}

/// `ophis` with no program (or `ophis -i` with none, or after a script that did not compile):
/// the REPL, on the main interpreter thread. `startup`: run `PYTHONSTARTUP` first (only when the
/// REPL is what was asked for, as in CPython).
pub fn run_repl(quiet: bool, startup: bool) -> ExitCode {
    let argv = ARGV.lock().map(|a| a.clone()).unwrap_or_default();
    let handle = std::thread::Builder::new().stack_size(MAIN_STACK).name("main".into()).spawn(move || {
        let vm = match start_interpreter(argv, String::new()) {
            Ok(vm) => vm,
            Err(status) => return status,
        };
        let globals = main_namespace(&vm, None);
        let mut vm = vm;
        if startup {
            crate::repl::run_startup_file(&mut vm, &globals);
        }
        crate::repl::interact(vm, globals, crate::repl::Options { banner: !quiet })
    });
    match handle {
        Ok(h) => h.join().unwrap_or(ExitCode::from(70)),
        Err(_) => ExitCode::from(70),
    }
}

/// `-i` was given: after the program, the REPL opens in its namespace.
static INSPECT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_inspect(on: bool) {
    INSPECT.store(on, std::sync::atomic::Ordering::Relaxed);
}

pub fn inspect() -> bool {
    INSPECT.load(std::sync::atomic::Ordering::Relaxed)
}

/// Under `-i`, an exception that ends the script is printed (SystemExit too, with its
/// traceback, as CPython does when it is about to inspect) and the REPL still opens.
fn report_uncaught_inspecting(vm: &mut Vm, e: &PyErr) {
    ophis_vm::traceback::hooks::report_uncaught(vm, e);
    ophis_vm::sys::flush_stdout();
}

/// Prints an uncaught exception (or handles SystemExit) and gives the exit status.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> ExitCode {
    if e.is("SystemExit") {
        return exit_status(vm, e);
    }
    ophis_vm::traceback::hooks::report_uncaught(vm, e);
    ophis_vm::sys::flush_stdout();
    if e.is("KeyboardInterrupt") {
        ophis_vm::signals::exit_by_sigint();
    }
    ExitCode::from(1)
}

/// The exit status a SystemExit asks for: its code (None is 0); a code that is not an integer
/// is printed to stderr and gives 1.
pub fn exit_status(vm: &mut Vm, e: &PyErr) -> ExitCode {
    let args = e.data().state.lock().args.clone();
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => ophis_vm::builtins::new_tuple(args),
    };
    match code {
        Value::None => ExitCode::SUCCESS,
        Value::Int(i) => ExitCode::from((i & 0xff) as u8),
        Value::Bool(b) => ExitCode::from(b as u8),
        other => {
            let text = vm.str_string(&other).unwrap_or_default();
            ophis_vm::sys::flush_stdout();
            eprintln!("{text}");
            ExitCode::from(1)
        }
    }
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
    // Then the standard library's modules written in Python.
    let library = ophis_stdlib::library();
    let entry = library.embedded(name).filter(|m| !m.is_package).or_else(|| library.embedded(&format!("{name}.__main__")));
    if let Some(module) = entry.copied() {
        let path = ophis_vm::modules::embedded_filename(module.name);
        if let Ok(mut a) = ARGV.lock() {
            if let Some(first) = a.first_mut() {
                *first = path.clone();
            }
        }
        return match run_source(module.source, &path, &cwd) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("  File \"{path}\"\nSyntaxError: {}", e.message);
                ExitCode::from(1)
            }
        };
    }
    if library.embedded(name).is_some_and(|m| m.is_package) {
        eprintln!("ophis: No module named {name}.__main__; '{name}' is a package and cannot be directly executed");
    } else {
        eprintln!("ophis: No module named {name}");
    }
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
