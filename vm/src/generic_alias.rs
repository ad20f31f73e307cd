//! `types.UnionType`: `int | str` (PEP 604), and how type arguments print inside it. (The
//! `list[int]` aliases are `builtins/methods_generic_alias.rs`.)

use std::sync::OnceLock;

use crate::builtins::{add_method, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

/// How a type argument prints inside `list[...]`: classes by qualified name, `...` as is.
fn arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Some(t) = o.as_type() {
            return Ok(t.qualified_name());
        }
        if matches!(o.kind, Kind::Singleton) && o.class_data().name.as_ref() == "ellipsis" {
            return Ok("...".into());
        }
    }
    vm.repr_string(v)
}

/// `int | str`: a `types.UnionType` (PEP 604).
pub struct Union {
    pub args: Vec<Value>,
}

pub(crate) fn union_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let b = types::builtin();
        let data = TypeData::new("typing.Union", vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
        let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
        t.make_immortal();
        t.as_type().expect("type").dict.set_str(crate::builtins::intern("__module__"), crate::builtins::new_str("typing"));
        add_method(&t, "__repr__", union_repr);
        add_method(&t, "__instancecheck__", union_instancecheck);
        add_method(&t, "__subclasscheck__", union_subclasscheck);
        add_method(&t, "__or__", type_or);
        add_method(&t, "__ror__", type_ror);
        add_method(&t, "__eq__", union_eq);
        add_method(&t, "__hash__", union_hash);
        add_method(&t, "__getitem__", union_getitem);
        crate::builtins::add_classmethod(&t, "__class_getitem__", union_class_getitem);
        crate::native_type::add_getter(&t, "__parameters__", union_parameters);
        t
    })
}

/// `typing.Union[X, Y, ...]`: the union of any arguments (3.14 makes `typing.Union` this type).
/// None stands for NoneType and strings become `typing.ForwardRef`s; nested unions are
/// flattened, duplicates dropped, and a single remaining argument is returned as is.
fn union_class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__class_getitem__", &args, 2, 2)?;
    let params = &args.values[1];
    let raw: Vec<Value> = match params.as_obj() {
        Some(o) if ObjRef::ptr_eq(&o.class(), &types::builtin().tuple) => o.as_tuple().unwrap_or(&[]).to_vec(),
        _ => vec![params.clone()],
    };
    if raw.is_empty() {
        return Err(PyErr::type_error("Cannot take a Union of no types."));
    }
    // Classes, None, unions and the native typing objects are members as they are; anything
    // else goes through `typing._type_check` (strings become forward references, ClassVar and
    // the other qualifiers are refused), as CPython's union does.
    let mut checked = Vec::with_capacity(raw.len());
    for arg in raw {
        if union_members(&arg).is_some() {
            checked.push(arg);
            continue;
        }
        let typing = vm.import_absolute("typing")?;
        let type_check = vm.getattr(&typing, &crate::builtins::intern("_type_check"))?;
        let msg = crate::builtins::new_str("Union[arg, ...]: each arg must be a type.");
        checked.push(vm.call(&type_check, &[arg, msg], &[])?);
    }
    union_from_args(vm, checked)
}

fn union_from_args(vm: &mut Vm, raw: Vec<Value>) -> PyResult<Value> {
    let mut members = Vec::new();
    for arg in raw {
        if arg.is_none() {
            members.push(Value::Obj(types::builtin().none_type.clone()));
        } else if arg.as_str().is_some() {
            let typing = vm.import_absolute("typing")?;
            let forward_ref = vm.getattr(&typing, &crate::builtins::intern("ForwardRef"))?;
            members.push(vm.call(&forward_ref, &[arg], &[])?);
        } else if let Some(u) = arg.as_obj().and_then(|o| o.as_native::<Union>()) {
            members.extend(u.args.iter().cloned());
        } else {
            members.push(arg);
        }
    }
    let mut unique: Vec<Value> = Vec::new();
    for v in members {
        let mut dup = false;
        for e in &unique {
            if e.is(&v) || vm.eq(e, &v)? {
                dup = true;
                break;
            }
        }
        if !dup {
            unique.push(v);
        }
    }
    if unique.len() == 1 {
        return Ok(unique.pop().expect("one"));
    }
    Ok(Value::Obj(Object::new(union_type().clone(), Kind::Native(Box::new(Union { args: unique })))))
}

/// The type variables the members use, in order of first appearance.
fn union_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let members = this_union(&args)?.args.clone();
    Ok(new_tuple(crate::typing::collect_parameters(vm, &members)?))
}

/// Unions are equal when they have the same members, in any order.
fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let u = this_union(&args)?;
    let Some(other) = args.values.get(1).and_then(|v| v.as_obj()).and_then(|o| o.as_native::<Union>()) else {
        return Ok(Value::Obj(crate::builtins::not_implemented().clone()));
    };
    let (a, b) = (u.args.clone(), other.args.clone());
    for (x, y) in [(&a, &b), (&b, &a)] {
        for v in x.iter() {
            let mut found = false;
            for w in y.iter() {
                if v.is(w) || vm.eq(v, w)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

/// The hash of the frozenset of the members (equal unions hash alike).
fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let u = this_union(&args)?;
    let set = crate::builtins::new_frozenset(vm, u.args.clone())?;
    Ok(Value::Int(vm.hash(&set)?))
}

/// `(T | None)[int]`: substitutes the union's type variables (in order of first appearance).
fn union_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__getitem__", &args, 2, 2)?;
    let members = this_union(&args)?.args.clone();
    let out = substitute(vm, &args.values[0], &members, &args.values[1])?;
    union_from_args(vm, out)
}

/// The arguments of a subscripted alias (`this`, whose arguments are `members`) with its type
/// variables replaced by `item` (one argument or a tuple of them, in order of first
/// appearance), with CPython's messages for a wrong count.
pub(crate) fn substitute(vm: &mut Vm, this: &Value, members: &[Value], item: &Value) -> PyResult<Vec<Value>> {
    let params = crate::typing::collect_parameters(vm, members)?;
    if params.is_empty() {
        return Err(PyErr::type_error(format!("{} is not a generic class", vm.repr_string(this)?)));
    }
    let given: Vec<Value> = match item.as_obj() {
        Some(o) if ObjRef::ptr_eq(&o.class(), &types::builtin().tuple) => o.as_tuple().unwrap_or(&[]).to_vec(),
        _ => vec![item.clone()],
    };
    if given.len() != params.len() {
        let this = vm.repr_string(this)?;
        return Err(PyErr::type_error(if given.len() > params.len() {
            format!("Too many arguments for {this}; actual {}, expected {}", given.len(), params.len())
        } else {
            format!("Too few arguments for {this}; actual {}, expected at least {}", given.len(), params.len())
        }));
    }
    let mut out = Vec::with_capacity(members.len());
    for m in members {
        out.push(substitute_one(vm, m, &params, &given)?);
    }
    Ok(out)
}

fn substitute_one(vm: &mut Vm, m: &Value, params: &[Value], given: &[Value]) -> PyResult<Value> {
    if let Some(i) = params.iter().position(|p| p.is(m)) {
        return Ok(given[i].clone());
    }
    let b = types::builtin();
    // The parameter list of a Callable: substituted item by item.
    if let Some(o) = m.as_obj().filter(|o| ObjRef::ptr_eq(&o.class(), &b.list) || ObjRef::ptr_eq(&o.class(), &b.tuple)) {
        let is_list = ObjRef::ptr_eq(&o.class(), &b.list);
        let items = vm.collect_iterable(m)?;
        let mut subst = Vec::with_capacity(items.len());
        for item in &items {
            subst.push(substitute_one(vm, item, params, given)?);
        }
        return Ok(if is_list { crate::builtins::new_list(subst) } else { new_tuple(subst) });
    }
    let inner = crate::typing::collect_parameters(vm, std::slice::from_ref(m))?;
    if inner.is_empty() {
        return Ok(m.clone());
    }
    let sub: Vec<Value> = inner.iter().map(|p| params.iter().position(|q| q.is(p)).map_or(p.clone(), |i| given[i].clone())).collect();
    let key = if sub.len() == 1 { sub[0].clone() } else { new_tuple(sub) };
    vm.getitem(m, &key)
}

fn union_members(v: &Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(vec![Value::Obj(types::builtin().none_type.clone())]);
    }
    match v {
        Value::Obj(o) if o.as_type().is_some() => Some(vec![v.clone()]),
        Value::Obj(_) if crate::typing::is_union_member(v) => Some(vec![v.clone()]),
        Value::Obj(o) => o.as_native::<Union>().map(|u| u.args.clone()).or_else(|| o.as_native::<crate::builtins::GenericAlias>().map(|_| vec![v.clone()])),
        _ => None,
    }
}

pub(crate) fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (union_members(a), union_members(b)) else {
        return Ok(Value::Obj(crate::builtins::not_implemented().clone()));
    };
    let mut args: Vec<Value> = Vec::new();
    for v in x.into_iter().chain(y) {
        let mut dup = false;
        for e in &args {
            if e.is(&v) || vm.eq(e, &v)? {
                dup = true;
                break;
            }
        }
        if !dup {
            args.push(v);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().expect("one"));
    }
    Ok(Value::Obj(Object::new(union_type().clone(), Kind::Native(Box::new(Union { args })))))
}

pub(crate) fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__or__", &args, 2, 2)?;
    make_union(vm, &args.values[0], &args.values[1])
}

pub(crate) fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__ror__", &args, 2, 2)?;
    make_union(vm, &args.values[1], &args.values[0])
}

fn this_union<'a>(args: &Args<'a>) -> PyResult<&'a Union> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<Union>()).ok_or_else(|| PyErr::type_error("expected a UnionType"))
}

fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let u = this_union(&args)?;
    let items = u.args.clone();
    let mut parts = Vec::new();
    for i in &items {
        parts.push(match i {
            Value::Obj(o) if ObjRef::ptr_eq(o, &types::builtin().none_type) => "None".to_string(),
            _ => arg_repr(vm, i)?,
        });
    }
    Ok(crate::builtins::new_str(parts.join(" | ")))
}

fn union_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let u = this_union(&args)?;
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    for t in u.args.clone() {
        if crate::builtins::is_instance(vm, &obj, &t)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let u = this_union(&args)?;
    let cls = args.values.get(1).cloned().unwrap_or(Value::None);
    for t in u.args.clone() {
        if crate::builtins::functions_is_subclass(vm, &cls, &t)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `__args__` of a union.
pub fn union_attribute(u: &Union, n: &str) -> Option<Value> {
    match n {
        "__args__" => Some(new_tuple(u.args.clone())),
        "__origin__" => Some(Value::Obj(union_type().clone())),
        _ => None,
    }
}

pub fn install() {
    let b = types::builtin();
    add_method(&b.type_, "__or__", type_or);
    add_method(&b.type_, "__ror__", type_ror);
}
