//! `__iter__` and `__next__` of the native iterator types (`list_iterator`, `map`, `zip`, ...),
//! for Python code that drives an iterator by hand (`it.__next__()`).

use super::add_method;
use super::method_args::{no_args, receiver_as};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::iter::NativeIterator;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let b = types::builtin();
    for t in [
        &b.iterator,
        &b.list_iterator,
        &b.tuple_iterator,
        &b.range_iterator,
        &b.str_iterator,
        &b.dict_keyiterator,
        &b.dict_valueiterator,
        &b.dict_itemiterator,
        &b.set_iterator,
        &b.bytes_iterator,
        &b.bytearray_iterator,
        &b.list_reverseiterator,
        &b.dict_reversekeyiterator,
        &b.dict_reversevalueiterator,
        &b.dict_reverseitemiterator,
        &b.enumerate,
        &b.zip,
        &b.map,
        &b.filter,
        &b.reversed,
        &b.list_reverseiterator,
        &b.callable_iterator,
    ] {
        add_method(t, "__iter__", iter_iter);
        add_method(t, "__next__", iter_next);
    }
}

/// A native iterator object of the given iterator type (`list_reverseiterator`, ...).
pub(super) fn iterator_of(class: &crate::object::ObjRef, state: crate::iter::IterState) -> Value {
    Value::Obj(crate::object::Object::new(
        class.clone(),
        crate::object::Kind::Native(Box::new(NativeIterator(parking_lot::Mutex::new(state)))),
    ))
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a NativeIterator> {
    let ty = args.values.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "iterator".into());
    receiver_as(vm, args, &ty, name, |v| v.as_obj().and_then(|o| o.as_native::<NativeIterator>()))
}

fn iter_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    no_args(&args, "iterator", "__iter__")?;
    Ok(args.values[0].clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = this(vm, &args, "__next__")?;
    no_args(&args, "iterator", "__next__")?;
    match crate::iter::native_next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args("StopIteration", vec![])),
    }
}
