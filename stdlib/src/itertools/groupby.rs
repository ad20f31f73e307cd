//! `groupby` and its `_grouper` sub-iterators.
//!
//! As in CPython, the groupby object and its groupers share one cursor over the source: a
//! grouper produces items only while it is the current group (the groupby object moving on to
//! the next key invalidates it).

use ophis_vm::builtins::new_tuple;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyResult, Value, Vm};
use parking_lot::Mutex;
use std::sync::Arc;

use super::iter_type;
use crate::util::Signature;

iter_type!(groupby_type, "groupby", Some(groupby_new), true);
iter_type!(grouper_type, "_grouper", None, false);

/// The state shared by a groupby object and its groupers.
struct Shared {
    source: Value,
    key: Option<Value>,
    state: Mutex<GroupState>,
}

struct GroupBy(Arc<Shared>);

struct Grouper {
    parent: Arc<Shared>,
    generation: u64,
}

#[derive(Default)]
struct GroupState {
    /// The key of the group being produced.
    target: Option<Value>,
    /// The key and value of the item last read from the source.
    current_key: Option<Value>,
    current_value: Option<Value>,
    /// Which grouper is current (groupers remember the generation they were made in).
    generation: u64,
}

fn groupby_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "groupby", pos: &["iterable", "key"], required: 1, kwonly: &[] };
    let p = sig.parse(&args)?;
    let source = vm.iter(p[0].as_ref().expect("required"))?;
    let key = p[1].clone().filter(|k| !k.is_none());
    Ok(native_type::new_iterator(cls, GroupBy(Arc::new(Shared { source, key, state: Mutex::new(GroupState::default()) }))))
}

impl Shared {
    /// Reads the next item and its key; false when the source is exhausted.
    fn step(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(value) = vm.next(&self.source)? else { return Ok(false) };
        let key = match &self.key {
            Some(f) => vm.call(f, std::slice::from_ref(&value), &[])?,
            None => value.clone(),
        };
        let mut st = self.state.lock();
        st.current_value = Some(value);
        st.current_key = Some(key);
        Ok(true)
    }
}

impl IterNext for GroupBy {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let shared = &self.0;
        shared.state.lock().generation += 1;
        // Skip the rest of the current group.
        loop {
            let (current, target) = {
                let st = shared.state.lock();
                (st.current_key.clone(), st.target.clone())
            };
            match (current, target) {
                (None, _) => {
                    if !shared.step(vm)? {
                        return Ok(None);
                    }
                }
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !vm.eq(&t, &c)? {
                        break;
                    }
                    if !shared.step(vm)? {
                        return Ok(None);
                    }
                }
            }
        }
        let (key, generation) = {
            let mut st = shared.state.lock();
            st.target = st.current_key.clone();
            (st.current_key.clone().unwrap_or(Value::None), st.generation)
        };
        let grouper = native_type::new_iterator(grouper_type(), Grouper { parent: shared.clone(), generation });
        Ok(Some(new_tuple(vec![key, grouper])))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl IterNext for Grouper {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let shared = &self.parent;
        if shared.state.lock().generation != self.generation {
            return Ok(None);
        }
        if shared.state.lock().current_value.is_none() && !shared.step(vm)? {
            return Ok(None);
        }
        let (target, current) = {
            let st = shared.state.lock();
            (st.target.clone(), st.current_key.clone())
        };
        let (Some(target), Some(current)) = (target, current) else { return Ok(None) };
        if !vm.eq(&target, &current)? {
            return Ok(None);
        }
        Ok(shared.state.lock().current_value.take())
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
