//! `BaseExceptionGroup` and `ExceptionGroup`: construction with CPython's checks and class
//! choice (`BaseExceptionGroup(...)` of plain Exceptions is an `ExceptionGroup`), and the
//! `derive`, `split` and `subgroup` methods (the parts matching a condition, keeping the
//! group's nesting, with the original's traceback, cause, context and notes copied over).

use crate::exceptions::{PyErr, exception_data, exception_types, new_exception};
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, ObjRef};
use crate::types;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, intern, new_list, new_tuple};

pub fn install() {
    let group = exception_types().get("BaseExceptionGroup");
    add_method(group, "derive", derive);
    add_method(group, "split", split);
    add_method(group, "subgroup", subgroup);
}

fn is_exception_instance(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| exception_data(o).is_some())
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: the new group, of `cls` or of
/// ExceptionGroup when `cls` is BaseExceptionGroup and every member is an Exception.
pub fn new_group(vm: &mut Vm, cls: &ObjRef, args: &[Value]) -> PyResult<ObjRef> {
    let kinds = exception_types();
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    if args[0].as_str().is_none() {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_name(&args[0]))));
    }
    let members = &args[1];
    let is_sequence = match members.kind() {
        Some(Kind::List(_) | Kind::Tuple(_)) => true,
        Some(Kind::Dict(_) | Kind::Set(_) | Kind::Str(_)) | None => false,
        _ => types::lookup(&vm.class_of(members), "__getitem__").is_some(),
    };
    if !is_sequence {
        return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iterable(members)?;
    if items.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base_exceptions = false;
    for (i, item) in items.iter().enumerate() {
        if !is_exception_instance(item) {
            return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !types::is_subtype(&vm.class_of(item), kinds.get("Exception")) {
            nested_base_exceptions = true;
        }
    }
    let base_group = kinds.get("BaseExceptionGroup");
    let group = kinds.get("ExceptionGroup");
    let mut class = cls.clone();
    if ObjRef::ptr_eq(cls, base_group) {
        if !nested_base_exceptions {
            class = group.clone();
        }
    } else if ObjRef::ptr_eq(cls, group) {
        if nested_base_exceptions {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base_exceptions && types::is_subtype(cls, kinds.get("Exception")) {
        let name = cls.as_type().map(|t| t.name.to_string()).unwrap_or_default();
        return Err(PyErr::type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    Ok(new_exception(&class, args.to_vec()))
}

fn this(args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if exception_data(o).is_some() => Ok(o.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'BaseExceptionGroup' object")),
    }
}

fn members(vm: &mut Vm, group: &ObjRef) -> PyResult<Vec<Value>> {
    let tuple = vm.getattr(&Value::Obj(group.clone()), &intern("exceptions"))?;
    vm.collect_iterable(&tuple)
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let group = this(&args)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.derive() takes exactly one argument ({} given)", pos.len() - 1)));
    }
    let message = vm.getattr(&Value::Obj(group), &intern("message"))?;
    let base_group = exception_types().get("BaseExceptionGroup").clone();
    Ok(Value::Obj(new_group(vm, &base_group, &[message, pos[1].clone()])?))
}

/// What `split`/`subgroup` match against.
enum Condition {
    Types(Value),
    Predicate(Value),
}

fn condition(v: &Value) -> PyResult<Condition> {
    let is_class = |v: &Value| v.as_obj().is_some_and(|o| o.as_type().is_some());
    let base_exception = exception_types().get("BaseException");
    let is_exception_class = |v: &Value| v.as_obj().is_some_and(|o| o.as_type().is_some() && types::is_subtype(o, base_exception));
    if is_exception_class(v) {
        return Ok(Condition::Types(v.clone()));
    }
    if let Some(items) = v.as_tuple() {
        if items.iter().all(is_exception_class) {
            return Ok(Condition::Types(v.clone()));
        }
    } else if !is_class(v) && is_callable(v) {
        return Ok(Condition::Predicate(v.clone()));
    }
    Err(PyErr::type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.kind, Kind::Function(_) | Kind::BuiltinFunction(_) | Kind::BoundMethod(_) | Kind::Type(_))
                || types::lookup(o.class(), "__call__").is_some()
        }
        _ => false,
    }
}

fn matches(vm: &mut Vm, cond: &Condition, exc: &Value) -> PyResult<bool> {
    match cond {
        Condition::Types(t) => super::functions::is_instance(vm, exc, t),
        Condition::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(exc), &[])?;
            vm.is_true(&r)
        }
    }
}

/// The (match, rest) parts of `exc` under `cond`; with `rest_wanted` false only the match.
fn split_recursive(vm: &mut Vm, exc: &Value, cond: &Condition, rest_wanted: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, cond, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let group = match exc {
        Value::Obj(o) if types::is_subtype(o.class(), exception_types().get("BaseExceptionGroup")) => o.clone(),
        _ => return Ok((None, if rest_wanted { Some(exc.clone()) } else { None })),
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for member in members(vm, &group)? {
        let (m, r) = split_recursive(vm, &member, cond, rest_wanted)?;
        matched.extend(m);
        rest.extend(r);
    }
    let matched = if matched.is_empty() { None } else { Some(subset(vm, &group, matched)?) };
    let rest = if rest_wanted && !rest.is_empty() { Some(subset(vm, &group, rest)?) } else { None };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with the original's traceback, cause, context and notes.
fn subset(vm: &mut Vm, orig: &ObjRef, excs: Vec<Value>) -> PyResult<Value> {
    let derive = vm.getattr(&Value::Obj(orig.clone()), &intern("derive"))?;
    let made = vm.call(&derive, &[new_list(excs)], &[])?;
    let Some(new) = made.as_obj().filter(|o| types::is_subtype(o.class(), exception_types().get("BaseExceptionGroup"))).cloned() else {
        return Err(PyErr::type_error("derive must return an instance of BaseExceptionGroup"));
    };
    // The copy shares the original's traceback object itself.
    crate::traceback::traceback_object(orig);
    if let (Some(from), Some(to)) = (exception_data(orig), exception_data(&new)) {
        let (traceback, cause, context, traceback_object) = {
            let st = from.state.lock();
            (st.traceback.clone(), st.cause.clone(), st.context.clone(), st.traceback_object.clone())
        };
        let mut st = to.state.lock();
        st.traceback = traceback;
        st.traceback_object = traceback_object;
        st.context = context;
        // Setting the cause also suppresses the context, as PyException_SetCause does.
        st.cause = cause;
        st.suppress_context = true;
    }
    let notes = orig.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str("__notes__")));
    if let Some(notes) = notes {
        if matches!(notes.kind(), Some(Kind::List(_) | Kind::Tuple(_))) {
            let copy = new_list(vm.collect_iterable(&notes)?);
            vm.setattr(&made, &intern("__notes__"), Some(copy))?;
        }
    }
    Ok(made)
}

fn split_args(args: &Args, name: &str) -> PyResult<(Value, Condition)> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.{name}() takes exactly one argument ({} given)", pos.len().saturating_sub(1))));
    }
    let group = Value::Obj(this(args)?);
    let cond = condition(&pos[1])?;
    Ok((group, cond))
}

/// `eg.split(condition)`: `(match, rest)`, either None when empty.
fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (group, cond) = split_args(&args, "split")?;
    let (m, r) = split_recursive(vm, &group, &cond, true)?;
    Ok(new_tuple(vec![m.unwrap_or(Value::None), r.unwrap_or(Value::None)]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (group, cond) = split_args(&args, "subgroup")?;
    let (m, _) = split_recursive(vm, &group, &cond, false)?;
    Ok(m.unwrap_or(Value::None))
}
