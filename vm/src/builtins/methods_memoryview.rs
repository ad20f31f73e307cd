//! The `memoryview` type's methods, attributes and special methods (the view itself is in
//! `buffer/memoryview.rs`), and its iterator type `memory_iterator`.
//!
//! Indexing follows CPython's order of checks: released, 0-dim views (`m[()]`, `m[...]`), an
//! index (1-dim only), a slice (along the first dimension), a tuple of indices (one per
//! dimension), a tuple of slices (not implemented, as in CPython), anything else.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::method_args::{Params, clinic, no_args, not_implemented, one_arg, positional, receiver_as};
use super::{add_method, new_bytes, new_list, new_str, new_tuple};
use crate::buffer::format::ItemFormat;
use crate::buffer::memoryview::{Layout, MAX_DIMS, MemoryView, Order, released_error};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{IntRef, as_float, as_int};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("cast", mv_cast),
        ("release", mv_release),
        ("toreadonly", mv_toreadonly),
        ("count", mv_count),
        ("index", mv_index),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__lt__", mv_not_ordered),
        ("__le__", mv_not_ordered),
        ("__gt__", mv_not_ordered),
        ("__ge__", mv_not_ordered),
        ("__hash__", mv_hash),
        ("__repr__", mv_repr),
        ("__buffer__", mv_buffer),
        ("__release_buffer__", mv_release_buffer),
    ];
    let b = types::builtin();
    for (name, f) in methods {
        add_method(&b.memoryview, name, *f);
    }
    add_method(&b.bytes, "__buffer__", bytes_buffer);
    add_method(&b.bytearray, "__buffer__", bytearray_buffer);
    add_method(&b.memory_iterator, "__iter__", it_iter);
    add_method(&b.memory_iterator, "__next__", it_next);
}

/// `memoryview(object)`.
pub(crate) fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() + args.kwnames.len() > 1 {
        return Err(PyErr::type_error(format!("memoryview() takes at most 1 argument ({} given)", pos.len() + args.kwnames.len())));
    }
    let object = match pos.first() {
        Some(v) => v,
        None => match args.kwarg("object") {
            Some(v) => v,
            None => return Err(PyErr::type_error("memoryview() missing required argument 'object' (pos 1)")),
        },
    };
    MemoryView::from_value(vm, object)
}

fn view_of(v: &Value) -> Option<&MemoryView> {
    v.as_obj().and_then(|o| o.as_native::<MemoryView>())
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemoryView> {
    receiver_as(vm, args, "memoryview", name, view_of)
}

/// The receiver, which must not be released.
fn live<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemoryView> {
    let v = this(vm, args, name)?;
    v.checked_layout()?;
    Ok(v)
}

/// The attributes of a memoryview (`nbytes`, `shape`, ...); every one raises ValueError once
/// the view is released.
pub(crate) fn attribute(view: &MemoryView, name: &str) -> PyResult<Option<Value>> {
    if !is_attribute(name) {
        return Ok(None);
    }
    let l = view.checked_layout()?;
    let ints = |v: &[isize]| new_tuple(v.iter().map(|&x| Value::Int(x as i64)).collect());
    Ok(Some(match name {
        "obj" => Value::Obj(view.obj()?),
        "nbytes" => Value::Int(l.nbytes() as i64),
        "readonly" => Value::Bool(l.readonly),
        "itemsize" => Value::Int(l.itemsize as i64),
        "format" => new_str(&*l.format),
        "ndim" => Value::Int(l.ndim() as i64),
        "shape" => new_tuple(l.shape.iter().map(|&n| Value::Int(n as i64)).collect()),
        "strides" => ints(&l.strides),
        "suboffsets" => new_tuple(vec![]),
        "c_contiguous" => Value::Bool(l.is_c_contiguous()),
        "f_contiguous" => Value::Bool(l.is_f_contiguous()),
        _ => Value::Bool(l.is_c_contiguous() || l.is_f_contiguous()),
    }))
}

/// Whether memoryview attributes include `name` (for the "not writable" error on assignment).
pub(crate) fn is_attribute(name: &str) -> bool {
    matches!(
        name,
        "obj" | "nbytes" | "readonly" | "itemsize" | "format" | "ndim" | "shape" | "strides" | "suboffsets" | "c_contiguous" | "f_contiguous" | "contiguous"
    )
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "tobytes")?;
    let [order] = clinic(&args, "tobytes", &Params::new(["order"], 0))?;
    let order = match order {
        None => Order::C,
        Some(v) if v.is_none() => Order::C,
        Some(v) => match v.as_str() {
            Some("C") => Order::C,
            Some("F") => Order::Fortran,
            Some("A") => Order::Any,
            Some(_) => return Err(PyErr::value_error("order must be 'C', 'F' or 'A'")),
            None => return Err(PyErr::type_error(format!("tobytes() argument 'order' must be str or None, not {}", vm.type_name(v)))),
        },
    };
    Ok(new_bytes(view.to_bytes(order)?))
}

/// Nested lists of `items` (C order) for `shape`.
fn nested(items: &mut std::vec::IntoIter<Value>, shape: &[usize]) -> Value {
    match shape {
        [] => items.next().unwrap_or(Value::None),
        [n] => new_list(items.by_ref().take(*n).collect()),
        [n, rest @ ..] => new_list((0..*n).map(|_| nested(items, rest)).collect()),
    }
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "tolist")?;
    no_args(&args, "memoryview", "tolist")?;
    let items = view.items()?;
    Ok(nested(&mut items.into_iter(), &view.layout.shape))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "hex")?;
    let [sep, per] = clinic(&args, "hex", &Params::new(["sep", "bytes_per_sep"], 0))?;
    let data = view.to_bytes(Order::C)?;
    Ok(new_str(super::methods_bytes::hex_with_sep(vm, &data, sep, per)?))
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "release")?;
    no_args(&args, "memoryview", "release")?;
    view.release();
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "toreadonly")?;
    no_args(&args, "memoryview", "toreadonly")?;
    view.derive(Layout { readonly: true, ..view.layout.clone() })
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    live(vm, &args, "__enter__")?;
    no_args(&args, "memoryview", "__enter__")?;
    Ok(args.values[0].clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "__exit__")?;
    view.release();
    Ok(Value::None)
}

fn mv_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    live(vm, &args, "__buffer__")?;
    buffer_of(vm, &args, "memoryview")
}

/// `__buffer__(flags)` of memoryview, bytes and bytearray: a new view of the receiver.
fn buffer_of(vm: &mut Vm, args: &Args, ty: &str) -> PyResult<Value> {
    let [flags] = positional::<1>(args, ty, "__buffer__", 1)?;
    vm.index_value(flags.unwrap_or(&Value::None))?;
    MemoryView::from_value(vm, &args.values[0])
}

fn bytes_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver_as(vm, &args, "bytes", "__buffer__", |v| match v.kind() {
        Some(Kind::Bytes(_)) => Some(v),
        _ => None,
    })?;
    buffer_of(vm, &args, "bytes")
}

fn bytearray_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver_as(vm, &args, "bytearray", "__buffer__", |v| match v.kind() {
        Some(Kind::ByteArray(_)) => Some(v),
        _ => None,
    })?;
    buffer_of(vm, &args, "bytearray")
}

fn mv_release_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__release_buffer__")?;
    let other = one_arg(&args, "memoryview", "__release_buffer__")?;
    if let Some(v) = view_of(other) {
        v.release();
    }
    Ok(Value::None)
}

// ---- indexing ----

/// Whether `v` can be an index (an int or an object with `__index__`).
fn is_index(vm: &Vm, v: &Value) -> bool {
    as_int(v).is_some() || as_float(v).is_none() && types::lookup(&vm.class_of(v), "__index__").is_some()
}

/// An index as `Py_ssize_t` (IndexError when it does not fit).
fn index_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let fits = |i: IntRef| match i {
        IntRef::Small(i) => Ok(i),
        IntRef::Big(_) => Err(PyErr::new("IndexError", "cannot fit 'int' into an index-sized integer")),
    };
    if let Some(i) = as_int(v) {
        return fits(i);
    }
    let r = vm.call_method(v, "__index__", &[])?.unwrap_or(Value::None);
    match as_int(&r) {
        Some(i) => fits(i),
        None => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// `index` in dimension `dim` (0-based) of `layout`, negative from the end.
fn dimension_index(layout: &Layout, dim: usize, index: i64) -> PyResult<usize> {
    let n = layout.shape.get(dim).copied().unwrap_or(0) as i64;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(PyErr::new("IndexError", format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(i as usize)
}

fn is_ellipsis(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::object::ObjRef::ptr_eq(o, super::ellipsis()))
}

/// The indices of a tuple key with one index per dimension; the errors for too few (not
/// implemented) or too many.
fn tuple_indices(vm: &mut Vm, layout: &Layout, key: &[Value]) -> PyResult<Vec<usize>> {
    if key.len() < layout.ndim() {
        return Err(PyErr::new("NotImplementedError", "sub-views are not implemented"));
    }
    if key.len() > layout.ndim() {
        return Err(PyErr::type_error(format!("cannot index {}-dimension view with {}-element tuple", layout.ndim(), key.len())));
    }
    let mut out = Vec::with_capacity(key.len());
    for (dim, k) in key.iter().enumerate() {
        let i = index_value(vm, k)?;
        out.push(dimension_index(layout, dim, i)?);
    }
    Ok(out)
}

/// The layout of `view[key]` for a slice `key` (along the first dimension).
fn sliced(vm: &mut Vm, layout: &Layout, key: &Value) -> PyResult<Layout> {
    let n = layout.shape.first().copied().unwrap_or(0);
    let (start, stop, step) = super::containers::slice_bounds(vm, key, n)?;
    let (start128, stop128, step128) = (start as i128, stop as i128, step as i128);
    let count = if step128 > 0 {
        if stop128 > start128 { (stop128 - start128 - 1) / step128 + 1 } else { 0 }
    } else if start128 > stop128 {
        (start128 - stop128 - 1) / -step128 + 1
    } else {
        0
    };
    let mut out = layout.clone();
    let stride0 = layout.strides.first().copied().unwrap_or(0) as i128;
    if count > 0 {
        out.offset = (layout.offset as i128 + start128 * stride0) as isize;
    }
    if let Some(s) = out.shape.first_mut() {
        *s = count as usize;
    }
    if let Some(s) = out.strides.first_mut() {
        *s = (stride0.saturating_mul(step128)).clamp(isize::MIN as i128, isize::MAX as i128) as isize;
    }
    Ok(out)
}

fn is_tuple_of(v: &Value, pred: impl Fn(&Value) -> bool) -> Option<&[Value]> {
    let t = v.as_tuple()?;
    t.iter().all(pred).then_some(t)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "__getitem__")?;
    let key = one_arg(&args, "memoryview", "__getitem__")?;
    let layout = &view.layout;
    if layout.ndim() == 0 {
        if is_ellipsis(key) {
            return Ok(args.values[0].clone());
        }
        if key.as_tuple().is_some_and(|t| t.is_empty()) {
            return view.item_at(&[]);
        }
        return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, key) {
        if layout.ndim() != 1 {
            return Err(PyErr::new("NotImplementedError", "multi-dimensional sub-views are not implemented"));
        }
        let i = index_value(vm, key)?;
        let i = dimension_index(layout, 0, i)?;
        return view.item_at(&[i]);
    }
    if super::method_args::is_slice(key) {
        let l = sliced(vm, layout, key)?;
        return view.derive(l);
    }
    if let Some(t) = is_tuple_of(key, |k| is_index(vm, k)) {
        let t = t.to_vec();
        let indices = tuple_indices(vm, layout, &t)?;
        return view.item_at(&indices);
    }
    if is_tuple_of(key, super::method_args::is_slice).is_some() {
        return Err(PyErr::new("NotImplementedError", "multi-dimensional slicing is not implemented"));
    }
    Err(PyErr::type_error("memoryview: invalid slice key"))
}

/// The format and shape of a source buffer for slice assignment, and its bytes in C order.
fn source_buffer(vm: &Vm, v: &Value) -> PyResult<(Box<str>, usize, Vec<usize>, Vec<u8>)> {
    if let Some(src) = view_of(v) {
        let l = src.checked_layout()?;
        return Ok((l.format.clone(), l.itemsize, l.shape.clone(), src.to_bytes(Order::C)?));
    }
    let e = v.as_obj().and_then(|o| crate::buffer::exporter_of(o));
    let Some(e) = e else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
    };
    let data = crate::buffer::read_with(e, |b| b.to_vec());
    let size = e.itemsize().max(1);
    Ok((e.format().into(), size, vec![data.len() / size], data))
}

fn native_format(f: &str) -> &str {
    f.strip_prefix('@').unwrap_or(f)
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "__setitem__")?;
    let [key, value] = positional::<2>(&args, "memoryview", "__setitem__", 2)?;
    let (key, value) = (key.unwrap_or(&Value::None), value.unwrap_or(&Value::None));
    let layout = &view.layout;
    if layout.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    if layout.ndim() == 0 {
        if is_ellipsis(key) || key.as_tuple().is_some_and(|t| t.is_empty()) {
            view.set_item_at(vm, &[], value)?;
            return Ok(Value::None);
        }
        return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, key) {
        if layout.ndim() > 1 {
            return Err(PyErr::new("NotImplementedError", "sub-views are not implemented"));
        }
        let i = index_value(vm, key)?;
        let i = dimension_index(layout, 0, i)?;
        view.set_item_at(vm, &[i], value)?;
        return Ok(Value::None);
    }
    let is_slice = super::method_args::is_slice(key);
    if is_slice && layout.ndim() == 1 {
        let (format, itemsize, shape, data) = source_buffer(vm, value)?;
        let dest = sliced(vm, layout, key)?;
        if native_format(&format) != native_format(&dest.format) || itemsize != dest.itemsize || shape != dest.shape {
            return Err(PyErr::value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        view.write_items(&dest, &data)?;
        return Ok(Value::None);
    }
    if let Some(t) = is_tuple_of(key, |k| is_index(vm, k)) {
        let t = t.to_vec();
        if t.len() < layout.ndim() {
            return Err(PyErr::new("NotImplementedError", "sub-views are not implemented"));
        }
        let indices = tuple_indices(vm, layout, &t)?;
        view.set_item_at(vm, &indices, value)?;
        return Ok(Value::None);
    }
    if is_slice || is_tuple_of(key, super::method_args::is_slice).is_some() {
        return Err(PyErr::new("NotImplementedError", "memoryview slice assignments are currently restricted to ndim = 1"));
    }
    Err(PyErr::type_error("memoryview: invalid slice key"))
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "__delitem__")?;
    one_arg(&args, "memoryview", "__delitem__")?;
    if view.layout.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    Err(PyErr::type_error("cannot delete memory"))
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "__len__")?;
    no_args(&args, "memoryview", "__len__")?;
    match view.layout.shape.first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None => Err(PyErr::type_error("0-dim memory has no length")),
    }
}

// ---- cast ----

fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "cast")?;
    let [format, shape] = clinic(&args, "cast", &Params::new(["format", "shape"], 1))?;
    let format = format.unwrap_or(&Value::None);
    let Some(format) = format.as_str() else {
        return Err(PyErr::type_error(format!("cast() argument 'format' must be str, not {}", vm.type_name(format))));
    };
    let shape = match shape {
        Some(s) if !matches!(s.kind(), Some(Kind::List(_) | Kind::Tuple(_))) => {
            return Err(PyErr::type_error("shape must be a list or a tuple"));
        }
        Some(s) => Some(vm.collect_iterable(s)?),
        None => None,
    };
    let l = &view.layout;
    if !l.is_c_contiguous() {
        return Err(PyErr::type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if (shape.is_some() || l.ndim() != 1) && (l.shape.contains(&0) || l.strides.contains(&0)) {
        return Err(PyErr::type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    if let Some(s) = &shape {
        if l.ndim() != 1 && s.len() != 1 {
            return Err(PyErr::type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    let Some(item) = ItemFormat::parse(format) else {
        return Err(PyErr::value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let source_is_byte = l.item.is_some_and(ItemFormat::is_byte);
    if !source_is_byte && !item.is_byte() {
        return Err(PyErr::type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = item.itemsize();
    let nbytes = l.nbytes();
    if nbytes % itemsize != 0 {
        return Err(PyErr::type_error("memoryview: length is not a multiple of itemsize"));
    }
    let new_shape = match shape {
        None => vec![nbytes / itemsize],
        Some(dims) => {
            if dims.len() > MAX_DIMS {
                return Err(PyErr::value_error("memoryview: number of dimensions must not exceed 64"));
            }
            let mut out = Vec::with_capacity(dims.len());
            let mut product: usize = 1;
            for d in &dims {
                let n = match as_int(d) {
                    Some(IntRef::Small(n)) => n,
                    Some(IntRef::Big(b)) => {
                        if num_traits::Signed::is_negative(b) {
                            -1
                        } else {
                            return Err(PyErr::value_error("memoryview.cast(): product(shape) > SSIZE_MAX"));
                        }
                    }
                    None => return Err(PyErr::type_error("memoryview.cast(): elements of shape must be integers")),
                };
                if n <= 0 {
                    return Err(PyErr::value_error("memoryview.cast(): elements of shape must be integers > 0"));
                }
                product = product
                    .checked_mul(n as usize)
                    .filter(|&p| p <= isize::MAX as usize)
                    .ok_or_else(|| PyErr::value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
                out.push(n as usize);
            }
            if product.checked_mul(itemsize) != Some(nbytes) {
                return Err(PyErr::type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            out
        }
    };
    let strides = Layout::c_strides(&new_shape, itemsize);
    view.derive(Layout {
        format: format.into(),
        item: Some(item),
        itemsize,
        readonly: l.readonly,
        offset: l.offset,
        shape: new_shape,
        strides,
    })
}

// ---- searching ----

/// Item equality as CPython compares unpacked items (floats by value: NaN is unequal).
fn item_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (as_float(a), as_float(b)) {
        (Some(x), Some(y)) => return Ok(x == y),
        (Some(x), None) | (None, Some(x)) => {
            let other = if as_float(a).is_some() { b } else { a };
            if let Some(i) = as_int(other) {
                return Ok(crate::numbers::int_float_cmp(&i, x) == Some(std::cmp::Ordering::Equal));
            }
        }
        _ => {}
    }
    vm.eq(a, b)
}

/// The items of a 1-dim view for iteration and search; `zero_dim` is the 0-dim message.
fn items_1d(view: &MemoryView, zero_dim: &str, multi: &str) -> PyResult<Vec<Value>> {
    match view.layout.ndim() {
        0 => Err(PyErr::type_error(zero_dim.to_string())),
        1 => view.items(),
        _ => Err(PyErr::new("NotImplementedError", multi.to_string())),
    }
}

fn mv_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "count")?;
    let value = one_arg(&args, "memoryview", "count")?;
    let items = items_1d(view, "invalid indexing of 0-dim memory", "multi-dimensional sub-views are not implemented")?;
    let mut n = 0;
    for item in &items {
        if item_eq(vm, item, value)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// A `start`/`stop` argument of `index` (an int or `__index__`, clipped; None is an error).
fn bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(v) if v.is_none() => Err(PyErr::type_error("slice indices must be integers or have an __index__ method")),
        other => super::method_args::slice_index(vm, other)
            .map_err(|e| if e.is("TypeError") { PyErr::type_error("slice indices must be integers or have an __index__ method") } else { e }),
    }
}

fn mv_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "index")?;
    let [value, start, stop] = positional::<3>(&args, "memoryview", "index", 1)?;
    let value = value.unwrap_or(&Value::None);
    let start = bound(vm, start)?;
    let stop = bound(vm, stop)?;
    let items = items_1d(view, "invalid lookup on 0-dim memory", "multi-dimensional lookup is not implemented")?;
    let n = items.len() as i64;
    let clamp = |i: Option<i64>, default: i64| {
        let i = i.unwrap_or(default);
        if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) }
    };
    let (start, stop) = (clamp(start, 0), clamp(stop, n));
    for i in start..stop {
        if let Some(item) = items.get(i as usize) {
            if item_eq(vm, item, value)? {
                return Ok(Value::Int(i));
            }
        }
    }
    Err(PyErr::value_error("memoryview.index(x): x not found"))
}

// ---- comparison, hashing, repr ----

/// The format, shape and items of a buffer for comparison; None when `v` is not a buffer.
fn compared(vm: &Vm, v: &Value) -> PyResult<Option<(Vec<usize>, Vec<Value>)>> {
    if let Some(view) = view_of(v) {
        return Ok(Some((view.layout.shape.clone(), view.items()?)));
    }
    let _ = vm;
    let Some(e) = v.as_obj().and_then(|o| crate::buffer::exporter_of(o)) else { return Ok(None) };
    let Some(item) = ItemFormat::parse(e.format()) else {
        return Err(PyErr::new("NotImplementedError", format!("memoryview: format {} not supported", e.format())));
    };
    let size = item.itemsize();
    let items: Vec<Value> = crate::buffer::read_with(e, |b| b.chunks_exact(size).map(|c| item.unpack(c)).collect());
    Ok(Some((vec![items.len()], items)))
}

fn mv_compare_eq(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let view = this(vm, args, name)?;
    let other = one_arg(args, "memoryview", name)?;
    // A released view equals only itself; live views compare by items even with themselves
    // (a NaN item makes a view unequal to itself).
    if view.is_released() || view_of(other).is_some_and(MemoryView::is_released) {
        return Ok(Some(args.values[0].is(other)));
    }
    let Some((other_shape, other_items)) = compared(vm, other)? else { return Ok(None) };
    if other_shape != view.layout.shape {
        return Ok(Some(false));
    }
    let items = view.items()?;
    for (a, b) in items.iter().zip(&other_items) {
        if !item_eq(vm, a, b)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_compare_eq(vm, &args, "__eq__")? {
        Some(eq) => Value::Bool(eq),
        None => not_implemented(),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_compare_eq(vm, &args, "__ne__")? {
        Some(eq) => Value::Bool(!eq),
        None => not_implemented(),
    })
}

fn mv_not_ordered(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__lt__")?;
    one_arg(&args, "memoryview", "__lt__")?;
    Ok(not_implemented())
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "__hash__")?;
    no_args(&args, "memoryview", "__hash__")?;
    if let Some(h) = view.cached_hash() {
        return Ok(Value::Int(h));
    }
    let l = view.checked_layout()?;
    if !l.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    if !l.item.is_some_and(ItemFormat::is_byte) {
        return Err(PyErr::value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    vm.hash(&Value::Obj(view.obj()?))?;
    let h = crate::hash::hash_bytes(&view.to_bytes(Order::C)?);
    view.set_cached_hash(h);
    Ok(Value::Int(h))
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "__repr__")?;
    no_args(&args, "memoryview", "__repr__")?;
    let addr = args.values[0].as_obj().map_or(0, |o| o.addr());
    Ok(new_str(if view.is_released() { format!("<released memory at {addr:#x}>") } else { format!("<memory at {addr:#x}>") }))
}

// ---- iteration ----

/// `memory_iterator`: the items of a 1-dim view, read one at a time.
struct MemoryIterator {
    view: Value,
    index: AtomicUsize,
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = live(vm, &args, "__iter__")?;
    no_args(&args, "memoryview", "__iter__")?;
    match view.layout.ndim() {
        0 => return Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        1 => {}
        _ => return Err(PyErr::new("NotImplementedError", "multi-dimensional sub-views are not implemented")),
    }
    view.item_format()?;
    let it = MemoryIterator { view: args.values[0].clone(), index: AtomicUsize::new(0) };
    Ok(Value::Obj(Object::new(types::builtin().memory_iterator.clone(), Kind::Native(Box::new(it)))))
}

fn iterator_of<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemoryIterator> {
    receiver_as(vm, args, "memory_iterator", name, |v| v.as_obj().and_then(|o| o.as_native::<MemoryIterator>()))
}

fn it_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterator_of(vm, &args, "__iter__")?;
    no_args(&args, "memory_iterator", "__iter__")?;
    Ok(args.values[0].clone())
}

fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iterator_of(vm, &args, "__next__")?;
    no_args(&args, "memory_iterator", "__next__")?;
    let stop = || PyErr::with_args("StopIteration", vec![]);
    let Some(view) = view_of(&it.view) else { return Err(stop()) };
    let i = it.index.load(Ordering::Relaxed);
    if i >= view.layout.shape.first().copied().unwrap_or(0) {
        return Err(stop());
    }
    if view.is_released() {
        return Err(released_error());
    }
    it.index.store(i + 1, Ordering::Relaxed);
    view.item_at(&[i])
}
