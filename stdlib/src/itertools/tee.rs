//! `tee` and its `_tee` iterators: several independent cursors over one source.
//!
//! Items read from the source are kept in a singly linked list of nodes; each `_tee` holds the
//! node it will read next, so an item is freed once every cursor has moved past it.

use std::sync::{Arc, OnceLock};

use ophis_vm::builtins::new_tuple;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use crate::util::{count_error, getattr_str};

pub(super) fn tee_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| super::iterator_type("_tee", Some(tee_new), false, &[("__copy__", tee_copy)]))
}

pub(super) fn tee_data_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| native_type::new_type("_tee_dataobject", "itertools", None, false, None))
}

/// One item of the shared list, filled when some cursor first reads past it.
#[derive(Default)]
struct Node {
    filled: Mutex<Option<(Value, Arc<Node>)>>,
}

impl Drop for Node {
    // Frees the rest of a long list iteratively instead of by recursive drops.
    fn drop(&mut self) {
        let mut next = self.filled.get_mut().take();
        while let Some((_, node)) = next {
            match Arc::try_unwrap(node) {
                Ok(mut node) => next = node.filled.get_mut().take(),
                Err(_) => break,
            }
        }
    }
}

struct Tee {
    source: Value,
    cursor: Mutex<Arc<Node>>,
}

impl IterNext for Tee {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let node = self.cursor.lock().clone();
        let filled = node.filled.lock().clone();
        let (value, next) = match filled {
            Some(f) => f,
            None => {
                let Some(item) = vm.next(&self.source)? else { return Ok(None) };
                let mut f = node.filled.lock();
                // Another thread may have filled the node meanwhile; its item wins.
                f.get_or_insert_with(|| (item, Arc::new(Node::default()))).clone()
            }
        };
        *self.cursor.lock() = next;
        Ok(Some(value))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_tee_from_iterator(source: Value) -> Value {
    native_type::new_iterator(tee_type(), Tee { source, cursor: Mutex::new(Arc::new(Node::default())) })
}

fn tee_new(vm: &mut Vm, _cls: &ObjRef, args: Args) -> PyResult<Value> {
    crate::util::no_kwargs("_tee", &args)?;
    let [iterable] = args.pos() else {
        return Err(count_error("_tee", args.pos().len(), 1, 1));
    };
    let it = vm.iter(iterable)?;
    if let Some(t) = it.as_obj().and_then(native_type::native_of::<Tee>) {
        return Ok(copy_of(t));
    }
    Ok(new_tee_from_iterator(it))
}

fn copy_of(t: &Tee) -> Value {
    let cursor = t.cursor.lock().clone();
    native_type::new_iterator(tee_type(), Tee { source: t.source.clone(), cursor: Mutex::new(cursor) })
}

fn tee_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &Tee = native_type::this(&args, "itertools._tee")?;
    Ok(copy_of(this))
}

/// `itertools.tee(iterable, n=2)`.
pub(super) fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("itertools.tee() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(count_error("tee", pos.len(), 1, 2));
    }
    let n = match pos.get(1) {
        Some(n) => vm.index_value(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    let it = vm.iter(&pos[0])?;
    let copyable = match getattr_str(vm, &it, "__copy__") {
        Ok(_) => it,
        Err(e) if e.is("AttributeError") => new_tee_from_iterator(it),
        Err(e) => return Err(e),
    };
    let copy = getattr_str(vm, &copyable, "__copy__")?;
    let mut out = Vec::new();
    out.try_reserve(n as usize).map_err(|_| crate::util::memory_error())?;
    out.push(copyable);
    for _ in 1..n {
        out.push(vm.call(&copy, &[], &[])?);
    }
    Ok(new_tuple(out))
}
