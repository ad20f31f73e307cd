//! `_thread._local` (`threading.local`): an object whose attributes are per thread.
//!
//! Each thread keeps its own map from local-object id to that thread's `__dict__` for it; the
//! VM's attribute lookup asks [`current_dict`] for a local's instance dict instead of the
//! object header's. Ids are never reused, so a dict cannot outlive its object into another
//! object. A thread's dicts are dropped when the thread ends; a local's dict on a thread that
//! lives on is dropped when the local object dies only if that thread is the one dropping it
//! (the others keep an unreachable dict until they end — CPython clears them eagerly).
//!
//! The first time a thread other than the creator touches a local, the local's class
//! `__init__` runs again with the constructor's arguments, as CPython does for subclasses.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::dict::new_dict_object;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::native_type;
use crate::object::ObjRef;
use crate::types;
use crate::value::Value;
use crate::PyResult;

thread_local! {
    static DICTS: RefCell<HashMap<u64, ObjRef>> = RefCell::new(HashMap::new());
}

/// The Rust state of a `_thread._local`.
pub struct ThreadLocal {
    id: u64,
    /// Constructor arguments, replayed into `__init__` on each new thread: positional values,
    /// then keyword values named by `kwnames`.
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

impl Drop for ThreadLocal {
    fn drop(&mut self) {
        let id = self.id;
        let dict = DICTS.try_with(|m| m.borrow_mut().remove(&id)).ok().flatten();
        drop(dict);
    }
}

pub(super) fn local_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| native_type::new_type("_local", "_thread", None, true, Some(new_local)))
}

fn has_own_init(cls: &ObjRef) -> bool {
    let object_init = types::lookup(&types::builtin().object, "__init__");
    match (types::lookup(cls, "__init__"), object_init) {
        (Some(Value::Obj(a)), Some(Value::Obj(b))) => !ObjRef::ptr_eq(&a, &b),
        _ => false,
    }
}

fn new_local(_vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    if !args.values.is_empty() && !has_own_init(cls) {
        return Err(PyErr::type_error("Initialization arguments are not supported"));
    }
    static NEXT_ID: AtomicU64 = AtomicU64::new(1);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let local = ThreadLocal { id, args: args.values.to_vec(), kwnames: args.kwnames.to_vec() };
    // The creating thread's dict exists from the start: `type.__call__` runs `__init__` on it.
    DICTS.with(|m| m.borrow_mut().insert(id, new_dict_object()));
    Ok(native_type::new_instance(cls, local))
}

/// The calling thread's `__dict__` for the local object `obj`, made (and `__init__` run)
/// on this thread's first use.
pub(crate) fn current_dict(vm: &mut Vm, obj: &ObjRef, local: &ThreadLocal) -> PyResult<ObjRef> {
    let id = local.id;
    if let Some(d) = DICTS.with(|m| m.borrow().get(&id).cloned()) {
        return Ok(d);
    }
    let d = new_dict_object();
    DICTS.with(|m| m.borrow_mut().insert(id, d.clone()));
    let cls = obj.class().clone();
    if has_own_init(&cls) {
        if let Some(init) = types::lookup(&cls, "__init__") {
            let mut call_args = Vec::with_capacity(local.args.len() + 1);
            call_args.push(Value::Obj(obj.clone()));
            call_args.extend(local.args.iter().cloned());
            if let Err(e) = vm.call(&init, &call_args, &local.kwnames) {
                let removed = DICTS.with(|m| m.borrow_mut().remove(&id));
                drop(removed);
                return Err(e);
            }
        }
    }
    Ok(d)
}

/// Drops the ending thread's local dicts (called by the thread itself before it exits, while
/// its `Vm` still exists).
pub(super) fn forget_thread_dicts() {
    let all = DICTS.with(|m| std::mem::take(&mut *m.borrow_mut()));
    drop(all);
}
