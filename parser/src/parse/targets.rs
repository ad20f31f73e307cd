//! Assignment, deletion and augmented-assignment targets: the expression parsed in target
//! position gets its context (`Store`/`Del`) or CPython's error for what cannot be a target.

use ophis_lexer::TextRange;

use crate::ast::*;
use crate::error::SyntaxError;

/// What CPython calls an expression in its error messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::TemplateStr(_) | Expr::Interpolation(_) => "t-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// The kind of target being checked, which decides the wording of the error.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// `=`, `for ... in`, `with ... as`, comprehension targets.
    Store,
    Del,
}

/// The first sub-expression that cannot be a target, as `_PyPegen_get_invalid_target` finds it.
pub fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, kind)),
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, kind)),
        Expr::Starred(s) => match kind {
            TargetKind::Del => Some(e),
            TargetKind::Store => invalid_target(&s.value, kind),
        },
        Expr::Compare(c) if kind == TargetKind::Store => {
            // `for x in y in z` reads as a comparison; CPython points at the left operand when it
            // is the invalid part, as it would for `for f() in y`.
            if c.ops.first() == Some(&CmpOp::In) { invalid_target(&c.left, kind) } else { Some(e) }
        }
        _ => Some(e),
    }
}

/// Sets `ctx` on a valid target (recursively through tuples, lists and starred).
pub fn set_context(e: &mut Expr, ctx: ExprContext) {
    match e {
        Expr::Name(n) => n.ctx = ctx,
        Expr::Attribute(a) => a.ctx = ctx,
        Expr::Subscript(s) => s.ctx = ctx,
        Expr::Starred(s) => {
            s.ctx = ctx;
            set_context(&mut s.value, ctx);
        }
        Expr::Tuple(t) => {
            t.ctx = ctx;
            for x in &mut t.elts {
                set_context(x, ctx);
            }
        }
        Expr::List(l) => {
            l.ctx = ctx;
            for x in &mut l.elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}

/// Checks and converts a store target (`for`, `with`, comprehension, chained assignment).
pub fn store_target(mut e: Expr) -> Result<Expr, SyntaxError> {
    if let Some(bad) = invalid_target(&e, TargetKind::Store) {
        return Err(cannot_assign(bad));
    }
    set_context(&mut e, ExprContext::Store);
    Ok(e)
}

pub fn cannot_assign(bad: &Expr) -> SyntaxError {
    SyntaxError::new(format!("cannot assign to {}", expr_name(bad)), bad.range())
}

/// Checks and converts a `del` target.
pub fn del_target(mut e: Expr) -> Result<Expr, SyntaxError> {
    if let Some(bad) = invalid_target(&e, TargetKind::Del) {
        return Err(SyntaxError::new(format!("cannot delete {}", expr_name(bad)), bad.range()));
    }
    set_context(&mut e, ExprContext::Del);
    Ok(e)
}

/// Whether an expression is of the `bitwise_or` level of CPython's grammar or tighter (no
/// comparison, `not`, boolean operator, conditional, lambda).
pub fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::IfExp(_)
            | Expr::Lambda(_)
            | Expr::NamedExpr(_)
            | Expr::Starred(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Slice(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == UnaryOp::Not)
}

/// Whether the source text of `e` starts with a `bitwise_or` expression (CPython's
/// `invalid_named_expression` needs one right after the `=`).
pub fn starts_with_bitwise_or(e: &Expr, source: &str) -> bool {
    match e {
        Expr::Tuple(t) if !is_parenthesized(t.range, source) => t.elts.first().is_some_and(|x| starts_with_bitwise_or(x, source)),
        Expr::Compare(c) => starts_with_bitwise_or(&c.left, source),
        Expr::BoolOp(b) => b.values.first().is_some_and(|x| starts_with_bitwise_or(x, source)),
        Expr::IfExp(i) => starts_with_bitwise_or(&i.body, source),
        _ => is_bitwise_or_level(e),
    }
}

/// A node written in parentheses starts with `(` in the source (tuples include their
/// parentheses in their range; other nodes never start with `(` unless they are tuples,
/// generators or calls of parenthesized callees, which callers do not ask about).
pub fn is_parenthesized(range: TextRange, source: &str) -> bool {
    source.as_bytes().get(range.start as usize) == Some(&b'(')
}
