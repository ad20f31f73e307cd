//! Type comments (`LexOptions::type_comments`). Expectations from CPython 3.14's
//! `ast.parse(src, type_comments=True)`: the type_comment strings and the TypeIgnore
//! (lineno, tag) pairs below are what it reports for these sources.

use ophis_lexer::{
    LexOptions, LineIndex, TokenKind, lex, parser_tokens, type_comment_payload, type_ignore_tag,
};

fn type_tokens(src: &str) -> (Vec<String>, Vec<(u32, String)>) {
    let lexed = lex(src, LexOptions { type_comments: true });
    assert!(lexed.errors.is_empty());
    let index = LineIndex::new(src);
    let mut comments = Vec::new();
    let mut ignores = Vec::new();
    for t in &lexed.tokens {
        let text = t.range.slice(src);
        match t.kind {
            TokenKind::TypeComment => comments.push(type_comment_payload(text).to_string()),
            TokenKind::TypeIgnore => {
                ignores.push((index.line_col(t.range.start).line, type_ignore_tag(text).to_string()))
            }
            _ => {}
        }
    }
    (comments, ignores)
}

#[test]
fn payloads_and_tags() {
    assert_eq!(type_tokens("x = 1  # type: int\n"), (vec!["int".into()], vec![]));
    assert_eq!(
        type_tokens("import x\n\n\n\n\n#type:ignore\n"),
        (vec![], vec![(6, "\n".into())])
    );
    assert_eq!(type_tokens("import x  # type: ignore[foo]\n"), (vec![], vec![(1, "[foo]".into())]));
    assert_eq!(type_tokens("x = 1 #type:ignorex\n"), (vec!["ignorex".into()], vec![]));
    assert_eq!(type_tokens("x = 1 #  type:\tignore  \n"), (vec![], vec![(1, "  ".into())]));
    assert_eq!(type_tokens("if x:\n    pass\n    # type: ignore\n"), (vec![], vec![(3, "\n".into())]));
    assert_eq!(
        type_tokens("def f(a, # type: int\n      b):\n    pass\n"),
        (vec!["int".into()], vec![])
    );
    // Not type comments.
    assert_eq!(type_tokens("x = 1  # typo: int\n# type int\n"), (vec![], vec![]));
}

/// A type comment alone on the line after `def f():` is followed by NEWLINE (then INDENT), as
/// the grammar's `NEWLINE TYPE_COMMENT &(NEWLINE INDENT)` needs; a lone type-ignore takes its
/// newline with it.
#[test]
fn placement() {
    let src = "def f():\n    # type: () -> None\n    pass\nx = 1\n    # type: ignore\ny = 2\n";
    let lexed = lex(src, LexOptions { type_comments: true });
    let kinds: Vec<_> = parser_tokens(&lexed.tokens, src).iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [
            Def, Name, Lpar, Rpar, Colon, Newline, TypeComment, Newline, Indent, Pass, Newline,
            Dedent, Name, Equal, Int, Newline, Name, Equal, Int, Newline, EndOfFile
        ]
    );
}

#[test]
fn off_by_default() {
    let src = "x = 1  # type: int\n";
    let lexed = lex(src, LexOptions::default());
    assert!(lexed.tokens.iter().any(|t| t.kind == TokenKind::Comment));
    assert!(!lexed.tokens.iter().any(|t| t.kind == TokenKind::TypeComment));
}
