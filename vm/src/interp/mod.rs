//! The interpreter state: [`Interpreter`] (shared by all threads: modules, builtins, settings)
//! and [`Vm`] (one per thread: its frame stack and the exception being handled), plus frames.
//!
//! Python-to-Python calls push a frame and continue in the same dispatch loop (`eval.rs`); only
//! native code calling back into Python (a sort key, `__eq__` from a dict lookup, `__repr__`)
//! re-enters the loop on the Rust stack, guarded by a depth check.

mod call;
mod eval;
mod frame;
mod matching;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use parking_lot::Mutex;

pub use call::bind_arguments;
pub(crate) use call::function_qualname;
pub use frame::Frame;
pub(crate) use eval::Outcome;

use crate::exceptions::PyErr;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, builtins, types};

/// State shared by every thread of one interpreter.
pub struct Interpreter {
    pub builtins_module: ObjRef,
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub sys: ObjRef,
    recursion_limit: AtomicUsize,
    /// Compiled module code by file path (the in-memory compiled-code cache).
    pub code_cache: Mutex<std::collections::HashMap<std::path::PathBuf, ObjRef>>,
    /// Serializes module imports so that two threads importing one module run its body once.
    pub import_lock: parking_lot::ReentrantMutex<()>,
    /// Native and embedded modules importable without `sys.path`.
    pub library: crate::modules::ModuleLibrary,
    /// The warning filters and registries (`crate::warnings`).
    pub warnings: crate::warnings::WarningsState,
}

impl Interpreter {
    /// An interpreter with only the VM's own modules (see [`crate::modules::ModuleLibrary::core`]).
    pub fn new(argv: Vec<String>) -> Arc<Interpreter> {
        Interpreter::with_library(argv, crate::modules::ModuleLibrary::core())
    }

    /// An interpreter that imports from `library` besides `sys.path`.
    pub fn with_library(argv: Vec<String>, library: crate::modules::ModuleLibrary) -> Arc<Interpreter> {
        let builtins_dict = crate::dict::new_dict_object();
        builtins_dict.make_immortal();
        let builtins_module = Object::with_dict(types::builtin().module.clone(), Kind::Module, builtins_dict.clone());
        builtins_module.make_immortal();
        let modules = crate::dict::new_dict_object();
        modules.make_immortal();
        let sys_dict = crate::dict::new_dict_object();
        let sys = Object::with_dict(types::builtin().module.clone(), Kind::Module, sys_dict);
        sys.make_immortal();
        let interp = Arc::new(Interpreter {
            builtins_module: builtins_module.clone(),
            builtins: builtins_dict,
            modules,
            sys,
            recursion_limit: AtomicUsize::new(1000),
            code_cache: Mutex::new(Default::default()),
            import_lock: parking_lot::ReentrantMutex::new(()),
            library,
            warnings: Default::default(),
        });
        let mut vm = Vm::new(interp.clone());
        builtins::install(&mut vm);
        crate::sys::install(&mut vm, argv);
        interp
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }

    pub fn set_recursion_limit(&self, n: usize) {
        self.recursion_limit.store(n, Ordering::Relaxed);
    }
}

/// One thread's view of an interpreter.
pub struct Vm {
    pub interp: Arc<Interpreter>,
    /// Frames suspended below the one the dispatch loop is running.
    pub(crate) frames: Vec<Frame>,
    /// The exception being handled (`sys.exception()`).
    pub exc_info: Option<Value>,
    /// Nested entries into the dispatch loop from native code.
    native_depth: usize,
    /// Objects whose repr is being computed on this thread (recursive containers print `[...]`).
    pub(crate) repr_stack: Vec<usize>,
    /// Vectors of finished frames, reused by the next calls (no allocation per call).
    frame_pool: Vec<frame::FrameBuffers>,
}

/// How many finished frames' vectors a thread keeps for reuse.
const FRAME_POOL_SIZE: usize = 64;

impl Vm {
    pub fn new(interp: Arc<Interpreter>) -> Vm {
        Vm { interp, frames: Vec::new(), exc_info: None, native_depth: 0, repr_stack: Vec::new(), frame_pool: Vec::new() }
    }

    /// Buffers for a new frame: a finished frame's when there is one.
    #[inline]
    pub(crate) fn frame_buffers(&mut self) -> frame::FrameBuffers {
        self.frame_pool.pop().unwrap_or_default()
    }

    /// Takes a finished frame's vectors back for reuse (what they hold is dropped now).
    #[inline]
    pub(crate) fn recycle_frame(&mut self, frame: Frame) {
        let buffers = frame.into_buffers();
        if self.frame_pool.len() < FRAME_POOL_SIZE && buffers.fast.capacity() <= 256 && buffers.stack.capacity() <= 256 {
            self.frame_pool.push(buffers);
        }
    }

    /// The dict of the builtins module.
    pub fn builtins(&self) -> &ObjRef {
        &self.interp.builtins
    }

    /// Python frames on this thread (for the recursion limit).
    pub fn depth(&self) -> usize {
        self.frames.len()
    }

    /// Runs a module-level code object in `globals` (and `locals`, for exec/class bodies).
    pub fn run_code(&mut self, code: ObjRef, globals: ObjRef, locals: Option<ObjRef>) -> PyResult<Value> {
        let builtins = self.interp.builtins.clone();
        let frame = Frame::new(code, None, globals, builtins, locals);
        self.run_frame(frame)
    }

    /// The globals of the innermost Python frame (for `globals()`, `exec`), or `__main__`'s.
    pub fn current_globals(&self) -> ObjRef {
        match self.frames.last() {
            Some(f) => f.globals.clone(),
            None => self
                .interp
                .modules
                .as_dict()
                .and_then(|d| d.get_str("__main__"))
                .and_then(|m| m.as_obj().and_then(|m| m.dict_if_present().cloned()))
                .unwrap_or_else(crate::dict::new_dict_object),
        }
    }

    /// `locals()` of the innermost Python frame: its namespace, or a snapshot of its fast locals.
    pub fn current_locals(&mut self) -> PyResult<Value> {
        let Some(f) = self.frames.last() else { return Ok(Value::Obj(self.current_globals())) };
        if let Some(l) = &f.locals {
            return Ok(Value::Obj(l.clone()));
        }
        let code = f.code.as_code().expect("code");
        let c = &code.compiled;
        if !c.flags & ophis_compiler::code::flags::OPTIMIZED != 0 {
            return Ok(Value::Obj(f.globals.clone()));
        }
        let d = crate::dict::new_dict_object();
        let dict = d.as_dict().expect("dict");
        for (i, name) in c.varnames.iter().enumerate() {
            if let Some(v) = f.fast.get(i).cloned().flatten() {
                dict.set_str(builtins::intern(name), v);
            }
        }
        let base = c.varnames.len();
        for (i, name) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
            if let Some(Value::Obj(cell)) = f.fast.get(base + i).cloned().flatten() {
                if let Kind::Cell(cl) = &cell.kind {
                    if let Some(v) = cl.0.lock().clone() {
                        dict.set_str(builtins::intern(name), v);
                    }
                }
            }
        }
        Ok(Value::Obj(d))
    }

    /// Guards native re-entry into Python against exhausting the Rust stack.
    pub(crate) fn enter_native(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if stacker::remaining_stack().is_some_and(|r| r < 256 * 1024) || self.native_depth > 20_000 {
            self.native_depth -= 1;
            return Err(PyErr::new("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    pub(crate) fn leave_native(&mut self) {
        self.native_depth -= 1;
    }
}
