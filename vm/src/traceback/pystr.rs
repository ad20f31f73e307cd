//! The few Python `str` operations the traceback code uses (the VM's tracebacks and the front
//! end's syntax-error display), with Python's exact semantics.

/// `str.isspace()` for one character (Unicode White_Space plus the separators U+001C..U+001F,
/// which Python also counts).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `s.isspace()`: true for a non-empty string of whitespace.
pub fn str_is_space(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_space)
}

/// `str.splitlines()`: splits at `\n`, `\r\n`, `\r`, `\v`, `\f`, `\x1c`, `\x1d`, `\x1e`, `\x85`,
/// U+2028 and U+2029; no empty string after a final line break.
pub fn splitlines(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        lines.push(&s[start..i]);
        let mut next = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            next += 1;
        }
        start = next;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// `textwrap.dedent(text)` as CPython 3.14 has it: removes the longest common run of leading
/// spaces and tabs of the non-blank lines; whitespace-only lines become empty.
pub fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let non_blank = lines.iter().copied().filter(|l| !l.is_empty() && !str_is_space(l));
    let l1 = non_blank.clone().min().unwrap_or("");
    let l2 = non_blank.max().unwrap_or("");
    // `for margin, c in enumerate(l1): if c != l2[margin] or c not in ' \t': break` (in
    // characters; the loop variable keeps its last value).
    let mut margin = 0;
    let mut l2_chars = l2.chars();
    for (i, c) in l1.chars().enumerate() {
        margin = i;
        if Some(c) != l2_chars.next() || !matches!(c, ' ' | '\t') {
            break;
        }
    }
    let out: Vec<String> = lines
        .iter()
        .map(|l| if str_is_space(l) { String::new() } else { l.chars().skip(margin).collect() })
        .collect();
    out.join("\n")
}

/// Number of characters (what Python's `len` gives for a `str`).
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// `s[start:end]` with Python's clamping, for non-negative character indices.
pub fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let byte_at = |n: usize| s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    let b0 = byte_at(start);
    let b1 = byte_at(end.max(start));
    &s[b0..b1]
}

/// `str.strip()` for whitespace.
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `str.lstrip()` for whitespace.
pub fn lstrip(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

/// `str.rstrip()` for whitespace.
pub fn rstrip(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// `textwrap.indent(text, prefix, lambda line: True)`: `prefix` before every line (as
/// `splitlines(keepends=True)` cuts them), blank ones included.
pub fn indent_all(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len() + prefix.len());
    for line in splitlines_keepends(text) {
        out.push_str(prefix);
        out.push_str(line);
    }
    out
}

/// `str.splitlines(keepends=True)`.
pub fn splitlines_keepends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            next += 1;
        }
        lines.push(&s[start..next]);
        start = next;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// The characters `str.splitlines` breaks at (`\r\n` counts as one break).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `len(s.encode()[:offset].decode("utf-8", errors="replace"))`: the character index of a UTF-8
/// byte offset (a cut through a character counts that character, as its replacement does).
pub fn byte_offset_to_char_offset(s: &str, offset: usize) -> usize {
    let offset = offset.min(s.len());
    let whole = s[..s.floor_char_boundary(offset)].chars().count();
    if s.is_char_boundary(offset) { whole } else { whole + 1 }
}

/// `traceback._display_width(line, offset)`: the columns the first `offset` characters take on a
/// terminal, counting East Asian Wide and Fullwidth characters as two.
pub fn display_width(line: &str, offset: usize) -> usize {
    if line.is_ascii() {
        return offset;
    }
    line.chars().take(offset).map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// East Asian Width W or F.
fn is_wide(c: char) -> bool {
    let cp = c as u32;
    let table = super::tables::WIDE_CHARS;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitlines_like_python() {
        // Expectations from CPython 3.14: 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\n'.splitlines()
        assert_eq!(splitlines("a\nb\r\nc\rd\x0be\x0cf\x1cg\u{85}h\u{2028}i\n"), ["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
        assert_eq!(splitlines(""), Vec::<&str>::new());
        assert_eq!(splitlines("\n\n"), ["", ""]);
        assert_eq!(splitlines("x"), ["x"]);
    }

    #[test]
    fn dedent_like_python() {
        // Expectations from CPython 3.14's textwrap.dedent.
        assert_eq!(dedent("  a\n    b\n  c"), "a\n  b\nc");
        assert_eq!(dedent("  a\n\tb"), "  a\n\tb");
        assert_eq!(dedent("    a\n  \n    b"), "a\n\nb");
        assert_eq!(dedent("\t\ta\n\tb"), "\ta\nb");
        assert_eq!(dedent(""), "");
        assert_eq!(dedent("   "), "");
        assert_eq!(dedent("  x = 1\n  whille x: pass"), "x = 1\nwhille x: pass");
        assert_eq!(dedent(" \u{a0}a\n \u{a0}b"), "\u{a0}a\n\u{a0}b");
    }

    #[test]
    fn widths_and_offsets() {
        // Expectations from CPython 3.14's traceback._display_width and
        // traceback._byte_offset_to_character_offset.
        assert_eq!(display_width("abc", 2), 2);
        assert_eq!(display_width("日本x", 3), 5);
        assert_eq!(display_width("日本x", 1), 2);
        assert_eq!(display_width("é😀!", 3), 4);
        assert_eq!(byte_offset_to_char_offset("日本x", 3), 1);
        assert_eq!(byte_offset_to_char_offset("日本x", 4), 2);
        assert_eq!(byte_offset_to_char_offset("日本x", 7), 3);
        assert_eq!(byte_offset_to_char_offset("ab", 9), 2);
        assert_eq!(indent_all("a\n\nb", "  "), "  a\n  \n  b");
        assert_eq!(splitlines_keepends("a\r\nb\x0cc"), ["a\r\n", "b\x0c", "c"]);
    }

    #[test]
    fn slices() {
        assert_eq!(char_slice("héllo", 1, 3), "él");
        assert_eq!(char_slice("héllo", 3, 10), "lo");
        assert_eq!(char_slice("héllo", 7, 10), "");
        assert_eq!(char_slice("héllo", 3, 1), "");
    }
}
