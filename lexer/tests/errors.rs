//! Lexical errors: CPython's class, message and location for every tokenizer error message.
//! The table is generated from the reference interpreter by `data/gen_error_cases.py`.

use ophis_lexer::{LexOptions, LineIndex, TokenKind, lex};

include!("data/error_cases.rs");

#[test]
fn error_locations_match_cpython() {
    let mut failures = Vec::new();
    for &(src, class, message, lineno, offset, end_lineno, end_offset) in ERROR_CASES {
        let lexed = lex(src, LexOptions::default());
        let Some(e) = lexed.errors.first() else {
            failures.push(format!("{src:?}: no error, expected {message:?}"));
            continue;
        };
        let index = LineIndex::new(src);
        let got = (e.class.name(), e.message.as_str(), e.cpython_location(src, &index));
        let want = (class, message, (lineno, offset, end_lineno, end_offset));
        if got != want {
            failures.push(format!("{src:?}:\n   got {got:?}\n  want {want:?}"));
        }
        // The error's token is in the stream, as an Unknown token.
        assert!(
            lexed.tokens.iter().any(|t| t.kind == TokenKind::Unknown && t.range == e.token),
            "{src:?}: no Unknown token at {:?}",
            e.token
        );
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn incomplete_input() {
    let incomplete = |src: &str| {
        let lexed = lex(src, LexOptions::default());
        lexed.errors.first().map(|e| e.incomplete)
    };
    assert_eq!(incomplete("x = '''abc\n"), Some(true));
    assert_eq!(incomplete("x = (1,\n"), Some(true));
    assert_eq!(incomplete("x = 1 + \\\n"), Some(true));
    assert_eq!(incomplete("x = f'''{x}\n"), Some(true));
    assert_eq!(incomplete("x = f'{x\n"), Some(true));
    assert_eq!(incomplete("x = 'abc\n"), Some(false));
    assert_eq!(incomplete("x = (]\n"), Some(false));
    assert_eq!(incomplete("x = 1\n"), None);
}

#[test]
fn recovery_reports_several_errors() {
    let src = "x = 1_\ny = $\nz = 'abc\nw = 0o8\n";
    let lexed = lex(src, LexOptions::default());
    let messages: Vec<_> = lexed.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "invalid decimal literal",
            "unterminated string literal (detected at line 3)",
            "invalid digit '8' in octal literal"
        ]
    );
    // Lexing went on to the end: the last line's tokens are there.
    assert_eq!(lexed.tokens.last().unwrap().kind, TokenKind::EndOfFile);
    // `$` is an Unknown token without a lexical error (the parser rejects it).
    assert!(lexed.tokens.iter().any(|t| t.kind == TokenKind::Unknown && t.range.slice(src) == "$"));
    assert!(lexed.tokens.iter().any(|t| t.kind == TokenKind::Name && t.range.slice(src) == "w"));
}
