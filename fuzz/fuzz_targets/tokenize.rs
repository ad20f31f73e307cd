//! Arbitrary bytes → `tokenize_listing` (both forms) and `lex` (with and without type comments)
//! plus `parser_tokens`, checking the raw stream's documented invariants: ranges inside the
//! source, on character boundaries, increasing and not overlapping, ending with ENDMARKER.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ophis_lexer::{LexOptions, LineIndex, TokenKind, lex, parser_tokens, tokenize_listing};

fuzz_target!(|data: &[u8]| {
    let _ = tokenize_listing(data, "<fuzz>", false);
    let _ = tokenize_listing(data, "<fuzz>", true);
    let Ok(text) = ophis_lexer::decode_source(data) else { return };
    let index = LineIndex::new(&text);
    for type_comments in [false, true] {
        let lexed = lex(&text, LexOptions { type_comments });
        let mut prev_end = 0u32;
        for t in &lexed.tokens {
            let (s, e) = (t.range.start, t.range.end);
            assert!(s <= e && e as usize <= text.len(), "token {t:?} outside the source ({} bytes)", text.len());
            assert!(text.is_char_boundary(s as usize) && text.is_char_boundary(e as usize), "token {t:?} splits a character");
            assert!(s >= prev_end, "token {t:?} overlaps the previous one (ended at {prev_end})");
            prev_end = e;
            let _ = index.line_col(s);
            let _ = index.line_char_col(&text, e);
        }
        assert_eq!(lexed.tokens.last().map(|t| t.kind), Some(TokenKind::EndOfFile), "the stream must end with ENDMARKER");
        for err in &lexed.errors {
            let _ = err.cpython_location(&text, &index);
        }
        let _ = parser_tokens(&lexed.tokens, &text);
    }
});
