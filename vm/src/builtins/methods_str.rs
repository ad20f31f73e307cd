//! Methods of `str`: searching, splitting, stripping, padding, joining and replacing, and the
//! special methods Python code calls explicitly (`str.__add__`, `str.__getitem__`, ...).
//! Case mappings, character predicates, translation, formatting and encoding are in
//! `methods_str_text.rs`.
//!
//! Indices are code points; the text is UTF-8, so windows are converted to byte ranges.

use ophis_compiler::CompareOp;

use super::method_args::{
    Params, clinic, not_implemented, one_arg, positional, receiver_as, string_with_capacity, window,
};
use super::unicode::{is_line_break, is_space};
use super::{add_method, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::numbers::{IntRef, as_int};
use crate::object::Kind;
use crate::str::PyStr;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("join", str_join),
        ("replace", str_replace),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__hash__", str_hash),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__format__", str_format_spec),
        ("__getnewargs__", str_getnewargs),
        ("__sizeof__", str_sizeof),
    ];
    for (name, f) in methods {
        add_method(&types::builtin().str, name, *f);
    }
}

/// The `str` receiver of method `name`.
pub(super) fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    receiver_as(vm, args, "str", name, |v| v.as_pystr())
}

/// A value every required argument slot holds after the binders checked it is present.
static MISSING: Value = Value::None;

pub(super) fn req<'a>(v: Option<&'a Value>) -> &'a Value {
    v.unwrap_or(&MISSING)
}

/// A str argument checked as Argument Clinic checks it (None is named "None").
pub(super) fn clinic_str_arg<'a>(vm: &Vm, v: &'a Value, message: impl FnOnce(String) -> String) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| PyErr::type_error(message(super::method_args::clinic_type_name(vm, v))))
}

/// A str argument, or TypeError with `message(type name)`.
pub(super) fn str_arg<'a>(vm: &Vm, v: &'a Value, message: impl FnOnce(String) -> String) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| PyErr::type_error(message(vm.type_name(v))))
}

/// The code points `start..end` of `s` (`start <= end <= len`).
fn chars_window(s: &PyStr, start: usize, end: usize) -> &str {
    s.slice_chars(start, end)
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
}

fn search(vm: &mut Vm, args: Args, name: &str, how: Search) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let [sub, start, end] = positional::<3>(&args, "str", name, 1)?;
    let sub = clinic_str_arg(vm, req(sub), |t| format!("{name}() argument 1 must be str, not {t}"))?;
    let found = match window(vm, start, end, s.char_len())? {
        Some((a, b)) => {
            let hay = chars_window(s, a, b);
            let pos = if matches!(how, Search::Find | Search::Index) { hay.find(sub) } else { hay.rfind(sub) };
            pos.map(|p| a + char_count(&hay[..p]))
        }
        None => None,
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if matches!(how, Search::Index | Search::RIndex) => Err(PyErr::value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "find", Search::Find)
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "rfind", Search::RFind)
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "index", Search::Index)
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, "rindex", Search::RIndex)
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "count")?;
    let [sub, start, end] = positional::<3>(&args, "str", "count", 1)?;
    let sub = clinic_str_arg(vm, req(sub), |t| format!("count() argument 1 must be str, not {t}"))?;
    let Some((a, b)) = window(vm, start, end, s.char_len())? else { return Ok(Value::Int(0)) };
    let hay = chars_window(s, a, b);
    let n = if sub.is_empty() { b - a + 1 } else { hay.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let [target, start, end] = positional::<3>(&args, "str", name, 1)?;
    let target = req(target);
    let win = window(vm, start, end, s.char_len())?;
    let check = |p: &str| match win {
        Some((a, b)) => {
            let hay = chars_window(s, a, b);
            if at_end { hay.ends_with(p) } else { hay.starts_with(p) }
        }
        None => false,
    };
    if let Some(items) = target.as_tuple() {
        for item in items {
            let p = str_arg(vm, item, |t| format!("tuple for {name} must only contain str, not {t}"))?;
            if check(p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let p = str_arg(vm, target, |t| format!("{name} first arg must be str or a tuple of str, not {t}"))?;
    Ok(Value::Bool(check(p)))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// `maxsplit`: negative means no limit.
pub(super) fn maxsplit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<usize> {
    match v {
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
        None => Ok(usize::MAX),
    }
}

const SPLIT_PARAMS: Params<2> = Params::new(["sep", "maxsplit"], 0);

/// Splits on runs of whitespace from the left; once `maxsplit` pieces are cut, the rest (less
/// its leading whitespace) is the last piece.
pub(super) fn split_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

/// The mirror image of [`split_whitespace`], pieces in left-to-right order.
pub(super) fn rsplit_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |b| b + rest[b..].chars().next().map_or(1, char::len_utf8));
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, from_right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    let [sep, maxsplit] = clinic(&args, name, &SPLIT_PARAMS)?;
    let maxsplit = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<&str> = match sep {
        None | Some(Value::None) => {
            if from_right { rsplit_whitespace(s, maxsplit) } else { split_whitespace(s, maxsplit) }
        }
        Some(sep) => {
            let sep = str_arg(vm, sep, |t| format!("must be str or None, not {t}"))?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let limit = maxsplit.saturating_add(1);
            if from_right {
                let mut v: Vec<&str> = s.rsplitn(limit, sep).collect();
                v.reverse();
                v
            } else {
                s.splitn(limit, sep).collect()
            }
        }
    };
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?.as_str();
    let [keepends] = clinic(&args, "splitlines", &Params::new(["keepends"], 0))?;
    let keepends = match keepends {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((b, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            end += 1;
        }
        out.push(new_str(if keepends { &s[line_start..end] } else { &s[line_start..b] }));
        line_start = end;
    }
    if line_start < s.len() {
        out.push(new_str(&s[line_start..]));
    }
    Ok(new_list(out))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, from_right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    let sep = one_arg(&args, "str", name)?;
    let sep_text = str_arg(vm, sep, |t| format!("must be str, not {t}"))?;
    if sep_text.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if from_right { s.rsplit_once(sep_text) } else { s.split_once(sep_text) };
    Ok(match found {
        Some((a, b)) => new_tuple(vec![new_str(a), sep.clone(), new_str(b)]),
        None if from_right => new_tuple(vec![new_str(""), new_str(""), new_str(s)]),
        None => new_tuple(vec![new_str(s), new_str(""), new_str("")]),
    })
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

#[derive(Clone, Copy)]
enum Strip {
    Both,
    Left,
    Right,
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, how: Strip) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    let [chars] = positional::<1>(&args, "str", name, 0)?;
    let set: Option<Vec<char>> = match chars {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, |_| format!("{name} arg must be None or str"))?.chars().collect()),
    };
    let strip = |c: char| match &set {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    Ok(new_str(match how {
        Strip::Both => s.trim_matches(strip),
        Strip::Left => s.trim_start_matches(strip),
        Strip::Right => s.trim_end_matches(strip),
    }))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", Strip::Both)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", Strip::Left)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", Strip::Right)
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    let a = clinic_str_arg(vm, one_arg(&args, "str", name)?, |t| format!("{name}() argument must be str, not {t}"))?;
    let r = if suffix { s.strip_suffix(a) } else { s.strip_prefix(a) };
    Ok(new_str(r.unwrap_or(s)))
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", true)
}

/// `s` padded to `width` code points with `left` and `right` fill characters.
fn padded(s: &str, fill: char, left: usize, right: usize) -> PyResult<Value> {
    let bytes = (left.checked_add(right))
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(|| PyErr::new("MemoryError", ""))?;
    let mut out = string_with_capacity(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(out))
}

#[derive(Clone, Copy)]
enum Pad {
    Left,
    Right,
    Center,
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, how: Pad) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let [width, fill] = positional::<2>(&args, "str", name, 1)?;
    let width = vm.index_value(req(width))?;
    let fill = match fill {
        None => ' ',
        Some(f) => {
            let text = str_arg(vm, f, |t| format!("The fill character must be a unicode character, not {t}"))?;
            let mut cs = text.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_str(&args.values[0], s));
    }
    let marg = (width - len) as usize;
    let (left, right) = match how {
        Pad::Left => (0, marg),
        Pad::Right => (marg, 0),
        // CPython's rule: the odd extra column goes left when the width is odd.
        Pad::Center => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    padded(s.as_str(), fill, left, right)
}

/// The receiver itself when it is an exact str (CPython returns it unchanged), else a copy.
fn same_str(v: &Value, s: &PyStr) -> Value {
    match v {
        Value::Obj(o) if o.class_data().is_builtin() => v.clone(),
        _ => new_str(s.as_str()),
    }
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", Pad::Left)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", Pad::Right)
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", Pad::Center)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    let width = vm.index_value(one_arg(&args, "str", "zfill")?)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_str(&args.values[0], s));
    }
    let text = s.as_str();
    let zeros = (width - len) as usize;
    let mut out = string_with_capacity(zeros.checked_add(text.len()).ok_or_else(|| PyErr::new("MemoryError", ""))?)?;
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(rest);
    Ok(new_str(out))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?.as_str();
    let iterable = one_arg(&args, "str", "join")?;
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
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(t) => total = total.saturating_add(t.len()),
            None => {
                return Err(PyErr::type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(item))));
            }
        }
    }
    let mut out = string_with_capacity(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_str().unwrap_or(""));
    }
    Ok(new_str(out))
}

const REPLACE_PARAMS: Params<3> = Params { names: ["old", "new", "count"], posonly: 2, required: 2, max_positional: 3 };

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?.as_str();
    let [old, new, count] = clinic(&args, "replace", &REPLACE_PARAMS)?;
    let old = clinic_str_arg(vm, req(old), |t| format!("replace() argument 1 must be str, not {t}"))?;
    let new = clinic_str_arg(vm, req(new), |t| format!("replace() argument 2 must be str, not {t}"))?;
    let limit = match count {
        Some(c) => {
            let n = vm.index_value(c)?;
            if n < 0 { usize::MAX } else { n as usize }
        }
        None => usize::MAX,
    };
    let matches = if old.is_empty() { char_count(s) + 1 } else { s.matches(old).count() }.min(limit);
    let size = (new.len() as u128) * (matches as u128) + s.len() as u128 - (old.len() as u128) * (matches as u128);
    let size = usize::try_from(size).ok().filter(|&n| n <= isize::MAX as usize).ok_or_else(|| PyErr::new("OverflowError", "replace string is too long"))?;
    let mut out = string_with_capacity(size)?;
    if old.is_empty() {
        let mut done = 0;
        for c in s.chars() {
            if done < matches {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < matches {
            out.push_str(new);
        }
    } else {
        let mut rest = s;
        for _ in 0..matches {
            let Some(p) = rest.find(old) else { break };
            out.push_str(&rest[..p]);
            out.push_str(new);
            rest = &rest[p + old.len()..];
        }
        out.push_str(rest);
    }
    Ok(new_str(out))
}

// ---- special methods ----

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__add__")?.as_str();
    let other = one_arg(&args, "str", "__add__")?;
    let t = str_arg(vm, other, |t| format!("can only concatenate str (not \"{t}\") to str"))?;
    let mut out = string_with_capacity(s.len().saturating_add(t.len()))?;
    out.push_str(s);
    out.push_str(t);
    Ok(new_str(out))
}

/// A repeat count (`seq * n`): an index-sized int; negative counts mean zero.
pub(super) fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => return Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
        None => match vm.index_value(v) {
            Err(e) if e.is("OverflowError") => return Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
            r => r?,
        },
    };
    Ok(n.max(0) as usize)
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = "__mul__";
    let s = this(vm, &args, name)?.as_str();
    let n = repeat_count(vm, one_arg(&args, "str", name)?)?;
    let total = s.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize).ok_or_else(|| PyErr::new("OverflowError", "repeated string is too long"))?;
    let mut out = string_with_capacity(total)?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(new_str(out))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__mod__")?;
    let other = one_arg(&args, "str", "__mod__")?;
    crate::formatting::percent_format_value(vm, &args.values[0], other)
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__rmod__")?;
    let other = one_arg(&args, "str", "__rmod__")?;
    if other.as_str().is_none() {
        return Ok(not_implemented());
    }
    crate::formatting::percent_format_value(vm, other, &args.values[0])
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    super::method_args::no_args(&args, "str", "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    let item = one_arg(&args, "str", "__contains__")?;
    let t = str_arg(vm, item, |t| format!("'in <string>' requires string as left operand, not {t}"))?;
    Ok(Value::Bool(s.as_str().contains(t)))
}

/// The receiver as an exact str, so that the VM's protocols take their built-in path instead of
/// looking up the (inherited) special method again.
fn exact(v: &Value, s: &PyStr) -> Value {
    match v {
        Value::Obj(o) if o.class_data().is_builtin() => v.clone(),
        _ => new_str(s.as_str()),
    }
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__getitem__")?;
    let key = one_arg(&args, "str", "__getitem__")?;
    let me = exact(&args.values[0], s);
    vm.getitem(&me, key)
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    super::method_args::no_args(&args, "str", "__iter__")?;
    let Value::Obj(o) = &args.values[0] else { return Err(PyErr::type_error("str expected")) };
    Ok(new_iterator(IterState::Str { s: o.clone(), byte: 0 }))
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__hash__")?;
    super::method_args::no_args(&args, "str", "__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    let other = one_arg(&args, "str", name)?;
    let Some(t) = other.as_str() else { return Ok(not_implemented()) };
    let o = s.cmp(t);
    Ok(Value::Bool(match op {
        CompareOp::Eq => o.is_eq(),
        CompareOp::Ne => o.is_ne(),
        CompareOp::Lt => o.is_lt(),
        CompareOp::Le => o.is_le(),
        CompareOp::Gt => o.is_gt(),
        CompareOp::Ge => o.is_ge(),
    }))
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__repr__")?;
    super::method_args::no_args(&args, "str", "__repr__")?;
    Ok(new_str(crate::format::str_repr(s.as_str())))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__str__")?;
    super::method_args::no_args(&args, "str", "__str__")?;
    Ok(exact(&args.values[0], s))
}

fn str_format_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__format__")?;
    let spec = one_arg(&args, "str", "__format__")?;
    let spec = clinic_str_arg(vm, spec, |t| format!("__format__() argument must be str, not {t}"))?;
    let type_name = vm.type_name(&args.values[0]);
    Ok(new_str(crate::format::format_str(s.as_str(), spec, &type_name)?))
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__getnewargs__")?;
    super::method_args::no_args(&args, "str", "__getnewargs__")?;
    Ok(new_tuple(vec![new_str(s.as_str())]))
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__sizeof__")?;
    super::method_args::no_args(&args, "str", "__sizeof__")?;
    // CPython's compact-string layout: a 40-byte header (56 when not ASCII) plus one unit per
    // code point of the narrowest width that holds them all, plus the terminator.
    let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
    let (header, unit) = match max {
        0..=0x7f => (40, 1),
        0x80..=0xff => (56, 1),
        0x100..=0xffff => (56, 2),
        _ => (56, 4),
    };
    Ok(Value::Int((header + unit * (s.char_len() + 1)) as i64))
}
