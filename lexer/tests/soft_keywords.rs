//! Soft keywords in the parser's stream. Each case lists, in order, what every token spelled
//! `match`, `case` or `type` becomes: M(atch), C(ase), T(ype) keyword or N(ame). The decisions
//! were checked against CPython 3.14 (`ast.parse` of each source gives a Match / match_case /
//! TypeAlias node exactly where the keyword is expected).

use ophis_lexer::{LexOptions, TokenKind, lex, parser_tokens};

fn kinds(src: &str) -> String {
    let lexed = lex(src, LexOptions::default());
    assert!(lexed.errors.is_empty(), "{src:?}: {:?}", lexed.errors);
    let tokens = parser_tokens(&lexed.tokens, src);
    let mut out = Vec::new();
    for t in &tokens {
        let text = t.range.slice(src);
        if matches!(text, "match" | "case" | "type") {
            out.push(match t.kind {
                TokenKind::Match => "M",
                TokenKind::Case => "C",
                TokenKind::Type => "T",
                TokenKind::Name => "N",
                other => panic!("{src:?}: {other:?}"),
            });
        }
    }
    out.join(" ")
}

#[test]
fn match_and_case() {
    let cases = [
        ("match x:\n    case 1:\n        pass\n", "M C"),
        ("match(x):\n    case 1: pass\n", "M C"),
        ("match [a, b]:\n    case [x, y]: pass\n", "M C"),
        ("match -x:\n    case 1: pass\n", "M C"),
        ("match x, y:\n    case (1, 2): pass\n", "M C"),
        ("match *a, b:\n    case 1: pass\n", "M C"),
        ("match {1: 2}:\n    case {}: pass\n", "M C"),
        ("match x:  # comment\n    case 1: pass\n", "M C"),
        ("match match:\n    case match: pass\n", "M N C N"),
        ("def f():\n    match x:\n        case _:\n            case = 1\n", "M C N"),
        ("match x:\n    case 1:\n        pass\n    case 2:\n        pass\ncase = 3\n", "M C C N"),
        ("match x:\n    case 1:\n        match y:\n            case 2: pass\n    case 3: pass\n", "M C M C C"),
    ];
    for (src, want) in cases {
        assert_eq!(kinds(src), want, "{src:?}");
    }
}

#[test]
fn match_stays_a_name() {
    let cases = [
        ("match = 1\n", "N"),
        ("match(x)\n", "N"),
        ("match[x]: int = 3\n", "N"),
        ("match.x = 1\n", "N"),
        ("print(match)\n", "N"),
        ("match: int = 1\n", "N"),
        ("x = match\n", "N"),
        ("if match:\n    pass\n", "N"),
        ("match(x) + 1\n", "N"),
        ("match += 1\n", "N"),
        ("case = 1\n", "N"),
        ("if x:\n    case = 1\n", "N"),
    ];
    for (src, want) in cases {
        assert_eq!(kinds(src), want, "{src:?}");
    }
}

#[test]
fn type_alias() {
    let cases = [
        ("type X = int\n", "T"),
        ("type X[T] = list[T]\n", "T"),
        ("type X [T] = int\n", "T"),
        ("if x: type X = int\n", "T"),
        ("x = 1; type Y = int\n", "T"),
        ("type match = int\n", "T N"),
        ("type type = int\n", "T N"),
        ("class A: type X = int\n", "T"),
        ("match x:\n    case 1:\n        type T = int\n", "M C T"),
        ("type = 1\n", "N"),
        ("type(x)\n", "N"),
        ("x = type\n", "N"),
        ("print(type)\n", "N"),
        ("x: type[int] = 3\n", "N"),
        ("type.x = 1\n", "N"),
        ("isinstance(x, type)\n", "N"),
    ];
    for (src, want) in cases {
        assert_eq!(kinds(src), want, "{src:?}");
    }
}

#[test]
fn trivia_is_dropped_type_comments_kept() {
    let src = "x = 1  # type: int\n# plain\nimport y  # type: ignore\n(a,\n b)\n";
    let lexed = lex(src, LexOptions { type_comments: true });
    let tokens = parser_tokens(&lexed.tokens, src);
    let k: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert!(k.contains(&TokenKind::TypeComment));
    assert!(!k.contains(&TokenKind::TypeIgnore));
    assert!(!k.contains(&TokenKind::Comment));
    assert!(!k.contains(&TokenKind::NonLogicalNewline));
}
