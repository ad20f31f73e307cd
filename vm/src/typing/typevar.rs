//! `TypeVar`, `ParamSpec`, `TypeVarTuple` (one Rust struct, three Python types), `P.args` /
//! `P.kwargs`, and the `typing.NoDefault` sentinel.

use std::sync::OnceLock;

use super::{Lazy, add_methods, add_properties, caller_module, new_type, union_or, union_ror};
use crate::builtins::{new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::Layout;
use crate::value::Value;
use crate::PyResult;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavor {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// A type variable of any flavor.
pub(super) struct TypeParam {
    flavor: Flavor,
    name: Value,
    /// The bound (TypeVar, ParamSpec) or the constraints tuple (TypeVar).
    bound: Lazy,
    constraints: Lazy,
    default: Lazy,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
    module: Value,
}

fn typevar_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("TypeVar", Layout::Special, false);
        add_methods(&t, &[("__repr__", param_repr), ("has_default", has_default), ("__or__", union_or), ("__ror__", union_ror), ("__typing_subst__", typing_subst)]);
        add_properties(
            &t,
            &[
                ("__bound__", bound),
                ("__constraints__", constraints),
                ("__default__", default),
                ("__covariant__", covariant),
                ("__contravariant__", contravariant),
                ("__infer_variance__", infer_variance),
                ("evaluate_bound", evaluate_bound),
                ("evaluate_constraints", evaluate_constraints),
                ("evaluate_default", evaluate_default),
            ],
        );
        t
    })
}

fn paramspec_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("ParamSpec", Layout::Special, false);
        add_methods(&t, &[("__repr__", param_repr), ("has_default", has_default), ("__or__", union_or), ("__ror__", union_ror), ("__typing_subst__", typing_subst)]);
        add_properties(
            &t,
            &[
                ("__bound__", bound),
                ("__default__", default),
                ("__covariant__", covariant),
                ("__contravariant__", contravariant),
                ("__infer_variance__", infer_variance),
                ("evaluate_default", evaluate_default),
                ("args", paramspec_args),
                ("kwargs", paramspec_kwargs),
            ],
        );
        t
    })
}

fn typevartuple_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("TypeVarTuple", Layout::Special, false);
        add_methods(&t, &[("__repr__", param_repr), ("has_default", has_default), ("__typing_subst__", typing_subst), ("__iter__", typevartuple_iter)]);
        add_properties(&t, &[("__default__", default), ("evaluate_default", evaluate_default)]);
        t
    })
}

/// `*Ts`: iterating a TypeVarTuple gives `typing.Unpack[Ts]` once.
fn typevartuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__iter__", &args, 1, 1)?;
    let typing = vm.import_absolute("typing")?;
    let unpack = vm.getattr(&typing, &crate::builtins::intern("Unpack"))?;
    let item = vm.getitem(&unpack, &args.values[0])?;
    vm.iter(&crate::builtins::new_list(vec![item]))
}

/// `P.args` / `P.kwargs`.
struct ParamSpecPart {
    origin: Value,
    kwargs: bool,
}

fn paramspec_part_type(kwargs: bool) -> &'static ObjRef {
    static ARGS: OnceLock<ObjRef> = OnceLock::new();
    static KWARGS: OnceLock<ObjRef> = OnceLock::new();
    let cell = if kwargs { &KWARGS } else { &ARGS };
    cell.get_or_init(|| {
        let t = new_type(if kwargs { "ParamSpecKwargs" } else { "ParamSpecArgs" }, Layout::Special, false);
        add_methods(&t, &[("__repr__", part_repr), ("__eq__", part_eq)]);
        add_properties(&t, &[("__origin__", part_origin)]);
        t
    })
}

/// The types `_typing` exports, by name.
pub(super) fn types() -> [(&'static str, &'static ObjRef); 5] {
    [
        ("TypeVar", typevar_type()),
        ("ParamSpec", paramspec_type()),
        ("TypeVarTuple", typevartuple_type()),
        ("ParamSpecArgs", paramspec_part_type(false)),
        ("ParamSpecKwargs", paramspec_part_type(true)),
    ]
}

/// `typing.NoDefault`.
pub fn no_default() -> Value {
    static O: OnceLock<ObjRef> = OnceLock::new();
    let o = O.get_or_init(|| {
        let t = new_type("NoDefaultType", Layout::Special, false);
        t.as_type().expect("type").dict.set_str(crate::builtins::intern("__module__"), new_str("builtins"));
        add_methods(&t, &[("__repr__", no_default_repr)]);
        let o = Object::new(t, Kind::Native(Box::new(NoDefaultMarker)));
        o.make_immortal();
        o
    });
    Value::Obj(o.clone())
}

/// The payload of the `typing.NoDefault` singleton.
struct NoDefaultMarker;

fn no_default_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(new_str("typing.NoDefault"))
}

pub(super) fn is_typevar_like(o: &ObjRef) -> bool {
    o.as_native::<TypeParam>().is_some()
}

/// Whether `v` is a TypeVarTuple.
pub(super) fn is_typevartuple(v: &Value) -> bool {
    v.as_obj().and_then(|o| o.as_native::<TypeParam>()).is_some_and(|p| p.flavor == Flavor::TypeVarTuple)
}

/// The default of a type parameter if it has one (evaluating it).
pub(super) fn default_of(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v.as_obj().and_then(|o| o.as_native::<TypeParam>()) {
        Some(p) => Ok(p.default.get(vm)?.filter(|d| !d.is(&no_default()))),
        None => Ok(None),
    }
}

fn new_param(p: TypeParam) -> Value {
    let class = match p.flavor {
        Flavor::TypeVar => typevar_type(),
        Flavor::ParamSpec => paramspec_type(),
        Flavor::TypeVarTuple => typevartuple_type(),
    };
    Value::Obj(Object::new(class.clone(), Kind::Native(Box::new(p))))
}

fn empty(flavor: Flavor, name: Value, module: Value) -> TypeParam {
    TypeParam {
        flavor,
        name,
        bound: Lazy::value(None),
        constraints: Lazy::value(None),
        default: Lazy::value(None),
        covariant: false,
        contravariant: false,
        infer_variance: flavor != Flavor::TypeVarTuple,
        module,
    }
}

/// A type parameter of a generic def, class or alias (variance inferred).
pub(super) fn from_intrinsic(flavor: Flavor, name: Value) -> Value {
    new_param(empty(flavor, name, new_str("typing")))
}

/// `T: bound` or `T: (constraints)`, evaluated lazily by `f`.
pub(super) fn with_lazy_bound(name: Value, f: Value, constraints: bool) -> Value {
    let p = empty(Flavor::TypeVar, name, new_str("typing"));
    if constraints { p.constraints.set_evaluate(f) } else { p.bound.set_evaluate(f) }
    new_param(p)
}

pub(super) fn set_lazy_default(param: &Value, f: Value) -> PyResult<()> {
    let p = param.as_obj().and_then(|o| o.as_native::<TypeParam>()).ok_or_else(|| PyErr::type_error("expected a type parameter"))?;
    p.default.set_evaluate(f);
    Ok(())
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a TypeParam> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<TypeParam>()).ok_or_else(|| PyErr::type_error("expected a type variable"))
}

fn param_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args)?;
    let name = p.name.as_str().map(str::to_string).unwrap_or_default();
    let prefix = if p.flavor == Flavor::TypeVarTuple || p.infer_variance {
        ""
    } else if p.covariant {
        "+"
    } else if p.contravariant {
        "-"
    } else {
        "~"
    };
    Ok(new_str(format!("{prefix}{name}")))
}

/// `__name__` and `__module__` (instance attributes: the type has its own).
pub(super) fn attribute(o: &ObjRef, n: &str) -> Option<Value> {
    let p = o.as_native::<TypeParam>()?;
    match n {
        "__name__" => Some(p.name.clone()),
        "__module__" => Some(p.module.clone()),
        _ => None,
    }
}

fn bound(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.bound.get(vm)?.unwrap_or(Value::None))
}

fn constraints(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.constraints.get(vm)?.unwrap_or_else(|| new_tuple(vec![])))
}

fn default(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.default.get(vm)?.unwrap_or_else(no_default))
}

/// A default was given, lazily or as a value other than NoDefault.
fn has_default(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.default.is_set_to_other_than(&no_default())))
}

fn covariant(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.covariant))
}

fn contravariant(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.contravariant))
}

fn infer_variance(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.infer_variance))
}

fn evaluate_bound(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.bound.evaluator())
}

fn evaluate_constraints(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.constraints.evaluator())
}

fn evaluate_default(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.default.evaluator())
}

/// `T.__typing_subst__(arg)`: what substituting `arg` for the variable gives.
fn typing_subst(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args)?;
    crate::builtins::check_args("__typing_subst__", &args, 2, 2)?;
    Ok(args.values[1].clone())
}

fn paramspec_args(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args)?;
    Ok(part(args.values[0].clone(), false))
}

fn paramspec_kwargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args)?;
    Ok(part(args.values[0].clone(), true))
}

fn part(origin: Value, kwargs: bool) -> Value {
    Value::Obj(Object::new(paramspec_part_type(kwargs).clone(), Kind::Native(Box::new(ParamSpecPart { origin, kwargs }))))
}

fn this_part<'a>(args: &Args<'a>) -> PyResult<&'a ParamSpecPart> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<ParamSpecPart>()).ok_or_else(|| PyErr::type_error("expected ParamSpecArgs or ParamSpecKwargs"))
}

fn part_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_part(&args)?;
    let (origin, kwargs) = (p.origin.clone(), p.kwargs);
    // Shown through the ParamSpec's name, whatever its variance.
    let name = match origin.as_obj().and_then(|o| o.as_native::<TypeParam>()) {
        Some(tp) => tp.name.as_str().map(str::to_string).unwrap_or_default(),
        None => vm.repr_string(&origin)?,
    };
    Ok(new_str(format!("{name}.{}", if kwargs { "kwargs" } else { "args" })))
}

fn part_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_part(&args)?;
    let other = args.values.get(1).and_then(|v| v.as_obj()).and_then(|o| o.as_native::<ParamSpecPart>());
    Ok(match other {
        Some(o) if o.kwargs == p.kwargs => Value::Bool(o.origin.is(&p.origin)),
        _ => Value::Obj(crate::builtins::not_implemented().clone()),
    })
}

fn part_origin(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this_part(&args)?.origin.clone())
}

/// Reads keyword arguments by name, rejecting unknown ones as CPython's argument parser does.
struct Keywords<'a> {
    values: Vec<(&'a str, &'a Value)>,
}

impl<'a> Keywords<'a> {
    fn parse(args: &Args<'a>, func: &str, allowed: &[&str]) -> PyResult<Keywords<'a>> {
        let values: Vec<(&str, &Value)> = args.kw().collect();
        for (k, _) in &values {
            if !allowed.contains(k) {
                return Err(PyErr::type_error(format!("{func}() got an unexpected keyword argument '{k}'")));
            }
        }
        Ok(Keywords { values })
    }

    fn get(&self, name: &str) -> Option<&'a Value> {
        self.values.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    fn flag(&self, vm: &mut Vm, name: &str) -> PyResult<bool> {
        match self.get(name) {
            Some(v) => vm.is_true(v),
            None => Ok(false),
        }
    }
}

/// The `name` argument of the constructors.
fn name_argument(vm: &Vm, args: &Args, func: &str, kw: &Keywords) -> PyResult<Value> {
    let name = match (args.pos().first(), kw.get("name")) {
        (Some(_), Some(_)) => return Err(PyErr::type_error(format!("argument for {func}() given by name ('name') and position (1)"))),
        (Some(v), None) | (None, Some(v)) => v.clone(),
        (None, None) => return Err(PyErr::type_error(format!("{func}() missing required argument 'name' (pos 1)"))),
    };
    if name.as_str().is_none() {
        return Err(PyErr::type_error(format!("{func}() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    Ok(name)
}

/// `typing._type_check` as far as the constructors need it: None means NoneType; tuples and
/// plain Generic are not types.
fn type_check(vm: &mut Vm, v: &Value, message: &str) -> PyResult<Value> {
    if v.is_none() {
        return Ok(Value::Obj(crate::types::builtin().none_type.clone()));
    }
    if let Some(o) = v.as_obj() {
        if ObjRef::ptr_eq(o, super::generic_type()) {
            return Err(PyErr::type_error("Plain typing.Generic is not valid as type argument"));
        }
        if ObjRef::ptr_eq(&o.class(), &crate::types::builtin().tuple) {
            let r = vm.repr_string(v)?;
            let r: String = r.chars().take(100).collect();
            return Err(PyErr::type_error(format!("{message} Got {r}.")));
        }
    }
    Ok(v.clone())
}

/// A `default=` argument, NoDefault when absent (constructed type parameters keep it as their
/// default value, so `evaluate_default` gives an evaluator of NoDefault).
fn default_argument(kw: &Keywords) -> Value {
    kw.get("default").cloned().unwrap_or_else(no_default)
}

fn variance(vm: &mut Vm, kw: &Keywords) -> PyResult<(bool, bool, bool)> {
    let covariant = kw.flag(vm, "covariant")?;
    let contravariant = kw.flag(vm, "contravariant")?;
    let infer = kw.flag(vm, "infer_variance")?;
    if covariant && contravariant {
        return Err(PyErr::value_error("Bivariant types are not supported."));
    }
    if infer && (covariant || contravariant) {
        return Err(PyErr::value_error("Variance cannot be specified with infer_variance."));
    }
    Ok((covariant, contravariant, infer))
}

/// `TypeVar(...)`, `ParamSpec(...)`, `TypeVarTuple(...)` called from Python.
pub(super) fn construct(vm: &mut Vm, cls: &ObjRef, args: Args) -> Option<PyResult<Value>> {
    let flavor = if ObjRef::ptr_eq(cls, typevar_type()) {
        Flavor::TypeVar
    } else if ObjRef::ptr_eq(cls, paramspec_type()) {
        Flavor::ParamSpec
    } else if ObjRef::ptr_eq(cls, typevartuple_type()) {
        Flavor::TypeVarTuple
    } else {
        return None;
    };
    Some(construct_flavor(vm, flavor, args))
}

fn construct_flavor(vm: &mut Vm, flavor: Flavor, args: Args) -> PyResult<Value> {
    let (func, allowed): (&str, &[&str]) = match flavor {
        Flavor::TypeVar => ("typevar", &["name", "bound", "covariant", "contravariant", "infer_variance", "default"]),
        Flavor::ParamSpec => ("paramspec", &["name", "bound", "covariant", "contravariant", "infer_variance", "default"]),
        Flavor::TypeVarTuple => ("typevartuple", &["name", "default"]),
    };
    let kw = Keywords::parse(&args, func, allowed)?;
    let name = name_argument(vm, &args, func, &kw)?;
    let pos = args.pos();
    let extra = pos.get(1..).unwrap_or(&[]);
    if flavor != Flavor::TypeVar && !extra.is_empty() {
        return Err(PyErr::type_error(format!("{func}() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut p = empty(flavor, name, caller_module(vm));
    if flavor != Flavor::TypeVarTuple {
        let (covariant, contravariant, infer) = variance(vm, &kw)?;
        p.covariant = covariant;
        p.contravariant = contravariant;
        p.infer_variance = infer;
        let bound = match kw.get("bound") {
            Some(b) if !b.is_none() => Some(type_check(vm, b, "Bound must be a type.")?),
            _ => None,
        };
        if flavor == Flavor::TypeVar {
            if extra.len() == 1 {
                return Err(PyErr::type_error("A single constraint is not allowed"));
            }
            if !extra.is_empty() && bound.is_some() {
                return Err(PyErr::type_error("Constraints cannot be combined with bound=..."));
            }
            let mut constraints = Vec::with_capacity(extra.len());
            for c in extra {
                constraints.push(type_check(vm, c, "TypeVar(name, constraint, ...): constraints must be types.")?);
            }
            if !constraints.is_empty() {
                p.constraints = Lazy::value(Some(new_tuple(constraints)));
            }
        }
        p.bound = Lazy::value(bound);
    }
    p.default = Lazy::value(Some(default_argument(&kw)));
    Ok(new_param(p))
}
