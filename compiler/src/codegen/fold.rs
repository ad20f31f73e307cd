//! Constant folding: operators on literal numbers computed at compile time (`2 ** 10`, `-1`,
//! `60 * 60 * 24`), as CPython does. Only folds that cannot raise and whose results stay small
//! are done; everything else is left to run time, so behaviour is unchanged.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ophis_parser::ast::{Expr, Operator, UnaryOp};

use crate::code::Constant;

/// Results larger than this many bits are not folded (CPython's limit is similar in spirit).
const MAX_INT_BITS: u64 = 128;

/// The constant `e` evaluates to, if it is an operator tree over number literals.
pub(super) fn fold(e: &Expr) -> Option<Constant> {
    match e {
        Expr::Constant(c) => match &c.value {
            ophis_parser::ast::Constant::Int(_) | ophis_parser::ast::Constant::Float(_) => Some(super::expr::constant(&c.value)),
            _ => None,
        },
        Expr::UnaryOp(u) => {
            let v = fold(&u.operand)?;
            match (u.op, v) {
                (UnaryOp::USub, Constant::Int(i)) => Some(Constant::Int(-i)),
                (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
                (UnaryOp::UAdd, c @ (Constant::Int(_) | Constant::Float(_))) => Some(c),
                (UnaryOp::Invert, Constant::Int(i)) => Some(Constant::Int(!i)),
                _ => None,
            }
        }
        Expr::BinOp(b) => {
            let l = fold(&b.left)?;
            let r = fold(&b.right)?;
            match (l, r) {
                (Constant::Int(x), Constant::Int(y)) => fold_int(&x, &y, b.op).map(Constant::Int),
                (Constant::Float(x), Constant::Float(y)) => fold_float(x, y, b.op).map(Constant::Float),
                (Constant::Int(x), Constant::Float(y)) => fold_float(x.to_f64().filter(|f| f.is_finite())?, y, b.op).map(Constant::Float),
                (Constant::Float(x), Constant::Int(y)) => fold_float(x, y.to_f64().filter(|f| f.is_finite())?, b.op).map(Constant::Float),
                _ => None,
            }
        }
        _ => None,
    }
}

fn small(i: BigInt) -> Option<BigInt> {
    (i.bits() <= MAX_INT_BITS).then_some(i)
}

fn fold_int(x: &BigInt, y: &BigInt, op: Operator) -> Option<BigInt> {
    match op {
        Operator::Add => small(x + y),
        Operator::Sub => small(x - y),
        Operator::Mult => small(x * y),
        Operator::FloorDiv if !y.is_zero() => small(x.div_floor(y)),
        Operator::Mod if !y.is_zero() => small(x.mod_floor(y)),
        Operator::Pow if !y.is_negative() => {
            let e = y.to_u32()?;
            if x.bits() * e as u64 > MAX_INT_BITS {
                return None;
            }
            small(num_traits::Pow::pow(x, e))
        }
        Operator::LShift if !y.is_negative() => {
            let s = y.to_u64()?;
            if x.bits() + s > MAX_INT_BITS {
                return None;
            }
            small(x << s as usize)
        }
        Operator::RShift if !y.is_negative() => small(x >> y.to_u64().unwrap_or(u64::MAX).min(MAX_INT_BITS * 2) as usize),
        Operator::BitAnd => small(x & y),
        Operator::BitOr => small(x | y),
        Operator::BitXor => small(x ^ y),
        _ => None,
    }
}

fn fold_float(x: f64, y: f64, op: Operator) -> Option<f64> {
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div if y != 0.0 => x / y,
        _ => return None,
    };
    // Keep run-time behaviour for results that are not ordinary numbers.
    r.is_finite().then_some(r)
}
