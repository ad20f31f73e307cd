//! Methods shared by `bytes` and `bytearray`: searching, splitting, stripping, padding,
//! joining, replacing, ASCII case mappings and predicates, `hex`/`fromhex`, `translate`/
//! `maketrans` and `decode`. Each method is one generic function registered on both types:
//! `BA` says whether the receiver is a bytearray (whose results are bytearrays too).
//! The special methods are in `methods_bytes_special.rs`; bytearray's mutators in
//! `methods_bytearray.rs`.

use std::borrow::Cow;


use super::method_args::{Params, clinic, no_args, one_arg, positional, receiver_as, vec_with_capacity, window};
use super::methods_str::{maxsplit_arg, req};
use super::methods_str_text::{clinic_str, expanded_len, tabsize_arg};
use super::{add_method, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{IntRef, as_int};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

/// `(name, bytes method, bytearray method)` for one generic method `f`.
macro_rules! both {
    ($name:literal, $f:ident) => {
        ($name, $f::<false> as NativeFn, $f::<true> as NativeFn)
    };
}
pub(super) use both;

pub(super) fn install() {
    let methods: &[(&str, NativeFn, NativeFn)] = &[
        both!("find", b_find),
        both!("rfind", b_rfind),
        both!("index", b_index),
        both!("rindex", b_rindex),
        both!("count", b_count),
        both!("startswith", b_startswith),
        both!("endswith", b_endswith),
        both!("split", b_split),
        both!("rsplit", b_rsplit),
        both!("splitlines", b_splitlines),
        both!("partition", b_partition),
        both!("rpartition", b_rpartition),
        both!("strip", b_strip),
        both!("lstrip", b_lstrip),
        both!("rstrip", b_rstrip),
        both!("removeprefix", b_removeprefix),
        both!("removesuffix", b_removesuffix),
        both!("center", b_center),
        both!("ljust", b_ljust),
        both!("rjust", b_rjust),
        both!("zfill", b_zfill),
        both!("join", b_join),
        both!("replace", b_replace),
        both!("lower", b_lower),
        both!("upper", b_upper),
        both!("title", b_title),
        both!("capitalize", b_capitalize),
        both!("swapcase", b_swapcase),
        both!("isalnum", b_isalnum),
        both!("isalpha", b_isalpha),
        both!("isascii", b_isascii),
        both!("isdigit", b_isdigit),
        both!("islower", b_islower),
        both!("isupper", b_isupper),
        both!("isspace", b_isspace),
        both!("istitle", b_istitle),
        both!("expandtabs", b_expandtabs),
        both!("hex", b_hex),
        both!("translate", b_translate),
        both!("decode", b_decode),
    ];
    let b = types::builtin();
    for (name, f, g) in methods {
        add_method(&b.bytes, name, *f);
        add_method(&b.bytearray, name, *g);
    }
    super::add_classmethod(&b.bytes, "fromhex", b_fromhex::<false>);
    super::add_classmethod(&b.bytearray, "fromhex", b_fromhex::<true>);
    super::add_staticmethod(&b.bytes, "maketrans", b_maketrans);
    super::add_staticmethod(&b.bytearray, "maketrans", b_maketrans);
}

pub(super) fn type_name<const BA: bool>() -> &'static str {
    if BA { "bytearray" } else { "bytes" }
}

/// The content of a bytes-like object (any buffer: bytes, bytearray, memoryview, ...; a
/// bytearray's is copied out of its lock, so no lock is held while Python code runs).
pub(super) fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    crate::buffer::bytes_of(v)
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
pub(super) fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The receiver's bytes.
pub(super) fn this<'a, const BA: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Cow<'a, [u8]>> {
    receiver_as(vm, args, type_name::<BA>(), name, |v| match v.kind() {
        Some(Kind::Bytes(b)) if !BA => Some(&b[..]),
        Some(Kind::ByteArray(_)) if BA => Some(&[][..]),
        _ => None,
    })?;
    Ok(bytes_like(&args.values[0]).unwrap_or(Cow::Borrowed(&[])))
}

pub(super) fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(Object::new(types::builtin().bytearray.clone(), Kind::ByteArray(crate::buffer::ByteArrayData::new(data))))
}

/// A result of the receiver's type: bytes for bytes methods, bytearray for bytearray methods.
pub(super) fn make<const BA: bool>(data: Vec<u8>) -> Value {
    if BA { new_bytearray(data) } else { super::new_bytes(data) }
}

/// The receiver itself if it is an exact bytes (CPython returns it unchanged), else a new
/// object of the receiver's type.
fn same<const BA: bool>(v: &Value, data: &[u8]) -> Value {
    match v {
        Value::Obj(o) if !BA && o.class_data().is_builtin() => v.clone(),
        _ => make::<BA>(data.to_vec()),
    }
}

/// A byte value 0..=255 from an int-like argument.
pub(super) fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => return Err(PyErr::value_error("byte must be in range(0, 256)")),
        None => vm.index_value(v)?,
    };
    u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// The needle of `find`-like methods: a bytes-like object or an int (one byte).
pub(super) fn needle<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if as_int(v).is_some() || types::lookup(&vm.class_of(v), "__index__").is_some() {
        return Ok(Cow::Owned(vec![byte_value(vm, v)?]));
    }
    Err(PyErr::type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))))
}

pub(super) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

fn count_bytes(hay: &[u8], needle: &[u8], limit: usize) -> usize {
    if needle.is_empty() {
        return (hay.len() + 1).min(limit);
    }
    memchr::memmem::find_iter(hay, needle).take(limit).count()
}

#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
}

fn search<const BA: bool>(vm: &mut Vm, args: Args, name: &str, how: Search) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let [sub, start, end] = positional::<3>(&args, type_name::<BA>(), name, 1)?;
    // CPython converts the window before the needle.
    let win = window(vm, start, end, data.len())?;
    let sub = needle(vm, req(sub))?;
    let found = match win {
        Some((a, b)) => {
            let hay = &data[a..b];
            let pos = if matches!(how, Search::Find | Search::Index) { find_bytes(hay, &sub) } else { rfind_bytes(hay, &sub) };
            pos.map(|p| a + p)
        }
        None => None,
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if matches!(how, Search::Index | Search::RIndex) => Err(PyErr::value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn b_find<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search::<BA>(vm, args, "find", Search::Find)
}
fn b_rfind<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search::<BA>(vm, args, "rfind", Search::RFind)
}
fn b_index<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search::<BA>(vm, args, "index", Search::Index)
}
fn b_rindex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search::<BA>(vm, args, "rindex", Search::RIndex)
}

fn b_count<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "count")?;
    let [sub, start, end] = positional::<3>(&args, type_name::<BA>(), "count", 1)?;
    let win = window(vm, start, end, data.len())?;
    let sub = needle(vm, req(sub))?;
    let n = match win {
        Some((a, b)) => count_bytes(&data[a..b], &sub, usize::MAX),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn affix<const BA: bool>(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let [target, start, end] = positional::<3>(&args, type_name::<BA>(), name, 1)?;
    let target = req(target);
    let win = window(vm, start, end, data.len())?;
    let check = |p: &[u8]| match win {
        Some((a, b)) => {
            let hay = &data[a..b];
            if at_end { hay.ends_with(p) } else { hay.starts_with(p) }
        }
        None => false,
    };
    if let Some(items) = target.as_tuple() {
        for item in items {
            if check(&bytes_arg(vm, item)?) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let p = bytes_like(target).ok_or_else(|| {
        PyErr::type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(target)))
    })?;
    Ok(Value::Bool(check(&p)))
}

fn b_startswith<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix::<BA>(vm, args, "startswith", false)
}
fn b_endswith<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix::<BA>(vm, args, "endswith", true)
}

/// ASCII whitespace as bytes methods define it.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn trim_start(mut s: &[u8], f: impl Fn(u8) -> bool) -> &[u8] {
    while let [first, rest @ ..] = s {
        if !f(*first) {
            break;
        }
        s = rest;
    }
    s
}

fn trim_end(mut s: &[u8], f: impl Fn(u8) -> bool) -> &[u8] {
    while let [rest @ .., last] = s {
        if !f(*last) {
            break;
        }
        s = rest;
    }
    s
}

fn split_whitespace(s: &[u8], maxsplit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = trim_start(s, is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = trim_start(&rest[end..], is_space);
    }
    out
}

fn rsplit_whitespace(s: &[u8], maxsplit: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = trim_end(s, is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let start = rest.iter().rposition(|&b| is_space(b)).map_or(0, |p| p + 1);
        out.push(&rest[start..]);
        rest = trim_end(&rest[..start], is_space);
    }
    out.reverse();
    out
}

fn split_on<'a>(s: &'a [u8], sep: &[u8], maxsplit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() < maxsplit {
        let Some(p) = find_bytes(rest, sep) else { break };
        out.push(&rest[..p]);
        rest = &rest[p + sep.len()..];
    }
    out.push(rest);
    out
}

fn rsplit_on<'a>(s: &'a [u8], sep: &[u8], maxsplit: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() < maxsplit {
        let Some(p) = rfind_bytes(rest, sep) else { break };
        out.push(&rest[p + sep.len()..]);
        rest = &rest[..p];
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_impl<const BA: bool>(vm: &mut Vm, args: Args, name: &str, from_right: bool) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let [sep, maxsplit] = clinic(&args, name, &Params::new(["sep", "maxsplit"], 0))?;
    let maxsplit = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<&[u8]> = match sep {
        None | Some(Value::None) => {
            if from_right { rsplit_whitespace(&data, maxsplit) } else { split_whitespace(&data, maxsplit) }
        }
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let parts = if from_right { rsplit_on(&data, &sep, maxsplit) } else { split_on(&data, &sep, maxsplit) };
            return Ok(new_list(parts.into_iter().map(|p| make::<BA>(p.to_vec())).collect()));
        }
    };
    Ok(new_list(parts.into_iter().map(|p| make::<BA>(p.to_vec())).collect()))
}

fn b_split<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl::<BA>(vm, args, "split", false)
}
fn b_rsplit<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl::<BA>(vm, args, "rsplit", true)
}

fn b_splitlines<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "splitlines")?;
    let [keepends] = clinic(&args, "splitlines", &Params::new(["keepends"], 0))?;
    let keepends = match keepends {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(make::<BA>(data[start..if keepends { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(make::<BA>(data[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn partition_impl<const BA: bool>(vm: &mut Vm, args: Args, name: &str, from_right: bool) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let sep_value = one_arg(&args, type_name::<BA>(), name)?;
    let sep = bytes_arg(vm, sep_value)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if from_right { rfind_bytes(&data, &sep) } else { find_bytes(&data, &sep) };
    let sep_out = match (BA, sep_value.kind()) {
        (false, Some(Kind::Bytes(_))) if sep_value.as_obj().is_some_and(|o| o.class_data().is_builtin()) => sep_value.clone(),
        _ => make::<BA>(sep.to_vec()),
    };
    Ok(match found {
        Some(p) => new_tuple(vec![make::<BA>(data[..p].to_vec()), sep_out, make::<BA>(data[p + sep.len()..].to_vec())]),
        None if from_right => new_tuple(vec![make::<BA>(vec![]), make::<BA>(vec![]), same::<BA>(&args.values[0], &data)]),
        None => new_tuple(vec![same::<BA>(&args.values[0], &data), make::<BA>(vec![]), make::<BA>(vec![])]),
    })
}

fn b_partition<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, "partition", false)
}
fn b_rpartition<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, "rpartition", true)
}

fn strip_impl<const BA: bool>(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let [chars] = positional::<1>(&args, type_name::<BA>(), name, 0)?;
    let set: Option<Cow<[u8]>> = match chars {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |b: u8| match &set {
        Some(s) => s.contains(&b),
        None => is_space(b),
    };
    let mut s: &[u8] = &data;
    if left {
        s = trim_start(s, strip);
    }
    if right {
        s = trim_end(s, strip);
    }
    Ok(make::<BA>(s.to_vec()))
}

fn b_strip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "strip", true, true)
}
fn b_lstrip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "lstrip", true, false)
}
fn b_rstrip<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, "rstrip", false, true)
}

fn remove_affix<const BA: bool>(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let a = bytes_arg(vm, one_arg(&args, type_name::<BA>(), name)?)?;
    let r = if suffix { data.strip_suffix(&a[..]) } else { data.strip_prefix(&a[..]) };
    Ok(match r {
        Some(r) => make::<BA>(r.to_vec()),
        None => same::<BA>(&args.values[0], &data),
    })
}

fn b_removeprefix<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix::<BA>(vm, args, "removeprefix", false)
}
fn b_removesuffix<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix::<BA>(vm, args, "removesuffix", true)
}

fn padded(data: &[u8], fill: u8, left: usize, right: usize) -> PyResult<Vec<u8>> {
    let total = left.checked_add(right).and_then(|n| n.checked_add(data.len())).ok_or_else(|| PyErr::new("MemoryError", ""))?;
    let mut out = vec_with_capacity(total)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(data);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

fn pad_impl<const BA: bool>(vm: &mut Vm, args: Args, name: &str, how: u8) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    let [width, fill] = positional::<2>(&args, type_name::<BA>(), name, 1)?;
    let width = vm.index_value(req(width))?;
    let fill = match fill {
        None => b' ',
        // Only bytes and bytearray are fill characters (not other buffers).
        Some(f) => match bytes_like(f).filter(|_| matches!(f.kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_)))) {
            Some(b) if b.len() == 1 => b[0],
            Some(b) => {
                let kind = if matches!(f.kind(), Some(Kind::ByteArray(_))) { "bytearray" } else { "bytes" };
                return Err(PyErr::type_error(format!(
                    "{name}(): argument 2 must be a byte string of length 1, not a {kind} object of length {}",
                    b.len()
                )));
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    super::method_args::clinic_type_name(vm, f)
                )));
            }
        },
    };
    let len = data.len() as i64;
    if width <= len {
        return Ok(same::<BA>(&args.values[0], &data));
    }
    let marg = (width - len) as usize;
    let (left, right) = match how {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    Ok(make::<BA>(padded(&data, fill, left, right)?))
}

fn b_ljust<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, "ljust", 0)
}
fn b_rjust<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, "rjust", 1)
}
fn b_center<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, "center", 2)
}

fn b_zfill<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "zfill")?;
    let width = vm.index_value(one_arg(&args, type_name::<BA>(), "zfill")?)?;
    let len = data.len() as i64;
    if width <= len {
        return Ok(same::<BA>(&args.values[0], &data));
    }
    let zeros = (width - len) as usize;
    let mut out = padded(&data, b'0', zeros, 0)?;
    if let Some(&sign @ (b'+' | b'-')) = data.first() {
        out[0] = sign;
        out[zeros] = b'0';
    }
    Ok(make::<BA>(out))
}

fn b_join<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this::<BA>(vm, &args, "join")?.into_owned();
    let iterable = one_arg(&args, type_name::<BA>(), "join")?;
    let items = match iterable.kind() {
        Some(Kind::List(l)) => l.lock().clone(),
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => {
            let it = vm.iter(iterable).map_err(|e| if e.is("TypeError") { PyErr::type_error("can only join an iterable") } else { e })?;
            let mut v = Vec::new();
            while let Some(x) = vm.next(&it)? {
                v.push(x);
            }
            v
        }
    };
    let mut parts = Vec::with_capacity(items.len());
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match bytes_like(item) {
            Some(b) => {
                total = total.saturating_add(b.len());
                parts.push(b.into_owned());
            }
            None => {
                return Err(PyErr::type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(item))));
            }
        }
    }
    let mut out = vec_with_capacity(total)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(make::<BA>(out))
}

fn b_replace<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "replace")?;
    let [old, new, count] = positional::<3>(&args, type_name::<BA>(), "replace", 2)?;
    let old = bytes_arg(vm, req(old))?;
    let new = bytes_arg(vm, req(new))?;
    let limit = match count {
        Some(c) => {
            let n = vm.index_value(c)?;
            if n < 0 { usize::MAX } else { n as usize }
        }
        None => usize::MAX,
    };
    let matches = count_bytes(&data, &old, limit);
    let size = (new.len() as u128) * (matches as u128) + data.len() as u128 - (old.len() as u128) * (matches as u128);
    let size = usize::try_from(size).ok().filter(|&n| n <= isize::MAX as usize).ok_or_else(|| PyErr::new("OverflowError", "replace bytes is too long"))?;
    let mut out = vec_with_capacity(size)?;
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if i < matches {
                out.extend_from_slice(&new);
            }
            out.push(b);
        }
        if matches > data.len() {
            out.extend_from_slice(&new);
        }
    } else {
        let mut rest: &[u8] = &data;
        for _ in 0..matches {
            let Some(p) = find_bytes(rest, &old) else { break };
            out.extend_from_slice(&rest[..p]);
            out.extend_from_slice(&new);
            rest = &rest[p + old.len()..];
        }
        out.extend_from_slice(rest);
    }
    Ok(make::<BA>(out))
}

fn mapped<const BA: bool>(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    no_args(&args, type_name::<BA>(), name)?;
    Ok(make::<BA>(f(&data)))
}

fn ascii_title(s: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    s.iter()
        .map(|&b| {
            let r = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            previous_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn ascii_capitalize(s: &[u8]) -> Vec<u8> {
    s.iter().enumerate().map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
}

fn ascii_swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
        .collect()
}

fn b_lower<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped::<BA>(vm, args, "lower", |s| s.to_ascii_lowercase())
}
fn b_upper<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped::<BA>(vm, args, "upper", |s| s.to_ascii_uppercase())
}
fn b_title<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped::<BA>(vm, args, "title", ascii_title)
}
fn b_capitalize<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped::<BA>(vm, args, "capitalize", ascii_capitalize)
}
fn b_swapcase<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped::<BA>(vm, args, "swapcase", ascii_swapcase)
}

fn predicate<const BA: bool>(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, name)?;
    no_args(&args, type_name::<BA>(), name)?;
    Ok(Value::Bool(f(&data)))
}

fn all_bytes(f: fn(&u8) -> bool) -> impl Fn(&[u8]) -> bool {
    move |s: &[u8]| !s.is_empty() && s.iter().all(f)
}

fn b_isalnum<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isalnum", all_bytes(u8::is_ascii_alphanumeric))
}
fn b_isalpha<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isalpha", all_bytes(u8::is_ascii_alphabetic))
}
fn b_isascii<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isascii", |s| s.is_ascii())
}
fn b_isdigit<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isdigit", all_bytes(u8::is_ascii_digit))
}
fn b_isspace<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isspace", all_bytes(|b| is_space(*b)))
}
fn b_islower<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "islower", |s| s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase))
}
fn b_isupper<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "isupper", |s| s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase))
}

fn ascii_istitle(s: &[u8]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for b in s {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

fn b_istitle<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate::<BA>(vm, args, "istitle", ascii_istitle)
}

fn b_expandtabs<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "expandtabs")?;
    let [tabsize] = clinic(&args, "expandtabs", &Params::new(["tabsize"], 0))?;
    let tabsize = tabsize_arg(vm, tabsize)?;
    let size = expanded_len(data.iter().map(|&b| (b == b'\t', b == b'\n' || b == b'\r')), tabsize)?;
    let mut out = vec_with_capacity(size)?;
    let mut column = 0usize;
    for &b in data.iter() {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - column % tabsize as usize;
                    out.extend(std::iter::repeat_n(b' ', n));
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(make::<BA>(out))
}

/// `bytes.hex(sep, bytes_per_sep)`: separators every `|bytes_per_sep|` bytes, counted from the
/// right when positive and from the left when negative.
pub(super) fn hex_with_sep(vm: &mut Vm, data: &[u8], sep: Option<&Value>, per: Option<&Value>) -> PyResult<String> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    // The argument converters run first, then the separator's length, kind and ASCII checks.
    let per = match per {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let sep: Option<u8> = match sep {
        None => None,
        Some(v) => {
            if super::functions::length(vm, v)? != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            let c: u32 = if let Some(s) = v.as_str() {
                s.chars().next().map_or(0, |c| c as u32)
            } else if let Some(b) = bytes_like(v) {
                b.first().map_or(0, |&b| b as u32)
            } else {
                return Err(PyErr::type_error("sep must be str or bytes."));
            };
            if c > 0x7f {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(c as u8)
        }
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && group > 0) {
            let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(out)
}

fn b_hex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "hex")?;
    let [sep, per] = clinic(&args, "hex", &Params::new(["sep", "bytes_per_sep"], 0))?;
    Ok(new_str(hex_with_sep(vm, &data, sep, per)?))
}

/// Parses `fromhex` text: pairs of hex digits, ASCII whitespace allowed between pairs.
pub(super) fn parse_hex(text: &[u8]) -> PyResult<Vec<u8>> {
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    while i < text.len() {
        if is_space(text[i]) {
            i += 1;
            continue;
        }
        let hi = digit(text[i]).ok_or_else(|| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
        let lo = match text.get(i + 1) {
            Some(&b) => match digit(b) {
                Some(d) => d,
                None => return Err(PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
            },
            None => return Err(PyErr::value_error("fromhex() arg must contain an even number of hexadecimal digits")),
        };
        out.push(hi << 4 | lo);
        i += 2;
    }
    Ok(out)
}

fn b_fromhex<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let arg = one_arg(&args, &super::method_args::class_name(&args, type_name::<BA>()), "fromhex")?;
    let text: Cow<[u8]> = match arg.as_str() {
        Some(s) => Cow::Borrowed(s.as_bytes()),
        None => bytes_like(arg).ok_or_else(|| PyErr::type_error(format!("fromhex() argument must be str or bytes-like, not {}", vm.type_name(arg))))?,
    };
    let value = make::<BA>(parse_hex(&text)?);
    // A subclass gets `cls(value)`, as CPython does.
    match &cls {
        Value::Obj(c) if !c.as_type().is_some_and(|t| t.is_builtin()) => vm.call(&cls, &[value], &[]),
        _ => Ok(value),
    }
}

/// A 256-byte translation table argument (or None for the identity).
fn translation_table(vm: &Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if v.is_none() {
        return Ok(None);
    }
    let t = bytes_arg(vm, v)?;
    if t.len() != 256 {
        return Err(PyErr::value_error("translation table must be 256 characters long"));
    }
    Ok(Some(t.into_owned()))
}

fn b_translate<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "translate")?;
    let params = Params { names: ["table", "delete"], posonly: 1, required: 1, max_positional: 2 };
    let [table, delete] = clinic(&args, "translate", &params)?;
    let table = translation_table(vm, req(table))?;
    let delete = match delete {
        Some(d) => bytes_arg(vm, d)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make::<BA>(out))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("maketrans expected 2 arguments, got {}", pos.len())));
    }
    let from = bytes_arg(vm, &pos[0])?;
    let to = bytes_arg(vm, &pos[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(super::new_bytes(table))
}

fn b_decode<const BA: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this::<BA>(vm, &args, "decode")?;
    let [encoding, errors] = clinic(&args, "decode", &Params::new(["encoding", "errors"], 0))?;
    let encoding = clinic_str(vm, encoding, "decode", "encoding", "utf-8")?;
    let errors = clinic_str(vm, errors, "decode", "errors", "strict")?;
    Ok(new_str(super::codecs::decode(&data, encoding, errors)?))
}
