//! Argument handling shared by the native modules: binding positional/keyword arguments with
//! CPython's messages, and the number conversions CPython's C modules apply to their arguments
//! (`PyFloat_AsDouble`, `__index__`, `PyLong_AsLong`).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use ophis_vm::function::Args;
use ophis_vm::numbers::{IntRef, as_float, as_int, int_value};
use ophis_vm::{PyErr, PyResult, Value, Vm};

/// `f(x)` with exactly one positional argument (METH_O): "math.sqrt() takes exactly one
/// argument (2 given)".
pub fn one<'a>(args: &Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    no_kwargs(args, qualname)?;
    match args.pos() {
        [v] => Ok(v),
        pos => Err(PyErr::type_error(format!("{qualname}() takes exactly one argument ({} given)", pos.len()))),
    }
}

/// `f()` with no arguments (METH_NOARGS).
pub fn none(args: &Args, qualname: &str) -> PyResult<()> {
    no_kwargs(args, qualname)?;
    match args.pos().len() {
        0 => Ok(()),
        n => Err(PyErr::type_error(format!("{qualname}() takes no arguments ({n} given)"))),
    }
}

pub fn no_kwargs(args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Positional-only arguments between `min` and `max` (METH_VARARGS / clinic style): "expected
/// at least/at most/exactly N argument(s), got M".
pub fn range<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kwargs(args, name)?;
    let pos = args.pos();
    let n = pos.len();
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(pos)
}

/// Argument Clinic style binding: `names` are the parameters in order, the first `posonly` are
/// positional-only, those from `kwonly_from` on keyword-only; the first `required` are
/// required. Returns one slot per parameter.
pub struct Sig<'s> {
    pub name: &'s str,
    pub params: &'s [&'s str],
    pub posonly: usize,
    pub kwonly_from: usize,
    pub required: usize,
}

pub fn bind<'a, const N: usize>(args: &Args<'a>, sig: &Sig) -> PyResult<[Option<&'a Value>; N]> {
    debug_assert_eq!(sig.params.len(), N);
    let mut out: [Option<&'a Value>; N] = [None; N];
    let pos = args.pos();
    let max_pos = sig.kwonly_from.min(N);
    let min_pos = sig.required.min(sig.posonly);
    if pos.len() > max_pos || pos.len() < min_pos {
        let takes = if sig.required.min(max_pos) == max_pos {
            "exactly"
        } else if pos.len() > max_pos {
            "at most"
        } else {
            "at least"
        };
        let count = if pos.len() > max_pos { max_pos } else { min_pos };
        let arg = if count == 1 { "argument" } else { "arguments" };
        return Err(PyErr::type_error(format!("{}() takes {takes} {count} positional {arg} ({} given)", sig.name, pos.len())));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.kw() {
        match sig.params.iter().position(|p| *p == k) {
            Some(i) if i >= sig.posonly => {
                if out[i].is_some() {
                    return Err(PyErr::type_error(format!("argument for {}() given by name ('{k}') and position ({})", sig.name, i + 1)));
                }
                out[i] = Some(v);
            }
            Some(_) if sig.posonly == N || !sig.params.iter().skip(sig.posonly).any(|p| *p == k) => {
                return Err(PyErr::type_error(format!("{}() got some positional-only arguments passed as keyword arguments: '{k}'", sig.name)));
            }
            _ => return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{k}'", sig.name))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(sig.required.min(N)) {
        if slot.is_none() {
            let p = sig.params[i];
            return Err(if i < sig.posonly {
                PyErr::type_error(format!("{}() missing required argument '{p}' (pos {})", sig.name, i + 1))
            } else if i >= sig.kwonly_from {
                PyErr::type_error(format!("{}() missing required keyword-only argument: '{p}'", sig.name))
            } else {
                PyErr::type_error(format!("{}() missing required argument '{p}' (pos {})", sig.name, i + 1))
            });
        }
    }
    Ok(out)
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, then `__index__`; "must be real number, not X".
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return ophis_vm::numbers::int_to_f64(&i);
    }
    if let Some(r) = vm.call_method(v, "__float__", &[])? {
        if let Some(f) = as_float(&r) {
            return Ok(f);
        }
        return Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r))));
    }
    if has_method(vm, v, "__index__") {
        let i = vm.index_int(v)?;
        return ophis_vm::numbers::int_to_f64(&as_int(&i).expect("index_int gives an int"));
    }
    Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// Whether `v`'s type defines `name`.
pub fn has_method(vm: &Vm, v: &Value, name: &str) -> bool {
    ophis_vm::types::lookup(&vm.class_of(v), name).is_some()
}

/// `operator.index(v)` as a BigInt.
pub fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index_int(v)?;
    Ok(as_int(&i).expect("index_int gives an int").to_bigint())
}

/// `operator.index(v)` as i64, None when it does not fit.
pub fn to_i64_opt(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    let i = vm.index_int(v)?;
    Ok(match as_int(&i) {
        Some(IntRef::Small(s)) => Some(s),
        Some(IntRef::Big(b)) => b.to_i64(),
        None => None,
    })
}

/// `PyLong_AsLong` through `__index__`: "Python int too large to convert to C long".
pub fn to_c_long(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    to_i64_opt(vm, v)?.ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C long"))
}

/// `PyLong_AsInt` through `__index__`: "Python int too large to convert to C int".
pub fn to_c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    to_i64_opt(vm, v)?
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C int"))
}

/// A BigInt as a Python int value.
pub fn big(b: BigInt) -> Value {
    int_value(b)
}

/// A str argument, or TypeError "NAME() argument N must be str, not X".
pub fn to_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", vm.type_name(v))))
}

/// Sets a module attribute.
pub fn set_attr(module: &ophis_vm::object::ObjRef, name: &str, value: Value) {
    module.as_dict().expect("module namespace").set_str(ophis_vm::builtins::intern(name), value);
}
