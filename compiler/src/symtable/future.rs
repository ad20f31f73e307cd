//! `from __future__` statements: which features a module turns on, and the errors CPython's
//! `future.c` raises for unknown features (before the symbol table is built).

use ophis_lexer::TextRange;
use ophis_parser::SyntaxError;
use ophis_parser::ast::{Expr, Mod, Stmt};

use super::types::FutureFeatures;

/// The features, and where the last future statement of the module's header is.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Future {
    pub features: FutureFeatures,
    /// The last `from __future__` statement of the leading run; `None` if there is none.
    pub last_statement: Option<TextRange>,
}

impl Future {
    /// Whether a `from __future__` statement at `range` comes too late: any one that is not part
    /// of the leading run (CPython compares lines and columns; for statements, which never
    /// overlap, that is comparing positions).
    pub fn is_late(&self, range: TextRange) -> bool {
        match self.last_statement {
            None => true,
            Some(last) => range.start > last.start,
        }
    }
}

/// Features that exist but change nothing any more, and the two that do.
const KNOWN_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// Reads the future statements at the top of a module (after its docstring).
pub(crate) fn parse_future(module: &Mod) -> Result<Future, SyntaxError> {
    let mut future = Future::default();
    let body = match module {
        Mod::Module(module) => &module.body,
        Mod::Interactive(interactive) => &interactive.body,
        Mod::Expression(_) | Mod::FunctionType(_) => return Ok(future),
    };
    let skip = usize::from(docstring(body).is_some());
    for stmt in &body[skip.min(body.len())..] {
        let Stmt::ImportFrom(import) = stmt else { break };
        if import.level != 0 || import.module.as_ref().map(|m| m.as_str()) != Some("__future__") {
            break;
        }
        for alias in &import.names {
            let feature = alias.name.as_str();
            match feature {
                "annotations" => future.features.annotations = true,
                "barry_as_FLUFL" => future.features.barry_as_flufl = true,
                "braces" => return Err(SyntaxError::new("not a chance", alias.range)),
                _ if KNOWN_FEATURES.contains(&feature) => {}
                _ => {
                    let message = format!("future feature {} is not defined", truncate_bytes(feature, 100));
                    return Err(SyntaxError::new(message, alias.range));
                }
            }
        }
        future.last_statement = Some(import.range);
    }
    Ok(future)
}

/// The docstring of a body: its first statement, if that is a string constant.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&Expr> {
    match body.first() {
        Some(Stmt::Expr(stmt)) => match &*stmt.value {
            value @ Expr::Constant(constant) if matches!(constant.value, ophis_parser::ast::Constant::Str(_)) => {
                Some(value)
            }
            _ => None,
        },
        _ => None,
    }
}

/// C's `%.Ns`: at most `max` bytes (not splitting a character).
pub(crate) fn truncate_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
