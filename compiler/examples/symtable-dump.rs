//! Prints the symbol table of each Python file given, in the format of
//! `tests/corpus/check_symtable.py` (which prints CPython's the same way):
//!
//!     cargo run -p ophis-compiler --example symtable-dump [--mode exec|eval|single] FILE...
//!
//! Each file's dump starts with a `=== PATH` line. A file that does not compile prints
//! `SyntaxError: MESSAGE (LINE:OFFSET-END_LINE:END_OFFSET)` instead, with CPython's 1-based
//! offsets.

use ophis_compiler::symtable::{BuildOptions, build, dump};
use ophis_lexer::LineIndex;
use ophis_parser::{Mode, ParseOptions};

fn main() {
    let mut failed = false;
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut mode = Mode::Module;
    if args.first().map(String::as_str) == Some("--mode") && args.len() >= 2 {
        mode = match args[1].as_str() {
            "eval" => Mode::Expression,
            "single" => Mode::Interactive,
            _ => Mode::Module,
        };
        args.drain(..2);
    }
    let options = ParseOptions { mode, ..Default::default() };
    for path in args {
        println!("=== {path}");
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{path}: {error}");
                failed = true;
                continue;
            }
        };
        let source = match ophis_lexer::decode_source(&bytes) {
            Ok(source) => source,
            Err(error) => {
                println!("SyntaxError: {}", error.message);
                continue;
            }
        };
        let index = LineIndex::new(&source);
        let result = ophis_parser::parse(&source, options)
            .and_then(|module| build(&module, &index, BuildOptions::default()).map(|table| dump(&table, &index)));
        match result {
            Ok(text) => print!("{text}"),
            Err(error) => {
                let (line, offset, end_line, end_offset) = error.location(&source, &index);
                println!("{}: {} ({line}:{offset}-{end_line}:{end_offset})", error.kind.name(), error.message);
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
