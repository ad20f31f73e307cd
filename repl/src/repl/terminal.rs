//! The REPL at a terminal: a rustyline editor with CPython's prompts, persistent history,
//! Emacs keys and Ctrl-R (rustyline's defaults), highlighting, completion and bracketed paste.
//!
//! Each line is read with its own prompt (`sys.ps1`, then `sys.ps2` while the input needs more
//! lines), so the prompts are CPython's. A finished multi-line input is stored in the history as
//! one entry: recalled, it comes back whole in one editing buffer (the same happens to a pasted
//! block), where Enter inserts a line break until the parser finds the buffer complete.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::rc::Rc;

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};

use ophis_vm::object::ObjRef;
use ophis_vm::Vm;

use super::commands::{self, Command};
use super::execute::{self, Session};
use super::helper::ReplHelper;
use super::{Options, banner, history, input};

/// The prompt in CPython 3.14's colour (bold magenta) when colours are on.
fn styled_prompt(text: &str, colour: bool) -> (String, String) {
    let styled = if colour { format!("\x1b[1;35m{text}\x1b[0m") } else { text.to_string() };
    (text.to_string(), styled)
}

fn write_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Whether the REPL colours its output (highlighting, prompts): CPython's rule for standard
/// output (`NO_COLOR`, `PYTHON_COLORS`, `FORCE_COLOR`, `TERM=dumb`, a terminal or not).
pub fn colours_on() -> bool {
    let env = crate::diagnostics::ColourEnv::from_process(crate::front_end::ignore_environment());
    crate::diagnostics::can_colorize(&env, std::io::stdout().is_terminal())
}

/// Runs the REPL; gives the exit status and the interpreter back.
pub fn run(vm: Vm, globals: &ObjRef, options: &Options) -> (ExitCode, Vm) {
    let vm = Rc::new(RefCell::new(vm));
    let colour = colours_on();
    let status = edit_loop(&vm, globals, options, colour);
    let vm = match Rc::try_unwrap(vm) {
        Ok(cell) => cell.into_inner(),
        Err(_) => unreachable!("the editor, which shares the interpreter, is dropped by now"),
    };
    (status, vm)
}

fn new_editor(vm: &Rc<RefCell<Vm>>, globals: &ObjRef, colour: bool) -> rustyline::Result<Editor<ReplHelper, FileHistory>> {
    let config = Config::builder()
        .auto_add_history(false)
        .history_ignore_dups(true)?
        .max_history_size(10_000)?
        .completion_type(CompletionType::List)
        .bracketed_paste(true)
        .build();
    let mut editor = Editor::with_config(config)?;
    editor.set_helper(Some(ReplHelper::new(vm.clone(), globals.clone(), colour)));
    Ok(editor)
}

/// One line from the editor, starting with `initial` typed in: `Ok(None)` is EOF (Ctrl-D);
/// `Err(())` is Ctrl-C.
fn read_line(editor: &mut Editor<ReplHelper, FileHistory>, prompt: &str, initial: &str, colour: bool) -> Result<Option<String>, ()> {
    match editor.readline_with_initial(&styled_prompt(prompt, colour), (initial, "")) {
        Ok(line) => Ok(Some(line)),
        Err(ReadlineError::Interrupted) => Err(()),
        Err(ReadlineError::Eof) => Ok(None),
        Err(e) => {
            write_stderr(&format!("ophis: cannot read the terminal: {e}\n"));
            Ok(None)
        }
    }
}

fn edit_loop(vm: &Rc<RefCell<Vm>>, globals: &ObjRef, options: &Options, colour: bool) -> ExitCode {
    let mut editor = match new_editor(vm, globals, colour) {
        Ok(editor) => editor,
        Err(e) => {
            write_stderr(&format!("ophis: cannot start the line editor: {e}\n"));
            return ExitCode::from(1);
        }
    };
    let history_path = history::path();
    if let Some(path) = &history_path {
        if path.exists() {
            if let Err(e) = editor.load_history(path) {
                write_stderr(&format!("ophis: cannot read the history file {}: {e}\n", path.display()));
            }
        }
    }
    if options.banner {
        print!("{}", banner::text());
    }
    let mut session = Session::default();
    let mut input_number = 0u64;
    loop {
        ophis_vm::sys::flush_stdout();
        let _ = std::io::stdout().flush();
        let (ps1, ps2) = {
            let mut vm = vm.borrow_mut();
            (super::prompt(&mut vm, "ps1", ">>> "), super::prompt(&mut vm, "ps2", "... "))
        };
        if let Some(helper) = editor.helper() {
            helper.set_context("");
        }
        let mut buffer = match read_line(&mut editor, &ps1, "", colour) {
            Ok(Some(line)) => line,
            Ok(None) => return ExitCode::SUCCESS,
            Err(()) => {
                write_stderr("KeyboardInterrupt\n");
                continue;
            }
        };
        let mut eof = false;
        let mut cancelled = false;
        while input::needs_more_lines(&buffer) {
            let indent = input::auto_indent(&buffer);
            if let Some(helper) = editor.helper() {
                helper.set_context(&buffer);
            }
            match read_line(&mut editor, &ps2, &indent, colour) {
                Ok(Some(line)) => {
                    buffer.push('\n');
                    buffer.push_str(&line);
                }
                Ok(None) => {
                    eof = true;
                    break;
                }
                Err(()) => {
                    cancelled = true;
                    break;
                }
            }
        }
        if cancelled {
            write_stderr("KeyboardInterrupt\n");
            continue;
        }
        let command = commands::run(&mut vm.borrow_mut(), globals, &buffer);
        match command {
            Some(Command::Exit(status)) => return status,
            Some(Command::Done) => continue,
            None => {}
        }
        let source = input::strip_final_indent(&buffer).to_string();
        if !source.trim().is_empty() {
            let entry = source.trim_end_matches('\n');
            if editor.add_history_entry(entry).unwrap_or(false) {
                if let Some(path) = &history_path {
                    if let Err(e) = editor.append_history(path) {
                        write_stderr(&format!("ophis: cannot write the history file {}: {e}\n", path.display()));
                    }
                }
            }
        }
        let filename = format!("<python-input-{input_number}>");
        input_number += 1;
        let result = execute::run_input(&mut vm.borrow_mut(), globals, &mut session, &source, &filename);
        if let Some(status) = result {
            return status;
        }
        if eof {
            return ExitCode::SUCCESS;
        }
    }
}
