//! More methods of built-in types: property accessors, int, str, dict, slice and range.

use super::functions::check_args;
use super::{add_method, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::numbers::{as_int, int_value};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let b = types::builtin();
    add_method(&b.property, "setter", property_setter);
    add_method(&b.property, "getter", property_getter);
    add_method(&b.property, "deleter", property_deleter);
    add_method(&b.int, "bit_length", int_bit_length);
    add_method(&b.int, "bit_count", int_bit_count);
    add_method(&b.int, "to_bytes", int_to_bytes);
    add_method(&b.int, "is_integer", int_is_integer);
    add_method(&b.float, "is_integer", float_is_integer);
    add_method(&b.slice, "indices", slice_indices);
    add_method(&b.range, "index", range_index);
    add_method(&b.range, "count", range_count);
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let Some(Kind::Property { fget, fset, fdel, doc }) = args.values.first().and_then(|v| v.kind()) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let f = args.values.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let class = args.values[0].as_obj().expect("property").class().clone();
    Ok(Value::Obj(Object::new(class, Kind::Property { fget: g, fset: s, fdel: d, doc: doc.clone() })))
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 0)
}

fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 1)
}

fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 2)
}

fn this_int(args: &Args) -> PyResult<crate::numeric::Int> {
    match args.values.first().and_then(as_int) {
        Some(i) => Ok(crate::numeric::Int::from_big(i.to_bigint())),
        None => Err(PyErr::type_error("descriptor requires an 'int' object")),
    }
}

fn num_error(e: crate::numeric::NumError) -> PyErr {
    PyErr::new(e.class_name(), e.message())
}

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_int(&args)?.bit_length() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_int(&args)?.bit_count() as i64))
}

fn int_is_integer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::numbers::as_float(&args.values[0]).is_some_and(|f| f.is_finite() && f.fract() == 0.0)))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this_int(&args)?;
    let pos = args.pos();
    let length = match pos.get(1).or_else(|| args.kwarg("length")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let order = match pos.get(2).or_else(|| args.kwarg("byteorder")) {
        Some(v) => v.as_str().unwrap_or("").to_string(),
        None => "big".into(),
    };
    let signed = match args.kwarg("signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let bytes = i.to_bytes(length, &order, signed).map_err(num_error)?;
    Ok(super::new_bytes(bytes))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("indices", &args, 2, 2)?;
    let n = vm.index_value(&args.values[1])?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (a, b, c) = super::containers::slice_bounds(vm, &args.values[0], n as usize)?;
    Ok(new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("index", &args, 2, 2)?;
    let (r, v) = (&args.values[0], &args.values[1]);
    if vm.contains(r, v)? {
        if let (Some(Kind::Range { start, step, .. }), Some(i)) = (r.kind(), as_int(v)) {
            let (a, c) = (as_int(start).map(|x| x.to_bigint()).unwrap_or_default(), as_int(step).map(|x| x.to_bigint()).unwrap_or_default());
            return Ok(int_value((i.to_bigint() - a) / c));
        }
    }
    let text = vm.repr_string(v)?;
    Err(PyErr::value_error(format!("{text} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("count", &args, 2, 2)?;
    Ok(Value::Int(vm.contains(&args.values[0], &args.values[1])? as i64))
}
