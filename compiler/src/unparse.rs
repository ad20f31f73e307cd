//! Expressions back to source text, exactly as CPython 3.14's compiler writes them for string
//! annotations (`from __future__ import annotations`, PEP 563). This is the C unparser of the
//! compiler, which differs from the `ast.unparse` module function in places: a tuple subscript
//! loses its parentheses (`x[(1, 2)]` is `x[1, 2]`), `lambda *a: 0` prints as `lambda*a: 0`,
//! an f-string is `f` + `repr()` of its body, and infinite floats print as `1e309`.
//!
//! ```
//! let expr = ophis_parser::parse_expression("x[(1, 2)] | (lambda *a: a) | f'{d[\"k\"]!r}'").unwrap();
//! assert_eq!(ophis_compiler::unparse::unparse(&expr), "x[1, 2] | (lambda*a: a) | f\"{d['k']!r}\"");
//! ```

use ophis_parser::ast::{self, BoolOp, CmpOp, Constant, Expr, Operator, Str, UnaryOp};
use ophis_parser::repr;

/// Binding strength, loosest first (CPython's `PR_*` levels). An expression is parenthesised
/// when the context asks for a level above its own.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Tuple,
    /// `lambda`, `x if c else y`.
    Test,
    Or,
    And,
    Not,
    Compare,
    /// `|` (CPython's PR_EXPR and PR_BOR are the same level).
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    /// Unary `+`, `-`, `~`.
    Factor,
    Power,
    Await,
    Atom,
}

impl Level {
    /// The next tighter level.
    fn next(self) -> Level {
        use Level::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text of `expr` as a string annotation.
pub fn unparse(expr: &Expr) -> String {
    let mut out = String::new();
    // Annotations are deep only when the source is: grow the stack rather than overflow.
    write_expr(&mut out, expr, Level::Test);
    out
}

fn write_expr(out: &mut String, e: &Expr, level: Level) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || write_expr_inner(out, e, level));
}

/// Writes `open` before and `close` after `body` when `parenthesise`.
fn wrapped(out: &mut String, parenthesise: bool, body: impl FnOnce(&mut String)) {
    if parenthesise {
        out.push('(');
    }
    body(out);
    if parenthesise {
        out.push(')');
    }
}

fn write_sequence(out: &mut String, items: &[Expr], level: Level) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, item, level);
    }
}

fn write_expr_inner(out: &mut String, e: &Expr, level: Level) {
    match e {
        Expr::BoolOp(b) => {
            let (op, own) = match b.op {
                BoolOp::And => (" and ", Level::And),
                BoolOp::Or => (" or ", Level::Or),
            };
            wrapped(out, level > own, |out| {
                for (i, value) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(op);
                    }
                    write_expr(out, value, own.next());
                }
            });
        }
        Expr::NamedExpr(n) => wrapped(out, level > Level::Tuple, |out| {
            write_expr(out, &n.target, Level::Atom);
            out.push_str(" := ");
            write_expr(out, &n.value, Level::Atom);
        }),
        Expr::BinOp(b) => {
            let (op, own) = binary_operator(b.op);
            let right_associative = b.op == Operator::Pow;
            wrapped(out, level > own, |out| {
                write_expr(out, &b.left, if right_associative { own.next() } else { own });
                out.push_str(op);
                write_expr(out, &b.right, if right_associative { own } else { own.next() });
            });
        }
        Expr::UnaryOp(u) => {
            let (op, own) = match u.op {
                UnaryOp::Invert => ("~", Level::Factor),
                UnaryOp::Not => ("not ", Level::Not),
                UnaryOp::UAdd => ("+", Level::Factor),
                UnaryOp::USub => ("-", Level::Factor),
            };
            wrapped(out, level > own, |out| {
                out.push_str(op);
                write_expr(out, &u.operand, own);
            });
        }
        Expr::Lambda(l) => wrapped(out, level > Level::Test, |out| {
            let positional = l.args.posonlyargs.len() + l.args.args.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            write_parameters(out, &l.args);
            out.push_str(": ");
            write_expr(out, &l.body, Level::Test);
        }),
        Expr::IfExp(i) => wrapped(out, level > Level::Test, |out| {
            write_expr(out, &i.body, Level::Test.next());
            out.push_str(" if ");
            write_expr(out, &i.test, Level::Test.next());
            out.push_str(" else ");
            write_expr(out, &i.orelse, Level::Test);
        }),
        Expr::Dict(d) => {
            out.push('{');
            for (i, (key, value)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match key {
                    Some(key) => {
                        write_expr(out, key, Level::Test);
                        out.push_str(": ");
                        write_expr(out, value, Level::Test);
                    }
                    None => {
                        out.push_str("**");
                        write_expr(out, value, Level::BitOr);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            out.push('{');
            write_sequence(out, &s.elts, Level::Test);
            out.push('}');
        }
        Expr::ListComp(c) => {
            out.push('[');
            write_expr(out, &c.elt, Level::Test);
            write_comprehensions(out, &c.generators);
            out.push(']');
        }
        Expr::SetComp(c) => {
            out.push('{');
            write_expr(out, &c.elt, Level::Test);
            write_comprehensions(out, &c.generators);
            out.push('}');
        }
        Expr::DictComp(c) => {
            out.push('{');
            write_expr(out, &c.key, Level::Test);
            out.push_str(": ");
            write_expr(out, &c.value, Level::Test);
            write_comprehensions(out, &c.generators);
            out.push('}');
        }
        Expr::GeneratorExp(c) => {
            out.push('(');
            write_expr(out, &c.elt, Level::Test);
            write_comprehensions(out, &c.generators);
            out.push(')');
        }
        Expr::Await(a) => wrapped(out, level > Level::Await, |out| {
            out.push_str("await ");
            write_expr(out, &a.value, Level::Atom);
        }),
        Expr::Yield(y) => match &y.value {
            None => out.push_str("(yield)"),
            Some(value) => {
                out.push_str("(yield ");
                write_expr(out, value, Level::Test);
                out.push(')');
            }
        },
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            write_expr(out, &y.value, Level::Test);
            out.push(')');
        }
        Expr::Compare(c) => wrapped(out, level > Level::Compare, |out| {
            write_expr(out, &c.left, Level::Compare.next());
            for (op, right) in c.ops.iter().zip(&c.comparators) {
                out.push_str(comparison_operator(*op));
                write_expr(out, right, Level::Compare.next());
            }
        }),
        Expr::Call(c) => {
            write_expr(out, &c.func, Level::Atom);
            if let ([Expr::GeneratorExp(_)], []) = (&c.args[..], &c.keywords[..]) {
                // `f(x for x in y)`: the generator's parentheses are the call's.
                write_expr(out, &c.args[0], Level::Test);
                return;
            }
            out.push('(');
            write_sequence(out, &c.args, Level::Test);
            for (i, keyword) in c.keywords.iter().enumerate() {
                if i > 0 || !c.args.is_empty() {
                    out.push_str(", ");
                }
                match &keyword.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write_expr(out, &keyword.value, Level::Test);
            }
            out.push(')');
        }
        Expr::FormattedValue(_) | Expr::Interpolation(_) => {
            // Only inside f-strings and t-strings, which write them through `write_string_body`.
            write_string_element(out, e, false);
        }
        Expr::JoinedStr(j) => write_interpolated_string(out, "f", &j.values),
        Expr::TemplateStr(t) => write_interpolated_string(out, "t", &t.values),
        Expr::Constant(c) => {
            if matches!(c.value, Constant::Ellipsis) {
                out.push_str("...");
                return;
            }
            if let Some(kind) = &c.kind {
                out.push_str(kind);
            }
            write_constant(out, &c.value);
        }
        Expr::Attribute(a) => {
            write_expr(out, &a.value, Level::Atom);
            // `1.real` would read as a float: an int needs a space before the dot.
            let int_value = matches!(&*a.value, Expr::Constant(c) if matches!(c.value, Constant::Int(_)));
            out.push_str(if int_value { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write_expr(out, &s.value, Level::Atom);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    write_sequence(out, &t.elts, Level::Test);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                slice => write_expr(out, slice, Level::Tuple),
            }
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            write_expr(out, &s.value, Level::BitOr);
        }
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::List(l) => {
            out.push('[');
            write_sequence(out, &l.elts, Level::Test);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            wrapped(out, level > Level::Tuple, |out| {
                write_sequence(out, &t.elts, Level::Test);
                if t.elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        Expr::Slice(s) => {
            if let Some(lower) = &s.lower {
                write_expr(out, lower, Level::Test);
            }
            out.push(':');
            if let Some(upper) = &s.upper {
                write_expr(out, upper, Level::Test);
            }
            if let Some(step) = &s.step {
                out.push(':');
                write_expr(out, step, Level::Test);
            }
        }
    }
}

fn binary_operator(op: Operator) -> (&'static str, Level) {
    match op {
        Operator::Add => (" + ", Level::Arith),
        Operator::Sub => (" - ", Level::Arith),
        Operator::Mult => (" * ", Level::Term),
        Operator::MatMult => (" @ ", Level::Term),
        Operator::Div => (" / ", Level::Term),
        Operator::Mod => (" % ", Level::Term),
        Operator::FloorDiv => (" // ", Level::Term),
        Operator::LShift => (" << ", Level::Shift),
        Operator::RShift => (" >> ", Level::Shift),
        Operator::BitOr => (" | ", Level::BitOr),
        Operator::BitXor => (" ^ ", Level::BitXor),
        Operator::BitAnd => (" & ", Level::BitAnd),
        Operator::Pow => (" ** ", Level::Power),
    }
}

fn comparison_operator(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A lambda's parameters (they have no annotations).
fn write_parameters(out: &mut String, args: &ast::Arguments) {
    let mut first = true;
    let mut separator = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(", ");
        }
    };
    let positional: Vec<&ast::Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let first_default = positional.len() as isize - args.defaults.len() as isize;
    for (i, arg) in positional.iter().enumerate() {
        separator(out);
        out.push_str(arg.arg.as_str());
        let default = i as isize - first_default;
        if default >= 0 {
            out.push('=');
            write_expr(out, &args.defaults[default as usize], Level::Test);
        }
        if i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        separator(out);
        out.push('*');
        if let Some(vararg) = &args.vararg {
            out.push_str(vararg.arg.as_str());
        }
    }
    for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        separator(out);
        out.push_str(arg.arg.as_str());
        if let Some(default) = default {
            out.push('=');
            write_expr(out, default, Level::Test);
        }
    }
    if let Some(kwarg) = &args.kwarg {
        separator(out);
        out.push_str("**");
        out.push_str(kwarg.arg.as_str());
    }
}

fn write_comprehensions(out: &mut String, generators: &[ast::Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async != 0 { " async for " } else { " for " });
        write_expr(out, &g.target, Level::Tuple);
        out.push_str(" in ");
        write_expr(out, &g.iter, Level::Test.next());
        for condition in &g.ifs {
            out.push_str(" if ");
            write_expr(out, condition, Level::Test.next());
        }
    }
}

/// `repr()` of a constant, with infinities (which have no literal) written as `1e309`.
fn write_constant(out: &mut String, value: &Constant) {
    let text = repr::constant_repr(value);
    match value {
        Constant::Float(x) if x.is_infinite() => out.push_str(&text.replace("inf", "1e309")),
        Constant::Complex { .. } => out.push_str(&text.replace("inf", "1e309")),
        _ => out.push_str(&text),
    }
}

/// An f-string or t-string: the prefix and the `repr()` of its body.
fn write_interpolated_string(out: &mut String, prefix: &str, values: &[Expr]) {
    let mut body = String::new();
    write_string_body(&mut body, values, false);
    out.push_str(prefix);
    out.push_str(&repr::str_repr(&body));
}

/// The text between the quotes of an f-string (or of a format spec, which is written as is).
fn write_string_body(out: &mut String, values: &[Expr], is_format_spec: bool) {
    for value in values {
        write_string_element(out, value, is_format_spec);
    }
}

fn write_string_element(out: &mut String, e: &Expr, is_format_spec: bool) {
    match e {
        Expr::Constant(c) => {
            if let Constant::Str(s) = &c.value {
                let text = match s {
                    Str::Text(t) => t.to_string(),
                    Str::CodePoints(points) => points.iter().map(|&p| char::from_u32(p).unwrap_or('\u{fffd}')).collect(),
                };
                out.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
        }
        Expr::JoinedStr(j) if is_format_spec => write_string_body(out, &j.values, true),
        Expr::JoinedStr(j) => write_interpolated_string(out, "f", &j.values),
        Expr::TemplateStr(t) => write_interpolated_string(out, "t", &t.values),
        Expr::FormattedValue(f) => write_replacement_field(out, &f.value, f.conversion, f.format_spec.as_deref()),
        Expr::Interpolation(i) => write_replacement_field(out, &i.value, i.conversion, i.format_spec.as_deref()),
        other => write_expr(out, other, Level::Test),
    }
}

/// `{value!conversion:spec}`.
fn write_replacement_field(out: &mut String, value: &Expr, conversion: i32, format_spec: Option<&Expr>) {
    // A lambda's `:` would end the expression: anything looser than a test is parenthesised.
    let mut text = String::new();
    write_expr(&mut text, value, Level::Test.next());
    // `{{` would be an escaped brace.
    out.push_str(if text.starts_with('{') { "{ " } else { "{" });
    out.push_str(&text);
    if let Some(c) = u32::try_from(conversion).ok().and_then(char::from_u32).filter(|c| matches!(c, 'a' | 'r' | 's')) {
        out.push('!');
        out.push(c);
    }
    if let Some(spec) = format_spec {
        out.push(':');
        write_string_element(out, spec, true);
    }
    out.push('}');
}
