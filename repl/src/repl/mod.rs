//! The interactive REPL (`ophis` with no program, `ophis -i`): CPython 3.14's REPL behaviour on
//! a rustyline editor.
//!
//! - `input.rs`: when input is complete (the parser decides, with CPython's `codeop` rules);
//! - `execute.rs`: compiling and running one input, reporting its errors;
//! - `terminal.rs`: the rustyline editor (prompts, history, Ctrl-C/Ctrl-D) with `helper.rs`
//!   (validation of multi-line buffers), `highlight.rs` and `complete.rs`;
//! - `plain.rs`: standard input that is not a terminal (`ophis -i script.py < file`), read as
//!   CPython's basic REPL reads it;
//! - `commands.rs`: `exit`, `quit`, `help`... typed alone; `site.rs`: the `exit`/`quit`/
//!   `copyright`/`credits`/`license` builtins; `banner.rs`, `history.rs`.

mod banner;
mod commands;
mod complete;
mod execute;
mod helper;
mod highlight;
mod history;
pub mod input;
mod plain;
pub mod site;
mod terminal;

use std::io::IsTerminal;
use std::process::ExitCode;

use ophis_vm::builtins::{intern, new_str};
use ophis_vm::object::ObjRef;
use ophis_vm::Vm;

/// How the REPL starts.
pub struct Options {
    /// Print the banner (not with `-q`, nor after a script under `-i`).
    pub banner: bool,
}

/// Runs the REPL in `globals` until EOF, `exit` or SystemExit; gives the exit status. Runs the
/// `atexit` functions before returning.
pub fn interact(mut vm: Vm, globals: ObjRef, options: Options) -> ExitCode {
    // CPython sets the prompts in `sys` when it becomes interactive.
    if let Some(sys) = vm.interp.sys.dict_if_present().and_then(|d| d.as_dict()) {
        if sys.get_str("ps1").is_none() {
            sys.set_str(intern("ps1"), new_str(">>> "));
        }
        if sys.get_str("ps2").is_none() {
            sys.set_str(intern("ps2"), new_str("... "));
        }
    }
    let status = if std::io::stdin().is_terminal() {
        let (status, returned) = terminal::run(vm, &globals, &options);
        vm = returned;
        status
    } else {
        plain::run(&mut vm, &globals, &options)
    };
    ophis_vm::thread::wait_for_threads_at_exit(&mut vm);
    ophis_stdlib::atexit::run_exitfuncs(&mut vm);
    ophis_vm::sys::flush_stdout();
    status
}

/// `str(sys.ps1)` or `str(sys.ps2)`, or the default when it is missing or its `str` fails.
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    let value = vm.interp.sys.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str(name));
    match value {
        Some(v) => vm.str_string(&v).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

/// `PYTHONSTARTUP` (unless `-E`): a file run in the REPL's namespace before the first prompt.
/// Its errors are reported and the REPL starts anyway.
pub fn run_startup_file(vm: &mut Vm, globals: &ObjRef) {
    if crate::front_end::ignore_environment() {
        return;
    }
    let Some(path) = std::env::var_os("PYTHONSTARTUP").filter(|p| !p.is_empty()) else { return };
    let path = path.to_string_lossy().into_owned();
    let source = match std::fs::read(&path).map(|b| ophis_lexer::decode_source(&b).map(|t| t.into_owned())) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) | Err(_) => {
            eprintln!("Could not open PYTHONSTARTUP");
            return;
        }
    };
    let code = match ophis_compiler::compile_source(&source, &path, ophis_compiler::CompileMode::Exec) {
        Ok(code) => code,
        Err(e) => {
            execute::report_syntax_error(&e, &source, &path);
            return;
        }
    };
    let code = ophis_vm::builtins::load_code(std::sync::Arc::new(code));
    if let Err(e) = vm.run_code(code, globals.clone(), None) {
        ophis_vm::traceback::hooks::report_uncaught(vm, &e);
    }
    ophis_vm::sys::flush_stdout();
}
