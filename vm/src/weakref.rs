//! Weak references (`_weakref`): `ref` objects that do not keep their referent alive, cleared
//! when the referent is freed, with callbacks run afterwards.
//!
//! Design: no field in the object header. A process-wide registry maps each weakly referenced
//! object's address to the addresses of the `ref` objects pointing at it, and a flag bit in the
//! referent's reference count (`ObjRef::mark_weakly_referenced`) tells its free to clear them
//! (objects never weakly referenced pay nothing). Turning a weak reference into a strong one
//! happens under the registry lock and only succeeds while the count is not zero; a referent
//! being freed takes the same lock before its memory goes away, so neither side can see freed
//! memory. Callbacks need the interpreter, which the free does not have: they are queued on the
//! freeing thread and run at the dispatch loop's next safe point (the same point where freed
//! generators are closed), never while a lock is held.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::sync::LazyLock;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::builtins::new_list;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::native_type;
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::PyResult;

/// Referent address → addresses of the `ref` objects that point at it, oldest first.
static REGISTRY: LazyLock<Mutex<HashMap<usize, Vec<usize>>>> = LazyLock::new(Default::default);

/// The payload of a `weakref.ReferenceType` instance.
pub struct WeakRef {
    /// The referent's address; 0 once it died. Read and written under the registry lock.
    target: AtomicUsize,
    /// The address of the `ref` object holding this payload (set right after it is made).
    self_addr: AtomicUsize,
    callback: Mutex<Value>,
    /// The referent's hash, kept once computed so a dead reference still hashes.
    hash: Mutex<Option<i64>>,
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        // A reference that dies before its referent unregisters itself (its callback never runs).
        // The lock is taken even when the referent looks dead: a `clear_referent` that cleared
        // it may still be using this object, and it holds the lock until it is done.
        let mut registry = REGISTRY.lock();
        let target = self.target.load(Ordering::Relaxed);
        if target == 0 {
            return;
        }
        let me = self.self_addr.load(Ordering::Relaxed);
        if let Some(refs) = registry.get_mut(&target) {
            refs.retain(|&r| r != me);
            if refs.is_empty() {
                registry.remove(&target);
            }
        }
    }
}

thread_local! {
    /// Callbacks of references cleared on this thread: (the reference, its callback).
    static CALLBACKS: RefCell<VecDeque<(ObjRef, Value)>> = const { RefCell::new(VecDeque::new()) };
}

/// Called by the free of a weakly referenced object (its count is zero, its memory still
/// allocated): clears every reference to it and queues their callbacks.
pub(crate) fn clear_referent(addr: usize) {
    let mut queued = Vec::new();
    // Callbacks of references that are themselves dying: released after the lock (freeing them
    // may free other weakly referenced objects, which takes the lock again).
    let mut released = Vec::new();
    {
        let mut registry = REGISTRY.lock();
        let Some(refs) = registry.remove(&addr) else { return };
        for r in refs {
            // SAFETY: a registered `ref` object is allocated until its payload's drop has
            // unregistered it, which needs the lock we hold.
            let object = unsafe { &*(r as *const crate::object::Object) };
            let Some(weak) = object.as_native::<WeakRef>() else { continue };
            weak.target.store(0, Ordering::Relaxed);
            let callback = std::mem::replace(&mut *weak.callback.lock(), Value::None);
            if callback.is_none() {
                continue;
            }
            // SAFETY: as above. A reference that is itself being freed gets no callback.
            match unsafe { ObjRef::upgrade_weak(r) } {
                Some(strong) => queued.push((strong, callback)),
                None => released.push(callback),
            }
        }
    }
    drop(released);
    if !queued.is_empty() {
        // CPython calls the newest reference's callback first.
        queued.reverse();
        CALLBACKS.with(|c| c.borrow_mut().extend(queued));
        crate::generator::request_finalizers();
    }
}

impl Vm {
    /// Runs the callbacks of weak references cleared on this thread.
    pub(crate) fn run_weakref_callbacks(&mut self) {
        while let Some((weak, callback)) = CALLBACKS.with(|c| c.borrow_mut().pop_front()) {
            if let Err(e) = self.call(&callback, &[Value::Obj(weak)], &[]) {
                let text = crate::traceback::format_unraisable(self, &e);
                let what = self.repr_string(&callback).unwrap_or_default();
                crate::sys::flush_stdout();
                eprint!("Exception ignored while calling weakref callback {what}:\n{text}");
            }
        }
    }
}

/// The strong reference a weak one gives, if the referent is alive.
pub fn referent(weak: &WeakRef) -> Option<ObjRef> {
    let _registry = REGISTRY.lock();
    let target = weak.target.load(Ordering::Relaxed);
    if target == 0 {
        return None;
    }
    // SAFETY: the referent is registered (target is non-zero under the lock), so its free has
    // not yet passed `clear_referent`, which needs this lock: its memory is allocated.
    unsafe { ObjRef::upgrade_weak(target) }
}

/// `weakref.ReferenceType`.
pub fn ref_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("weakref.ReferenceType", "weakref", None, true, Some(ref_new));
        native_type::add_methods(
            &t,
            &[
                ("__init__", ref_init),
                ("__call__", ref_call),
                ("__hash__", ref_hash),
                ("__eq__", ref_eq),
                ("__ne__", ref_ne),
                ("__repr__", ref_repr),
            ],
        );
        native_type::add_getter(&t, "__callback__", ref_callback);
        native_type::add_classmethod(&t, "__class_getitem__", crate::builtins::class_getitem);
        t
    })
}

/// Whether objects of this kind and class can be weakly referenced (CPython's
/// `tp_weaklistoffset`): instances of classes with a `__weakref__` slot and a few built-in types.
fn weakrefable(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.kind {
        Kind::Function(_) | Kind::BuiltinFunction(_) | Kind::BoundMethod(_) | Kind::Code(_) | Kind::Type(_) | Kind::Generator(_) | Kind::Module => true,
        _ => crate::builtins::class_supports_weakrefs(&o.class()),
    }
}

/// The reference objects pointing at `obj`, oldest first.
fn references_to(obj: &ObjRef) -> Vec<ObjRef> {
    let registry = REGISTRY.lock();
    let Some(refs) = registry.get(&obj.addr()) else { return Vec::new() };
    // SAFETY: registered `ref` objects are allocated while registered (see `clear_referent`).
    refs.iter().filter_map(|&r| unsafe { ObjRef::upgrade_weak(r) }).collect()
}

fn this(args: &Args) -> PyResult<&'static WeakRef> {
    let v = args.values.first().and_then(|v| v.as_obj()).ok_or_else(|| PyErr::type_error("descriptor requires a 'weakref.ReferenceType' object"))?;
    let weak = native_type::native_of::<WeakRef>(v).ok_or_else(|| PyErr::type_error("descriptor requires a 'weakref.ReferenceType' object"))?;
    // SAFETY: the payload lives as long as the object, which `args` keeps alive for the call;
    // the 'static only saves threading the argument lifetime through the callers.
    Ok(unsafe { &*(weak as *const WeakRef) })
}

/// `weakref.ref(obj, callback=None)` (and its subclasses).
fn ref_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if !args.kwnames.is_empty() && ObjRef::ptr_eq(cls, ref_type()) {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(PyErr::type_error("__new__ expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", pos.len())));
    }
    let target = &pos[0];
    let callback = pos.get(1).cloned().unwrap_or(Value::None);
    new_ref(vm, cls, target, callback)
}

/// A new reference of class `cls` to `target` (the existing plain one when it can be shared).
pub fn new_ref(vm: &mut Vm, cls: &ObjRef, target: &Value, callback: Value) -> PyResult<Value> {
    if !weakrefable(target) {
        let name = vm.type_name(target);
        return Err(PyErr::type_error(format!("cannot create weak reference to '{name}' object")));
    }
    let Value::Obj(target) = target else { unreachable_weakrefable() };
    let exact = ObjRef::ptr_eq(cls, ref_type());
    if exact && callback.is_none() {
        // Plain references without a callback are shared, as in CPython.
        if let Some(existing) = references_to(target).into_iter().find(|r| ObjRef::ptr_eq(&r.class(), ref_type()) && r.as_native::<WeakRef>().is_some_and(|w| w.callback.lock().is_none())) {
            return Ok(Value::Obj(existing));
        }
    }
    let weak = WeakRef { target: AtomicUsize::new(target.addr()), self_addr: AtomicUsize::new(0), callback: Mutex::new(callback), hash: Mutex::new(None) };
    let object = native_type::new_instance(cls, weak);
    let Value::Obj(o) = &object else { unreachable_weakrefable() };
    o.as_native::<WeakRef>().expect("weakref payload").self_addr.store(o.addr(), Ordering::Relaxed);
    target.mark_weakly_referenced();
    REGISTRY.lock().entry(target.addr()).or_default().push(o.addr());
    Ok(object)
}

#[cold]
fn unreachable_weakrefable() -> ! {
    unreachable!("weakrefable values are objects")
}

/// `ref.__init__`: the work is done by `__new__`; accepts what it accepts.
fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let weak = this(&args)?;
    if args.values.len() > 1 {
        if !args.kwnames.is_empty() {
            return Err(PyErr::type_error("weakref() takes no keyword arguments"));
        }
        return Err(PyErr::type_error(format!("weakref expected 0 arguments, got {}", args.values.len() - 1)));
    }
    Ok(referent(weak).map_or(Value::None, Value::Obj))
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let weak = this(&args)?;
    if let Some(h) = *weak.hash.lock() {
        return Ok(Value::Int(h));
    }
    let Some(target) = referent(weak) else {
        return Err(PyErr::type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(target))?;
    *weak.hash.lock() = Some(h);
    Ok(Value::Int(h))
}

/// Equal references: both referents alive and equal, or else the same reference object.
fn ref_compare(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let weak = this(args)?;
    let Some(other) = args.values.get(1).and_then(|v| v.as_obj()).and_then(|o| native_type::native_of::<WeakRef>(o)) else {
        return Ok(None);
    };
    match (referent(weak), referent(other)) {
        (Some(a), Some(b)) => Ok(Some(vm.eq(&Value::Obj(a), &Value::Obj(b))?)),
        _ => Ok(Some(std::ptr::eq(weak, other))),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(crate::builtins::not_implemented().clone()),
    })
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(crate::builtins::not_implemented().clone()),
    })
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let weak = this(&args)?;
    let me = args.values[0].as_obj().map_or(0, |o| o.addr());
    let text = match referent(weak) {
        None => format!("<weakref at {me:#x}; dead>"),
        Some(target) => {
            let target = Value::Obj(target);
            // CPython's `%T`: the type's qualified name (`Outer.Inner`).
            let class = vm.class_of(&target);
            let type_name = class.as_type().map_or_else(String::new, |t| t.qualname.to_string());
            let addr = target.as_obj().map_or(0, |o| o.addr());
            // The `__name__` its type gives it (looked up as a special method, as CPython's
            // repr does), when that is a str, follows in parentheses.
            match special_name(vm, &target)? {
                Some(n) => format!("<weakref at {me:#x}; to '{type_name}' at {addr:#x} ({n})>"),
                None => format!("<weakref at {me:#x}; to '{type_name}' at {addr:#x}>"),
            }
        }
    };
    Ok(crate::builtins::new_str(text))
}

/// `__name__` found on the type of `v` (bound if it is a descriptor), if it is a str.
fn special_name(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let class = vm.class_of(v);
    let Some(found) = crate::types::lookup(&class, "__name__") else { return Ok(None) };
    let found_class = vm.class_of(&found);
    let name = match crate::types::lookup(&found_class, "__get__") {
        Some(get) => match vm.call(&get, &[found.clone(), v.clone(), Value::Obj(class.clone())], &[]) {
            Ok(n) => n,
            Err(e) if e.is("AttributeError") => return Ok(None),
            Err(e) => return Err(e),
        },
        None => found,
    };
    Ok(name.as_str().map(|s| s.to_string()))
}

fn ref_callback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.callback.lock().clone())
}

fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &args.values[0] {
        Value::Obj(o) => references_to(o).len() as i64,
        _ => 0,
    }))
}

fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("getweakrefs", &args, 1, 1)?;
    Ok(new_list(match &args.values[0] {
        Value::Obj(o) => references_to(o).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    }))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead reference.
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("_remove_dead_weakref", &args, 2, 2)?;
    let (d, key) = (&args.values[0], &args.values[1]);
    let current = vm.call_method(d, "get", std::slice::from_ref(key))?.unwrap_or(Value::None);
    let dead = current.as_obj().and_then(|o| native_type::native_of::<WeakRef>(o)).is_some_and(|w| referent(w).is_none());
    if dead {
        vm.call_method(d, "pop", &[key.clone(), Value::None])?;
    }
    Ok(Value::None)
}

/// The first reference to `obj` (its `__weakref__` attribute), or None.
pub(crate) fn first_reference(obj: &Value) -> Value {
    match obj {
        Value::Obj(o) => references_to(o).into_iter().next().map_or(Value::None, Value::Obj),
        _ => Value::None,
    }
}

/// The `_weakref` module.
pub fn init_module(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    crate::modules::add_functions(module, &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("_remove_dead_weakref", remove_dead_weakref)]);
    let dict = module.as_dict().expect("dict");
    let t = Value::Obj(ref_type().clone());
    dict.set_str(crate::builtins::intern("ref"), t.clone());
    dict.set_str(crate::builtins::intern("ReferenceType"), t);
    Ok(())
}
