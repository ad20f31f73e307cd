//! The memoryview object's state and its layout arithmetic: which bytes of the exporter's
//! memory each item occupies (shape, strides, offset), sub-views (slices, casts, read-only
//! copies), reading items in C or Fortran order, and writing items back.
//!
//! A view never holds a pointer into the memory: every access goes through its [`Export`]
//! (a bytearray's lock, held for one access), and the export keeps the exporter from changing
//! its length, so offsets computed here stay valid. Accesses are still bounds-checked.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use parking_lot::Mutex;

use super::format::ItemFormat;
use super::{Export, read_with, write_with};
use crate::PyResult;
use crate::exceptions::PyErr;
use crate::interp::Vm;
use crate::object::{Kind, ObjRef, Object};
use crate::types;
use crate::value::Value;

/// CPython's limit on the number of dimensions.
pub const MAX_DIMS: usize = 64;

/// The order in which a multi-dimensional view's items are laid out (`tobytes(order=...)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    C,
    Fortran,
    /// Fortran if the view is Fortran- but not C-contiguous, else C.
    Any,
}

/// The layout of a view: where its items are in the exporter's memory.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The struct format string as shown by `.format` ("B", "@i", ...).
    pub format: Box<str>,
    /// The parsed item format; None for exporter formats memoryview cannot unpack.
    pub item: Option<ItemFormat>,
    pub itemsize: usize,
    pub readonly: bool,
    /// Byte offset of the first item.
    pub offset: isize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
}

impl Layout {
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    pub fn item_count(&self) -> usize {
        self.shape.iter().try_fold(1usize, |acc, &n| acc.checked_mul(n)).unwrap_or(usize::MAX)
    }

    pub fn nbytes(&self) -> usize {
        self.item_count().saturating_mul(self.itemsize)
    }

    /// One item or unit stride for one dimension (even when empty, as CPython decides it);
    /// None for other dimensionalities.
    fn contiguous_1d(&self) -> Option<bool> {
        match (&self.shape[..], &self.strides[..]) {
            ([n], [s]) => Some(*n == 1 || *s == self.itemsize as isize),
            _ => None,
        }
    }

    pub fn is_c_contiguous(&self) -> bool {
        if let Some(c) = self.contiguous_1d() {
            return c;
        }
        if self.nbytes() == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n > 1 && s != expected {
                return false;
            }
            expected = expected.saturating_mul(n as isize);
        }
        true
    }

    pub fn is_f_contiguous(&self) -> bool {
        if let Some(c) = self.contiguous_1d() {
            return c;
        }
        if self.nbytes() == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            if n > 1 && s != expected {
                return false;
            }
            expected = expected.saturating_mul(n as isize);
        }
        true
    }

    /// C-contiguous strides for `shape` with items of `itemsize` bytes.
    pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
        let mut strides = vec![0isize; shape.len()];
        let mut step = itemsize as isize;
        for (s, &n) in strides.iter_mut().zip(shape).rev() {
            *s = step;
            step = step.saturating_mul(n as isize);
        }
        strides
    }

    /// The byte offset of every item, in the given order (C: last index fastest).
    pub fn item_offsets(&self, order: Order) -> PyResult<Vec<isize>> {
        let fortran = match order {
            Order::C => false,
            Order::Fortran => true,
            Order::Any => self.is_f_contiguous() && !self.is_c_contiguous(),
        };
        let count = self.item_count();
        let mut out = Vec::new();
        out.try_reserve_exact(count).map_err(|_| PyErr::new("MemoryError", ""))?;
        if count == 0 {
            return Ok(out);
        }
        let ndim = self.ndim();
        let mut index = vec![0usize; ndim];
        loop {
            let off = index.iter().zip(&self.strides).fold(self.offset, |acc, (&i, &s)| acc + i as isize * s);
            out.push(off);
            // Advance the fastest-moving index, carrying into the slower ones.
            let dims: Box<dyn Iterator<Item = usize>> = if fortran { Box::new(0..ndim) } else { Box::new((0..ndim).rev()) };
            let mut carried_out = true;
            for d in dims {
                index[d] += 1;
                if index[d] < self.shape[d] {
                    carried_out = false;
                    break;
                }
                index[d] = 0;
            }
            if carried_out {
                return Ok(out);
            }
        }
    }

    /// The byte offset of the item at `indices` (one per dimension, already in range).
    pub fn offset_of(&self, indices: &[usize]) -> isize {
        indices.iter().zip(&self.strides).fold(self.offset, |acc, (&i, &s)| acc + i as isize * s)
    }
}

/// A memoryview: its layout and the export it reads through (None once released).
pub struct MemoryView {
    export: Mutex<Option<Arc<Export>>>,
    pub layout: Layout,
    /// The cached hash (`i64::MIN` until computed).
    hash: AtomicI64,
}

/// The flags CPython passes to a Python `__buffer__` (PyBUF_FULL_RO).
const FULL_RO_FLAGS: i64 = 0x11c;

/// The memoryview a Python class's `__buffer__` method returns for `v` (PEP 688); None when
/// its type has no such method. (Built-in buffers are handled natively, never through this.)
pub fn python_buffer(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let class = vm.class_of(v);
    if class.as_type().is_some_and(|t| t.is_builtin()) {
        return Ok(None);
    }
    let Some(r) = vm.call_method(v, "__buffer__", &[Value::Int(FULL_RO_FLAGS)])? else { return Ok(None) };
    if r.as_obj().and_then(|o| o.as_native::<MemoryView>()).is_none() {
        return Err(PyErr::type_error("__buffer__ returned non-memoryview object"));
    }
    Ok(Some(r))
}

/// "operation forbidden on released memoryview object".
pub fn released_error() -> PyErr {
    PyErr::value_error("operation forbidden on released memoryview object")
}

impl MemoryView {
    fn with_layout(export: Arc<Export>, layout: Layout) -> Value {
        let view = MemoryView { export: Mutex::new(Some(export)), layout, hash: AtomicI64::new(i64::MIN) };
        Value::Obj(Object::new(types::builtin().memoryview.clone(), Kind::Native(Box::new(view))))
    }

    /// `memoryview(v)`: a view of a bytes-like object (sharing the export of a memoryview), or
    /// of what a Python class's `__buffer__` returns.
    pub fn from_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
        let not_buffer = |vm: &Vm| PyErr::type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(v)));
        let Value::Obj(o) = v else { return Err(not_buffer(vm)) };
        if o.as_native::<MemoryView>().is_none() && super::exporter_of(o).is_none() {
            return match python_buffer(vm, v)? {
                Some(view) => MemoryView::from_value(vm, &view),
                None => Err(not_buffer(vm)),
            };
        }
        if let Some(view) = o.as_native::<MemoryView>() {
            let export = view.export()?;
            return Ok(MemoryView::with_layout(export, view.layout.clone()));
        }
        let Some(export) = Export::acquire(o) else { return Err(not_buffer(vm)) };
        let export = export?;
        let e = export.exporter();
        let itemsize = e.itemsize().max(1);
        let len = read_with(e, |b| b.len());
        let format: Box<str> = e.format().into();
        let layout = Layout {
            item: ItemFormat::parse(&format),
            format,
            itemsize,
            readonly: e.readonly(),
            offset: 0,
            shape: vec![len / itemsize],
            strides: vec![itemsize as isize],
        };
        Ok(MemoryView::with_layout(export, layout))
    }

    /// The export, or the released-view ValueError.
    pub fn export(&self) -> PyResult<Arc<Export>> {
        self.export.lock().clone().ok_or_else(released_error)
    }

    pub fn is_released(&self) -> bool {
        self.export.lock().is_none()
    }

    /// The layout of a view that is still usable.
    pub fn checked_layout(&self) -> PyResult<&Layout> {
        if self.is_released() {
            return Err(released_error());
        }
        Ok(&self.layout)
    }

    /// `release()`: drops this view's share of the export (a no-op when already released).
    pub fn release(&self) {
        let export = self.export.lock().take();
        drop(export);
    }

    /// The exporting object (`.obj`).
    pub fn obj(&self) -> PyResult<ObjRef> {
        Ok(self.export()?.obj().clone())
    }

    /// A new view of the same export with another layout.
    pub fn derive(&self, layout: Layout) -> PyResult<Value> {
        Ok(MemoryView::with_layout(self.export()?, layout))
    }

    /// Runs `f` over the exporter's memory.
    pub fn read<R>(&self, f: impl FnMut(&[u8]) -> R) -> PyResult<R> {
        let export = self.export()?;
        Ok(read_with(export.exporter(), f))
    }

    /// Runs `f` over the exporter's memory for writing.
    pub fn write<R>(&self, f: impl FnMut(&mut [u8]) -> R) -> PyResult<R> {
        let export = self.export()?;
        write_with(export.exporter(), f).ok_or_else(|| PyErr::type_error("cannot modify read-only memory"))
    }

    /// The item format, or NotImplementedError for formats memoryview cannot unpack.
    pub fn item_format(&self) -> PyResult<ItemFormat> {
        self.layout.item.ok_or_else(|| PyErr::new("NotImplementedError", format!("memoryview: format {} not supported", self.layout.format)))
    }

    /// The contents in the given order (`tobytes`).
    pub fn to_bytes(&self, order: Order) -> PyResult<Vec<u8>> {
        let layout = self.checked_layout()?;
        let size = layout.itemsize;
        if layout.is_c_contiguous() && order != Order::Fortran || layout.ndim() <= 1 && layout.is_c_contiguous() {
            let (start, n) = (layout.offset, layout.nbytes());
            return self.read(|b| slice_at(b, start, n).to_vec());
        }
        let offsets = layout.item_offsets(order)?;
        let mut out = Vec::new();
        out.try_reserve_exact(offsets.len().saturating_mul(size)).map_err(|_| PyErr::new("MemoryError", ""))?;
        self.read(|b| {
            out.clear();
            for &off in &offsets {
                out.extend_from_slice(slice_at(b, off, size));
            }
        })?;
        Ok(out)
    }

    /// Every item, in C order.
    pub fn items(&self) -> PyResult<Vec<Value>> {
        let layout = self.checked_layout()?;
        let item = self.item_format()?;
        let offsets = layout.item_offsets(Order::C)?;
        let size = layout.itemsize;
        self.read(|b| offsets.iter().map(|&off| item.unpack(slice_at(b, off, size))).collect())
    }

    /// The item at `indices` (one per dimension, in range).
    pub fn item_at(&self, indices: &[usize]) -> PyResult<Value> {
        let item = self.item_format()?;
        let (off, size) = (self.layout.offset_of(indices), self.layout.itemsize);
        self.read(|b| item.unpack(slice_at(b, off, size)))
    }

    /// Stores `v` at `indices` (one per dimension, in range).
    pub fn set_item_at(&self, vm: &mut Vm, indices: &[usize], v: &Value) -> PyResult<()> {
        if self.layout.readonly {
            return Err(PyErr::type_error("cannot modify read-only memory"));
        }
        let item = self.item_format()?;
        let bytes = item.pack(vm, v, &self.layout.format)?;
        let off = self.layout.offset_of(indices);
        self.write(|b| write_at(b, off, &bytes))
    }

    /// Writes `data` (one item after another, C order) over the items `layout` (this view or
    /// a region of it) describes.
    pub fn write_items(&self, layout: &Layout, data: &[u8]) -> PyResult<()> {
        let offsets = layout.item_offsets(Order::C)?;
        let size = layout.itemsize;
        self.write(|b| {
            for (&off, chunk) in offsets.iter().zip(data.chunks(size.max(1))) {
                write_at(b, off, chunk);
            }
        })
    }

    /// The hash (`hash(view)`), cached after the first computation.
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.load(Ordering::Relaxed);
        (h != i64::MIN).then_some(h)
    }

    pub fn set_cached_hash(&self, h: i64) {
        self.hash.store(h, Ordering::Relaxed);
    }
}

/// `n` bytes at `off` in `b`; empty when out of range (cannot happen for a live export).
fn slice_at(b: &[u8], off: isize, n: usize) -> &[u8] {
    usize::try_from(off).ok().and_then(|s| b.get(s..s.checked_add(n)?)).unwrap_or(&[])
}

fn write_at(b: &mut [u8], off: isize, data: &[u8]) {
    if let Some(dst) = usize::try_from(off).ok().and_then(|s| b.get_mut(s..s.checked_add(data.len())?)) {
        dst.copy_from_slice(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(shape: &[usize], strides: &[isize], offset: isize) -> Layout {
        Layout {
            format: "B".into(),
            item: Some(ItemFormat::U8),
            itemsize: 1,
            readonly: true,
            offset,
            shape: shape.to_vec(),
            strides: strides.to_vec(),
        }
    }

    #[test]
    fn offsets_in_c_and_fortran_order() {
        let l = layout(&[2, 3], &[3, 1], 0);
        assert_eq!(l.item_offsets(Order::C).unwrap(), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(l.item_offsets(Order::Fortran).unwrap(), vec![0, 3, 1, 4, 2, 5]);
        assert!(l.is_c_contiguous() && !l.is_f_contiguous());
    }

    #[test]
    fn negative_strides_walk_backwards() {
        let l = layout(&[3], &[-2], 5);
        assert_eq!(l.item_offsets(Order::C).unwrap(), vec![5, 3, 1]);
        assert!(!l.is_c_contiguous());
    }

    #[test]
    fn zero_dimensional_views_have_one_item() {
        let l = layout(&[], &[], 4);
        assert_eq!(l.item_offsets(Order::C).unwrap(), vec![4]);
        assert_eq!(Layout::c_strides(&[2, 4], 2), vec![8, 2]);
    }
}
