//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)`:
//! a function made at run time from a code object. annotationlib needs it to re-run an
//! `__annotate__` function's code with "fake globals" (a dict subclass whose `__missing__`
//! turns undefined names into forward references). `types.CellType([contents])` likewise lets
//! it give that function closure cells of its own.

use crate::builtins::intern;
use crate::builtins::method_args::{Params, clinic_function};
use crate::exceptions::PyErr;
use crate::function::{Args, Function, FunctionAttrs};
use crate::object::SharedSlot;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};
use parking_lot::Mutex;

/// Calls of the `function` type.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const PARAMS: Params<6> = Params::new(["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2);
    let [code, globals, name, argdefs, closure, kwdefaults] = clinic_function(&args, "function", &PARAMS)?;
    let (Some(code), Some(globals)) = (code, globals) else {
        return Err(PyErr::type_error("function() missing required argument 'code' (pos 1)"));
    };
    let code_obj = match code.as_obj() {
        Some(o) if o.as_code().is_some() => o.clone(),
        _ => return Err(PyErr::type_error(format!("function() argument 'code' must be code, not {}", vm.type_name(code)))),
    };
    let globals_obj = match (globals.as_obj(), globals.kind()) {
        (Some(o), Some(Kind::Dict(_))) => o.clone(),
        _ => return Err(PyErr::type_error(format!("function() argument 'globals' must be dict, not {}", vm.type_name(globals)))),
    };
    let c = code_obj.as_code().expect("checked above");
    let name = match name.filter(|v| !v.is_none()) {
        None => Value::Obj(intern(&c.compiled.name)),
        Some(v) if v.as_str().is_some() => v.clone(),
        Some(_) => return Err(PyErr::type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match argdefs.filter(|v| !v.is_none()) {
        None => None,
        Some(v) if v.as_tuple().is_some() => v.as_obj().cloned(),
        Some(_) => return Err(PyErr::type_error("arg 4 (defaults) must be None or tuple")),
    };
    let kwdefaults = match kwdefaults.filter(|v| !v.is_none()) {
        None => None,
        Some(v) if matches!(v.kind(), Some(Kind::Dict(_))) => v.as_obj().cloned(),
        Some(_) => return Err(PyErr::type_error("arg 6 (kwdefaults) must be None or dict")),
    };
    let nfree = c.compiled.freevars.len();
    let cells: Vec<ObjRef> = match closure.filter(|v| !v.is_none()) {
        None if nfree > 0 => return Err(PyErr::type_error("arg 5 (closure) must be tuple")),
        None => Vec::new(),
        Some(v) => {
            let Some(items) = v.as_tuple() else {
                return Err(PyErr::type_error("arg 5 (closure) must be None or tuple"));
            };
            if items.len() != nfree {
                let name = &c.compiled.name;
                return Err(PyErr::new("ValueError", format!("{name} requires closure of length {nfree}, not {}", items.len())));
            }
            let mut cells = Vec::with_capacity(items.len());
            for item in items.iter() {
                match item.as_obj() {
                    Some(o) if matches!(o.kind, Kind::Cell(_)) => cells.push(o.clone()),
                    _ => return Err(PyErr::type_error(format!("arg 5 (closure) expected cell, found {}", vm.type_name(item)))),
                }
            }
            cells
        }
    };
    // The function's builtins: the globals' `__builtins__` (a dict or a module), else ours.
    let builtins = {
        let from_globals = globals_obj.as_dict().and_then(|d| d.get_str("__builtins__"));
        match from_globals.as_ref().and_then(|v| v.as_obj()) {
            Some(o) if matches!(o.kind, Kind::Dict(_)) => o.clone(),
            Some(o) if matches!(o.kind, Kind::Module) => o.dict_or_create().clone(),
            _ => vm.builtins().clone(),
        }
    };
    let module = globals_obj.as_dict().and_then(|d| d.get_str("__name__")).unwrap_or(Value::None);
    let f = Function {
        code: code_obj.clone(),
        globals: globals_obj,
        builtins,
        closure_cells: std::sync::OnceLock::new(),
        defaults: SharedSlot::new(defaults),
        kwdefaults: SharedSlot::new(kwdefaults),
        attrs: Mutex::new(FunctionAttrs {
            name,
            qualname: Value::Obj(intern(&c.compiled.qualname)),
            doc: Value::None,
            module,
            annotations: Value::None,
            annotate: Value::None,
            type_params: Value::None,
        }),
    };
    if nfree > 0 {
        let _ = f.closure_cells.set(cells.into_boxed_slice());
    }
    Ok(Value::Obj(Object::new(types::builtin().function.clone(), Kind::Function(Box::new(f)))))
}

/// Calls of the `cell` type: `CellType()` (empty) or `CellType(contents)`.
pub fn construct_cell(args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("cell() takes no keyword arguments"));
    }
    let contents = match args.pos() {
        [] => None,
        [v] => Some(v.clone()),
        more => return Err(PyErr::type_error(format!("cell expected at most 1 argument, got {}", more.len()))),
    };
    let cell = crate::function::Cell(Mutex::new(contents));
    Ok(Value::Obj(Object::new(types::builtin().cell.clone(), Kind::Cell(cell))))
}
