//! The reference count in every object header, and the owning pointer [`ObjRef`].
//!
//! Design (see DESIGN.md, "Threads must not fight over cache lines"):
//! - Long-lived shared objects — builtin types and functions, interned strings, constants, and the
//!   functions, classes and modules created by module-level code — are *immortal* (or deferred,
//!   which ophis treats the same way until the cycle collector exists): cloning or dropping a
//!   reference to them reads the header and writes nothing, so threads that share them never
//!   contend on their cache lines.
//! - Every other object has an atomic count. Objects used by one thread see only uncontended
//!   atomic operations. (Biased reference counting would make those cheaper still; it can be added
//!   behind this type without changing its users, once the benchmarks say it pays.)
//! - Freeing is iterative: dropping the last reference to a long chain of objects (a linked list
//!   of a million nodes) must not recurse a million frames deep on the Rust stack, so nested
//!   frees beyond a small depth are queued and run by the outermost one.
//!
//! This is one of the few modules with `unsafe`; every block says why it is sound.

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering, fence};

use super::Object;

/// Set in the count of objects that are never freed.
const IMMORTAL: usize = 1 << (usize::BITS - 1);
/// Set in the count of objects that weak references were made to: freeing such an object first
/// clears its weak references (`crate::weakref`). Sticky, like IMMORTAL; the count proper is the
/// value without both flags.
const WEAKLY_REFERENCED: usize = 1 << (usize::BITS - 2);

pub struct RefCount(AtomicUsize);

impl RefCount {
    pub(crate) const fn new() -> RefCount {
        RefCount(AtomicUsize::new(1))
    }

    #[inline]
    fn is_immortal(&self) -> bool {
        self.0.load(Ordering::Relaxed) & IMMORTAL != 0
    }

    #[inline]
    fn increment(&self) {
        if !self.is_immortal() {
            // Relaxed is enough: a new reference is made from an existing one, which keeps the
            // object alive (as in `Arc::clone`).
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Returns true when this was the last reference and the object must be freed.
    #[inline]
    fn decrement(&self) -> bool {
        if self.is_immortal() {
            return false;
        }
        // Release so that every use of the object by this thread happens before the free;
        // the thread that frees synchronizes with all of them through the Acquire fence.
        if self.0.fetch_sub(1, Ordering::Release) & !WEAKLY_REFERENCED == 1 {
            fence(Ordering::Acquire);
            return true;
        }
        false
    }

    fn make_immortal(&self) {
        // Sticky: once set, no decrement can bring the count to exactly 1 → 0 again.
        self.0.fetch_or(IMMORTAL, Ordering::Relaxed);
    }

    /// The count, for `sys.getrefcount` and tests (immortal objects report a large number).
    pub fn get(&self) -> usize {
        let v = self.0.load(Ordering::Relaxed);
        if v & IMMORTAL != 0 { u32::MAX as usize } else { v & !WEAKLY_REFERENCED }
    }

    fn mark_weakly_referenced(&self) {
        self.0.fetch_or(WEAKLY_REFERENCED, Ordering::Relaxed);
    }

    fn is_weakly_referenced(&self) -> bool {
        self.0.load(Ordering::Relaxed) & WEAKLY_REFERENCED != 0
    }

    /// Adds a reference unless the count already reached zero (the object is being freed):
    /// how a weak reference turns into a strong one.
    fn increment_if_alive(&self) -> bool {
        let mut v = self.0.load(Ordering::Relaxed);
        loop {
            if v & IMMORTAL != 0 {
                return true;
            }
            if v & !WEAKLY_REFERENCED == 0 {
                return false;
            }
            match self.0.compare_exchange_weak(v, v + 1, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => return true,
                Err(now) => v = now,
            }
        }
    }
}

/// An owning reference to a heap object. Cloning increments the count (unless the object is
/// immortal); dropping decrements it and frees the object with the last reference.
pub struct ObjRef {
    ptr: NonNull<Object>,
    _owns: PhantomData<Object>,
}

// SAFETY: `Object` is `Send + Sync` (asserted in object/mod.rs): its mutable parts are behind
// locks or atomics, and the count is atomic, so references may move between and be shared by
// threads.
unsafe impl Send for ObjRef {}
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// Moves `object` to the heap with a count of one.
    pub fn new(object: Object) -> ObjRef {
        let ptr = NonNull::from(Box::leak(Box::new(object)));
        ObjRef { ptr, _owns: PhantomData }
    }

    #[inline]
    pub fn ptr_eq(a: &ObjRef, b: &ObjRef) -> bool {
        a.ptr == b.ptr
    }

    /// The object's address: `id()` and identity hashing.
    #[inline]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Marks the object as never freed: from now on clones and drops write nothing.
    pub fn make_immortal(&self) {
        self.rc().make_immortal();
    }

    pub fn is_immortal(&self) -> bool {
        self.rc().is_immortal()
    }

    #[inline]
    fn rc(&self) -> &RefCount {
        &self.as_object().rc
    }

    #[inline]
    pub fn as_object(&self) -> &Object {
        // SAFETY: an ObjRef holds a counted reference, so the object is alive for as long as
        // `self` is borrowed.
        unsafe { self.ptr.as_ref() }
    }
}

impl std::ops::Deref for ObjRef {
    type Target = Object;
    #[inline]
    fn deref(&self) -> &Object {
        self.as_object()
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        self.rc().increment();
        ObjRef { ptr: self.ptr, _owns: PhantomData }
    }
}

thread_local! {
    /// How many frees are running on this thread's stack, and the ones queued for later.
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static FREE_QUEUE: RefCell<Vec<NonNull<Object>>> = const { RefCell::new(Vec::new()) };
}

/// Nested frees beyond this depth are queued instead of recursing.
const MAX_FREE_DEPTH: u32 = 64;

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        if self.rc().decrement() {
            free(self.ptr);
        }
    }
}

#[cold]
fn free(ptr: NonNull<Object>) {
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= MAX_FREE_DEPTH {
        FREE_QUEUE.with(|q| q.borrow_mut().push(ptr));
        return;
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the count reached zero, so this was the last reference: nobody else can reach the
    // object (weak references cannot revive it: see `increment_if_alive`), and it was allocated
    // by `Box::new` in `ObjRef::new`.
    unsafe { destroy(ptr) };
    if depth == 0 {
        // The outermost free drains what deeper ones queued; each of those may queue more.
        while let Some(next) = FREE_QUEUE.with(|q| q.borrow_mut().pop()) {
            FREE_DEPTH.with(|d| d.set(1));
            // SAFETY: as above; queued pointers are objects whose count reached zero.
            unsafe { destroy(next) };
        }
    }
    FREE_DEPTH.with(|d| d.set(depth));
}

/// Clears the object's weak references (if it has any), then frees it.
///
/// # Safety
/// The object's count reached zero and `ptr` came from `ObjRef::new`.
unsafe fn destroy(ptr: NonNull<Object>) {
    // SAFETY: the object is still allocated: it is freed below.
    let weakly_referenced = unsafe { ptr.as_ref() }.rc.is_weakly_referenced();
    if weakly_referenced {
        // Waits for any thread that is turning one of its weak references into a strong one
        // (which fails now that the count is zero) before the memory goes away.
        crate::weakref::clear_referent(ptr.as_ptr() as usize);
    }
    // SAFETY: the caller's guarantee.
    drop(unsafe { Box::from_raw(ptr.as_ptr()) });
}

impl ObjRef {
    /// Records that a weak reference to this object exists (its free must clear it).
    pub(crate) fn mark_weakly_referenced(&self) {
        self.rc().mark_weakly_referenced();
    }

    /// A strong reference to the object at `addr` if it is still alive.
    ///
    /// # Safety
    /// `addr` must be the address of an object whose memory is still allocated: the caller holds
    /// the weak-reference registry's lock, and the object's free waits for that lock before
    /// releasing the memory.
    pub(crate) unsafe fn upgrade_weak(addr: usize) -> Option<ObjRef> {
        // SAFETY: the caller's guarantee.
        let object = unsafe { &*(addr as *const Object) };
        if object.rc.increment_if_alive() {
            Some(ObjRef { ptr: NonNull::from(object), _owns: PhantomData })
        } else {
            None
        }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ObjRef({:#x})", self.addr())
    }
}

impl ObjRef {
    /// Gives up ownership without decrementing: the pointer holds one counted reference.
    pub fn into_raw(self) -> *const Object {
        let p = self.ptr.as_ptr() as *const Object;
        std::mem::forget(self);
        p
    }

    /// Takes back a reference given up by [`ObjRef::into_raw`].
    ///
    /// # Safety
    /// `ptr` must come from `into_raw` and its counted reference must not have been taken back
    /// already.
    pub unsafe fn from_raw(ptr: *const Object) -> ObjRef {
        // SAFETY: the caller guarantees ptr came from into_raw (non-null, live, counted).
        ObjRef { ptr: unsafe { NonNull::new_unchecked(ptr as *mut Object) }, _owns: PhantomData }
    }

    /// A new counted reference to the object behind a borrowed one.
    pub fn from_borrowed(object: &Object) -> ObjRef {
        object.rc.increment();
        ObjRef { ptr: NonNull::from(object), _owns: PhantomData }
    }
}

impl ObjRef {
    /// Creates an object whose class is itself (`type`). `make` receives a counted reference to
    /// the object being created, which it must store as the class.
    pub(crate) fn new_self_classed(make: impl FnOnce(ObjRef) -> Object) -> ObjRef {
        let slot: Box<std::mem::MaybeUninit<Object>> = Box::new(std::mem::MaybeUninit::uninit());
        let ptr = NonNull::from(Box::leak(slot)).cast::<Object>();
        // The reference handed to `make` is only stored, not dereferenced, before the write below.
        let me = ObjRef { ptr, _owns: PhantomData };
        let object = make(me);
        // SAFETY: `ptr` is a fresh, exclusively owned allocation of the right layout; writing
        // initializes it. Its count starts at 1 for the self-reference held in `class`; the
        // returned reference adds one more.
        unsafe { ptr.as_ptr().write(object) };
        let me = ObjRef { ptr, _owns: PhantomData };
        me.rc().increment();
        me
    }

    /// Mutable access to an object during bootstrap.
    ///
    /// # Safety
    /// No other thread may reference the object, and no other borrow of it may be alive.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn bootstrap_mut(&self) -> &mut Object {
        // SAFETY: exclusivity is the caller's guarantee.
        unsafe { &mut *self.ptr.as_ptr() }
    }
}

/// A slot holding an optional object reference that many threads read without locking and
/// that is rarely replaced (a function's `__defaults__`, say). Readers get a plain borrow;
/// a replaced object is made immortal instead of freed, so a borrow taken before the
/// replacement stays valid. (Replacement is rare enough that the leak does not matter.)
pub struct SharedSlot(std::sync::atomic::AtomicPtr<Object>);

impl SharedSlot {
    pub fn new(value: Option<ObjRef>) -> SharedSlot {
        SharedSlot(std::sync::atomic::AtomicPtr::new(value.map_or(std::ptr::null_mut(), |o| o.into_raw() as *mut Object)))
    }

    pub fn get(&self) -> Option<&Object> {
        let p = self.0.load(Ordering::Acquire);
        // SAFETY: a non-null pointer holds a counted reference owned by this slot; objects that
        // leave the slot are made immortal, never freed, so the borrow outlives any replacement.
        unsafe { p.as_ref() }
    }

    pub fn get_ref(&self) -> Option<ObjRef> {
        self.get().map(ObjRef::from_borrowed)
    }

    pub fn set(&self, value: Option<ObjRef>) {
        let new = value.map_or(std::ptr::null_mut(), |o| o.into_raw() as *mut Object);
        let old = self.0.swap(new, Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: `old` held the slot's counted reference; we take it back.
            let old = unsafe { ObjRef::from_raw(old) };
            old.make_immortal();
        }
    }
}

impl Drop for SharedSlot {
    fn drop(&mut self) {
        let p = *self.0.get_mut();
        if !p.is_null() {
            // SAFETY: the slot owns one counted reference; with `&mut self` nobody borrows it.
            drop(unsafe { ObjRef::from_raw(p) });
        }
    }
}

/// The class pointer in every object header: read on every attribute access and operator, and
/// replaced only by `obj.__class__ = C`.
///
/// Reads are one atomic load (Acquire, so a reader also sees the class's initialized contents)
/// and write nothing. A reader may still be using the class it loaded when another thread
/// replaces it, so the replaced class must outlive every such borrow. We make it immortal
/// instead of releasing the slot's reference: that is sound with no reader bookkeeping at all,
/// and costs one leaked class per class ever replaced by `__class__` assignment (rare, and
/// classes made at module level are immortal anyway). Deferring the release to a quiescent
/// point would reclaim it, but needs a way to know that no thread still borrows the old
/// class, which the VM does not have yet.
pub(crate) struct ClassSlot(std::sync::atomic::AtomicPtr<Object>);

impl ClassSlot {
    pub(crate) fn new(class: ObjRef) -> ClassSlot {
        ClassSlot(std::sync::atomic::AtomicPtr::new(class.into_raw() as *mut Object))
    }

    /// The current class, borrowed for as long as the slot is.
    #[inline]
    pub(crate) fn get(&self) -> &Object {
        let p = self.0.load(Ordering::Acquire);
        // SAFETY: the pointer is never null and holds the slot's counted reference while it is
        // in the slot; once replaced it is immortal. Either way it lives as long as `self`.
        unsafe { &*p }
    }

    /// The current class as a reference-shaped borrow (see [`ClassRef`]).
    #[inline]
    pub(crate) fn get_ref(&self) -> ClassRef<'_> {
        let object = self.get();
        ClassRef { class: std::mem::ManuallyDrop::new(ObjRef { ptr: NonNull::from(object), _owns: PhantomData }), _borrow: PhantomData }
    }

    /// Stores `class`; the previous class becomes immortal (see the type's comment).
    pub(crate) fn replace(&self, class: ObjRef) {
        let new = class.into_raw() as *mut Object;
        let old = self.0.swap(new, Ordering::AcqRel);
        // SAFETY: `old` held the slot's counted reference; we take it back. Its count is still
        // at least one here, so making it immortal before the drop below means it is never freed.
        let old = unsafe { ObjRef::from_raw(old) };
        old.make_immortal();
    }
}

impl Drop for ClassSlot {
    fn drop(&mut self) {
        // SAFETY: the slot owns one counted reference; with `&mut self` nobody borrows it.
        drop(unsafe { ObjRef::from_raw(*self.0.get_mut()) });
    }
}

/// An object's class, borrowed from its header: usable wherever an `&ObjRef` is (`&o.class()`),
/// and `.clone()` gives a counted [`ObjRef`]. It holds no count of its own: the class it points
/// to lives at least as long as the object it was read from (see [`ClassSlot`]).
pub struct ClassRef<'a> {
    class: std::mem::ManuallyDrop<ObjRef>,
    _borrow: PhantomData<&'a Object>,
}

impl std::ops::Deref for ClassRef<'_> {
    type Target = ObjRef;
    #[inline]
    fn deref(&self) -> &ObjRef {
        &self.class
    }
}

impl std::borrow::Borrow<ObjRef> for ClassRef<'_> {
    fn borrow(&self) -> &ObjRef {
        &self.class
    }
}
