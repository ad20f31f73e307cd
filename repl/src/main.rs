//! The `ophis` command: `ophis [options] [-c cmd | -m mod | file | -] [args]`, as `python`.
//!
//! Today it runs the front-end tools (`-m ast`, `-m tokenize`) and checks the syntax of files;
//! running programs arrives with the compiler and VM.

mod diagnostics;
mod front_end;
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
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-V" | "--version" => {
                println!("ophis {VERSION} (Python 3.14 compatible)");
                return ExitCode::SUCCESS;
            }
            "-h" | "--help" => {
                println!("usage: ophis [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                println!("-m mod : run library module as a script (ast and tokenize for now)");
                println!("-V     : print the version number and exit");
                return ExitCode::SUCCESS;
            }
            "-m" => {
                let Some(module) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -m option");
                };
                let rest = &args[i + 2..];
                return match module.as_str() {
                    "ast" => front_end::ast_main(rest),
                    "tokenize" => front_end::tokenize_main(rest),
                    "dis" => run::dis_main(rest),
                    other => {
                        set_argv(std::iter::once(String::new()).chain(rest.iter().cloned()).collect());
                        run::run_module(other)
                    }
                };
            }
            "-E" | "-I" => {
                front_end::set_ignore_environment(true);
                i += 1;
            }
            "-W" => {
                let Some(option) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -W option");
                };
                run::add_warn_option(option);
                i += 2;
            }
            a if a.starts_with("-W") => {
                run::add_warn_option(&a[2..]);
                i += 1;
            }
            "-s" | "-S" | "-B" | "-q" => i += 1,
            "-X" => i += 2,
            a if a.starts_with("-X") => i += 1,
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                // Python 3.14 dedents the command (as textwrap.dedent does).
                let code = diagnostics::pystr::dedent(code);
                set_argv(std::iter::once("-c".to_string()).chain(args[i + 2..].iter().cloned()).collect());
                return front_end::check_source(code.as_bytes(), "<string>", front_end::SourceKind::Command);
            }
            a if a.starts_with('-') && a != "-" => return usage_error(&format!("Unknown option: {a}")),
            "-u" => {
                ophis_vm::sys::set_unbuffered(true);
                i += 1;
            }
            file => {
                set_argv(args[i..].to_vec());
                return front_end::run_file(file);
            }
        }
    }
    // No script: CPython reads the program from standard input when it is not a terminal.
    if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return front_end::run_file("-");
    }
    eprintln!("ophis: the interactive REPL is not built yet");
    ExitCode::from(2)
}
