//! The `ophis` command: `ophis [options] [-c cmd | -m mod | file | -] [args]`, as `python`.
//!
//! The command line is parsed in `cli.rs`; `front_end.rs` runs the front-end tools (`-m ast`,
//! `-m tokenize`) and reads sources; `run.rs` runs programs on the VM; `repl/` is the
//! interactive REPL; `check.rs` is `ophis check FILE...`.

mod check;
mod cli;
mod diagnostics;
mod front_end;
mod repl;
mod run;

use std::process::ExitCode;

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn usage_error(message: &str) -> ExitCode {
    eprintln!("{message}");
    eprintln!("usage: ophis [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `ophis -h' for more information.");
    ExitCode::from(2)
}

fn set_argv(argv: Vec<String>) {
    if let Ok(mut a) = run::ARGV.lock() {
        *a = argv;
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `ophis check FILE...`: our extension (a script literally named `check` runs with `./check`).
    if args.first().is_some_and(|a| a == "check") {
        return check::main(&args[1..], false);
    }
    ophis_vm::traceback::terminal::set_renderer(diagnostics::traceback_report::render);
    let cl = match cli::parse(&args) {
        Ok(cl) => cl,
        Err(cli::UsageError(message)) => return usage_error(&message),
    };
    front_end::set_ignore_environment(cl.ignore_environment);
    let env_flag = |name: &str| !cl.ignore_environment && std::env::var(name).is_ok_and(|v| !v.is_empty());
    if cl.unbuffered || env_flag("PYTHONUNBUFFERED") {
        ophis_vm::sys::set_unbuffered(true);
    }
    for w in &cl.warn_options {
        run::add_warn_option(w);
    }
    run::set_inspect(cl.inspect);
    repl::site::set_no_site(cl.no_site);
    let safe_path = cl.safe_path || env_flag("PYTHONSAFEPATH");
    run::set_safe_path(safe_path);
    let env_optimize = if cl.ignore_environment { 0 } else { std::env::var("PYTHONOPTIMIZE").ok().and_then(|v| v.parse::<u8>().ok()).unwrap_or(0) };
    let optimize = cl.optimize.max(env_optimize).min(2);
    ophis_vm::compile::set_optimize(optimize);
    let mut flags = cli::sys_flags(&cl);
    flags.push(("safe_path", safe_path as i64));
    flags.push(("optimize", optimize as i64));
    flags.push(("dont_write_bytecode", (cl.dont_write_bytecode || env_flag("PYTHONDONTWRITEBYTECODE")) as i64));
    // Threading mode: free-threaded by default (`-X free_thread`/`PYTHONFREETHREAD` name the
    // default); `-X gil=1` / `PYTHON_GIL=1` turn on the global lock.
    let env_value = |name: &str| if cl.ignore_environment { None } else { std::env::var(name).ok().filter(|v| !v.is_empty()) };
    let xoption = |name: &str| {
        cl.xoptions.iter().rev().find_map(|x| match x.split_once('=') {
            Some((k, v)) if k == name => Some(v.to_string()),
            None if x == name => Some(String::new()),
            _ => None,
        })
    };
    for (option, env, flag) in [
        ("gil", "PYTHON_GIL", "gil"),
        ("thread_inherit_context", "PYTHON_THREAD_INHERIT_CONTEXT", "thread_inherit_context"),
        ("context_aware_warnings", "PYTHON_CONTEXT_AWARE_WARNINGS", "context_aware_warnings"),
    ] {
        let Some(value) = xoption(option).or_else(|| env_value(env)) else { continue };
        match value.as_str() {
            "0" | "1" => flags.push((flag, i64::from(value == "1"))),
            _ => {
                let what = if option == "gil" { "PYTHON_GIL / -X gil".to_string() } else { format!("{env} / -X {option}") };
                let function = if option == "gil" { "config_read_gil" } else { "config_init" };
                eprintln!("Fatal Python error: {function}: {what} must be \"0\" or \"1\"\nPython runtime state: preinitialized\n");
                return ExitCode::from(1);
            }
        }
    }
    if flags.iter().rev().find(|(n, _)| *n == "gil").is_some_and(|(_, v)| *v == 1) {
        ophis_vm::gil::enable();
    }
    ophis_vm::sys::set_command_line(flags, cl.xoptions.clone());
    match cl.action.unwrap_or(cli::Action::Repl) {
        cli::Action::Version(n) => {
            if n > 1 {
                println!("ophis {VERSION} (Python 3.14 compatible) [Rust]");
            } else {
                println!("ophis {VERSION} (Python 3.14 compatible)");
            }
            ExitCode::SUCCESS
        }
        cli::Action::Help => {
            print!("{}", cli::HELP.replace("{prog}", "ophis"));
            ExitCode::SUCCESS
        }
        cli::Action::Module(module) => match module.as_str() {
            "ast" => front_end::ast_main(&cl.args),
            "tokenize" => front_end::tokenize_main(&cl.args),
            "dis" => run::dis_main(&cl.args),
            other => {
                set_argv(std::iter::once(String::new()).chain(cl.args.iter().cloned()).collect());
                run::run_module(other)
            }
        },
        cli::Action::Command(code) => {
            // Python 3.14 dedents the command (as textwrap.dedent does).
            let code = diagnostics::pystr::dedent(&code);
            set_argv(std::iter::once("-c".to_string()).chain(cl.args.iter().cloned()).collect());
            front_end::check_source(code.as_bytes(), "<string>", front_end::SourceKind::Command)
        }
        cli::Action::File(file) => {
            set_argv(std::iter::once(file.clone()).chain(cl.args.iter().cloned()).collect());
            front_end::run_file(&file)
        }
        cli::Action::Stdin => {
            let first = if args.iter().any(|a| a == "-") { "-" } else { "" };
            set_argv(std::iter::once(first.to_string()).chain(cl.args.iter().cloned()).collect());
            front_end::run_file("-")
        }
        cli::Action::Repl => {
            set_argv(vec![String::new()]);
            run::run_repl(cl.quiet, true)
        }
    }
}
