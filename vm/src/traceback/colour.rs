//! Colours in tracebacks: CPython's default theme (`_colorize.Traceback`) and its decision to
//! colour (`_colorize.can_colorize`), made from the environment and whether `sys.stderr` is a
//! terminal.

use std::sync::atomic::{AtomicBool, Ordering};

/// The terminal colours of CPython's default traceback theme.
pub struct Theme {
    pub type_: &'static str,
    pub message: &'static str,
    pub filename: &'static str,
    pub line_no: &'static str,
    pub frame: &'static str,
    pub error_highlight: &'static str,
    pub error_range: &'static str,
    pub reset: &'static str,
}

pub const COLOURS: Theme = Theme {
    type_: "\x1b[1;35m",
    message: "\x1b[35m",
    filename: "\x1b[35m",
    line_no: "\x1b[35m",
    frame: "\x1b[35m",
    error_highlight: "\x1b[1;31m",
    error_range: "\x1b[31m",
    reset: "\x1b[0m",
};

pub const NO_COLOURS: Theme =
    Theme { type_: "", message: "", filename: "", line_no: "", frame: "", error_highlight: "", error_range: "", reset: "" };

pub fn theme(colorize: bool) -> &'static Theme {
    if colorize { &COLOURS } else { &NO_COLOURS }
}

/// The environment as `_colorize.can_colorize` reads it.
#[derive(Clone, Debug, Default)]
pub struct ColourEnv {
    pub python_colors: Option<String>,
    pub no_color: Option<String>,
    pub force_color: Option<String>,
    pub term: Option<String>,
    /// `-E` or `-I`: `PYTHON*` variables are ignored (`NO_COLOR` and `FORCE_COLOR` are not).
    pub ignore_environment: bool,
}

impl ColourEnv {
    pub fn from_process(ignore_environment: bool) -> ColourEnv {
        let var = |k: &str| std::env::var_os(k).map(|v| v.to_string_lossy().into_owned());
        ColourEnv {
            python_colors: var("PYTHON_COLORS"),
            no_color: var("NO_COLOR"),
            force_color: var("FORCE_COLOR"),
            term: var("TERM"),
            ignore_environment,
        }
    }
}

/// `_colorize.can_colorize(file=sys.stderr)`: `PYTHON_COLORS=0/1` decides first (unless the
/// environment is ignored), then a non-empty `NO_COLOR` turns colour off, a non-empty
/// `FORCE_COLOR` on, `TERM=dumb` off, and otherwise colour follows whether the stream is a
/// terminal.
pub fn can_colorize(env: &ColourEnv, is_terminal: bool) -> bool {
    if !env.ignore_environment {
        match env.python_colors.as_deref() {
            Some("0") => return false,
            Some("1") => return true,
            _ => {}
        }
    }
    let set = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
    if set(&env.no_color) {
        return false;
    }
    if set(&env.force_color) {
        return true;
    }
    if env.term.as_deref() == Some("dumb") {
        return false;
    }
    is_terminal
}

/// `-E`/`-I` were given (set by the command line front end).
static IGNORE_ENVIRONMENT: AtomicBool = AtomicBool::new(false);

pub fn set_ignore_environment(ignore: bool) {
    IGNORE_ENVIRONMENT.store(ignore, Ordering::Relaxed);
}

pub fn ignore_environment() -> bool {
    IGNORE_ENVIRONMENT.load(Ordering::Relaxed)
}
