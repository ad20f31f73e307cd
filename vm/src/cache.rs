//! Inline caches: per-instruction memory of a lookup's result, valid while the version stamps
//! it was taken under are unchanged.
//!
//! Many threads run the same code object, so a cache is shared. Reading it must write no
//! shared memory (that is the point: threads reading a module's globals must not fight over
//! cache lines), so each entry is a small seqlock over atomics: a reader checks the sequence
//! number before and after reading; a writer that finds another writer active just skips
//! filling the cache. Only values that need no reference count to be handed out are cached:
//! inline values (None, bools, ints, floats) and immortal objects — which is what module-level
//! functions, classes, modules and builtins are.

use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicU64, Ordering, fence};

use crate::object::{Object, ObjRef};
use crate::value::Value;

#[derive(Default)]
pub struct InlineCache {
    seq: AtomicU64,
    key1: AtomicU64,
    key2: AtomicU64,
    key3: AtomicU64,
    tag: AtomicU8,
    payload: AtomicU64,
    object: AtomicPtr<Object>,
}

const TAG_NONE: u8 = 1;
const TAG_BOOL: u8 = 2;
const TAG_INT: u8 = 3;
const TAG_FLOAT: u8 = 4;
const TAG_OBJ: u8 = 5;
const TAG_ABSENT: u8 = 6;

impl InlineCache {
    /// The cached value if it was stored under exactly `(key1, key2)`.
    #[inline]
    pub fn get(&self, key1: u64, key2: u64) -> Option<Value> {
        self.get3(key1, key2, 0).flatten()
    }

    pub fn put(&self, key1: u64, key2: u64, value: &Value) {
        self.put3(key1, key2, 0, Some(value));
    }

    /// The cached result stored under `(key1, key2, key3)`: `Some(None)` is a cached "absent".
    #[inline]
    pub fn get3(&self, key1: u64, key2: u64, key3: u64) -> Option<Option<Value>> {
        let s1 = self.seq.load(Ordering::Acquire);
        if s1 & 1 == 1 || s1 == 0 {
            return None;
        }
        let k1 = self.key1.load(Ordering::Relaxed);
        let k2 = self.key2.load(Ordering::Relaxed);
        let k3 = self.key3.load(Ordering::Relaxed);
        let tag = self.tag.load(Ordering::Relaxed);
        let payload = self.payload.load(Ordering::Relaxed);
        let object = self.object.load(Ordering::Relaxed);
        fence(Ordering::Acquire);
        if self.seq.load(Ordering::Relaxed) != s1 || k1 != key1 || k2 != key2 || k3 != key3 {
            return None;
        }
        Some(Some(match tag {
            TAG_ABSENT => return Some(None),
            TAG_NONE => Value::None,
            TAG_BOOL => Value::Bool(payload != 0),
            TAG_INT => Value::Int(payload as i64),
            TAG_FLOAT => Value::Float(f64::from_bits(payload)),
            TAG_OBJ => {
                // SAFETY: only immortal objects are stored (see `put`), so the pointer stays valid
                // forever and `from_borrowed` writes nothing to it.
                let o = unsafe { &*object };
                Value::Obj(ObjRef::from_borrowed(o))
            }
            _ => return None,
        }))
    }

    /// Remembers `value` (None: absent) under the keys, if it is cacheable and no other thread
    /// is writing.
    pub fn put3(&self, key1: u64, key2: u64, key3: u64, value: Option<&Value>) {
        let Some(value) = value else {
            return self.store(key1, key2, key3, TAG_ABSENT, 0, std::ptr::null_mut());
        };
        let (tag, payload, object) = match value {
            Value::None => (TAG_NONE, 0, std::ptr::null_mut()),
            Value::Bool(b) => (TAG_BOOL, *b as u64, std::ptr::null_mut()),
            Value::Int(i) => (TAG_INT, *i as u64, std::ptr::null_mut()),
            Value::Float(f) => (TAG_FLOAT, f.to_bits(), std::ptr::null_mut()),
            Value::Obj(o) if o.is_immortal() => (TAG_OBJ, 0, o.as_object() as *const Object as *mut Object),
            Value::Obj(_) => return,
        };
        self.store(key1, key2, key3, tag, payload, object);
    }

    fn store(&self, key1: u64, key2: u64, key3: u64, tag: u8, payload: u64, object: *mut Object) {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1 || self.seq.compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
            return;
        }
        self.key1.store(key1, Ordering::Relaxed);
        self.key2.store(key2, Ordering::Relaxed);
        self.key3.store(key3, Ordering::Relaxed);
        self.tag.store(tag, Ordering::Relaxed);
        self.payload.store(payload, Ordering::Relaxed);
        self.object.store(object, Ordering::Relaxed);
        self.seq.store(s + 2, Ordering::Release);
    }
}
