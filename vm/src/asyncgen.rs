//! Coroutine and async-generator protocols: `await` (GET_AWAITABLE), `async for`
//! (GET_AITER / GET_ANEXT / END_ASYNC_FOR), `async with`, and the awaitables an async generator
//! hands out (`__anext__`, `asend`, `athrow`, `aclose`).
//!
//! An async generator's frame yields two kinds of values: values of its own `yield` (wrapped by
//! CALL_INTRINSIC_1 AsyncGenWrap) and values yielded by an `await` inside it (which must travel
//! out to the event loop). The awaitable driving one step unwraps the first kind into
//! `StopIteration(value)` and passes the second kind through.

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::builtins::{add_method, intern};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::generator::{GenKind, Generator, SendResult, stop_iteration};
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

/// A value yielded by an async generator's own `yield`.
pub struct AsyncGenWrapped(pub Value);

pub fn wrap(v: Value) -> Value {
    Value::Obj(Object::new(types::builtin().object.clone(), Kind::Native(Box::new(AsyncGenWrapped(v)))))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Send,
    Throw,
    Close,
}

/// The awaitable of one `asend`/`__anext__`, `athrow` or `aclose` step.
pub struct AsyncGenStep {
    generator: ObjRef,
    mode: Mode,
    /// The value to send (Send) or the exception to throw (Throw) on the first resumption.
    initial: Mutex<Option<Value>>,
    done: Mutex<bool>,
}

fn native_type(name: &str, methods: &[(&str, crate::function::NativeFn)]) -> ObjRef {
    let b = types::builtin();
    let data = TypeData::new(name, vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
    let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    for (n, f) in methods {
        add_method(&t, n, *f);
    }
    t
}

fn step_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        native_type(
            "async_generator_asend",
            &[("send", step_send), ("__next__", step_next), ("throw", step_throw), ("close", step_close), ("__await__", step_self), ("__iter__", step_self)],
        )
    })
}

fn new_step(generator: ObjRef, mode: Mode, initial: Option<Value>) -> Value {
    let step = AsyncGenStep { generator, mode, initial: Mutex::new(initial), done: Mutex::new(false) };
    Value::Obj(Object::new(step_type().clone(), Kind::Native(Box::new(step))))
}

fn generator_of(o: &ObjRef) -> &Generator {
    match &o.kind {
        Kind::Generator(g) => g,
        _ => unreachable!("async generator step over a generator"),
    }
}

impl Vm {
    /// One resumption of an async generator step with `value` (or `throw`).
    fn drive_step(&mut self, step: &AsyncGenStep, value: Value, throw: Option<PyErr>) -> PyResult<Value> {
        if *step.done.lock() {
            return Err(PyErr::new("RuntimeError", "cannot reuse already awaited __anext__()/asend()"));
        }
        let first = step.initial.lock().take();
        let (value, throw) = match (step.mode, first, throw) {
            (_, _, Some(t)) => (Value::None, Some(t)),
            (Mode::Send, Some(v), None) if value.is_none() => (v, None),
            (Mode::Throw, Some(exc), None) => (Value::None, Some(self.make_exception(exc, None)?)),
            (Mode::Close, Some(_), None) => (Value::None, Some(PyErr::with_args("GeneratorExit", vec![]))),
            (_, _, None) => (value, None),
        };
        let g = generator_of(&step.generator);
        let result = self.resume(g, value, throw);
        match result {
            Ok(SendResult::Yielded(y)) => {
                if let Some(w) = y.as_obj().and_then(|o| o.as_native::<AsyncGenWrapped>()) {
                    *step.done.lock() = true;
                    if step.mode == Mode::Close {
                        return Err(PyErr::new("RuntimeError", "async generator ignored GeneratorExit"));
                    }
                    return Err(stop_iteration(w.0.clone()));
                }
                Ok(y)
            }
            Ok(SendResult::Returned(_)) => {
                *step.done.lock() = true;
                if step.mode == Mode::Close {
                    return Err(stop_iteration(Value::None));
                }
                Err(PyErr::with_args("StopAsyncIteration", vec![]))
            }
            Err(e) => {
                *step.done.lock() = true;
                if step.mode == Mode::Close && (e.is("GeneratorExit") || e.is("StopAsyncIteration")) {
                    return Err(stop_iteration(Value::None));
                }
                Err(e)
            }
        }
    }

    /// GET_AWAITABLE: the iterator an `await` drives.
    pub(crate) fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Kind::Generator(g)) = v.kind() {
            if g.kind == GenKind::Coroutine {
                return Ok(v.clone());
            }
        }
        if v.as_obj().and_then(|o| o.as_native::<AsyncGenStep>()).is_some() {
            return Ok(v.clone());
        }
        match self.call_method(v, "__await__", &[])? {
            Some(it) => {
                if let Some(Kind::Generator(g)) = it.kind() {
                    if g.kind == GenKind::Coroutine {
                        return Err(PyErr::type_error("__await__() returned a coroutine"));
                    }
                }
                if !self.is_iterator(&it) {
                    return Err(PyErr::type_error(format!("__await__() returned non-iterator of type '{}'", self.type_name(&it))));
                }
                Ok(it)
            }
            None => Err(PyErr::type_error(format!("'{}' object can't be awaited", self.type_name(v)))),
        }
    }

    /// GET_AITER.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(it) = self.call_method(v, "__aiter__", &[])? else {
            return Err(PyErr::type_error(format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(v))));
        };
        if types::lookup(&self.class_of(&it), "__anext__").is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let Some(a) = self.call_method(aiter, "__anext__", &[])? else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            )));
        };
        self.get_awaitable(&a).map_err(|e| {
            if e.is("TypeError") {
                PyErr::type_error(format!("'async for' received an invalid object from __anext__: {}", self.type_name(&a)))
            } else {
                e
            }
        })
    }

    /// BEFORE_WITH for `async with`: `(bound __aexit__, __aenter__())`.
    pub(crate) fn enter_async_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let class = self.class_of(mgr);
        let enter = types::lookup(&class, "__aenter__");
        let exit = types::lookup(&class, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missed = if types::lookup(&class, "__aexit__").is_none() { "__aexit__" } else { "__aenter__" };
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed {missed} method)",
                self.type_name(mgr)
            )));
        };
        let exit_bound = match exit.kind() {
            Some(Kind::BuiltinFunction(bf)) => crate::attr::bind_builtin(bf, mgr.clone()),
            _ => Value::Obj(Object::new(
                types::builtin().method.clone(),
                Kind::BoundMethod(crate::function::BoundMethod { func: exit, object: mgr.clone() }),
            )),
        };
        let entered = self.call_unbound(&enter, std::slice::from_ref(mgr))?;
        Ok((exit_bound, entered))
    }
}

fn this_step<'a>(args: &Args<'a>) -> PyResult<&'a AsyncGenStep> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<AsyncGenStep>()).ok_or_else(|| PyErr::type_error("expected an async generator step"))
}

fn step_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let step = this_step(&args)?;
    vm.drive_step(step, args.values.get(1).cloned().unwrap_or(Value::None), None)
}

fn step_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let step = this_step(&args)?;
    vm.drive_step(step, Value::None, None)
}

fn step_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let step = this_step(&args)?;
    let exc = args.values.get(1).cloned().ok_or_else(|| PyErr::type_error("throw expected at least 1 argument, got 0"))?;
    let e = vm.make_exception(exc, None)?;
    vm.drive_step(step, Value::None, Some(e))
}

fn step_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    *this_step(&args)?.done.lock() = true;
    Ok(Value::None)
}

fn step_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn this_agen(args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(&o.kind, Kind::Generator(g) if g.kind == GenKind::AsyncGenerator) => Ok(o.clone()),
        _ => Err(PyErr::type_error("descriptor requires an 'async_generator' object")),
    }
}

fn agen_anext(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_step(this_agen(&args)?, Mode::Send, Some(Value::None)))
}

fn agen_asend(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_step(this_agen(&args)?, Mode::Send, Some(args.values.get(1).cloned().unwrap_or(Value::None))))
}

fn agen_athrow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = args.values.get(1).cloned().ok_or_else(|| PyErr::type_error("athrow expected at least 1 argument, got 0"))?;
    Ok(new_step(this_agen(&args)?, Mode::Throw, Some(exc)))
}

fn agen_aclose(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_step(this_agen(&args)?, Mode::Close, Some(Value::None)))
}

fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn coro_await(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

/// The awaitable of `anext(it, default)`: `it.__anext__()`, with StopAsyncIteration turned
/// into the default value.
pub struct AnextWithDefault {
    inner: Value,
    default: Value,
}

fn anext_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| native_type("anext_awaitable", &[("send", anext_send), ("__next__", anext_next), ("throw", anext_throw), ("close", step_close_any), ("__await__", step_self), ("__iter__", step_self)]))
}

fn this_anext<'a>(args: &Args<'a>) -> PyResult<&'a AnextWithDefault> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<AnextWithDefault>()).ok_or_else(|| PyErr::type_error("expected anext_awaitable"))
}

fn anext_result(a: &AnextWithDefault, r: PyResult<SendResult>) -> PyResult<Value> {
    match r {
        Ok(SendResult::Yielded(v)) => Ok(v),
        Ok(SendResult::Returned(v)) => Err(stop_iteration(v)),
        Err(e) if e.is("StopAsyncIteration") => Err(stop_iteration(a.default.clone())),
        Err(e) => Err(e),
    }
}

fn anext_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this_anext(&args)?;
    let r = vm.send(&a.inner, args.values.get(1).cloned().unwrap_or(Value::None));
    anext_result(a, r)
}

fn anext_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this_anext(&args)?;
    let r = vm.send(&a.inner, Value::None);
    anext_result(a, r)
}

fn anext_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this_anext(&args)?;
    let mut call_args = vec![];
    call_args.extend(args.values[1..].iter().cloned());
    let r = match vm.call_method(&a.inner, "throw", &call_args)? {
        Some(v) => Ok(SendResult::Yielded(v)),
        None => Err(PyErr::type_error("throw() unsupported")),
    };
    anext_result(a, r)
}

fn step_close_any(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("aiter", &args, 1, 1)?;
    let it = match vm.call_method(&args.values[0], "__aiter__", &[])? {
        Some(it) => it,
        None => return Err(PyErr::type_error(format!("'{}' object is not an async iterable", vm.type_name(&args.values[0])))),
    };
    if types::lookup(&vm.class_of(&it), "__anext__").is_none() {
        return Err(PyErr::type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("anext", &args, 1, 2)?;
    let it = &args.values[0];
    let Some(a) = vm.call_method(it, "__anext__", &[])? else {
        return Err(PyErr::type_error(format!("'{}' object is not an async iterator", vm.type_name(it))));
    };
    match args.values.get(1) {
        None => Ok(a),
        Some(default) => {
            let inner = vm.get_awaitable(&a)?;
            let o = AnextWithDefault { inner, default: default.clone() };
            Ok(Value::Obj(Object::new(anext_type().clone(), Kind::Native(Box::new(o)))))
        }
    }
}

pub fn install_builtins(b: &crate::dict::Dict) {
    b.set_str(intern("aiter"), Value::Obj(crate::builtins::native_function("aiter", None, builtin_aiter)));
    b.set_str(intern("anext"), Value::Obj(crate::builtins::native_function("anext", None, builtin_anext)));
}

pub fn install() {
    let b = types::builtin();
    add_method(&b.async_generator, "__anext__", agen_anext);
    add_method(&b.async_generator, "__aiter__", agen_aiter);
    add_method(&b.async_generator, "asend", agen_asend);
    add_method(&b.async_generator, "athrow", agen_athrow);
    add_method(&b.async_generator, "aclose", agen_aclose);
    add_method(&b.coroutine, "__await__", coro_await);
    let _ = intern("__await__");
}
