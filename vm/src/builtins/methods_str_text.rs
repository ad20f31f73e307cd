//! Methods of `str` about characters rather than substrings: case mappings and character
//! predicates (with CPython's Unicode 16.0 definitions, from `unicode.rs`), `expandtabs`,
//! `maketrans`/`translate`, `format`/`format_map` and `encode`.

use super::method_args::{Params, clinic, no_args, one_arg, string_with_capacity};
use super::methods_str::{clinic_str_arg, this};
use super::unicode;
use super::{add_method, new_str};
use crate::dict::Dict;
use crate::exceptions::PyErr;
use crate::format::{Conversion, TemplateHost};
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::numbers::{IntRef, as_int};
use crate::object::{Kind, Object};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let methods: &[(&str, NativeFn)] = &[
        ("lower", str_lower),
        ("upper", str_upper),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isalnum", str_isalnum),
        ("isalpha", str_isalpha),
        ("isascii", str_isascii),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isspace", str_isspace),
        ("isprintable", str_isprintable),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("expandtabs", str_expandtabs),
        ("translate", str_translate),
        ("format", str_format),
        ("format_map", str_format_map),
        ("encode", str_encode),
    ];
    let t = &types::builtin().str;
    for (name, f) in methods {
        add_method(t, name, *f);
    }
    super::add_staticmethod(t, "maketrans", str_maketrans);
}

fn mapped(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    no_args(&args, "str", name)?;
    Ok(new_str(f(s.as_str())))
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "lower", unicode::lower)
}
fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "upper", unicode::upper)
}
fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "title", unicode::title)
}
fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "capitalize", unicode::capitalize)
}
fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "swapcase", unicode::swapcase)
}
fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "casefold", unicode::casefold)
}

/// A predicate over the whole string.
fn predicate(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    no_args(&args, "str", name)?;
    Ok(Value::Bool(f(s.as_str())))
}

/// True when the string is not empty and every character satisfies `f`.
fn all_chars(f: fn(char) -> bool) -> impl Fn(&str) -> bool {
    move |s: &str| !s.is_empty() && s.chars().all(f)
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", all_chars(unicode::is_alnum))
}
fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", all_chars(unicode::is_alpha))
}
fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}
fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", all_chars(unicode::is_decimal))
}
fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", all_chars(unicode::is_digit))
}
fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", all_chars(unicode::is_numeric))
}
fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", all_chars(unicode::is_space))
}
fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The empty string is printable.
    predicate(vm, args, "isprintable", |s| s.chars().all(crate::format::is_printable))
}
fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", unicode::str_is_identifier)
}
fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", unicode::str_is_lower)
}
fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", unicode::str_is_upper)
}
fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", unicode::str_is_title)
}

/// `tabsize` is a C int in CPython.
pub(super) fn tabsize_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v else { return Ok(8) };
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => return Err(PyErr::new("OverflowError", "Python int too large to convert to C int")),
        None => vm.index_value(v)?,
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(PyErr::new("OverflowError", "Python int too large to convert to C int"));
    }
    Ok(n)
}

/// The column-by-column expansion shared by str and bytes: `chars` yields the characters as
/// `(is_tab, is_newline)` and the output is sized first so a huge tab size fails cleanly.
pub(super) fn expanded_len(items: impl Iterator<Item = (bool, bool)>, tabsize: i64) -> PyResult<usize> {
    let mut total: usize = 0;
    let mut column: usize = 0;
    for (tab, newline) in items {
        if tab {
            if tabsize > 0 {
                let n = tabsize as usize - column % tabsize as usize;
                column = column.checked_add(n).ok_or_else(|| PyErr::new("OverflowError", "new string is too long"))?;
                total = total.checked_add(n).ok_or_else(|| PyErr::new("OverflowError", "new string is too long"))?;
            }
        } else {
            total += 1;
            column = if newline { 0 } else { column + 1 };
        }
    }
    Ok(total)
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?.as_str();
    let [tabsize] = clinic(&args, "expandtabs", &Params::new(["tabsize"], 0))?;
    let tabsize = tabsize_arg(vm, tabsize)?;
    let size = expanded_len(s.chars().map(|c| (c == '\t', c == '\n' || c == '\r')), tabsize)?;
    let mut out = string_with_capacity(size.saturating_add(s.len()))?;
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - column % tabsize as usize;
                    out.extend(std::iter::repeat_n(' ', n));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("str.maketrans() takes no keyword arguments"));
    }
    let pos = args.pos();
    match pos.len() {
        0 => return Err(PyErr::type_error("maketrans expected at least 1 argument, got 0")),
        1..=3 => {}
        n => return Err(PyErr::type_error(format!("maketrans expected at most 3 arguments, got {n}"))),
    }
    let table = Dict::new();
    if pos.len() == 1 {
        let Some(Kind::Dict(d)) = pos[0].kind() else {
            return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for e in d.entries() {
            let key = match (e.key.as_str(), as_int(&e.key)) {
                (Some(k), _) => {
                    let mut cs = k.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => return Err(PyErr::value_error("string keys in translatetable must be of length 1")),
                    }
                }
                (None, Some(_)) => e.key.clone(),
                (None, None) => return Err(PyErr::type_error("keys in translate table mustbe strings or integers")),
            };
            table.set(vm, key, e.value)?;
        }
    } else {
        // The arguments are type-checked before the first one's role is.
        let y = clinic_str_arg(vm, &pos[1], |t| format!("maketrans() argument 2 must be str, not {t}"))?;
        let z = match pos.get(2) {
            Some(z) => Some(clinic_str_arg(vm, z, |t| format!("maketrans() argument 3 must be str, not {t}"))?),
            None => None,
        };
        let x = pos[0].as_str().ok_or_else(|| PyErr::type_error("first maketrans argument must be a string if there is a second argument"))?;
        if x.chars().count() != y.chars().count() {
            return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
        }
        for (a, b) in x.chars().zip(y.chars()) {
            table.set(vm, Value::Int(a as i64), Value::Int(b as i64))?;
        }
        for c in z.unwrap_or("").chars() {
            table.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(Object::new(types::builtin().dict.clone(), Kind::Dict(table))))
}

/// What `translate` does with one character.
#[derive(Clone)]
enum Mapping {
    Keep,
    Delete,
    Text(String),
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?.as_str();
    let table = one_arg(&args, "str", "translate")?;
    let mut cache: std::collections::HashMap<char, Mapping> = Default::default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = match vm.getitem(table, &Value::Int(c as i64)) {
                    Ok(Value::None) => Mapping::Delete,
                    Ok(v) => {
                        if let Some(t) = v.as_str() {
                            Mapping::Text(t.to_string())
                        } else if let Some(i) = as_int(&v) {
                            let cp = match i {
                                IntRef::Small(n) => u32::try_from(n).ok().filter(|&n| n < 0x110000),
                                IntRef::Big(_) => None,
                            };
                            let cp = cp.ok_or_else(|| PyErr::value_error("character mapping must be in range(0x110000)"))?;
                            // Lone surrogates cannot be held by a str here.
                            Mapping::Text(char::from_u32(cp).unwrap_or('\u{fffd}').to_string())
                        } else {
                            return Err(PyErr::type_error("character mapping must return integer, None or str"));
                        }
                    }
                    Err(e) if e.is("LookupError") => Mapping::Keep,
                    Err(e) => return Err(e),
                };
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapping::Keep => out.push(c),
            Mapping::Delete => {}
            Mapping::Text(t) => out.push_str(&t),
        }
    }
    Ok(new_str(out))
}

/// Arguments and lookups for `str.format` (positional and keyword arguments) and
/// `str.format_map` (one mapping, no positional fields).
struct FormatHost<'v, 'a> {
    vm: &'v mut Vm,
    positional: &'a [Value],
    keywords: Args<'a>,
    mapping: Option<&'a Value>,
}

impl TemplateHost for FormatHost<'_, '_> {
    type Value = Value;
    type Error = PyErr;

    fn positional_count(&self) -> Option<usize> {
        if self.mapping.is_some() { None } else { Some(self.positional.len()) }
    }
    fn positional(&mut self, index: usize) -> Value {
        self.positional.get(index).cloned().unwrap_or(Value::None)
    }
    fn keyword(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.mapping {
            return self.vm.getitem(m, &new_str(name));
        }
        self.keywords.kwarg(name).cloned().ok_or_else(|| PyErr::with_args("KeyError", vec![new_str(name)]))
    }
    fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.vm.getattr(obj, &super::intern(name))
    }
    fn getitem_index(&mut self, obj: &Value, index: usize) -> PyResult<Value> {
        self.vm.getitem(obj, &Value::Int(index as i64))
    }
    fn getitem_str(&mut self, obj: &Value, key: &str) -> PyResult<Value> {
        self.vm.getitem(obj, &new_str(key))
    }
    fn convert(&mut self, obj: &Value, conversion: Conversion) -> PyResult<Value> {
        Ok(Value::Obj(match conversion {
            Conversion::Str => self.vm.str(obj)?,
            Conversion::Repr => self.vm.repr(obj)?,
            Conversion::Ascii => self.vm.ascii(obj)?,
        }))
    }
    fn format(&mut self, obj: &Value, spec: &str) -> PyResult<String> {
        let r = self.vm.format(obj, spec)?;
        Ok(r.as_str().unwrap_or("").to_string())
    }
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let template = this(vm, &args, "format")?.as_str();
    let pos = args.pos();
    let positional = if pos.is_empty() { pos } else { &pos[1..] };
    let out = crate::format::format_template(template, &mut FormatHost { vm, positional, keywords: args, mapping: None })?;
    Ok(new_str(out))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let template = this(vm, &args, "format_map")?.as_str();
    let mapping = one_arg(&args, "str", "format_map")?;
    let host = &mut FormatHost { vm, positional: &[], keywords: Args::positional(&[]), mapping: Some(mapping) };
    Ok(new_str(crate::format::format_template(template, host)?))
}

/// An optional str argument of an Argument Clinic method ("encode() argument 'errors' must be
/// str, not int").
pub(super) fn clinic_str<'a>(vm: &Vm, v: Option<&'a Value>, func: &str, param: &str, default: &'a str) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => clinic_str_arg(vm, v, |t| format!("{func}() argument '{param}' must be str, not {t}")),
    }
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?.as_str();
    let [encoding, errors] = clinic(&args, "encode", &Params::new(["encoding", "errors"], 0))?;
    let encoding = clinic_str(vm, encoding, "encode", "encoding", "utf-8")?;
    let errors = clinic_str(vm, errors, "encode", "errors", "strict")?;
    Ok(super::new_bytes(super::codecs::encode(s, encoding, errors)?))
}
