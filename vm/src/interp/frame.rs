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

impl Frame {
    pub fn new(code: ObjRef, func: Option<ObjRef>, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>) -> Frame {
        let c = code.as_code().expect("frame code is a code object");
        let slots = c.compiled.frame_slots();
        let max_stack = c.compiled.max_stack as usize;
        Frame { code, func, globals, builtins, locals, fast: vec![None; slots], stack: Vec::with_capacity(max_stack), ip: 0 }
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
