//! Where the carets go inside a failing expression, as CPython 3.14's traceback module decides:
//! the operator of a binary operation, the brackets of a subscript and the parentheses of a call
//! get `^` while the rest of the expression gets `~` ([`anchors`]); and whether a frame shows
//! carets at all ([`should_show_carets`]).
//!
//! Both re-parse source text. Positions in the AST are UTF-8 byte columns; the traceback works
//! in characters, so every column is converted, and wherever CPython compares a byte column with
//! a character index, so does this code.

use ophis_parser::ast::{Expr, Stmt};
use ophis_parser::{Mode, ParseOptions};

use super::pystr::{byte_offset_to_char_offset, is_space, splitlines};

/// The caret anchors of a segment: `^` (the secondary character) from `left_end` (inclusive) to
/// `right_start` (exclusive), `~` elsewhere. Lines are indexes into the segment's lines; offsets
/// are character indexes in those lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchors {
    pub left_end_line: usize,
    pub left_end_offset: usize,
    pub right_start_line: usize,
    pub right_start_offset: usize,
}

/// `ast.parse(source)` (type comments off), or None on a syntax error.
fn parse_statements(source: &str) -> Option<Vec<Stmt>> {
    match ophis_parser::parse(source, ParseOptions { mode: Mode::Module, type_comments: false }) {
        Ok(ophis_parser::ast::Mod::Module(m)) => Some(m.body),
        _ => None,
    }
}

/// 1-based line and UTF-8 byte column of a byte offset, with lines as the tokenizer ends them
/// (`\n`, `\r\n`, `\r`).
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source.as_bytes()[..offset.min(source.len())];
    let mut line = 1;
    let mut line_start = 0;
    let mut i = 0;
    while i < before.len() {
        match before[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' => {
                if before.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    (line, before.len() - line_start)
}

/// The segment's lines as characters, with the cursor moves of CPython's helper functions. Every
/// move that CPython guards with an assertion or that would index out of range fails (None), and
/// a failure means "no anchors", as CPython suppresses any exception there.
struct Cursor {
    lines: Vec<Vec<char>>,
    line_texts: Vec<String>,
}

impl Cursor {
    /// Character index of a byte column on segment line `line`.
    fn normalize(&self, line: usize, byte_col: usize) -> Option<usize> {
        Some(byte_offset_to_char_offset(self.line_texts.get(line)?, byte_col))
    }

    /// The first valid position at or after (line, col), skipping past line ends.
    fn next_valid(&self, mut line: usize, mut col: usize) -> Option<(usize, usize)> {
        while line < self.lines.len() && col >= self.lines[line].len() {
            col = 0;
            line += 1;
        }
        (line < self.lines.len() && col < self.lines[line].len()).then_some((line, col))
    }

    fn increment(&self, line: usize, col: usize) -> Option<(usize, usize)> {
        self.next_valid(line, col + 1)
    }

    fn next_line(&self, line: usize) -> Option<(usize, usize)> {
        self.next_valid(line + 1, 0)
    }

    /// Moves forward to the first character satisfying `stop`, skipping the rest of a line at a
    /// backslash or a comment.
    fn increment_until(&self, mut line: usize, mut col: usize, stop: impl Fn(char) -> bool) -> Option<(usize, usize)> {
        loop {
            let ch = *self.lines.get(line)?.get(col)?;
            if ch == '\\' || ch == '#' {
                (line, col) = self.next_line(line)?;
            } else if !stop(ch) {
                (line, col) = self.increment(line, col)?;
            } else {
                return Some((line, col));
            }
        }
    }
}

/// `_extract_caret_anchors_from_line_segment(segment)`: anchors for a binary operation, a
/// subscript or a call; None for anything else.
pub fn anchors(segment: &str) -> Option<Anchors> {
    let wrapped = format!("(\n{segment}\n)");
    let body = parse_statements(&wrapped)?;
    let [Stmt::Expr(statement)] = body.as_slice() else { return None };
    let line_texts: Vec<String> = splitlines(segment).into_iter().map(str::to_string).collect();
    let cursor = Cursor { lines: line_texts.iter().map(|l| l.chars().collect()).collect(), line_texts };
    // Segment line and character column of a node's end (the wrapper adds one line before).
    let end_of = |e: &Expr| -> Option<(usize, usize)> {
        let (line, col) = line_col(&wrapped, e.range().end as usize);
        let line = line.checked_sub(2)?;
        Some((line, cursor.normalize(line, col)?))
    };
    let start_of = |e: &Expr| -> Option<(usize, usize)> {
        let (line, col) = line_col(&wrapped, e.range().start as usize);
        Some((line.checked_sub(2)?, col))
    };
    match &*statement.value {
        Expr::BinOp(b) => {
            let (line, col) = end_of(&b.left)?;
            let (line, col) = cursor.next_valid(line, col)?;
            // The operator starts at the first character that is neither space nor ')'.
            let (line, col) = cursor.increment_until(line, col, |c| !is_space(c) && c != ')')?;
            // Operators are one or two characters, on one line, before the right operand.
            let mut right_col = col + 1;
            let text = &cursor.lines[line];
            if right_col < text.len() {
                let (right_line, right_byte_col) = start_of(&b.right)?;
                let before_right = right_line > line || right_col < cursor.normalize(right_line, right_byte_col)?;
                let ch = text[right_col];
                if before_right && !is_space(ch) && ch != '\\' && ch != '#' {
                    right_col += 1;
                }
            }
            Some(Anchors { left_end_line: line, left_end_offset: col, right_start_line: line, right_start_offset: right_col })
        }
        Expr::Subscript(s) => bracket_anchors(&cursor, end_of(&s.value)?, end_of(&statement.value)?, '['),
        Expr::Call(c) => bracket_anchors(&cursor, end_of(&c.func)?, end_of(&statement.value)?, '('),
        _ => None,
    }
}

/// Anchors from the opening bracket after the callee or container to the end of the expression.
fn bracket_anchors(cursor: &Cursor, inner_end: (usize, usize), expr_end: (usize, usize), open: char) -> Option<Anchors> {
    let (line, col) = cursor.next_valid(inner_end.0, inner_end.1)?;
    let (left_line, left_col) = cursor.increment_until(line, col, |c| c == open)?;
    Some(Anchors { left_end_line: left_line, left_end_offset: left_col, right_start_line: expr_end.0, right_start_offset: expr_end.1 })
}

/// `StackSummary._should_show_carets`: no carets when the statement is `return f(...)` or
/// `x = f(...)` and the call spans all the lines shown; otherwise carets when there are anchors
/// or the failing range leaves something of the lines uncovered.
pub fn should_show_carets(start_offset: usize, end_offset: usize, all_lines: &[String], anchors: Option<&Anchors>) -> bool {
    let joined = all_lines.join("\n");
    if let Some(body) = parse_statements(&joined) {
        let Some(statement) = body.first() else { return false };
        let value = match statement {
            Stmt::Return(r) => r.value.as_deref().filter(|v| matches!(v, Expr::Call(c) if matches!(&*c.func, Expr::Name(_)))),
            Stmt::Assign(a) if a.targets.len() == 1 && matches!(a.targets[0], Expr::Name(_)) => {
                Some(&*a.value).filter(|v| matches!(v, Expr::Call(_)))
            }
            _ => None,
        };
        if let Some(value) = value {
            let (line, col) = line_col(&joined, value.range().start as usize);
            let (end_line, end_col) = line_col(&joined, value.range().end as usize);
            // CPython compares the AST's byte columns with character offsets here.
            if line == 1 && end_line == all_lines.len() && col == start_offset && end_col == end_offset {
                return false;
            }
        }
    }
    if anchors.is_some() {
        return true;
    }
    let first: String = all_lines.first().map(|l| l.chars().take(start_offset).collect()).unwrap_or_default();
    let last: String = all_lines.last().map(|l| l.chars().skip(end_offset).collect()).unwrap_or_default();
    !first.trim_start_matches(is_space).is_empty() || !last.trim_end_matches(is_space).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(l: usize, lo: usize, r: usize, ro: usize) -> Option<Anchors> {
        Some(Anchors { left_end_line: l, left_end_offset: lo, right_start_line: r, right_start_offset: ro })
    }

    /// Expectations from CPython 3.14's `traceback._extract_caret_anchors_from_line_segment`.
    #[test]
    fn anchors_like_cpython() {
        assert_eq!(anchors("a + b"), a(0, 2, 0, 3));
        assert_eq!(anchors("a // b"), a(0, 2, 0, 4));
        assert_eq!(anchors("(a) +b"), a(0, 4, 0, 5));
        assert_eq!(anchors("a[1]"), a(0, 1, 0, 4));
        assert_eq!(anchors("f(x)(y)"), a(0, 4, 0, 7));
        assert_eq!(anchors("x.y"), None);
        assert_eq!(anchors("a +\\\n b"), a(0, 2, 0, 3));
        assert_eq!(anchors("a  # c\n + b"), a(1, 1, 1, 2));
        assert_eq!(anchors("f(\n  1,\n)"), a(0, 1, 2, 1));
        assert_eq!(anchors("日本[1]"), a(0, 2, 0, 5));
        assert_eq!(anchors("a +"), None);
    }
}
