//! Arbitrary bytes → `decode_source` → `parse` (module, expression and interactive input) →
//! `symtable::build` (with and without top-level await and inherited future annotations) → the
//! table's dump, or the error's location. Nothing may panic, loop or blow up memory.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ophis_compiler::symtable::{BuildOptions, build, dump};
use ophis_lexer::LineIndex;
use ophis_parser::{Mode, ParseOptions, parse};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = ophis_lexer::decode_source(data) else { return };
    let index = LineIndex::new(&text);
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive] {
        let Ok(tree) = parse(&text, ParseOptions { mode, type_comments: false }) else { continue };
        for (allow_top_level_await, future_annotations) in [(false, false), (true, true)] {
            match build(&tree, &index, BuildOptions { allow_top_level_await, future_annotations }) {
                Ok(table) => {
                    let _ = dump(&table, &index);
                }
                Err(error) => {
                    let _ = error.location(&text, &index);
                }
            }
        }
    }
});
