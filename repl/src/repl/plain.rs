//! The REPL when standard input is not a terminal (`ophis -i script.py < commands`): CPython's
//! basic REPL. Lines are read one at a time, prompts go to stderr, an input is run as soon as
//! `codeop` finds it complete (a syntax error is reported at once), inputs are named
//! `<stdin>`, and EOF runs what was typed, then leaves.
//!
//! Known difference: CPython finds the source lines of each input's code objects, so a
//! traceback through a function typed in an earlier input shows its lines; ophis keeps one
//! source per file name, so frames of code from earlier `<stdin>` inputs show no line.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use ophis_vm::object::ObjRef;
use ophis_vm::Vm;

use super::execute::{self, Session};
use super::input::{SingleStatus, single_status};

fn write_prompt(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

pub fn run(vm: &mut Vm, globals: &ObjRef, options: &super::Options) -> ExitCode {
    if options.banner {
        write_prompt(&super::banner::text());
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut session = Session::default();
    let mut buffer: Vec<String> = Vec::new();
    loop {
        let prompt = if buffer.is_empty() { super::prompt(vm, "ps1", ">>> ") } else { super::prompt(vm, "ps2", "... ") };
        write_prompt(&prompt);
        let mut line = String::new();
        let eof = !matches!(input.read_line(&mut line), Ok(n) if n > 0);
        if eof {
            write_prompt("\n");
            if buffer.is_empty() {
                return ExitCode::SUCCESS;
            }
            // What was typed runs; the next read meets EOF again (with its prompt) and leaves.
            let source = buffer.join("\n");
            buffer.clear();
            if let Some(status) = execute::run_input(vm, globals, &mut session, &source, "<stdin>") {
                return status;
            }
            continue;
        }
        if line.ends_with('\n') {
            line.pop();
            if line.ends_with('\r') {
                line.pop();
            }
        }
        buffer.push(line);
        let source = buffer.join("\n");
        if single_status(&source) == SingleStatus::Incomplete {
            continue;
        }
        buffer.clear();
        if let Some(status) = execute::run_input(vm, globals, &mut session, &source, "<stdin>") {
            return status;
        }
    }
}
