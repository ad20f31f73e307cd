//! The persistent history file: `PYTHON_HISTORY` if set (and not `-E`), else `~/.ophis_history`.
//! Each input is appended when it runs (so a crash loses nothing); a multi-line input is one
//! entry, which comes back whole.

use std::path::PathBuf;

/// Where the history lives, or `None` when there is no home directory to put it in.
pub fn path() -> Option<PathBuf> {
    if !crate::front_end::ignore_environment() {
        if let Ok(p) = std::env::var("PYTHON_HISTORY") {
            if !p.is_empty() {
                return Some(PathBuf::from(p));
            }
        }
    }
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|home| PathBuf::from(home).join(".ophis_history"))
}
