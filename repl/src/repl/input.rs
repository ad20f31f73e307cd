//! When is REPL input ready to run? The parser decides, following the rules of CPython 3.14's
//! REPL (`codeop.compile_command` in "single" mode as PyREPL's `_more_lines` applies it): an
//! unclosed bracket, a block header, an unterminated triple-quoted string or a trailing
//! backslash ask for another line; a compound statement runs only after an empty line; a real
//! syntax error runs at once (so it is reported) when it is on the first line.

use ophis_lexer::LineIndex;
use ophis_parser::ast::Stmt;
use ophis_parser::{Mode, ParseOptions};

/// What `codeop.compile_command(source, symbol="single")` would do with `source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SingleStatus {
    /// It compiles: one statement (or one line of simple statements), or nothing.
    Complete,
    /// It returns `None`: more input could complete it.
    Incomplete,
    /// It raises SyntaxError.
    Error,
}

/// Removes the spaces and tabs that end the text when they follow a newline (the indentation
/// of an empty last line), as PyREPL does before deciding.
pub fn strip_final_indent(text: &str) -> &str {
    let short = text.trim_end_matches([' ', '\t']);
    if short.ends_with('\n') { short } else { text }
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt,
        Stmt::FunctionDef(_)
            | Stmt::AsyncFunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::If(_)
            | Stmt::While(_)
            | Stmt::For(_)
            | Stmt::AsyncFor(_)
            | Stmt::With(_)
            | Stmt::AsyncWith(_)
            | Stmt::Try(_)
            | Stmt::TryStar(_)
            | Stmt::Match(_)
    )
}

/// True when `source` holds only blank lines and comments.
fn is_blank(source: &str) -> bool {
    source.split('\n').all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#')
    })
}

/// Errors the parser calls incomplete that CPython's REPL reports at once: a one-line string
/// left open (unless a backslash continues it on the next line), an f-string's field that
/// ends without its `}`.
fn closed_by_codeop(message: &str, source: &str) -> bool {
    let open_string = ["unterminated string literal", "unterminated f-string literal", "unterminated t-string literal"]
        .iter()
        .any(|m| message.starts_with(m));
    (open_string && !source.ends_with('\\')) || message.starts_with("f-string: expecting '}'") || message.starts_with("t-string: expecting '}'")
}

/// The decision of `codeop.compile_command(source, symbol="single")`, made by the parser.
/// (Compile-stage errors such as `'return' outside function` are not looked for: they are
/// reported when the input runs, which is when CPython reports them too.)
pub fn single_status(source: &str) -> SingleStatus {
    if is_blank(source) {
        return SingleStatus::Complete;
    }
    let body = match ophis_parser::parse(source, ParseOptions { mode: Mode::Module, type_comments: false }) {
        Ok(ophis_parser::ast::Mod::Module(m)) => m.body,
        Ok(_) => return SingleStatus::Error,
        Err(e) if e.incomplete && !closed_by_codeop(&e.message, source) => return SingleStatus::Incomplete,
        Err(_) => {
            // codeop retries with a newline added: what that completes is incomplete.
            let more = format!("{source}\n");
            return match ophis_parser::parse(&more, ParseOptions { mode: Mode::Module, type_comments: false }) {
                Ok(_) => SingleStatus::Incomplete,
                Err(e) if e.incomplete && !closed_by_codeop(&e.message, &more) => SingleStatus::Incomplete,
                Err(_) => SingleStatus::Error,
            };
        }
    };
    let Some(first) = body.first() else { return SingleStatus::Complete };
    // Errors of the compile stage (`'return' outside function`, ...) are errors for codeop too
    // (it compiles).
    let index = LineIndex::new(source);
    let tree = ophis_parser::ast::Mod::Interactive(ophis_parser::ast::ModInteractive { range: ophis_lexer::TextRange::new(0, source.len() as u32), body: body.clone() });
    let compiled = ophis_compiler::symtable::build(&tree, &index, Default::default())
        .and_then(|table| ophis_compiler::codegen::compile(&tree, &table, source, "<input>", ophis_compiler::CompileMode::Single));
    if compiled.is_err() {
        return SingleStatus::Error;
    }
    // "single" input is one compound statement or one line of simple statements.
    let line_of = |offset: u32| index.line_col(offset).line;
    let mut end_line = line_of(first.range().end);
    for (i, stmt) in body.iter().enumerate().skip(1) {
        if is_compound(first) || is_compound(stmt) || line_of(stmt.range().start) > end_line {
            let _ = i;
            return SingleStatus::Error;
        }
        end_line = end_line.max(line_of(stmt.range().end));
    }
    // CPython compiles REPL input without implying the dedents at its end, so a compound
    // statement is complete only once a newline ends its last line.
    if is_compound(first) && !source.ends_with('\n') {
        return SingleStatus::Incomplete;
    }
    SingleStatus::Complete
}

/// PyREPL's decision after Enter: true to read another line, false to run the input.
pub fn needs_more_lines(text: &str) -> bool {
    let source = strip_final_indent(text);
    match single_status(source) {
        SingleStatus::Incomplete => true,
        SingleStatus::Complete => false,
        SingleStatus::Error => {
            // A syntax error on the first line is reported at once; in a block, only once the
            // block is ended by an empty line.
            let lines: Vec<&str> = source.split_inclusive('\n').collect();
            if lines.len() <= 1 {
                return false;
            }
            let last = lines[lines.len() - 1];
            let was_indented = last.starts_with([' ', '\t']);
            let not_empty = !last.trim().is_empty();
            (was_indented || not_empty) && !last.ends_with('\n')
        }
    }
}

/// The indentation the next line of `text` starts with, as CPython's REPL types it in: the
/// last line's, one level (4 spaces) deeper after a line ending with `:`.
pub fn auto_indent(text: &str) -> String {
    let last = text.rsplit('\n').next().unwrap_or("");
    let indent: String = last.chars().take_while(|c| matches!(c, ' ' | '\t')).collect();
    // The code of the line without a trailing comment (a `#` in a string is rare enough at the
    // end of a block header to ignore).
    let code = last.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') { format!("{indent}    ") } else { indent }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `repl/tests/repl_input/more_lines.txt`: inputs with PyREPL's decision, recorded from the
    /// reference by `regenerate.py` (the input's `\n`, `\t` and `\\` escaped).
    const CASES: &str = include_str!("../../tests/repl_input/more_lines.txt");

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn indentation_follows_block_headers() {
        assert_eq!(auto_indent("def f(x):"), "    ");
        assert_eq!(auto_indent("def f(x):\n    if x:  # c"), "        ");
        assert_eq!(auto_indent("def f(x):\n    return x"), "    ");
        assert_eq!(auto_indent("x = [1,"), "");
    }

    #[test]
    fn decisions_match_cpython() {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in CASES.lines().filter(|l| !l.is_empty()) {
            let (expected, input) = line.split_once('\t').expect("decision TAB input");
            let input = unescape(input);
            let status = match single_status(strip_final_indent(&input)) {
                SingleStatus::Complete => "complete",
                SingleStatus::Incomplete => "incomplete",
                SingleStatus::Error => "error",
            };
            let more = if needs_more_lines(&input) { "more" } else { "run" };
            let got = format!("{more},{status}");
            count += 1;
            if got != expected {
                failures.push(format!("{input:?}: expected {expected}, got {got}"));
            }
        }
        assert!(count > 40, "the case table is missing");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
