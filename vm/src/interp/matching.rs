//! The run-time side of `match` statements (PEP 634): GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS and MATCH_CLASS, with CPython 3.14's rules and messages.
//!
//! Which subjects sequence and mapping patterns accept: CPython decides by the type flags
//! `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`, which built-in types set, subclasses inherit,
//! and `collections.abc` registration adds. ophis has no such flags and no `collections.abc`
//! yet, so the flags are derived from the MRO: a type is a sequence when it is (or derives from)
//! one of the built-in sequence types below, a mapping likewise. str, bytes and bytearray are
//! not sequences here, exactly as in CPython. Registering a class with
//! `collections.abc.Sequence`/`Mapping` is not supported yet.

use super::Vm;
use crate::builtins::{intern, new_tuple};
use crate::exceptions::{PyErr, exception_types};
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// The built-in types that set `Py_TPFLAGS_SEQUENCE` in CPython, by type name. Those ophis does
/// not have yet (memoryview, collections.deque, array.array) count as soon as they exist.
const SEQUENCE_TYPES: &[&str] = &["list", "tuple", "range", "memoryview", "deque", "array"];
/// The built-in types that set `Py_TPFLAGS_MAPPING`.
const MAPPING_TYPES: &[&str] = &["dict", "mappingproxy"];

/// Whether `ty` or one of its bases is a built-in type named in `names`.
fn derives_from_builtin(ty: &ObjRef, names: &[&str]) -> bool {
    let flagged = |t: &ObjRef| t.as_type().is_some_and(|d| d.is_builtin() && names.contains(&&*d.name));
    flagged(ty) || ty.as_type().is_some_and(|d| d.mro_tail.iter().any(flagged))
}

/// The built-in types whose class patterns take one positional sub-pattern that matches the
/// subject itself (`int(x)`), CPython's `_Py_TPFLAGS_MATCH_SELF`; subclasses inherit it.
fn matches_self(ty: &ObjRef) -> bool {
    let b = types::builtin();
    let own = [&b.bool_, &b.bytearray, &b.bytes, &b.dict, &b.float, &b.frozenset, &b.int, &b.list, &b.set, &b.str, &b.tuple];
    let is_own = |t: &ObjRef| own.iter().any(|o| ObjRef::ptr_eq(t, o));
    is_own(ty) || ty.as_type().is_some_and(|d| d.mro_tail.iter().any(is_own))
}

/// A type's `tp_name`, as CPython's messages show it.
fn type_name_of(ty: &ObjRef) -> String {
    ty.as_type().map(|d| d.name.to_string()).unwrap_or_default()
}

impl Vm {
    /// GET_LEN: `len(subject)`.
    pub(crate) fn match_len(&mut self, subject: &Value) -> PyResult<Value> {
        let n = crate::builtins::length(self, subject)?;
        Ok(Value::Int(n as i64))
    }

    /// MATCH_SEQUENCE: whether a sequence pattern may match `subject`.
    pub(crate) fn match_is_sequence(&self, subject: &Value) -> bool {
        match subject.kind() {
            // Lists, tuples and ranges (and instances of their subclasses) answer at once.
            Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range { .. }) => true,
            Some(Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_) | Kind::Dict(_) | Kind::Set(_)) => false,
            None => false,
            Some(_) => derives_from_builtin(&self.class_of(subject), SEQUENCE_TYPES),
        }
    }

    /// MATCH_MAPPING: whether a mapping pattern may match `subject`.
    pub(crate) fn match_is_mapping(&self, subject: &Value) -> bool {
        match subject.kind() {
            Some(Kind::Dict(_)) => true,
            Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::Set(_)) | None => false,
            Some(_) => derives_from_builtin(&self.class_of(subject), MAPPING_TYPES),
        }
    }

    /// MATCH_KEYS: the values of `keys` in the mapping `subject`, as a tuple, or None when a key
    /// is missing. Values are fetched with `subject.get(key, sentinel)`, which neither raises
    /// KeyError nor makes `__missing__` (defaultdict) insert keys. A key given twice (two dotted
    /// names with the same value) is a ValueError.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = keys.as_tuple().map(|k| k.to_vec()).unwrap_or_default();
        if keys.is_empty() {
            return Ok(new_tuple(Vec::new()));
        }
        let (get, this) = self.load_method(subject.clone(), &intern("get"))?;
        // A fresh `object()`: no mapping can hold it as a value already.
        let sentinel = Value::Obj(Object::new(types::builtin().object.clone(), Kind::Plain));
        let seen = crate::dict::Dict::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            // Hashed here first so that an unhashable key reports the set's message, not the
            // dict's that `seen` would give.
            self.hash(&key).map_err(|e| self.set_element_error(&key, e))?;
            let already = seen.get(self, &key)?;
            if already.is_some() {
                let shown = self.repr_string(&key)?;
                return Err(PyErr::value_error(format!("mapping pattern checks duplicate key ({shown})")));
            }
            seen.set(self, key.clone(), Value::None)?;
            let mut args = Vec::with_capacity(3);
            args.extend(this.clone());
            args.push(key);
            args.push(sentinel.clone());
            let value = self.call(&get, &args, &[])?;
            if value.is(&sentinel) {
                return Ok(Value::None);
            }
            values.push(value);
        }
        Ok(new_tuple(values))
    }

    /// CPython's set reports an unhashable element as "cannot use 'T' as a set element (...)"
    /// (a plain TypeError replacing the original one); other errors pass through.
    fn set_element_error(&mut self, key: &Value, e: PyErr) -> PyErr {
        let type_error = exception_types().get("TypeError");
        if !ObjRef::ptr_eq(&e.0.class(), type_error) {
            return e;
        }
        let detail = match self.str(&Value::Obj(e.0.clone())) {
            Ok(s) => s.as_str().map(|s| s.as_str().to_string()).unwrap_or_default(),
            Err(other) => return other,
        };
        PyErr::type_error(format!("cannot use '{}' as a set element ({detail})", self.type_name(key)))
    }

    /// MATCH_CLASS: for `cls(p1, ..., pn, k1=q1, ...)`, checks `isinstance(subject, cls)` and
    /// fetches the attributes to match the sub-patterns against: the positional ones named by
    /// `cls.__match_args__` (or the subject itself for int(x), str(x), ...), then the keyword
    /// ones. None when the subject is not an instance or lacks an attribute.
    pub(crate) fn match_class(&mut self, subject: &Value, cls: &Value, nargs: usize, kw_names: &Value) -> PyResult<Value> {
        let Some(ty) = cls.as_obj().filter(|o| o.as_type().is_some()).cloned() else {
            return Err(PyErr::type_error("called match pattern must be a class"));
        };
        if !crate::builtins::is_instance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let name = type_name_of(&ty);
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args = match self.getattr(cls, &intern("__match_args__")) {
                Ok(v) => Some(v),
                Err(e) if e.is("AttributeError") => None,
                Err(e) => return Err(e),
            };
            // The special built-ins count only when the class has no `__match_args__`, so a
            // subclass that defines one uses it instead.
            let (positional, match_self) = match match_args {
                Some(v) => {
                    let exact_tuple = matches!(v.kind(), Some(Kind::Tuple(_))) && ObjRef::ptr_eq(&self.class_of(&v), &types::builtin().tuple);
                    if !exact_tuple {
                        return Err(PyErr::type_error(format!(
                            "{name}.__match_args__ must be a tuple (got {})",
                            self.type_name(&v)
                        )));
                    }
                    (v.as_tuple().map(|t| t.to_vec()).unwrap_or_default(), false)
                }
                None => (Vec::new(), matches_self(&ty)),
            };
            let allowed = if match_self { 1 } else { positional.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(PyErr::type_error(format!(
                    "{name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for attr_name in &positional[..nargs] {
                    let is_exact_str = attr_name.as_pystr().is_some() && ObjRef::ptr_eq(&self.class_of(attr_name), &types::builtin().str);
                    if !is_exact_str {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(attr_name)
                        )));
                    }
                    match self.match_class_attr(subject, &name, attr_name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for attr_name in kw_names.as_tuple().unwrap_or(&[]) {
            match self.match_class_attr(subject, &name, attr_name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(new_tuple(attrs))
    }

    /// One attribute for a class pattern: None when the subject has no such attribute (an
    /// AttributeError means "no match"; other exceptions propagate).
    fn match_class_attr(&mut self, subject: &Value, class_name: &str, attr_name: &Value, seen: &mut Vec<String>) -> PyResult<Option<Value>> {
        let text = attr_name.as_str().unwrap_or_default().to_string();
        if seen.contains(&text) {
            let shown = self.repr_string(attr_name)?;
            return Err(PyErr::type_error(format!("{class_name}() got multiple sub-patterns for attribute {shown}")));
        }
        seen.push(text);
        let Some(name) = attr_name.as_obj() else { return Ok(None) };
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }
}
