//! The storage of `set` and `frozenset`: an open-addressing hash table laid out exactly as
//! CPython's (`setobject.c`), so iteration order, `repr`, `set.pop()` and `hash(frozenset)`
//! are CPython's: 8 slots to start, probing 9 neighbouring slots then a perturbed jump,
//! deleted slots left as dummies (reused by later insertions), growth when 3/5 full, one
//! resize up front when merging another set, and `pop` scanning from a finger.
//!
//! The table sits behind a per-object lock. Keys are compared natively under the lock; a key
//! whose `__eq__` is Python code is compared with the lock released, and the probe starts
//! again if the table changed meanwhile (CPython restarts the same way).

use parking_lot::{Mutex, MutexGuard};

use crate::dict::native_key_eq;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted entry: probing continues past it; an insertion may reuse it.
    Dummy,
    Active { hash: i64, key: Value },
}

#[derive(Clone)]
struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Changes with every mutation (a probe that ran Python code checks it).
    version: u64,
}

impl Default for Table {
    fn default() -> Table {
        Table { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Puts a key known to be absent into the first empty slot of its probe sequence (the
    /// table has no dummies on this path).
    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=run {
                if let Slot::Empty = slots[i + j] {
                    slots[i + j] = Slot::Active { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Rebuilds the table with the smallest power-of-two size above `min_used`, dropping dummies.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // CPython leaves a small table without dummies as it is.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                Self::insert_clean(&mut self.slots, key, hash);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Stores a new key at `slot` (the empty or dummy slot its probe found), growing the table
    /// when it becomes 3/5 full.
    fn store(&mut self, slot: usize, key: Value, hash: i64) {
        let was_empty = matches!(self.slots[slot], Slot::Empty);
        self.slots[slot] = Slot::Active { hash, key };
        self.used += 1;
        self.version += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let used = self.used;
                self.resize(if used > 50_000 { used * 2 } else { used * 4 });
            }
        }
    }
}

/// The outcome of a probe: the slot holding an equal key, or the slot a new key would take.
enum Probe {
    Found(usize),
    Vacant(usize),
}

pub struct SetTable {
    table: Mutex<Table>,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: Mutex::new(Table::default()) }
    }

    pub fn len(&self) -> usize {
        self.table.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Probes for `key`, returning the locked table and where the key is (or would go).
    fn probe(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<(MutexGuard<'_, Table>, Probe)> {
        'restart: loop {
            let mut t = self.table.lock();
            let mask = t.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut free: Option<usize> = None;
            loop {
                let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=run {
                    let at = i + j;
                    let candidate = match &t.slots[at] {
                        Slot::Empty => return Ok((t, Probe::Vacant(free.unwrap_or(at)))),
                        // CPython remembers the last dummy passed, and an insertion takes it.
                        Slot::Dummy => {
                            free = Some(at);
                            continue;
                        }
                        Slot::Active { hash: h, key: k } if *h == hash => k.clone(),
                        Slot::Active { .. } => continue,
                    };
                    if candidate.is(key) {
                        return Ok((t, Probe::Found(at)));
                    }
                    match native_key_eq(&candidate, key) {
                        Some(true) => return Ok((t, Probe::Found(at))),
                        Some(false) => {}
                        None => {
                            // Python __eq__: compare with the lock released.
                            let version = t.version;
                            drop(t);
                            let equal = vm.eq(&candidate, key)?;
                            t = self.table.lock();
                            if t.version != version {
                                continue 'restart;
                            }
                            if equal {
                                return Ok((t, Probe::Found(at)));
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.probe(vm, key, hash)?.1, Probe::Found(_)))
    }

    /// Adds `key` (kept as is when an equal key is present).
    pub fn add(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        let (mut t, found) = self.probe(vm, &key, hash)?;
        if let Probe::Vacant(slot) = found {
            t.store(slot, key, hash);
        }
        Ok(())
    }

    /// Removes `key`; false when it was absent.
    pub fn discard(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        let (mut t, found) = self.probe(vm, key, hash)?;
        let Probe::Found(slot) = found else { return Ok(false) };
        let old = std::mem::replace(&mut t.slots[slot], Slot::Dummy);
        t.used -= 1;
        t.version += 1;
        drop(t);
        // The removed key is released after the lock (its finalizer may run code).
        drop(old);
        Ok(true)
    }

    /// `set.pop()`: the first element at or after the finger, in slot order.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.lock();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Active { .. }) {
            i = (i + 1) & mask;
        }
        let Slot::Active { key, .. } = std::mem::replace(&mut t.slots[i], Slot::Dummy) else { return None };
        t.used -= 1;
        t.finger = i + 1;
        t.version += 1;
        Some(key)
    }

    pub fn clear(&self) {
        let old = {
            let mut t = self.table.lock();
            let version = t.version + 1;
            let old = std::mem::take(&mut *t);
            t.version = version;
            old
        };
        drop(old);
    }

    /// The elements with their hashes, in iteration (slot) order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        let t = self.table.lock();
        t.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((key.clone(), *hash)),
                _ => None,
            })
            .collect()
    }

    /// The elements in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(k, _)| k).collect()
    }

    /// Iteration: the element at slot `pos` or the next one after it, and the slot after that.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.lock();
        t.slots.iter().enumerate().skip(pos).find_map(|(i, s)| match s {
            Slot::Active { key, .. } => Some((i + 1, key.clone())),
            _ => None,
        })
    }

    /// A copy as CPython makes one (`set(s)`, `s.copy()`): an empty set merged with this one.
    pub fn copy(&self) -> SetTable {
        let source = self.table.lock().clone();
        let mut t = Table::default();
        merge_into_empty(&mut t, &source);
        SetTable { table: Mutex::new(t) }
    }

    /// `self |= other` for another set, as CPython's `set_merge`: one resize up front, then
    /// the other set's elements in its slot order.
    pub fn update_from(&self, vm: &mut Vm, other: &SetTable) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let source = other.table.lock().clone();
        if source.used == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.lock();
            if (t.fill + source.used) * 5 >= t.mask() * 3 {
                let min_used = (t.used + source.used) * 2;
                t.resize(min_used);
            }
            if t.fill == 0 {
                merge_into_empty(&mut t, &source);
                return Ok(());
            }
        }
        for slot in source.slots {
            if let Slot::Active { hash, key } = slot {
                self.add(vm, key, hash)?;
            }
        }
        Ok(())
    }

    /// Adds a key whose equality needs no Python code (constants of a code object).
    pub fn add_native(&self, key: Value, hash: i64) {
        let mut t = self.table.lock();
        let mask = t.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut free = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=run {
                let at = i + j;
                match &t.slots[at] {
                    Slot::Empty => {
                        t.store(free.unwrap_or(at), key, hash);
                        return;
                    }
                    Slot::Dummy => free = Some(at),
                    Slot::Active { hash: h, key: k } if *h == hash && (k.is(&key) || native_key_eq(k, &key) == Some(true)) => return,
                    Slot::Active { .. } => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Before adding `incoming` elements of a dict: CPython's one resize up front.
    pub fn reserve_for(&self, incoming: usize) {
        let mut t = self.table.lock();
        if (t.fill + incoming) * 5 >= t.mask() * 3 {
            let min_used = (t.used + incoming) * 2;
            t.resize(min_used);
        }
    }

    /// Replaces the whole content with `other`'s in one step (CPython swaps the bodies).
    pub fn replace_with(&self, other: SetTable) {
        let new = other.table.into_inner();
        let old = {
            let mut t = self.table.lock();
            let version = t.version + 1;
            let old = std::mem::replace(&mut *t, new);
            t.version = version;
            old
        };
        drop(old);
    }

    /// `hash(frozenset)` as CPython computes it: the xor of shuffled element hashes (with the
    /// parity of empty and dummy slots, as CPython's loop over the whole table leaves it),
    /// then the size, then a final dispersion.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.lock();
        let mut hash = t.slots.iter().fold(0u64, |acc, s| match s {
            Slot::Active { hash, .. } => acc ^ shuffle(*hash as u64),
            _ => acc,
        });
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX { 590923713 } else { hash as i64 }
    }
}

/// Fills an empty table from `source` as `set_merge` does: a slot-for-slot copy when the sizes
/// match and the source has no dummies, else clean insertions in the source's slot order.
fn merge_into_empty(t: &mut Table, source: &Table) {
    if (t.fill + source.used) * 5 >= t.mask() * 3 {
        t.resize(source.used * 2);
    }
    if t.mask() == source.mask() && source.fill == source.used {
        t.slots = source.slots.clone();
    } else {
        for slot in &source.slots {
            if let Slot::Active { hash, key } = slot {
                Table::insert_clean(&mut t.slots, key.clone(), *hash);
            }
        }
    }
    t.fill = source.used;
    t.used = source.used;
    t.version += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slot-order element hashes after inserting `hashes` (no Python code involved: the
    /// keys are the ints themselves).
    fn order_after(ops: impl FnOnce(&mut Table)) -> Vec<i64> {
        let mut t = Table::default();
        ops(&mut t);
        t.slots.iter().filter_map(|s| if let Slot::Active { hash, .. } = s { Some(*hash) } else { None }).collect()
    }

    fn insert(t: &mut Table, v: i64) {
        // Small ints hash to themselves and never collide with an equal key here.
        let mask = t.mask();
        let mut i = (v as usize) & mask;
        let mut perturb = v as u64;
        let mut free = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=run {
                match t.slots[i + j] {
                    Slot::Empty => {
                        let at = free.unwrap_or(i + j);
                        t.store(at, Value::Int(v), v);
                        return;
                    }
                    Slot::Dummy => free = Some(i + j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    #[test]
    fn orders_match_cpython() {
        // Printed by the reference: {3, 1, 2} is {1, 2, 3}; {8, 0} stays; {20, 30, 50} is {50, 20, 30}.
        assert_eq!(order_after(|t| [3, 1, 2].iter().for_each(|&v| insert(t, v))), vec![1, 2, 3]);
        assert_eq!(order_after(|t| [8, 0].iter().for_each(|&v| insert(t, v))), vec![8, 0]);
        assert_eq!(order_after(|t| [20, 30, 50].iter().for_each(|&v| insert(t, v))), vec![50, 20, 30]);
    }
}
