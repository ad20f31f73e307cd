//! The named fields of the built-in exception subclasses that carry more than `args`:
//! OSError (`errno`, `strerror`, `filename`, `filename2`), ImportError (`name`, `path`,
//! `name_from`) and the Unicode errors (`encoding`, `object`, `start`, `end`, `reason`).
//! They are parsed from the constructor's arguments as CPython's `__init__` does, live in
//! [`ExcState::fields`] (not in the instance `__dict__`), are readable and writable as
//! attributes, and make the `str()` of OSError and the Unicode errors.

use crate::builtins::{new_bytes, new_str};
use crate::exceptions::{ExcState, PyErr, exception_data, exception_types};
use crate::function::Args;
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::types;
use crate::value::Value;
use crate::PyResult;

const OS_ERROR: &[&str] = &["errno", "strerror", "filename", "filename2"];
const IMPORT_ERROR: &[&str] = &["name", "path", "name_from"];
const UNICODE_ERROR: &[&str] = &["encoding", "object", "start", "end", "reason"];

/// Which family of fields a class has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Os,
    Import,
    UnicodeDecode,
    UnicodeEncode,
    UnicodeTranslate,
}

fn family(class: &ObjRef) -> Option<Family> {
    let kinds = exception_types();
    let is = |name: &str| types::is_subtype(class, kinds.get(name));
    Some(if is("OSError") {
        Family::Os
    } else if is("ImportError") {
        Family::Import
    } else if is("UnicodeDecodeError") {
        Family::UnicodeDecode
    } else if is("UnicodeEncodeError") {
        Family::UnicodeEncode
    } else if is("UnicodeTranslateError") {
        Family::UnicodeTranslate
    } else {
        return None;
    })
}

fn names(f: Family) -> &'static [&'static str] {
    match f {
        Family::Os => OS_ERROR,
        Family::Import => IMPORT_ERROR,
        _ => UNICODE_ERROR,
    }
}

/// The field `n` of exception `o` if its class has such a field (None when never set).
pub fn get(o: &ObjRef, n: &str) -> Option<Value> {
    let f = family(&o.class())?;
    let name = names(f).iter().find(|k| **k == n)?;
    let d = exception_data(o)?;
    let st = d.state.lock();
    Some(field(&st, name).unwrap_or(Value::None))
}

/// Sets (or with `None`, clears) field `n` of `o`; false when the class has no such field.
pub fn set(o: &ObjRef, n: &str, value: Option<Value>) -> bool {
    let Some(f) = family(&o.class()) else { return false };
    let Some(name) = names(f).iter().find(|k| **k == n) else { return false };
    let Some(d) = exception_data(o) else { return false };
    put(&mut d.state.lock(), name, value.unwrap_or(Value::None));
    true
}

fn field(st: &ExcState, name: &str) -> Option<Value> {
    st.fields.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())
}

fn put(st: &mut ExcState, name: &'static str, v: Value) {
    match st.fields.iter_mut().find(|(k, _)| *k == name) {
        Some(slot) => slot.1 = v,
        None => st.fields.push((name, v)),
    }
}

/// OSError's constructor arguments: `(errno, strerror[, filename[, winerror[, filename2]]])`
/// with 2 to 5 arguments sets the fields; when a filename is given, `args` keeps only the
/// first two. Runs in `__new__` (so subclasses overriding `__init__` still get the fields) and
/// again in `__init__`.
pub fn init_os_error(o: &ObjRef, args: &[Value]) {
    let Some(d) = exception_data(o) else { return };
    let mut st = d.state.lock();
    st.fields.clear();
    if !(2..=5).contains(&args.len()) {
        st.args = args.to_vec();
        return;
    }
    put(&mut st, "errno", args[0].clone());
    put(&mut st, "strerror", args[1].clone());
    let filename = args.get(2).cloned().unwrap_or(Value::None);
    if !filename.is_none() {
        put(&mut st, "filename", filename);
        if let Some(f2) = args.get(4) {
            put(&mut st, "filename2", f2.clone());
        }
        st.args = args[..2].to_vec();
    } else {
        st.args = args.to_vec();
    }
}

/// `BaseException.__init__` for the classes with fields: sets `args` and parses the fields.
/// Returns false for classes without fields (the caller sets `args` itself).
pub fn init(vm: &mut Vm, o: &ObjRef, args: &Args) -> PyResult<bool> {
    let Some(f) = family(&o.class()) else { return Ok(false) };
    let pos = &args.pos()[1..];
    let Some(d) = exception_data(o) else { return Ok(false) };
    match f {
        Family::Os => {
            reject_keywords(vm, o, args)?;
            init_os_error(o, pos);
        }
        Family::Import => {
            let mut given: Vec<(&'static str, Value)> = Vec::new();
            for (k, v) in args.kw() {
                match IMPORT_ERROR.iter().find(|n| **n == k) {
                    Some(n) => given.push((n, v.clone())),
                    // CPython names ImportError here whatever the subclass.
                    None => return Err(PyErr::type_error(format!("ImportError() got an unexpected keyword argument '{k}'"))),
                }
            }
            let mut st = d.state.lock();
            st.args = pos.to_vec();
            st.fields = given;
        }
        Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => {
            reject_keywords(vm, o, args)?;
            let fields = unicode_fields(vm, f, pos)?;
            let mut st = d.state.lock();
            st.args = pos.to_vec();
            st.fields = fields;
        }
    }
    Ok(true)
}

fn reject_keywords(_vm: &mut Vm, o: &ObjRef, args: &Args) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    let cls = o.class().as_type().map(|t| t.name.to_string()).unwrap_or_default();
    Err(PyErr::type_error(format!("{cls}() takes no keyword arguments")))
}

fn str_argument(vm: &mut Vm, v: &Value, position: usize) -> PyResult<Value> {
    if v.as_str().is_some() {
        Ok(v.clone())
    } else {
        Err(PyErr::type_error(format!("argument {position} must be str, not {}", vm.type_name(v))))
    }
}

/// The fields of `UnicodeDecodeError(encoding, object, start, end, reason)`,
/// `UnicodeEncodeError(encoding, str, start, end, reason)` and
/// `UnicodeTranslateError(str, start, end, reason)`, with CPython's argument checks.
fn unicode_fields(vm: &mut Vm, f: Family, pos: &[Value]) -> PyResult<Vec<(&'static str, Value)>> {
    let expected = if f == Family::UnicodeTranslate { 4 } else { 5 };
    if pos.len() != expected {
        return Err(PyErr::type_error(format!("function takes exactly {expected} arguments ({} given)", pos.len())));
    }
    let mut fields = Vec::new();
    let rest = if f == Family::UnicodeTranslate {
        fields.push(("object", str_argument(vm, &pos[0], 1)?));
        &pos[1..]
    } else {
        fields.push(("encoding", str_argument(vm, &pos[0], 1)?));
        let object = if f == Family::UnicodeDecode {
            match crate::buffer::bytes_of(&pos[1]) {
                Some(b) => new_bytes(b.into_owned()),
                None => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&pos[1])))),
            }
        } else {
            str_argument(vm, &pos[1], 2)?
        };
        fields.push(("object", object));
        &pos[2..]
    };
    let start = vm.index_int(&rest[0])?;
    let end = vm.index_int(&rest[1])?;
    fields.push(("start", start));
    fields.push(("end", end));
    fields.push(("reason", str_argument(vm, &rest[2], expected)?));
    Ok(fields)
}

/// Fields for an error raised by a codec, whose `args` are the five values as CPython's.
pub fn codec_error(class: &str, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let encoding = new_str(encoding);
    let reason = new_str(reason);
    let (start, end) = (Value::Int(start as i64), Value::Int(end as i64));
    let args = vec![encoding.clone(), object.clone(), start.clone(), end.clone(), reason.clone()];
    let e = PyErr::with_args(class, args);
    e.data().state.lock().fields = vec![("encoding", encoding), ("object", object), ("start", start), ("end", end), ("reason", reason)];
    e
}

/// `str()` of an exception whose fields make the text: OSError with an errno and strerror
/// (and filenames), and the Unicode errors. None means the usual `str()` of the args.
pub fn fields_str(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    let Some(f) = family(&o.class()) else { return Ok(None) };
    let Some(d) = exception_data(o) else { return Ok(None) };
    let fields = d.state.lock().fields.clone();
    let get = |n: &str| fields.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone()).filter(|v| !v.is_none());
    match f {
        Family::Os => {
            let (errno, strerror) = (get("errno"), get("strerror"));
            if let Some(filename) = get("filename") {
                let errno = errno.map_or(Ok("None".to_string()), |v| vm.str_string(&v))?;
                let strerror = strerror.map_or(Ok("None".to_string()), |v| vm.str_string(&v))?;
                let filename = vm.repr_string(&filename)?;
                return Ok(Some(match get("filename2") {
                    Some(f2) => format!("[Errno {errno}] {strerror}: {filename} -> {}", vm.repr_string(&f2)?),
                    None => format!("[Errno {errno}] {strerror}: {filename}"),
                }));
            }
            match (errno, strerror) {
                (Some(errno), Some(strerror)) => Ok(Some(format!("[Errno {}] {}", vm.str_string(&errno)?, vm.str_string(&strerror)?))),
                _ => Ok(None),
            }
        }
        Family::Import => Ok(None),
        Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => {
            // Not initialised (made by `__new__` alone): empty, as CPython.
            let Some(object) = get("object") else { return Ok(Some(String::new())) };
            let reason = get("reason").map_or(Ok(String::new()), |v| vm.str_string(&v))?;
            let encoding = get("encoding").map_or(Ok(String::new()), |v| vm.str_string(&v))?;
            let start = get("start").map_or(0, |v| small_int(&v));
            let end = get("end").map_or(0, |v| small_int(&v));
            let single = end == start + 1;
            Ok(Some(match f {
                Family::UnicodeDecode => {
                    let byte = crate::buffer::bytes_of(&object).and_then(|b| usize::try_from(start).ok().and_then(|s| b.get(s).copied()));
                    match byte {
                        Some(b) if single => format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"),
                        _ => format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
                    }
                }
                _ => {
                    let ch = object.as_str().and_then(|s| usize::try_from(start).ok().and_then(|i| s.chars().nth(i)));
                    let what = if f == Family::UnicodeEncode { format!("'{encoding}' codec can't encode") } else { "can't translate".to_string() };
                    match ch {
                        Some(c) if single => format!("{what} character '{}' in position {start}: {reason}", char_escape(c)),
                        _ => format!("{what} characters in position {start}-{}: {reason}", end - 1),
                    }
                }
            }))
        }
    }
}

/// An int field as i64 (0 for anything else, as a huge index never names a character).
fn small_int(v: &Value) -> i64 {
    match crate::numbers::as_int(v) {
        Some(crate::numbers::IntRef::Small(i)) => i,
        _ => 0,
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as the Unicode errors show one character.
fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}
