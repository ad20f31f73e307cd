//! The frames of a traceback as CPython 3.14's `StackSummary.format` prints them: one
//! `File "...", line N, in name` line per frame, the source of the failing instruction (all its
//! lines, long ranges abbreviated), carets under it, and "[Previous line repeated N more times]"
//! for runs of the same frame.

use std::collections::BTreeSet;

use crate::exceptions::TracebackEntry;

use super::anchors::{Anchors, anchors, should_show_carets};
use super::pystr::{byte_offset_to_char_offset, char_len, char_slice, dedent, display_width, indent_all, lstrip, rstrip, splitlines, strip};
use super::source::getline;

/// Identical frames shown before the rest are summarised (`_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// One frame of a traceback: where its instruction is (1-based lines, UTF-8 byte columns).
pub struct FrameSummary {
    pub filename: String,
    pub lineno: Option<u32>,
    pub end_lineno: Option<u32>,
    pub colno: Option<u32>,
    pub end_colno: Option<u32>,
    pub name: String,
}

impl FrameSummary {
    pub fn from_entry(entry: &TracebackEntry) -> Option<FrameSummary> {
        let code = entry.code.as_code()?;
        let c = &code.compiled;
        let loc = c.locations.get(entry.lasti as usize).copied().unwrap_or_default();
        let known = loc.line != 0;
        Some(FrameSummary {
            filename: c.filename.to_string(),
            lineno: known.then_some(loc.line),
            end_lineno: known.then_some(loc.end_line),
            colno: known.then_some(loc.col),
            end_colno: known.then_some(loc.end_col),
            name: c.name.to_string(),
        })
    }

    /// The source lines of the instruction's range, right-stripped and joined with newlines,
    /// plus a final newline (`FrameSummary._set_lines`); None without a line number.
    fn lines(&self) -> Option<String> {
        let (first, last) = (self.lineno?, self.end_lineno?);
        let lines: Vec<String> = (first..=last).map(|n| rstrip(&getline(&self.filename, n)).to_string()).collect();
        Some(lines.join("\n") + "\n")
    }
}

/// The frames of `entries` (recorded innermost first), formatted outermost first.
pub fn format_entries(entries: &[TracebackEntry], colorize: bool) -> String {
    let frames: Vec<FrameSummary> = entries.iter().rev().filter_map(FrameSummary::from_entry).collect();
    format_stack(&frames, colorize)
}

/// `StackSummary.format()`.
pub fn format_stack(frames: &[FrameSummary], colorize: bool) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, Option<u32>, &str)> = None;
    let mut count = 0usize;
    for frame in frames {
        let key = (frame.filename.as_str(), frame.lineno, frame.name.as_str());
        if last != Some(key) || frame.lineno.is_none() {
            push_repeats(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format_frame(frame, colorize));
    }
    push_repeats(&mut out, count);
    out
}

fn push_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
    }
}

/// `StackSummary.format_frame_summary()`.
pub fn format_frame(frame: &FrameSummary, colorize: bool) -> String {
    let theme = super::colour::theme(colorize);
    let filename = if frame.filename.starts_with("<stdin-") && frame.filename.ends_with('>') { "<stdin>" } else { &frame.filename };
    let lineno = frame.lineno.map_or("None".to_string(), |n| n.to_string());
    let mut row = format!(
        "  File {}\"{filename}\"{}, line {}{lineno}{}, in {}{}{}\n",
        theme.filename, theme.reset, theme.line_no, theme.reset, theme.frame, frame.name, theme.reset
    );
    let Some(lines) = frame.lines() else { return row };
    let dedented = dedent(&lines);
    if strip(&dedented).is_empty() {
        return row;
    }
    let (Some(colno), Some(end_colno), Some(first), Some(last)) = (frame.colno, frame.end_colno, frame.lineno, frame.end_lineno) else {
        // Without columns only the first line is shown.
        let line = strip(lines.split('\n').next().unwrap_or(""));
        if !line.is_empty() {
            row.push_str("    ");
            row.push_str(line);
        }
        row.push('\n');
        return row;
    };
    if let Some(text) = format_segment(&lines, &dedented, colno as usize, end_colno as usize, (last - first) as usize, colorize) {
        row.push_str(&text);
    }
    row
}

/// The source lines of a frame with their carets, indented by four spaces. `span` is
/// `end_lineno - lineno`. None where CPython would fail on an inconsistent range.
fn format_segment(lines: &str, dedented: &str, colno: usize, end_colno: usize, span: usize, colorize: bool) -> Option<String> {
    let original = splitlines(lines);
    let first_line = *original.first()?;
    let last_line = *original.get(span)?;
    let start_offset = byte_offset_to_char_offset(first_line, colno);
    let end_offset = byte_offset_to_char_offset(last_line, end_colno);
    let all_lines: Vec<String> = splitlines(dedented).into_iter().take(span + 1).map(str::to_string).collect();
    let first = all_lines.first()?;
    let last = all_lines.last()?;
    // Offsets move left by what dedenting removed from the first line.
    let dedent_chars = char_len(first_line) as isize - char_len(first) as isize;
    let start_offset = (start_offset as isize - dedent_chars).max(0) as usize;
    let end_offset = (end_offset as isize - dedent_chars).max(0) as usize;
    // Wide characters take two columns on a terminal.
    let dp_start = display_width(first, start_offset);
    let dp_end = display_width(last, end_offset);

    let joined = all_lines.join("\n");
    let joined_len = char_len(&joined) as isize;
    let stop = joined_len - (char_len(last) as isize - end_offset as isize);
    let segment = char_slice(&joined, start_offset, stop.clamp(0, joined_len) as usize);
    let mut found = anchors(segment);
    let show_carets = should_show_carets(start_offset, end_offset, &all_lines, found.as_ref());

    // Only the first and last lines and those around the anchors are shown.
    let mut significant: BTreeSet<isize> = BTreeSet::from([0, all_lines.len() as isize - 1]);
    let mut left_end = 0;
    let mut right_start = 0;
    if let Some(a) = &found {
        let left = if a.left_end_line == 0 { a.left_end_offset + start_offset } else { a.left_end_offset };
        let right = if a.right_start_line == 0 { a.right_start_offset + start_offset } else { a.right_start_offset };
        match (all_lines.get(a.left_end_line), all_lines.get(a.right_start_line)) {
            (Some(l), Some(r)) => {
                left_end = display_width(l, left);
                right_start = display_width(r, right);
                for line in [a.left_end_line as isize, a.right_start_line as isize] {
                    significant.extend(line - 1..line + 2);
                }
            }
            _ => found = None,
        }
    }
    significant.remove(&-1);
    significant.remove(&(all_lines.len() as isize));

    let caret_line = |lineno: usize| -> String {
        let line = &all_lines[lineno];
        let num_spaces = char_len(line) - char_len(lstrip(line));
        let num_carets = if lineno == all_lines.len() - 1 { dp_end } else { display_width(line, char_len(line)) };
        let (primary, secondary) = if found.is_some() { ('~', '^') } else { ('^', '^') };
        (0..num_carets)
            .map(|col| {
                if col < num_spaces || (lineno == 0 && col < dp_start) {
                    ' '
                } else if let Some(a) = &found
                    && within_anchors(a, lineno, col, left_end, right_start)
                {
                    secondary
                } else {
                    primary
                }
            })
            .collect()
    };
    let mut result = String::new();
    let output_line = |lineno: usize, result: &mut String| {
        let line = format!("{}\n", all_lines[lineno]);
        if !show_carets {
            result.push_str(&line);
            return;
        }
        let carets = caret_line(lineno);
        if colorize {
            let (line, carets) = colour_line(&line, &carets);
            result.push_str(&line);
            result.push_str(&carets);
        } else {
            result.push_str(&line);
            result.push_str(&carets);
        }
        result.push('\n');
    };
    let mut previous: Option<isize> = None;
    for &lineno in &significant {
        if let Some(p) = previous {
            let gap = lineno - p;
            if gap == 2 {
                output_line((lineno - 1) as usize, &mut result);
            } else if gap > 2 {
                result.push_str(&format!("...<{} lines>...\n", gap - 1));
            }
        }
        output_line(lineno as usize, &mut result);
        previous = Some(lineno);
    }
    Some(indent_all(&dedent(&result), "    "))
}

/// The source line (with its newline) and caret line coloured as CPython colours them: runs
/// under `^` in the error colour, runs under `~` in the range colour (characters and carets are
/// paired one to one, the shorter side padded with nothing).
fn colour_line(line: &str, carets: &str) -> (String, String) {
    let theme = super::colour::theme(true);
    let line: Vec<char> = line.chars().collect();
    let carets: Vec<char> = carets.chars().collect();
    let (mut out_line, mut out_carets) = (String::new(), String::new());
    let mut i = 0;
    let n = line.len().max(carets.len());
    while i < n {
        let key = carets.get(i).copied();
        let mut j = i;
        while j < n && carets.get(j).copied() == key {
            j += 1;
        }
        let chars: String = line.get(i..j.min(line.len())).map(|s| s.iter().collect()).unwrap_or_default();
        let marks: String = carets.get(i..j.min(carets.len())).map(|s| s.iter().collect()).unwrap_or_default();
        let colour = match key {
            Some('^') => Some(theme.error_highlight),
            Some('~') => Some(theme.error_range),
            _ => None,
        };
        match colour {
            Some(c) => {
                out_line.push_str(&format!("{c}{chars}{}", theme.reset));
                out_carets.push_str(&format!("{c}{marks}{}", theme.reset));
            }
            None => {
                out_line.push_str(&chars);
                out_carets.push_str(&marks);
            }
        }
        i = j;
    }
    (out_line, out_carets)
}

/// Whether display column `col` of line `lineno` lies between the anchors.
fn within_anchors(a: &Anchors, lineno: usize, col: usize, left_end: usize, right_start: usize) -> bool {
    (lineno > a.left_end_line || (lineno == a.left_end_line && col >= left_end))
        && (lineno < a.right_start_line || (lineno == a.right_start_line && col < right_start))
}
