//! More methods of built-in types: property accessors, int, str, dict, slice and range.

use super::functions::check_args;
use super::{add_method, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::numbers::{as_int, int_value};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let b = types::builtin();
    add_method(&b.property, "setter", property_setter);
    add_method(&b.property, "getter", property_getter);
    add_method(&b.property, "deleter", property_deleter);
    add_method(&b.int, "bit_length", int_bit_length);
    add_method(&b.int, "bit_count", int_bit_count);
    add_method(&b.int, "to_bytes", int_to_bytes);
    add_method(&b.int, "is_integer", int_is_integer);
    add_method(&b.float, "is_integer", float_is_integer);
    let str_methods: &[(&str, crate::function::NativeFn)] = &[
        ("rsplit", str_rsplit),
        ("count", str_count),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("encode", str_encode),
        ("index", str_index),
        ("rfind", str_rfind),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isidentifier", str_isidentifier),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("casefold", str_casefold),
    ];
    for (n, f) in str_methods {
        add_method(&b.str, n, *f);
    }
    super::add_classmethod(&b.dict, "fromkeys", dict_fromkeys);
    add_method(&b.slice, "indices", slice_indices);
    add_method(&b.range, "index", range_index);
    add_method(&b.range, "count", range_count);
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let Some(Kind::Property { fget, fset, fdel, doc }) = args.values.first().and_then(|v| v.kind()) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let f = args.values.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let class = args.values[0].as_obj().expect("property").class().clone();
    Ok(Value::Obj(Object::new(class, Kind::Property { fget: g, fset: s, fdel: d, doc: doc.clone() })))
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 0)
}

fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 1)
}

fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 2)
}

fn this_int(args: &Args) -> PyResult<crate::numeric::Int> {
    match args.values.first().and_then(as_int) {
        Some(i) => Ok(crate::numeric::Int::from_big(i.to_bigint())),
        None => Err(PyErr::type_error("descriptor requires an 'int' object")),
    }
}

fn num_error(e: crate::numeric::NumError) -> PyErr {
    PyErr::new(e.class_name(), e.message())
}

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_int(&args)?.bit_length() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_int(&args)?.bit_count() as i64))
}

fn int_is_integer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::numbers::as_float(&args.values[0]).is_some_and(|f| f.is_finite() && f.fract() == 0.0)))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this_int(&args)?;
    let pos = args.pos();
    let length = match pos.get(1).or_else(|| args.kwarg("length")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let order = match pos.get(2).or_else(|| args.kwarg("byteorder")) {
        Some(v) => v.as_str().unwrap_or("").to_string(),
        None => "big".into(),
    };
    let signed = match args.kwarg("signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let bytes = i.to_bytes(length, &order, signed).map_err(num_error)?;
    Ok(super::new_bytes(bytes))
}

fn this_str<'a>(args: &Args<'a>) -> PyResult<&'a str> {
    args.values.first().and_then(|v| v.as_str()).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

fn arg_str<'a>(vm: &Vm, args: &Args<'a>, i: usize) -> PyResult<&'a str> {
    let v = args.values.get(i).ok_or_else(|| PyErr::type_error("missing argument"))?;
    v.as_str().ok_or_else(|| PyErr::type_error(format!("must be str, not {}", vm.type_name(v))))
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let pos = args.pos();
    let sep = pos.get(1).or_else(|| args.kwarg("sep")).cloned().unwrap_or(Value::None);
    let maxsplit = match pos.get(2).or_else(|| args.kwarg("maxsplit")) { Some(v) => vm.index_value(v)?, None => -1 };
    let mut parts: Vec<String> = if sep.is_none() {
        let mut out = Vec::new();
        let mut rest = s.trim_end();
        while !rest.is_empty() {
            if maxsplit >= 0 && out.len() as i64 == maxsplit {
                out.push(rest.to_string());
                break;
            }
            let start = rest.rfind(char::is_whitespace).map_or(0, |b| b + rest[b..].chars().next().map_or(1, |c| c.len_utf8()));
            out.push(rest[start..].to_string());
            rest = rest[..start].trim_end();
        }
        out
    } else {
        let sep = sep.as_str().ok_or_else(|| PyErr::type_error("must be str or None"))?;
        if sep.is_empty() {
            return Err(PyErr::value_error("empty separator"));
        }
        if maxsplit >= 0 { s.rsplitn(maxsplit as usize + 1, sep).map(|p| p.to_string()).collect() } else { s.rsplit(sep).map(|p| p.to_string()).collect() }
    };
    parts.reverse();
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let sub = arg_str(vm, &args, 1)?;
    if sub.is_empty() {
        return Ok(Value::Int(s.chars().count() as i64 + 1));
    }
    Ok(Value::Int(s.matches(sub).count() as i64))
}

fn pad(vm: &mut Vm, args: &Args, how: u8) -> PyResult<Value> {
    let s = this_str(args)?;
    let width = vm.index_value(args.values.get(1).ok_or_else(|| PyErr::type_error("missing width"))?)?;
    let fill = match args.values.get(2) {
        Some(f) => {
            let f = f.as_str().ok_or_else(|| PyErr::type_error("The fill character must be a unicode character"))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args.values[0].clone());
    }
    let total = (width - len) as usize;
    let (left, right) = match how {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            // CPython's centering puts the odd extra character on the left when len is odd
            // and width even, per its formula.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(new_str(format!("{}{}{}", f.repeat(left), s, f.repeat(right))))
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, &args, 0)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, &args, 1)
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, &args, 2)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let width = vm.index_value(&args.values[1])?;
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args.values[0].clone());
    }
    let zeros = "0".repeat((width - len) as usize);
    Ok(new_str(match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    }))
}

fn str_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let encoding = args.pos().get(1).or_else(|| args.kwarg("encoding")).and_then(|v| v.as_str()).unwrap_or("utf-8").to_ascii_lowercase().replace('_', "-");
    match encoding.as_str() {
        "utf-8" | "utf8" => Ok(super::new_bytes(s.as_bytes().to_vec())),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if encoding == "ascii" { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u8);
                } else {
                    let name = if limit == 128 { "ascii" } else { "latin-1" };
                    return Err(PyErr::new(
                        "UnicodeEncodeError",
                        format!("'{name}' codec can't encode character '\\u{:04x}' in position {i}: ordinal not in range({limit})", c as u32),
                    ));
                }
            }
            Ok(super::new_bytes(out))
        }
        other => Err(PyErr::new("LookupError", format!("unknown encoding: {other}"))),
    }
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let sub = arg_str(vm, &args, 1)?;
    match s.find(sub) {
        Some(b) => Ok(Value::Int(char_index(s, b))),
        None => Err(PyErr::value_error("substring not found")),
    }
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let sub = arg_str(vm, &args, 1)?;
    Ok(Value::Int(s.rfind(sub).map_or(-1, |b| char_index(s, b))))
}

fn str_title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased { out.extend(c.to_lowercase()) } else { out.extend(c.to_uppercase()) }
        prev_cased = c.is_alphabetic();
    }
    Ok(new_str(out))
}

fn str_capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let mut cs = s.chars();
    Ok(new_str(match cs.next() {
        Some(f) => f.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect::<String>(),
        None => String::new(),
    }))
}

fn str_swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    Ok(new_str(s.chars().flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }).collect::<String>()))
}

fn str_casefold(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(this_str(&args)?.to_lowercase()))
}

fn str_pred(args: &Args, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this_str(args)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(&args, |c| c.is_ascii_digit() || crate::format::decimal_value(c).is_some())
}

fn str_isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(&args, char::is_alphabetic)
}

fn str_isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(&args, char::is_alphanumeric)
}

fn str_isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(&args, char::is_whitespace)
}

fn str_isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    Ok(Value::Bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)))
}

fn str_islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    Ok(Value::Bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)))
}

fn str_isidentifier(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let mut cs = s.chars();
    Ok(Value::Bool(match cs.next() {
        Some(c) => (c == '_' || unicode_ident::is_xid_start(c)) && cs.all(unicode_ident::is_xid_continue),
        None => false,
    }))
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let keepends = match args.pos().get(1).or_else(|| args.kwarg("keepends")) { Some(v) => vm.is_true(v)?, None => false };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keepends { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let sep = arg_str(vm, &args, 1)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(match s.split_once(sep) {
        Some((a, b)) => new_tuple(vec![new_str(a), new_str(sep), new_str(b)]),
        None => new_tuple(vec![args.values[0].clone(), new_str(""), new_str("")]),
    })
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let sep = arg_str(vm, &args, 1)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(match s.rsplit_once(sep) {
        Some((a, b)) => new_tuple(vec![new_str(a), new_str(sep), new_str(b)]),
        None => new_tuple(vec![new_str(""), new_str(""), args.values[0].clone()]),
    })
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let p = arg_str(vm, &args, 1)?;
    Ok(new_str(s.strip_prefix(p).unwrap_or(s)))
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let p = arg_str(vm, &args, 1)?;
    Ok(new_str(s.strip_suffix(p).unwrap_or(s)))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fromkeys", &args, 2, 3)?;
    let cls = args.values[0].clone();
    let value = args.values.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[], &[])?;
    for k in vm.collect_iterable(&args.values[1])? {
        vm.setitem(&d, k, value.clone())?;
    }
    Ok(d)
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("indices", &args, 2, 2)?;
    let n = vm.index_value(&args.values[1])?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (a, b, c) = super::containers::slice_bounds(vm, &args.values[0], n as usize)?;
    Ok(new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("index", &args, 2, 2)?;
    let (r, v) = (&args.values[0], &args.values[1]);
    if vm.contains(r, v)? {
        if let (Some(Kind::Range { start, step, .. }), Some(i)) = (r.kind(), as_int(v)) {
            let (a, c) = (as_int(start).map(|x| x.to_bigint()).unwrap_or_default(), as_int(step).map(|x| x.to_bigint()).unwrap_or_default());
            return Ok(int_value((i.to_bigint() - a) / c));
        }
    }
    let text = vm.repr_string(v)?;
    Err(PyErr::value_error(format!("{text} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("count", &args, 2, 2)?;
    Ok(Value::Int(vm.contains(&args.values[0], &args.values[1])? as i64))
}
