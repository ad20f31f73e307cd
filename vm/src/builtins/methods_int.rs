//! Methods of `int` and `bool`: `bit_length`, `to_bytes`/`from_bytes`, `as_integer_ratio`, ...
//! and every special method (`int.__add__(1, 2)`, `int.__radd__`, `int.__round__`, ...), over
//! the numeric library. A binary special method returns NotImplemented unless both operands
//! are ints (bools and int subclasses included), as CPython's do.

use ophis_compiler::{BinaryOp, CompareOp};

use super::method_args::{Params, clinic, no_args, not_implemented, one_arg, positional, receiver_as};
use super::methods_bytes::bytes_like;
use super::methods_str::req;
use super::methods_str_text::clinic_str;
use super::{add_method, new_bytes, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{IntRef, as_int, int_value};
use crate::numeric::{self, Int, NumError};
use crate::value::Value;
use crate::{PyResult, types};

/// Binary operators by code (const generic parameters cannot be enums).
pub(super) const ADD: u8 = 0;
pub(super) const SUB: u8 = 1;
pub(super) const MUL: u8 = 2;
pub(super) const TRUEDIV: u8 = 3;
pub(super) const FLOORDIV: u8 = 4;
pub(super) const MOD: u8 = 5;
pub(super) const AND: u8 = 6;
pub(super) const OR: u8 = 7;
pub(super) const XOR: u8 = 8;
pub(super) const LSHIFT: u8 = 9;
pub(super) const RSHIFT: u8 = 10;

pub(super) fn binary_op(code: u8) -> BinaryOp {
    match code {
        ADD => BinaryOp::Add,
        SUB => BinaryOp::Subtract,
        MUL => BinaryOp::Multiply,
        TRUEDIV => BinaryOp::TrueDivide,
        FLOORDIV => BinaryOp::FloorDivide,
        MOD => BinaryOp::Remainder,
        AND => BinaryOp::And,
        OR => BinaryOp::Or,
        XOR => BinaryOp::Xor,
        LSHIFT => BinaryOp::LShift,
        _ => BinaryOp::RShift,
    }
}

/// `(name, reflected name, code)` of the int operators.
const OPERATORS: &[(&str, &str, u8)] = &[
    ("__add__", "__radd__", ADD),
    ("__sub__", "__rsub__", SUB),
    ("__mul__", "__rmul__", MUL),
    ("__truediv__", "__rtruediv__", TRUEDIV),
    ("__floordiv__", "__rfloordiv__", FLOORDIV),
    ("__mod__", "__rmod__", MOD),
    ("__and__", "__rand__", AND),
    ("__or__", "__ror__", OR),
    ("__xor__", "__rxor__", XOR),
    ("__lshift__", "__rlshift__", LSHIFT),
    ("__rshift__", "__rrshift__", RSHIFT),
];

/// The forward and reflected function of operator `code`.
fn operator_fns(code: u8) -> (NativeFn, NativeFn) {
    macro_rules! pick {
        ($($c:ident),*) => {
            match code {
                $($c => (int_binary::<$c, false> as NativeFn, int_binary::<$c, true> as NativeFn),)*
                _ => (int_binary::<RSHIFT, false> as NativeFn, int_binary::<RSHIFT, true> as NativeFn),
            }
        };
    }
    pick!(ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, AND, OR, XOR, LSHIFT)
}

pub(super) fn install() {
    let b = types::builtin();
    let t = &b.int;
    for &(name, rname, code) in OPERATORS {
        let (f, r) = operator_fns(code);
        add_method(t, name, f);
        add_method(t, rname, r);
    }
    let methods: &[(&str, NativeFn)] = &[
        ("__divmod__", int_divmod::<false>),
        ("__rdivmod__", int_divmod::<true>),
        ("__pow__", int_pow::<false>),
        ("__rpow__", int_pow::<true>),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
    ];
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    super::add_classmethod(t, "from_bytes", int_from_bytes);
    let bool_methods: &[(&str, NativeFn)] = &[
        ("__and__", bool_logic::<AND, false>),
        ("__rand__", bool_logic::<AND, true>),
        ("__or__", bool_logic::<OR, false>),
        ("__ror__", bool_logic::<OR, true>),
        ("__xor__", bool_logic::<XOR, false>),
        ("__rxor__", bool_logic::<XOR, true>),
        ("__repr__", bool_repr),
    ];
    for (name, f) in bool_methods {
        add_method(&b.bool_, name, *f);
    }
}

pub(super) fn num_error(e: NumError) -> PyErr {
    PyErr::new(e.class_name(), e.message())
}

pub(super) fn to_int(i: &IntRef) -> Int {
    match i {
        IntRef::Small(v) => Int::Small(*v),
        IntRef::Big(b) => Int::from_big((*b).clone()),
    }
}

pub(super) fn int_result(i: Int) -> Value {
    match i {
        Int::Small(v) => Value::Int(v),
        Int::Big(b) => int_value(b),
    }
}

pub(super) fn number_value(n: numeric::Number) -> Value {
    match n {
        numeric::Number::Int(i) => int_result(i),
        numeric::Number::Float(f) => Value::Float(f),
        numeric::Number::Complex(z) => crate::ops::new_complex(z),
    }
}

/// The int receiver (an int, a bool, or an int subclass instance).
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Int> {
    let v = receiver_as(vm, args, "int", name, |v| as_int(v).map(|_| v))?;
    Ok(as_int(v).map(|i| to_int(&i)).unwrap_or(Int::Small(0)))
}

fn int_binary<const OP: u8, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = binary_op(OP);
    let name = OPERATORS.iter().find(|o| o.2 == OP).map_or("__add__", |o| if REFLECTED { o.1 } else { o.0 });
    let me = this(vm, &args, name)?;
    let other = one_arg(&args, "int", name)?;
    let Some(theirs) = as_int(other).map(|i| to_int(&i)) else { return Ok(not_implemented()) };
    let (a, b) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    int_arith(&a, &b, op)
}

/// `a op b` on two ints.
pub(super) fn int_arith(a: &Int, b: &Int, op: BinaryOp) -> PyResult<Value> {
    let r = match op {
        BinaryOp::Add => a.add(b),
        BinaryOp::Subtract => a.sub(b),
        BinaryOp::Multiply => a.mul(b),
        BinaryOp::TrueDivide => return a.truediv(b).map(Value::Float).map_err(num_error),
        BinaryOp::FloorDivide => a.floordiv(b).map_err(num_error)?,
        BinaryOp::Remainder => a.modulo(b).map_err(num_error)?,
        BinaryOp::And => a.bitand(b),
        BinaryOp::Or => a.bitor(b),
        BinaryOp::Xor => a.bitxor(b),
        BinaryOp::LShift => a.lshift(b).map_err(num_error)?,
        _ => a.rshift(b).map_err(num_error)?,
    };
    Ok(int_result(r))
}

fn int_divmod<const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rdivmod__" } else { "__divmod__" };
    let me = this(vm, &args, name)?;
    let other = one_arg(&args, "int", name)?;
    let Some(theirs) = as_int(other).map(|i| to_int(&i)) else { return Ok(not_implemented()) };
    let (a, b) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    let (q, r) = a.divmod(&b).map_err(num_error)?;
    Ok(new_tuple(vec![int_result(q), int_result(r)]))
}

/// The arguments of `__pow__`/`__rpow__`: the other operand and an optional modulus.
pub(super) fn pow_args<'a>(args: &Args<'a>, ty: &str, name: &str) -> PyResult<(&'a Value, Option<&'a Value>)> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = args.pos().get(1..).unwrap_or(&[]);
    match rest {
        [other] => Ok((other, None)),
        [other, m] => Ok((other, if m.is_none() { None } else { Some(m) })),
        _ => {
            let _ = ty;
            Err(PyErr::type_error(format!("expected 1 or 2 arguments, got {}", rest.len())))
        }
    }
}

fn int_pow<const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rpow__" } else { "__pow__" };
    let me = this(vm, &args, name)?;
    let (other, modulus) = pow_args(&args, "int", name)?;
    let Some(theirs) = as_int(other).map(|i| to_int(&i)) else { return Ok(not_implemented()) };
    let modulus = match modulus {
        Some(m) => match as_int(m) {
            Some(m) => Some(to_int(&m)),
            None => return Ok(not_implemented()),
        },
        None => None,
    };
    let (base, exp) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    base.pow(&exp, modulus.as_ref()).map(number_value).map_err(num_error)
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let me = this(vm, &args, name)?;
    let other = one_arg(&args, "int", name)?;
    let Some(theirs) = as_int(other).map(|i| to_int(&i)) else { return Ok(not_implemented()) };
    let o = me.as_big().cmp(&theirs.as_big());
    Ok(Value::Bool(match op {
        CompareOp::Eq => o.is_eq(),
        CompareOp::Ne => o.is_ne(),
        CompareOp::Lt => o.is_lt(),
        CompareOp::Le => o.is_le(),
        CompareOp::Gt => o.is_gt(),
        CompareOp::Ge => o.is_ge(),
    }))
}

fn int_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn int_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn int_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn int_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn int_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn int_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

/// A method of no arguments computing an int from the receiver.
fn unary(vm: &mut Vm, args: Args, name: &str, f: impl FnOnce(Int) -> Int) -> PyResult<Value> {
    let me = this(vm, &args, name)?;
    no_args(&args, "int", name)?;
    Ok(int_result(f(me)))
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__", |i| i.neg())
}
fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__", |i| i)
}
fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__", |i| i.abs())
}
fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // bool's own `__invert__` is deprecated (it inverts the int, not the truth value).
    if matches!(args.values.first(), Some(Value::Bool(_))) && args.values.len() == 1 {
        vm.warn("DeprecationWarning", crate::warnings::BOOL_INVERT_DEPRECATED, 1)?;
    }
    unary(vm, args, "__invert__", |i| i.invert())
}
fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__int__", |i| i)
}
fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__index__", |i| i)
}
fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__trunc__", |i| i)
}
fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__floor__", |i| i)
}
fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__ceil__", |i| i)
}
fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "conjugate", |i| i)
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__bool__")?;
    no_args(&args, "int", "__bool__")?;
    Ok(Value::Bool(!me.is_zero()))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__float__")?;
    no_args(&args, "int", "__float__")?;
    numeric::int_to_f64(&me).map(Value::Float).map_err(num_error)
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__round__")?;
    let [ndigits] = positional::<1>(&args, "int", "__round__", 0)?;
    match ndigits {
        None | Some(Value::None) => Ok(int_result(me)),
        Some(n) => {
            let n = match as_int(n) {
                Some(i) => to_int(&i),
                None => Int::Small(vm.index_value(n)?),
            };
            me.round(&n).map(int_result).map_err(num_error)
        }
    }
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__hash__")?;
    no_args(&args, "int", "__hash__")?;
    Ok(Value::Int(numeric::hash_int(&me)))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    no_args(&args, "int", "__repr__")?;
    me.to_decimal_string(numeric::DEFAULT_MAX_STR_DIGITS).map(new_str).map_err(num_error)
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__format__")?;
    let spec = one_arg(&args, "int", "__format__")?;
    let spec = spec.as_str().ok_or_else(|| PyErr::type_error(format!("__format__() argument must be str, not {}", super::method_args::clinic_type_name(vm, spec))))?;
    vm.format(&args.values[0], spec)
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__getnewargs__")?;
    no_args(&args, "int", "__getnewargs__")?;
    Ok(new_tuple(vec![int_result(me)]))
}

fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__sizeof__")?;
    no_args(&args, "int", "__sizeof__")?;
    // CPython's layout: a 24-byte header and 30-bit digits of 4 bytes, at least one.
    let digits = me.abs().bit_length().div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "as_integer_ratio")?;
    no_args(&args, "int", "as_integer_ratio")?;
    Ok(new_tuple(vec![int_result(me), Value::Int(1)]))
}

fn int_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "is_integer")?;
    no_args(&args, "int", "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "bit_length")?;
    no_args(&args, "int", "bit_length")?;
    Ok(Value::Int(me.bit_length() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "bit_count")?;
    no_args(&args, "int", "bit_count")?;
    Ok(Value::Int(me.bit_count() as i64))
}

const TO_BYTES: Params<3> = Params { names: ["length", "byteorder", "signed"], posonly: 0, required: 0, max_positional: 2 };

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "to_bytes")?;
    let [length, byteorder, signed] = clinic(&args, "to_bytes", &TO_BYTES)?;
    let length = match length {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let byteorder = clinic_str(vm, byteorder, "to_bytes", "byteorder", "big")?;
    let signed = match signed {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    me.to_bytes(length, byteorder, signed).map(new_bytes).map_err(num_error)
}

const FROM_BYTES: Params<3> = Params { names: ["bytes", "byteorder", "signed"], posonly: 0, required: 1, max_positional: 2 };

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let [data, byteorder, signed] = clinic(&args, "from_bytes", &FROM_BYTES)?;
    let data = req(data);
    let byteorder = clinic_str(vm, byteorder, "from_bytes", "byteorder", "big")?;
    // The byte order is checked before the bytes are converted.
    numeric::parse_byteorder(byteorder).map_err(num_error)?;
    let signed = match signed {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    // bytes(data): a bytes-like object, or an iterable of ints (not a str or an int).
    let raw: Vec<u8> = match bytes_like(data) {
        Some(b) => b.into_owned(),
        None => {
            if data.as_str().is_some() || as_int(data).is_some() || !vm.has_iter(data) {
                return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(data))));
            }
            let mut out = Vec::new();
            for x in vm.collect_iterable(data)? {
                out.push(super::methods_bytes::byte_value(vm, &x)?);
            }
            out
        }
    };
    let value = int_result(Int::from_bytes(&raw, byteorder, signed).map_err(num_error)?);
    match &cls {
        Value::Obj(c) if !c.as_type().is_some_and(|t| t.is_builtin()) => vm.call(&cls, &[value], &[]),
        _ => Ok(value),
    }
}

fn bool_logic<const OP: u8, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match (OP, REFLECTED) {
        (AND, false) => "__and__",
        (AND, true) => "__rand__",
        (OR, false) => "__or__",
        (OR, true) => "__ror__",
        (_, false) => "__xor__",
        (_, true) => "__rxor__",
    };
    let me = receiver_as(vm, &args, "bool", name, |v| match v {
        Value::Bool(b) => Some(b),
        _ => None,
    })?;
    let other = one_arg(&args, "bool", name)?;
    if let Value::Bool(o) = other {
        return Ok(Value::Bool(match OP {
            AND => *me && *o,
            OR => *me || *o,
            _ => *me ^ *o,
        }));
    }
    let Some(theirs) = as_int(other).map(|i| to_int(&i)) else { return Ok(not_implemented()) };
    let mine = Int::Small(*me as i64);
    let (a, b) = if REFLECTED { (theirs, mine) } else { (mine, theirs) };
    int_arith(&a, &b, binary_op(OP))
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver_as(vm, &args, "bool", "__repr__", |v| match v {
        Value::Bool(b) => Some(b),
        _ => None,
    })?;
    no_args(&args, "bool", "__repr__")?;
    Ok(new_str(if *me { "True" } else { "False" }))
}
