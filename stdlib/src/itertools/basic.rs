//! The terminating iterators over one or more sources: `accumulate`, `batched`, `chain`,
//! `islice`, `pairwise`, `starmap`, `zip_longest`.

use ophis_compiler::BinaryOp;
use ophis_vm::builtins::new_tuple;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::iter_type;
use crate::util::{Signature, no_kwargs, positional, push_checked};

iter_type!(accumulate_type, "accumulate", Some(accumulate_new), true);
iter_type!(batched_type, "batched", Some(batched_new), true);
iter_type!(islice_type, "islice", Some(islice_new), true);
iter_type!(pairwise_type, "pairwise", Some(pairwise_new), true);
iter_type!(starmap_type, "starmap", Some(starmap_new), true);
iter_type!(zip_longest_type, "zip_longest", Some(zip_longest_new), true);

pub(super) fn chain_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = super::iterator_type("chain", Some(chain_new), true, &[]);
        native_type::add_classmethod(&t, "from_iterable", chain_from_iterable);
        native_type::add_classmethod(&t, "__class_getitem__", class_getitem);
        t
    })
}

/// `cls[item]`: a `types.GenericAlias`.
pub(super) fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional("__class_getitem__", "__class_getitem__", &args, 2, 2)?;
    let alias_type = Value::Obj(ophis_vm::types::builtin().generic_alias.clone());
    vm.call(&alias_type, pos, &[])
}

/// Takes the next item of the iterator in `slot` (cloned out so the lock is not held while it
/// runs); clears the slot when the iterator is exhausted.
fn next_from(vm: &mut Vm, slot: &Mutex<Option<Value>>) -> PyResult<Option<Value>> {
    let Some(it) = slot.lock().clone() else { return Ok(None) };
    let item = vm.next(&it)?;
    if item.is_none() {
        let mut s = slot.lock();
        if s.as_ref().is_some_and(|cur| cur.is(&it)) {
            *s = None;
        }
    }
    Ok(item)
}

// ---- accumulate ----

struct Accumulate {
    source: Mutex<Option<Value>>,
    func: Option<Value>,
    state: Mutex<AccumulateState>,
}

struct AccumulateState {
    total: Option<Value>,
    /// `initial`, until it has been produced.
    initial: Option<Value>,
}

fn accumulate_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "accumulate", pos: &["iterable", "func"], required: 1, kwonly: &["initial"] };
    let p = sig.parse(&args)?;
    let source = vm.iter(p[0].as_ref().expect("required"))?;
    let func = p[1].clone().filter(|f| !f.is_none());
    let initial = p[2].clone().filter(|f| !f.is_none());
    let state = AccumulateState { total: None, initial };
    Ok(native_type::new_iterator(cls, Accumulate { source: Mutex::new(Some(source)), func, state: Mutex::new(state) }))
}

impl IterNext for Accumulate {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        {
            let mut st = self.state.lock();
            if let Some(initial) = st.initial.take() {
                st.total = Some(initial.clone());
                return Ok(Some(initial));
            }
        }
        let Some(item) = next_from(vm, &self.source)? else { return Ok(None) };
        let total = self.state.lock().total.clone();
        let new_total = match total {
            None => item,
            Some(total) => match &self.func {
                Some(f) => vm.call(f, &[total, item], &[])?,
                None => vm.binary_op(total, item, BinaryOp::Add)?,
            },
        };
        self.state.lock().total = Some(new_total.clone());
        Ok(Some(new_total))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- batched ----

struct Batched {
    source: Mutex<Option<Value>>,
    n: usize,
    strict: bool,
}

fn batched_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "batched", pos: &["iterable", "n"], required: 2, kwonly: &["strict"] };
    let p = sig.parse(&args)?;
    let n = vm.index_value(p[1].as_ref().expect("required"))?;
    if n < 1 {
        return Err(PyErr::value_error("n must be at least one"));
    }
    let source = vm.iter(p[0].as_ref().expect("required"))?;
    let strict = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    Ok(native_type::new_iterator(cls, Batched { source: Mutex::new(Some(source)), n: n as usize, strict }))
}

impl IterNext for Batched {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut batch = Vec::new();
        while batch.len() < self.n {
            match next_from(vm, &self.source)? {
                Some(v) => push_checked(&mut batch, v)?,
                None => break,
            }
        }
        if batch.is_empty() {
            return Ok(None);
        }
        if batch.len() < self.n {
            *self.source.lock() = None;
            if self.strict {
                return Err(PyErr::value_error("batched(): incomplete batch"));
            }
        }
        Ok(Some(new_tuple(batch)))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- chain ----

struct Chain {
    /// The iterator over the iterables, until it is exhausted.
    source: Mutex<Option<Value>>,
    /// The iterator over the current iterable.
    active: Mutex<Option<Value>>,
}

fn chain_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    no_kwargs("chain", &args)?;
    let source = vm.iter(&new_tuple(args.pos().to_vec()))?;
    Ok(native_type::new_iterator(cls, Chain { source: Mutex::new(Some(source)), active: Mutex::new(None) }))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("chain.from_iterable", &args)?;
    let [cls, iterable] = args.pos() else {
        return Err(PyErr::type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", args.pos().len().saturating_sub(1))));
    };
    let source = vm.iter(iterable)?;
    let cls = cls.as_obj().cloned().unwrap_or_else(|| chain_type().clone());
    Ok(native_type::new_iterator(&cls, Chain { source: Mutex::new(Some(source)), active: Mutex::new(None) }))
}

impl IterNext for Chain {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(v) = next_from(vm, &self.active)? {
                return Ok(Some(v));
            }
            let Some(iterable) = next_from(vm, &self.source)? else { return Ok(None) };
            let it = vm.iter(&iterable)?;
            *self.active.lock() = Some(it);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- islice ----

struct ISlice {
    source: Mutex<Option<Value>>,
    state: Mutex<ISliceState>,
}

struct ISliceState {
    /// Items consumed from the source so far.
    consumed: usize,
    /// Index of the next item to produce.
    next: usize,
    stop: Option<usize>,
    step: usize,
}

/// An islice bound: None, or an int in 0..=sys.maxsize (anything else is the ValueError `msg`).
fn islice_bound(vm: &mut Vm, v: Option<&Value>, msg: &str) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_value(v) {
            Ok(n) if n >= 0 => Ok(Some(n as usize)),
            Ok(_) => Err(PyErr::value_error(msg)),
            Err(e) if e.is("TypeError") || e.is("OverflowError") => Err(PyErr::value_error(msg)),
            Err(e) => Err(e),
        },
    }
}

fn islice_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = positional("islice", "islice", &args, 2, 4)?;
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const START: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const STEP: &str = "Step for islice() must be a positive integer or None.";
    let (start, stop, step) = if pos.len() == 2 {
        (0, islice_bound(vm, Some(&pos[1]), STOP)?, 1)
    } else {
        let start = islice_bound(vm, Some(&pos[1]), START)?.unwrap_or(0);
        let stop = islice_bound(vm, Some(&pos[2]), STOP)?;
        let step = match islice_bound(vm, pos.get(3), STEP)? {
            None => 1,
            Some(0) => return Err(PyErr::value_error(STEP)),
            Some(s) => s,
        };
        (start, stop, step)
    };
    let source = vm.iter(&pos[0])?;
    let state = ISliceState { consumed: 0, next: start, stop, step };
    Ok(native_type::new_iterator(cls, ISlice { source: Mutex::new(Some(source)), state: Mutex::new(state) }))
}

impl IterNext for ISlice {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // Skip to the next index to produce (consuming the source as CPython does), then
        // produce one item unless the stop is reached; an exhausted islice releases its source.
        loop {
            let (consumed, next) = {
                let st = self.state.lock();
                (st.consumed, st.next)
            };
            if consumed >= next {
                break;
            }
            if next_from(vm, &self.source)?.is_none() {
                *self.source.lock() = None;
                return Ok(None);
            }
            self.state.lock().consumed += 1;
        }
        let (consumed, stop) = {
            let st = self.state.lock();
            (st.consumed, st.stop)
        };
        if stop.is_some_and(|s| consumed >= s) {
            *self.source.lock() = None;
            return Ok(None);
        }
        let Some(item) = next_from(vm, &self.source)? else {
            *self.source.lock() = None;
            return Ok(None);
        };
        let mut st = self.state.lock();
        st.consumed += 1;
        let mut next = st.next.saturating_add(st.step);
        if let Some(s) = st.stop {
            next = next.min(s);
        }
        st.next = next;
        Ok(Some(item))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- pairwise ----

struct Pairwise {
    source: Mutex<Option<Value>>,
    previous: Mutex<Option<Value>>,
}

fn pairwise_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = positional("pairwise", "pairwise", &args, 1, 1)?;
    let source = vm.iter(&pos[0])?;
    Ok(native_type::new_iterator(cls, Pairwise { source: Mutex::new(Some(source)), previous: Mutex::new(None) }))
}

impl IterNext for Pairwise {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let previous = self.previous.lock().clone();
        let old = match previous {
            Some(p) => p,
            None => match next_from(vm, &self.source)? {
                Some(v) => {
                    *self.previous.lock() = Some(v.clone());
                    v
                }
                None => return Ok(None),
            },
        };
        let Some(new) = next_from(vm, &self.source)? else {
            *self.previous.lock() = None;
            return Ok(None);
        };
        *self.previous.lock() = Some(new.clone());
        Ok(Some(new_tuple(vec![old, new])))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- starmap ----

struct StarMap {
    func: Value,
    source: Mutex<Option<Value>>,
}

fn starmap_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = positional("starmap", "starmap", &args, 2, 2)?;
    let source = vm.iter(&pos[1])?;
    Ok(native_type::new_iterator(cls, StarMap { func: pos[0].clone(), source: Mutex::new(Some(source)) }))
}

impl IterNext for StarMap {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(item) = next_from(vm, &self.source)? else { return Ok(None) };
        let call_args = vm.collect_iterable(&item)?;
        Ok(Some(vm.call(&self.func, &call_args, &[])?))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- zip_longest ----

struct ZipLongest {
    sources: Vec<Mutex<Option<Value>>>,
    fill: Value,
    /// Sources not yet exhausted.
    active: Mutex<usize>,
}

fn zip_longest_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let mut fill = Value::None;
    for (name, v) in args.kw() {
        if name != "fillvalue" {
            return Err(PyErr::type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut sources = Vec::new();
    for v in args.pos() {
        sources.push(Mutex::new(Some(vm.iter(v)?)));
    }
    let active = Mutex::new(sources.len());
    Ok(native_type::new_iterator(cls, ZipLongest { sources, fill, active }))
}

impl IterNext for ZipLongest {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.sources.is_empty() || *self.active.lock() == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.sources.len());
        for slot in &self.sources {
            let had = slot.lock().is_some();
            match next_from(vm, slot)? {
                Some(v) => items.push(v),
                None => {
                    if had {
                        let mut active = self.active.lock();
                        *active = active.saturating_sub(1);
                        if *active == 0 {
                            return Ok(None);
                        }
                    }
                    items.push(self.fill.clone());
                }
            }
        }
        Ok(Some(new_tuple(items)))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
