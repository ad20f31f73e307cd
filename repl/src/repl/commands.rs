//! Words that do something when typed alone at the terminal REPL (CPython 3.13+): `exit` and
//! `quit` leave, `help` explains what help there is, `copyright` prints it, `clear` clears the
//! screen. A name the user defined in the namespace shadows the command.

use std::io::Write;
use std::process::ExitCode;

use ophis_vm::object::ObjRef;
use ophis_vm::Vm;

/// What a command asks the REPL to do.
pub enum Command {
    /// Leave with this status.
    Exit(ExitCode),
    /// Done; read the next input.
    Done,
}

const HELP: &str = "\
ophis has no interactive help utility yet (CPython's is pydoc, which ophis does not include).
What there is:
  help(object)   the object's kind, name and docstring
  dir(object)    its attributes; Tab completes names and attributes as you type
  exit, quit     leave the REPL (also Ctrl-D); clear clears the screen
Keys: Ctrl-R searches the history, Ctrl-C cancels the input or interrupts running code.
The language and library reference: https://docs.python.org/3.14/
";

/// Runs `statement` as a REPL command if it is one (and not a name in `globals`).
pub fn run(vm: &mut Vm, globals: &ObjRef, statement: &str) -> Option<Command> {
    let word = statement.trim();
    if !matches!(word, "exit" | "quit" | "help" | "copyright" | "clear") {
        return None;
    }
    if globals.as_dict().is_some_and(|g| g.get_str(word).is_some()) {
        return None;
    }
    let mut out = std::io::stdout().lock();
    match word {
        "exit" | "quit" => return Some(Command::Exit(ExitCode::SUCCESS)),
        "help" => {
            let _ = out.write_all(HELP.as_bytes());
        }
        "copyright" => {
            drop(out);
            let copyright = vm.interp.builtins_module.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str("copyright"));
            if let Some(c) = copyright {
                if let Ok(text) = vm.repr_string(&c) {
                    println!("{text}");
                }
            }
            return Some(Command::Done);
        }
        _ => {
            let _ = out.write_all(b"\x1b[H\x1b[2J");
        }
    }
    let _ = out.flush();
    Some(Command::Done)
}
