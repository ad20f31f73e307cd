//! Native iterators: over lists, tuples, strs, bytes, dicts, sets and ranges, the sequence
//! protocol fallback (`__getitem__` with 0, 1, 2, ...), and the lazy builtins (enumerate, zip,
//! map, filter, reversed).
//!
//! An iterator's state is behind its own lock, but the lock is released before any Python code
//! runs (the next item of an inner iterator, a mapped function).

use num_bigint::BigInt;
use parking_lot::Mutex;

use crate::builtins::{new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    List { list: ObjRef, index: usize },
    Tuple { tuple: ObjRef, index: usize },
    Str { s: ObjRef, byte: usize },
    Bytes { b: ObjRef, index: usize },
    Dict { dict: ObjRef, pos: usize, len: usize, what: DictPart },
    /// Over a set, slot by slot; `len` detects a change of size.
    Set { set: ObjRef, pos: usize, len: usize },
    Range { next: i128, stop: i128, step: i128 },
    BigRange { next: BigInt, stop: BigInt, step: BigInt },
    GetItem { seq: Value, index: i64 },
    Reversed { seq: Value, index: i64 },
    /// `count` is an int (big once it passes i64).
    Enumerate { inner: Value, count: Value },
    Zip { inners: Vec<Value>, strict: bool },
    Map { func: Value, inners: Vec<Value> },
    Filter { func: Value, inner: Value },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `f(*item)` for each item of `inner` (map with strict=True).
    StarMap { func: Value, inner: Value, name: &'static str },
    Exhausted,
}

pub struct NativeIterator(pub Mutex<IterState>);

pub fn new_iterator(state: IterState) -> Value {
    let b = types::builtin();
    let class = match &state {
        IterState::List { .. } => &b.list_iterator,
        IterState::Tuple { .. } => &b.tuple_iterator,
        IterState::Str { .. } => &b.str_iterator,
        IterState::Bytes { .. } => &b.bytes_iterator,
        IterState::Range { .. } | IterState::BigRange { .. } => &b.range_iterator,
        IterState::Dict { what: DictPart::Keys, .. } => &b.dict_keyiterator,
        IterState::Dict { what: DictPart::Values, .. } => &b.dict_valueiterator,
        IterState::Dict { what: DictPart::Items, .. } => &b.dict_itemiterator,
        IterState::Set { .. } => &b.set_iterator,
        IterState::Enumerate { .. } => &b.enumerate,
        IterState::Zip { .. } => &b.zip,
        IterState::Map { .. } => &b.map,
        IterState::Filter { .. } => &b.filter,
        IterState::StarMap { .. } => &b.map,
        IterState::Callable { .. } => &b.callable_iterator,
        IterState::Reversed { seq, .. } if matches!(seq.kind(), Some(Kind::List(_))) => &b.list_reverseiterator,
        IterState::Reversed { .. } => &b.reversed,
        _ => &b.iterator,
    };
    Value::Obj(Object::new(class.clone(), Kind::Native(Box::new(NativeIterator(Mutex::new(state))))))
}

/// The next item, or None when exhausted.
pub fn native_next(vm: &mut Vm, it: &NativeIterator) -> PyResult<Option<Value>> {
    // Steps that need no Python code finish under the lock.
    {
        let mut st = it.0.lock();
        match &mut *st {
            IterState::List { list, index } => {
                let item = match &list.kind {
                    Kind::List(l) => l.lock().get(*index).cloned(),
                    _ => None,
                };
                return Ok(match item {
                    Some(v) => {
                        *index += 1;
                        Some(v)
                    }
                    None => {
                        *st = IterState::Exhausted;
                        None
                    }
                });
            }
            IterState::Tuple { tuple, index } => {
                let item = tuple.as_tuple().and_then(|t| t.get(*index).cloned());
                if item.is_some() {
                    *index += 1;
                }
                return Ok(item);
            }
            IterState::Str { s, byte } => {
                let text = s.as_str().expect("str").as_str();
                return Ok(text[*byte..].chars().next().map(|c| {
                    *byte += c.len_utf8();
                    new_str(c.to_string())
                }));
            }
            IterState::Bytes { b, index } => {
                let item = match &b.kind {
                    Kind::Bytes(bytes) => bytes.get(*index).copied(),
                    _ => None,
                };
                if item.is_some() {
                    *index += 1;
                }
                return Ok(item.map(|x| Value::Int(x as i64)));
            }
            IterState::Dict { dict, pos, len, what } => {
                let d = dict.as_dict().expect("dict");
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new("RuntimeError", "dictionary changed size during iteration"));
                }
                return Ok(d.entry_from(*pos).map(|(next, e)| {
                    *pos = next;
                    match what {
                        DictPart::Keys => e.key,
                        DictPart::Values => e.value,
                        DictPart::Items => new_tuple(vec![e.key, e.value]),
                    }
                }));
            }
            IterState::Set { set, pos, len } => {
                let Kind::Set(table) = &set.kind else { return Ok(None) };
                if table.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new("RuntimeError", "Set changed size during iteration"));
                }
                return Ok(table.next_from(*pos).map(|(next, key)| {
                    *pos = next;
                    key
                }));
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next += *step;
                    return Ok(Some(Value::Int(v as i64)));
                }
                return Ok(None);
            }
            IterState::BigRange { next, stop, step } => {
                let positive = *step > BigInt::from(0);
                if (positive && *next < *stop) || (!positive && *next > *stop) {
                    let v = next.clone();
                    *next += &*step;
                    return Ok(Some(crate::numbers::int_value(v)));
                }
                return Ok(None);
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    // Steps that run Python code: copy what is needed, release the lock, then call.
    enum Step {
        GetItem(Value, i64),
        Reversed(Value, i64),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
        StarMap(Value, Value, &'static str),
    }
    let step = match &*it.0.lock() {
        IterState::GetItem { seq, index } => Step::GetItem(seq.clone(), *index),
        IterState::Reversed { seq, index } => Step::Reversed(seq.clone(), *index),
        IterState::Enumerate { inner, count } => Step::Enumerate(inner.clone(), count.clone()),
        IterState::Zip { inners, strict } => Step::Zip(inners.clone(), *strict),
        IterState::Map { func, inners } => Step::Map(func.clone(), inners.clone()),
        IterState::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
        IterState::Callable { func, sentinel } => Step::Callable(func.clone(), sentinel.clone()),
        IterState::StarMap { func, inner, name } => Step::StarMap(func.clone(), inner.clone(), name),
        _ => return Ok(None),
    };
    let finish = |it: &NativeIterator| *it.0.lock() = IterState::Exhausted;
    match step {
        Step::GetItem(seq, index) => match vm.getitem(&seq, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::GetItem { index: i, .. } = &mut *it.0.lock() {
                    *i += 1;
                }
                Ok(Some(v))
            }
            Err(e) if e.is("IndexError") || e.is("StopIteration") => {
                finish(it);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Step::Reversed(seq, index) => {
            if index < 0 {
                finish(it);
                return Ok(None);
            }
            match vm.getitem(&seq, &Value::Int(index)) {
                Ok(v) => {
                    if let IterState::Reversed { index: i, .. } = &mut *it.0.lock() {
                        *i -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if e.is("IndexError") || e.is("StopIteration") => {
                    finish(it);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Step::Enumerate(inner, count) => match vm.next(&inner)? {
            Some(v) => {
                let next = match count {
                    Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                    _ => vm.binary_op(count.clone(), Value::Int(1), ophis_compiler::instructions::BinaryOp::Add)?,
                };
                if let IterState::Enumerate { count: c, .. } = &mut *it.0.lock() {
                    *c = next;
                }
                Ok(Some(new_tuple(vec![count, v])))
            }
            None => Ok(None),
        },
        Step::Zip(inners, strict) => {
            let mut items = Vec::with_capacity(inners.len());
            for (i, inner) in inners.iter().enumerate() {
                match vm.next(inner)? {
                    Some(v) => items.push(v),
                    None => {
                        finish(it);
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(PyErr::value_error(format!("zip() argument {} is shorter than argument{plural}{}", i + 1, i)));
                            }
                            for (j, other) in inners.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(PyErr::value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j)));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if inners.is_empty() {
                return Ok(None);
            }
            Ok(Some(new_tuple(items)))
        }
        Step::Map(func, inners) => {
            let mut args = Vec::with_capacity(inners.len());
            for inner in &inners {
                match vm.next(inner)? {
                    Some(v) => args.push(v),
                    None => {
                        finish(it);
                        return Ok(None);
                    }
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        Step::Filter(func, inner) => loop {
            let Some(v) = vm.next(&inner)? else {
                finish(it);
                return Ok(None);
            };
            let keep = if func.is_none() {
                vm.is_true(&v)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&v), &[])?;
                vm.is_true(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Step::StarMap(func, inner, name) => match vm.next(&inner) {
            Ok(Some(item)) => {
                let args = item.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                vm.call(&func, &args, &[]).map(Some)
            }
            Ok(None) => {
                finish(it);
                Ok(None)
            }
            Err(e) => Err(match e.data().state.lock().args.first().and_then(|m| m.as_str().map(|s| s.to_string())) {
                Some(m) if e.is("ValueError") && m.starts_with("zip()") => PyErr::value_error(m.replacen("zip()", &format!("{name}()"), 1)),
                _ => e.clone(),
            }),
        },
        Step::Callable(func, sentinel) => {
            let v = vm.call(&func, &[], &[])?;
            if vm.eq(&v, &sentinel)? {
                finish(it);
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
pub struct DictView {
    pub dict: ObjRef,
    pub part: DictPart,
}

pub fn new_dict_view(dict: ObjRef, part: DictPart) -> Value {
    let b = types::builtin();
    let class = match part {
        DictPart::Keys => &b.dict_keys,
        DictPart::Values => &b.dict_values,
        DictPart::Items => &b.dict_items,
    };
    Value::Obj(Object::new(class.clone(), Kind::Native(Box::new(DictView { dict, part }))))
}

impl DictView {
    pub fn iter(&self) -> Value {
        let len = self.dict.as_dict().map_or(0, |d| d.len());
        new_iterator(IterState::Dict { dict: self.dict.clone(), pos: 0, len, what: self.part })
    }

    pub fn name(&self) -> &'static str {
        match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        }
    }
}
