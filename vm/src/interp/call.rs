//! Calls: binding arguments to parameters (with CPython's error messages) and dispatching a
//! call on any callable.

use ophis_compiler::code::flags;

use super::{Frame, Vm};
use crate::builtins::{new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::{Args, Function, NativeCallable};
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// Fills a new frame's fast locals from the call's arguments.
pub fn bind_arguments(func: &Function, args: Vec<Value>, kwnames: &[Value], fast: &mut [Option<Value>]) -> PyResult<()> {
    // The qualified name is only needed for error messages; computing it locks the function.
    let qualname = &LazyName(func);
    let code = &func.code().compiled;
    let argcount = code.arg_count as usize;
    let posonly = code.posonly_arg_count as usize;
    let kwonly = code.kwonly_arg_count as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let npos = args.len() - kwnames.len();
    let mut args = args;
    let kwvalues: Vec<Value> = args.drain(npos..).collect();
    let positional = args;
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;

    // Positional arguments.
    let taken = npos.min(argcount);
    let mut extra = Vec::new();
    for (i, v) in positional.into_iter().enumerate() {
        if i < argcount {
            fast[i] = Some(v);
        } else {
            extra.push(v);
        }
    }
    if !extra.is_empty() && !has_varargs {
        let defaults = func.defaults.get().and_then(|d| d.as_tuple()).map_or(0, |d| d.len());
        let kw_given = kwnames.iter().filter(|k| {
            let k = k.as_str().unwrap_or("");
            code.varnames[..argcount + kwonly].iter().skip(argcount).any(|v| &**v == k)
        }).count();
        let takes = if defaults > 0 {
            format!("from {} to {} positional arguments", argcount - defaults, argcount)
        } else {
            format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
        };
        let given = npos;
        let was = if given == 1 && kw_given == 0 { "was" } else { "were" };
        let kw_part = if kw_given > 0 {
            format!(" positional argument{} (and {} keyword-only argument{})", if given == 1 { "" } else { "s" }, kw_given, if kw_given == 1 { "" } else { "s" })
        } else {
            String::new()
        };
        let msg = if kw_given > 0 {
            format!("{qualname}() takes {takes} but {given}{kw_part} were given")
        } else {
            format!("{qualname}() takes {takes} but {given} {was} given")
        };
        return Err(PyErr::type_error(msg));
    }
    if has_varargs {
        fast[varargs_slot] = Some(new_tuple(extra));
    }

    // Keyword arguments.
    let varkw = if has_varkw { Some(crate::dict::new_dict_object()) } else { None };
    for (name, value) in kwnames.iter().zip(kwvalues) {
        let key = name.as_str().unwrap_or("");
        let pos = code.varnames[..argcount + kwonly].iter().position(|v| &**v == key);
        match pos {
            Some(i) if i >= posonly => {
                if fast[i].is_some() {
                    return Err(PyErr::type_error(format!("{qualname}() got multiple values for argument '{key}'")));
                }
                fast[i] = Some(value);
            }
            _ => match &varkw {
                Some(d) => d.as_dict().expect("dict").set_str(name.as_obj().expect("str").clone(), value),
                None => {
                    if let Some(i) = pos {
                        if i < posonly {
                            return Err(PyErr::type_error(format!(
                                "{qualname}() got some positional-only arguments passed as keyword arguments: '{key}'"
                            )));
                        }
                    }
                    let accepted: Vec<&str> = code.varnames[posonly..argcount + kwonly].iter().map(|v| &**v).collect();
                    return Err(crate::builtins::unexpected_keyword(&qualname.to_string(), key, &accepted));
                }
            },
        }
    }
    if let Some(d) = varkw {
        fast[varkw_slot] = Some(Value::Obj(d));
    }

    // Defaults, then missing-argument errors.
    if taken < argcount {
        let defaults = func.defaults.get().and_then(|d| d.as_tuple()).unwrap_or(&[]);
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in taken..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(missing_message(qualname, "positional", &missing)));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.get();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let name = &code.varnames[i];
                let default = kwdefaults.and_then(|d| d.as_dict()).and_then(|d| d.get_str(name));
                match default {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(missing_message(qualname, "keyword-only", &missing)));
        }
    }
    Ok(())
}

/// A function's `__qualname__`, computed when displayed.
struct LazyName<'f>(&'f Function);

impl std::fmt::Display for LazyName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&function_qualname(self.0))
    }
}

fn missing_message(qualname: &LazyName, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!(
        "{qualname}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}

impl Vm {
    /// A ready-to-run frame for calling the Python function `f`.
    pub(crate) fn function_frame(&mut self, f: &ObjRef, args: Vec<Value>, kwnames: &[Value]) -> PyResult<Frame> {
        let func = f.as_function().expect("function");
        let buffers = self.frame_buffers();
        let mut frame = Frame::with_buffers(func.code.clone(), Some(f.clone()), func.globals.clone(), func.builtins.clone(), None, buffers);
        if args.is_empty() && func.code().compiled.arg_count == 0 && func.code().compiled.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && func.code().compiled.kwonly_arg_count == 0 {
            return Ok(frame);
        }
        bind_arguments(func, args, kwnames, &mut frame.fast)?;
        Ok(frame)
    }

    /// Calls any callable with positional arguments then keyword values named by `kwnames`.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Value::Obj(obj) = callable else {
            return Err(PyErr::type_error(format!("'{}' object is not callable", self.type_name(callable))));
        };
        match &obj.kind {
            Kind::Function(_) => {
                let frame = self.function_frame(obj, args.to_vec(), kwnames)?;
                if self.frames.len() + 1 >= self.interp.recursion_limit() {
                    return Err(PyErr::new("RecursionError", "maximum recursion depth exceeded"));
                }
                self.run_frame(frame)
            }
            Kind::BuiltinFunction(b) => {
                let bound_args;
                let args = match &b.bound {
                    Some(this) => {
                        let mut v = Vec::with_capacity(args.len() + 1);
                        v.push(this.clone());
                        v.extend_from_slice(args);
                        bound_args = v;
                        &bound_args[..]
                    }
                    None => args,
                };
                let a = Args { values: args, kwnames };
                match &b.func {
                    NativeCallable::Fn(f) => f(self, a),
                    NativeCallable::Closure(f) => f(self, a),
                }
            }
            Kind::BoundMethod(m) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(m.object.clone());
                v.extend_from_slice(args);
                let func = m.func.clone();
                self.call(&func, &v, kwnames)
            }
            Kind::Type(_) => self.call_type(obj, args, kwnames),
            Kind::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, args, kwnames)
            }
            _ => {
                let class = obj.class().clone();
                match types::lookup(&class, "__call__") {
                    Some(call) => self.call_bound_special(&call, callable, args, kwnames),
                    None => Err(PyErr::type_error(format!("'{}' object is not callable", self.type_name(callable)))),
                }
            }
        }
    }

    /// Calls a special method found on the type of `this` (`__call__`): functions get `this`
    /// as first argument; staticmethods and classmethods bind as they do on attribute access;
    /// other objects bind through their `__get__` if they have one and are called as they are
    /// otherwise (a class stored as `__call__`).
    pub(crate) fn call_bound_special(&mut self, call: &Value, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let with_first = |first: Value| {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(first);
            v.extend_from_slice(args);
            v
        };
        let Value::Obj(o) = call else {
            return self.call(call, &with_first(this.clone()), kwnames);
        };
        match &o.kind {
            Kind::Function(_) | Kind::BuiltinFunction(_) => self.call(call, &with_first(this.clone()), kwnames),
            Kind::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, args, kwnames)
            }
            Kind::ClassMethod(f) => {
                let f = f.clone();
                let owner = Value::Obj(self.class_of(this));
                self.call(&f, &with_first(owner), kwnames)
            }
            _ => match types::lookup(&o.class(), "__get__") {
                Some(get) => {
                    let owner = Value::Obj(self.class_of(this));
                    let bound = self.call(&get, &[call.clone(), this.clone(), owner], &[])?;
                    self.call(&bound, args, kwnames)
                }
                None => self.call(call, args, kwnames),
            },
        }
    }

    /// Calls `callable(*args)`.
    pub fn call0(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(callable, args, &[])
    }

    /// Calls a method looked up on the object's type (a special method), if it exists.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let class = self.class_of(obj);
        let Some(m) = types::lookup(&class, name) else { return Ok(None) };
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(obj.clone());
        v.extend_from_slice(args);
        self.call_unbound(&m, &v).map(Some)
    }

    /// Calls an attribute found on a type with `self` as the first argument, honouring
    /// staticmethod/classmethod.
    pub(crate) fn call_unbound(&mut self, m: &Value, args: &[Value]) -> PyResult<Value> {
        match m.kind() {
            Some(Kind::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, &args[1..], &[])
            }
            Some(Kind::ClassMethod(f)) => {
                let f = f.clone();
                let mut v = args.to_vec();
                v[0] = Value::Obj(self.class_of(&args[0]));
                self.call(&f, &v, &[])
            }
            _ => self.call(m, args, &[]),
        }
    }
}

impl Vm {
    /// How call errors name a callable (CPython's `_PyObject_FunctionStr`): `module.qualname()`,
    /// or `qualname()` for builtins; `str()` of objects without a `__qualname__`.
    pub fn function_str(&mut self, callable: &Value) -> String {
        let qualname = match self.getattr(callable, &crate::builtins::intern("__qualname__")) {
            Ok(q) => match self.str_string(&q) {
                Ok(q) => q,
                Err(_) => return String::new(),
            },
            Err(_) => return self.str_string(callable).unwrap_or_default(),
        };
        let module = self.getattr(callable, &crate::builtins::intern("__module__")).ok().filter(|m| !m.is_none());
        match module.and_then(|m| self.str_string(&m).ok()) {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }
}

pub(crate) fn function_qualname(func: &Function) -> String {
    func.attrs.lock().qualname.as_str().map(|s| s.to_string()).unwrap_or_else(|| func.code().compiled.qualname.to_string())
}

#[allow(dead_code)]
fn _str(s: &str) -> Value {
    new_str(s)
}
