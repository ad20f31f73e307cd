//! The buffer protocol inside the VM: how native code reads and writes the memory of
//! bytes-like objects, and how long-lived views (memoryview) pin that memory.
//!
//! - [`BufferExporter`] is what an object that owns memory implements: bytes (read-only),
//!   bytearray ([`ByteArrayData`], which counts exports so it refuses to change its length while
//!   a view exists), and any native object registered with [`register_exporter`] (the extension
//!   point for `array.array` and `mmap`).
//! - [`Export`] is one acquired export; views share it and the exporter's count drops when the
//!   last one goes away.
//! - [`bytes_of`] / [`bytes_of_checked`]: the contents of any bytes-like object (including a
//!   memoryview, in C order), for the many places CPython accepts "a bytes-like object".
//! - `format.rs`: the struct item formats memoryview understands; `memoryview.rs`: the view.

pub mod format;
pub mod memoryview;

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use parking_lot::{Mutex, MutexGuard, RwLock};

use crate::exceptions::PyErr;
use crate::object::{Kind, ObjRef, Object};
use crate::value::Value;
use crate::PyResult;

pub use memoryview::MemoryView;

/// An object whose memory can be viewed. The memory is a flat run of bytes holding
/// `len / itemsize` items of `format` (one dimension, C-contiguous).
pub trait BufferExporter: Send + Sync {
    /// The struct format of the items (`"B"` for bytes and bytearray).
    fn format(&self) -> &str {
        "B"
    }
    fn itemsize(&self) -> usize {
        1
    }
    fn readonly(&self) -> bool;
    /// Runs `f` over the memory.
    fn read(&self, f: &mut dyn FnMut(&[u8]));
    /// Runs `f` over the memory for writing; false (without running it) when read-only.
    fn write(&self, f: &mut dyn FnMut(&mut [u8])) -> bool;
    /// Takes one export: the memory must keep its size until the matching `release`.
    fn acquire(&self) -> PyResult<()> {
        Ok(())
    }
    fn release(&self) {}
}

/// Finds the exporter inside a native object (registered by the module that defines it).
pub type ExporterLookup = fn(&Object) -> Option<&dyn BufferExporter>;

static EXTRA_EXPORTERS: RwLock<Vec<ExporterLookup>> = RwLock::new(Vec::new());

/// Makes the native objects `lookup` recognises bytes-like (array.array, mmap, ...).
pub fn register_exporter(lookup: ExporterLookup) {
    EXTRA_EXPORTERS.write().push(lookup);
}

/// The exporter of an object's memory, if it has one (a memoryview is not one: it re-exports
/// its own exporter's memory, see [`MemoryView`]).
pub fn exporter_of(o: &Object) -> Option<&dyn BufferExporter> {
    match &o.kind {
        Kind::Bytes(b) => Some(b as &dyn BufferExporter),
        Kind::ByteArray(b) => Some(b as &dyn BufferExporter),
        Kind::Native(_) => EXTRA_EXPORTERS.read().iter().find_map(|lookup| lookup(o)),
        _ => None,
    }
}

/// Reads an exporter's memory through a closure that returns a value.
pub fn read_with<R>(e: &dyn BufferExporter, mut f: impl FnMut(&[u8]) -> R) -> R {
    let mut out = None;
    e.read(&mut |bytes| out = Some(f(bytes)));
    match out {
        Some(r) => r,
        // An exporter that did not call back has no memory to show.
        None => f(&[]),
    }
}

/// Writes an exporter's memory through a closure; None when it is read-only.
pub fn write_with<R>(e: &dyn BufferExporter, mut f: impl FnMut(&mut [u8]) -> R) -> Option<R> {
    let mut out = None;
    if !e.write(&mut |bytes| out = Some(f(bytes))) {
        return None;
    }
    out
}

impl BufferExporter for Box<[u8]> {
    fn readonly(&self) -> bool {
        true
    }
    fn read(&self, f: &mut dyn FnMut(&[u8])) {
        f(self)
    }
    fn write(&self, _: &mut dyn FnMut(&mut [u8])) -> bool {
        false
    }
}

/// The payload of a bytearray: its bytes behind the per-object lock, and how many views
/// currently export them (while any does, the length cannot change).
pub struct ByteArrayData {
    data: Mutex<Vec<u8>>,
    exports: AtomicUsize,
}

impl ByteArrayData {
    pub fn new(data: Vec<u8>) -> ByteArrayData {
        ByteArrayData { data: Mutex::new(data), exports: AtomicUsize::new(0) }
    }

    /// The bytes, for reading or for changes that keep the length.
    pub fn lock(&self) -> MutexGuard<'_, Vec<u8>> {
        self.data.lock()
    }

    /// The bytes for an operation that changes the length: BufferError while exported.
    /// (Exports are taken under the same lock, so none can appear until the guard drops.)
    pub fn lock_resizable(&self) -> PyResult<MutexGuard<'_, Vec<u8>>> {
        let g = self.data.lock();
        if self.exports.load(Ordering::Acquire) > 0 {
            return Err(resize_error());
        }
        Ok(g)
    }

    /// Call with the lock held, before changing the length from `old` to `new`: BufferError
    /// while exported (exports are taken under the same lock).
    pub fn check_resize(&self, old: usize, new: usize) -> PyResult<()> {
        if old != new && self.exports.load(Ordering::Acquire) > 0 {
            return Err(resize_error());
        }
        Ok(())
    }

    /// Whether views currently export the bytes.
    pub fn is_exported(&self) -> bool {
        self.exports.load(Ordering::Acquire) > 0
    }
}

/// CPython's error for resizing an exported bytearray.
pub fn resize_error() -> PyErr {
    PyErr::new("BufferError", "Existing exports of data: object cannot be re-sized")
}

impl BufferExporter for ByteArrayData {
    fn readonly(&self) -> bool {
        false
    }
    fn read(&self, f: &mut dyn FnMut(&[u8])) {
        f(&self.data.lock())
    }
    fn write(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        f(&mut self.data.lock());
        true
    }
    fn acquire(&self) -> PyResult<()> {
        let _g = self.data.lock();
        self.exports.fetch_add(1, Ordering::AcqRel);
        Ok(())
    }
    fn release(&self) {
        let _g = self.data.lock();
        let _ = self.exports.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1));
    }
}

/// One acquired export of an object's memory, shared by every view derived from it; the
/// exporter is released when the last holder drops it.
pub struct Export {
    obj: ObjRef,
}

impl Export {
    /// Acquires an export from `obj`; None when it is not a buffer exporter.
    pub fn acquire(obj: &ObjRef) -> Option<PyResult<Arc<Export>>> {
        let e = exporter_of(obj)?;
        Some(e.acquire().map(|()| Arc::new(Export { obj: obj.clone() })))
    }

    /// The exporting object.
    pub fn obj(&self) -> &ObjRef {
        &self.obj
    }

    /// The exporter (always present: an object's kind never changes).
    pub fn exporter(&self) -> &dyn BufferExporter {
        exporter_of(&self.obj).unwrap_or(&EMPTY)
    }
}

impl Drop for Export {
    fn drop(&mut self) {
        if let Some(e) = exporter_of(&self.obj) {
            e.release();
        }
    }
}

/// Stands in for an exporter that vanished (cannot happen; keeps the accessors total).
struct EmptyExporter;

static EMPTY: EmptyExporter = EmptyExporter;

impl BufferExporter for EmptyExporter {
    fn readonly(&self) -> bool {
        true
    }
    fn read(&self, f: &mut dyn FnMut(&[u8])) {
        f(&[])
    }
    fn write(&self, _: &mut dyn FnMut(&mut [u8])) -> bool {
        false
    }
}

/// The bytes of a bytes-like object (a memoryview's in C order; a bytearray's copied out of its
/// lock). A released memoryview counts as not bytes-like here, as in the CPython functions that
/// turn a failed buffer request into their own TypeError.
pub fn bytes_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    bytes_of_checked(v).ok().flatten()
}

/// Like [`bytes_of`], but a released memoryview is the ValueError CPython raises.
pub fn bytes_of_checked(v: &Value) -> PyResult<Option<Cow<'_, [u8]>>> {
    let Value::Obj(o) = v else { return Ok(None) };
    match &o.kind {
        Kind::Bytes(b) => Ok(Some(Cow::Borrowed(b))),
        Kind::ByteArray(b) => Ok(Some(Cow::Owned(b.lock().clone()))),
        _ => {
            if let Some(view) = o.as_native::<MemoryView>() {
                return view.to_bytes(memoryview::Order::C).map(|b| Some(Cow::Owned(b)));
            }
            Ok(exporter_of(o).map(|e| Cow::Owned(read_with(e, |b| b.to_vec()))))
        }
    }
}
