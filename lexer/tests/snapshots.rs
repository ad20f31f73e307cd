//! Snapshot tests of the raw token stream (and errors) for valid and invalid inputs.
//! Each line: `KIND line:col-line:col text`; errors follow the tokens.

use ophis_lexer::{LexOptions, LineIndex, lex, parser_tokens};

fn render_with(src: &str, options: LexOptions) -> String {
    let lexed = lex(src, options);
    let index = LineIndex::new(src);
    let mut out = String::new();
    for t in &lexed.tokens {
        let (l1, c1, l2, c2) = index.ast_location(t.range);
        out.push_str(&format!("{:?} {l1}:{c1}-{l2}:{c2} {:?}\n", t.kind, t.range.slice(src)));
    }
    for e in &lexed.errors {
        let loc = e.cpython_location(src, &index);
        out.push_str(&format!(
            "error {} {:?} at {:?} token {}{}\n",
            e.class.name(),
            e.message,
            loc,
            e.token,
            if e.incomplete { " (incomplete)" } else { "" }
        ));
    }
    out
}

fn render(src: &str) -> String {
    render_with(src, LexOptions::default())
}

macro_rules! snap {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), render($src), $src);
        }
    };
}

snap!(simple_statement, "x = 1 + 2  # comment\n");
snap!(indentation, "if x:\n    y = 1\n\n    # c\n    z\nw\n");
snap!(nested_dedent_at_eof, "class A:\n  def f(self):\n    return 1");
snap!(brackets_and_nl, "f(a,\n  b,  # c\n\n  c)\n");
snap!(continuation, "x = 1 + \\\n    2\nif a and \\\n   b:\n  pass\n");
snap!(crlf_and_cr, "a = 1\r\nb = 2\rc = 3\r\n");
snap!(form_feed, "\x0cx = 1\n  \x0c y = 2\n");
snap!(no_final_newline, "x = 1");
snap!(comment_at_eof, "x = 1\n# done");
snap!(numbers, "0 00 1_000 0x_fF 0o17 0B1 1. .5 1e10 1.5E-3_0 3j 1.j .5J 1if x else y 0x1for\n");
snap!(strings, "'a' \"b\" '''c\nd''' r'\\'' b\"x\" Rb'y' bR'''z''' u'w' 'a' 'b'\n");
snap!(keywords_and_names, "def f(): return None and True or False is not await\nmatch case type _ ｆｏｏ é\n");
snap!(operators, "a += b -= c ** d // e @ f -> g ... h := i != j <= k >>= l ~m ^ n ! o\n");
snap!(fstring_basic, "f'a{b}c' F\"{x!r}\" rf'{y:>{w}}' fR'''{z=}'''\n");
snap!(fstring_doubled_braces, "f'{{a}}{{{b}}}'\n");
snap!(fstring_format_spec, "f'{x:{y}.{z}f}' f'{x:}' f'{x:{{y}}}'\n");
snap!(fstring_nested_quotes, "f\"{f\"{x}\"}\" f'{a['b']}' f'{\"\\n\".join(x)}'\n");
snap!(fstring_multiline_field, "f'''a\n{x\n# c\n  + 1}b'''\n");
snap!(fstring_unicode_escape, "f'\\N{BULLET}{x}' rf'\\N{x}'\n");
snap!(tstring, "t'a{b:c}d' tr'''{x}'''\n");
snap!(err_unterminated_strings, "a = 'abc\nb = '''xyz\n");
snap!(err_numbers, "x = 0777 + 1_ + 0b2 + 1jx\n");
snap!(err_brackets, "(]\n)\n[\n");
snap!(err_indentation, "if x:\n    a\n  b\n");
snap!(err_tabs, "if x:\n\ta\n        b\n");
snap!(err_fstring, "f'}' f'{x:\n'\n");
snap!(err_characters, "a = € + \u{a0} + $\n");
snap!(err_continuation, "x = 1 \\ 2\ny = \\");

#[test]
fn type_comments() {
    let src = "def f():\n    # type: () -> None\n    pass\nx = 1  # type: int\nimport y  # type: ignore[z]\n\n#type:ignore\nw = 2 #type:ignorex\n";
    insta::assert_snapshot!("type_comments", render_with(src, LexOptions { type_comments: true }), src);
}

#[test]
fn parser_stream() {
    let src = "match x:  # c\n    case 1:\n        pass\n\ntype T = int\n";
    let lexed = lex(src, LexOptions::default());
    let tokens = parser_tokens(&lexed.tokens, src);
    let out: String = tokens.iter().map(|t| format!("{:?} {:?}\n", t.kind, t.range.slice(src))).collect();
    insta::assert_snapshot!("parser_stream", out, src);
}
