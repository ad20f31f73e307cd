//! `typing.TypeAliasType`: what `type X[T] = value` creates (and `TypeAliasType("X", value)`).
//! The value of a `type` statement is computed on first use of `__value__`.

use std::sync::OnceLock;

use super::{Lazy, add_methods, add_properties, caller_module, new_type, union_or, union_ror};
use crate::builtins::new_tuple;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::Layout;
use crate::value::Value;
use crate::PyResult;

pub(super) struct TypeAlias {
    name: Value,
    /// A tuple, possibly empty.
    type_params: Value,
    value: Lazy,
    module: Value,
}

pub(super) fn alias_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("TypeAliasType", Layout::Special, false);
        add_methods(&t, &[("__repr__", alias_repr), ("__getitem__", alias_getitem), ("__or__", union_or), ("__ror__", union_ror)]);
        add_properties(
            &t,
            &[
                ("__type_params__", type_params),
                ("__parameters__", type_params),
                ("__value__", value),
                ("evaluate_value", evaluate_value),
            ],
        );
        t
    })
}

fn new_alias(a: TypeAlias) -> Value {
    Value::Obj(Object::new(alias_type().clone(), Kind::Native(Box::new(a))))
}

/// From `(name, type_params or None, evaluate)`, as the `type` statement builds it.
pub(super) fn from_intrinsic(args: Value, module: Value) -> PyResult<Value> {
    let items = args.as_tuple().filter(|t| t.len() == 3).ok_or_else(|| PyErr::new("SystemError", "bad type alias arguments"))?.to_vec();
    let [name, params, evaluate] = <[Value; 3]>::try_from(items).map_err(|_| PyErr::new("SystemError", "bad type alias arguments"))?;
    let type_params = if params.is_none() { new_tuple(vec![]) } else { params };
    let value = Lazy::value(None);
    value.set_evaluate(evaluate);
    Ok(new_alias(TypeAlias { name, type_params, value, module }))
}

/// `TypeAliasType(name, value, *, type_params=())`.
pub(super) fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut name = pos.first().cloned();
    let mut value = pos.get(1).cloned();
    let mut type_params = None;
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("typealias() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    for (k, v) in args.kw() {
        let slot = match k {
            "name" => &mut name,
            "value" => &mut value,
            "type_params" => &mut type_params,
            _ => return Err(PyErr::type_error(format!("typealias() got an unexpected keyword argument '{k}'"))),
        };
        if slot.is_some() {
            let position = if k == "name" { 1 } else { 2 };
            return Err(PyErr::type_error(format!("argument for typealias() given by name ('{k}') and position ({position})")));
        }
        *slot = Some(v.clone());
    }
    let Some(name) = name else {
        return Err(PyErr::type_error("typealias() missing required argument 'name' (pos 1)"));
    };
    if name.as_str().is_none() {
        return Err(PyErr::type_error(format!("typealias() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let Some(value) = value else {
        return Err(PyErr::type_error("typealias() missing required argument 'value' (pos 2)"));
    };
    let type_params = match type_params {
        None => new_tuple(vec![]),
        Some(t) if t.as_obj().is_some_and(|o| ObjRef::ptr_eq(&o.class(), &crate::types::builtin().tuple)) => t,
        Some(_) => return Err(PyErr::type_error("type_params must be a tuple")),
    };
    let module = caller_module(vm);
    Ok(new_alias(TypeAlias { name, type_params, value: Lazy::value(Some(value)), module }))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a TypeAlias> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<TypeAlias>()).ok_or_else(|| PyErr::type_error("expected a TypeAliasType"))
}

fn alias_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.name.clone())
}

/// `__name__` and `__module__` (instance attributes: the type has its own).
pub(super) fn attribute(o: &ObjRef, n: &str) -> Option<Value> {
    let a = o.as_native::<TypeAlias>()?;
    match n {
        "__name__" => Some(a.name.clone()),
        "__module__" => Some(a.module.clone()),
        _ => None,
    }
}

fn type_params(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.type_params.clone())
}

fn value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.value.get(vm)?.unwrap_or(Value::None))
}

fn evaluate_value(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.value.evaluator())
}

/// `Alias[args]`: a `types.GenericAlias` of a generic alias.
fn alias_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args)?;
    crate::builtins::check_args("__getitem__", &args, 2, 2)?;
    if a.type_params.as_tuple().is_none_or(|t| t.is_empty()) {
        return Err(PyErr::type_error("Only generic type aliases are subscriptable"));
    }
    Ok(crate::builtins::new_generic_alias(args.values[0].clone(), &args.values[1]))
}
