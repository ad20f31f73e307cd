//! The banner printed when the REPL starts (not with `-q`).

/// The first lines the REPL prints: ophis and its version, what it is compatible with, and
/// CPython's pointer to the informational commands.
pub fn text() -> String {
    format!(
        "ophis {} (Python 3.14 compatible) [Rust] on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}
