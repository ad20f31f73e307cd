//! The native `_warnings` module: `warn`, `warn_explicit`, the lock and version hooks the
//! `warnings` module uses, and the state it shares (`filters`, `_onceregistry`,
//! `_defaultaction`).

use crate::builtins::intern;
use crate::exceptions::{PyErr, exception_types};
use crate::function::Args;
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

/// Fills the `_warnings` module namespace.
pub fn init_module(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    crate::modules::add_functions(
        module,
        &[
            ("warn", warn),
            ("warn_explicit", warn_explicit),
            ("_filters_mutated_lock_held", filters_mutated_lock_held),
            ("_acquire_lock", acquire_lock),
            ("_release_lock", release_lock),
        ],
    );
    let dict = module.as_dict().expect("module namespace");
    let state = &vm.interp.warnings;
    dict.set_str(intern("filters"), state.own_filters());
    dict.set_str(intern("_defaultaction"), state.own_default_action());
    dict.set_str(intern("_onceregistry"), state.own_once_registry());
    Ok(())
}

/// Binds arguments as Argument Clinic does for these functions: `names[..max_positional]`
/// may be positional, the rest keyword-only; the first `required` are required.
fn bind<const N: usize>(args: &Args, func: &str, names: [&str; N], required: usize, max_positional: usize) -> PyResult<[Option<Value>; N]> {
    let pos = args.pos();
    if pos.len() > max_positional {
        return Err(PyErr::type_error(format!("{func}() takes at most {max_positional} positional arguments ({} given)", pos.len())));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| pos.get(i).cloned());
    for (k, v) in args.kw() {
        match names.iter().position(|n| *n == k) {
            Some(i) if i < pos.len() => {
                return Err(PyErr::type_error(format!("argument for {func}() given by name ('{k}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("{func}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(PyErr::type_error(format!("{func}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}

/// `warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=())`.
fn warn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [message, category, stacklevel, source, skip] =
        bind(&args, "warn", ["message", "category", "stacklevel", "source", "skip_file_prefixes"], 1, 4)?;
    let message = message.expect("required");
    let warning_class = Value::Obj(exception_types().get("Warning").clone());
    let category = if crate::builtins::functions::is_instance(vm, &message, &warning_class)? {
        Value::Obj(vm.class_of(&message))
    } else {
        match category {
            None | Some(Value::None) => Value::Obj(exception_types().get("UserWarning").clone()),
            Some(c) => c,
        }
    };
    if !matches!(crate::builtins::functions::is_subclass(vm, &category, &warning_class), Ok(true)) {
        return Err(PyErr::type_error(format!("category must be a Warning subclass, not '{}'", vm.type_name(&category))));
    }
    let mut stacklevel = match stacklevel {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    let mut prefixes = Vec::new();
    if let Some(skip) = skip {
        let Some(items) = skip.as_tuple().filter(|_| skip.as_obj().is_some_and(|o| o.class_data().is_builtin())) else {
            return Err(PyErr::type_error(format!("warn() argument 'skip_file_prefixes' must be tuple, not {}", vm.type_name(&skip))));
        };
        for item in items {
            match item.as_str() {
                Some(s) => prefixes.push(s.to_string()),
                None => return Err(PyErr::type_error(format!("Found non-str '{}' in skip_file_prefixes.", vm.type_name(item)))),
            }
        }
        if !prefixes.is_empty() {
            stacklevel = stacklevel.max(2);
        }
    }
    vm.warn_with_category(message, category, stacklevel, source.unwrap_or(Value::None), &prefixes)?;
    Ok(Value::None)
}

/// `warn_explicit(message, category, filename, lineno, module=None, registry=None,
/// module_globals=None, source=None)`.
fn warn_explicit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [message, category, filename, lineno, module, registry, module_globals, source] = bind(
        &args,
        "warn_explicit",
        ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"],
        4,
        8,
    )?;
    let filename = filename.expect("required");
    if filename.as_pystr().is_none() {
        return Err(PyErr::type_error(format!("warn_explicit() argument 3 must be str, not {}", vm.type_name(&filename))));
    }
    let lineno = vm.index_value(&lineno.expect("required"))?;
    let registry = registry.unwrap_or(Value::None);
    if !matches!(registry, Value::None) && registry.as_obj().and_then(|o| o.as_dict()).is_none() {
        return Err(PyErr::type_error("'registry' must be a dict or None"));
    }
    if let Some(g) = &module_globals {
        if !matches!(g, Value::None) && g.as_obj().and_then(|o| o.as_dict()).is_none() {
            return Err(PyErr::type_error(format!("module_globals must be a dict, not '{}'", vm.type_name(g))));
        }
    }
    let category = category.expect("required");
    vm.warn_explicit(category, message.expect("required"), filename, lineno, module, registry, source.unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn filters_mutated_lock_held(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.interp.warnings.filters_mutated();
    Ok(Value::None)
}

fn acquire_lock(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.interp.warnings.lock.acquire();
    Ok(Value::None)
}

fn release_lock(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    if !vm.interp.warnings.lock.release() {
        return Err(PyErr::new("RuntimeError", "cannot release un-acquired lock"));
    }
    Ok(Value::None)
}
