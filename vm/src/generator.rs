//! Generators (and coroutines, which share the machinery): a suspended frame kept on the heap
//! and resumed by the same dispatch loop.

use parking_lot::Mutex;

use crate::builtins::{add_method, new_str};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::{Frame, Vm};
use crate::interp::Outcome;
use crate::object::{Kind, Object};
use ophis_compiler::Opcode;
use crate::value::Value;
use crate::{PyResult, types};

pub enum GenState {
    Suspended { frame: Frame, started: bool },
    Running,
    Finished,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct Generator {
    pub kind: GenKind,
    /// The code object the generator runs (`gi_code`).
    pub code: crate::object::ObjRef,
    pub state: Mutex<GenState>,
    pub name: String,
    pub qualname: String,
}

thread_local! {
    /// Suspended frames of generators freed on this thread, waiting to be closed.
    static FINALIZE: std::cell::RefCell<Vec<(Frame, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        // A suspended generator that is freed is closed (GeneratorExit thrown in), so its
        // `finally` blocks and `with` exits run, as in CPython. That needs the interpreter, so
        // the frame is queued and the dispatch loop closes it at its next safe point.
        let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
        if let GenState::Suspended { frame, started: true } = state {
            let description = format!("<{} object {}>", self.kind.name().replace(' ', "_"), self.qualname);
            FINALIZE.with(|q| q.borrow_mut().push((frame, description)));
            PENDING.with(|p| p.set(true));
        }
    }
}

/// Asks the dispatch loop to run `Vm::run_finalizers` at its next safe point (weak-reference
/// callbacks use the same points as generator finalization).
pub(crate) fn request_finalizers() {
    PENDING.with(|p| p.set(true));
}

/// Whether freed generators are waiting to be closed on this thread.
#[inline]
pub fn finalizers_pending() -> bool {
    PENDING.with(|p| p.get())
}

impl Vm {
    /// Closes the generators freed on this thread (see `Drop for Generator`).
    pub fn run_finalizers(&mut self) {
        PENDING.with(|p| p.set(false));
        self.run_weakref_callbacks();
        while let Some((frame, description)) = FINALIZE.with(|q| q.borrow_mut().pop()) {
            let outcome = self.execute(frame, Some(PyErr::with_args("GeneratorExit", vec![])));
            let error = match outcome {
                crate::interp::Outcome::Yielded(_, frame) => {
                    drop(frame);
                    Some(PyErr::new("RuntimeError", "generator ignored GeneratorExit"))
                }
                crate::interp::Outcome::Returned(Err(e)) if !(e.is("GeneratorExit") || e.is("StopIteration")) => Some(e),
                crate::interp::Outcome::Returned(_) => None,
            };
            if let Some(e) = error {
                let text = crate::traceback::format_exception(self, &e);
                crate::sys::flush_stdout();
                eprint!("Exception ignored while closing generator {description}:\n{text}");
            }
        }
    }
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

pub fn new_generator(frame: Frame) -> Value {
    let code = frame.code.as_code().expect("code");
    let c = &code.compiled;
    let b = types::builtin();
    let (class, kind) = if c.flags & ophis_compiler::code::flags::COROUTINE != 0 {
        (&b.coroutine, GenKind::Coroutine)
    } else if c.flags & ophis_compiler::code::flags::ASYNC_GENERATOR != 0 {
        (&b.async_generator, GenKind::AsyncGenerator)
    } else {
        (&b.generator, GenKind::Generator)
    };
    let g = Generator { kind, code: frame.code.clone(), name: c.name.to_string(), qualname: c.qualname.to_string(), state: Mutex::new(GenState::Suspended { frame, started: false }) };
    Value::Obj(Object::new(class.clone(), Kind::Generator(Box::new(g))))
}

/// The StopIteration that ends a generator returning `value`.
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() { PyErr::with_args("StopIteration", vec![]) } else { PyErr::with_args("StopIteration", vec![value]) }
}

pub fn generator_attribute(g: &Generator, n: &str) -> Option<Value> {
    match n {
        "__name__" => Some(new_str(g.name.as_str())),
        "__qualname__" => Some(new_str(g.qualname.as_str())),
        "gi_running" | "cr_running" | "ag_running" => Some(Value::Bool(matches!(*g.state.lock(), GenState::Running))),
        // The frame while the generator can still run; None once it finished.
        "gi_frame" | "cr_frame" | "ag_frame" => Some(match &*g.state.lock() {
            GenState::Suspended { frame, .. } => crate::traceback::object::frame_object(g.code.clone(), frame.ip.saturating_sub(1) as u32),
            GenState::Running => crate::traceback::object::frame_object(g.code.clone(), 0),
            _ => Value::None,
        }),
        "cr_await" | "gi_yieldfrom" | "ag_await" => Some(Value::None),
        "gi_code" | "cr_code" | "ag_code" => Some(Value::Obj(g.code.clone())),
        "gi_suspended" | "cr_suspended" | "ag_suspended" => Some(Value::Bool(matches!(&*g.state.lock(), GenState::Suspended { started: true, .. }))),
        _ => None,
    }
}

impl Vm {
    /// Resumes `generator` with `value` (or raises `throw` in it).
    pub(crate) fn resume(&mut self, generator: &Generator, value: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
        let taken = std::mem::replace(&mut *generator.state.lock(), GenState::Running);
        let (mut frame, started) = match taken {
            GenState::Suspended { frame, started } => (frame, started),
            GenState::Running => {
                *generator.state.lock() = GenState::Running;
                return Err(PyErr::value_error(format!("{} already executing", generator.kind.name())));
            }
            GenState::Finished => {
                *generator.state.lock() = GenState::Finished;
                if generator.kind == GenKind::Coroutine && throw.is_none() {
                    return Err(PyErr::new("RuntimeError", "cannot reuse already awaited coroutine"));
                }
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(SendResult::Returned(Value::None)),
                };
            }
        };
        if !started && throw.is_none() && !value.is_none() {
            *generator.state.lock() = GenState::Suspended { frame, started };
            return Err(PyErr::type_error(format!("can't send non-None value to a just-started {}", generator.kind.name())));
        }
        if !started && throw.is_some() {
            *generator.state.lock() = GenState::Finished;
            return Err(throw.expect("throw"));
        }
        frame.push(value);
        if self.frames.len() + 1 >= self.interp.recursion_limit() {
            *generator.state.lock() = GenState::Suspended { frame, started };
            return Err(PyErr::new("RecursionError", "maximum recursion depth exceeded"));
        }
        match self.execute(frame, throw) {
            Outcome::Yielded(v, frame) => {
                *generator.state.lock() = GenState::Suspended { frame, started: true };
                Ok(SendResult::Yielded(v))
            }
            Outcome::Returned(r) => {
                *generator.state.lock() = GenState::Finished;
                match r {
                    Ok(v) => Ok(SendResult::Returned(v)),
                    Err(e) if e.is("StopIteration") || (generator.kind == GenKind::AsyncGenerator && e.is("StopAsyncIteration")) => {
                        let what = if e.is("StopIteration") { "StopIteration" } else { "StopAsyncIteration" };
                        let err = PyErr::new("RuntimeError", format!("{} raised {what}", generator.kind.name()));
                        err.data().state.lock().cause = Some(Value::Obj(e.0.clone()));
                        err.data().state.lock().context = Some(Value::Obj(e.0));
                        Err(err)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// One step of `yield from`/`await`/`next`: sends `value` into `receiver`.
    pub fn send(&mut self, receiver: &Value, value: Value) -> PyResult<SendResult> {
        if let Some(Kind::Generator(g)) = receiver.kind() {
            return self.resume(g, value, None);
        }
        // Any other iterator: `__next__` (or `send` for a value); StopIteration carries the
        // result of the `yield from` / `await`.
        let result = if value.is_none() {
            if let Some(n) = receiver.as_obj().and_then(|o| o.as_native::<crate::iter::NativeIterator>()) {
                return Ok(match crate::iter::native_next(self, n)? {
                    Some(v) => SendResult::Yielded(v),
                    None => SendResult::Returned(Value::None),
                });
            }
            match self.call_method(receiver, "__next__", &[]) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => return Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(receiver)))),
                Err(e) => Err(e),
            }
        } else {
            match self.call_method(receiver, "send", std::slice::from_ref(&value)) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => return Err(PyErr::new("AttributeError", format!("'{}' object has no attribute 'send'", self.type_name(receiver)))),
                Err(e) => Err(e),
            }
        };
        match result {
            Ok(v) => Ok(SendResult::Yielded(v)),
            Err(e) if e.is("StopIteration") => {
                let v = e.data().state.lock().args.first().cloned().unwrap_or(Value::None);
                Ok(SendResult::Returned(v))
            }
            Err(e) => Err(e),
        }
    }
}

fn this_gen<'a>(args: &'a Args) -> PyResult<&'a Generator> {
    match args.values.first().and_then(|v| v.kind()) {
        Some(Kind::Generator(g)) => Ok(g),
        _ => Err(PyErr::type_error("descriptor requires a generator")),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(&args)?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    match vm.resume(g, v, None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_iteration(r)),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(&args)?;
    match vm.resume(g, Value::None, None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_iteration(r)),
    }
}

/// Where a suspended generator delegates (`yield from` / `await`): the subiterator and the
/// index of the END_SEND that finishes the delegation. The frame is paused right after the
/// YIELD_VALUE of a SEND loop, with the subiterator on top of its stack.
fn delegation(g: &Generator) -> Option<(Value, usize)> {
    let st = g.state.lock();
    let GenState::Suspended { frame, started: true } = &*st else { return None };
    let code = frame.code.as_code()?;
    let instructions = &code.compiled.instructions;
    let previous = instructions.get(frame.ip.checked_sub(1)?)?;
    let next = instructions.get(frame.ip)?;
    if previous.op != Opcode::YIELD_VALUE || next.op != Opcode::JUMP {
        return None;
    }
    let send = instructions.get(next.arg as usize)?;
    if send.op != Opcode::SEND {
        return None;
    }
    Some((frame.stack.last()?.clone()?, send.arg as usize))
}

/// Runs `f` with `g` marked running (a re-entrant send sees "already executing"), then puts
/// its frame back, moved to `resume_at` when given.
fn while_running<T>(g: &Generator, f: impl FnOnce() -> T, resume_at: impl FnOnce(&T) -> Option<usize>) -> T {
    let saved = std::mem::replace(&mut *g.state.lock(), GenState::Running);
    let result = f();
    let mut saved = saved;
    if let (GenState::Suspended { frame, .. }, Some(ip)) = (&mut saved, resume_at(&result)) {
        frame.ip = ip;
    }
    *g.state.lock() = saved;
    result
}

impl Vm {
    /// `generator.throw(e)`: delegated to the subiterator of a `yield from` / `await` first,
    /// as CPython does (GeneratorExit closes the subiterator and is raised here; a value the
    /// subiterator yields is yielded; its return value finishes the delegation).
    pub(crate) fn throw_into(&mut self, g: &Generator, e: PyErr) -> PyResult<SendResult> {
        let Some((sub, end_send)) = delegation(g) else { return self.resume(g, Value::None, Some(e)) };
        if e.is("GeneratorExit") {
            let closed = while_running(g, || self.close_iterator(&sub), |_| None);
            return self.resume(g, Value::None, Some(closed.err().unwrap_or(e)));
        }
        let outcome = while_running(
            g,
            || -> Option<PyResult<SendResult>> {
                if let Some(Kind::Generator(sg)) = sub.kind() {
                    return Some(self.throw_into(sg, e.clone()));
                }
                let method = match self.getattr(&sub, &crate::builtins::intern("throw")) {
                    Ok(m) => m,
                    Err(err) if err.is("AttributeError") => return None,
                    Err(err) => return Some(Err(err)),
                };
                Some(match self.call(&method, &[Value::Obj(e.0.clone())], &[]) {
                    Ok(v) => Ok(SendResult::Yielded(v)),
                    Err(err) if err.is("StopIteration") => Ok(SendResult::Returned(err.data().state.lock().args.first().cloned().unwrap_or(Value::None))),
                    Err(err) => Err(err),
                })
            },
            |r| matches!(r, Some(Ok(SendResult::Returned(_)))).then_some(end_send),
        );
        match outcome {
            // No `throw` on the subiterator: raised at the `yield from` itself.
            None => self.resume(g, Value::None, Some(e)),
            Some(Ok(SendResult::Yielded(v))) => Ok(SendResult::Yielded(v)),
            // The frame now stands at END_SEND, which takes the subiterator and this value.
            Some(Ok(SendResult::Returned(v))) => self.resume(g, v, None),
            Some(Err(err)) => self.resume(g, Value::None, Some(err)),
        }
    }

    /// Closes a subiterator: a generator's close, else its `close()` method if it has one.
    fn close_iterator(&mut self, sub: &Value) -> PyResult<()> {
        if let Some(Kind::Generator(sg)) = sub.kind() {
            return close_generator(self, sg).map(|_| ());
        }
        match self.getattr(sub, &crate::builtins::intern("close")) {
            Ok(m) => self.call(&m, &[], &[]).map(|_| ()),
            Err(err) if err.is("AttributeError") => Ok(()),
            Err(err) => Err(err),
        }
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(&args)?;
    let exc = args.values.get(1).cloned().ok_or_else(|| PyErr::type_error("throw expected at least 1 argument, got 0"))?;
    let mut e = vm.make_exception(exc, None)?;
    if let Some(v) = args.values.get(2) {
        if !v.is_none() {
            let inst = vm.call(&Value::Obj(e.0.class().clone()), std::slice::from_ref(v), &[])?;
            e = vm.make_exception(inst, None)?;
        }
    }
    match vm.throw_into(g, e)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_iteration(r)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(&args)?;
    close_generator(vm, g)
}

/// `generator.close()`: GeneratorExit thrown in (through any `yield from`).
fn close_generator(vm: &mut Vm, g: &Generator) -> PyResult<Value> {
    if matches!(*g.state.lock(), GenState::Running) {
        return Err(PyErr::value_error(format!("{} already executing", g.kind.name())));
    }
    if matches!(*g.state.lock(), GenState::Finished) {
        return Ok(Value::None);
    }
    if matches!(&*g.state.lock(), GenState::Suspended { started: false, .. }) {
        *g.state.lock() = GenState::Finished;
        return Ok(Value::None);
    }
    match vm.throw_into(g, PyErr::with_args("GeneratorExit", vec![])) {
        Ok(SendResult::Yielded(_)) => Err(PyErr::new("RuntimeError", "generator ignored GeneratorExit")),
        Ok(SendResult::Returned(v)) => Ok(v),
        Err(e) if e.is("GeneratorExit") || e.is("StopIteration") => Ok(Value::None),
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

pub fn install() {
    let b = types::builtin();
    for t in [&b.generator, &b.coroutine] {
        add_method(t, "send", gen_send);
        add_method(t, "throw", gen_throw);
        add_method(t, "close", gen_close);
    }
    add_method(&b.generator, "__next__", gen_next);
    add_method(&b.generator, "__iter__", gen_iter);
}
