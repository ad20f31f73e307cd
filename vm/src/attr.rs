//! Attribute access: `getattr`/`setattr`/`delattr` with the descriptor protocol (data
//! descriptors before the instance `__dict__`, non-data descriptors after), method loading
//! without creating bound methods, and namespace helpers for NAME instructions.

use crate::builtins::{new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{BoundMethod, BuiltinFunction, NativeCallable};
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

fn name_str(name: &ObjRef) -> &str {
    name.as_str().expect("attribute names are str").as_str()
}

/// Whether a type attribute is a data descriptor (wins over the instance dict).
fn is_data_descriptor(d: &Value) -> bool {
    match d {
        Value::Obj(o) => match &o.kind {
            Kind::Property { .. } => true,
            Kind::Native(n) => (**n).as_any().is::<crate::descriptor::AttributeDescriptor>(),
            _ if !o.class_data().is_builtin() => {
                types::lookup(&o.class(), "__set__").is_some() || types::lookup(&o.class(), "__delete__").is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether instances of this object's class carry a `__dict__`.
fn has_instance_dict(o: &ObjRef) -> bool {
    match &o.kind {
        Kind::Function(_) | Kind::Module | Kind::Exception(_) => true,
        Kind::Type(_) => false,
        _ => {
            let t = o.class_data();
            !t.is_builtin() && t.slots.as_ref().is_none_or(|s| s.iter().any(|n| &**n == "__dict__"))
        }
    }
}

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        let n = name_str(name);
        if let Value::Obj(o) = obj {
            match &o.kind {
                Kind::Type(_) => return self.type_getattr(o, n),
                Kind::Module => return self.module_getattr(o, n),
                Kind::Super { this_class, object } => {
                    match n {
                        "__thisclass__" => return Ok(Value::Obj(this_class.clone())),
                        "__self__" => return Ok(object.clone()),
                        "__self_class__" => {
                            return Ok(match object {
                                Value::None => Value::None,
                                Value::Obj(t) if t.as_type().is_some() && types::is_subtype(t, this_class) => object.clone(),
                                _ => Value::Obj(self.class_of(object)),
                            });
                        }
                        _ => {}
                    }
                    if !object.is_none() {
                        if let Some(v) = self.super_getattr(this_class, object, n)? {
                            return Ok(v);
                        }
                    }
                    if n == "__class__" {
                        return Ok(Value::Obj(o.class().clone()));
                    }
                    return Err(attribute_error_with(obj, n, format!("'super' object has no attribute '{n}'")));
                }
                _ => {}
            }
        }
        let class = self.class_of(obj);
        if !class.class_data_is_builtin() {
            if let Some(ga) = types::lookup(&class, "__getattribute__") {
                if !matches!(ga.kind(), Some(Kind::BuiltinFunction(_))) {
                    let r = self.call_unbound(&ga, &[obj.clone(), Value::Obj(name.clone())]);
                    return match r {
                        Err(e) if e.is("AttributeError") => self.getattr_fallback(obj, &class, name, e),
                        r => r,
                    };
                }
            }
        }
        match self.generic_getattr(obj, &class, n)? {
            Some(v) => Ok(v),
            None => {
                let e = self.attribute_error(obj, n);
                self.getattr_fallback(obj, &class, name, e)
            }
        }
    }

    fn getattr_fallback(&mut self, obj: &Value, class: &ObjRef, name: &ObjRef, e: PyErr) -> PyResult<Value> {
        if let Some(g) = types::lookup(class, "__getattr__") {
            return self.call_unbound(&g, &[obj.clone(), Value::Obj(name.clone())]);
        }
        Err(e)
    }

    pub(crate) fn attribute_error(&self, obj: &Value, n: &str) -> PyErr {
        attribute_error_with(obj, n, format!("'{}' object has no attribute '{n}'", self.type_name(obj)))
    }
}

/// An AttributeError with `message` whose `name` and `obj` attributes (read by the traceback's
/// suggestions) are `n` and `obj`.
fn attribute_error_with(obj: &Value, n: &str, message: String) -> PyErr {
    let e = PyErr::new("AttributeError", message);
    if let Some(d) = e.0.dict_or_create().as_dict() {
        d.set_str(intern("name"), new_str(n));
        d.set_str(intern("obj"), obj.clone());
    }
    e
}

impl Vm {
    /// `object.__getattribute__`: None when the attribute is missing.
    pub fn generic_getattr(&mut self, obj: &Value, class: &ObjRef, n: &str) -> PyResult<Option<Value>> {
        let descr = types::lookup(class, n);
        if let Some(d) = &descr {
            if is_data_descriptor(d) {
                return self.descriptor_get(d, obj, class).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(local) = o.as_native::<crate::thread::ThreadLocal>() {
                let dict = crate::thread::local::current_dict(self, o, local)?;
                if let Some(v) = dict.as_dict().and_then(|d| d.get_str(n)) {
                    return Ok(Some(v));
                }
            } else if has_instance_dict(o) {
                if let Some(dict) = o.dict_if_present() {
                    if let Some(v) = dict.as_dict().and_then(|d| d.get_str(n)) {
                        return Ok(Some(v));
                    }
                }
            }
            // Attributes of built-in objects not described by a descriptor in their type. (Native
            // objects, the typing ones say, answer their own `__name__`/`__module__` before their
            // type's namespace entries of the same name.)
            if descr.is_none() || matches!(o.kind, Kind::Native(_)) {
                if let Some(v) = self.special_attribute(o, n)? {
                    return Ok(Some(v));
                }
            }
        } else if descr.is_none() {
            if let Some(v) = self.inline_special_attribute(obj, n) {
                return Ok(Some(v));
            }
        }
        match descr {
            Some(d) => self.descriptor_get(&d, obj, class).map(Some),
            None => Ok(None),
        }
    }

    /// Applies a descriptor found on `class` to `obj` (`__get__`).
    fn descriptor_get(&mut self, d: &Value, obj: &Value, class: &ObjRef) -> PyResult<Value> {
        let Value::Obj(o) = d else { return Ok(d.clone()) };
        match &o.kind {
            Kind::Function(_) => Ok(Value::Obj(Object::new(
                types::builtin().method.clone(),
                Kind::BoundMethod(BoundMethod { func: d.clone(), object: obj.clone() }),
            ))),
            Kind::BuiltinFunction(b) if b.bound.is_none() && b.owner.is_some() => Ok(bind_builtin(b, obj.clone())),
            Kind::ClassMethod(f) => Ok(Value::Obj(Object::new(
                types::builtin().method.clone(),
                Kind::BoundMethod(BoundMethod { func: f.clone(), object: Value::Obj(class.clone()) }),
            ))),
            Kind::StaticMethod(f) => Ok(f.clone()),
            Kind::Property { .. } => self.property_get(d, obj),
            Kind::Native(n) if (**n).as_any().is::<crate::descriptor::AttributeDescriptor>() => {
                let descr = crate::descriptor::as_descriptor(d).expect("descriptor");
                self.attribute_descriptor_get(descr, obj)
            }
            _ if !o.class_data().is_builtin() => {
                if let Some(get) = types::lookup(&o.class(), "__get__") {
                    return self.call_unbound(&get, &[d.clone(), obj.clone(), Value::Obj(class.clone())]);
                }
                Ok(d.clone())
            }
            _ => Ok(d.clone()),
        }
    }

    fn type_getattr(&mut self, t: &ObjRef, n: &str) -> PyResult<Value> {
        let meta = t.class().clone();
        let meta_descr = types::lookup(&meta, n);
        if let Some(d) = &meta_descr {
            if is_data_descriptor(d) {
                return self.descriptor_get(d, &Value::Obj(t.clone()), &meta);
            }
        }
        // `type`'s `__annotations__`/`__annotate__` descriptors (data descriptors of the metatype:
        // they read only the class's own namespace) unless a metaclass defines its own.
        if meta_descr.is_none() {
            match n {
                "__annotations__" => return crate::annotations::type_annotations(self, t),
                "__annotate__" => return crate::annotations::type_annotate(self, t),
                _ => {}
            }
        }
        if let Some(v) = types::lookup(t, n) {
            return match v.kind() {
                Some(Kind::ClassMethod(f)) => Ok(Value::Obj(Object::new(
                    types::builtin().method.clone(),
                    Kind::BoundMethod(BoundMethod { func: f.clone(), object: Value::Obj(t.clone()) }),
                ))),
                Some(Kind::StaticMethod(f)) => Ok(f.clone()),
                Some(Kind::Function(_) | Kind::Property { .. } | Kind::BuiltinFunction(_)) => Ok(v),
                Some(_) if !v.as_obj().expect("obj").class_data().is_builtin() => {
                    let class = v.as_obj().expect("obj").class().clone();
                    match types::lookup(&class, "__get__") {
                        Some(get) => self.call_unbound(&get, &[v.clone(), Value::None, Value::Obj(t.clone())]),
                        None => Ok(v),
                    }
                }
                _ => Ok(v),
            };
        }
        if let Some(v) = self.type_special_attribute(t, n)? {
            return Ok(v);
        }
        if let Some(d) = meta_descr {
            return self.descriptor_get(&d, &Value::Obj(t.clone()), &meta);
        }
        if !meta.class_data_is_builtin() {
            if let Some(g) = types::lookup(&meta, "__getattr__") {
                return self.call_unbound(&g, &[Value::Obj(t.clone()), new_str(n)]);
            }
        }
        let name = t.as_type().expect("type").name.to_string();
        Err(attribute_error_with(&Value::Obj(t.clone()), n, format!("type object '{name}' has no attribute '{n}'")))
    }

    pub(crate) fn type_special_attribute(&mut self, t: &ObjRef, n: &str) -> PyResult<Option<Value>> {
        let data = t.as_type().expect("type");
        Ok(Some(match n {
            "__name__" => match &*data.renamed.lock() {
                Some(n) => new_str(&**n),
                None => new_str(data.short_name()),
            },
            "__qualname__" => data.dict.get_str("__qualname__").unwrap_or_else(|| new_str(&*data.qualname)),
            "__module__" => data.dict.get_str("__module__").unwrap_or_else(|| new_str(data.module_from_name().unwrap_or("builtins"))),
            "__doc__" => data.dict.get_str("__doc__").unwrap_or(Value::None),
            "__mro__" => new_tuple(types::mro(t).into_iter().map(Value::Obj).collect()),
            "__bases__" => new_tuple(data.bases.iter().cloned().map(Value::Obj).collect()),
            "__base__" => data.bases.first().cloned().map_or(Value::None, Value::Obj),
            "__dict__" => crate::builtins::new_mappingproxy(Value::Obj(t.clone())),
            "__class__" => Value::Obj(t.class().clone()),
            _ => return Ok(None),
        }))
    }

    fn module_getattr(&mut self, m: &ObjRef, n: &str) -> PyResult<Value> {
        let dict = m.dict_or_create().clone();
        let class = m.class().clone();
        if let Some(v) = self.generic_getattr(&Value::Obj(m.clone()), &class, n)? {
            return Ok(v);
        }
        if let Some(g) = dict.as_dict().and_then(|d| d.get_str("__getattr__")) {
            return self.call(&g, &[new_str(n)], &[]);
        }
        let mname = dict.as_dict().and_then(|d| d.get_str("__name__")).and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_default();
        Err(attribute_error_with(&Value::Obj(m.clone()), n, format!("module '{mname}' has no attribute '{n}'")))
    }

    /// Attributes of built-in objects that live in their Rust state.
    pub(crate) fn special_attribute(&mut self, o: &ObjRef, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Obj(o.class().clone())));
        }
        if n == "__dict__" {
            if let Some(local) = o.as_native::<crate::thread::ThreadLocal>() {
                return Ok(Some(Value::Obj(crate::thread::local::current_dict(self, o, local)?)));
            }
            if has_instance_dict(o) {
                return Ok(Some(Value::Obj(o.dict_or_create().clone())));
            }
        }
        Ok(match &o.kind {
            Kind::Module if n == "__annotations__" => Some(crate::annotations::module_annotations(self, o)?),
            Kind::Module if n == "__annotate__" => Some(crate::annotations::module_annotate(o)),
            Kind::Function(f) if n == "__annotations__" => Some(crate::annotations::function_annotations(self, f)?),
            Kind::Function(f) => {
                let a = f.attrs.lock();
                match n {
                    "__name__" => Some(a.name.clone()),
                    "__qualname__" => Some(a.qualname.clone()),
                    "__doc__" => Some(a.doc.clone()),
                    "__module__" => Some(a.module.clone()),
                    "__defaults__" => Some(f.defaults.get_ref().map_or(Value::None, Value::Obj)),
                    "__kwdefaults__" => Some(f.kwdefaults.get_ref().map_or(Value::None, Value::Obj)),
                    "__code__" => Some(Value::Obj(f.code.clone())),
                    "__globals__" => Some(Value::Obj(f.globals.clone())),
                    "__builtins__" => Some(Value::Obj(f.builtins.clone())),
                    "__closure__" => Some(match f.closure() {
                        Some(c) => new_tuple(c.iter().cloned().map(Value::Obj).collect()),
                        None => Value::None,
                    }),
                    "__annotate__" => Some(a.annotate.clone()),
                    "__type_params__" => Some(if a.type_params.is_none() { new_tuple(vec![]) } else { a.type_params.clone() }),
                    _ => None,
                }
            }
            Kind::Code(c) => crate::builtins::code_attribute(c, n),
            Kind::Tuple(items) if o.class_data().struct_fields.is_some() => {
                let fields = o.class_data().struct_fields.as_ref().expect("fields");
                match fields.iter().position(|f| *f == n) {
                    Some(i) => items.get(i).cloned(),
                    // Fields beyond the sequence part (`sys.flags.gil`) live in the header dict.
                    None => o.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str(n)),
                }
            }
            Kind::BoundMethod(m) => match n {
                "__self__" => Some(m.object.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = m.func.clone();
                    Some(self.getattr(&f, &intern(n))?)
                }
                _ => None,
            },
            Kind::BuiltinFunction(b) => match n {
                "__name__" => Some(new_str(&*b.name)),
                "__qualname__" => Some(new_str(match b.owner {
                    Some(owner) => format!("{owner}.{}", b.name),
                    None => b.name.to_string(),
                })),
                "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
                "__doc__" => Some(b.doc.map_or(Value::None, new_str)),
                "__module__" => Some(match (&b.module, b.owner) {
                    (Some(module), _) => module.clone(),
                    (None, None) => new_str("builtins"),
                    (None, Some(_)) => Value::None,
                }),
                _ => None,
            },
            Kind::Exception(d) => {
                let st = d.state.lock();
                match n {
                    "args" => Some(new_tuple(st.args.clone())),
                    "__cause__" => Some(st.cause.clone().unwrap_or(Value::None)),
                    "__context__" => Some(st.context.clone().unwrap_or(Value::None)),
                    "__suppress_context__" => Some(Value::Bool(st.suppress_context)),
                    "__traceback__" => {
                        drop(st);
                        Some(crate::traceback::traceback_object(o))
                    }
                    _ => {
                        drop(st);
                        crate::builtins::exception_attribute(self, o, n)?
                    }
                }
            }
            Kind::Property { fget, fset, fdel, doc, name } => match n {
                "__name__" => {
                    let name = name.lock().clone();
                    if !name.is_none() {
                        Some(name)
                    } else if fget.is_none() {
                        return Err(PyErr::new("AttributeError", "'property' object has no attribute '__name__'"));
                    } else {
                        Some(self.getattr(fget, &crate::builtins::intern("__name__"))?)
                    }
                }
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__doc__" => Some(doc.clone()),
                _ => None,
            },
            Kind::ClassMethod(f) | Kind::StaticMethod(f) => match n {
                "__func__" | "__wrapped__" => Some(f.clone()),
                _ => None,
            },
            Kind::Slice { start, stop, step } => match n {
                "start" => Some(start.clone()),
                "stop" => Some(stop.clone()),
                "step" => Some(step.clone()),
                _ => None,
            },
            Kind::Range { start, stop, step } => match n {
                "start" => Some(start.clone()),
                "stop" => Some(stop.clone()),
                "step" => Some(step.clone()),
                _ => None,
            },
            Kind::Complex { real, imag } => match n {
                "real" => Some(Value::Float(*real)),
                "imag" => Some(Value::Float(*imag)),
                _ => None,
            },
            Kind::Int(_) => match n {
                "real" | "numerator" => Some(Value::Obj(o.clone())),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Kind::Cell(c) if n == "cell_contents" => match c.0.lock().clone() {
                Some(v) => Some(v),
                None => return Err(PyErr::value_error("Cell is empty")),
            },
            Kind::Generator(g) => crate::generator::generator_attribute(g, n),
            Kind::Native(nat) if (**nat).as_any().downcast_ref::<crate::generic_alias::Union>().is_some() => {
                crate::generic_alias::union_attribute((**nat).as_any().downcast_ref().expect("union"), n)
            }
            Kind::Native(nat) if (**nat).as_any().downcast_ref::<crate::buffer::MemoryView>().is_some() => {
                crate::builtins::memoryview_attribute((**nat).as_any().downcast_ref().expect("memoryview"), n)?
            }
            Kind::Native(_) => crate::typing::native_attribute(o, n).or_else(|| crate::traceback::object::native_attribute(o, n)),
            _ => None,
        })
    }

    pub(crate) fn inline_special_attribute(&self, v: &Value, n: &str) -> Option<Value> {
        match (v, n) {
            (_, "__class__") => Some(Value::Obj(self.class_of(v))),
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match v {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => v.clone(),
            }),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        }
    }

    /// For `obj.name(...)`: the function and `obj` when `name` is a plain method of the type
    /// (no bound-method object is made), else the attribute and NULL.
    pub fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<(Value, Option<Value>)> {
        if let Value::Obj(o) = &obj {
            if matches!(o.kind, Kind::Type(_) | Kind::Module | Kind::Super { .. }) {
                return Ok((self.getattr(&obj, name)?, None));
            }
        }
        let class = self.class_of(&obj);
        let n = name_str(name);
        let custom_getattribute = !class.class_data_is_builtin()
            && types::lookup(&class, "__getattribute__").is_some_and(|g| !matches!(g.kind(), Some(Kind::BuiltinFunction(_))));
        if !custom_getattribute {
            if let Some(d) = types::lookup(&class, n) {
                let is_method = match d.kind() {
                    Some(Kind::Function(_)) => true,
                    Some(Kind::BuiltinFunction(b)) => b.bound.is_none() && b.owner.is_some(),
                    _ => false,
                };
                if is_method {
                    let shadowed = match &obj {
                        Value::Obj(o) if o.as_native::<crate::thread::ThreadLocal>().is_some() => true,
                        Value::Obj(o) if has_instance_dict(o) => {
                            o.dict_if_present().and_then(|dd| dd.as_dict().and_then(|dd| dd.get_str(n))).is_some()
                        }
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, Some(obj)));
                    }
                }
            }
        }
        Ok((self.getattr(&obj, name)?, None))
    }

    /// `setattr(obj, name, value)`, or `delattr` when `value` is None.
    pub fn setattr(&mut self, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let n = name_str(name);
        let Value::Obj(o) = obj else {
            // Inline values (int, float, bool, None) have no `__dict__`: only their type's data
            // descriptors (`int.real`) can answer.
            if let Some(d) = types::lookup(&self.class_of(obj), n) {
                if let Some(descr) = crate::descriptor::as_descriptor(&d) {
                    return self.attribute_descriptor_set(descr, obj, value);
                }
            }
            return Err(self.no_setattr_error(obj, n, value.is_some()));
        };
        if let Kind::Type(_) = &o.kind {
            // A metaclass's own __setattr__/__delattr__ (Enum's "cannot reassign member").
            let meta = o.class().clone();
            if !meta.class_data_is_builtin() {
                let hook = if value.is_some() { "__setattr__" } else { "__delattr__" };
                if let Some(f) = types::lookup(&meta, hook) {
                    if !matches!(f.kind(), Some(Kind::BuiltinFunction(_))) {
                        let mut args = vec![obj.clone(), Value::Obj(name.clone())];
                        if let Some(v) = value {
                            args.push(v);
                        }
                        self.call_unbound(&f, &args)?;
                        return Ok(());
                    }
                }
            }
            return self.type_setattr(obj, o, n, value);
        }
        let class = o.class().clone();
        if !class.class_data_is_builtin() {
            let hook = if value.is_some() { "__setattr__" } else { "__delattr__" };
            if let Some(f) = types::lookup(&class, hook) {
                if !matches!(f.kind(), Some(Kind::BuiltinFunction(_))) {
                    let mut args = vec![obj.clone(), Value::Obj(name.clone())];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    self.call_unbound(&f, &args)?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, n, value)
    }

    /// `type.__setattr__`/`type.__delattr__`: class attributes live in the type's namespace.
    fn type_setattr(&mut self, obj: &Value, o: &ObjRef, n: &str, value: Option<Value>) -> PyResult<()> {
        let Kind::Type(t) = &o.kind else { return Ok(()) };
        if t.is_builtin() {
            return Err(PyErr::type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                t.name
            )));
        }
        if let Some(d) = types::lookup(&o.class(), n) {
            if is_data_descriptor(&d) {
                return self.set_through_descriptor(&d, obj, value);
            }
        }
        match value {
            Some(v) => t.dict.set_str(intern(n), v),
            None => {
                if t.dict.remove_str(n).is_none() {
                    return Err(PyErr::new("AttributeError", format!("type object '{}' has no attribute '{n}'", t.name)));
                }
            }
        }
        t.modified();
        Ok(())
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, n: &str, value: Option<Value>) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return Err(self.no_setattr_error(obj, n, value.is_some()));
        };
        if let Kind::Type(_) = &o.kind {
            return self.type_setattr(obj, o, n, value);
        }
        let class = o.class().clone();
        if let Some(d) = types::lookup(&class, n) {
            if is_data_descriptor(&d) {
                return self.set_through_descriptor(&d, obj, value);
            }
        }
        if let (Kind::Slots(values), Some(slots)) = (&o.kind, &o.class_data().slots) {
            if let Some(i) = slots.iter().position(|s| &**s == n) {
                let mut g = values.lock();
                if g.len() <= i {
                    g.resize(i + 1, None);
                }
                if value.is_none() && g[i].is_none() {
                    drop(g);
                    return Err(PyErr::new("AttributeError", format!("'{}' object has no attribute '{n}'", class.class_data_name())));
                }
                let old = std::mem::replace(&mut g[i], value);
                drop(g);
                drop(old);
                return Ok(());
            }
        }
        if self.set_special_attribute(o, n, &value)? {
            return Ok(());
        }
        let local_dict = match o.as_native::<crate::thread::ThreadLocal>() {
            Some(local) => {
                if n == "__dict__" {
                    return Err(PyErr::new(
                        "AttributeError",
                        format!("'{}' object attribute '__dict__' is read-only", self.type_name(obj)),
                    ));
                }
                Some(crate::thread::local::current_dict(self, o, local)?)
            }
            None => None,
        };
        if local_dict.is_some() || has_instance_dict(o) {
            let dict = local_dict.as_ref().unwrap_or_else(|| o.dict_or_create()).as_dict().expect("dict");
            match value {
                Some(v) => dict.set_str(intern(n), v),
                None => {
                    if dict.remove_str(n).is_none() {
                        return Err(self.attribute_error(obj, n));
                    }
                }
            }
            return Ok(());
        }
        Err(self.no_setattr_error(obj, n, value.is_some()))
    }

    /// Calls a data descriptor's `__set__` (or `__delete__` when `value` is None).
    fn set_through_descriptor(&mut self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        if let Some(Kind::Property { .. }) = d.kind() {
            return self.property_set(d, obj, value);
        }
        if let Some(descr) = crate::descriptor::as_descriptor(d) {
            return self.attribute_descriptor_set(descr, obj, value);
        }
        let Value::Obj(dobj) = d else { return Ok(()) };
        let hook = if value.is_some() { "__set__" } else { "__delete__" };
        let Some(f) = types::lookup(&dobj.class(), hook) else {
            return Err(PyErr::new("AttributeError", hook.to_string()));
        };
        let mut args = vec![d.clone(), obj.clone()];
        if let Some(v) = value {
            args.push(v);
        }
        self.call_unbound(&f, &args)?;
        Ok(())
    }

    /// `property.__get__` for an instance.
    pub(crate) fn property_get(&mut self, p: &Value, obj: &Value) -> PyResult<Value> {
        let Some(Kind::Property { fget, .. }) = p.kind() else { return Ok(p.clone()) };
        if fget.is_none() {
            let pname = self.property_name(p);
            return Err(PyErr::new("AttributeError", format!("property {pname}of '{}' object has no getter", self.type_name(obj))));
        }
        let fget = fget.clone();
        self.call(&fget, std::slice::from_ref(obj), &[])
    }

    /// `property.__set__` (with a value) and `property.__delete__` (without).
    pub(crate) fn property_set(&mut self, p: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let Some(Kind::Property { fset, fdel, .. }) = p.kind() else { return Ok(()) };
        let f = if value.is_some() { fset.clone() } else { fdel.clone() };
        if f.is_none() {
            let pname = self.property_name(p);
            let what = if value.is_some() { "setter" } else { "deleter" };
            return Err(PyErr::new("AttributeError", format!("property {pname}of '{}' object has no {what}", self.type_name(obj))));
        }
        let mut args = vec![obj.clone()];
        if let Some(v) = value {
            args.push(v);
        }
        self.call(&f, &args, &[])?;
        Ok(())
    }

    /// The quoted name CPython's property messages use (from `__set_name__`, else the getter's
    /// `__name__`), followed by a space; empty when there is none.
    fn property_name(&mut self, p: &Value) -> String {
        let Some(Kind::Property { fget, name, .. }) = p.kind() else { return String::new() };
        let name = name.lock().clone();
        let name = if name.is_none() {
            match fget.kind() {
                Some(Kind::Function(f)) => f.attrs.lock().name.clone(),
                _ => Value::None,
            }
        } else {
            name
        };
        match self.str_string(&name) {
            Ok(s) if !name.is_none() => format!("'{s}' "),
            _ => String::new(),
        }
    }

    fn no_setattr_error(&self, obj: &Value, n: &str, set: bool) -> PyErr {
        let t = self.type_name(obj);
        let has_attr = match obj {
            Value::Obj(o) => types::lookup(&o.class(), n).is_some(),
            _ => types::lookup(&self.class_of(obj), n).is_some(),
        };
        if has_attr {
            return PyErr::new("AttributeError", format!("'{t}' object attribute '{n}' is read-only"));
        }
        if obj.as_obj().is_some_and(|o| o.as_native::<crate::buffer::MemoryView>().is_some()) && crate::builtins::is_memoryview_attribute(n) {
            return PyErr::new("AttributeError", format!("attribute '{n}' of 'memoryview' objects is not writable"));
        }
        let _ = set;
        PyErr::new("AttributeError", format!("'{t}' object has no attribute '{n}' and no __dict__ for setting new attributes"))
    }

    pub(crate) fn set_special_attribute(&mut self, o: &ObjRef, n: &str, value: &Option<Value>) -> PyResult<bool> {
        match &o.kind {
            Kind::Function(f) => {
                let v = value.clone().unwrap_or(Value::None);
                match n {
                    "__name__" | "__qualname__" => {
                        if v.as_str().is_none() {
                            return Err(PyErr::type_error(format!("{n} must be set to a string object")));
                        }
                        let mut a = f.attrs.lock();
                        if n == "__name__" { a.name = v } else { a.qualname = v }
                    }
                    "__doc__" => f.attrs.lock().doc = v,
                    "__module__" => f.attrs.lock().module = v,
                    "__annotations__" => crate::annotations::set_function_annotations(f, value.clone())?,
                    "__annotate__" => crate::annotations::set_function_annotate(f, value.clone())?,
                    "__defaults__" => f.defaults.set(v.as_obj().cloned()),
                    "__kwdefaults__" => f.kwdefaults.set(v.as_obj().cloned()),
                    "__type_params__" => {
                        if value.is_none() {
                            return Err(PyErr::type_error("__type_params__ must be set to a tuple"));
                        }
                        if !matches!(v.kind(), Some(Kind::Tuple(_))) {
                            return Err(PyErr::type_error("__type_params__ must be set to a tuple"));
                        }
                        f.attrs.lock().type_params = v;
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
            Kind::Exception(d) => {
                let mut st = d.state.lock();
                let v = value.clone().unwrap_or(Value::None);
                match n {
                    "__cause__" => {
                        st.cause = if v.is_none() { None } else { Some(v) };
                        st.suppress_context = true;
                    }
                    "__context__" => st.context = if v.is_none() { None } else { Some(v) },
                    "__suppress_context__" => st.suppress_context = matches!(v, Value::Bool(true)),
                    "args" => {
                        drop(st);
                        let items = self.collect_iterable(&v)?;
                        d.state.lock().args = items;
                    }
                    "__traceback__" => {
                        crate::traceback::object::set_traceback(&mut st, &v)?;
                    }
                    _ => {
                        drop(st);
                        return Ok(crate::exception_fields::set(o, n, value.clone()));
                    }
                }
                Ok(true)
            }
            Kind::Module => match n {
                "__annotations__" => crate::annotations::set_module_annotations(o, value.clone()).map(|()| true),
                "__annotate__" => crate::annotations::set_module_annotate(o, value.clone()).map(|()| true),
                _ => Ok(false),
            },
            _ => Ok(false),
        }
    }

    /// `mapping[name]` for a namespace (a dict, or any mapping for class bodies and exec).
    pub fn mapping_get_str(&mut self, mapping: &Value, name: &str) -> PyResult<Option<Value>> {
        // A class stands for its own namespace (the `__classdict__` cell of a finished class).
        if let Some(t) = mapping.as_obj().and_then(|o| o.as_type()) {
            return Ok(t.dict.get_str(name));
        }
        if let Some(d) = mapping.as_obj().and_then(|o| o.as_dict()) {
            if mapping.as_obj().expect("obj").class_data().is_builtin() {
                return Ok(d.get_str(name));
            }
        }
        match self.getitem(mapping, &new_str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_set_str(&mut self, mapping: &ObjRef, name: ObjRef, value: Value) -> PyResult<()> {
        if let Some(d) = mapping.as_dict() {
            if mapping.class_data().is_builtin() {
                d.set_str(name, value);
                return Ok(());
            }
        }
        self.setitem(&Value::Obj(mapping.clone()), Value::Obj(name), value)
    }

    /// Deletes `name` from a namespace; false when it was not there.
    pub fn mapping_del_str(&mut self, mapping: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        if let Some(d) = mapping.as_dict() {
            if mapping.class_data().is_builtin() {
                return Ok(d.remove_str(name_str(name)).is_some());
            }
        }
        match self.delitem(&Value::Obj(mapping.clone()), &Value::Obj(name.clone())) {
            Ok(()) => Ok(true),
            Err(e) if e.is("KeyError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// A built-in method descriptor bound to `obj`.
pub fn bind_builtin(b: &BuiltinFunction, obj: Value) -> Value {
    let func = match &b.func {
        NativeCallable::Fn(f) => NativeCallable::Fn(*f),
        NativeCallable::Closure(c) => NativeCallable::Closure(c.clone()),
    };
    Value::Obj(Object::new(
        types::builtin().builtin_function.clone(),
        Kind::BuiltinFunction(Box::new(BuiltinFunction { name: b.name.clone(), owner: b.owner, func, bound: Some(obj), doc: b.doc, module: b.module.clone() })),
    ))
}

/// An interned str object for a name (immortal, shared).
pub fn intern(name: &str) -> ObjRef {
    crate::builtins::intern(name)
}

trait ClassName {
    fn class_data_is_builtin(&self) -> bool;
    fn class_data_name(&self) -> String;
}

impl ClassName for ObjRef {
    fn class_data_is_builtin(&self) -> bool {
        self.as_type().is_some_and(|t| t.is_builtin())
    }
    fn class_data_name(&self) -> String {
        self.as_type().map(|t| t.name.to_string()).unwrap_or_default()
    }
}
