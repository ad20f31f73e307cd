//! `collections.deque`, native (module `_deque`, re-exported by `_collections`): a ring buffer
//! (`VecDeque`) behind the object's lock, so appends and pops at either end are O(1) and each
//! operation is atomic when threads share a deque (as in CPython's free-threaded build).
//!
//! The lock is never held while Python code runs: comparisons (`count`, `index`, `remove`,
//! `in`, `==`), reprs and iteration of an argument copy what they need out first. A mutation
//! counter lets iterators raise "deque mutated during iteration" as CPython does.

use std::collections::VecDeque;
use std::sync::OnceLock;

use parking_lot::Mutex;

use ophis_compiler::CompareOp;
use ophis_vm::builtins::{intern, new_list, new_str};
use ophis_vm::exceptions::PyErr;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyResult, Value, Vm};

struct State {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every mutation that can move items (iterators compare it).
    mutations: u64,
}

impl State {
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_front();
        }
        self.items.push_back(v);
        self.mutations += 1;
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_back();
        }
        self.items.push_front(v);
        self.mutations += 1;
    }
}

/// The Rust state of a deque object.
pub struct Deque(Mutex<State>);

impl Deque {
    fn new() -> Deque {
        Deque(Mutex::new(State { items: VecDeque::new(), maxlen: None, mutations: 0 }))
    }
}

pub(crate) fn deque_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("collections.deque", "collections", None, true, Some(construct));
        native_type::add_methods(
            &t,
            &[
                ("__init__", deque_init),
                ("append", append),
                ("appendleft", appendleft),
                ("pop", pop),
                ("popleft", popleft),
                ("extend", extend),
                ("extendleft", extendleft),
                ("clear", clear),
                ("copy", copy),
                ("__copy__", copy),
                ("count", count),
                ("index", index),
                ("insert", insert),
                ("remove", remove),
                ("reverse", reverse),
                ("rotate", rotate),
                ("__len__", len),
                ("__bool__", bool_),
                ("__iter__", iter),
                ("__reversed__", reversed),
                ("__contains__", contains),
                ("__getitem__", getitem),
                ("__setitem__", setitem),
                ("__delitem__", delitem),
                ("__repr__", repr),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__lt__", lt),
                ("__le__", le),
                ("__gt__", gt),
                ("__ge__", ge),
                ("__add__", add),
                ("__iadd__", iadd),
                ("__mul__", mul),
                ("__rmul__", mul),
                ("__imul__", imul),
                ("__reduce__", reduce),
            ],
        );
        native_type::add_getter(&t, "maxlen", maxlen);
        native_type::add_classmethod(&t, "__class_getitem__", class_getitem);
        native_type::set_attr(&t, "__hash__", Value::None);
        t
    })
}

fn iterator_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("_collections._deque_iterator", "collections", None, false, None);
        native_type::add_iterator_methods(&t);
        t
    })
}

fn reverse_iterator_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("_collections._deque_reverse_iterator", "collections", None, false, None);
        native_type::add_iterator_methods(&t);
        t
    })
}

/// Fills the `_deque` module.
pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let d = module.as_dict().expect("module dict");
    d.set_str(intern("deque"), Value::Obj(deque_type().clone()));
    d.set_str(intern("_deque_iterator"), Value::Obj(iterator_type().clone()));
    d.set_str(intern("_deque_reverse_iterator"), Value::Obj(reverse_iterator_type().clone()));
    Ok(())
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Deque> {
    native_type::this::<Deque>(args, "collections.deque")
}

fn state<'a>(args: &Args<'a>) -> PyResult<parking_lot::MutexGuard<'a, State>> {
    Ok(this(args)?.0.lock())
}

fn deque_of(v: &Value) -> Option<&Deque> {
    v.as_obj().and_then(|o| native_type::native_of::<Deque>(o))
}

fn arg<'a>(args: &Args<'a>, i: usize, method: &str) -> PyResult<&'a Value> {
    args.pos().get(i).ok_or_else(|| PyErr::type_error(format!("deque.{method}() takes exactly one argument (0 given)")))
}

fn parse_maxlen(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            if n < 0 {
                return Err(PyErr::new("ValueError", "maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

/// `deque(iterable=(), maxlen=None)`: the exact type fills the instance here; a subclass's
/// instance starts empty and its `__init__` (ours or the subclass's) fills it.
fn construct(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let value = native_type::new_instance(cls, Deque::new());
    if ObjRef::ptr_eq(cls, deque_type()) {
        let mut with_self = vec![value.clone()];
        with_self.extend_from_slice(args.values);
        deque_init(vm, Args { values: &with_self, kwnames: args.kwnames })?;
    }
    Ok(value)
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args)?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("deque() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    for (k, _) in args.kw() {
        if k != "iterable" && k != "maxlen" {
            return Err(PyErr::type_error(format!("deque() got an unexpected keyword argument '{k}'")));
        }
    }
    let iterable = pos.get(1).or_else(|| args.kwarg("iterable")).cloned();
    let maxlen = parse_maxlen(vm, pos.get(2).or_else(|| args.kwarg("maxlen")))?;
    // Items come out of the iterable before the lock is taken (it may run Python code, or be
    // this very deque).
    let items = match &iterable {
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    let mut st = d.0.lock();
    st.items.clear();
    st.maxlen = maxlen;
    st.mutations += 1;
    for v in items {
        st.push_back(v);
    }
    Ok(Value::None)
}

fn maxlen(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(state(&args)?.maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 1, "append")?.clone();
    state(&args)?.push_back(v);
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(&args, 1, "appendleft")?.clone();
    state(&args)?.push_front(v);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut st = state(&args)?;
    let v = st.items.pop_back().ok_or_else(|| PyErr::new("IndexError", "pop from an empty deque"))?;
    st.mutations += 1;
    Ok(v)
}

fn popleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut st = state(&args)?;
    let v = st.items.pop_front().ok_or_else(|| PyErr::new("IndexError", "pop from an empty deque"))?;
    st.mutations += 1;
    Ok(v)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args)?;
    let items = vm.collect_iterable(arg(&args, 1, "extend")?)?;
    let mut st = d.0.lock();
    for v in items {
        st.push_back(v);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args)?;
    let items = vm.collect_iterable(arg(&args, 1, "extendleft")?)?;
    let mut st = d.0.lock();
    for v in items {
        st.push_front(v);
    }
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let old = {
        let mut st = state(&args)?;
        st.mutations += 1;
        std::mem::take(&mut st.items)
    };
    drop(old);
    Ok(Value::None)
}

fn snapshot(args: &Args) -> PyResult<(Vec<Value>, Option<usize>)> {
    let st = state(args)?;
    Ok((st.items.iter().cloned().collect(), st.maxlen))
}

/// A new deque of the receiver's class holding `items` (a subclass is called as
/// `cls(items, maxlen)`, as CPython does).
fn new_like(vm: &mut Vm, receiver: &Value, items: Vec<Value>, maxlen: Option<usize>) -> PyResult<Value> {
    let cls = vm.class_of(receiver);
    if ObjRef::ptr_eq(&cls, deque_type()) {
        let d = Deque::new();
        {
            let mut st = d.0.lock();
            st.maxlen = maxlen;
            for v in items {
                st.push_back(v);
            }
        }
        return Ok(native_type::new_instance(deque_type(), d));
    }
    let m = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    vm.call(&Value::Obj(cls), &[new_list(items), m], &[])
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, maxlen) = snapshot(&args)?;
    new_like(vm, &args.values[0], items, maxlen)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = arg(&args, 1, "count")?.clone();
    let d = this(&args)?;
    let (items, before) = {
        let st = d.0.lock();
        (st.items.iter().cloned().collect::<Vec<_>>(), st.mutations)
    };
    let mut n = 0;
    for item in &items {
        if vm.eq(item, &value)? {
            n += 1;
        }
        if d.0.lock().mutations != before {
            return Err(PyErr::new("RuntimeError", "deque mutated during iteration"));
        }
    }
    Ok(Value::Int(n))
}

fn clamp_index(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = vm.index_value(v)?;
    Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = arg(&args, 1, "index")?.clone();
    let d = this(&args)?;
    let (items, before) = {
        let st = d.0.lock();
        (st.items.iter().cloned().collect::<Vec<_>>(), st.mutations)
    };
    let start = clamp_index(vm, args.pos().get(2), items.len(), 0)?;
    let stop = clamp_index(vm, args.pos().get(3), items.len(), items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &value)? {
            return Ok(Value::Int(i as i64));
        }
        if d.0.lock().mutations != before {
            return Err(PyErr::new("RuntimeError", "deque mutated during iteration"));
        }
    }
    let _ = value;
    Err(PyErr::new("ValueError", "deque.index(x): x not in deque"))
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() != 3 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.pos().len().saturating_sub(1))));
    }
    let i = vm.index_value(&args.pos()[1])?;
    let value = args.pos()[2].clone();
    let mut st = state(&args)?;
    if st.maxlen.is_some_and(|m| st.items.len() >= m) {
        return Err(PyErr::new("IndexError", "deque already at its maximum size"));
    }
    let len = st.items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    st.items.insert(at, value);
    st.mutations += 1;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = arg(&args, 1, "remove")?.clone();
    let d = this(&args)?;
    let (items, before) = {
        let st = d.0.lock();
        (st.items.iter().cloned().collect::<Vec<_>>(), st.mutations)
    };
    for (i, item) in items.iter().enumerate() {
        let equal = vm.eq(item, &value)?;
        let mut st = d.0.lock();
        if st.mutations != before {
            return Err(PyErr::new("IndexError", "deque mutated during remove()."));
        }
        if equal {
            let removed = st.items.remove(i);
            st.mutations += 1;
            drop(st);
            drop(removed);
            return Ok(Value::None);
        }
    }
    let _ = value;
    Err(PyErr::new("ValueError", "deque.remove(x): x not in deque"))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut st = state(&args)?;
    st.items.make_contiguous().reverse();
    st.mutations += 1;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.pos().get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut st = state(&args)?;
    let len = st.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        if k != 0 {
            st.items.rotate_right(k);
            st.mutations += 1;
        }
    }
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(state(&args)?.items.len() as i64))
}

fn bool_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(!state(&args)?.items.is_empty()))
}

/// Iterates a deque by position, failing once the deque changes underneath.
struct DequeIter {
    deque: Value,
    position: Mutex<(usize, u64, bool)>,
    reverse: bool,
}

impl IterNext for DequeIter {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(d) = deque_of(&self.deque) else { return Ok(None) };
        let st = d.0.lock();
        let mut pos = self.position.lock();
        let (index, expected, done) = *pos;
        if done {
            return Ok(None);
        }
        if st.mutations != expected {
            pos.2 = true;
            return Err(PyErr::new("RuntimeError", "deque mutated during iteration"));
        }
        if index >= st.items.len() {
            pos.2 = true;
            return Ok(None);
        }
        let i = if self.reverse { st.items.len() - 1 - index } else { index };
        pos.0 += 1;
        Ok(st.items.get(i).cloned())
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn make_iter(args: &Args, reverse: bool) -> PyResult<Value> {
    let mutations = state(args)?.mutations;
    let it = DequeIter { deque: args.values[0].clone(), position: Mutex::new((0, mutations, false)), reverse };
    let t = if reverse { reverse_iterator_type() } else { iterator_type() };
    Ok(native_type::new_iterator(t, it))
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(&args, false)
}

fn reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(&args, true)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = arg(&args, 1, "__contains__")?.clone();
    let d = this(&args)?;
    let (items, before) = {
        let st = d.0.lock();
        (st.items.iter().cloned().collect::<Vec<_>>(), st.mutations)
    };
    for item in &items {
        if vm.eq(item, &value)? {
            return Ok(Value::Bool(true));
        }
        if d.0.lock().mutations != before {
            return Err(PyErr::new("RuntimeError", "deque mutated during iteration"));
        }
    }
    Ok(Value::Bool(false))
}

fn position(vm: &mut Vm, v: &Value, len: usize) -> PyResult<Option<usize>> {
    let i = match vm.index_value(v) {
        Ok(i) => i,
        Err(e) if e.is("TypeError") => {
            return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", vm.type_name(v))));
        }
        Err(e) => return Err(e),
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok((0..len as i64).contains(&i).then_some(i as usize))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = arg(&args, 1, "__getitem__")?;
    let len = state(&args)?.items.len();
    let i = position(vm, key, len)?;
    let st = state(&args)?;
    i.and_then(|i| st.items.get(i).cloned()).ok_or_else(|| PyErr::new("IndexError", "deque index out of range"))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key, value] = args.pos() else {
        return Err(PyErr::type_error("__setitem__ expected 2 arguments"));
    };
    let len = state(&args)?.items.len();
    let i = position(vm, key, len)?;
    let mut st = state(&args)?;
    let slot = i.and_then(|i| st.items.get_mut(i)).ok_or_else(|| PyErr::new("IndexError", "deque index out of range"))?;
    let old = std::mem::replace(slot, value.clone());
    drop(st);
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = arg(&args, 1, "__delitem__")?;
    let len = state(&args)?.items.len();
    let i = position(vm, key, len)?;
    let mut st = state(&args)?;
    let removed = i.and_then(|i| st.items.remove(i)).ok_or_else(|| PyErr::new("IndexError", "deque index out of range"))?;
    st.mutations += 1;
    drop(st);
    drop(removed);
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, maxlen) = snapshot(&args)?;
    let cls = vm.class_of(&args.values[0]);
    let name = cls.as_type().map_or_else(|| "deque".to_string(), |t| t.short_name().to_string());
    let Some(me) = args.values[0].as_obj().cloned() else { return Ok(new_str("deque()")) };
    // A deque inside itself prints as `[...]`, as CPython's does.
    let text = vm.repr_guarded(&me, "[...]", move |vm| {
        let body = vm.repr_string(&new_list(items))?;
        Ok(match maxlen {
            Some(m) => format!("{name}({body}, maxlen={m})"),
            None => format!("{name}({body})"),
        })
    })?;
    Ok(new_str(text))
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let other = arg(&args, 1, "__eq__")?;
    if deque_of(other).is_none() {
        return Ok(Value::Obj(ophis_vm::builtins::not_implemented().clone()));
    }
    let (mine, _) = snapshot(&args)?;
    let theirs: Vec<Value> = deque_of(other).map(|d| d.0.lock().items.iter().cloned().collect()).unwrap_or_default();
    vm.rich_compare(&new_list(mine), &new_list(theirs), op)
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt)
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = arg(&args, 1, "__add__")?;
    let Some(o) = deque_of(other) else {
        return Err(PyErr::type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(other))));
    };
    let (mut items, maxlen) = snapshot(&args)?;
    items.extend(o.0.lock().items.iter().cloned());
    new_like(vm, &args.values[0], items, maxlen)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extend(vm, args)?;
    Ok(args.values[0].clone())
}

fn repeated(vm: &mut Vm, args: &Args) -> PyResult<(Vec<Value>, Option<usize>)> {
    let n = vm.index_value(arg(args, 1, "__mul__")?)?;
    let (items, maxlen) = snapshot(args)?;
    if n <= 0 || items.is_empty() {
        return Ok((Vec::new(), maxlen));
    }
    // With a maxlen only the last `maxlen` items survive: do not build more than that.
    let total = items.len().checked_mul(n as usize).ok_or_else(|| PyErr::new("MemoryError", ""))?;
    let keep = maxlen.map_or(total, |m| m.min(total));
    let mut out = Vec::new();
    out.try_reserve(keep).map_err(|_| PyErr::new("MemoryError", ""))?;
    let skip = total - keep;
    out.extend(items.iter().cycle().skip(skip % items.len()).take(keep).cloned());
    Ok((out, maxlen))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, maxlen) = repeated(vm, &args)?;
    new_like(vm, &args.values[0], items, maxlen)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, _) = repeated(vm, &args)?;
    let old = {
        let mut st = state(&args)?;
        st.mutations += 1;
        std::mem::replace(&mut st.items, items.into())
    };
    drop(old);
    Ok(args.values[0].clone())
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let maxlen = state(&args)?.maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    let cls = vm.class_of(&args.values[0]);
    let it = make_iter(&args, false)?;
    let ctor_args = ophis_vm::builtins::new_tuple(vec![ophis_vm::builtins::new_tuple(vec![]), maxlen]);
    Ok(ophis_vm::builtins::new_tuple(vec![Value::Obj(cls), ctor_args, Value::None, it]))
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let item = args.values.get(1).cloned().unwrap_or(Value::None);
    Ok(ophis_vm::builtins::new_generic_alias(cls, &item))
}
