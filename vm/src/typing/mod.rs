//! PEP 695 / PEP 696 runtime objects: `TypeVar`, `ParamSpec`, `TypeVarTuple` (with their lazily
//! evaluated bounds, constraints and defaults), `TypeAliasType`, `Generic` and the aliases that
//! subscripting a generic class gives; the CALL_INTRINSIC helpers that generic defs, classes and
//! `type` statements compile to; and the native `_typing` module that exposes the types.
//!
//! CPython implements `Generic[...]` and `Box[int]` by calling into the Python `typing` module;
//! ophis has no Python standard library yet, so `generic.rs` does that part natively with the
//! same results and messages.

mod alias;
mod generic;
mod typevar;

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::builtins::{add_method, intern, native_function, new_str};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

pub use generic::{collect_parameters, generic_type};
pub use typevar::no_default;

/// `annotationlib.Format.STRING`.
const FORMAT_STRING: i64 = 4;

/// A built-in type of the `typing` module (immortal, not subclassable unless `base_of` is set).
fn new_type(name: &str, layout: Layout, subclassable: bool) -> ObjRef {
    let b = types::builtin();
    let mut data = TypeData::new(name, vec![b.object.clone()], vec![b.object.clone()], layout, true);
    data.subclassable = subclassable;
    let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    t.as_type().expect("type").dict.set_str(intern("__module__"), new_str("typing"));
    t
}

/// Adds read-only properties computed by Rust functions of the instance.
fn add_properties(t: &ObjRef, properties: &[(&str, NativeFn)]) {
    let b = types::builtin();
    let data = t.as_type().expect("type");
    for (name, f) in properties {
        let fget = Value::Obj(native_function(name, None, *f));
        let p = Object::new(b.property.clone(), Kind::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None, name: parking_lot::Mutex::new(Value::None) });
        p.make_immortal();
        data.dict.set_str(intern(name), Value::Obj(p));
    }
}

fn add_methods(t: &ObjRef, methods: &[(&str, NativeFn)]) {
    for (name, f) in methods {
        add_method(t, name, *f);
    }
}

/// A bound, constraints tuple, default or alias value that is either given or computed on first
/// use by a compiler-generated function of `format`.
pub(crate) struct Lazy(Mutex<LazyState>);

#[derive(Clone, Default)]
struct LazyState {
    value: Option<Value>,
    evaluate: Option<Value>,
}

impl Lazy {
    fn value(v: Option<Value>) -> Lazy {
        Lazy(Mutex::new(LazyState { value: v, evaluate: None }))
    }

    fn set_evaluate(&self, f: Value) {
        *self.0.lock() = LazyState { value: None, evaluate: Some(f) };
    }

    /// Whether there is a function to compute the value, or a value that is not `unset`.
    fn is_set_to_other_than(&self, unset: &Value) -> bool {
        let s = self.0.lock();
        s.evaluate.is_some() || s.value.as_ref().is_some_and(|v| !v.is(unset))
    }

    /// The value, computing (and remembering) it if needed; None when there is none.
    fn get(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let state = self.0.lock().clone();
        if let Some(v) = state.value {
            return Ok(Some(v));
        }
        let Some(f) = state.evaluate else { return Ok(None) };
        let v = vm.call(&f, &[], &[])?;
        self.0.lock().value = Some(v.clone());
        Ok(Some(v))
    }

    /// What `evaluate_*` gives: the compiler-generated function, a constant evaluator for a
    /// given value, or None.
    fn evaluator(&self) -> Value {
        let state = self.0.lock().clone();
        match (state.evaluate, state.value) {
            (Some(f), _) => f,
            (None, Some(v)) => const_evaluator(v),
            (None, None) => Value::None,
        }
    }
}

/// `annotationlib`'s evaluator of a value given directly (`TypeVar("T", bound=int)`).
struct ConstEvaluator {
    value: Value,
}

fn const_evaluator_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("constevaluator", Layout::Special, false);
        add_methods(&t, &[("__call__", const_evaluator_call), ("__repr__", const_evaluator_repr)]);
        t
    })
}

fn const_evaluator(value: Value) -> Value {
    Value::Obj(Object::new(const_evaluator_type().clone(), Kind::Native(Box::new(ConstEvaluator { value }))))
}

fn this_const_evaluator<'a>(args: &Args<'a>) -> PyResult<&'a ConstEvaluator> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<ConstEvaluator>()).ok_or_else(|| PyErr::type_error("expected a constevaluator"))
}

fn const_evaluator_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = this_const_evaluator(&args)?.value.clone();
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("constevaluator() takes no keyword arguments"));
    }
    let format = match args.pos().get(1) {
        Some(Value::Int(i)) => *i,
        Some(other) => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
        None => return Err(PyErr::type_error("constevaluator() missing required argument 'format' (pos 1)")),
    };
    if format == FORMAT_STRING {
        return Ok(new_str(type_repr(vm, &value)?));
    }
    Ok(value)
}

fn const_evaluator_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = this_const_evaluator(&args)?.value.clone();
    Ok(new_str(format!("<constevaluator {}>", vm.repr_string(&value)?)))
}

/// How `typing` shows a type argument: classes by (module-qualified) name, `...`, functions by
/// name, tuples (ParamSpec arguments) as lists, anything else by repr.
pub(crate) fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Some(t) = o.as_type() {
            let module = t.dict.get_str("__module__").and_then(|m| m.as_str().map(|s| s.to_string()));
            return Ok(match module.as_deref() {
                None | Some("builtins") => t.qualname.to_string(),
                Some(m) => format!("{m}.{}", t.qualname),
            });
        }
        if ObjRef::ptr_eq(o, crate::builtins::ellipsis()) {
            return Ok("...".into());
        }
        if let Kind::Function(f) = &o.kind {
            let name = f.attrs.lock().name.clone();
            return Ok(name.as_str().map(str::to_string).unwrap_or_default());
        }
        if let Some(items) = o.as_tuple().filter(|_| ObjRef::ptr_eq(&o.class(), &types::builtin().tuple)) {
            let items = items.to_vec();
            let mut parts = Vec::new();
            for item in &items {
                parts.push(type_repr(vm, item)?);
            }
            return Ok(format!("[{}]", parts.join(", ")));
        }
    }
    vm.repr_string(v)
}

/// The `__name__` of the module whose code is running (what `TypeVar("T").__module__` is).
fn caller_module(vm: &Vm) -> Value {
    vm.frames.last().and_then(|f| f.globals.as_dict().and_then(|d| d.get_str("__name__"))).unwrap_or(Value::None)
}

/// Whether `v` may be a member of a `X | Y` union besides classes and None.
pub fn is_union_member(v: &Value) -> bool {
    let Some(o) = v.as_obj() else { return false };
    typevar::is_typevar_like(o) || o.as_native::<alias::TypeAlias>().is_some() || o.as_native::<generic::UserGenericAlias>().is_some()
}

/// Attributes of typing objects that their types also have (`__name__`, `__module__`).
pub fn native_attribute(o: &ObjRef, n: &str) -> Option<Value> {
    typevar::attribute(o, n).or_else(|| alias::attribute(o, n))
}

/// `a | b` for the typing objects: a union (or NotImplemented).
fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__or__", &args, 2, 2)?;
    crate::generic_alias::make_union(vm, &args.values[0], &args.values[1])
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__ror__", &args, 2, 2)?;
    crate::generic_alias::make_union(vm, &args.values[1], &args.values[0])
}

/// CALL_INTRINSIC_1 helpers for generics; `globals` are the running code's.
pub fn intrinsic1(vm: &mut Vm, op: ophis_compiler::Intrinsic1, v: Value, globals: &ObjRef) -> PyResult<Value> {
    use ophis_compiler::Intrinsic1 as I;
    match op {
        I::TypeVar => Ok(typevar::from_intrinsic(typevar::Flavor::TypeVar, v)),
        I::ParamSpec => Ok(typevar::from_intrinsic(typevar::Flavor::ParamSpec, v)),
        I::TypeVarTuple => Ok(typevar::from_intrinsic(typevar::Flavor::TypeVarTuple, v)),
        I::SubscriptGeneric => generic::subscript_generic(vm, &v),
        I::TypeAlias => {
            let module = globals.as_dict().and_then(|d| d.get_str("__name__")).unwrap_or(Value::None);
            alias::from_intrinsic(v, module)
        }
        other => Err(PyErr::new("SystemError", format!("intrinsic {} is not a typing intrinsic", other.name()))),
    }
}

/// CALL_INTRINSIC_2 helpers for generics.
pub fn intrinsic2(_vm: &mut Vm, op: ophis_compiler::Intrinsic2, a: Value, b: Value) -> PyResult<Value> {
    use ophis_compiler::Intrinsic2 as I;
    match op {
        I::TypeVarWithBound => Ok(typevar::with_lazy_bound(a, b, false)),
        I::TypeVarWithConstraints => Ok(typevar::with_lazy_bound(a, b, true)),
        I::SetTypeparamDefault => {
            typevar::set_lazy_default(&a, b)?;
            Ok(a)
        }
        I::SetFunctionTypeParams => {
            if let Some(Kind::Function(f)) = a.kind() {
                f.attrs.lock().type_params = b;
            }
            Ok(a)
        }
        other => Err(PyErr::new("SystemError", format!("intrinsic {} is not a typing intrinsic", other.name()))),
    }
}

/// How `type(...)` calls construct the typing types (None: `cls` is not one of them).
pub(crate) fn construct(vm: &mut Vm, cls: &ObjRef, args: Args) -> Option<PyResult<Value>> {
    if ObjRef::ptr_eq(cls, alias::alias_type()) {
        return Some(alias::construct(vm, args));
    }
    typevar::construct(vm, cls, args)
}

/// Fills the `_typing` module.
pub fn init_module(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let dict = module.as_dict().expect("dict");
    dict.set_str(intern("__doc__"), new_str("Native parts of the typing module: type parameters, type aliases, Generic.\n"));
    for (name, t) in typevar::types() {
        dict.set_str(intern(name), Value::Obj(t.clone()));
    }
    dict.set_str(intern("NoDefault"), no_default());
    dict.set_str(intern("TypeAliasType"), Value::Obj(alias::alias_type().clone()));
    dict.set_str(intern("Generic"), Value::Obj(generic_type().clone()));
    dict.set_str(intern("Union"), Value::Obj(crate::generic_alias::union_type().clone()));
    crate::modules::add_functions(module, &[("_idfunc", idfunc)]);
    Ok(())
}

fn idfunc(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("_idfunc", &args, 1, 1)?;
    Ok(args.values[0].clone())
}
