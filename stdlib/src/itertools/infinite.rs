//! The infinite iterators: `count`, `cycle`, `repeat`.

use std::sync::atomic::{AtomicI64, Ordering};

use ophis_compiler::BinaryOp;
use ophis_vm::builtins::new_str;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::numbers::{IntRef, as_int};
use ophis_vm::object::{Kind, ObjRef};
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::iter_type;
use crate::util::{Signature, no_kwargs, positional, push_checked};

iter_type!(count_type, "count", Some(count_new), true, "__repr__" => count_repr);
iter_type!(cycle_type, "cycle", Some(cycle_new), true);
iter_type!(repeat_type, "repeat", Some(repeat_new), true, "__repr__" => repeat_repr, "__length_hint__" => repeat_length_hint);

// ---- count ----

struct Count {
    /// (the next value, the step)
    state: Mutex<(Value, Value)>,
}

/// CPython's `PyNumber_Check`: ints, floats, complex numbers and objects convertible to one.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::None => false,
        Value::Obj(o) => {
            matches!(o.kind, Kind::Int(_) | Kind::Float(_) | Kind::Complex { .. })
                || ["__index__", "__int__", "__float__"].iter().any(|m| ophis_vm::types::lookup(&vm.class_of(v), m).is_some())
        }
    }
}

fn count_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "count", pos: &["start", "step"], required: 0, kwonly: &[] };
    let p = sig.parse(&args)?;
    let start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(native_type::new_iterator(cls, Count { state: Mutex::new((start, step)) }))
}

impl IterNext for Count {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (current, step) = {
            let mut st = self.state.lock();
            if let (Value::Int(c), Value::Int(s)) = (&st.0, &st.1) {
                if let Some(n) = c.checked_add(*s) {
                    let current = st.0.clone();
                    st.0 = Value::Int(n);
                    return Ok(Some(current));
                }
            }
            st.clone()
        };
        let next = vm.binary_op(current.clone(), step, BinaryOp::Add)?;
        self.state.lock().0 = next;
        Ok(Some(current))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &Count = native_type::this(&args, "itertools.count")?;
    let (current, step) = this.state.lock().clone();
    let name = vm.class_of(&args.values[0]).as_type().map(|t| t.name.to_string()).unwrap_or_default();
    let start = vm.repr_string(&current)?;
    // The step is left out when it is the int 1 (bools count as ints).
    let unit_step = matches!(step, Value::Int(1) | Value::Bool(true)) || matches!(as_int(&step), Some(IntRef::Small(1))) && !matches!(step.kind(), Some(Kind::Float(_)));
    if unit_step {
        return Ok(new_str(format!("{name}({start})")));
    }
    Ok(new_str(format!("{name}({start}, {})", vm.repr_string(&step)?)))
}

// ---- cycle ----

struct Cycle {
    state: Mutex<CycleState>,
}

struct CycleState {
    /// The source, until it is exhausted.
    source: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

fn cycle_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = positional("cycle", "cycle", &args, 1, 1)?;
    let source = vm.iter(&pos[0])?;
    Ok(native_type::new_iterator(cls, Cycle { state: Mutex::new(CycleState { source: Some(source), saved: Vec::new(), index: 0 }) }))
}

impl IterNext for Cycle {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let source = self.state.lock().source.clone();
        if let Some(source) = source {
            match vm.next(&source)? {
                Some(v) => {
                    push_checked(&mut self.state.lock().saved, v.clone())?;
                    return Ok(Some(v));
                }
                None => self.state.lock().source = None,
            }
        }
        let mut st = self.state.lock();
        if st.saved.is_empty() {
            return Ok(None);
        }
        let i = st.index % st.saved.len();
        st.index = (i + 1) % st.saved.len();
        Ok(Some(st.saved[i].clone()))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- repeat ----

struct Repeat {
    object: Value,
    /// Remaining repetitions; None repeats forever.
    times: Option<AtomicI64>,
}

fn repeat_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "repeat", pos: &["object", "times"], required: 1, kwonly: &[] };
    let p = sig.parse(&args)?;
    let object = p[0].clone().unwrap_or(Value::None);
    let times = match &p[1] {
        Some(t) => Some(AtomicI64::new(vm.index_value(t)?.max(0))),
        None => None,
    };
    Ok(native_type::new_iterator(cls, Repeat { object, times }))
}

impl IterNext for Repeat {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &self.times {
            None => Ok(Some(self.object.clone())),
            Some(t) => match t.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| if n > 0 { Some(n - 1) } else { None }) {
                Ok(_) => Ok(Some(self.object.clone())),
                Err(_) => Ok(None),
            },
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &Repeat = native_type::this(&args, "itertools.repeat")?;
    let name = vm.class_of(&args.values[0]).as_type().map(|t| t.name.to_string()).unwrap_or_default();
    let object = vm.repr_string(&this.object)?;
    Ok(new_str(match &this.times {
        None => format!("{name}({object})"),
        Some(t) => format!("{name}({object}, {})", t.load(Ordering::Acquire)),
    }))
}

fn repeat_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("__length_hint__", &args)?;
    let this: &Repeat = native_type::this(&args, "itertools.repeat")?;
    match &this.times {
        None => Err(PyErr::type_error("len() of unsized object")),
        Some(t) => Ok(Value::Int(t.load(Ordering::Acquire))),
    }
}
