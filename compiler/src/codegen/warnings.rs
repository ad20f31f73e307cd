//! The `SyntaxWarning`s the code generator gives, with CPython 3.14's texts: `is` with a
//! literal, calling or subscripting a literal that cannot support it ("perhaps you missed a
//! comma?"), and `assert` on a non-empty tuple.
//!
//! Warnings are collected as data ([`CompileWarning`]); the compiler never prints. A body that
//! is compiled more than once (a `finally` block is compiled for the normal and the exceptional
//! path) gives each of its warnings once, as CPython's do.

use ophis_lexer::TextRange;
use ophis_parser::ast::{self, CmpOp, Constant, Expr};
use ophis_parser::warnings::CompileWarning;

use super::Compiler;

impl Compiler<'_> {
    /// Records a warning located at `range` (its error form has the compile stage's byte
    /// columns), once per message and location.
    pub(super) fn warn(&mut self, message: String, range: TextRange) {
        if self.warnings.iter().any(|w| w.message == message && w.error.range == range) {
            return;
        }
        let mut w = CompileWarning::at(message, range, &self.line_index).with_text_from_file();
        w.error = crate::symtable::with_byte_columns(w.error, &self.line_index);
        self.warnings.push(w);
    }

    /// `x is 1`, `x is not ()`: identity with a literal (the first such pair of a chain).
    pub(super) fn check_compare(&mut self, c: &ast::ExprCompare) {
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(&c.comparators) {
            if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                let literal = if is_literal_for_identity(left) {
                    Some(left)
                } else if is_literal_for_identity(right) {
                    Some(right)
                } else {
                    None
                };
                if let Some(literal) = literal {
                    let type_name = inferred_type(literal).unwrap_or("object");
                    let message = if *op == CmpOp::Is {
                        format!("\"is\" with '{type_name}' literal. Did you mean \"==\"?")
                    } else {
                        format!("\"is not\" with '{type_name}' literal. Did you mean \"!=\"?")
                    };
                    self.warn(message, c.range);
                    return;
                }
            }
            left = right;
        }
    }

    /// `(1, 2)(3, 4)`: calling a display or literal.
    pub(super) fn check_caller(&mut self, func: &Expr) {
        let callable_literal = matches!(
            func,
            Expr::Constant(_)
                | Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::GeneratorExp(_)
                | Expr::JoinedStr(_)
                | Expr::TemplateStr(_)
                | Expr::FormattedValue(_)
                | Expr::Interpolation(_)
        );
        if callable_literal {
            let type_name = inferred_type(func).unwrap_or("object");
            self.warn(format!("'{type_name}' object is not callable; perhaps you missed a comma?"), func.range());
        }
    }

    /// `{1}[0]`, `[1, 2][x, y]`: subscripting something that cannot be subscripted, or
    /// indexing a sequence literal with an index of the wrong type.
    pub(super) fn check_subscript(&mut self, value: &Expr, slice: &Expr) {
        let unsubscriptable = match value {
            Expr::Constant(k) => {
                matches!(k.value, Constant::None | Constant::Ellipsis | Constant::Bool(_) | Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. })
            }
            Expr::Set(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::Lambda(_) => true,
            _ => false,
        };
        if unsubscriptable {
            let type_name = inferred_type(value).unwrap_or("object");
            self.warn(format!("'{type_name}' object is not subscriptable; perhaps you missed a comma?"), value.range());
        }
        let Some(index_type) = inferred_type(slice) else { return };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match value {
            Expr::Constant(k) => matches!(k.value, Constant::Str(_) | Constant::Bytes(_)),
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::JoinedStr(_) | Expr::TemplateStr(_) => true,
            _ => false,
        };
        if sequence {
            let type_name = inferred_type(value).unwrap_or("object");
            self.warn(
                format!("{type_name} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"),
                value.range(),
            );
        }
    }

    /// `assert (x, "message")` is always true.
    pub(super) fn check_assert(&mut self, a: &ast::StmtAssert) {
        if let Expr::Tuple(t) = &*a.test {
            if !t.elts.is_empty() {
                self.warn("assertion is always true, perhaps remove parentheses?".to_string(), a.range);
            }
        }
    }
}

/// A literal that `is` should not be used with: a constant other than None, True, False and
/// `...`, or a tuple display whose items are all constants.
fn is_literal_for_identity(e: &Expr) -> bool {
    match e {
        Expr::Tuple(t) => t.elts.iter().all(|e| matches!(e, Expr::Constant(_))),
        Expr::Constant(k) => !matches!(k.value, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
        _ => false,
    }
}

/// The type an expression certainly evaluates to, when its form says so (CPython's
/// `infer_type`).
fn inferred_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::GeneratorExp(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "str",
        Expr::TemplateStr(_) => "Template",
        Expr::Interpolation(_) => "Interpolation",
        Expr::Slice(_) => "slice",
        Expr::Constant(k) => match k.value {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    fn warnings(source: &str) -> Vec<(u32, String)> {
        let (code, warnings) = crate::compile_source_with_warnings(source, "<test>", crate::CompileMode::Exec, Default::default());
        assert!(code.is_ok());
        warnings.into_iter().map(|w| (w.line, w.message)).collect()
    }

    #[test]
    fn identity_with_literals() {
        let w = warnings("x = 1\nx is 1\nx is not ()\nx is (1, (2,))\nx is None\n1 == x is 'a'\n");
        assert_eq!(
            w,
            [
                (2, "\"is\" with 'int' literal. Did you mean \"==\"?".to_string()),
                (3, "\"is not\" with 'tuple' literal. Did you mean \"!=\"?".to_string()),
                (6, "\"is\" with 'str' literal. Did you mean \"==\"?".to_string()),
            ]
        );
    }

    #[test]
    fn calls_and_subscripts() {
        let w = warnings("f = 0\n(1, 2)(3)\n{1}[0]\n[1, 2]['a']\n'abc'[1:2]\nf'x'()\nNone[0]\n");
        let messages: Vec<&str> = w.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "'tuple' object is not callable; perhaps you missed a comma?",
                "'set' object is not subscriptable; perhaps you missed a comma?",
                "list indices must be integers or slices, not str; perhaps you missed a comma?",
                "'str' object is not callable; perhaps you missed a comma?",
                "'NoneType' object is not subscriptable; perhaps you missed a comma?",
            ]
        );
    }

    #[test]
    fn once_per_location_and_order() {
        // The finally body is compiled twice; the tokenizer's warning comes first.
        let w = warnings("x = 0\ntry:\n    pass\nfinally:\n    assert (x, 1)\ny = '\\d'\n");
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].0, 6);
        assert_eq!(w[1], (5, "assertion is always true, perhaps remove parentheses?".to_string()));
    }
}
