//! CPython 3.14's keyword-typo suggestions (`TracebackException._find_keyword_typos`): for a
//! plain "invalid syntax" (or "... Perhaps you forgot a comma?") error, try replacing each name
//! on the error line by a keyword it resembles; if the changed code compiles (or is merely
//! incomplete), the error becomes "invalid syntax. Did you mean 'while'?" pointing at the name.
//!
//! The steps, as CPython takes them:
//! 1. The code considered runs from the line of the last compound statement the parser
//!    completed before the error (the exception's `_metadata`, see [`metadata_line`]; from the
//!    first line when there is none) to the error line, dedented (`textwrap.dedent`); nothing is
//!    tried when it is longer than 1024 characters. For a file, the source is the file read
//!    again as UTF-8 text (only names on the error line are tried); when that fails, the
//!    error's own line. For `-c` and standard input it is the source string (all names in the
//!    code are tried).
//! 2. The code is tokenized (the `tokenize` module); at most 10 NAME tokens that are not
//!    keywords are considered, in order; a tokenize error stops the search.
//! 3. For each, up to three keywords: `_generate_suggestions` (Levenshtein) first, then
//!    `difflib.get_close_matches(name, kwlist, n=3, cutoff=0.5)`.
//! 4. The line with the name replaced is compiled with `codeop.compile_command(code, "exec")`:
//!    success or "incomplete input" both count as working; any SyntaxError (including those the
//!    compiler raises after parsing, like "'return' outside function") does not.

use ophis_lexer::{LexOptions, LineIndex, TokenKind};
use ophis_parser::{ErrorKind, ParseOptions};

use super::compile_check::has_compile_error;
use super::pystr::{char_len, char_slice, dedent, splitlines, strip};
use super::similarity::{generate_suggestion, get_close_matches};
use super::{PySyntaxError, SourceOrigin};

/// `keyword.kwlist` of CPython 3.14.
pub const KWLIST: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// What a successful search changes, plus where the replaced name is in the original source.
#[derive(Clone, Debug, PartialEq)]
pub struct TypoFix {
    /// The error's new attributes (`text`, `lineno`, `offset`, ..., `msg`).
    pub error: PySyntaxError,
    /// 1-based line of the name in the source the error came from.
    pub source_line: usize,
    /// Character columns of the name in that line (0-based, end exclusive).
    pub source_cols: (usize, usize),
}

/// A NAME token of the `tokenize` module: 1-based lines, 0-based character columns.
#[derive(Clone, Debug, PartialEq, Eq)]
struct NameToken {
    start: (usize, usize),
    end: (usize, usize),
    string: String,
}

/// Runs the search for `error`; `None` when nothing changes (including every case where
/// CPython's search raises and the exception is suppressed).
pub fn find_keyword_typos(error: &PySyntaxError, origin: &SourceOrigin) -> Option<TypoFix> {
    if error.msg != "invalid syntax" && !error.msg.contains("Perhaps you forgot a comma") {
        return None;
    }
    // `_exc_metadata` is (line of the last completed compound statement, its column, source).
    let mut line: usize = error.metadata_line;
    let mut end_line: i64 = error.lineno.unwrap_or(0);
    let text_lines;
    let (lines, from_filename): (Vec<&str>, bool) = match origin {
        SourceOrigin::Text(source) => (splitlines(source), false),
        SourceOrigin::File(Some(contents)) => (splitlines(contents), true),
        SourceOrigin::File(None) => {
            // Reading the file failed: `line, end_line = 0, 1` and the error's text is used.
            line = 0;
            end_line = 1;
            text_lines = error.text.clone()?;
            (splitlines(&text_lines), false)
        }
    };
    // lines[line - 1 if line > 0 else 0 : end_line]
    let start = line.saturating_sub(1);
    let stop = if end_line < 0 { (lines.len() as i64 + end_line).max(0) as usize } else { end_line as usize };
    let selected: &[&str] = if start < stop.min(lines.len()) { &lines[start..stop.min(lines.len())] } else { &[] };
    let error_code = dedent(&selected.join("\n"));
    if char_len(&error_code) > 1024 {
        return None;
    }
    let error_lines: Vec<&str> = splitlines(&error_code);
    let (tokens, _tokenize_error) = name_tokens(&error_code);
    let mut tokens_left: i64 = 10;
    for token in tokens {
        let the_end = if line == 0 { end_line } else { end_line + 1 };
        if from_filename && (token.start.0 + line) as i64 != the_end {
            continue;
        }
        let wrong_name = token.string.as_str();
        if KWLIST.contains(&wrong_name) {
            continue;
        }
        tokens_left -= 1;
        if tokens_left < 0 {
            break;
        }
        let mut matches: Vec<&str> = Vec::new();
        if let Some(s) = generate_suggestion(KWLIST, wrong_name) {
            matches.push(s);
        }
        matches.extend(get_close_matches(wrong_name, KWLIST, 3, 0.5));
        matches.truncate(3);
        for suggestion in matches {
            if suggestion.is_empty() || suggestion == wrong_name {
                continue;
            }
            // An IndexError here would end the search (suppressed).
            let the_line = *error_lines.get(token.start.0.checked_sub(1)?)?;
            let replaced = format!(
                "{}{}{}",
                char_slice(the_line, 0, token.start.1),
                suggestion,
                char_slice(the_line, token.end.1, usize::MAX)
            );
            let mut the_lines: Vec<&str> = error_lines.clone();
            the_lines[token.start.0 - 1] = &replaced;
            let code = the_lines.join("\n");
            match compile_command_works(&code) {
                Some(true) => {}
                Some(false) => continue,
                // An exception other than SyntaxError ends the search.
                None => return None,
            }
            let mut fixed = error.clone();
            fixed.text = Some(token_line(&error_code, token.start.0));
            fixed.offset = Some(token.start.1 as i64 + 1);
            fixed.end_offset = Some(token.end.1 as i64 + 1);
            fixed.lineno = Some(token.start.0 as i64);
            fixed.end_lineno = Some(token.end.0 as i64);
            fixed.msg = format!("invalid syntax. Did you mean '{suggestion}'?");
            // Where the name is in the source: the code starts at the source's first line
            // (or is the error line itself when the file could not be read); dedent removed
            // the same number of characters from every line holding a name.
            let margin = dedent_margin(selected, token.start.0);
            let source_line = match origin {
                SourceOrigin::File(None) => error.lineno.unwrap_or(1).max(1) as usize,
                _ => token.start.0 + start,
            };
            return Some(TypoFix {
                error: fixed,
                source_line,
                source_cols: (token.start.1 + margin, token.end.1 + margin),
            });
        }
    }
    None
}

/// `p->last_stmt_location.lineno` after CPython's second (error-reporting) parser pass: the
/// header line of the last compound statement that the parser completed before reaching the
/// error at byte `error_start`, other than function definitions (those go through
/// `invalid_def_raw`, which does not register them; the statements in their bodies do). Only a
/// later line replaces an earlier one. 0 when there is none.
///
/// A compound statement is complete when the parser has seen the first token after its last
/// clause (a logical line at the same or an outer indentation that does not continue it with
/// `elif`, `else`, `except` or `finally`), at or before the error token.
pub fn metadata_line(source: &str, error_start: u32) -> usize {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        If,
        Loop,
        Try,
        Def,
        Other,
    }
    let lexed = ophis_lexer::lex(source, LexOptions::default());
    let tokens = ophis_lexer::parser_tokens(&lexed.tokens, source);
    let index = LineIndex::new(source);
    // Open compound statements: (kind, header line, depth).
    let mut open: Vec<(Kind, usize, usize)> = Vec::new();
    let mut best = 0usize;
    let mut depth = 0usize;
    let mut line_start = true;
    let complete = |best: &mut usize, (kind, line, _): (Kind, usize, usize)| {
        if kind != Kind::Def && line >= *best {
            *best = line;
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        match t.kind {
            TokenKind::Indent => {
                if t.range.start > error_start {
                    break;
                }
                depth += 1;
                line_start = true;
            }
            TokenKind::Dedent => {
                if t.range.start > error_start {
                    break;
                }
                depth = depth.saturating_sub(1);
                line_start = true;
            }
            TokenKind::Newline => {
                if t.range.start >= error_start {
                    break;
                }
                line_start = true;
            }
            TokenKind::EndOfFile | TokenKind::Unknown => {
                if t.range.start <= error_start {
                    while let Some(s) = open.pop() {
                        complete(&mut best, s);
                    }
                }
                break;
            }
            kind if line_start => {
                if t.range.start > error_start {
                    break;
                }
                line_start = false;
                // Close the statements this logical line ends.
                while let Some(&(k, _, d)) = open.last() {
                    let continues = d == depth
                        && match k {
                            Kind::If => matches!(kind, TokenKind::Elif | TokenKind::Else),
                            Kind::Loop => kind == TokenKind::Else,
                            Kind::Try => matches!(kind, TokenKind::Except | TokenKind::Else | TokenKind::Finally),
                            _ => false,
                        };
                    if d < depth || continues {
                        break;
                    }
                    let s = open.pop().expect("checked");
                    complete(&mut best, s);
                }
                if t.range.start >= error_start {
                    break;
                }
                let header = index.line_col(t.range.start).line as usize;
                let next = tokens.get(i + 1).map(|n| n.kind);
                let started = match kind {
                    TokenKind::If => Some(Kind::If),
                    TokenKind::While | TokenKind::For => Some(Kind::Loop),
                    TokenKind::Try => Some(Kind::Try),
                    TokenKind::With | TokenKind::Class | TokenKind::Match => Some(Kind::Other),
                    TokenKind::Def => Some(Kind::Def),
                    TokenKind::Async => match next {
                        Some(TokenKind::For) => Some(Kind::Loop),
                        Some(TokenKind::With) => Some(Kind::Other),
                        _ => Some(Kind::Def),
                    },
                    _ => None,
                };
                if let Some(k) = started {
                    open.push((k, header, depth));
                }
            }
            _ => {
                if t.range.start >= error_start {
                    break;
                }
            }
        }
        i += 1;
    }
    best
}

/// How many characters dedent removed from line `lineno` (1-based) of `lines`.
fn dedent_margin(lines: &[&str], lineno: usize) -> usize {
    let dedented = dedent(&lines.join("\n"));
    let after = dedented.split('\n').nth(lineno - 1).map_or(0, char_len);
    let before = lines.get(lineno - 1).map_or(0, |l| char_len(l));
    before.saturating_sub(after)
}

/// `token.line` for a token on `lineno`: the physical line, with its newline when one follows.
fn token_line(code: &str, lineno: usize) -> String {
    let mut lines = code.split('\n');
    let text = lines.nth(lineno - 1).unwrap_or("");
    if code.split('\n').count() > lineno { format!("{text}\n") } else { text.to_string() }
}

/// The NAME tokens `tokenize.generate_tokens` yields for `code`, in order, and whether it then
/// raises. Names before a tokenize error are still tried by CPython (tokens are generated
/// lazily), so they are returned too.
fn name_tokens(code: &str) -> (Vec<NameToken>, bool) {
    // The tokenize listing is the `tokenize` module's own flavour of the tokenizer. A BOM in
    // front keeps the listing from honouring a coding declaration inside `code`, as
    // `generate_tokens` (which reads text) does not.
    let mut bytes = Vec::with_capacity(code.len() + 3);
    bytes.extend_from_slice(b"\xef\xbb\xbf");
    bytes.extend_from_slice(code.as_bytes());
    if let Ok(listing) = ophis_lexer::tokenize_listing(&bytes, "<string>", false) {
        let lines: Vec<&str> = code.split('\n').collect();
        let mut out = Vec::new();
        for row in listing.lines() {
            let mut fields = row.split_whitespace();
            let (Some(pos), Some(kind)) = (fields.next(), fields.next()) else { continue };
            if kind != "NAME" {
                continue;
            }
            let Some((start, end)) = parse_position(pos) else { continue };
            let string = if start.0 == end.0 {
                lines.get(start.0 - 1).map_or(String::new(), |l| char_slice(l, start.1, end.1).to_string())
            } else {
                continue;
            };
            out.push(NameToken { start, end, string });
        }
        return (out, false);
    }
    // The listing reports an error and no tokens: take the names the parser's tokenizer finds
    // before its first error (both flavours stop at the same places, except that the parser's
    // also checks identifiers and number endings).
    let lexed = ophis_lexer::lex(code, LexOptions::default());
    let index = ophis_lexer::LineIndex::new(code);
    let mut out = Vec::new();
    for t in &lexed.tokens {
        match t.kind {
            TokenKind::Unknown => break,
            TokenKind::Name => {
                let s = index.line_char_col(code, t.range.start);
                let e = index.line_char_col(code, t.range.end);
                out.push(NameToken {
                    start: (s.line as usize, s.col as usize),
                    end: (e.line as usize, e.col as usize),
                    string: t.range.slice(code).to_string(),
                });
            }
            _ => {}
        }
    }
    (out, true)
}

/// "L,C-L,C:" of the tokenize listing.
fn parse_position(pos: &str) -> Option<((usize, usize), (usize, usize))> {
    let pos = pos.strip_suffix(':')?;
    let (a, b) = pos.split_once('-')?;
    let pair = |s: &str| -> Option<(usize, usize)> {
        let (l, c) = s.split_once(',')?;
        Some((l.parse().ok()?, c.parse().ok()?))
    };
    Some((pair(a)?, pair(b)?))
}

/// `codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST)` does not raise a
/// SyntaxError: `Some(true)`. It raises one: `Some(false)`. It raises something else
/// (MemoryError for input nested too deeply): `None`.
pub fn compile_command_works(code: &str) -> Option<bool> {
    // Code made only of blank lines and comments compiles as `pass`.
    if code.split('\n').all(|l| {
        let l = strip(l);
        l.is_empty() || l.starts_with('#')
    }) {
        return Some(true);
    }
    let options = ParseOptions::default();
    // compile(code, flags=PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT | ONLY_AST)
    match ophis_parser::parse(code, options) {
        // It parses: codeop compiles it again fully (to bytecode), where the compiler's own
        // SyntaxErrors appear.
        Ok(tree) => Some(!has_compile_error(&tree)),
        Err(e) if e.kind == ErrorKind::MemoryError => None,
        // Incomplete input: `None` is returned, no exception.
        Err(e) if is_incomplete(code, &e) => Some(true),
        Err(_) => {
            // compile(code + "\n"): parsing or incomplete means "works".
            let code = format!("{code}\n");
            match ophis_parser::parse(&code, options) {
                Ok(_) => Some(true),
                Err(e) if e.kind == ErrorKind::MemoryError => None,
                Err(e) if is_incomplete(&code, &e) => Some(true),
                // The final compile without the incomplete-input flags fails the same way.
                Err(_) => Some(false),
            }
        }
    }
}

/// CPython's "incomplete input" (`_is_end_of_source`: the tokenizer had reached the end of the
/// input when the parser failed). The parser flags most such errors; an error at a DEDENT the
/// tokenizer produces at the end of the input (a nested block header waiting for its body,
/// `def f():\n    if x:\n`) is one too.
fn is_incomplete(code: &str, e: &ophis_parser::SyntaxError) -> bool {
    if e.incomplete {
        return true;
    }
    let lexed = ophis_lexer::lex(code, LexOptions::default());
    let mut rest = lexed
        .tokens
        .iter()
        .filter(|t| !t.kind.is_trivia())
        .skip_while(|t| t.range.start < e.range.start)
        .peekable();
    rest.peek().is_some_and(|t| t.kind == TokenKind::Dedent)
        && rest.all(|t| matches!(t.kind, TokenKind::Dedent | TokenKind::EndOfFile))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_the_tokenize_flavour() {
        let (names, err) = name_tokens("x = 1\nwhille x: pass");
        assert!(!err);
        let got: Vec<_> = names.iter().map(|n| (n.string.as_str(), n.start, n.end)).collect();
        assert_eq!(got, [("x", (1, 0), (1, 1)), ("whille", (2, 0), (2, 6)), ("x", (2, 7), (2, 8)), ("pass", (2, 10), (2, 14))]);
        // Names before a tokenize error are still produced.
        let (names, err) = name_tokens("foo(a b,");
        assert!(err);
        let got: Vec<_> = names.iter().map(|n| n.string.as_str()).collect();
        assert_eq!(got, ["foo", "a", "b"]);
    }

    /// `SyntaxError._metadata[0]` from CPython 3.14's `compile()` of each source.
    #[test]
    fn metadata_line_like_cpython() {
        let tail = "\n\nwhille x: pass\n";
        let cases: &[(&str, usize)] = &[
            ("if x:\n    pass", 2),
            ("if x:\n    pass\nelse:\n    pass", 2),
            ("if x:\n    pass\nelif y:\n    pass", 2),
            ("while x:\n    pass", 2),
            ("for x in y:\n    pass", 2),
            ("with x:\n    pass", 2),
            ("try:\n    pass\nexcept E:\n    pass", 2),
            ("try:\n    pass\nfinally:\n    pass", 2),
            ("def f():\n    pass", 0),
            ("def f(): pass", 0),
            ("class A:\n    pass", 2),
            ("async def f():\n    pass", 0),
            ("@d\ndef f():\n    pass", 0),
            ("match x:\n    case 1:\n        pass", 2),
            ("if x: pass", 2),
            ("def f():\n    if x:\n        pass", 3),
            ("if x:\n    while y:\n        pass", 3),
            ("for x in y:\n    pass\nelse:\n    pass", 2),
            ("if x:\n    if y:\n        pass", 3),
        ];
        for &(head, expected) in cases {
            let source = format!("a = 1\n{head}{tail}");
            let error = ophis_parser::parse_module(&source).expect_err("invalid");
            assert_eq!(metadata_line(&source, error.range.start), expected, "{source:?}");
        }
        let whole: &[(&str, usize)] = &[
            ("x = 1\ny = 2\nwhille x: pass\n", 0),
            ("def label(code):\n    if isinstance(code, str):\n        return 1\n    else:\n        return 2\n\ndef main():\n    import os\n    iport sys\n", 2),
            ("if x:\n    a = 1\n    b = 2\nc = 3\nd = 4\nwhille x: pass\n", 1),
            ("def f():\n    a = 1\n    b = 2\n    whille x: pass\n", 0),
            ("x = 1\nif y:\n    z = 2\nwhille x: pass\n", 2),
        ];
        for &(source, expected) in whole {
            let error = ophis_parser::parse_module(source).expect_err("invalid");
            assert_eq!(metadata_line(source, error.range.start), expected, "{source:?}");
        }
    }

    #[test]
    fn compile_command_outcomes() {
        assert_eq!(compile_command_works("while x: pass"), Some(true));
        assert_eq!(compile_command_works("while x:"), Some(true));
        assert_eq!(compile_command_works("x = (1,"), Some(true));
        assert_eq!(compile_command_works("return 1"), Some(false));
        assert_eq!(compile_command_works("for x in range(10) pass"), Some(false));
        assert_eq!(compile_command_works("# only a comment"), Some(true));
        // Expectations from CPython 3.14's codeop.compile_command(code, symbol="exec").
        assert_eq!(compile_command_works("def f():\n    if x:"), Some(true));
        assert_eq!(compile_command_works("def f():\n    if x:\n"), Some(true));
        assert_eq!(compile_command_works("x = 1 +"), Some(false));
        assert_eq!(compile_command_works("x = 1 +\n"), Some(false));
        assert_eq!(compile_command_works("foo("), Some(true));
        assert_eq!(compile_command_works("@dec"), Some(true));
        assert_eq!(compile_command_works("class"), Some(false));
        assert_eq!(compile_command_works("a b"), Some(false));
    }
}
