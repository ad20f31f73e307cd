//! Span invariants of the raw stream, over committed snippets and (when present) the whole
//! reference standard library:
//! - ranges are strictly increasing and do not overlap; only layout tokens, ENDMARKER and the
//!   Unknown token of an error at a point may be empty;
//! - ranges lie on character boundaries;
//! - between tokens there is only whitespace, line ends and backslash continuations;
//! - the stream ends with exactly one EndOfFile;
//! - the lazy `Lexer` yields exactly what `lex` returns.

use ophis_lexer::{LexOptions, Lexer, Token, TokenKind, lex};

fn check(src: &str, name: &str, options: LexOptions) -> usize {
    let lexed = lex(src, options);
    let tokens = &lexed.tokens;
    assert_eq!(tokens.last().map(|t| t.kind), Some(TokenKind::EndOfFile), "{name}: no EndOfFile");
    assert_eq!(tokens.iter().filter(|t| t.kind == TokenKind::EndOfFile).count(), 1, "{name}");
    let mut prev: Option<Token> = None;
    let mut end = 0u32;
    for t in tokens {
        let r = t.range;
        assert!(r.start <= r.end, "{name}: bad range {t:?}");
        assert!(src.is_char_boundary(r.start as usize) && src.is_char_boundary(r.end as usize), "{name}: {t:?}");
        if r.is_empty() {
            assert!(
                matches!(
                    t.kind,
                    TokenKind::Indent
                        | TokenKind::Dedent
                        | TokenKind::EndOfFile
                        | TokenKind::Newline
                        | TokenKind::NonLogicalNewline
                        | TokenKind::Unknown
                ),
                "{name}: empty {t:?}"
            );
        }
        assert!(r.start >= end, "{name}: {t:?} overlaps or goes back (previous {prev:?})");
        if let Some(p) = prev {
            if !r.is_empty() && !p.range.is_empty() {
                assert!(r.start > p.range.start, "{name}: {t:?} after {p:?}");
            }
        }
        let gap = &src[end as usize..r.start as usize];
        assert!(
            gap.chars().all(|c| matches!(c, ' ' | '\t' | '\x0c' | '\\' | '\r' | '\n')),
            "{name}: unexpected text {gap:?} before {t:?}"
        );
        end = r.end;
        prev = Some(*t);
    }
    assert_eq!(end as usize, src.len().min(end as usize), "{name}");
    let lazy: Vec<Token> = Lexer::new(src, options).collect();
    assert_eq!(&lazy, tokens, "{name}: Lexer and lex differ");
    lexed.errors.len()
}

const SNIPPETS: &[&str] = &[
    "",
    "\n",
    "x",
    "  ",
    "# c",
    "if x:\n    y\n",
    "if x:\n\ty\n  \n\tz",
    "f'{x!r:>{w}}' f'{{}}' t'{a}{{b}}' rf'\\N{x}' f'\\N{BULLET}'",
    "f'''\n{x:\n{y}\n}'''",
    "x = (\n1,\n# c\n2)\n",
    "a \\\n b \\\r\n c\r\n",
    "x = 1if y else 0x1for",
    "é = ｆｏｏ + 変数\n",
    "def f():\n    # type: () -> None\n    pass\n#type:ignore\n",
    // invalid inputs
    "x = 'abc\ny = '''q\n",
    "x = f'abc\n",
    "x = f'''{\n",
    "x = f'{x:abc'\n",
    "x = f'}{'\n",
    "((]]))\n)\n",
    "if x:\n  a\n b\n\tc\n",
    "x = € + \u{a0} + $ + \u{1}\n",
    "x = 0777 + 1__2 + 0b2 + 0o9 + 1e+ + 1jx\n",
    "x \\ y \\",
    "x = \"abc\\\"\n\0",
];

#[test]
fn snippets() {
    for (i, src) in SNIPPETS.iter().enumerate() {
        check(src, &format!("snippet {i} {src:?}"), LexOptions::default());
        check(src, &format!("snippet {i} {src:?} (type comments)"), LexOptions { type_comments: true });
    }
}

#[test]
fn corpus_snippet_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/snippets");
    for entry in std::fs::read_dir(dir).expect("tests/corpus/snippets") {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(src) = ophis_lexer::decode_source(&bytes) {
            check(&src, &path.display().to_string(), LexOptions::default());
        }
    }
}

fn py_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// The whole reference standard library; skipped when it is not installed (as in CI).
#[test]
fn stdlib_corpus() {
    let home = std::env::var("HOME").unwrap_or_default();
    let dir = std::path::PathBuf::from(format!("{home}/.cache/ophis-ref/root/usr/lib/python3.14"));
    if !dir.is_dir() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let mut files = Vec::new();
    py_files(&dir, &mut files);
    let mut n = 0;
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let src = ophis_lexer::decode_source(&bytes).expect("stdlib files decode");
        let errors = check(&src, &path.display().to_string(), LexOptions::default());
        assert_eq!(errors, 0, "{}: lexical errors in a stdlib file", path.display());
        n += 1;
    }
    assert!(n > 500, "only {n} files");
}

/// Random soups of tricky fragments: no panic, invariants hold, in both flavours.
#[test]
fn random_soup() {
    const PIECES: &[&str] = &[
        " ", "  ", "\t", "\x0c", "\n", "\r\n", "\r", "\\", "\\\n", "#", "# type: ignore", "x", "é",
        "€", "ｆ", "\u{a0}", "$", "0", "1", "_", "e", "j", "x", "o", "b", ".", "'", "\"", "'''",
        "\"\"\"", "f'", "f\"", "rf'", "t\"", "b'", "{", "}", "{{", "}}", "(", ")", "[", "]", ":",
        "!", "=", "!r", "\\N{", "if", "match", "case", "type", ";", "->", ":=", "**", "\0",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..4000 {
        let len = (next() % 30) as usize;
        let mut src = String::new();
        for _ in 0..len {
            src.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let name = format!("{src:?}");
        check(&src, &name, LexOptions::default());
        check(&src, &name, LexOptions { type_comments: true });
        let _ = ophis_lexer::tokenize_listing(src.as_bytes(), "soup.py", false);
        let lexed = lex(&src, LexOptions::default());
        let _ = ophis_lexer::parser_tokens(&lexed.tokens, &src);
    }
}
