//! `typing.Generic` and the aliases subscripting a generic class gives (`Box[int]`, CPython's
//! `typing._GenericAlias`): `Generic[T, U]` as a base, the checks of `Generic.__class_getitem__`
//! and of `Generic.__init_subclass__` (which sets `__parameters__` from `__orig_bases__`),
//! argument-count checks with PEP 696 defaults, `__mro_entries__`, calls that set
//! `__orig_class__`.

use std::sync::OnceLock;

use super::typevar::{default_of, is_typevartuple};
use super::{add_methods, add_properties, type_repr, union_or, union_ror};
use crate::builtins::{add_classmethod, intern, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{self, Layout, TypeData};
use crate::value::Value;
use crate::PyResult;

/// `typing.Generic`: an ordinary base class; instances are plain objects.
pub fn generic_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let b = types::builtin();
        let data = TypeData::new("Generic", vec![b.object.clone()], vec![b.object.clone()], Layout::Plain, true);
        let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
        t.make_immortal();
        let dict = &t.as_type().expect("type").dict;
        dict.set_str(intern("__module__"), new_str("typing"));
        dict.set_str(intern("__doc__"), new_str("Abstract base class for generic types."));
        add_classmethod(&t, "__class_getitem__", class_getitem);
        add_classmethod(&t, "__init_subclass__", init_subclass);
        t
    })
}

/// `Box[int]`: a generic class with arguments.
pub(super) struct UserGenericAlias {
    origin: Value,
    /// A tuple.
    args: Value,
}

fn alias_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = super::new_type("_GenericAlias", Layout::Special, false);
        add_methods(
            &t,
            &[
                ("__repr__", alias_repr),
                ("__call__", alias_call),
                ("__eq__", alias_eq),
                ("__hash__", alias_hash),
                ("__getattr__", alias_getattr),
                ("__mro_entries__", alias_mro_entries),
                ("__instancecheck__", alias_check),
                ("__subclasscheck__", alias_check),
                ("__or__", union_or),
                ("__ror__", union_ror),
                ("__getitem__", alias_getitem),
            ],
        );
        add_properties(&t, &[("__origin__", alias_origin), ("__args__", alias_args), ("__parameters__", alias_parameters)]);
        t
    })
}

fn new_alias(origin: Value, args: Vec<Value>) -> Value {
    Value::Obj(Object::new(alias_type().clone(), Kind::Native(Box::new(UserGenericAlias { origin, args: new_tuple(args) }))))
}

fn as_alias(v: &Value) -> Option<&UserGenericAlias> {
    v.as_obj().and_then(|o| o.as_native::<UserGenericAlias>())
}

fn is_typevar_like(v: &Value) -> bool {
    v.as_obj().is_some_and(super::typevar::is_typevar_like)
}

fn is_class(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.as_type().is_some())
}

/// The type variables `args` use, in order of first appearance (looking inside aliases and
/// unions).
pub fn collect_parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    collect_into(vm, args, &mut out, 0)?;
    Ok(out)
}

fn collect_into(vm: &mut Vm, args: &[Value], out: &mut Vec<Value>, depth: usize) -> PyResult<()> {
    for arg in args {
        if is_class(arg) {
            continue;
        }
        if is_typevar_like(arg) {
            if !out.iter().any(|t| t.is(arg)) {
                out.push(arg.clone());
            }
            continue;
        }
        if depth > 64 {
            continue;
        }
        let inner = match arg.as_obj() {
            Some(o) if ObjRef::ptr_eq(&o.class(), &types::builtin().tuple) || ObjRef::ptr_eq(&o.class(), &types::builtin().list) => {
                crate::builtins::new_tuple(vm.collect_iterable(arg)?)
            }
            Some(_) if as_alias(arg).is_some() => as_alias(arg).expect("alias").args.clone(),
            Some(o) if o.as_native::<crate::builtins::GenericAlias>().is_some() || o.as_native::<crate::generic_alias::Union>().is_some() => {
                vm.getattr(arg, &intern("__args__"))?
            }
            // Aliases written in Python (the `typing` module's) list their own parameters.
            Some(o) if !matches!(o.kind, Kind::Str(_) | Kind::Int(_) | Kind::Bytes(_)) => {
                let params = match vm.getattr(arg, &intern("__parameters__")) {
                    Ok(p) => p,
                    Err(e) if e.is("AttributeError") => continue,
                    Err(e) => return Err(e),
                };
                for p in params.as_tuple().unwrap_or(&[]).to_vec() {
                    if is_typevar_like(&p) && !out.iter().any(|t| t.is(&p)) {
                        out.push(p);
                    }
                }
                continue;
            }
            _ => continue,
        };
        let items = inner.as_tuple().unwrap_or(&[]).to_vec();
        collect_into(vm, &items, out, depth + 1)?;
    }
    Ok(())
}

/// CALL_INTRINSIC_1 SubscriptGeneric: `Generic[*type_params]` for a generic class's bases.
pub(super) fn subscript_generic(vm: &mut Vm, params: &Value) -> PyResult<Value> {
    let g = Value::Obj(generic_type().clone());
    generic_getitem(vm, &g, params)
}

/// `cls[params]` for Generic and its subclasses.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__class_getitem__", &args, 2, 2)?;
    generic_getitem(vm, &args.values[0], &args.values[1])
}

fn generic_getitem(vm: &mut Vm, cls: &Value, params: &Value) -> PyResult<Value> {
    let raw: Vec<Value> = match params.as_obj() {
        Some(o) if ObjRef::ptr_eq(&o.class(), &types::builtin().tuple) => o.as_tuple().unwrap_or(&[]).to_vec(),
        _ => vec![params.clone()],
    };
    // None stands for NoneType.
    let mut params: Vec<Value> = raw.into_iter().map(|p| if p.is_none() { Value::Obj(types::builtin().none_type.clone()) } else { p }).collect();
    let is_generic = cls.as_obj().is_some_and(|c| ObjRef::ptr_eq(c, generic_type()));
    if is_generic {
        if params.is_empty() {
            return Err(PyErr::type_error("Parameter list to Generic[...] cannot be empty"));
        }
        if !params.iter().all(is_typevar_like) {
            return Err(PyErr::type_error("Parameters to Generic[...] must all be type variables or parameter specification variables."));
        }
        for (i, p) in params.iter().enumerate() {
            if params[..i].iter().any(|q| q.is(p)) {
                return Err(PyErr::type_error("Parameters to Generic[...] must all be unique"));
            }
        }
        return Ok(new_alias(cls.clone(), params));
    }
    let class_params = match vm.getattr(cls, &intern("__parameters__")) {
        Ok(t) => t.as_tuple().map(<[Value]>::to_vec).unwrap_or_default(),
        Err(e) if e.is("AttributeError") => Vec::new(),
        Err(e) => return Err(e),
    };
    if class_params.iter().any(is_typevartuple) {
        // Variadic generics take any number of arguments.
        return Ok(new_alias(cls.clone(), params));
    }
    // PEP 696: missing arguments take the parameters' defaults.
    for (i, p) in class_params.iter().enumerate() {
        if i >= params.len() {
            match default_of(vm, p)? {
                Some(d) => params.push(d),
                None => break,
            }
        }
    }
    check_specialization(vm, cls, &class_params, params.len())?;
    Ok(new_alias(cls.clone(), params))
}

fn check_specialization(vm: &mut Vm, cls: &Value, class_params: &[Value], actual: usize) -> PyResult<()> {
    let expected = class_params.len();
    if expected == 0 {
        return Err(PyErr::type_error(format!("{} is not a generic class", vm.repr_string(cls)?)));
    }
    if actual == expected {
        return Ok(());
    }
    let expect = if actual < expected {
        let mut with_default = 0;
        for p in class_params {
            if default_of(vm, p)?.is_some() {
                with_default += 1;
            }
        }
        format!("at least {}", expected - with_default)
    } else {
        expected.to_string()
    };
    let which = if actual > expected { "many" } else { "few" };
    Err(PyErr::type_error(format!("Too {which} arguments for {}; actual {actual}, expected {expect}", vm.repr_string(cls)?)))
}

/// `Generic.__init_subclass__`: sets the subclass's `__parameters__` from `__orig_bases__`.
fn init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().ok_or_else(|| PyErr::type_error("__init_subclass__ needs a class"))?;
    let Some(t) = cls.as_obj().and_then(|o| o.as_type()) else {
        return Err(PyErr::type_error("__init_subclass__ needs a class"));
    };
    let cls_obj = cls.as_obj().expect("class").clone();
    if !args.kwnames.is_empty() {
        // super(Generic, cls).__init_subclass__(**kwargs): object's takes none.
        return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", t.name)));
    }
    let generic = Value::Obj(generic_type().clone());
    let orig_bases = t.dict.get_str("__orig_bases__");
    let plain_generic = match &orig_bases {
        Some(ob) => ob.as_tuple().unwrap_or(&[]).iter().any(|b| b.is(&generic)),
        None => t.bases.iter().any(|b| ObjRef::ptr_eq(b, generic_type())),
    };
    // typing.Protocol and generic TypedDicts derive from plain Generic (as in CPython's check).
    let exempt = orig_bases.is_none() && (&*t.name == "Protocol" || cls_obj.class().as_type().is_some_and(|m| &*m.name == "_TypedDictMeta"));
    if plain_generic && !exempt {
        return Err(PyErr::type_error("Cannot inherit from plain Generic"));
    }
    let mut tvars = Vec::new();
    if let Some(ob) = orig_bases {
        let bases = ob.as_tuple().unwrap_or(&[]).to_vec();
        tvars = collect_parameters(vm, &bases)?;
        let mut gvars: Option<Vec<Value>> = None;
        for base in &bases {
            if let Some(a) = as_alias(base) {
                if a.origin.is(&generic) {
                    if gvars.is_some() {
                        return Err(PyErr::type_error("Cannot inherit from Generic[...] multiple times."));
                    }
                    gvars = Some(a.args.as_tuple().unwrap_or(&[]).to_vec());
                }
            }
        }
        if let Some(gvars) = gvars {
            let missing: Vec<&Value> = tvars.iter().filter(|t| !gvars.iter().any(|g| g.is(t))).collect();
            if !missing.is_empty() {
                let mut s_vars = Vec::new();
                for m in missing {
                    s_vars.push(vm.str_string(m)?);
                }
                let mut s_args = Vec::new();
                for g in &gvars {
                    s_args.push(vm.str_string(g)?);
                }
                return Err(PyErr::type_error(format!("Some type variables ({}) are not listed in Generic[{}]", s_vars.join(", "), s_args.join(", "))));
            }
            tvars = gvars;
        }
    }
    t.dict.set_str(intern("__parameters__"), new_tuple(tvars));
    t.modified();
    let _ = cls_obj;
    Ok(Value::None)
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a UserGenericAlias> {
    args.values.first().and_then(as_alias).ok_or_else(|| PyErr::type_error("expected a typing._GenericAlias"))
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args)?;
    let (origin, items) = (a.origin.clone(), a.args.as_tuple().unwrap_or(&[]).to_vec());
    let mut parts = Vec::new();
    for item in &items {
        parts.push(type_repr(vm, item)?);
    }
    let inside = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
    Ok(new_str(format!("{}[{inside}]", type_repr(vm, &origin)?)))
}

/// Calling the alias makes an instance of the origin that remembers the alias.
fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(&args)?.origin.clone();
    let result = vm.call(&origin, &args.values[1..], args.kwnames)?;
    match vm.generic_setattr(&result, "__orig_class__", Some(args.values[0].clone())) {
        Ok(()) => {}
        Err(e) if e.is("AttributeError") || e.is("TypeError") => {}
        Err(e) => return Err(e),
    }
    Ok(result)
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args)?;
    crate::builtins::check_args("__eq__", &args, 2, 2)?;
    let Some(b) = as_alias(&args.values[1]) else {
        return Ok(Value::Obj(crate::builtins::not_implemented().clone()));
    };
    let (a_origin, a_args, b_origin, b_args) = (a.origin.clone(), a.args.clone(), b.origin.clone(), b.args.clone());
    Ok(Value::Bool(vm.eq(&a_origin, &b_origin)? && vm.eq(&a_args, &b_args)?))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args)?;
    let pair = new_tuple(vec![a.origin.clone(), a.args.clone()]);
    Ok(Value::Int(vm.hash(&pair)?))
}

/// Attributes the alias lacks come from the origin (its name, its methods...).
fn alias_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(&args)?.origin.clone();
    crate::builtins::check_args("__getattr__", &args, 2, 2)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    let is_dunder = name.starts_with("__") && name.ends_with("__");
    if is_dunder && !matches!(name.as_str(), "__name__" | "__qualname__" | "__module__" | "__doc__") {
        return Err(PyErr::new("AttributeError", name));
    }
    vm.getattr(&origin, &intern(&name))
}

/// As a base: the origin class (`Generic[...]` gives nothing when a later base is another
/// subscripted generic, which brings Generic itself).
fn alias_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args)?;
    crate::builtins::check_args("__mro_entries__", &args, 2, 2)?;
    let origin = a.origin.clone();
    let bases = args.values[1].as_tuple().unwrap_or(&[]).to_vec();
    let me = &args.values[0];
    let index = bases.iter().position(|b| b.is(me)).unwrap_or(0);
    let generic = generic_type();
    if origin.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, generic)) {
        for b in &bases[(index + 1).min(bases.len())..] {
            if as_alias(b).is_some() && !b.is(me) {
                return Ok(new_tuple(vec![]));
            }
        }
        return Ok(new_tuple(vec![origin]));
    }
    let _ = vm;
    Ok(new_tuple(vec![origin]))
}

fn alias_check(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::type_error("Subscripted generics cannot be used with class and instance checks"))
}

/// `Box[T][int]`: the alias with its type variables substituted.
fn alias_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__getitem__", &args, 2, 2)?;
    let alias = this(&args)?;
    let (origin, members) = (alias.origin.clone(), alias.args.as_tuple().unwrap_or(&[]).to_vec());
    let out = crate::generic_alias::substitute(vm, &args.values[0], &members, &args.values[1])?;
    Ok(new_alias(origin, out))
}

fn alias_origin(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.origin.clone())
}

fn alias_args(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.args.clone())
}

fn alias_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(&args)?.args.as_tuple().unwrap_or(&[]).to_vec();
    Ok(new_tuple(collect_parameters(vm, &items)?))
}
