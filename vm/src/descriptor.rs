//! Attribute descriptors that live in type dicts, as CPython's `getset_descriptor` and
//! `member_descriptor`: an attribute computed from an object's Rust state (`function.__name__`,
//! `int.real`, a class's `__dict__`) or one `__slots__` entry of an instance.
//!
//! Both kinds are data descriptors (they win over the instance `__dict__`), check that the
//! object is an instance of the type that owns them, and raise CPython's errors for read-only
//! attributes. `attr.rs` applies them on its fast paths; the Python-visible methods
//! (`__get__`, `__set__`, `__delete__`, `__repr__`, `__reduce__`) and attributes (`__name__`,
//! `__qualname__`, `__objclass__`, `__doc__`) are installed here.

use crate::builtins::{add_method, intern, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// Reads the attribute `name` of an object (already checked to be an instance of the owner).
pub type Getter = fn(&mut Vm, &Value, &str) -> PyResult<Value>;
/// Sets (`Some`) or deletes (`None`) the attribute `name` of an object.
pub type Setter = fn(&mut Vm, &Value, &str, Option<Value>) -> PyResult<()>;

/// Where the attribute's value lives.
pub enum Access {
    /// Computed by Rust functions; no setter means read-only.
    Native { get: Getter, set: Option<Setter> },
    /// Entry `index` of the instance's slot table (`Kind::Slots`).
    Slot { index: usize },
}

pub struct AttributeDescriptor {
    /// The attribute name (an interned str).
    pub name: ObjRef,
    /// The type whose instances have the attribute (`__objclass__`).
    pub owner: ObjRef,
    pub access: Access,
    pub doc: Option<&'static str>,
    /// A `member_descriptor` (slot entries, plain fields) rather than a `getset_descriptor`.
    pub member: bool,
}

impl AttributeDescriptor {
    fn name_str(&self) -> &str {
        self.name.as_str().map_or("", |s| s.as_str())
    }

    fn owner_name(&self) -> String {
        self.owner.as_type().map(|t| t.name.to_string()).unwrap_or_default()
    }
}

/// The attribute descriptor `v` is, if it is one.
#[inline]
pub fn as_descriptor(v: &Value) -> Option<&AttributeDescriptor> {
    match v {
        Value::Obj(o) => o.as_native::<AttributeDescriptor>(),
        _ => None,
    }
}

fn new_descriptor(d: AttributeDescriptor) -> ObjRef {
    let b = types::builtin();
    let class = if d.member { b.member_descriptor.clone() } else { b.getset_descriptor.clone() };
    Object::new(class, Kind::Native(Box::new(d)))
}

fn install_descriptor(class: &ObjRef, d: AttributeDescriptor) {
    let name = d.name.clone();
    let o = new_descriptor(d);
    o.make_immortal();
    let t = class.as_type().expect("type");
    t.dict.set_str(name, Value::Obj(o));
    t.modified();
}

/// Adds a `getset_descriptor` to a built-in type's namespace.
pub fn add_getset(class: &ObjRef, name: &str, get: Getter, set: Option<Setter>, doc: Option<&'static str>) {
    install_descriptor(class, AttributeDescriptor { name: intern(name), owner: class.clone(), access: Access::Native { get, set }, doc, member: false });
}

/// Adds a `member_descriptor` for a plain field of a built-in type (`function.__module__`).
pub fn add_member(class: &ObjRef, name: &str, get: Getter, set: Option<Setter>, doc: Option<&'static str>) {
    install_descriptor(class, AttributeDescriptor { name: intern(name), owner: class.clone(), access: Access::Native { get, set }, doc, member: true });
}

/// The `member_descriptor` of slot `index` of a class made with `__slots__`.
pub fn slot_member(owner: &ObjRef, name: &str, index: usize) -> Value {
    Value::Obj(new_descriptor(AttributeDescriptor { name: intern(name), owner: owner.clone(), access: Access::Slot { index }, doc: None, member: true }))
}

/// A `getset_descriptor` for a user class (its `__dict__` and `__weakref__` entries).
pub fn heap_getset(owner: &ObjRef, name: &str, get: Getter, set: Option<Setter>) -> Value {
    Value::Obj(new_descriptor(AttributeDescriptor { name: intern(name), owner: owner.clone(), access: Access::Native { get, set }, doc: None, member: false }))
}

impl Vm {
    fn descriptor_check(&self, d: &AttributeDescriptor, obj: &Value) -> PyResult<()> {
        let class = self.class_of(obj);
        if types::is_subtype(&class, &d.owner) {
            return Ok(());
        }
        Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name_str(),
            d.owner_name(),
            self.type_name(obj)
        )))
    }

    /// `descr.__get__(obj)` for an instance `obj`.
    pub fn attribute_descriptor_get(&mut self, d: &AttributeDescriptor, obj: &Value) -> PyResult<Value> {
        self.descriptor_check(d, obj)?;
        match &d.access {
            Access::Native { get, .. } => get(self, obj, d.name_str()),
            Access::Slot { index } => {
                let value = match obj.kind() {
                    Some(Kind::Slots(values)) => values.lock().get(*index).cloned().flatten(),
                    _ => None,
                };
                value.ok_or_else(|| self.attribute_error(obj, d.name_str()))
            }
        }
    }

    /// `descr.__set__(obj, value)`, or `descr.__delete__(obj)` when `value` is None.
    pub fn attribute_descriptor_set(&mut self, d: &AttributeDescriptor, obj: &Value, value: Option<Value>) -> PyResult<()> {
        self.descriptor_check(d, obj)?;
        match &d.access {
            Access::Native { set: Some(set), .. } => set(self, obj, d.name_str(), value),
            Access::Native { set: None, .. } if d.member => Err(PyErr::new("AttributeError", "readonly attribute")),
            Access::Native { set: None, .. } => Err(PyErr::new(
                "AttributeError",
                format!("attribute '{}' of '{}' objects is not writable", d.name_str(), d.owner_name()),
            )),
            Access::Slot { index } => {
                let Some(Kind::Slots(values)) = obj.kind() else {
                    return Err(PyErr::new("AttributeError", d.name_str().to_string()));
                };
                let mut g = values.lock();
                if g.len() <= *index {
                    g.resize(*index + 1, None);
                }
                if value.is_none() && g[*index].is_none() {
                    drop(g);
                    return Err(PyErr::new("AttributeError", d.name_str().to_string()));
                }
                let old = std::mem::replace(&mut g[*index], value);
                drop(g);
                drop(old);
                Ok(())
            }
        }
    }
}

/// Installs the methods and attributes of `getset_descriptor` and `member_descriptor`.
pub fn install() {
    let b = types::builtin();
    for class in [&b.getset_descriptor, &b.member_descriptor] {
        add_method(class, "__get__", descr_get);
        add_method(class, "__set__", descr_set);
        add_method(class, "__delete__", descr_delete);
        add_method(class, "__repr__", descr_repr);
        add_member(class, "__name__", |_, v, _| Ok(Value::Obj(this(v).name.clone())), None, None);
        add_member(class, "__objclass__", |_, v, _| Ok(Value::Obj(this(v).owner.clone())), None, None);
        add_getset(class, "__qualname__", |_, v, _| {
            let d = this(v);
            Ok(new_str(format!("{}.{}", qualname_of(&d.owner), d.name_str())))
        }, None, None);
        add_getset(class, "__doc__", |_, v, _| Ok(this(v).doc.map_or(Value::None, new_str)), None, None);
    }
    add_method(&b.member_descriptor, "__reduce__", descr_reduce);
}

/// The descriptor a getter of the descriptor types receives (checked by `descriptor_check`).
fn this(v: &Value) -> &AttributeDescriptor {
    as_descriptor(v).expect("checked by descriptor_check")
}

fn qualname_of(t: &ObjRef) -> String {
    match t.as_type() {
        Some(data) => match data.dict.get_str("__qualname__") {
            Some(q) if q.as_str().is_some() => q.as_str().map(|s| s.to_string()).unwrap_or_default(),
            _ => data.qualname.to_string(),
        },
        None => String::new(),
    }
}

fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a AttributeDescriptor> {
    let kind = match args.values.first().map(|v| vm.type_name(v)) {
        Some(t) if t == "member_descriptor" => "member_descriptor",
        _ => "getset_descriptor",
    };
    crate::builtins::receiver_as(vm, args, kind, name, as_descriptor)
}

fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__get__")?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("wrapper __get__() takes no keyword arguments"));
    }
    let rest = &args.values[1..];
    if rest.is_empty() || rest.len() > 2 {
        return Err(PyErr::type_error(format!(
            "__get__ expected at {} 1 argument{}, got {}",
            if rest.is_empty() { "least" } else { "most" },
            if rest.is_empty() { "" } else { "s" },
            rest.len()
        )));
    }
    let obj = &rest[0];
    let ty = rest.get(1).unwrap_or(&Value::None);
    if obj.is_none() {
        if ty.is_none() {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(args.values[0].clone());
    }
    vm.attribute_descriptor_get(d, obj)
}

fn descr_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__set__")?;
    let [obj, value] = exact_args::<2>(&args, "__set__")?;
    vm.attribute_descriptor_set(d, obj, Some(value.clone()))?;
    Ok(Value::None)
}

fn descr_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__delete__")?;
    let [obj] = exact_args::<1>(&args, "__delete__")?;
    vm.attribute_descriptor_set(d, obj, None)?;
    Ok(Value::None)
}

fn descr_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__repr__")?;
    let what = if d.member { "member" } else { "attribute" };
    Ok(new_str(format!("<{what} '{}' of '{}' objects>", d.name_str(), d.owner_name())))
}

/// `member.__reduce__()`: `(getattr, (owner, name))`, so the descriptor pickles by reference.
fn descr_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__reduce__")?;
    let getattr = vm.builtins().as_dict().and_then(|b| b.get_str("getattr")).unwrap_or(Value::None);
    Ok(new_tuple(vec![getattr, new_tuple(vec![Value::Obj(d.owner.clone()), Value::Obj(d.name.clone())])]))
}

/// The `N` arguments after the receiver of a slot wrapper ("__set__ expected 2 arguments, got 1").
fn exact_args<'a, const N: usize>(args: &Args<'a>, name: &str) -> PyResult<[&'a Value; N]> {
    let rest = &args.values[1..];
    if !args.kwnames.is_empty() || rest.len() != N {
        return Err(PyErr::type_error(format!("{name} expected {N} argument{}, got {}", if N == 1 { "" } else { "s" }, rest.len())));
    }
    Ok(std::array::from_fn(|i| &rest[i]))
}
