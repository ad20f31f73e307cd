//! Types implemented in Rust outside the VM crate (the standard library's native modules:
//! `itertools.chain`, `collections.deque`, `operator.itemgetter`, ...).
//!
//! A native type is an immortal type object whose instances hold a Rust value
//! (`Kind::Native`). Calling the type runs its registered constructor (found along the MRO, so a
//! Python subclass of a native type builds the native part the same way and then runs its own
//! `__init__`). Iterators implement [`IterNext`] and are wrapped in [`ExtIterator`], which the
//! VM's `next()` calls directly instead of going through a `__next__` method call.

use std::any::Any;
use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::RwLock;

use crate::builtins::{intern, native_function, new_str};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::object::{Kind, NativeObject, Object, ObjRef};
use crate::types::{self, Layout, TypeData};
use crate::value::Value;
use crate::PyResult;

/// Builds an instance of `cls` (the native type or a Python subclass of it) from call arguments.
pub type NativeCtor = fn(&mut Vm, &ObjRef, Args) -> PyResult<Value>;

fn constructors() -> &'static RwLock<HashMap<usize, NativeCtor>> {
    static C: OnceLock<RwLock<HashMap<usize, NativeCtor>>> = OnceLock::new();
    C.get_or_init(Default::default)
}

/// A new native type `module.name` deriving from `base` (object when None). `ctor` makes
/// instances; without one, calling the type raises "cannot create 'name' instances".
pub fn new_type(name: &str, module: &str, base: Option<&ObjRef>, subclassable: bool, ctor: Option<NativeCtor>) -> ObjRef {
    let b = types::builtin();
    let base = base.cloned().unwrap_or_else(|| b.object.clone());
    let tail = types::c3_mro_tail(std::slice::from_ref(&base)).unwrap_or_else(|_| vec![b.object.clone()]);
    let layout = base.as_type().map_or(Layout::Special, |d| if d.layout == Layout::Plain { Layout::Special } else { d.layout });
    let mut data = TypeData::new(name, vec![base], tail, layout, true);
    data.subclassable = subclassable;
    data.dict.set_str(intern("__module__"), new_str(module));
    let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    if let Some(ctor) = ctor {
        constructors().write().insert(t.addr(), ctor);
    }
    t
}

/// The constructor registered for `cls` or the nearest base that has one.
pub(crate) fn constructor_of(cls: &ObjRef) -> Option<NativeCtor> {
    let table = constructors().read();
    if table.is_empty() {
        return None;
    }
    types::mro(cls).iter().find_map(|t| table.get(&t.addr()).copied())
}

/// How `type.__call__` constructs native types (None: `cls` is not one).
pub(crate) fn construct(vm: &mut Vm, cls: &ObjRef, args: Args) -> Option<PyResult<Value>> {
    let ctor = constructor_of(cls)?;
    Some(ctor(vm, cls, args))
}

/// An instance of `cls` holding `value`.
pub fn new_instance<T: NativeObject>(cls: &ObjRef, value: T) -> Value {
    Value::Obj(Object::new(cls.clone(), Kind::Native(Box::new(value))))
}

/// Adds a method implemented in Rust (`args.values[0]` is the instance).
pub fn add_method(t: &ObjRef, name: &str, f: NativeFn) {
    crate::builtins::add_method(t, name, f);
}

/// Adds several methods.
pub fn add_methods(t: &ObjRef, methods: &[(&str, NativeFn)]) {
    for (name, f) in methods {
        add_method(t, name, *f);
    }
}

/// Adds a classmethod implemented in Rust (`args.values[0]` is the class).
pub fn add_classmethod(t: &ObjRef, name: &str, f: NativeFn) {
    crate::builtins::add_classmethod(t, name, f);
}

/// Adds a staticmethod implemented in Rust.
pub fn add_staticmethod(t: &ObjRef, name: &str, f: NativeFn) {
    crate::builtins::add_staticmethod(t, name, f);
}

/// Adds a read-only property computed by a Rust function of the instance.
pub fn add_getter(t: &ObjRef, name: &str, f: NativeFn) {
    add_property(t, name, f, None);
}

/// Adds a property with a Rust getter and an optional Rust setter (`(self, value)`).
pub fn add_property(t: &ObjRef, name: &str, get: NativeFn, set: Option<NativeFn>) {
    let b = types::builtin();
    let fget = Value::Obj(native_function(name, None, get));
    let fset = set.map_or(Value::None, |s| Value::Obj(native_function(name, None, s)));
    let p = Object::new(b.property.clone(), Kind::Property { fget, fset, fdel: Value::None, doc: Value::None, name: parking_lot::Mutex::new(Value::None) });
    p.make_immortal();
    t.as_type().expect("type").dict.set_str(intern(name), Value::Obj(p));
}

/// Sets a class attribute.
pub fn set_attr(t: &ObjRef, name: &str, value: Value) {
    t.as_type().expect("type").dict.set_str(intern(name), value);
}

/// The Rust value of type `T` inside `args.values[0]`, or the TypeError CPython raises when a
/// method descriptor is applied to the wrong object.
pub fn this<'a, T: Any>(args: &Args<'a>, type_name: &str) -> PyResult<&'a T> {
    let v = args.values.first();
    if let Some(x) = v.and_then(|v| v.as_obj()).and_then(|o| native_of::<T>(o)) {
        return Ok(x);
    }
    Err(PyErr::type_error(format!("descriptor requires a '{type_name}' object")))
}

/// The Rust value of type `T` inside `o` (also inside an [`ExtIterator`]).
pub fn native_of<T: Any>(o: &ObjRef) -> Option<&T> {
    if let Some(x) = o.as_native::<T>() {
        return Some(x);
    }
    o.as_native::<ExtIterator>().and_then(|it| IterNext::as_any(&*it.0).downcast_ref::<T>())
}

/// A Rust iterator. Implementations keep their state behind their own lock and release it
/// before running Python code (an inner iterator, a predicate), so an iterator shared between
/// threads never deadlocks or crashes (items may interleave, as in CPython's free-threaded build).
pub trait IterNext: Any + Send + Sync {
    /// The next item, or None when exhausted.
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>>;
    fn as_any(&self) -> &dyn Any;
}

/// The object stored in a native iterator instance.
pub struct ExtIterator(pub Box<dyn IterNext>);

/// A new iterator instance of `cls`. The type should have `__iter__`/`__next__` from
/// [`add_iterator_methods`].
pub fn new_iterator<T: IterNext>(cls: &ObjRef, it: T) -> Value {
    Value::Obj(Object::new(cls.clone(), Kind::Native(Box::new(ExtIterator(Box::new(it))))))
}

/// Adds `__iter__` (returns self) and `__next__` to an iterator type.
pub fn add_iterator_methods(t: &ObjRef) {
    add_method(t, "__iter__", iter_self);
    add_method(t, "__next__", iter_next);
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.values.first().cloned().ok_or_else(|| PyErr::type_error("descriptor '__iter__' needs an argument"))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(it) = args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<ExtIterator>()) else {
        return Err(PyErr::type_error("descriptor '__next__' requires an iterator"));
    };
    match it.0.next(vm)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args("StopIteration", vec![])),
    }
}
