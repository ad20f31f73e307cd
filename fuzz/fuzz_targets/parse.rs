//! Arbitrary bytes → `decode_source` → `parse` in all four modes, with and without type comments;
//! on success the tree is dumped (`ast.dump` text, plain and with attributes), on failure the
//! error's CPython location is computed. Nothing may panic, loop or blow up memory.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ophis_lexer::LineIndex;
use ophis_parser::ast::dump::{DumpOptions, dump};
use ophis_parser::{Mode, ParseOptions, SyntaxError, parse};

fuzz_target!(|data: &[u8]| {
    let text = match ophis_lexer::decode_source(data) {
        Ok(text) => text,
        Err(e) => {
            // What `ophis FILE` does for an undecodable file: the error located in the lossy text.
            let lossy = String::from_utf8_lossy(data);
            let error = SyntaxError::from(e);
            // Known bug (fuzz/regressions/decode-error-location-not-char-boundary-latin1-nul): the
            // error's offsets need not fall on character boundaries of the lossy text, and
            // `location` then panics. Skipped here so that the fuzzer can find other bugs; the
            // regression test still checks it. Remove the guard once it is fixed.
            let (s, e) = (error.range.start as usize, error.range.end as usize);
            if s <= lossy.len() && e <= lossy.len() && lossy.is_char_boundary(s) && lossy.is_char_boundary(e) {
                let _ = error.location(&lossy, &LineIndex::new(&lossy));
            }
            return;
        }
    };
    let index = LineIndex::new(&text);
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive, Mode::FunctionType] {
        for type_comments in [false, true] {
            match parse(&text, ParseOptions { mode, type_comments }) {
                Ok(tree) => {
                    let _ = dump(&tree, DumpOptions::default(), None);
                    let _ = dump(
                        &tree,
                        DumpOptions { indent: None, show_empty: true, include_attributes: true },
                        Some(&index),
                    );
                }
                Err(e) => {
                    let _ = e.location(&text, &index);
                }
            }
        }
    }
});
