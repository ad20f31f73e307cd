//! The filtering iterators: `compress`, `dropwhile`, `takewhile`, `filterfalse`.

use std::sync::atomic::{AtomicBool, Ordering};

use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyResult, Value, Vm};

use super::iter_type;
use crate::util::{Signature, positional};

iter_type!(compress_type, "compress", Some(compress_new), true);
iter_type!(dropwhile_type, "dropwhile", Some(dropwhile_new), true);
iter_type!(takewhile_type, "takewhile", Some(takewhile_new), true);
iter_type!(filterfalse_type, "filterfalse", Some(filterfalse_new), true);

/// The next item of `it` (the iterator is never locked: iterators are shared values).
fn next_of(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    vm.next(it)
}

// ---- compress ----

struct Compress {
    data: Value,
    selectors: Value,
}

fn compress_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "compress", pos: &["data", "selectors"], required: 2, kwonly: &[] };
    let p = sig.parse(&args)?;
    let data = vm.iter(p[0].as_ref().expect("required"))?;
    let selectors = vm.iter(p[1].as_ref().expect("required"))?;
    Ok(native_type::new_iterator(cls, Compress { data, selectors }))
}

impl IterNext for Compress {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = next_of(vm, &self.data)? else { return Ok(None) };
            let Some(s) = next_of(vm, &self.selectors)? else { return Ok(None) };
            if vm.is_true(&s)? {
                return Ok(Some(d));
            }
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- dropwhile / takewhile ----

/// `dropwhile` (drop items while the predicate holds) or `takewhile` (produce them until it
/// fails): `done` says the dropping or taking is over.
struct While {
    predicate: Value,
    source: Value,
    done: AtomicBool,
}

fn while_new(vm: &mut Vm, cls: &ObjRef, args: Args, name: &str) -> PyResult<Value> {
    let pos = positional(name, name, &args, 2, 2)?;
    let source = vm.iter(&pos[1])?;
    Ok(native_type::new_iterator(cls, WhileIter { state: While { predicate: pos[0].clone(), source, done: AtomicBool::new(false) }, take: name == "takewhile" }))
}

fn dropwhile_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    while_new(vm, cls, args, "dropwhile")
}

fn takewhile_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    while_new(vm, cls, args, "takewhile")
}

struct WhileIter {
    state: While,
    take: bool,
}

impl IterNext for WhileIter {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (w, take) = (&self.state, self.take);
        if take {
            if w.done.load(Ordering::Acquire) {
                return Ok(None);
            }
            let Some(item) = next_of(vm, &w.source)? else { return Ok(None) };
            let r = vm.call(&w.predicate, std::slice::from_ref(&item), &[])?;
            if vm.is_true(&r)? {
                return Ok(Some(item));
            }
            w.done.store(true, Ordering::Release);
            return Ok(None);
        }
        loop {
            let Some(item) = next_of(vm, &w.source)? else { return Ok(None) };
            if w.done.load(Ordering::Acquire) {
                return Ok(Some(item));
            }
            let r = vm.call(&w.predicate, std::slice::from_ref(&item), &[])?;
            if !vm.is_true(&r)? {
                w.done.store(true, Ordering::Release);
                return Ok(Some(item));
            }
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- filterfalse ----

struct FilterFalse {
    /// None tests the items' own truth.
    function: Value,
    source: Value,
}

fn filterfalse_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = positional("filterfalse", "filterfalse", &args, 2, 2)?;
    let source = vm.iter(&pos[1])?;
    Ok(native_type::new_iterator(cls, FilterFalse { function: pos[0].clone(), source }))
}

impl IterNext for FilterFalse {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = next_of(vm, &self.source)? else { return Ok(None) };
            let keep = if self.function.is_none() {
                !vm.is_true(&item)?
            } else {
                let r = vm.call(&self.function, std::slice::from_ref(&item), &[])?;
                !vm.is_true(&r)?
            };
            if keep {
                return Ok(Some(item));
            }
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
