//! The dict: an insertion-ordered hash table of Python values, behind a per-object lock.
//!
//! Lookups whose keys compare natively (str, int, float, bool, None, tuples of those, and any
//! key found by identity) finish under the lock. Keys whose `__eq__` is Python code are compared
//! with the lock released (Python code may run, and may even mutate this dict), and the lookup
//! restarts if the dict changed meanwhile, as CPython does.
//!
//! `version` increases on every mutation; inline caches use it to know when a cached lookup of
//! a module's globals is still valid without taking the lock.

use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::HashTable;
use parking_lot::Mutex;

use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::PyResult;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
struct Table {
    /// Entries in insertion order; deleted ones are None until the next compaction.
    entries: Vec<Option<Entry>>,
    /// Indices into `entries`, hashed by the entry's hash.
    index: HashTable<u32>,
    len: usize,
}

pub struct Dict {
    table: Mutex<Table>,
    version: AtomicU64,
}

/// The hash of a dict key; a TypeError becomes CPython's "cannot use 'list' as a dict key
/// (unhashable type: 'list')".
fn key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    vm.hash(key).map_err(|e| crate::builtins::unhashable_as(vm, e, key, "a dict key"))
}

/// Compares two keys without running Python code; None when only Python's `__eq__` can tell.
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => {
            if ObjRef::ptr_eq(x, y) {
                return Some(true);
            }
            let builtin = |o: &ObjRef| o.class().as_type().is_some_and(|t| t.is_builtin());
            match (&x.kind, &y.kind) {
                (Kind::Str(s), Kind::Str(t)) if builtin(x) && builtin(y) => Some(s.as_str() == t.as_str()),
                (Kind::Int(i), Kind::Int(j)) if builtin(x) && builtin(y) => Some(i == j),
                (Kind::Tuple(s), Kind::Tuple(t)) if builtin(x) && builtin(y) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        match native_key_eq(p, q)? {
                            true => {}
                            false => return Some(false),
                        }
                    }
                    Some(true)
                }
                (Kind::Str(_), Kind::Tuple(_)) | (Kind::Tuple(_), Kind::Str(_))
                    if builtin(x) && builtin(y) => Some(false),
                (Kind::Str(_), Kind::Int(_)) | (Kind::Int(_), Kind::Str(_)) if builtin(x) && builtin(y) => Some(false),
                _ => None,
            }
        }
        (Value::Obj(o), other) | (other, Value::Obj(o)) => {
            // A built-in str/tuple/bytes never equals an inline number or None.
            let builtin = o.class().as_type().is_some_and(|t| t.is_builtin());
            match (&o.kind, other) {
                (Kind::Int(_), Value::Int(_)) if builtin => Some(false), // big ints are outside i64
                (Kind::Int(i), Value::Float(f)) if builtin => Some(crate::numbers::bigint_eq_f64(i, *f)),
                (Kind::Int(_), Value::Bool(_)) if builtin => Some(false),
                (Kind::Str(_) | Kind::Tuple(_) | Kind::Bytes(_), _) if builtin => Some(false),
                _ => None,
            }
        }
        (Value::None, Value::None) => Some(true),
        (Value::None, _) | (_, Value::None) => Some(false),
        // Inline numbers: True == 1 == 1.0, compared exactly.
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Float(f), other) | (other, Value::Float(f)) => {
            let i = inline_int(other);
            Some(crate::numbers::int_float_cmp(&crate::numbers::IntRef::Small(i), *f) == Some(std::cmp::Ordering::Equal))
        }
        (a, b) => Some(inline_int(a) == inline_int(b)),
    }
}

fn inline_int(v: &Value) -> i64 {
    match v {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => *i,
        _ => unreachable!("only inline numbers reach here"),
    }
}

enum Probe {
    Found(usize),
    Missing,
    /// Candidates with the same hash whose equality needs Python: (entry index, key).
    NeedsPython(Vec<(usize, Value)>),
}

impl Table {
    fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut pending = Vec::new();
        for &i in self.index.iter_hash(hash as u64) {
            let Some(entry) = &self.entries[i as usize] else { continue };
            if entry.hash != hash {
                continue;
            }
            match native_key_eq(&entry.key, key) {
                Some(true) => return Probe::Found(i as usize),
                Some(false) => {}
                None => pending.push((i as usize, entry.key.clone())),
            }
        }
        if pending.is_empty() { Probe::Missing } else { Probe::NeedsPython(pending) }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, i, |&j| entries[j as usize].as_ref().map_or(0, |e| e.hash as u64));
        self.len += 1;
    }

    fn remove_at(&mut self, i: usize) -> Entry {
        let entry = self.entries[i].take().expect("live entry");
        let hash = entry.hash as u64;
        if let Ok(found) = self.index.find_entry(hash, |&j| j as usize == i) {
            found.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        entry
    }

    fn compact(&mut self) {
        let entries: Vec<Option<Entry>> = std::mem::take(&mut self.entries).into_iter().filter(|e| e.is_some()).collect();
        self.index.clear();
        self.entries = entries;
        for (i, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().expect("compacted").hash as u64;
            self.index.insert_unique(h, i as u32, |_| unreachable!("capacity reserved"));
        }
    }
}

impl Default for Dict {
    fn default() -> Dict {
        Dict::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict { table: Mutex::new(Table::default()), version: AtomicU64::new(next_stamp()) }
    }

    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    fn bump(&self) {
        self.version.store(next_stamp(), Ordering::Release);
    }

    pub fn len(&self) -> usize {
        self.table.lock().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Looks up a key whose equality is native (a str name, say): no Python code can run.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = crate::hash::hash_str(name);
        let table = self.table.lock();
        for &i in table.index.iter_hash(hash as u64) {
            if let Some(e) = &table.entries[i as usize] {
                if e.hash == hash && e.key.as_str() == Some(name) {
                    return Some(e.value.clone());
                }
            }
        }
        None
    }

    /// Looks up `key` (hash already computed).
    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self.find(vm, key, hash)?.map(|(_, v)| v))
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    /// The entry index and value for `key`, comparing with Python `__eq__` where needed.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<(usize, Value)>> {
        loop {
            let (version, candidates) = {
                let table = self.table.lock();
                match table.probe(hash, key) {
                    Probe::Found(i) => return Ok(Some((i, table.entries[i].as_ref().expect("live").value.clone()))),
                    Probe::Missing => return Ok(None),
                    Probe::NeedsPython(c) => (self.version(), c),
                }
            };
            for (i, candidate) in candidates {
                if vm.eq(&candidate, key)? {
                    let table = self.table.lock();
                    if self.version() != version {
                        break; // mutated while __eq__ ran: look again
                    }
                    return Ok(Some((i, table.entries[i].as_ref().expect("live").value.clone())));
                }
            }
            if self.version() == version {
                return Ok(None);
            }
        }
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = key_hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        loop {
            let version = {
                let mut table = self.table.lock();
                match table.probe(hash, &key) {
                    Probe::Found(i) => {
                        let old = std::mem::replace(&mut table.entries[i].as_mut().expect("live").value, value);
                        self.bump();
                        drop(table);
                        drop(old); // may run __del__-like frees: never under the lock
                        return Ok(());
                    }
                    Probe::Missing => {
                        table.insert_new(hash, key, value);
                        self.bump();
                        return Ok(());
                    }
                    Probe::NeedsPython(_) => self.version(),
                }
            };
            match self.find(vm, &key, hash)? {
                Some((i, _)) => {
                    let mut table = self.table.lock();
                    if self.version() != version {
                        continue;
                    }
                    let old = std::mem::replace(&mut table.entries[i].as_mut().expect("live").value, value);
                    self.bump();
                    drop(table);
                    drop(old);
                    return Ok(());
                }
                None => {
                    let mut table = self.table.lock();
                    if self.version() != version {
                        continue;
                    }
                    table.insert_new(hash, key, value);
                    self.bump();
                    return Ok(());
                }
            }
        }
    }

    /// `dict.setdefault`: the value stored under `key`, or `default` after storing it, in one
    /// atomic step (Python `__eq__` runs with the lock released; a concurrent change restarts).
    pub fn setdefault_hashed(&self, vm: &mut Vm, key: Value, hash: i64, default: Value) -> PyResult<Value> {
        loop {
            let version = {
                let mut table = self.table.lock();
                match table.probe(hash, &key) {
                    Probe::Found(i) => return Ok(table.entries[i].as_ref().expect("live").value.clone()),
                    Probe::Missing => {
                        table.insert_new(hash, key, default.clone());
                        self.bump();
                        return Ok(default);
                    }
                    Probe::NeedsPython(_) => self.version(),
                }
            };
            if let Some((_, v)) = self.find(vm, &key, hash)? {
                return Ok(v);
            }
            let mut table = self.table.lock();
            if self.version() != version {
                continue;
            }
            table.insert_new(hash, key, default.clone());
            self.bump();
            return Ok(default);
        }
    }

    /// Stores under a str key (names): native equality only.
    pub fn set_str(&self, name: ObjRef, value: Value) {
        let hash = name.as_str().expect("str key").hash();
        let key = Value::Obj(name);
        let mut table = self.table.lock();
        match table.probe(hash, &key) {
            Probe::Found(i) => {
                let old = std::mem::replace(&mut table.entries[i].as_mut().expect("live").value, value);
                self.bump();
                drop(table);
                drop(old);
            }
            _ => {
                table.insert_new(hash, key, value);
                self.bump();
            }
        }
    }

    /// Removes `key`, returning its value (None when absent).
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        self.remove_hashed(vm, key, hash)
    }

    /// Removes `key` (hash already computed), returning its value (None when absent).
    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        loop {
            let version = self.version();
            let Some((i, _)) = self.find(vm, key, hash)? else { return Ok(None) };
            let mut table = self.table.lock();
            if self.version() != version {
                continue;
            }
            let entry = table.remove_at(i);
            self.bump();
            drop(table);
            return Ok(Some(entry.value));
        }
    }

    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let hash = crate::hash::hash_str(name);
        let mut table = self.table.lock();
        let i = table.index.iter_hash(hash as u64).copied().find(|&i| {
            table.entries[i as usize].as_ref().is_some_and(|e| e.key.as_str() == Some(name))
        })?;
        let entry = table.remove_at(i as usize);
        self.bump();
        Some(entry.value)
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.lock());
        self.bump();
        drop(old);
    }

    /// A snapshot of the entries, in order.
    pub fn entries(&self) -> Vec<Entry> {
        self.table.lock().entries.iter().flatten().cloned().collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.lock().entries.iter().flatten().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.lock().entries.iter().flatten().map(|e| e.value.clone()).collect()
    }

    /// The entry at or after position `pos`, and the position after it (iteration): None at the end.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Entry)> {
        let table = self.table.lock();
        table.entries.iter().enumerate().skip(pos).find_map(|(i, e)| e.as_ref().map(|e| (i + 1, e.clone())))
    }

    /// Replaces the whole content with `other`'s in one step (in-place set operations).
    pub fn replace_with(&self, other: Dict) {
        let new = other.table.into_inner();
        let old = std::mem::replace(&mut *self.table.lock(), new);
        self.bump();
        drop(old);
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<Entry> {
        let mut table = self.table.lock();
        let i = table.entries.iter().rposition(|e| e.is_some())?;
        let e = table.remove_at(i);
        self.bump();
        Some(e)
    }

    pub fn copy(&self) -> Dict {
        let table = self.table.lock();
        let mut t = Table::default();
        for e in table.entries.iter().flatten() {
            t.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        Dict { table: Mutex::new(t), version: AtomicU64::new(next_stamp()) }
    }
}

/// A version stamp unique across all dicts of the process (so a cache keyed on a stamp cannot
/// confuse two dicts). Each thread takes stamps from its own block, so stamping writes no shared
/// memory except once per 65,536 stamps.
pub fn next_stamp() -> u64 {
    use std::cell::Cell;
    static NEXT_BLOCK: AtomicU64 = AtomicU64::new(1);
    const BLOCK: u64 = 1 << 16;
    thread_local! { static RANGE: Cell<(u64, u64)> = const { Cell::new((0, 0)) }; }
    RANGE.with(|r| {
        let (mut next, mut end) = r.get();
        if next == end {
            next = NEXT_BLOCK.fetch_add(1, Ordering::Relaxed) * BLOCK;
            end = next + BLOCK;
        }
        r.set((next + 1, end));
        next
    })
}

/// A new empty `dict` object.
pub fn new_dict_object() -> ObjRef {
    Object::new(crate::types::builtin().dict.clone(), Kind::Dict(Dict::new()))
}
