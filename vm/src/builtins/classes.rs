//! Calling types: `type.__call__` (`__new__` then `__init__`), class creation
//! (`__build_class__`, metaclasses, `__init_subclass__`, `__set_name__`, `__classcell__`),
//! `super`, and the constructors of built-in types.

use parking_lot::Mutex;

use super::functions::check_args;
use super::{intern, native_function, new_list, new_str, new_tuple};
use crate::dict::Dict;
use crate::exceptions::{PyErr, exception_data, new_exception};
use crate::function::Args;
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::numbers::{as_float, as_int, int_value};
use crate::object::{Kind, Object, ObjRef};
use crate::types::{self, Layout, TypeData};
use crate::value::Value;
use crate::PyResult;

pub(super) fn install(b: &Dict) {
    b.set_str(intern("__build_class__"), Value::Obj(native_function("__build_class__", None, build_class)));
}

impl Vm {
    /// `cls(*args, **kwargs)`.
    pub(crate) fn call_type(&mut self, cls: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let meta = cls.class().clone();
        if !meta.as_type().is_some_and(|m| m.is_builtin()) {
            if let Some(call) = types::lookup(&meta, "__call__") {
                if !super::is_builtin_slot(&call) {
                    return self.call_bound_special(&call, &Value::Obj(cls.clone()), args, kwnames);
                }
            }
        }
        self.call_type_default(cls, args, kwnames)
    }

    /// `type.__call__(cls, ...)`: `__new__` then `__init__`.
    pub(crate) fn call_type_default(&mut self, cls: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let b = types::builtin();
        if ObjRef::ptr_eq(cls, &b.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(Value::Obj(self.class_of(&args[0])));
        }
        let data = cls.as_type().expect("type");
        // Built-in types construct natively unless a Python subclass overrides __new__/__init__.
        let new = types::lookup(cls, "__new__");
        let obj = match new.as_ref().filter(|n| !super::is_builtin_slot(n)) {
            Some(new) => {
                let f = match new.kind() {
                    Some(Kind::StaticMethod(f)) => f.clone(),
                    _ => new.clone(),
                };
                let mut v = vec![Value::Obj(cls.clone())];
                v.extend_from_slice(args);
                self.call(&f, &v, kwnames)?
            }
            None => self.builtin_new(cls, data.layout, args, kwnames)?,
        };
        // __init__ runs when __new__ returned an instance of cls.
        let obj_class = self.class_of(&obj);
        if !types::is_subtype(&obj_class, cls) {
            return Ok(obj);
        }
        if let Some(init) = types::lookup(&obj_class, "__init__") {
            // Python __init__ methods run; so do built-in ones other than object's for
            // subclasses of built-in types (`class L(list)`: list.__init__ fills the list),
            // whose native constructor left the instance empty.
            let builtin_init = match init.kind() {
                Some(Kind::BuiltinFunction(f)) => Some(f.owner == Some("object")),
                _ => None,
            };
            if builtin_init.is_none() || (builtin_init == Some(false) && !data.is_builtin()) {
                let mut v = vec![obj.clone()];
                v.extend_from_slice(args);
                let r = self.call(&init, &v, kwnames)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
                }
            } else if data.layout == Layout::Exception && data.is_builtin() && new.as_ref().is_none_or(super::is_builtin_slot) {
                // BaseException.__init__ of a built-in exception class: keyword arguments and
                // the fields of OSError, ImportError and the Unicode errors.
                let mut v = vec![obj.clone()];
                v.extend_from_slice(args);
                self.call(&init, &v, kwnames)?;
            } else if data.layout == Layout::Plain
                && !args.is_empty()
                && new.as_ref().is_none_or(super::is_builtin_slot)
                && !ObjRef::ptr_eq(cls, &b.type_)
                && !ObjRef::ptr_eq(cls, &b.module)
                && crate::native_type::constructor_of(cls).is_none()
            {
                return Err(PyErr::type_error(format!("{}() takes no arguments", data.name)));
            } else if !data.is_builtin() && matches!(data.layout, Layout::List | Layout::Dict | Layout::Set) {
                // A subclass of list/dict/set without its own __init__: the built-in one fills
                // the (empty) instance from the arguments.
                let mut v = vec![obj.clone()];
                v.extend_from_slice(args);
                self.call(&init, &v, kwnames)?;
            }
        }
        Ok(obj)
    }

    /// `object.__new__` and the built-in types' constructors.
    pub(crate) fn builtin_new(&mut self, cls: &ObjRef, layout: Layout, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let b = types::builtin();
        let exact = cls.as_type().expect("type").is_builtin();
        let pos = &args[..args.len() - kwnames.len()];
        let a = Args { values: args, kwnames };
        let wrap = |kind: Kind| Value::Obj(Object::new(cls.clone(), kind));
        match layout {
            Layout::Plain => {
                if types::is_subtype(cls, &b.module) {
                    // `module.__new__` makes an empty namespace; `__init__` names it (run here
                    // for the built-in class, whose `__init__` type calls skip).
                    let module = Value::Obj(Object::with_dict(cls.clone(), Kind::Module, crate::dict::new_dict_object()));
                    if exact {
                        let mut with_self = vec![module.clone()];
                        with_self.extend_from_slice(args);
                        super::methods::module_init(self, Args { values: &with_self, kwnames })?;
                    }
                    return Ok(module);
                }
                let t = cls.as_type().expect("type");
                check_not_abstract(self, cls)?;
                // A Python subclass of a native stdlib type (itertools.chain, ...): the
                // native constructor builds the instance.
                if t.mro_tail.iter().any(|base| base.as_type().is_some_and(|d| d.is_builtin() && d.layout == Layout::Special)) {
                    if let Some(r) = crate::native_type::construct(self, cls, a) {
                        return r;
                    }
                }
                if let Some(slots) = &t.slots {
                    return Ok(wrap(Kind::Slots(Mutex::new(vec![None; slots.len()]))));
                }
                if ObjRef::ptr_eq(cls, &b.object) && !args.is_empty() {
                    return Err(PyErr::type_error("object() takes no arguments"));
                }
                Ok(wrap(Kind::Plain))
            }
            Layout::Type => {
                if args.len() == 1 {
                    return Ok(Value::Obj(self.class_of(&args[0])));
                }
                if pos.len() != 3 {
                    return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
                }
                let bases = pos[1].as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                let ns = pos[2].clone();
                // type(name, bases, ns) takes __module__ from the caller's globals.
                if let Some(d) = ns.as_obj().and_then(|o| o.as_dict()) {
                    if d.get_str("__module__").is_none() {
                        if let Some(m) = self.current_globals().as_dict().and_then(|g| g.get_str("__name__")) {
                            d.set_str(intern("__module__"), m);
                        }
                    }
                }
                let name = pos[0].as_str().unwrap_or("").to_string();
                self.make_class(cls.clone(), &name, bases, ns, &[], &[])
            }
            Layout::Int => {
                if ObjRef::ptr_eq(cls, &b.bool_) {
                    check_args("bool", &a, 0, 1)?;
                    return Ok(Value::Bool(match pos.first() { Some(x) => self.is_true(x)?, None => false }));
                }
                let v = self.construct_int(a)?;
                if exact && ObjRef::ptr_eq(cls, &b.int) {
                    return Ok(v);
                }
                Ok(wrap(Kind::Int(as_int(&v).map(|i| i.to_bigint()).unwrap_or_default())))
            }
            Layout::Float => {
                check_args("float", &a, 0, 1)?;
                let f = match pos.first() {
                    None => 0.0,
                    Some(v) => self.to_float(v)?,
                };
                if exact { Ok(Value::Float(f)) } else { Ok(wrap(Kind::Float(f))) }
            }
            Layout::Complex => {
                // complex(z) of an exact complex is z itself.
                if let (true, [Value::Obj(z)], true) = (exact, pos, kwnames.is_empty()) {
                    if ObjRef::ptr_eq(&z.class(), &b.complex) {
                        return Ok(Value::Obj(z.clone()));
                    }
                }
                let z = super::constructors_complex::complex_value(self, a)?;
                Ok(wrap(Kind::Complex { real: z.re, imag: z.im }))
            }
            Layout::Str => {
                let s = super::constructors_text::str_text(self, a)?;
                if exact {
                    Ok(new_str(s))
                } else {
                    Ok(wrap(Kind::Str(crate::str::PyStr::new(s))))
                }
            }
            Layout::Bytes | Layout::ByteArray => {
                let bytes = super::constructors_text::bytes_content(self, a, layout == Layout::ByteArray)?;
                if layout == Layout::Bytes {
                    Ok(wrap(Kind::Bytes(bytes.into_boxed_slice())))
                } else {
                    Ok(wrap(Kind::ByteArray(crate::buffer::ByteArrayData::new(bytes))))
                }
            }
            Layout::Tuple => {
                check_args("tuple", &a, 0, 1)?;
                // tuple(t) of an exact tuple is t itself.
                if let (true, Some(Value::Obj(t))) = (exact, pos.first()) {
                    if ObjRef::ptr_eq(&t.class(), &b.tuple) {
                        return Ok(Value::Obj(t.clone()));
                    }
                }
                let items = match pos.first() { Some(v) => self.collect_iterable(v)?, None => vec![] };
                if exact { Ok(new_tuple(items)) } else { Ok(wrap(Kind::Tuple(items.into_boxed_slice()))) }
            }
            Layout::List => {
                if exact {
                    check_args("list", &a, 0, 1)?;
                }
                let items = match pos.first() { Some(v) if exact => self.collect_iterable(v)?, _ => vec![] };
                if exact { Ok(new_list(items)) } else { Ok(wrap(Kind::List(Mutex::new(items)))) }
            }
            Layout::Dict => {
                let d = Dict::new();
                let obj = wrap(Kind::Dict(d));
                if exact {
                    if pos.len() > 1 {
                        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", pos.len())));
                    }
                    super::methods_dict::dict_update_from(self, &obj, pos.first(), a)?;
                }
                Ok(obj)
            }
            Layout::Set | Layout::FrozenSet => {
                let name = if layout == Layout::Set { "set" } else { "frozenset" };
                if exact {
                    if !kwnames.is_empty() {
                        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
                    }
                    if pos.len() > 1 {
                        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", pos.len())));
                    }
                    // frozenset(f) of an exact frozenset is f itself.
                    if let (Layout::FrozenSet, Some(Value::Obj(f))) = (layout, pos.first()) {
                        if ObjRef::ptr_eq(&f.class(), &b.frozenset) {
                            return Ok(Value::Obj(f.clone()));
                        }
                    }
                }
                let obj = wrap(Kind::Set(crate::set_table::SetTable::new()));
                if let Some(v) = pos.first() {
                    if exact || layout == Layout::FrozenSet {
                        super::set_update(self, &obj, v)?;
                    }
                }
                Ok(obj)
            }
            Layout::Exception => {
                if types::is_subtype(cls, crate::exceptions::exception_types().get("BaseExceptionGroup")) {
                    return self.new_exception_group(cls, pos);
                }
                let e = new_exception(&os_error_subclass(cls, pos), pos.to_vec());
                if types::is_subtype(cls, crate::exceptions::exception_types().get("OSError")) {
                    crate::exception_fields::init_os_error(&e, pos);
                }
                Ok(Value::Obj(e))
            }
            Layout::Special => self.special_new(cls, a),
        }
    }

    fn special_new(&mut self, cls: &ObjRef, a: Args) -> PyResult<Value> {
        let b = types::builtin();
        let pos = a.pos();
        if let Some(r) = crate::native_type::construct(self, cls, a) {
            return r;
        }
        let name = cls.as_type().expect("type").name.to_string();
        match name.as_str() {
            "range" => {
                check_args("range", &a, 1, 3)?;
                let ints: Vec<Value> = pos
                    .iter()
                    .map(|v| match as_int(v) {
                        Some(i) => Ok(int_value(i.to_bigint())),
                        None => match self.call_method(v, "__index__", &[])? {
                            Some(r) => Ok(r),
                            None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
                        },
                    })
                    .collect::<PyResult<_>>()?;
                let (start, stop, step) = match ints.len() {
                    1 => (Value::Int(0), ints[0].clone(), Value::Int(1)),
                    2 => (ints[0].clone(), ints[1].clone(), Value::Int(1)),
                    _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
                };
                if matches!(step, Value::Int(0)) {
                    return Err(PyErr::value_error("range() arg 3 must not be zero"));
                }
                Ok(Value::Obj(Object::new(b.range.clone(), Kind::Range { start, stop, step })))
            }
            "slice" => {
                check_args("slice", &a, 1, 3)?;
                let (start, stop, step) = match pos.len() {
                    1 => (Value::None, pos[0].clone(), Value::None),
                    2 => (pos[0].clone(), pos[1].clone(), Value::None),
                    _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
                };
                Ok(super::new_slice(start, stop, step))
            }
            "property" => {
                let get = |i: usize, k: &str| pos.get(i).cloned().or_else(|| a.kwarg(k).cloned()).unwrap_or(Value::None);
                let fget = get(0, "fget");
                let mut doc = get(3, "doc");
                if doc.is_none() {
                    if let Some(Kind::Function(f)) = fget.kind() {
                        doc = f.attrs.lock().doc.clone();
                    }
                }
                Ok(Value::Obj(Object::new(cls.clone(), Kind::Property { fget, fset: get(1, "fset"), fdel: get(2, "fdel"), doc, name: parking_lot::Mutex::new(Value::None) })))
            }
            "classmethod" => {
                check_args("classmethod", &a, 1, 1)?;
                Ok(Value::Obj(Object::new(cls.clone(), Kind::ClassMethod(pos[0].clone()))))
            }
            "staticmethod" => {
                check_args("staticmethod", &a, 1, 1)?;
                Ok(Value::Obj(Object::new(cls.clone(), Kind::StaticMethod(pos[0].clone()))))
            }
            "super" => self.make_super(cls, pos),
            "method" if ObjRef::ptr_eq(cls, &b.method) => {
                // types.MethodType(func, obj)
                check_args("method", &a, 2, 2)?;
                if !super::functions::is_callable(&pos[0]) {
                    return Err(PyErr::type_error("first argument must be callable"));
                }
                if pos[1].is_none() {
                    return Err(PyErr::type_error("instance must not be None"));
                }
                Ok(Value::Obj(Object::new(b.method.clone(), Kind::BoundMethod(crate::function::BoundMethod { func: pos[0].clone(), object: pos[1].clone() }))))
            }
            "memoryview" => super::methods_memoryview::construct(self, a),
            "GenericAlias" => {
                if !a.kwnames.is_empty() {
                    return Err(PyErr::type_error("GenericAlias() takes no keyword arguments"));
                }
                if pos.len() != 2 {
                    return Err(PyErr::type_error(format!("GenericAlias expected 2 arguments, got {}", pos.len())));
                }
                Ok(super::new_generic_alias(pos[0].clone(), &pos[1]))
            }
            "mappingproxy" => {
                use super::method_args::{Params, clinic_function};
                const PARAMS: Params<1> = Params::new(["mapping"], 1);
                let [mapping] = clinic_function(&a, "mappingproxy", &PARAMS)?;
                let mapping = mapping.expect("required");
                let b = types::builtin();
                let class = self.class_of(mapping);
                let sequence = types::is_subtype(&class, &b.list) || types::is_subtype(&class, &b.tuple);
                if sequence || types::lookup(&class, "__getitem__").is_none() {
                    return Err(PyErr::type_error(format!("mappingproxy() argument must be a mapping, not {}", class.as_type().expect("type").qualified_name())));
                }
                Ok(super::new_mappingproxy(mapping.clone()))
            }
            "enumerate" => {
                let start = pos.get(1).cloned().or_else(|| a.kwarg("start").cloned()).unwrap_or(Value::Int(0));
                let Some(it) = pos.first().or_else(|| a.kwarg("iterable")) else {
                    return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
                };
                let inner = self.iter(it)?;
                let count = self.index_int(&start)?;
                Ok(new_iterator(IterState::Enumerate { inner, count }))
            }
            "zip" => {
                let strict = match a.kwarg("strict") { Some(v) => self.is_true(v)?, None => false };
                let mut inners = Vec::new();
                for v in pos.iter() {
                    inners.push(self.iter(v)?);
                }
                Ok(new_iterator(IterState::Zip { inners, strict }))
            }
            "map" => {
                if pos.len() < 2 {
                    return Err(PyErr::type_error("map() must have at least two arguments."));
                }
                let strict = match a.kwarg("strict") { Some(v) => self.is_true(v)?, None => false };
                let mut inners = Vec::new();
                for v in &pos[1..] {
                    inners.push(self.iter(v)?);
                }
                if strict {
                    // map(f, *its, strict=True) is map over zip(*its, strict=True).
                    let zipped = new_iterator(IterState::Zip { inners, strict: true });
                    return Ok(new_iterator(IterState::StarMap { func: pos[0].clone(), inner: zipped, name: "map" }));
                }
                Ok(new_iterator(IterState::Map { func: pos[0].clone(), inners }))
            }
            "filter" => {
                check_args("filter", &a, 2, 2)?;
                let inner = self.iter(&pos[1])?;
                Ok(new_iterator(IterState::Filter { func: pos[0].clone(), inner }))
            }
            "reversed" => {
                check_args("reversed", &a, 1, 1)?;
                let v = &pos[0];
                // Built-in types define __reversed__ too (list, range, dict and its views).
                let class = self.class_of(v);
                match types::lookup(&class, "__reversed__") {
                    Some(Value::None) => return Err(PyErr::type_error(format!("'{}' object is not reversible", self.type_name(v)))),
                    Some(_) => {
                        if let Some(r) = self.call_method(v, "__reversed__", &[])? {
                            return Ok(r);
                        }
                    }
                    None => {}
                }
                // Otherwise a sequence: __getitem__ with __len__.
                if types::lookup(&class, "__getitem__").is_none() || matches!(v.kind(), Some(Kind::Dict(_))) {
                    return Err(PyErr::type_error(format!("'{}' object is not reversible", self.type_name(v))));
                }
                let n = self.len_of(v).map_err(|_| PyErr::type_error(format!("'{}' object is not reversible", self.type_name(v))))?;
                Ok(new_iterator(IterState::Reversed { seq: v.clone(), index: n as i64 - 1 }))
            }
            _ => {
                if ObjRef::ptr_eq(cls, &types::builtin().generic_alias) {
                    return super::methods_generic_alias::construct(a);
                }
                if ObjRef::ptr_eq(cls, &types::builtin().function) {
                    return crate::function_new::construct(self, a);
                }
                if ObjRef::ptr_eq(cls, &types::builtin().cell) {
                    return crate::function_new::construct_cell(a);
                }
                if let Some(r) = crate::templatelib::construct(self, cls, a) {
                    return r;
                }
                match crate::typing::construct(self, cls, a) {
                    Some(r) => r,
                    None => Err(PyErr::type_error(format!("cannot create '{name}' instances"))),
                }
            }
        }
    }

    pub(crate) fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        super::functions::length(self, v)
    }

    fn construct_int(&mut self, a: Args) -> PyResult<Value> {
        let pos = a.pos();
        if let Some((k, _)) = a.kw().find(|(k, _)| *k != "base") {
            return Err(super::method_args::unexpected_keyword("int", k, &["base"]));
        }
        if pos.len() > 2 {
            return Err(PyErr::type_error(format!("int expected at most 2 arguments, got {}", pos.len())));
        }
        if pos.len() == 2 && a.kwarg("base").is_some() {
            return Err(PyErr::type_error("int() takes at most 2 arguments (3 given)"));
        }
        let base = pos.get(1).or_else(|| a.kwarg("base")).cloned();
        let Some(v) = pos.first() else {
            if base.is_some() {
                return Err(PyErr::type_error("int() missing string argument"));
            }
            return Ok(Value::Int(0));
        };
        if let Some(base) = base {
            let base = self.index_value(&base)?;
            let text = match v.kind() {
                Some(Kind::Str(s)) => s.as_str().to_string(),
                Some(Kind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                Some(Kind::ByteArray(b)) => String::from_utf8_lossy(&b.lock()).into_owned(),
                _ => return Err(PyErr::type_error("int() can't convert non-string with explicit base")),
            };
            return parse_int(self, &text, base, v);
        }
        if let Some(i) = as_int(v) {
            return Ok(int_value(i.to_bigint()));
        }
        if let Some(f) = as_float(v) {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new("OverflowError", "cannot convert float infinity to integer"));
            }
            return Ok(int_value(crate::numbers::big_from_f64(f.trunc())));
        }
        match v.kind() {
            Some(Kind::Str(s)) => return parse_int(self, s.as_str(), 10, v),
            Some(Kind::Bytes(b)) => return parse_int(self, &String::from_utf8_lossy(b), 10, v),
            Some(Kind::ByteArray(b)) => {
                let text = String::from_utf8_lossy(&b.lock()).into_owned();
                return parse_int(self, &text, 10, v);
            }
            _ => {}
        }
        // (3.14 no longer falls back to __trunc__.)
        for m in ["__int__", "__index__"] {
            if let Some(r) = self.call_method(v, m, &[])? {
                if as_int(&r).is_none() {
                    return Err(PyErr::type_error(format!("{m} returned non-int (type {})", self.type_name(&r))));
                }
                return Ok(r);
            }
        }
        // Any other buffer (memoryview, ...) is parsed as its bytes.
        if let Some(data) = crate::buffer::bytes_of(v) {
            let data = data.into_owned();
            let text = String::from_utf8_lossy(&data).into_owned();
            return parse_int(self, &text, 10, &super::new_bytes(data));
        }
        Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(v)
        )))
    }

    pub(crate) fn to_float(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(f) = as_float(v) {
            return Ok(f);
        }
        if let Some(i) = as_int(v) {
            return crate::numbers::int_to_f64(&i);
        }
        if let Some(s) = v.as_str() {
            let shown = crate::format::str_repr(s);
            return crate::numeric::float_from_str_with_repr(s, &|| shown.clone()).map_err(|e| PyErr::new(e.class_name(), e.message()));
        }
        let data = match v.kind() {
            Some(Kind::Bytes(b)) => Some(b.to_vec()),
            Some(Kind::ByteArray(b)) => Some(b.lock().clone()),
            _ => None,
        };
        if let Some(data) = data {
            return crate::numeric::float_from_bytes_text(&data).map_err(|e| PyErr::new(e.class_name(), e.message()));
        }
        for m in ["__float__", "__index__"] {
            if let Some(r) = self.call_method(v, m, &[])? {
                if let Some(f) = as_float(&r) {
                    return Ok(f);
                }
                if let Some(i) = as_int(&r) {
                    return crate::numbers::int_to_f64(&i);
                }
                return Err(PyErr::type_error(format!("{m} returned non-float (type {})", self.type_name(&r))));
            }
        }
        // Any other buffer (memoryview, ...) is parsed as its bytes.
        if let Some(data) = crate::buffer::bytes_of(v) {
            return crate::numeric::float_from_bytes_text(&data).map_err(|e| PyErr::new(e.class_name(), e.message()));
        }
        Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", self.type_name(v))))
    }

    fn make_super(&mut self, cls: &ObjRef, pos: &[Value]) -> PyResult<Value> {
        let (this_class, object) = match pos.len() {
            0 => self.implicit_super_args()?,
            1 | 2 => match &pos[0] {
                Value::Obj(t) if t.as_type().is_some() => (t.clone(), pos.get(1).cloned().unwrap_or(Value::None)),
                _ => return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", self.type_name(&pos[0])))),
            },
            _ => return Err(PyErr::type_error("super() takes 0 or 2 arguments")),
        };
        // `object` None stands for an unbound super (`super(B)`): None is never an instance of a
        // class that could be given as the first argument.
        if !object.is_none() {
            let instance_ok = types::is_subtype(&self.class_of(&object), &this_class);
            let subtype_ok = matches!(&object, Value::Obj(o) if o.as_type().is_some() && types::is_subtype(o, &this_class));
            if !instance_ok && !subtype_ok {
                let what = match &object {
                    Value::Obj(o) if o.as_type().is_some() => format!("type {}", o.as_type().expect("type").name),
                    _ => format!("instance of {}", self.type_name(&object)),
                };
                let tname = this_class.as_type().expect("type").name.to_string();
                return Err(PyErr::type_error(format!("super(type, obj): obj ({what}) is not an instance or subtype of type ({tname}).")));
            }
        }
        Ok(Value::Obj(Object::new(cls.clone(), Kind::Super { this_class, object })))
    }

    /// `super()` with no arguments: the `__class__` cell and the first argument of the caller.
    fn implicit_super_args(&mut self) -> PyResult<(ObjRef, Value)> {
        let frame = self.frames.last().ok_or_else(|| PyErr::new("RuntimeError", "super(): no arguments"))?;
        let code = frame.code.as_code().expect("code");
        let c = &code.compiled;
        if c.arg_count == 0 && c.flags & ophis_compiler::code::flags::VARARGS == 0 {
            return Err(PyErr::new("RuntimeError", "super(): no arguments"));
        }
        let first = match frame.fast.first().cloned().flatten() {
            Some(Value::Obj(cell)) if matches!(cell.kind, Kind::Cell(_)) && c.cell2arg.first().copied().flatten() == Some(0) => match &cell.kind {
                Kind::Cell(cl) => cl.0.lock().clone(),
                _ => None,
            },
            other => other,
        };
        let first = first.ok_or_else(|| PyErr::new("RuntimeError", "super(): arg[0] deleted"))?;
        let idx = c.freevars.iter().position(|f| &**f == "__class__").ok_or_else(|| PyErr::new("RuntimeError", "super(): __class__ cell not found"))?;
        let slot = c.varnames.len() + c.cellvars.len() + idx;
        let class = match frame.fast.get(slot).cloned().flatten() {
            Some(Value::Obj(cell)) => match &cell.kind {
                Kind::Cell(cl) => cl.0.lock().clone(),
                _ => None,
            },
            _ => None,
        };
        match class {
            Some(Value::Obj(t)) if t.as_type().is_some() => Ok((t, first)),
            _ => Err(PyErr::new("RuntimeError", "super(): empty __class__ cell")),
        }
    }

    /// Attribute lookup on a `super` object.
    pub(crate) fn super_getattr(&mut self, this_class: &ObjRef, object: &Value, name: &str) -> PyResult<Option<Value>> {
        let start_type = match object {
            Value::Obj(o) if o.as_type().is_some() && types::is_subtype(o, this_class) => o.clone(),
            _ => self.class_of(object),
        };
        let mro = types::mro(&start_type);
        let pos = mro.iter().position(|t| ObjRef::ptr_eq(t, this_class)).map_or(mro.len(), |p| p + 1);
        for t in &mro[pos..] {
            if let Some(v) = t.as_type().expect("type").dict.get_str(name) {
                return Ok(Some(match v.kind() {
                    Some(Kind::Function(_)) => {
                        if matches!(object, Value::Obj(o) if o.as_type().is_some()) && ObjRef::ptr_eq(&start_type, object.as_obj().expect("obj")) && name != "__new__" {
                            v
                        } else {
                            Value::Obj(Object::new(types::builtin().method.clone(), Kind::BoundMethod(crate::function::BoundMethod { func: v, object: object.clone() })))
                        }
                    }
                    // __new__ is a static method: `super().__new__(cls, ...)` passes cls itself.
                    Some(Kind::BuiltinFunction(bf)) if bf.bound.is_none() && bf.owner.is_some() && name != "__new__" => crate::attr::bind_builtin(bf, object.clone()),
                    Some(Kind::ClassMethod(f)) => Value::Obj(Object::new(
                        types::builtin().method.clone(),
                        Kind::BoundMethod(crate::function::BoundMethod { func: f.clone(), object: Value::Obj(start_type.clone()) }),
                    )),
                    Some(Kind::StaticMethod(f)) => f.clone(),
                    Some(Kind::Property { fget, .. }) => {
                        let fget = fget.clone();
                        self.call(&fget, std::slice::from_ref(object), &[])?
                    }
                    _ => v,
                }));
            }
        }
        Ok(None)
    }

    /// Creates a class: resolves the metaclass, computes the MRO, fills the namespace, runs
    /// `__set_name__` and `__init_subclass__`, and sets the `__class__` cell.
    pub(crate) fn make_class(&mut self, meta: ObjRef, name: &str, bases: Vec<Value>, ns: Value, kw: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let b = types::builtin();
        let mut base_types = Vec::new();
        for base in &bases {
            match base {
                Value::Obj(t) if t.as_type().is_some() => {
                    if !t.as_type().expect("type").subclassable {
                        return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", t.as_type().expect("type").name)));
                    }
                    base_types.push(t.clone());
                }
                // A base that is not a class has a metaclass (its type) unrelated to `type`.
                _ => return Err(PyErr::type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")),
            }
        }
        for (i, t) in base_types.iter().enumerate() {
            if base_types[..i].iter().any(|u| ObjRef::ptr_eq(u, t)) {
                return Err(PyErr::type_error(format!("duplicate base class {}", t.as_type().expect("type").name)));
            }
        }
        if base_types.is_empty() {
            base_types.push(b.object.clone());
        }
        let tail = types::c3_mro_tail(&base_types).map_err(PyErr::type_error)?;
        // The instance layout comes from the most derived built-in base with state.
        let layout = std::iter::once(&base_types[0]).chain(tail.iter()).map(|t| t.as_type().expect("type").layout).find(|l| *l != Layout::Plain).unwrap_or(Layout::Plain);
        let layout = if layout == Layout::Special { Layout::Plain } else { layout };
        let mut data = TypeData::new(name, base_types.clone(), tail, layout, false);
        let ns_dict = ns.as_obj().and_then(|o| o.as_dict()).map(|d| d.entries()).unwrap_or_default();
        // __slots__
        // The slot table starts with the first slotted base's (which includes its bases').
        let mut slots: Option<Vec<Box<str>>> = base_types.iter().find_map(|t| t.as_type().expect("type").slots.as_ref().map(|s| s.to_vec()));
        let inherited_slots = slots.as_ref().map_or(0, |s| s.len());
        if let Some(s) = ns_dict.iter().find(|e| e.key.as_str() == Some("__slots__")) {
            let names: Vec<Value> = if s.value.as_str().is_some() { vec![s.value.clone()] } else { self.collect_iterable(&s.value)? };
            let inherited_dict = base_types.iter().any(|t| !t.as_type().expect("type").is_builtin() && t.as_type().expect("type").slots.is_none());
            if !inherited_dict && layout == Layout::Plain {
                let mut all = slots.unwrap_or_default();
                for n in names {
                    let n = n.as_str().ok_or_else(|| PyErr::type_error("__slots__ items must be strings"))?;
                    all.push(crate::types_mangle(name, n).into());
                }
                slots = Some(all);
            } else {
                slots = None;
            }
        } else if base_types.iter().all(|t| t.as_type().expect("type").is_builtin())
            || base_types.iter().any(|t| !t.as_type().expect("type").is_builtin() && t.as_type().expect("type").slots.is_none())
            || slots.as_ref().is_some_and(|s| s.is_empty())
        {
            // A class without __slots__ has a __dict__ (bases with `__slots__ = ()`, such as
            // the collections.abc classes, add no slots to keep).
            slots = None;
        } else if let Some(s) = &mut slots {
            // No `__slots__` below a slotted class: instances get a `__dict__` (and weak
            // reference support) again.
            for special in ["__dict__", "__weakref__"] {
                if !s.iter().any(|n| &**n == special) {
                    s.push(special.into());
                }
            }
        }
        let own_slots: Vec<Box<str>> = match ns_dict.iter().find(|e| e.key.as_str() == Some("__slots__")) {
            Some(_) => slots.as_ref().map(|all| all[inherited_slots.min(all.len())..].to_vec()).unwrap_or_default(),
            None => Vec::new(),
        };
        for n in &own_slots {
            if !matches!(&**n, "__dict__" | "__weakref__") && ns_dict.iter().any(|e| e.key.as_str() == Some(&**n)) {
                return Err(PyErr::value_error(format!("'{n}' in __slots__ conflicts with class variable")));
            }
        }
        data.slots = slots.map(|s| s.into_boxed_slice());
        if let Some(q) = ns_dict.iter().find(|e| e.key.as_str() == Some("__qualname__")) {
            if let Some(q) = q.value.as_str() {
                data.qualname = q.into();
            }
        }
        let cls = types::new_heap_type(meta, data);
        for base in &base_types {
            types::add_subclass(base, &cls);
        }
        let t = cls.as_type().expect("type");
        let mut classcell = None;
        let mut classdictcell = None;
        for e in &ns_dict {
            match e.key.as_str() {
                Some("__classcell__") => classcell = Some(e.value.clone()),
                Some("__classdictcell__") => classdictcell = Some(e.value.clone()),
                Some("__qualname__") => {}
                _ => t.dict.set_hashed(self, e.key.clone(), e.hash, e.value.clone())?,
            }
        }
        self.add_class_descriptors(&cls, &base_types, &own_slots, ns.as_obj().and_then(|o| o.as_dict()).is_some_and(|d| d.get_str("__slots__").is_some()));
        // __init_subclass__ and __class_getitem__ are implicit classmethods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = t.dict.get_str(special) {
                if matches!(f.kind(), Some(Kind::Function(_))) {
                    t.dict.set_str(intern(special), Value::Obj(Object::new(b.classmethod.clone(), Kind::ClassMethod(f))));
                }
            }
        }
        if let Some(f) = t.dict.get_str("__new__") {
            if matches!(f.kind(), Some(Kind::Function(_))) {
                t.dict.set_str(intern("__new__"), Value::Obj(Object::new(b.staticmethod.clone(), Kind::StaticMethod(f))));
            }
        }
        // Defining __eq__ without __hash__ makes instances unhashable.
        if t.dict.get_str("__eq__").is_some() && t.dict.get_str("__hash__").is_none() {
            t.dict.set_str(intern("__hash__"), Value::None);
        }
        t.modified();
        if let Some(Value::Obj(cell)) = &classcell {
            if let Kind::Cell(c) = &cell.kind {
                *c.0.lock() = Some(Value::Obj(cls.clone()));
            }
        }
        // Lazily evaluated scopes of the body (type parameters, aliases) read the class's
        // namespace from now on: the class object stands for it (see `mapping_get_str`).
        if let Some(Value::Obj(cell)) = &classdictcell {
            if let Kind::Cell(c) = &cell.kind {
                *c.0.lock() = Some(Value::Obj(cls.clone()));
            }
        }
        // Classes created by module-level code are shared and long-lived: no reference counting.
        if self.frames.len() <= 1 {
            cls.make_immortal();
        }
        let cls_value = Value::Obj(cls.clone());
        for e in t.dict.entries() {
            if let Value::Obj(o) = &e.value {
                if let Some(set_name) = types::lookup(&o.class(), "__set_name__") {
                    self.call_unbound(&set_name, &[e.value.clone(), cls_value.clone(), e.key.clone()])?;
                }
            }
        }
        // super().__init_subclass__(**kwargs) on the parent.
        let mro = types::mro(&cls);
        for parent in &mro[1..] {
            if let Some(init) = parent.as_type().expect("type").dict.get_str("__init_subclass__") {
                let f = match init.kind() {
                    Some(Kind::ClassMethod(f)) => f.clone(),
                    _ => init,
                };
                let mut args = vec![cls_value.clone()];
                args.extend_from_slice(kw);
                self.call(&f, &args, kwnames)?;
                return Ok(cls_value);
            }
        }
        if !kwnames.is_empty() {
            return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        Ok(cls_value)
    }

    /// The descriptors a new class adds to its namespace, as CPython's `type.__new__` does:
    /// `__doc__` (None when the body has none), one member per own `__slots__` entry, and the
    /// `__dict__`/`__weakref__` getsets when no base provides them and `__slots__` allows them.
    fn add_class_descriptors(&mut self, cls: &ObjRef, bases: &[ObjRef], own_slots: &[Box<str>], has_slots: bool) {
        let t = cls.as_type().expect("type");
        if t.dict.get_str("__doc__").is_none() {
            t.dict.set_str(intern("__doc__"), Value::None);
        }
        let all_slots = t.slots.as_deref().unwrap_or(&[]);
        for n in own_slots {
            if matches!(&**n, "__dict__" | "__weakref__") {
                continue;
            }
            if let Some(index) = all_slots.iter().position(|s| s == n) {
                t.dict.set_str(intern(n), crate::descriptor::slot_member(cls, n, index));
            }
        }
        let provided = |name: &str| bases.iter().any(|b| types::lookup(b, name).is_some_and(|v| crate::descriptor::as_descriptor(&v).is_some()));
        let wants = |name: &str| !has_slots || own_slots.iter().any(|s| &**s == name);
        let instances_have_dict = t.slots.as_ref().is_none_or(|s| s.iter().any(|n| &**n == "__dict__"));
        // (A namespace entry of the same name, `__dict__ = ...` in the body, stays.)
        let own = |name: &str| t.dict.get_str(name).is_some();
        if wants("__dict__") && instances_have_dict && !provided("__dict__") && !own("__dict__") {
            t.dict.set_str(intern("__dict__"), crate::descriptor::heap_getset(cls, "__dict__", super::getsets::dict_get, Some(super::getsets::dict_set)));
        }
        let weakref_capable = !bases.iter().any(|b| supports_weakrefs(b)) && !matches!(t.layout, Layout::Int | Layout::Tuple | Layout::Bytes);
        if wants("__weakref__") && weakref_capable && !provided("__weakref__") && !own("__weakref__") {
            t.dict.set_str(intern("__weakref__"), crate::descriptor::heap_getset(cls, "__weakref__", super::getsets::weakref_get, None));
        }
    }

    /// RAISE_VARARGS: turns `raise X` / `raise X from Y` into the exception to raise.
    pub(crate) fn make_exception(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let instance = match &exc {
            Value::Obj(o) if o.as_type().is_some() => {
                if !types::is_subtype(o, crate::exceptions::exception_types().get("BaseException")) {
                    return Err(PyErr::type_error("exceptions must derive from BaseException"));
                }
                self.call(&exc, &[], &[])?
            }
            Value::Obj(o) if exception_data(o).is_some() => exc.clone(),
            _ => return Err(PyErr::type_error("exceptions must derive from BaseException")),
        };
        let Value::Obj(o) = &instance else { unreachable!("exception instance") };
        let Some(data) = exception_data(o) else {
            return Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                self.repr_string(&exc)?,
                self.type_name(&instance)
            )));
        };
        if let Some(cause) = cause {
            let cause = match &cause {
                Value::None => None,
                Value::Obj(c) if c.as_type().is_some() => Some(self.call(&cause, &[], &[])?),
                Value::Obj(c) if exception_data(c).is_some() => Some(cause.clone()),
                _ => return Err(PyErr::type_error("exception causes must derive from BaseException")),
            };
            let mut st = data.state.lock();
            st.cause = cause;
            st.suppress_context = true;
        }
        Ok(PyErr(o.clone()))
    }

    /// CHECK_EXC_MATCH.
    pub(crate) fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let base = crate::exceptions::exception_types().get("BaseException");
        let check = |c: &Value| matches!(c, Value::Obj(t) if t.as_type().is_some() && types::is_subtype(t, base));
        let ok = match class {
            Value::Obj(t) if matches!(t.kind, Kind::Tuple(_)) => t.as_tuple().expect("tuple").iter().all(check),
            c => check(c),
        };
        if !ok {
            return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        super::functions::is_instance(self, exc, class)
    }

    /// BEFORE_WITH: `(mgr.__exit__ bound, mgr.__enter__())`.
    pub(crate) fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let class = self.class_of(mgr);
        let enter = types::lookup(&class, "__enter__");
        let exit = types::lookup(&class, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missed = if types::lookup(&class, "__exit__").is_none() { "__exit__" } else { "__enter__" };
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol (missed {missed} method)",
                self.type_name(mgr)
            )));
        };
        let exit_bound = match exit.kind() {
            Some(Kind::BuiltinFunction(bf)) => crate::attr::bind_builtin(bf, mgr.clone()),
            _ => Value::Obj(Object::new(types::builtin().method.clone(), Kind::BoundMethod(crate::function::BoundMethod { func: exit, object: mgr.clone() }))),
        };
        let entered = self.call_unbound(&enter, std::slice::from_ref(mgr))?;
        Ok((exit_bound, entered))
    }

    /// WITH_EXCEPT_START: `exit(type(exc), exc, exc.__traceback__)`.
    pub(crate) fn call_exit(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let t = Value::Obj(self.class_of(exc));
        let tb = match exc {
            Value::Obj(o) => crate::traceback::traceback_object(o),
            _ => Value::None,
        };
        self.call(exit, &[t, exc.clone(), tb], &[])
    }

    /// The REPL's expression statements.
    pub fn display_hook(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = self.repr_string(&v)?;
        let out = crate::sys::stdout(self);
        crate::sys::write_to(self, &out, &format!("{text}\n"))?;
        self.builtins().as_dict().expect("dict").set_str(intern("_"), v);
        Ok(())
    }
}

/// PEP 560: bases that are not classes may stand for others through `__mro_entries__`
/// (`Generic[T]`, `list[int]`).
fn resolve_mro_entries(vm: &mut Vm, orig_bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(orig_bases.len());
    let mut orig_tuple = None;
    for base in orig_bases {
        if base.as_obj().is_some_and(|o| o.as_type().is_some()) {
            out.push(base.clone());
            continue;
        }
        let entries = match vm.getattr(base, &intern("__mro_entries__")) {
            Ok(f) => f,
            Err(e) if e.is("AttributeError") => {
                out.push(base.clone());
                continue;
            }
            Err(e) => return Err(e),
        };
        let bases_tuple = orig_tuple.get_or_insert_with(|| new_tuple(orig_bases.to_vec())).clone();
        let r = vm.call(&entries, &[bases_tuple], &[])?;
        match r.as_obj().filter(|o| ObjRef::ptr_eq(&o.class(), &types::builtin().tuple)).and_then(|o| o.as_tuple()) {
            Some(items) => out.extend(items.iter().cloned()),
            None => return Err(PyErr::type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let body = pos[0].clone();
    let name = pos[1].as_str().ok_or_else(|| PyErr::type_error("__build_class__: name is not a string"))?.to_string();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let bases = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kw = Vec::new();
    let mut kwnames = Vec::new();
    for (k, v) in args.kw() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(new_str(k));
            kw.push(v.clone());
        }
    }
    // The metaclass: explicit, or the most derived metaclass of the bases.
    let mut meta = match meta {
        Some(m) => m,
        None => Value::Obj(bases.first().map(|b| vm.class_of(b)).unwrap_or_else(|| types::builtin().type_.clone())),
    };
    if let Value::Obj(m0) = meta.clone() {
        if m0.as_type().is_some() {
            let mut m = m0;
            for b in &bases {
                let bm = vm.class_of(b);
                if types::is_subtype(&bm, &m) {
                    m = bm.clone();
                    meta = Value::Obj(bm);
                } else if !types::is_subtype(&m, &bm) {
                    return Err(PyErr::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
    }
    let bases_tuple = new_tuple(bases.clone());
    let ns = match vm.getattr(&meta, &intern("__prepare__")) {
        Ok(prep) if !matches!(prep.kind(), Some(Kind::BuiltinFunction(_))) => {
            let mut a = vec![new_str(name.as_str()), bases_tuple.clone()];
            a.extend(kw.iter().cloned());
            vm.call(&prep, &a, &kwnames)?
        }
        _ => Value::Obj(crate::dict::new_dict_object()),
    };
    let Some(Kind::Function(f)) = body.kind() else {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    };
    let mut frame = crate::interp::Frame::new(f.code.clone(), Some(body.as_obj().expect("obj").clone()), f.globals.clone(), f.builtins.clone(), ns.as_obj().cloned());
    let _ = &mut frame;
    let cell = vm.run_frame(frame)?;
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        vm.setitem(&ns, new_str("__orig_bases__"), new_tuple(orig_bases))?;
    }
    let mut call_args = vec![new_str(name.as_str()), bases_tuple, ns.clone()];
    call_args.extend(kw);
    let cls = match &meta {
        Value::Obj(m) if ObjRef::ptr_eq(m, &types::builtin().type_) || (m.as_type().is_some() && types::lookup(m, "__new__").is_none_or(|n| super::is_builtin_slot(&n)) && types::lookup(m, "__call__").is_none_or(|n| super::is_builtin_slot(&n)) && types::lookup(m, "__init__").is_none_or(|n| super::is_builtin_slot(&n))) => {
            let kwvals = call_args[3..].to_vec();
            vm.make_class(m.clone(), &name, bases, ns, &kwvals, &kwnames)?
        }
        _ => vm.call(&meta, &call_args, &kwnames)?,
    };
    if let Value::Obj(c) = &cell {
        if let Kind::Cell(cl) = &c.kind {
            let held = cl.0.lock().clone();
            if held.is_none() {
                *cl.0.lock() = Some(cls.clone());
            }
        }
    }
    Ok(cls)
}

/// Attributes of exception objects beyond the common ones (`__notes__` lives in the dict).
/// `OSError(errno, strerror, ...)` makes the subclass for the errno (Linux values, as the
/// reference maps them), when called on OSError itself.
fn os_error_subclass(cls: &ObjRef, args: &[Value]) -> ObjRef {
    let kinds = crate::exceptions::exception_types();
    if !ObjRef::ptr_eq(cls, kinds.get("OSError")) || !(2..=5).contains(&args.len()) {
        return cls.clone();
    }
    let name = match args[0] {
        Value::Int(1 | 13) => "PermissionError",
        Value::Int(2) => "FileNotFoundError",
        Value::Int(3) => "ProcessLookupError",
        Value::Int(4) => "InterruptedError",
        Value::Int(10) => "ChildProcessError",
        Value::Int(11 | 114 | 115) => "BlockingIOError",
        Value::Int(17) => "FileExistsError",
        Value::Int(20) => "NotADirectoryError",
        Value::Int(21) => "IsADirectoryError",
        Value::Int(32 | 108) => "BrokenPipeError",
        Value::Int(103) => "ConnectionAbortedError",
        Value::Int(104) => "ConnectionResetError",
        Value::Int(110) => "TimeoutError",
        Value::Int(111) => "ConnectionRefusedError",
        _ => return cls.clone(),
    };
    kinds.get(name).clone()
}

pub fn exception_attribute(vm: &mut Vm, o: &ObjRef, n: &str) -> PyResult<Option<Value>> {
    let _ = vm;
    let args = exception_data(o).map(|d| d.state.lock().args.clone()).unwrap_or_default();
    let class = o.class().clone();
    let is = |name: &str| types::is_subtype(&class, crate::exceptions::exception_types().get(name));
    Ok(match n {
        "value" if is("StopIteration") => Some(args.first().cloned().unwrap_or(Value::None)),
        "code" if is("SystemExit") => Some(match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => new_tuple(args),
        }),
        _ if crate::exception_fields::get(o, n).is_some() => crate::exception_fields::get(o, n),
        "msg" if is("SyntaxError") => Some(args.first().cloned().unwrap_or(Value::None)),
        // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" | "print_file_and_line" if is("SyntaxError") => {
            let index = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().position(|f| *f == n);
            let details = match (args.len(), args.get(1)) {
                (2, Some(Value::Obj(t))) => t.as_tuple().map(|items| items.to_vec()),
                _ => None,
            };
            Some(match (index, details) {
                (Some(i), Some(items)) if (4..=7).contains(&items.len()) => items.get(i).cloned().unwrap_or(Value::None),
                _ => Value::None,
            })
        }
        "exceptions" if is("BaseExceptionGroup") => Some(exception_data(o).and_then(|d| d.state.lock().group_members.clone()).unwrap_or_else(|| new_tuple(vec![]))),
        "message" if is("BaseExceptionGroup") => Some(args.first().cloned().unwrap_or(Value::None)),
        _ => None,
    })
}

/// `int(text, base)` through the numeric library (Unicode digits and spaces for a str, PEP 515
/// underscores, the 4300-digit limit, CPython's messages with the argument's repr).
fn parse_int(vm: &mut Vm, text: &str, base: i64, original: &Value) -> PyResult<Value> {
    let max = crate::sys::INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    let result = match original.kind() {
        Some(Kind::Bytes(b)) => crate::numeric::int_from_bytes_text(b, base, max),
        Some(Kind::ByteArray(b)) => {
            let data = b.lock().clone();
            crate::numeric::int_from_bytes_text(&data, base, max)
        }
        _ => {
            let shown = vm.repr_string(original).unwrap_or_default();
            crate::numeric::int_from_str_with_repr(text, base, max, &|| shown.clone())
        }
    };
    result.map(|i| int_value(i.to_big())).map_err(|e| PyErr::new(e.class_name(), e.message()))
}


#[allow(dead_code)]
fn _unused(_: Option<&ObjRef>) {}

/// `object.__new__` refuses classes whose own `__abstractmethods__` (set by `abc.ABCMeta`) is
/// non-empty, with CPython's message naming the methods in sorted order.
fn check_not_abstract(vm: &mut Vm, cls: &ObjRef) -> PyResult<()> {
    let t = cls.as_type().expect("type");
    let Some(methods) = t.dict.get_str("__abstractmethods__") else { return Ok(()) };
    let names = vm.collect_iterable(&methods)?;
    if names.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = names.iter().map(|n| n.as_str().map(str::to_string)).collect::<Option<_>>().unwrap_or_default();
    names.sort();
    let list = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!("Can't instantiate abstract class {} without an implementation for abstract method{plural} {list}", t.name)))
}

/// Whether instances of `t` (or of one of its bases) can be weakly referenced already.
pub(crate) fn supports_weakrefs(t: &ObjRef) -> bool {
    types::mro(t).iter().any(|c| {
        let data = c.as_type().expect("type");
        if data.is_builtin() {
            matches!(&*data.name, "type" | "set" | "frozenset" | "function" | "module" | "generator" | "coroutine" | "async_generator" | "code" | "memoryview")
        } else {
            data.dict.get_str("__weakref__").is_some_and(|v| crate::descriptor::as_descriptor(&v).is_some())
        }
    })
}
