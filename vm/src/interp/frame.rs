//! A frame: one running (or suspended) execution of a code object.

use crate::object::ObjRef;
use crate::value::Value;

pub struct Frame {
    pub code: ObjRef,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace NAME instructions use (module and class bodies, exec); None in functions.
    pub locals: Option<ObjRef>,
    /// Fast locals, then cells, then free variables (cells and free variables hold cell objects).
    pub fast: Vec<Option<Value>>,
    /// The value stack; None is the NULL that calls use as "no self".
    pub stack: Vec<Option<Value>>,
    /// The next instruction.
    pub ip: usize,
}

/// The two vectors of a finished frame, kept by the thread's `Vm` for the next call.
#[derive(Default)]
pub struct FrameBuffers {
    pub fast: Vec<Option<Value>>,
    pub stack: Vec<Option<Value>>,
}

impl Frame {
    pub fn new(code: ObjRef, func: Option<ObjRef>, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>) -> Frame {
        Frame::with_buffers(code, func, globals, builtins, locals, FrameBuffers::default())
    }

    /// A frame whose slot and stack vectors reuse `buffers` (empty vectors from a finished
    /// frame), so that a call allocates nothing when the pool has buffers.
    pub fn with_buffers(code: ObjRef, func: Option<ObjRef>, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>, buffers: FrameBuffers) -> Frame {
        let c = code.as_code().expect("frame code is a code object");
        let slots = c.compiled.frame_slots();
        let max_stack = c.compiled.max_stack as usize;
        let FrameBuffers { mut fast, mut stack } = buffers;
        fast.resize(slots, None);
        stack.reserve(max_stack);
        Frame { code, func, globals, builtins, locals, fast, stack, ip: 0 }
    }

    /// Empties the frame's vectors (dropping what they hold) and returns them for reuse.
    pub fn into_buffers(mut self) -> FrameBuffers {
        self.fast.clear();
        self.stack.clear();
        FrameBuffers { fast: std::mem::take(&mut self.fast), stack: std::mem::take(&mut self.stack) }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(Some(v));
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().flatten().expect("the compiler balances the stack")
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().and_then(|v| v.as_ref()).expect("stack not empty")
    }

    /// The line of the instruction at `ip` (for tracebacks).
    pub fn line_at(&self, ip: usize) -> u32 {
        let c = self.code.as_code().expect("code");
        c.compiled.locations.get(ip).map_or(0, |l| l.line)
    }
}
