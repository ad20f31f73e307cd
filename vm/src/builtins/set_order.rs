//! The order in which CPython iterates (and prints) a set, and its frozenset hash.
//!
//! ophis stores a set's elements in an insertion-ordered table; CPython iterates its open-
//! addressing hash table slot by slot, so `{3, 1, 2}` prints as `{1, 2, 3}` and `{8, 0}` as
//! `{8, 0}`. The order is recomputed here by replaying the insertions into a model of CPython's
//! table (`setobject.c`: 8 slots to start, linear probing of 9 slots then perturbed probing,
//! growth to 4x the size when 3/5 full). The model does not replay deletions, so after
//! elements were removed the order may differ from CPython's where deleted slots changed
//! probing; in the common cases (sets built by adding, and the results of set operations) it
//! is CPython's.

use crate::dict::{Dict, Entry};
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Puts entry `idx` (hash `hash`) into the first free slot of CPython's probe sequence.
fn insert_clean(table: &mut [Option<usize>], hash: i64, idx: usize) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(idx);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some(idx);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

/// The positions (in `hashes`) in CPython's iteration order for a set built by adding
/// elements with these hashes in this order.
pub fn cpython_order(hashes: &[i64]) -> Vec<usize> {
    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for (idx, &h) in hashes.iter().enumerate() {
        insert_clean(&mut table, h, idx);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let min_used = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= min_used {
                size <<= 1;
            }
            let mut bigger = vec![None; size];
            for &slot in table.iter().flatten() {
                insert_clean(&mut bigger, hashes[slot], slot);
            }
            table = bigger;
        }
    }
    table.into_iter().flatten().collect()
}

/// A set's entries (elements with their hashes) in CPython's iteration order.
pub fn ordered_entries(d: &Dict) -> Vec<Entry> {
    let entries = d.entries();
    let hashes: Vec<i64> = entries.iter().map(|e| e.hash).collect();
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    cpython_order(&hashes).into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)).collect()
}

/// A set's elements in CPython's iteration order.
pub fn set_iteration_order(d: &Dict) -> Vec<Value> {
    ordered_entries(d).into_iter().map(|e| e.key).collect()
}

/// `hash(frozenset)` as CPython computes it from the element hashes: shuffled hashes combined
/// by xor (so the order does not matter), then the size, then a final dispersion.
pub fn frozenset_hash(hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash = hashes.iter().fold(0u64, |acc, &h| acc ^ shuffle(h as u64));
    hash ^= (hashes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX { 590923713 } else { hash as i64 }
}

#[cfg(test)]
mod tests {
    use super::{cpython_order, frozenset_hash};

    #[test]
    fn frozenset_hashes_are_cpythons() {
        // hash(frozenset()) and hash(frozenset([1, 2])) printed by the reference.
        assert_eq!(frozenset_hash(&[]), 133146708735736);
        assert_eq!(frozenset_hash(&[1, 2]), -1826646154956904602);
        assert_eq!(frozenset_hash(&[2, 1]), -1826646154956904602);
    }

    fn order(values: &[i64]) -> Vec<i64> {
        cpython_order(values).into_iter().map(|i| values[i]).collect()
    }

    #[test]
    fn small_ints_come_out_by_slot() {
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[8, 0]), vec![8, 0]);
        assert_eq!(order(&[5, 4, 3, 2, 1]), vec![1, 2, 3, 4, 5]);
        assert_eq!(order(&[20, 30, 50]), vec![50, 20, 30]);
    }
}
