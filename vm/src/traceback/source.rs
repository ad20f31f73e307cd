//! Source lines for tracebacks, as CPython's `linecache.getline` finds them: the file decoded
//! the way Python reads source (BOM, PEP 263 coding cookie), with universal newlines; a file that
//! cannot be read or decoded has no lines.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

/// The lines of each file read so far (None: unreadable), kept for the life of the process as
/// linecache keeps them.
fn cache() -> &'static Mutex<HashMap<String, Option<Arc<Vec<String>>>>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<Arc<Vec<String>>>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn read_lines(filename: &str) -> Option<Arc<Vec<String>>> {
    // Pseudo-files such as "<string>" have no source on disk.
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = ophis_lexer::decode_source(&bytes).ok()?;
    Some(Arc::new(split_universal(&text)))
}

/// `readlines()` of a text-mode file: `\r\n` and `\r` end lines as `\n` does; the line breaks
/// themselves are dropped.
fn split_universal(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => lines.push(std::mem::take(&mut current)),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push(std::mem::take(&mut current));
            }
            _ => current.push(c),
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// All lines of a file (without line breaks), as `getline` reads them; None when unreadable.
pub fn lines(filename: &str) -> Option<Arc<Vec<String>>> {
    let mut cache = cache().lock();
    match cache.get(filename) {
        Some(entry) => entry.clone(),
        None => {
            let entry = read_lines(filename);
            cache.insert(filename.to_string(), entry.clone());
            entry
        }
    }
}

/// `linecache.getline(filename, line)` without its line break; "" when there is no such line.
pub fn getline(filename: &str, line: u32) -> String {
    let lines = {
        let mut cache = cache().lock();
        match cache.get(filename) {
            Some(entry) => entry.clone(),
            None => {
                let entry = read_lines(filename);
                cache.insert(filename.to_string(), entry.clone());
                entry
            }
        }
    };
    let Some(lines) = lines else { return String::new() };
    line.checked_sub(1).and_then(|i| lines.get(i as usize)).cloned().unwrap_or_default()
}

/// Registers the source of a pseudo-file compiled from text the user typed (`-c`), as CPython
/// registers it: by file name, so any code with that name (an `exec`'d "<string>" too) shows
/// its lines.
pub fn register(filename: &str, source: &str) {
    cache().lock().insert(filename.to_string(), Some(Arc::new(split_universal(source))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn universal_newlines() {
        assert_eq!(split_universal("a\r\nb\rc\nd"), ["a", "b", "c", "d"]);
        assert_eq!(split_universal("a\n"), ["a"]);
        assert_eq!(split_universal("a\x0cb\n"), ["a\x0cb"]);
    }
}
