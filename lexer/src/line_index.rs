//! Byte offsets to CPython's line and column numbers.

use crate::token::TextRange;

/// Maps byte offsets in a source text to CPython's positions: 1-based line numbers and 0-based
/// column offsets counted in UTF-8 bytes (what `ast` reports as `col_offset`), or in characters
/// where a caller asks for them (what `tokenize` and SyntaxError `offset` report).
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset at which each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    /// True when the whole source is ASCII, so character columns equal byte columns.
    ascii: bool,
}

/// A position as CPython reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column.
    pub col: u32,
}

impl LineIndex {
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as in CPython's tokenizer.
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts, ascii: source.is_ascii() }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 0-based index of the line holding `offset`.
    fn line_of(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts[(line as usize - 1).min(self.line_starts.len() - 1)]
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let i = (line as usize).saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[i] as usize;
        let end = self.line_starts.get(i + 1).map_or(source.len(), |&e| e as usize);
        source[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Line and byte column of `offset` (the `ast` convention).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let line = self.line_of(offset);
        LineCol { line: line as u32 + 1, col: offset - self.line_starts[line] }
    }

    /// Line and character column of `offset` (the `tokenize` and SyntaxError convention).
    /// An offset past the end, or inside a character, counts as the end or as that character's
    /// start (locations of errors found in undecodable input may be such offsets).
    pub fn line_char_col(&self, source: &str, offset: u32) -> LineCol {
        let offset = floor_char_boundary(source, offset);
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let col = if self.ascii {
            offset - start
        } else {
            source[start as usize..offset as usize].chars().count() as u32
        };
        LineCol { line: line as u32 + 1, col }
    }

    /// `(lineno, col_offset, end_lineno, end_col_offset)` of a range, as `ast` reports them.
    pub fn ast_location(&self, range: TextRange) -> (u32, u32, u32, u32) {
        let s = self.line_col(range.start);
        let e = self.line_col(range.end);
        (s.line, s.col, e.line, e.col)
    }
}

/// `offset` clamped to `source` and moved back to a character boundary.
pub fn floor_char_boundary(source: &str, offset: u32) -> u32 {
    let mut i = (offset as usize).min(source.len());
    while !source.is_char_boundary(i) {
        i -= 1;
    }
    i as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "a = 1\r\nbé = 2\rc\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 0 });
        assert_eq!(idx.line_col(7), LineCol { line: 2, col: 0 });
        // 'é' is two bytes: byte column 3 is character column 2.
        assert_eq!(idx.line_col(10), LineCol { line: 2, col: 3 });
        assert_eq!(idx.line_char_col(src, 10), LineCol { line: 2, col: 2 });
        assert_eq!(idx.line_col(15), LineCol { line: 3, col: 0 });
        assert_eq!(idx.line_text(src, 2), "bé = 2");
    }
}
