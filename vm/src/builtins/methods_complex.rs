//! Methods of `complex`: `conjugate`, `__complex__`, and the special methods (`complex.__add__`,
//! `__truediv__`, `__pow__`, `__abs__`, `__eq__`, ...) over the numeric library, with 3.14's
//! mixed-mode rules (an int or float operand is a real number, not `complex(x, 0)`).

use super::method_args::{no_args, not_implemented, one_arg, receiver_as};
use super::methods_int::{num_error, pow_args, to_int};
use super::{add_method, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{as_float, as_int};
use crate::numeric::complex::{self, ComplexOperand};
use crate::numeric::{self, Complex64};
use crate::object::Kind;
use crate::ops::new_complex;
use crate::value::Value;
use crate::{PyResult, types};

const ADD: u8 = 0;
const SUB: u8 = 1;
const MUL: u8 = 2;
const DIV: u8 = 3;
const POW: u8 = 4;

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("__add__", complex_binary::<ADD, false>),
        ("__radd__", complex_binary::<ADD, true>),
        ("__sub__", complex_binary::<SUB, false>),
        ("__rsub__", complex_binary::<SUB, true>),
        ("__mul__", complex_binary::<MUL, false>),
        ("__rmul__", complex_binary::<MUL, true>),
        ("__truediv__", complex_binary::<DIV, false>),
        ("__rtruediv__", complex_binary::<DIV, true>),
        ("__pow__", complex_binary::<POW, false>),
        ("__rpow__", complex_binary::<POW, true>),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__lt__", complex_unordered),
        ("__le__", complex_unordered),
        ("__gt__", complex_unordered),
        ("__ge__", complex_unordered),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__complex__", complex_complex),
        ("__hash__", complex_hash),
        ("__repr__", complex_repr),
        ("__format__", complex_format),
        ("__getnewargs__", complex_getnewargs),
        ("conjugate", complex_conjugate),
    ];
    for (name, f) in methods {
        add_method(&types::builtin().complex, name, *f);
    }
    super::add_classmethod(&types::builtin().complex, "from_number", complex_from_number);
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Complex64> {
    let v = receiver_as(vm, args, "complex", name, |v| match v.kind() {
        Some(Kind::Complex { .. }) => Some(v),
        _ => None,
    })?;
    Ok(match v.kind() {
        Some(Kind::Complex { real, imag }) => Complex64::new(*real, *imag),
        _ => Complex64::new(0.0, 0.0),
    })
}

/// The other operand: a complex, or an int/float as a real number; None for other types.
fn operand(v: &Value) -> Option<PyResult<ComplexOperand>> {
    if let Some(Kind::Complex { real, imag }) = v.kind() {
        return Some(Ok(ComplexOperand::Complex(Complex64::new(*real, *imag))));
    }
    if let Some(f) = as_float(v) {
        return Some(Ok(ComplexOperand::Real(f)));
    }
    as_int(v).map(|i| numeric::int_to_f64(&to_int(&i)).map(ComplexOperand::Real).map_err(num_error))
}

fn complex_binary<const OP: u8, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match (OP, REFLECTED) {
        (ADD, false) => "__add__",
        (ADD, true) => "__radd__",
        (SUB, false) => "__sub__",
        (SUB, true) => "__rsub__",
        (MUL, false) => "__mul__",
        (MUL, true) => "__rmul__",
        (DIV, false) => "__truediv__",
        (DIV, true) => "__rtruediv__",
        (_, false) => "__pow__",
        (_, true) => "__rpow__",
    };
    let me = ComplexOperand::Complex(this(vm, &args, name)?);
    let (other, modulus) = if OP == POW { pow_args(&args, "complex", name)? } else { (one_arg(&args, "complex", name)?, None) };
    let Some(theirs) = operand(other) else { return Ok(not_implemented()) };
    if modulus.is_some() {
        return Err(PyErr::value_error("complex modulo"));
    }
    let theirs = theirs?;
    let (a, b) = if REFLECTED { (theirs, me) } else { (me, theirs) };
    let r = match OP {
        ADD => complex::add(a, b),
        SUB => complex::sub(a, b),
        MUL => complex::mul(a, b),
        DIV => complex::truediv(a, b).map_err(num_error)?,
        _ => complex::pow_operands(a, b).map_err(num_error)?,
    };
    Ok(new_complex(r))
}

/// `z == other` for a complex, float or int `other` (ints compared exactly); None for others.
fn equal(me: Complex64, other: &Value) -> Option<bool> {
    if let Some(Kind::Complex { real, imag }) = other.kind() {
        return Some(me.re == *real && me.im == *imag);
    }
    if let Some(f) = as_float(other) {
        return Some(me.im == 0.0 && me.re == f);
    }
    as_int(other).map(|i| me.im == 0.0 && numeric::int_eq_float(&to_int(&i), me.re))
}

fn complex_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__eq__")?;
    let other = one_arg(&args, "complex", "__eq__")?;
    Ok(equal(me, other).map_or_else(not_implemented, Value::Bool))
}

fn complex_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__ne__")?;
    let other = one_arg(&args, "complex", "__ne__")?;
    Ok(equal(me, other).map_or_else(not_implemented, |e| Value::Bool(!e)))
}

/// Complex numbers have no order.
fn complex_unordered(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__lt__")?;
    one_arg(&args, "complex", "__lt__")?;
    Ok(not_implemented())
}

fn unary(vm: &mut Vm, args: Args, name: &str, f: impl FnOnce(Complex64) -> PyResult<Value>) -> PyResult<Value> {
    let me = this(vm, &args, name)?;
    no_args(&args, "complex", name)?;
    f(me)
}

fn complex_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__", |z| Ok(new_complex(complex::neg(z))))
}
fn complex_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__", |z| Ok(new_complex(z)))
}
fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "conjugate", |z| Ok(new_complex(Complex64::new(z.re, -z.im))))
}
fn complex_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__", |z| complex::abs(z).map(Value::Float).map_err(num_error))
}
fn complex_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__bool__", |z| Ok(Value::Bool(z.re != 0.0 || z.im != 0.0)))
}
fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__getnewargs__", |z| Ok(new_tuple(vec![Value::Float(z.re), Value::Float(z.im)])))
}
fn complex_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__repr__", |z| Ok(super::new_str(crate::format::complex_repr(z.re, z.im))))
}

fn complex_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, &args, "__complex__")?;
    no_args(&args, "complex", "__complex__")?;
    Ok(match &args.values[0] {
        Value::Obj(o) if o.class_data().is_builtin() => args.values[0].clone(),
        _ => new_complex(z),
    })
}

fn complex_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(vm, &args, "__hash__")?;
    no_args(&args, "complex", "__hash__")?;
    let identity = args.values[0].as_obj().map_or(0, |o| o.addr() as u64);
    Ok(Value::Int(numeric::hash_complex(z.re, z.im, identity)))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__format__")?;
    let spec = one_arg(&args, "complex", "__format__")?;
    let spec = spec.as_str().ok_or_else(|| PyErr::type_error(format!("__format__() argument must be str, not {}", super::method_args::clinic_type_name(vm, spec))))?;
    vm.format(&args.values[0], spec)
}

/// `complex.from_number(x)`: a number (not a string) as a complex.
fn complex_from_number(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let x = one_arg(&args, &super::method_args::class_name(&args, "complex"), "from_number")?;
    let class = vm.class_of(x);
    let is_number = matches!(x.kind(), Some(Kind::Complex { .. }))
        || as_float(x).is_some()
        || as_int(x).is_some()
        || ["__complex__", "__float__", "__index__"].iter().any(|m| crate::types::lookup(&class, m).is_some());
    if x.as_str().is_some() || !is_number {
        return Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(x))));
    }
    let z = super::constructors_complex::complex_value(vm, Args::positional(std::slice::from_ref(x)))?;
    let value = new_complex(z);
    match &cls {
        Value::Obj(c) if !c.as_type().is_some_and(|t| t.is_builtin()) => vm.call(&cls, &[value], &[]),
        _ => Ok(value),
    }
}
