//! The VM side of text conversion: `repr()`, `str()`, `ascii()`, `format()` and `%`, built on
//! the pure formatting library in `format/`.

use num_bigint::BigInt;

use crate::builtins::new_str;
use crate::exceptions::PyErr;
use crate::format::{self, FormatError, IntCoercion, Operand, PercentHost};
use crate::function::NativeCallable;
use crate::interp::Vm;
use crate::numbers::{IntRef, as_float, as_int};
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> PyErr {
        PyErr::new(e.kind.name(), e.message)
    }
}

fn module_qualified(_vm: &mut Vm, class: &ObjRef) -> String {
    class.as_type().expect("type").qualified_name()
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<ObjRef> {
        let s = self.repr_string(v)?;
        Ok(match new_str(s) {
            Value::Obj(o) => o,
            _ => unreachable!("str is an object"),
        })
    }

    pub fn str(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            if o.as_str().is_some() && o.class_data().is_builtin() {
                return Ok(o.clone());
            }
        }
        let s = self.str_string(v)?;
        Ok(match new_str(s) {
            Value::Obj(o) => o,
            _ => unreachable!("str is an object"),
        })
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<ObjRef> {
        let r = self.repr_string(v)?;
        let mut out = String::new();
        for c in r.chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
                n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            }
        }
        Ok(match new_str(out) {
            Value::Obj(o) => o,
            _ => unreachable!("str"),
        })
    }

    /// `str(v)` as Rust text.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Obj(o) = v {
            // A native type with its own __str__ (mappingproxy shows its mapping).
            if let (Kind::Native(_), Some(m)) = (&o.kind, types::lookup(&o.class(), "__str__")) {
                if !matches!(m.kind(), Some(Kind::BuiltinFunction(b)) if b.owner == Some("object")) {
                    let r = self.call_unbound(&m, std::slice::from_ref(v))?;
                    return Ok(r.as_str().unwrap_or("").to_string());
                }
            }
            if let Some(s) = o.as_str() {
                if o.class_data().is_builtin() || crate::types::lookup(&o.class(), "__str__").is_none_or(|m| is_native(&m)) {
                    return Ok(s.as_str().to_string());
                }
            }
            if !o.class_data().is_builtin() {
                if let Some(m) = types::lookup(&o.class(), "__str__") {
                    // A built-in method of another name stored as __str__ (IntEnum's
                    // `__str__ = int.__repr__`) converts as that method does.
                    let borrowed_builtin = matches!(m.kind(), Some(Kind::BuiltinFunction(b)) if b.owner.is_some_and(|w| w != "object") && &*b.name != "__str__");
                    if !is_native(&m) || borrowed_builtin {
                        let r = self.call_unbound(&m, std::slice::from_ref(v))?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(PyErr::type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                        };
                    }
                }
            }
            if let Kind::Exception(d) = &o.kind {
                if let Some(r) = crate::exception_group::group_str(self, o) {
                    return r;
                }
                let args = d.state.lock().args.clone();
                let is_syntax = types::is_subtype(&o.class(), crate::exceptions::exception_types().get("SyntaxError"));
                if is_syntax && args.len() == 2 {
                    if let Some(t) = args[1].as_tuple() {
                        let msg = self.str_string(&args[0])?;
                        let file = t.first().and_then(|f| f.as_str().map(|s| s.to_string()));
                        let line = t.get(1).cloned().unwrap_or(Value::None);
                        return Ok(match (file, line) {
                            (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
                            (Some(f), _) => format!("{msg} ({f})"),
                            (None, Value::Int(l)) => format!("{msg} (line {l})"),
                            _ => msg,
                        });
                    }
                }
                if let Some(text) = crate::exception_fields::fields_str(self, o)? {
                    return Ok(text);
                }
                return match args.len() {
                    0 => Ok(String::new()),
                    1 => {
                        if o.class_data().name.as_ref() == "KeyError" {
                            self.repr_string(&args[0])
                        } else {
                            self.str_string(&args[0])
                        }
                    }
                    _ => self.repr_string(&crate::builtins::new_tuple(args)),
                };
            }
        }
        self.repr_string(v)
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => Ok("None".into()),
            Value::Bool(b) => Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(format::float_repr(*f)),
            Value::Obj(o) => {
                if !o.class_data().is_builtin() {
                    if let Some(m) = types::lookup(&o.class(), "__repr__") {
                        if !is_native(&m) {
                            let r = self.call_unbound(&m, std::slice::from_ref(v))?;
                            return match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                            };
                        }
                    }
                }
                self.builtin_repr(o)
            }
        }
    }

    /// The repr of `o` by its built-in layout, ignoring any `__repr__` of its class (what
    /// `list.__repr__(x)` computes for a subclass instance `x`).
    pub(crate) fn builtin_repr(&mut self, o: &ObjRef) -> PyResult<String> {
        let v = Value::Obj(o.clone());
        match &o.kind {
            Kind::Str(s) => Ok(format::str_repr(s.as_str())),
            Kind::Int(i) => {
                let limit = crate::sys::INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
                crate::numeric::Int::from_big(i.clone()).to_decimal_string(limit).map_err(|e| PyErr::new(e.class_name(), e.message()))
            }
            Kind::Float(f) => Ok(format::float_repr(*f)),
            Kind::Complex { real, imag } => Ok(format::complex_repr(*real, *imag)),
            Kind::Bytes(b) => Ok(format::bytes_repr(b)),
            Kind::ByteArray(b) => {
                let data = b.lock().clone();
                Ok(format::bytearray_repr(&o.class_data().name, &data))
            }
            Kind::List(l) => {
                let items = l.lock().clone();
                self.repr_guarded(o, "[...]", |vm| {
                    let parts: PyResult<Vec<String>> = items.iter().map(|i| vm.repr_string(i)).collect();
                    Ok(format!("[{}]", parts?.join(", ")))
                })
            }
            Kind::Tuple(t) if o.class_data().struct_fields.is_some() => {
                let fields = o.class_data().struct_fields.clone().expect("fields");
                let items = t.to_vec();
                let mut parts = Vec::new();
                for (f, v) in fields.iter().zip(items.iter()) {
                    parts.push(format!("{f}={}", self.repr_string(v)?));
                }
                let module = o.class_data().dict.get_str("__module__").and_then(|m| m.as_str().map(|s| s.to_string())).unwrap_or_default();
                Ok(format!("{module}.{}({})", o.class_data().name, parts.join(", ")))
            }
            Kind::Tuple(t) => {
                let items = t.to_vec();
                self.repr_guarded(o, "(...)", |vm| {
                    let parts: Vec<String> = items.iter().map(|i| vm.repr_string(i)).collect::<PyResult<_>>()?;
                    Ok(if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) })
                })
            }
            Kind::Dict(d) => {
                let entries = d.entries();
                self.repr_guarded(o, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(entries.len());
                    for e in &entries {
                        parts.push(format!("{}: {}", vm.repr_string(&e.key)?, vm.repr_string(&e.value)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })
            }
            Kind::Set(d) => {
                let keys = d.keys();
                let frozen = types::is_subtype(&o.class(), &types::builtin().frozenset);
                let name = o.class_data().name.to_string();
                self.repr_guarded(o, &format!("{name}(...)"), |vm| {
                    if keys.is_empty() {
                        return Ok(format!("{name}()"));
                    }
                    let parts: Vec<String> = keys.iter().map(|i| vm.repr_string(i)).collect::<PyResult<_>>()?;
                    Ok(if frozen || name != "set" { format!("{name}({{{}}})", parts.join(", ")) } else { format!("{{{}}}", parts.join(", ")) })
                })
            }
            Kind::Range { start, stop, step } => {
                let (a, b) = (self.repr_string(start)?, self.repr_string(stop)?);
                if matches!(step, Value::Int(1)) {
                    Ok(format!("range({a}, {b})"))
                } else {
                    Ok(format!("range({a}, {b}, {})", self.repr_string(step)?))
                }
            }
            Kind::Slice { start, stop, step } => {
                Ok(format!("slice({}, {}, {})", self.repr_string(start)?, self.repr_string(stop)?, self.repr_string(step)?))
            }
            Kind::Type(_) => Ok(format!("<class '{}'>", module_qualified(self, o))),
            Kind::Function(f) => Ok(format!("<function {} at {:#x}>", crate::interp::function_qualname(f), o.addr())),
            Kind::BuiltinFunction(b) => Ok(match (&b.bound, b.owner) {
                (Some(this), Some(owner)) if !matches!(this, Value::Obj(t) if matches!(t.kind, Kind::Module)) => {
                    format!("<built-in method {} of {} object at {:#x}>", b.name, owner, this.as_obj().map_or(0, |t| t.addr()))
                }
                _ => match b.owner {
                    Some(owner) if b.bound.is_none() => format!("<method '{}' of '{}' objects>", b.name, owner),
                    _ => format!("<built-in function {}>", b.name),
                },
            }),
            Kind::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Obj(f) => match &f.kind {
                        Kind::Function(func) => crate::interp::function_qualname(func),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                Ok(format!("<bound method {fname} of {}>", self.repr_string(&m.object)?))
            }
            Kind::Super { this_class, object } => {
                let this = format!("<class '{}'>", this_class.as_type().expect("type").name);
                Ok(match object {
                    Value::None => format!("<super: {this}, NULL>"),
                    _ => format!("<super: {this}, <{} object>>", self.type_name(object)),
                })
            }
            Kind::Module => {
                let d = o.dict_if_present().and_then(|d| d.as_dict());
                let get = |k: &str| d.and_then(|d| d.get_str(k));
                let name = get("__name__").and_then(|n| n.as_str().map(|s| s.to_string())).unwrap_or_else(|| "?".into());
                if let Some(file) = get("__file__").filter(|f| !f.is_none()) {
                    return Ok(format!("<module '{name}' from {}>", self.repr_string(&file)?));
                }
                // Without module specs, where the module came from is told by the library.
                let lib = &self.interp.library;
                if name == "sys" || name == "builtins" || lib.native(&name).is_some() {
                    return Ok(format!("<module '{name}' (built-in)>"));
                }
                if lib.embedded(&name).is_some() {
                    return Ok(format!("<module '{name}' (frozen)>"));
                }
                if let Some(path) = get("__path__").filter(|_| get("__file__").is_some()) {
                    return Ok(format!("<module '{name}' (namespace) from {}>", self.repr_string(&path)?));
                }
                Ok(format!("<module '{name}'>"))
            }
            Kind::Exception(d) => {
                let args = d.state.lock().args.clone();
                let name = o.class_data().name.to_string();
                let parts: Vec<String> = args.iter().map(|a| self.repr_string(a)).collect::<PyResult<_>>()?;
                Ok(format!("{name}({})", parts.join(", ")))
            }
            Kind::Singleton => {
                let name = o.class_data().name.to_string();
                Ok(match name.as_str() {
                    "NotImplementedType" => "NotImplemented".into(),
                    "ellipsis" => "Ellipsis".into(),
                    _ => name,
                })
            }
            Kind::Cell(c) => Ok(match &*c.0.lock() {
                Some(inner) => format!("<cell at {:#x}: {} object at {:#x}>", o.addr(), self.type_name(inner), inner.as_obj().map_or(0, |x| x.addr())),
                None => format!("<cell at {:#x}: empty>", o.addr()),
            }),
            Kind::Native(n) if (**n).as_any().downcast_ref::<crate::iter::DictView>().is_some() => {
                let view = (**n).as_any().downcast_ref::<crate::iter::DictView>().expect("view");
                let name = view.name();
                let items = self.collect_iterable(&v)?;
                let parts: Vec<String> = items.iter().map(|i| self.repr_string(i)).collect::<PyResult<_>>()?;
                Ok(format!("{name}([{}])", parts.join(", ")))
            }
            Kind::Native(n) if (**n).as_any().downcast_ref::<crate::generic_alias::Union>().is_some() => {
                let r = self.call_method(&v, "__repr__", &[])?.unwrap_or(Value::None);
                Ok(r.as_str().unwrap_or("").to_string())
            }
            Kind::Generator(g) => Ok(format!("<{} object {} at {:#x}>", o.class_data().name, g.qualname, o.addr())),
            _ => {
                // A native type with its own __repr__ (mappingproxy): call it.
                if let (Kind::Native(_), Some(m)) = (&o.kind, types::lookup(&o.class(), "__repr__")) {
                    if !matches!(m.kind(), Some(Kind::BuiltinFunction(b)) if b.owner == Some("object")) {
                        let r = self.call_unbound(&m, std::slice::from_ref(&v))?;
                        return Ok(r.as_str().unwrap_or("").to_string());
                    }
                }
                Ok(format!("<{} object at {:#x}>", module_qualified(self, &o.class()), o.addr()))
            }
        }
    }

    /// Runs `f` with `o` marked as being repr'd on this thread; a nested repr of `o` gives `inner`.
    pub fn repr_guarded(&mut self, o: &ObjRef, inner: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
        let addr = o.addr();
        if self.repr_stack.contains(&addr) {
            return Ok(inner.to_string());
        }
        self.enter_native()?;
        self.repr_stack.push(addr);
        let r = f(self);
        self.repr_stack.pop();
        self.leave_native();
        r
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        let type_name = self.type_name(v);
        let builtin = match v {
            Value::Obj(o) => o.class_data().is_builtin(),
            _ => true,
        };
        if !builtin {
            if let Some(m) = types::lookup(&self.class_of(v), "__format__") {
                if !is_native(&m) {
                    let r = self.call_unbound(&m, &[v.clone(), new_str(spec)])?;
                    if r.as_str().is_none() {
                        return Err(PyErr::type_error(format!("__format__ must return a str, not {}", self.type_name(&r))));
                    }
                    return Ok(r);
                }
            }
            // int/float/complex/str.__format__ with an empty spec answer str(self), so a
            // subclass's __str__ shows (`format(re.IGNORECASE)` is 're.IGNORECASE').
            if spec.is_empty()
                && matches!(v, Value::Obj(o) if matches!(o.kind, Kind::Int(_) | Kind::Float(_) | Kind::Complex { .. } | Kind::Str(_)))
            {
                return Ok(new_str(self.str_string(v)?));
            }
        }
        let text = match v {
            Value::Bool(b) if spec.is_empty() => if *b { "True".into() } else { "False".into() },
            Value::Int(i) => format::format_i64(*i, spec, &type_name)?,
            Value::Bool(b) => format::format_i64(*b as i64, spec, &type_name)?,
            Value::Float(f) => format::format_float(*f, spec, &type_name)?,
            Value::Obj(o) => match &o.kind {
                Kind::Int(i) => {
                    if is_decimal_int_spec(spec) {
                        check_int_str_limit(i)?;
                    }
                    format::format_int(i, spec, &type_name)?
                }
                Kind::Float(f) => format::format_float(*f, spec, &type_name)?,
                Kind::Complex { real, imag } => format::format_complex(*real, *imag, spec, &type_name)?,
                Kind::Str(s) => format::format_str(s.as_str(), spec, &type_name)?,
                _ => {
                    if !spec.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "unsupported format string passed to {}.__format__",
                            type_name
                        )));
                    }
                    self.str_string(v)?
                }
            },
            Value::None => {
                if !spec.is_empty() {
                    return Err(PyErr::type_error("unsupported format string passed to NoneType.__format__"));
                }
                "None".into()
            }
        };
        Ok(new_str(text))
    }
}

fn is_native(m: &Value) -> bool {
    matches!(m.kind(), Some(Kind::BuiltinFunction(b)) if matches!(b.func, NativeCallable::Fn(_)))
}

/// `template % args` for a str template.
pub fn percent_format_value(vm: &mut Vm, template: &Value, args: &Value) -> PyResult<Value> {
    let text = template.as_str().unwrap_or("").to_string();
    let operand = match args {
        Value::Obj(o) if matches!(o.kind, Kind::Tuple(_)) => Operand::Tuple(o.as_tuple().unwrap_or(&[]).to_vec()),
        other => {
            let is_mapping = other.as_str().is_none() && types::lookup(&vm.class_of(other), "__getitem__").is_some()
                || matches!(other.kind(), Some(Kind::Dict(_) | Kind::List(_)));
            Operand::Single { value: other.clone(), is_mapping }
        }
    };
    let out = format::percent_format_str(&text, operand, &mut Host(vm))?;
    Ok(new_str(out))
}

/// `template % args` for a bytes or bytearray template.
pub fn percent_format_bytes_value(vm: &mut Vm, template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let operand = match args {
        Value::Obj(o) if matches!(o.kind, Kind::Tuple(_)) => Operand::Tuple(o.as_tuple().unwrap_or(&[]).to_vec()),
        other => {
            let textual = matches!(other.kind(), Some(Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_)));
            let is_mapping = !textual && (types::lookup(&vm.class_of(other), "__getitem__").is_some() || matches!(other.kind(), Some(Kind::Dict(_) | Kind::List(_))));
            Operand::Single { value: other.clone(), is_mapping }
        }
    };
    Ok(format::percent_format_bytes(template, operand, &mut Host(vm))?)
}

struct Host<'v>(&'v mut Vm);

impl PercentHost for Host<'_> {
    type Value = Value;
    type Error = PyErr;

    fn type_name(&self, v: &Value) -> String {
        self.0.type_name(v)
    }

    fn get_item_str(&mut self, mapping: &Value, key: &str) -> PyResult<Value> {
        self.0.getitem(mapping, &new_str(key))
    }

    fn get_item_bytes(&mut self, mapping: &Value, key: &[u8]) -> PyResult<Value> {
        self.0.getitem(mapping, &crate::builtins::new_bytes(key.to_vec()))
    }

    fn as_int(&self, v: &Value) -> Option<BigInt> {
        as_int(v).map(|i| i.to_bigint())
    }

    fn int_value(&mut self, v: &Value, coercion: IntCoercion) -> PyResult<Option<BigInt>> {
        if let Some(i) = as_int(v) {
            return Ok(Some(i.to_bigint()));
        }
        if coercion == IntCoercion::Number {
            if let Some(f) = as_float(v) {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::new("OverflowError", "cannot convert float infinity to integer"));
                }
                return Ok(Some(crate::numbers::big_from_f64(f.trunc())));
            }
            if let Some(r) = self.0.call_method(v, "__int__", &[])? {
                return Ok(as_int(&r).map(|i| i.to_bigint()));
            }
        }
        match self.0.call_method(v, "__index__", &[])? {
            Some(r) => Ok(as_int(&r).map(|i| i.to_bigint())),
            None => Ok(None),
        }
    }

    fn float_value(&mut self, v: &Value) -> PyResult<Option<f64>> {
        if let Some(f) = as_float(v) {
            return Ok(Some(f));
        }
        if let Some(i) = as_int(v) {
            return crate::numbers::int_to_f64(&i).map(Some);
        }
        if let Some(r) = self.0.call_method(v, "__float__", &[])? {
            return Ok(as_float(&r));
        }
        if let Some(r) = self.0.call_method(v, "__index__", &[])? {
            if let Some(i) = as_int(&r) {
                return crate::numbers::int_to_f64(&i).map(Some);
            }
        }
        Ok(None)
    }

    fn str(&mut self, v: &Value) -> PyResult<String> {
        self.0.str_string(v)
    }

    fn repr(&mut self, v: &Value) -> PyResult<String> {
        self.0.repr_string(v)
    }

    fn ascii(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.0.ascii(v)?.as_str().expect("str").as_str().to_string())
    }

    fn as_str(&self, v: &Value) -> Option<String> {
        v.as_str().map(|s| s.to_string())
    }

    fn as_bytes(&self, v: &Value) -> Option<Vec<u8>> {
        match v.kind() {
            Some(Kind::Bytes(b)) => Some(b.to_vec()),
            Some(Kind::ByteArray(b)) => Some(b.lock().clone()),
            _ => None,
        }
    }

    fn bytes_value(&mut self, v: &Value) -> PyResult<Option<Vec<u8>>> {
        // %b and %s take any buffer (memoryview, ...), %c only bytes and bytearray.
        if let Some(b) = crate::buffer::bytes_of(v) {
            return Ok(Some(b.into_owned()));
        }
        match self.0.call_method(v, "__bytes__", &[])? {
            Some(r) => match r.kind() {
                Some(Kind::Bytes(b)) => Ok(Some(b.to_vec())),
                _ => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", self.0.type_name(&r)))),
            },
            None => Ok(None),
        }
    }
}

#[allow(dead_code)]
fn _int_ref(_: IntRef) {}

/// Whether an int format spec writes decimal digits (no type, `d` or `n`): those conversions
/// obey `sys.set_int_max_str_digits` as `str()` does. The type is the spec's last character
/// when that is a letter or `%`.
fn is_decimal_int_spec(spec: &str) -> bool {
    match spec.chars().last() {
        Some(c) if c.is_ascii_alphabetic() || c == '%' => c == 'd' || c == 'n',
        _ => true,
    }
}

/// The ValueError of `str()` for an int with more decimal digits than the limit allows.
fn check_int_str_limit(i: &num_bigint::BigInt) -> PyResult<()> {
    let limit = crate::sys::INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    // Only ints near the limit need the exact (costly) digit count.
    if limit == 0 || (i.bits() as f64) * std::f64::consts::LOG10_2 < limit as f64 - 1.0 {
        return Ok(());
    }
    crate::numeric::Int::from_big(i.clone()).to_decimal_string(limit).map(|_| ()).map_err(|e| PyErr::new(e.class_name(), e.message()))
}
