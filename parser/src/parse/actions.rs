//! The grammar's actions: small constructors for nodes, and the checks that turn a general parse
//! into CPython's node or CPython's error.

use lalrpop_util::ParseError;
use ophis_lexer::TextRange;
use unicode_normalization::UnicodeNormalization;

pub use super::arguments::{ArgItem, ParamItem, ParamKind};
pub use super::strings::{FStringElement, FStringField, StringPart};
use super::targets::{self, expr_name};
use super::token::Tok;
use crate::ast::*;
use crate::error::SyntaxError;

pub type PE = ParseError<u32, Tok, SyntaxError>;
type R<T> = Result<T, PE>;

fn user(error: SyntaxError) -> PE {
    ParseError::User { error }
}

fn err<T>(message: impl Into<String>, range: TextRange) -> R<T> {
    Err(user(SyntaxError::new(message, range)))
}

pub fn r(start: u32, end: u32) -> TextRange {
    TextRange::new(start, end)
}

// ───────────────────────────── Names and atoms ─────────────────────────────

/// A NAME token's text, NFKC-normalised as PEP 3131 requires.
pub fn identifier(src: &str, s: u32, e: u32) -> Identifier {
    let text = &src[s as usize..e as usize];
    let id: Box<str> = if text.is_ascii() { text.into() } else { text.nfkc().collect::<String>().into() };
    Identifier { id, range: r(s, e) }
}

pub fn name_expr(id: Identifier, ctx: ExprContext) -> Expr {
    Expr::Name(ExprName { range: id.range, id, ctx })
}

pub fn dotted_name(first: Identifier, rest: Vec<Identifier>, s: u32, e: u32) -> Identifier {
    if rest.is_empty() {
        return first;
    }
    let mut id = String::from(first.as_str());
    for part in &rest {
        id.push('.');
        id.push_str(part.as_str());
    }
    Identifier { id: id.into(), range: r(s, e) }
}

pub fn constant(value: Constant, s: u32, e: u32) -> Expr {
    Expr::Constant(ExprConstant { range: r(s, e), value, kind: None })
}

pub fn number(src: &str, s: u32, e: u32) -> R<Expr> {
    match super::literals::number_value(&src[s as usize..e as usize]) {
        Some(value) => Ok(constant(value, s, e)),
        None => err("invalid decimal literal", r(s, e)),
    }
}

pub fn strings(src: &str, parts: Vec<StringPart>, s: u32, e: u32) -> R<Expr> {
    super::strings::strings(src, parts, r(s, e)).map_err(user)
}

// ───────────────────────────── Expressions ─────────────────────────────

pub fn starred(value: Expr, s: u32, e: u32) -> Expr {
    Expr::Starred(ExprStarred { range: r(s, e), value: Box::new(value), ctx: ExprContext::Load })
}

pub fn tuple(elts: Vec<Expr>, ctx: ExprContext, s: u32, e: u32) -> Expr {
    Expr::Tuple(ExprTuple { range: r(s, e), elts, ctx })
}

/// A comma list: one item without a trailing comma is that item, anything else a tuple.
pub fn tuple_or_single((mut items, trailing): (Vec<Expr>, bool), s: u32, e: u32) -> Expr {
    if items.len() == 1 && !trailing {
        return items.pop().unwrap_or_else(|| unreachable!());
    }
    tuple(items, ExprContext::Load, s, e)
}

/// A `match` subject: like `tuple_or_single`, but a lone starred item is not a subject.
pub fn tuple_or_single_unstarred(list: (Vec<Expr>, bool), s: u32, e: u32) -> R<Expr> {
    if list.0.len() == 1 && !list.1 && matches!(list.0[0], Expr::Starred(_)) {
        return err("invalid syntax", list.0[0].range());
    }
    Ok(tuple_or_single(list, s, e))
}

/// Subscript contents: a lone starred item makes a one-element tuple (PEP 646).
pub fn slices((mut items, trailing): (Vec<Expr>, bool), s: u32, e: u32) -> Expr {
    if items.len() == 1 && !trailing && !matches!(items[0], Expr::Starred(_)) {
        return items.pop().unwrap_or_else(|| unreachable!());
    }
    tuple(items, ExprContext::Load, s, e)
}

/// `( ... )`: a parenthesized expression (its node keeps its own range) or a tuple.
pub fn paren_group_or_tuple((mut items, trailing): (Vec<Expr>, bool), s: u32, e: u32) -> R<Expr> {
    if items.len() == 1 && !trailing {
        let item = items.pop().unwrap_or_else(|| unreachable!());
        if let Expr::Starred(st) = &item {
            return err("cannot use starred expression here", st.range);
        }
        return Ok(item);
    }
    Ok(tuple(items, ExprContext::Load, s, e))
}

pub fn binop(left: Expr, op: Operator, right: Expr, s: u32, e: u32) -> Expr {
    Expr::BinOp(ExprBinOp { range: r(s, e), left: Box::new(left), op, right: Box::new(right) })
}

/// `real ± imaginary` in a pattern: CPython's grammar requires a real left operand and an
/// imaginary right one, and says which is wrong.
pub fn complex_literal(real: Expr, op: Operator, imag: Expr, s: u32, e: u32) -> R<Expr> {
    let real_number = match &real {
        Expr::UnaryOp(u) => &*u.operand,
        other => other,
    };
    if let Expr::Constant(c) = real_number {
        if matches!(c.value, Constant::Complex { .. }) {
            return err("real number required in complex literal", c.range);
        }
    }
    if let Expr::Constant(c) = &imag {
        if !matches!(c.value, Constant::Complex { .. }) {
            return err("imaginary number required in complex literal", c.range);
        }
    }
    Ok(binop(real, op, imag, s, e))
}

pub fn unary(op: UnaryOp, operand: Expr, s: u32, e: u32) -> Expr {
    Expr::UnaryOp(ExprUnaryOp { range: r(s, e), op, operand: Box::new(operand) })
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, s: u32, e: u32) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    Expr::BoolOp(ExprBoolOp { range: r(s, e), op, values })
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, s: u32, e: u32) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::Compare(ExprCompare { range: r(s, e), left: Box::new(left), ops, comparators })
}

pub fn dict(items: Vec<Box<(Option<Expr>, Expr)>>, s: u32, e: u32) -> Expr {
    let (keys, values) = items.into_iter().map(|item| *item).unzip();
    Expr::Dict(ExprDict { range: r(s, e), keys, values })
}

pub fn genexp(elt: Expr, generators: Vec<Comprehension>, s: u32, e: u32) -> Expr {
    Expr::GeneratorExp(ExprGeneratorExp { range: r(s, e), elt: Box::new(elt), generators })
}

pub fn comprehension(is_async: bool, target: Expr, iter: Expr, ifs: Vec<Expr>, s: u32, e: u32) -> R<Comprehension> {
    let target = targets::store_target(target).map_err(user)?;
    Ok(Comprehension { range: r(s, e), target, iter, ifs, is_async: is_async as u32 })
}

pub fn call(src: &str, func: Expr, args: Option<(Vec<ArgItem>, bool)>, paren_start: u32, s: u32, e: u32) -> R<Expr> {
    let (mut items, trailing) = args.unwrap_or_default();
    // `f(x for x in y)`: the generator expression's range is the call's parentheses.
    if items.len() == 1 && !trailing {
        if let ArgItem::Genexp(g) = &mut items[0] {
            *g.range_mut() = r(paren_start, e);
        }
    }
    let close = r(e - 1, e);
    let (args, keywords) = super::arguments::call_arguments(src, items, !trailing, close).map_err(user)?;
    Ok(Expr::Call(ExprCall { range: r(s, e), func: Box::new(func), args, keywords }))
}

pub fn lambda(params: Vec<ParamItem>, body: Expr, s: u32, e: u32) -> R<Expr> {
    let trailing = params.last().is_some_and(|p| p.trailing_comma);
    let args = super::arguments::arguments(params, trailing, &|_| "".into()).map_err(user)?;
    Ok(Expr::Lambda(ExprLambda { range: r(s, e), args: Box::new(args), body: Box::new(body) }))
}

/// Attaches type comments written after commas to the parameter before each comma.
pub fn param_list(items: Vec<(ParamItem, Option<TextRange>)>, last: Option<(ParamItem, Option<TextRange>)>) -> Vec<ParamItem> {
    let trailing_comma = last.is_none();
    let mut out: Vec<ParamItem> = Vec::with_capacity(items.len() + 1);
    for (mut item, tc) in items.into_iter().chain(last) {
        if tc.is_some() {
            item.type_comment = tc;
        }
        out.push(item);
    }
    if let Some(last) = out.last_mut() {
        last.trailing_comma = trailing_comma;
    }
    out
}

/// `a.b.c` for value patterns: nested `Attribute` nodes over a `Name`.
pub fn attribute_chain(first: Identifier, rest: Vec<Identifier>) -> Expr {
    let start = first.range.start;
    let mut e = name_expr(first, ExprContext::Load);
    for attr in rest {
        let range = r(start, attr.range.end);
        e = Expr::Attribute(ExprAttribute { range, value: Box::new(e), attr, ctx: ExprContext::Load });
    }
    e
}

// ───────────────────────────── Statements ─────────────────────────────

/// The end of a compound statement: the end of its last block.
pub fn end_of_body(src: &str, body: &[Stmt], orelse: &[Stmt]) -> u32 {
    orelse.last().or(body.last()).map_or(0, |s| statement_end(src, s))
}

/// Where a statement ends as the end of a block: CPython ends a block at its last token before
/// the NEWLINE, which is a trailing `;` when there is one.
pub fn statement_end(src: &str, stmt: &Stmt) -> u32 {
    let end = stmt.range().end;
    let rest = &src.as_bytes()[end as usize..];
    let blanks = rest.iter().take_while(|&&b| b == b' ' || b == b'\t' || b == b'\x0c').count();
    if rest.get(blanks) == Some(&b';') { end + blanks as u32 + 1 } else { end }
}

/// The text of a type comment: what follows CPython's `# type: ` prefix (whose spaces match
/// any run of blanks).
pub fn type_comment_text(src: &str, range: TextRange) -> Box<str> {
    let text = range.slice(src);
    let rest = text.strip_prefix('#').unwrap_or(text).trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix("type:").unwrap_or(rest).trim_start_matches([' ', '\t']);
    rest.into()
}

pub fn expression_or_assign(src: &str, first: Expr, mut rest: Vec<Expr>, tc: Option<TextRange>, s: u32, e: u32) -> R<Stmt> {
    if rest.is_empty() {
        if let Some(tc) = tc {
            return err("invalid syntax", tc);
        }
        return Ok(Stmt::Expr(StmtExpr { range: r(s, e), value: Box::new(first) }));
    }
    if let Some(range) = name_equals_expression(src, &first, &rest) {
        return err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", range);
    }
    let value = rest.pop().unwrap_or_else(|| unreachable!());
    let single = rest.is_empty();
    let mut targets_out = Vec::with_capacity(rest.len() + 1);
    for (i, target) in std::iter::once(first).chain(rest).enumerate() {
        if matches!(target, Expr::Yield(_) | Expr::YieldFrom(_)) {
            return err("assignment to yield expression not possible", target.range());
        }
        if let Some(bad) = targets::invalid_target(&target, targets::TargetKind::Store) {
            let here = i == 0
                && single
                && targets::is_bitwise_or_level(&target)
                && !matches!(target, Expr::List(_) | Expr::Tuple(_) | Expr::GeneratorExp(_))
                && !matches!(&target, Expr::Constant(c) if matches!(c.value, Constant::None | Constant::Bool(_)))
                && targets::starts_with_bitwise_or(&value, src);
            if here {
                return err(
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&target)),
                    target.range(),
                );
            }
            return Err(user(targets::cannot_assign(bad)));
        }
        let mut target = target;
        targets::set_context(&mut target, ExprContext::Store);
        targets_out.push(target);
    }
    Ok(Stmt::Assign(StmtAssign {
        range: r(s, e),
        targets: targets_out,
        value: Box::new(value),
        type_comment: tc.map(|t| type_comment_text(src, t)),
    }))
}

/// CPython's `invalid_named_expression` (`NAME '=' bitwise_or !('='|':=')`) as it applies to a
/// failing assignment chain `side0 = side1 = ...`: the first place where a plain name ends one
/// side and an operator-level expression starts the next, not followed by another `=`. Only
/// asked when some target is invalid.
fn name_equals_expression(src: &str, first: &Expr, rest: &[Expr]) -> Option<TextRange> {
    let sides: Vec<&Expr> = std::iter::once(first).chain(rest.iter()).collect();
    let any_invalid = sides[..sides.len() - 1]
        .iter()
        .any(|t| targets::invalid_target(t, targets::TargetKind::Store).is_some() || matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)));
    if !any_invalid {
        return None;
    }
    let elements = |e: &'_ Expr| -> Vec<Expr> {
        match e {
            Expr::Tuple(t) if !targets::is_parenthesized(t.range, src) => t.elts.clone(),
            other => vec![other.clone()],
        }
    };
    for i in 0..sides.len() - 1 {
        let left = elements(sides[i]);
        let right = elements(sides[i + 1]);
        let (Some(Expr::Name(name)), Some(value)) = (left.last(), right.first()) else { continue };
        if !targets::is_bitwise_or_level(value) {
            continue;
        }
        // The expression must not be followed by `=`: either more elements follow it on its
        // side, or its side is the final value.
        let followed_by_comma = right.len() > 1 || matches!(sides[i + 1], Expr::Tuple(t) if !targets::is_parenthesized(t.range, src));
        if followed_by_comma || i + 1 == sides.len() - 1 {
            return Some(r(name.range.start, value.range().end));
        }
    }
    None
}

pub fn aug_assign(mut target: Expr, op: Operator, value: Expr, s: u32, e: u32) -> R<Stmt> {
    if !matches!(target, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)) {
        return err(format!("'{}' is an illegal expression for augmented assignment", expr_name(&target)), target.range());
    }
    targets::set_context(&mut target, ExprContext::Store);
    Ok(Stmt::AugAssign(StmtAugAssign { range: r(s, e), target: Box::new(target), op, value: Box::new(value) }))
}

pub fn ann_assign(mut target: Expr, annotation: Expr, value: Option<Expr>, s: u32, e: u32) -> R<Stmt> {
    match &target {
        Expr::Tuple(t) => {
            let at = if t.range.start == s && t.elts.first().is_some_and(|x| x.range().start == s) {
                t.elts[0].range()
            } else {
                t.range
            };
            return err("only single target (not tuple) can be annotated", at);
        }
        Expr::List(l) => return err("only single target (not list) can be annotated", l.range),
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {}
        other => return err("illegal target for annotation", other.range()),
    }
    let simple = (matches!(target, Expr::Name(_)) && target.range().start == s) as u32;
    targets::set_context(&mut target, ExprContext::Store);
    Ok(Stmt::AnnAssign(StmtAnnAssign {
        range: r(s, e),
        target: Box::new(target),
        annotation: Box::new(annotation),
        value: value.map(Box::new),
        simple,
    }))
}

pub fn delete(items: Vec<Expr>, s: u32, e: u32) -> R<Stmt> {
    let targets = items.into_iter().map(targets::del_target).collect::<Result<Vec<_>, _>>().map_err(user)?;
    Ok(Stmt::Delete(StmtDelete { range: r(s, e), targets }))
}

pub fn if_stmt(src: &str, test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, s: u32) -> Stmt {
    let e = end_of_body(src, &body, &orelse);
    Stmt::If(StmtIf { range: r(s, e), test: Box::new(test), body, orelse })
}

pub fn for_stmt(
    src: &str,
    is_async: bool,
    target: Expr,
    iter: Expr,
    (tc, body): (Option<TextRange>, Vec<Stmt>),
    orelse: Vec<Stmt>,
    s: u32,
) -> R<Stmt> {
    let target = Box::new(targets::store_target(target).map_err(user)?);
    let range = r(s, end_of_body(src, &body, &orelse));
    let type_comment = tc.map(|t| type_comment_text(src, t));
    let iter = Box::new(iter);
    Ok(if is_async {
        Stmt::AsyncFor(StmtAsyncFor { range, target, iter, body, orelse, type_comment })
    } else {
        Stmt::For(StmtFor { range, target, iter, body, orelse, type_comment })
    })
}

pub fn with_stmt(
    src: &str,
    is_async: bool,
    items: Vec<Box<(Expr, Option<Expr>)>>,
    (tc, body): (Option<TextRange>, Vec<Stmt>),
    s: u32,
) -> R<Stmt> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let (context_expr, vars) = *item;
        let end = vars.as_ref().map_or(context_expr.range().end, |v| v.range().end);
        let range = r(context_expr.range().start, end);
        let optional_vars = match vars {
            Some(v) => Some(Box::new(targets::store_target(v).map_err(user)?)),
            None => None,
        };
        out.push(WithItem { range, context_expr, optional_vars });
    }
    let range = r(s, end_of_body(src, &body, &[]));
    let type_comment = tc.map(|t| type_comment_text(src, t));
    Ok(if is_async {
        Stmt::AsyncWith(StmtAsyncWith { range, items: out, body, type_comment })
    } else {
        Stmt::With(StmtWith { range, items: out, body, type_comment })
    })
}

pub fn try_stmt(src: &str, body: Vec<Stmt>, handlers: Vec<(bool, ExceptHandler)>, orelse: Vec<Stmt>, finalbody: Vec<Stmt>, s: u32) -> R<Stmt> {
    let star = handlers.first().is_some_and(|h| h.0);
    if let Some((_, h)) = handlers.iter().find(|h| h.0 != star) {
        return err("cannot have both 'except' and 'except*' on the same 'try'", h.range());
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    let end = finalbody
        .last()
        .or(orelse.last())
        .map(|x| statement_end(src, x))
        .or(handlers.last().map(|h| h.range().end))
        .unwrap_or_else(|| end_of_body(src, &body, &[]));
    let range = r(s, end);
    Ok(if star {
        Stmt::TryStar(StmtTryStar { range, body, handlers, orelse, finalbody })
    } else {
        Stmt::Try(StmtTry { range, body, handlers, orelse, finalbody })
    })
}

#[allow(clippy::too_many_arguments)]
pub fn except_handler(
    src: &str,
    (mut types, trailing): (Vec<Expr>, bool),
    name: Option<Identifier>,
    body: Vec<Stmt>,
    star: bool,
    s: u32,
    ts: u32,
    te: u32,
) -> R<(bool, ExceptHandler)> {
    let r#type = if types.len() == 1 && !trailing {
        types.pop().unwrap_or_else(|| unreachable!())
    } else {
        if let Some(n) = &name {
            return err("multiple exception types must be parenthesized when using 'as'", r(ts, n.range.end));
        }
        tuple(types, ExprContext::Load, ts, te)
    };
    let range = r(s, end_of_body(src, &body, &[]));
    Ok((star, ExceptHandler::ExceptHandler(ExceptHandlerExceptHandler { range, r#type: Some(Box::new(r#type)), name, body })))
}

pub fn bare_except(src: &str, star: bool, body: Vec<Stmt>, s: u32) -> R<(bool, ExceptHandler)> {
    if star {
        return err("expected one or more exception types", r(s, s + 7));
    }
    let range = r(s, end_of_body(src, &body, &[]));
    Ok((false, ExceptHandler::ExceptHandler(ExceptHandlerExceptHandler { range, r#type: None, name: None, body })))
}

#[allow(clippy::too_many_arguments)]
pub fn function_def(
    src: &str,
    is_async: bool,
    name: Identifier,
    type_params: Vec<TypeParam>,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    (tc, body): (Option<TextRange>, Vec<Stmt>),
    s: u32,
) -> R<Stmt> {
    let trailing = params.last().is_some_and(|p| p.trailing_comma);
    let args = super::arguments::arguments(params, trailing, &|t| type_comment_text(src, t)).map_err(user)?;
    let range = r(s, end_of_body(src, &body, &[]));
    let args = Box::new(args);
    let returns = returns.map(Box::new);
    let type_comment = tc.map(|t| type_comment_text(src, t));
    Ok(if is_async {
        Stmt::AsyncFunctionDef(StmtAsyncFunctionDef { range, name, args, body, decorator_list: vec![], returns, type_comment, type_params })
    } else {
        Stmt::FunctionDef(StmtFunctionDef { range, name, args, body, decorator_list: vec![], returns, type_comment, type_params })
    })
}

pub fn class_def(
    src: &str,
    name: Identifier,
    type_params: Vec<TypeParam>,
    args: Option<(Vec<ArgItem>, bool, u32)>,
    body: Vec<Stmt>,
    s: u32,
) -> R<Stmt> {
    let (items, _trailing, close) = args.unwrap_or_default();
    // A class header takes no generator expression, not even a lone one.
    if let Some(ArgItem::Genexp(Expr::GeneratorExp(g))) = items.iter().find(|i| matches!(i, ArgItem::Genexp(_))) {
        let at = g.generators.first().map_or(g.range.start, |c| c.range.start);
        return err("invalid syntax", r(at, at + 3));
    }
    let (bases, keywords) = super::arguments::call_arguments(src, items, false, r(close.saturating_sub(1), close)).map_err(user)?;
    let range = r(s, end_of_body(src, &body, &[]));
    Ok(Stmt::ClassDef(StmtClassDef { range, name, bases, keywords, body, decorator_list: vec![], type_params }))
}

pub fn with_decorators(mut def: Box<Stmt>, decorators: Vec<Expr>) -> Box<Stmt> {
    match &mut *def {
        Stmt::FunctionDef(f) => f.decorator_list = decorators,
        Stmt::AsyncFunctionDef(f) => f.decorator_list = decorators,
        Stmt::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    def
}

// ───────────────────────────── Patterns ─────────────────────────────

fn is_wildcard(n: &Identifier) -> bool {
    n.as_str() == "_"
}

pub fn capture_pattern(n: Identifier, s: u32, e: u32) -> Pattern {
    let name = if is_wildcard(&n) { None } else { Some(n) };
    Pattern::MatchAs(PatternMatchAs { range: r(s, e), pattern: None, name })
}

pub fn star_pattern(n: Identifier, s: u32, e: u32) -> Pattern {
    let name = if is_wildcard(&n) { None } else { Some(n) };
    Pattern::MatchStar(PatternMatchStar { range: r(s, e), name })
}

pub fn as_pattern(p: Pattern, n: Identifier, s: u32, e: u32) -> R<Pattern> {
    if is_wildcard(&n) {
        return err("cannot use '_' as a target", n.range);
    }
    Ok(Pattern::MatchAs(PatternMatchAs { range: r(s, e), pattern: Some(Box::new(p)), name: Some(n) }))
}

/// `case a, *b:` — a top-level comma list of patterns is a sequence pattern.
pub fn open_sequence_pattern((mut items, trailing): (Vec<Pattern>, bool), s: u32, e: u32) -> R<Pattern> {
    if items.len() == 1 && !trailing {
        let p = items.pop().unwrap_or_else(|| unreachable!());
        if let Pattern::MatchStar(st) = &p {
            return err("invalid syntax", r(st.range.end, st.range.end + 1));
        }
        return Ok(p);
    }
    Ok(Pattern::MatchSequence(PatternMatchSequence { range: r(s, e), patterns: items }))
}

/// `( ... )` in a pattern: a group or a sequence.
pub fn paren_pattern((mut items, trailing): (Vec<Pattern>, bool), s: u32, e: u32) -> R<Pattern> {
    if items.len() == 1 && !trailing {
        let p = items.pop().unwrap_or_else(|| unreachable!());
        if let Pattern::MatchStar(st) = &p {
            return err("invalid syntax", st.range);
        }
        return Ok(p);
    }
    Ok(Pattern::MatchSequence(PatternMatchSequence { range: r(s, e), patterns: items }))
}

/// One item of a mapping pattern (boxed: parser stack entries stay small).
pub enum MappingItem {
    Pair(Box<(Expr, Pattern)>),
    Rest(Identifier, TextRange),
}

impl MappingItem {
    pub fn pair(key: Expr, pattern: Pattern) -> MappingItem {
        MappingItem::Pair(Box::new((key, pattern)))
    }
}

pub fn mapping_pattern(items: Vec<MappingItem>, s: u32, e: u32) -> R<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for item in items {
        match item {
            MappingItem::Pair(pair) => {
                let (k, p) = *pair;
                if rest.is_some() {
                    return err("invalid syntax", k.range());
                }
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(n, range) => {
                if rest.is_some() {
                    return err("invalid syntax", range);
                }
                rest = Some(n);
            }
        }
    }
    Ok(Pattern::MatchMapping(PatternMatchMapping { range: r(s, e), keys, patterns, rest }))
}

pub fn class_pattern(cls: Expr, _args: Vec<(Option<Identifier>, Pattern)>, s: u32, e: u32) -> Pattern {
    Pattern::MatchClass(PatternMatchClass { range: r(s, e), cls: Box::new(cls), patterns: vec![], kwd_attrs: vec![], kwd_patterns: vec![] })
}

pub fn class_pattern_checked(cls: Expr, args: Vec<(Option<Identifier>, Pattern)>, s: u32, e: u32) -> R<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (name, p) in args {
        match name {
            Some(n) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
            None => {
                if !kwd_attrs.is_empty() {
                    return err("positional patterns follow keyword patterns", p.range());
                }
                patterns.push(p);
            }
        }
    }
    Ok(Pattern::MatchClass(PatternMatchClass { range: r(s, e), cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }))
}

/// Strings in a pattern: plain literals only.
pub fn strings_pattern(parts: Vec<StringPart>, s: u32, e: u32, src: &str) -> R<Expr> {
    if parts.iter().any(|p| matches!(p, StringPart::FString { .. })) {
        return err("patterns may only match literals and attribute lookups", r(s, e));
    }
    strings(src, parts, s, e)
}
