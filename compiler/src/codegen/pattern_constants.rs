//! The literal values of `match` patterns: folding `-1` and `1 + 2j` (which the parser keeps as
//! unary and binary operations) into constants, as CPython's AST preprocessing does, and
//! Python's `==` between such constants, for the compile-time duplicate-key check of mapping
//! patterns.

use num_bigint::BigInt;
use ophis_parser::ast::constant::Int;
use ophis_parser::ast::{self, Expr, Operator, UnaryOp};

/// The constant a literal pattern expression stands for, or None when it is not a literal (an
/// attribute lookup, or an operation that does not fold, such as a real part too large for a
/// float).
pub(super) fn fold(e: &Expr) -> Option<ast::Constant> {
    match e {
        Expr::Constant(c) => Some(c.value.clone()),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => negate(&fold(&u.operand)?),
        Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
            let real = real_part(&fold(&b.left)?)?;
            let ast::Constant::Complex { real: r, imag } = fold(&b.right)? else { return None };
            // Python 3.14 mixes a real and a complex operand component-wise (C99 Annex G):
            // `a - z` is `complex(a - z.real, -z.imag)`, so the sign of a zero imaginary part
            // survives.
            Some(match b.op {
                Operator::Add => ast::Constant::Complex { real: real + r, imag },
                _ => ast::Constant::Complex { real: real - r, imag: -imag },
            })
        }
        _ => None,
    }
}

fn negate(c: &ast::Constant) -> Option<ast::Constant> {
    Some(match c {
        ast::Constant::Int(Int::Small(i)) => match i.checked_neg() {
            Some(n) => ast::Constant::Int(Int::Small(n)),
            None => ast::Constant::Int(Int::from_bigint(-BigInt::from(*i))),
        },
        ast::Constant::Int(Int::Big(b)) => ast::Constant::Int(Int::from_bigint(-(**b).clone())),
        ast::Constant::Float(f) => ast::Constant::Float(-f),
        ast::Constant::Complex { real, imag } => ast::Constant::Complex { real: -real, imag: -imag },
        _ => return None,
    })
}

/// An int or float operand as a float (None when an int is too large, as `float(int)` fails).
fn real_part(c: &ast::Constant) -> Option<f64> {
    match c {
        ast::Constant::Int(Int::Small(i)) => Some(*i as f64),
        ast::Constant::Int(Int::Big(b)) => {
            // Decimal text parsing rounds correctly, as CPython's int-to-float conversion does.
            let f: f64 = b.to_string().parse().ok()?;
            f.is_finite().then_some(f)
        }
        ast::Constant::Float(f) => Some(*f),
        _ => None,
    }
}

/// A number as Python compares it: an exact real part (int or float) and an imaginary part.
enum Number {
    Int(BigInt, f64),
    Float(f64, f64),
}

fn as_number(c: &ast::Constant) -> Option<Number> {
    match c {
        ast::Constant::Bool(b) => Some(Number::Int(BigInt::from(*b as u8), 0.0)),
        ast::Constant::Int(Int::Small(i)) => Some(Number::Int(BigInt::from(*i), 0.0)),
        ast::Constant::Int(Int::Big(b)) => Some(Number::Int((**b).clone(), 0.0)),
        ast::Constant::Float(f) => Some(Number::Float(*f, 0.0)),
        ast::Constant::Complex { real, imag } => Some(Number::Float(*real, *imag)),
        _ => None,
    }
}

/// The exact integer value of a finite, integral float.
fn float_to_int(f: f64) -> Option<BigInt> {
    if !f.is_finite() || f.fract() != 0.0 {
        return None;
    }
    if f.abs() < 9.0e15 {
        return Some(BigInt::from(f as i64));
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // Integral floats this large have a non-negative binary exponent.
    let magnitude = BigInt::from(mantissa) << (exponent.max(0) as usize);
    Some(if f < 0.0 { -magnitude } else { magnitude })
}

fn real_eq(a: &Number, b: &Number) -> bool {
    match (a, b) {
        (Number::Int(x, _), Number::Int(y, _)) => x == y,
        (Number::Float(x, _), Number::Float(y, _)) => x == y,
        (Number::Int(i, _), Number::Float(f, _)) | (Number::Float(f, _), Number::Int(i, _)) => {
            float_to_int(*f).is_some_and(|fi| &fi == i)
        }
    }
}

fn imag(n: &Number) -> f64 {
    match n {
        Number::Int(_, im) | Number::Float(_, im) => *im,
    }
}

/// `a == b` for two pattern constants, as Python evaluates it.
pub(super) fn python_eq(a: &ast::Constant, b: &ast::Constant) -> bool {
    if let (Some(x), Some(y)) = (as_number(a), as_number(b)) {
        return imag(&x) == imag(&y) && real_eq(&x, &y);
    }
    match (a, b) {
        (ast::Constant::None, ast::Constant::None) => true,
        (ast::Constant::Ellipsis, ast::Constant::Ellipsis) => true,
        (ast::Constant::Str(x), ast::Constant::Str(y)) => x == y,
        (ast::Constant::Bytes(x), ast::Constant::Bytes(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> ast::Constant {
        ast::Constant::Int(Int::Small(i))
    }

    #[test]
    fn numbers_compare_across_kinds() {
        assert!(python_eq(&int(1), &ast::Constant::Bool(true)));
        assert!(python_eq(&int(1), &ast::Constant::Float(1.0)));
        assert!(python_eq(&ast::Constant::Float(-0.0), &int(0)));
        assert!(python_eq(&int(2), &ast::Constant::Complex { real: 2.0, imag: 0.0 }));
        assert!(!python_eq(&int(2), &ast::Constant::Complex { real: 2.0, imag: 1.0 }));
        assert!(!python_eq(&int(1), &ast::Constant::Float(1.5)));
        let big = BigInt::from(1u64 << 53) + 1;
        let big_int = ast::Constant::Int(Int::from_bigint(big));
        assert!(!python_eq(&big_int, &ast::Constant::Float((1u64 << 53) as f64)));
        let huge = BigInt::from(1u8) << 80usize;
        assert!(python_eq(&ast::Constant::Int(Int::from_bigint(huge)), &ast::Constant::Float(2f64.powi(80))));
        assert!(!python_eq(&ast::Constant::None, &int(0)));
    }

    #[test]
    fn float_to_int_is_exact() {
        assert_eq!(float_to_int(-2f64.powi(70)), Some(-(BigInt::from(1u8) << 70usize)));
        assert_eq!(float_to_int(0.5), None);
        assert_eq!(float_to_int(f64::INFINITY), None);
    }
}
