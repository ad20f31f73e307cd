//! The combinatoric iterators: `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`. Their pools are read into memory when they are created;
//! producing an item runs no Python code, so each step finishes under the iterator's lock.

use ophis_vm::builtins::new_tuple;
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::iter_type;
use crate::util::{Signature, memory_error};

iter_type!(product_type, "product", Some(product_new), true);
iter_type!(permutations_type, "permutations", Some(permutations_new), true);
iter_type!(combinations_type, "combinations", Some(combinations_new), true);
iter_type!(cwr_type, "combinations_with_replacement", Some(cwr_new), true);

/// A vector of `n` copies of `value`, raising MemoryError when it cannot be allocated.
fn filled<T: Clone>(n: usize, value: T) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    v.resize(n, value);
    Ok(v)
}

/// The tuple of `pool[i]` for each index.
fn pick(pool: &[Value], indices: &[usize]) -> PyResult<Value> {
    let mut items = Vec::new();
    items.try_reserve_exact(indices.len()).map_err(|_| memory_error())?;
    items.extend(indices.iter().map(|&i| pool[i].clone()));
    Ok(new_tuple(items))
}

/// Where an index-walking iterator is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    First,
    Running,
    Done,
}

// ---- product ----

struct Product {
    pools: Vec<Vec<Value>>,
    state: Mutex<(Vec<usize>, Phase)>,
}

fn product_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let mut repeat = 1i64;
    let kws: Vec<_> = args.kw().collect();
    if kws.len() > 1 {
        return Err(PyErr::type_error(format!("product() takes at most 1 keyword argument ({} given)", kws.len())));
    }
    if let Some((name, v)) = kws.first() {
        if *name != "repeat" {
            return Err(PyErr::type_error(format!("product() got an unexpected keyword argument '{name}'")));
        }
        repeat = vm.index_value(v)?;
        if repeat < 0 {
            return Err(PyErr::value_error("repeat argument cannot be negative"));
        }
    }
    let mut distinct = Vec::new();
    for v in args.pos() {
        distinct.push(vm.collect_iterable(v)?);
    }
    let total = distinct.len().checked_mul(repeat as usize).ok_or_else(|| PyErr::new("OverflowError", "repeat argument too large"))?;
    let mut pools = Vec::new();
    pools.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..repeat {
        pools.extend(distinct.iter().cloned());
    }
    let indices = filled(pools.len(), 0usize)?;
    Ok(native_type::new_iterator(cls, Product { pools, state: Mutex::new((indices, Phase::First)) }))
}

impl IterNext for Product {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        let (indices, phase) = &mut *st;
        match *phase {
            Phase::Done => return Ok(None),
            Phase::First => {
                if self.pools.iter().any(|p| p.is_empty()) {
                    *phase = Phase::Done;
                    return Ok(None);
                }
                *phase = Phase::Running;
            }
            Phase::Running => {
                // Advance the rightmost index that can move, resetting those after it.
                let mut i = indices.len();
                loop {
                    if i == 0 {
                        *phase = Phase::Done;
                        return Ok(None);
                    }
                    i -= 1;
                    indices[i] += 1;
                    if indices[i] < self.pools[i].len() {
                        break;
                    }
                    indices[i] = 0;
                }
            }
        }
        let mut items = Vec::new();
        items.try_reserve_exact(indices.len()).map_err(|_| memory_error())?;
        items.extend(indices.iter().zip(&self.pools).map(|(&i, pool)| pool[i].clone()));
        Ok(Some(new_tuple(items)))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- permutations ----

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    state: Mutex<PermState>,
}

struct PermState {
    indices: Vec<usize>,
    cycles: Vec<usize>,
    phase: Phase,
}

fn permutations_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let sig = Signature { name: "permutations", pos: &["iterable", "r"], required: 1, kwonly: &[] };
    let p = sig.parse(&args)?;
    let pool = vm.collect_iterable(p[0].as_ref().expect("required"))?;
    let n = pool.len();
    let r = match &p[1] {
        None | Some(Value::None) => n as i64,
        Some(v) => {
            if ophis_vm::numbers::as_int(v).is_none() {
                return Err(PyErr::type_error("Expected int as r"));
            }
            vm.index_value(v)?
        }
    };
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    let r = r as usize;
    let (indices, cycles, phase) = if r > n {
        (Vec::new(), Vec::new(), Phase::Done)
    } else {
        ((0..n).collect(), (n - r + 1..=n).rev().collect(), Phase::First)
    };
    Ok(native_type::new_iterator(cls, Permutations { pool, r, state: Mutex::new(PermState { indices, cycles, phase }) }))
}

impl IterNext for Permutations {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        let n = self.pool.len();
        match st.phase {
            Phase::Done => return Ok(None),
            Phase::First => st.phase = Phase::Running,
            Phase::Running => {
                let PermState { indices, cycles, phase } = &mut *st;
                let mut advanced = false;
                for i in (0..self.r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        // Rotate indices[i..] left by one.
                        indices[i..].rotate_left(1);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        advanced = true;
                        break;
                    }
                }
                if !advanced {
                    *phase = Phase::Done;
                    return Ok(None);
                }
            }
        }
        Ok(Some(pick(&self.pool, &st.indices[..self.r])?))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- combinations / combinations_with_replacement ----

struct Combinations {
    pool: Vec<Value>,
    with_replacement: bool,
    state: Mutex<(Vec<usize>, Phase)>,
}

fn combinations_common(vm: &mut Vm, cls: &ObjRef, args: Args, name: &'static str, with_replacement: bool) -> PyResult<Value> {
    let sig = Signature { name, pos: &["iterable", "r"], required: 2, kwonly: &[] };
    let p = sig.parse(&args)?;
    let pool = vm.collect_iterable(p[0].as_ref().expect("required"))?;
    let r = vm.index_value(p[1].as_ref().expect("required"))?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    let r = r as usize;
    let n = pool.len();
    let empty = if with_replacement { n == 0 && r > 0 } else { r > n };
    let (indices, phase) = if empty {
        (Vec::new(), Phase::Done)
    } else if with_replacement {
        (filled(r, 0usize)?, Phase::First)
    } else {
        ((0..r).collect(), Phase::First)
    };
    Ok(native_type::new_iterator(cls, Combinations { pool, with_replacement, state: Mutex::new((indices, phase)) }))
}

fn combinations_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    combinations_common(vm, cls, args, "combinations", false)
}

fn cwr_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    combinations_common(vm, cls, args, "combinations_with_replacement", true)
}

impl IterNext for Combinations {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        let (indices, phase) = &mut *st;
        let n = self.pool.len();
        let r = indices.len();
        match *phase {
            Phase::Done => return Ok(None),
            Phase::First => *phase = Phase::Running,
            Phase::Running => {
                // The rightmost index not at its maximum.
                let at_max = |i: usize, v: usize| if self.with_replacement { v == n - 1 } else { v == i + n - r };
                let Some(i) = (0..r).rev().find(|&i| !at_max(i, indices[i])) else {
                    *phase = Phase::Done;
                    return Ok(None);
                };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = if self.with_replacement { indices[i] } else { indices[j - 1] + 1 };
                }
            }
        }
        Ok(Some(pick(&self.pool, indices)?))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
