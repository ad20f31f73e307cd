//! Methods of `float`: `as_integer_ratio`, `hex`/`fromhex`, `is_integer`, `__getformat__`, and
//! every special method (`float.__add__(1.5, 2)`, `float.__round__`, `float.__trunc__`, ...), over
//! the numeric library. Binary special methods accept floats and ints (converted exactly, or
//! OverflowError) and return NotImplemented for anything else.

use std::cmp::Ordering;

use ophis_compiler::{BinaryOp, CompareOp};

use super::method_args::{no_args, not_implemented, one_arg, positional, receiver_as};
use super::methods_int::{ADD, FLOORDIV, MOD, MUL, SUB, TRUEDIV, binary_op, int_result, num_error, number_value, pow_args, to_int};
use super::{add_method, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{as_float, as_int};
use crate::numeric;
use crate::value::Value;
use crate::{PyResult, types};

const OPERATORS: &[(&str, &str, u8)] = &[
    ("__add__", "__radd__", ADD),
    ("__sub__", "__rsub__", SUB),
    ("__mul__", "__rmul__", MUL),
    ("__truediv__", "__rtruediv__", TRUEDIV),
    ("__floordiv__", "__rfloordiv__", FLOORDIV),
    ("__mod__", "__rmod__", MOD),
];

fn operator_fns(code: u8) -> (NativeFn, NativeFn) {
    match code {
        ADD => (float_binary::<ADD, false>, float_binary::<ADD, true>),
        SUB => (float_binary::<SUB, false>, float_binary::<SUB, true>),
        MUL => (float_binary::<MUL, false>, float_binary::<MUL, true>),
        TRUEDIV => (float_binary::<TRUEDIV, false>, float_binary::<TRUEDIV, true>),
        FLOORDIV => (float_binary::<FLOORDIV, false>, float_binary::<FLOORDIV, true>),
        _ => (float_binary::<MOD, false>, float_binary::<MOD, true>),
    }
}

pub(super) fn install() {
    let t = &types::builtin().float;
    for &(name, rname, code) in OPERATORS {
        let (f, r) = operator_fns(code);
        add_method(t, name, f);
        add_method(t, rname, r);
    }
    let methods: &[(&str, NativeFn)] = &[
        ("__divmod__", float_divmod::<false>),
        ("__rdivmod__", float_divmod::<true>),
        ("__pow__", float_pow::<false>),
        ("__rpow__", float_pow::<true>),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__float__", float_float),
        ("__int__", float_int),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("conjugate", float_conjugate),
        ("as_integer_ratio", float_as_integer_ratio),
        ("is_integer", float_is_integer),
        ("hex", float_hex),
    ];
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    super::add_classmethod(t, "fromhex", float_fromhex);
    super::add_classmethod(t, "__getformat__", float_getformat);
    super::add_classmethod(t, "from_number", float_from_number);
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let v = receiver_as(vm, args, "float", name, |v| as_float(v).map(|_| v))?;
    Ok(as_float(v).unwrap_or(0.0))
}

/// The other operand as a float: floats as they are, ints converted (OverflowError when too
/// large); None for other types.
fn operand(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_float(v) {
        return Some(Ok(f));
    }
    as_int(v).map(|i| numeric::int_to_f64(&to_int(&i)).map_err(num_error))
}

fn float_binary<const OP: u8, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = OPERATORS.iter().find(|o| o.2 == OP).map_or("__add__", |o| if REFLECTED { o.1 } else { o.0 });
    let me = this(vm, &args, name)?;
    let other = one_arg(&args, "float", name)?;
    let Some(theirs) = operand(other) else { return Ok(not_implemented()) };
    let theirs = theirs?;
    let (x, y) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    float_arith(x, y, binary_op(OP))
}

fn float_arith(x: f64, y: f64, op: BinaryOp) -> PyResult<Value> {
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide => numeric::float_truediv(x, y).map_err(num_error)?,
        BinaryOp::FloorDivide => numeric::float_floordiv(x, y).map_err(num_error)?,
        _ => numeric::float_mod(x, y).map_err(num_error)?,
    };
    Ok(Value::Float(r))
}

fn float_divmod<const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rdivmod__" } else { "__divmod__" };
    let me = this(vm, &args, name)?;
    let other = one_arg(&args, "float", name)?;
    let Some(theirs) = operand(other) else { return Ok(not_implemented()) };
    let theirs = theirs?;
    let (x, y) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    let (q, r) = numeric::float_divmod(x, y).map_err(num_error)?;
    Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_pow<const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rpow__" } else { "__pow__" };
    let me = this(vm, &args, name)?;
    let (other, modulus) = pow_args(&args, "float", name)?;
    if modulus.is_some() {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let Some(theirs) = operand(other) else { return Ok(not_implemented()) };
    let theirs = theirs?;
    let (x, y) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    numeric::float_pow(x, y).map(number_value).map_err(num_error)
}

/// Compares the receiver with a float or (exactly) with an int.
fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let me = this(vm, &args, name)?;
    let other = one_arg(&args, "float", name)?;
    let order: Option<Ordering> = if let Some(f) = as_float(other) {
        me.partial_cmp(&f)
    } else if let Some(i) = as_int(other) {
        numeric::cmp_float_int(me, &to_int(&i))
    } else {
        return Ok(not_implemented());
    };
    Ok(Value::Bool(match (order, op) {
        (None, CompareOp::Ne) => true,
        (None, _) => false,
        (Some(o), CompareOp::Eq) => o.is_eq(),
        (Some(o), CompareOp::Ne) => o.is_ne(),
        (Some(o), CompareOp::Lt) => o.is_lt(),
        (Some(o), CompareOp::Le) => o.is_le(),
        (Some(o), CompareOp::Gt) => o.is_gt(),
        (Some(o), CompareOp::Ge) => o.is_ge(),
    }))
}

fn float_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn float_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn float_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn float_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn float_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn float_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn unary(vm: &mut Vm, args: Args, name: &str, f: impl FnOnce(f64) -> PyResult<Value>) -> PyResult<Value> {
    let me = this(vm, &args, name)?;
    no_args(&args, "float", name)?;
    f(me)
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__", |x| Ok(Value::Float(-x)))
}
fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__", |x| Ok(Value::Float(x)))
}
fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__", |x| Ok(Value::Float(x.abs())))
}
fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__bool__", |x| Ok(Value::Bool(x != 0.0)))
}
fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__float__", |x| Ok(Value::Float(x)))
}
fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "conjugate", |x| Ok(Value::Float(x)))
}
fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__int__", |x| numeric::float_trunc(x).map(int_result).map_err(num_error))
}
fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__trunc__", |x| numeric::float_trunc(x).map(int_result).map_err(num_error))
}
fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__floor__", |x| numeric::float_floor(x).map(int_result).map_err(num_error))
}
fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__ceil__", |x| numeric::float_ceil(x).map(int_result).map_err(num_error))
}
fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "is_integer", |x| Ok(Value::Bool(numeric::float_is_integer(x))))
}
fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "hex", |x| Ok(new_str(numeric::float_to_hex(x))))
}
fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__repr__", |x| Ok(new_str(crate::format::float_repr(x))))
}
fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__getnewargs__", |x| Ok(new_tuple(vec![Value::Float(x)])))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__hash__")?;
    no_args(&args, "float", "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Float(me))?))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "as_integer_ratio")?;
    no_args(&args, "float", "as_integer_ratio")?;
    let (n, d) = numeric::f64_as_integer_ratio(me).map_err(num_error)?;
    Ok(new_tuple(vec![int_result(n), int_result(d)]))
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__round__")?;
    let [ndigits] = positional::<1>(&args, "float", "__round__", 0)?;
    match ndigits {
        None | Some(Value::None) => numeric::float_round(me).map(int_result).map_err(num_error),
        Some(n) => {
            let n = match as_int(n) {
                Some(crate::numbers::IntRef::Small(n)) => n,
                // Beyond i64 the result is the value itself (huge positive) or 0 (huge negative).
                Some(crate::numbers::IntRef::Big(b)) => {
                    if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX }
                }
                None => vm.index_value(n)?,
            };
            numeric::float_round_ndigits(me, n).map(Value::Float).map_err(num_error)
        }
    }
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__format__")?;
    let spec = one_arg(&args, "float", "__format__")?;
    let spec = spec.as_str().ok_or_else(|| PyErr::type_error(format!("__format__() argument must be str, not {}", super::method_args::clinic_type_name(vm, spec))))?;
    vm.format(&args.values[0], spec)
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let arg = one_arg(&args, &super::method_args::class_name(&args, "float"), "fromhex")?;
    let text = arg.as_str().ok_or_else(|| PyErr::type_error("bad argument type for built-in operation"))?;
    let value = Value::Float(numeric::float_from_hex(text).map_err(num_error)?);
    match &cls {
        Value::Obj(c) if !c.as_type().is_some_and(|t| t.is_builtin()) => vm.call(&cls, &[value], &[]),
        _ => Ok(value),
    }
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = one_arg(&args, &super::method_args::class_name(&args, "float"), "__getformat__")?;
    let text = arg.as_str().ok_or_else(|| {
        PyErr::type_error(format!("__getformat__() argument must be str, not {}", super::method_args::clinic_type_name(vm, arg)))
    })?;
    match text {
        "double" | "float" => Ok(new_str("IEEE, little-endian")),
        _ => Err(PyErr::value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

/// `float.from_number(x)`: a number (not a string) as a float.
fn float_from_number(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let x = one_arg(&args, &super::method_args::class_name(&args, "float"), "from_number")?;
    let class = vm.class_of(x);
    let is_number = as_float(x).is_some()
        || as_int(x).is_some()
        || crate::types::lookup(&class, "__float__").is_some()
        || crate::types::lookup(&class, "__index__").is_some();
    if x.as_str().is_some() || !is_number {
        return Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(x))));
    }
    let value = Value::Float(vm.to_float(x)?);
    match &cls {
        Value::Obj(c) if !c.as_type().is_some_and(|t| t.is_builtin()) => vm.call(&cls, &[value], &[]),
        _ => Ok(value),
    }
}
