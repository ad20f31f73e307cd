//! Parameter lists (`def`, `lambda`) and call arguments: parsed as flat item lists by the
//! grammar, checked and structured here with CPython's messages for misplaced items.

use ophis_lexer::TextRange;

use super::targets::expr_name;
use crate::ast::*;
use crate::error::SyntaxError;

/// One comma-separated item of a parameter list.
#[derive(Debug)]
pub struct ParamItem {
    /// Boxed: parser stack entries stay small (see `bench/README.md`).
    pub kind: Box<ParamKind>,
    pub range: TextRange,
    pub type_comment: Option<TextRange>,
    /// Set on the last item when the list ends with a comma.
    pub trailing_comma: bool,
}

#[derive(Debug)]
pub enum ParamKind {
    /// `name[: annotation][= default]`.
    Normal(Arg, Option<Expr>),
    /// `/`.
    Slash,
    /// `*` or `*name[: annotation]`.
    Star(Option<Arg>),
    /// `*name = default` (always an error).
    StarWithDefault(Arg, Expr),
    /// `**name[: annotation][= default]` (a default is an error).
    DoubleStar(Arg, Option<Expr>),
}

impl ParamItem {
    pub fn new(kind: ParamKind, start: u32, end: u32) -> ParamItem {
        ParamItem { kind: Box::new(kind), range: TextRange::new(start, end), type_comment: None, trailing_comma: false }
    }
}

/// Builds `arguments` from the items, in CPython's order rules. `type_comment_text` turns a
/// type-comment token's range into its text.
pub fn arguments(
    items: Vec<ParamItem>,
    trailing_comma: bool,
    type_comment_text: &dyn Fn(TextRange) -> Box<str>,
) -> Result<Arguments, SyntaxError> {
    let mut posonlyargs = Vec::new();
    let mut args = Vec::new();
    let mut defaults = Vec::new();
    let mut vararg = None;
    let mut kwonlyargs = Vec::new();
    let mut kw_defaults = Vec::new();
    let mut kwarg: Option<Box<Arg>> = None;
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut bare_star: Option<TextRange> = None;
    let start = items.first().map_or(0, |i| i.range.start);
    let end = items.last().map_or(0, |i| i.range.end);

    let count = items.len();
    for (position, item) in items.into_iter().enumerate() {
        let followed_by_comma = position + 1 < count || trailing_comma;
        if kwarg.is_some() {
            return Err(SyntaxError::new("arguments cannot follow var-keyword argument", param_name_range(&item)));
        }
        let tc = item.type_comment.map(type_comment_text);
        match *item.kind {
            ParamKind::Normal(mut arg, default) => {
                arg.type_comment = tc;
                if seen_star {
                    bare_star = None;
                    kwonlyargs.push(arg);
                    kw_defaults.push(default);
                } else {
                    if default.is_none() && !defaults.is_empty() {
                        return Err(SyntaxError::new("parameter without a default follows parameter with a default", arg.range));
                    }
                    if let Some(d) = default {
                        defaults.push(d);
                    }
                    args.push(arg);
                }
            }
            ParamKind::Slash => {
                if seen_slash {
                    return Err(SyntaxError::new("/ may appear only once", item.range));
                }
                if seen_star {
                    return Err(SyntaxError::new("/ must be ahead of *", item.range));
                }
                if args.is_empty() {
                    // CPython's rule needs a comma after the `/`; a lone `/` is a plain error.
                    let message = if followed_by_comma { "at least one argument must precede /" } else { "invalid syntax" };
                    return Err(SyntaxError::new(message, item.range));
                }
                seen_slash = true;
                posonlyargs = std::mem::take(&mut args);
            }
            ParamKind::Star(arg) => {
                if seen_star {
                    return Err(SyntaxError::new("* argument may appear only once", TextRange::new(item.range.start, item.range.start + 1)));
                }
                seen_star = true;
                match arg {
                    Some(mut arg) => {
                        arg.type_comment = tc;
                        vararg = Some(Box::new(arg));
                    }
                    None => bare_star = Some(item.range),
                }
            }
            ParamKind::StarWithDefault(arg, default) => {
                let _ = arg;
                let eq = TextRange::new(default.range().start.saturating_sub(1), default.range().start);
                return Err(SyntaxError::new("var-positional argument cannot have default value", eq));
            }
            ParamKind::DoubleStar(mut arg, default) => {
                if let Some(d) = default {
                    let eq = TextRange::new(d.range().start.saturating_sub(1), d.range().start);
                    return Err(SyntaxError::new("var-keyword argument cannot have default value", eq));
                }
                arg.type_comment = tc;
                kwarg = Some(Box::new(arg));
            }
        }
    }
    if let Some(star) = bare_star {
        return Err(SyntaxError::new("named arguments must follow bare *", star));
    }
    Ok(Arguments { range: TextRange::new(start, end), posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults })
}

fn param_name_range(item: &ParamItem) -> TextRange {
    match &*item.kind {
        ParamKind::Normal(arg, _) | ParamKind::DoubleStar(arg, _) | ParamKind::StarWithDefault(arg, _) => arg.range,
        ParamKind::Star(Some(arg)) => arg.range,
        _ => item.range,
    }
}

/// One comma-separated item of a call's (or class header's) argument list.
#[derive(Debug)]
pub enum ArgItem {
    /// A positional argument, `*iterable` included (as `Starred`).
    Positional(Expr),
    /// `**mapping`, with the item's range.
    DoubleStar(Box<Expr>, TextRange),
    /// `key=value`: the expression before `=` (checked to be a name) and the value, the item's
    /// range, and where the `=` ends.
    Keyword(Box<(Expr, Expr)>, TextRange, u32),
    /// A generator expression written without its own parentheses.
    Genexp(Expr),
}

/// Splits call arguments into positional ones and keywords, with CPython's checks. `close` is
/// the closing parenthesis, where CPython points for misordered arguments.
pub fn call_arguments(
    source: &str,
    items: Vec<ArgItem>,
    sole_genexp_ok: bool,
    close: TextRange,
) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Genexp(g) => {
                if !(sole_genexp_ok && count == 1) {
                    return Err(SyntaxError::new("Generator expression must be parenthesized", g.range()));
                }
                args.push(g);
            }
            ArgItem::Positional(e) => {
                let is_star = matches!(e, Expr::Starred(_));
                if seen_double_star {
                    if is_star {
                        // CPython's range starts at the comma before the unpacking.
                        let start = source[..e.range().start as usize].rfind(',').map_or(e.range().start, |i| i as u32);
                        return Err(SyntaxError::new(
                            "iterable argument unpacking follows keyword argument unpacking",
                            TextRange::new(start, e.range().end),
                        ));
                    }
                    return Err(SyntaxError::new("positional argument follows keyword argument unpacking", close));
                }
                if seen_keyword && !is_star {
                    return Err(SyntaxError::new("positional argument follows keyword argument", close));
                }
                args.push(e);
            }
            ArgItem::DoubleStar(value, range) => {
                seen_double_star = true;
                keywords.push(Keyword { range, arg: None, value: *value });
            }
            ArgItem::Keyword(pair, range, eq_end) => {
                let (key, value) = *pair;
                seen_keyword = true;
                let Expr::Name(name) = key else {
                    if let Expr::Constant(c) = &key
                        && matches!(c.value, Constant::None | Constant::Bool(_))
                    {
                        return Err(SyntaxError::new(
                            format!("cannot assign to {}", expr_name(&key)),
                            TextRange::new(key.range().start, eq_end),
                        ));
                    }
                    return Err(SyntaxError::new(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        TextRange::new(key.range().start, eq_end),
                    ));
                };
                keywords.push(Keyword { range, arg: Some(name.id), value });
            }
        }
    }
    Ok((args, keywords))
}
