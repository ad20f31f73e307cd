//! The dispatch loop.
//!
//! `execute` runs a frame and every Python frame it calls, without recursing on the Rust stack:
//! a call moves the caller into `Vm::frames` and continues with the callee; a return moves the
//! caller back. Exceptions unwind through the code objects' exception tables, frame by frame,
//! collecting traceback entries on the way.

use ophis_compiler::{BinaryOp, CompareOp, Intrinsic1, Opcode};

use super::{Frame, Vm};
use crate::builtins::{new_list, new_str, new_tuple};
use crate::exceptions::{PyErr, TracebackEntry};
use crate::function::Cell;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// How a run of the loop ended.
pub(crate) enum Outcome {
    Returned(PyResult<Value>),
    /// A generator frame yielded: the value and the suspended frame.
    Yielded(Value, Frame),
}

impl Vm {
    /// Runs `frame` to completion.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        match self.execute(frame, None) {
            Outcome::Returned(r) => r,
            Outcome::Yielded(..) => unreachable!("only generator frames yield"),
        }
    }

    pub(crate) fn execute(&mut self, frame: Frame, throw: Option<PyErr>) -> Outcome {
        if let Err(e) = self.enter_native() {
            return Outcome::Returned(Err(e));
        }
        let outcome = self.execute_inner(frame, throw);
        self.leave_native();
        outcome
    }

    fn execute_inner(&mut self, mut frame: Frame, mut pending: Option<PyErr>) -> Outcome {
        let base = self.frames.len();
        'frames: loop {
            let code_obj = frame.code.clone();
            let code = code_obj.as_code().expect("frame code");
            let instructions = &code.compiled.instructions[..];
            let mut reraise = false;
            let error: PyErr = 'exec: loop {
                if let Some(e) = pending.take() {
                    break 'exec e;
                }
                let ins = instructions[frame.ip];
                frame.ip += 1;
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'exec e,
                        }
                    };
                }
                // Runs what frees queued (closing generators, weak-reference callbacks) now, after
                // an instruction that can free objects, as CPython's reference counting would.
                macro_rules! finalize_now {
                    () => {
                        if crate::generator::finalizers_pending() {
                            self.frames.push(frame);
                            self.run_finalizers();
                            frame = self.frames.pop().expect("current frame");
                        }
                    };
                }
                let arg = ins.arg;
                match ins.op {
                    Opcode::NOP | Opcode::RESUME => {}
                    Opcode::POP_TOP => {
                        frame.stack.pop();
                        if crate::generator::finalizers_pending() {
                            self.frames.push(frame);
                            self.run_finalizers();
                            frame = self.frames.pop().expect("current frame");
                        }
                    }
                    Opcode::COPY => {
                        let v = frame.stack[frame.stack.len() - arg as usize].clone();
                        frame.stack.push(v);
                    }
                    Opcode::SWAP => {
                        let n = frame.stack.len();
                        frame.stack.swap(n - 1, n - arg as usize);
                    }
                    Opcode::PUSH_NULL => frame.stack.push(None),
                    Opcode::LOAD_CONST => frame.push(code.constants[arg as usize].clone()),
                    Opcode::LOAD_SMALL_INT => frame.push(Value::Int(arg as i32 as i64)),
                    Opcode::LOAD_FAST => match &frame.fast[arg as usize] {
                        Some(v) => {
                            let v = v.clone();
                            frame.push(v);
                        }
                        None => {
                            let name = &code.compiled.varnames[arg as usize];
                            break 'exec PyErr::new(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                        }
                    },
                    Opcode::LOAD_FAST_AND_CLEAR => {
                        let v = frame.fast[arg as usize].take();
                        frame.stack.push(v);
                    }
                    Opcode::STORE_FAST => {
                        let v = frame.stack.pop().expect("balanced");
                        frame.fast[arg as usize] = v;
                        if crate::generator::finalizers_pending() {
                            self.frames.push(frame);
                            self.run_finalizers();
                            frame = self.frames.pop().expect("current frame");
                        }
                    }
                    Opcode::DELETE_FAST => {
                        if frame.fast[arg as usize].take().is_none() {
                            let name = &code.compiled.varnames[arg as usize];
                            break 'exec PyErr::new(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                        }
                        finalize_now!();
                    }
                    Opcode::MAKE_CELL => {
                        let slot = code.compiled.varnames.len() + arg as usize;
                        let initial = code.compiled.cell2arg.get(arg as usize).copied().flatten().and_then(|a| frame.fast[a as usize].clone());
                        let cell = Object::new(types::builtin().cell.clone(), Kind::Cell(Cell(parking_lot::Mutex::new(initial))));
                        frame.fast[slot] = Some(Value::Obj(cell));
                    }
                    Opcode::COPY_FREE_VARS => {
                        let func = frame.func.as_ref().and_then(|f| f.as_function());
                        if let Some(closure) = func.and_then(|f| f.closure()) {
                            let start = code.compiled.varnames.len() + code.compiled.cellvars.len();
                            for (i, c) in closure.iter().enumerate() {
                                frame.fast[start + i] = Some(Value::Obj(c.clone()));
                            }
                        }
                    }
                    Opcode::LOAD_CELL_AND_RESET => {
                        let slot = code.compiled.varnames.len() + arg as usize;
                        let fresh = Object::new(types::builtin().cell.clone(), Kind::Cell(Cell(parking_lot::Mutex::new(None))));
                        let saved = frame.fast[slot].replace(Value::Obj(fresh));
                        frame.stack.push(saved);
                    }
                    Opcode::STORE_CELL => {
                        let slot = code.compiled.varnames.len() + arg as usize;
                        frame.fast[slot] = frame.stack.pop().expect("balanced");
                    }
                    Opcode::LOAD_CLOSURE => {
                        let slot = code.compiled.varnames.len() + arg as usize;
                        let v = frame.fast[slot].clone().expect("cell made");
                        frame.push(v);
                    }
                    Opcode::LOAD_DEREF => {
                        let v = tri!(load_deref(&frame, code, arg));
                        frame.push(v);
                    }
                    Opcode::STORE_DEREF => {
                        let v = frame.pop();
                        *cell_of(&frame, code, arg).0.lock() = Some(v);
                    }
                    Opcode::DELETE_DEREF => {
                        let old = cell_of(&frame, code, arg).0.lock().take();
                        if old.is_none() {
                            break 'exec tri!(load_deref(&frame, code, arg).map(|_| unreachable!()));
                        }
                    }
                    Opcode::LOAD_FROM_DICT_OR_DEREF => {
                        let mapping = frame.pop();
                        let name = deref_name(code, arg);
                        let found = tri!(self.mapping_get_str(&mapping, name));
                        let v = match found {
                            Some(v) => v,
                            None => tri!(load_deref(&frame, code, arg)),
                        };
                        frame.push(v);
                    }
                    Opcode::LOAD_NAME => {
                        let name = &code.names[arg as usize];
                        let v = tri!(self.load_name(&frame, name));
                        frame.push(v);
                    }
                    Opcode::STORE_NAME => {
                        let v = frame.pop();
                        let name = code.names[arg as usize].clone();
                        let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        tri!(self.mapping_set_str(&locals, name, v));
                        drop(locals);
                        finalize_now!();
                    }
                    Opcode::DELETE_NAME => {
                        let name = code.names[arg as usize].clone();
                        let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        if !tri!(self.mapping_del_str(&locals, &name)) {
                            break 'exec name_error(name.as_str().expect("str").as_str());
                        }
                        drop(locals);
                        finalize_now!();
                    }
                    Opcode::LOAD_GLOBAL => {
                        let name = &code.names[arg as usize];
                        let v = tri!(self.load_global(&frame, code, ins.cache, name));
                        frame.push(v);
                    }
                    Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                        let mapping = frame.pop();
                        let name = &code.names[arg as usize];
                        let found = tri!(self.mapping_get_str(&mapping, name.as_str().expect("str").as_str()));
                        let v = match found {
                            Some(v) => v,
                            None => tri!(self.load_global(&frame, code, ins.cache, name)),
                        };
                        frame.push(v);
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = frame.pop();
                        let name = code.names[arg as usize].clone();
                        frame.globals.as_dict().expect("globals dict").set_str(name, v);
                        finalize_now!();
                    }
                    Opcode::DELETE_GLOBAL => {
                        let name = &code.names[arg as usize];
                        let s = name.as_str().expect("str").as_str();
                        if frame.globals.as_dict().expect("globals dict").remove_str(s).is_none() {
                            break 'exec name_error(s);
                        }
                        finalize_now!();
                    }
                    Opcode::LOAD_LOCALS => {
                        let v = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        frame.push(Value::Obj(v));
                    }
                    Opcode::LOAD_ATTR => {
                        let obj = frame.pop();
                        let v = tri!(self.getattr(&obj, &code.names[arg as usize]));
                        frame.push(v);
                    }
                    Opcode::LOAD_METHOD => {
                        let obj = frame.pop();
                        let (callable, this) = tri!(self.load_method(obj, &code.names[arg as usize]));
                        frame.push(callable);
                        frame.stack.push(this);
                    }
                    Opcode::STORE_ATTR => {
                        let obj = frame.pop();
                        let v = frame.pop();
                        tri!(self.setattr(&obj, &code.names[arg as usize], Some(v)));
                        drop(obj);
                        finalize_now!();
                    }
                    Opcode::DELETE_ATTR => {
                        let obj = frame.pop();
                        tri!(self.setattr(&obj, &code.names[arg as usize], None));
                        drop(obj);
                        finalize_now!();
                    }
                    Opcode::BINARY_OP => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let op = BinaryOp::from_u32(arg).expect("valid binary op");
                        let v = match (op, &a, &b) {
                            (BinaryOp::Add | BinaryOp::InplaceAdd, Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => {
                                Value::Int(x + y)
                            }
                            (BinaryOp::Subtract | BinaryOp::InplaceSubtract, Value::Int(x), Value::Int(y))
                                if x.checked_sub(*y).is_some() =>
                            {
                                Value::Int(x - y)
                            }
                            _ => tri!(self.binary_op(a, b, op)),
                        };
                        frame.push(v);
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let v = frame.pop();
                        let r = tri!(self.unary_op(v, "__neg__"));
                        frame.push(r);
                    }
                    Opcode::UNARY_POSITIVE => {
                        let v = frame.pop();
                        let r = tri!(self.unary_op(v, "__pos__"));
                        frame.push(r);
                    }
                    Opcode::UNARY_INVERT => {
                        let v = frame.pop();
                        let r = if matches!(v, Value::Bool(_)) {
                            // `~` on a bool warns: the warnings core attributes the warning to
                            // the frame on top of `Vm::frames`.
                            self.frames.push(frame);
                            let r = self.unary_op(v, "__invert__");
                            frame = self.frames.pop().expect("current frame");
                            tri!(r)
                        } else {
                            tri!(self.unary_op(v, "__invert__"))
                        };
                        frame.push(r);
                    }
                    Opcode::UNARY_NOT => {
                        let v = frame.pop();
                        let b = matches!(v, Value::Bool(true));
                        frame.push(Value::Bool(!b));
                    }
                    Opcode::TO_BOOL => {
                        let v = frame.pop();
                        let b = match v {
                            Value::Bool(b) => b,
                            v => tri!(self.is_true(&v)),
                        };
                        frame.push(Value::Bool(b));
                    }
                    Opcode::COMPARE_OP => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let op = CompareOp::from_u32(arg).expect("valid compare op");
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                                CompareOp::Lt => x < y,
                                CompareOp::Le => x <= y,
                                CompareOp::Eq => x == y,
                                CompareOp::Ne => x != y,
                                CompareOp::Gt => x > y,
                                CompareOp::Ge => x >= y,
                            }),
                            _ => tri!(self.rich_compare(&a, &b, op)),
                        };
                        frame.push(v);
                    }
                    Opcode::IS_OP => {
                        let b = frame.pop();
                        let a = frame.pop();
                        frame.push(Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::CONTAINS_OP => {
                        let container = frame.pop();
                        let item = frame.pop();
                        let r = tri!(self.contains(&container, &item));
                        frame.push(Value::Bool(r != (arg == 1)));
                    }
                    Opcode::BINARY_SLICE => {
                        let end = frame.pop();
                        let start = frame.pop();
                        let container = frame.pop();
                        let slice = crate::builtins::new_slice(start, end, Value::None);
                        let v = tri!(self.getitem(&container, &slice));
                        frame.push(v);
                    }
                    Opcode::STORE_SUBSCR => {
                        let key = frame.pop();
                        let container = frame.pop();
                        let v = frame.pop();
                        tri!(self.setitem(&container, key, v));
                        drop(container);
                        finalize_now!();
                    }
                    Opcode::STORE_SLICE => {
                        let end = frame.pop();
                        let start = frame.pop();
                        let container = frame.pop();
                        let v = frame.pop();
                        let slice = crate::builtins::new_slice(start, end, Value::None);
                        tri!(self.setitem(&container, slice, v));
                    }
                    Opcode::DELETE_SUBSCR => {
                        let key = frame.pop();
                        let container = frame.pop();
                        tri!(self.delitem(&container, &key));
                        drop((container, key));
                        finalize_now!();
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if arg == 3 { frame.pop() } else { Value::None };
                        let stop = frame.pop();
                        let start = frame.pop();
                        frame.push(crate::builtins::new_slice(start, stop, step));
                    }
                    Opcode::BUILD_TUPLE => {
                        let items = pop_n(&mut frame, arg as usize);
                        frame.push(new_tuple(items));
                    }
                    Opcode::BUILD_LIST => {
                        let items = pop_n(&mut frame, arg as usize);
                        frame.push(new_list(items));
                    }
                    Opcode::BUILD_SET => {
                        let items = pop_n(&mut frame, arg as usize);
                        let set = tri!(crate::builtins::new_set(self, items));
                        frame.push(set);
                    }
                    Opcode::BUILD_MAP => {
                        let items = pop_n(&mut frame, 2 * arg as usize);
                        let d = crate::dict::new_dict_object();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(d.as_dict().expect("dict").set(self, k, v));
                        }
                        frame.push(Value::Obj(d));
                    }
                    Opcode::BUILD_INTERPOLATION => {
                        let spec = if arg & 1 != 0 { Some(frame.pop()) } else { None };
                        let expression = frame.pop();
                        let value = frame.pop();
                        frame.push(crate::templatelib::build_interpolation(value, expression, arg >> 2, spec));
                    }
                    Opcode::BUILD_TEMPLATE => {
                        let interpolations = frame.pop();
                        let strings = frame.pop();
                        frame.push(crate::templatelib::build_template(strings, interpolations));
                    }
                    Opcode::BUILD_STRING => {
                        let items = pop_n(&mut frame, arg as usize);
                        let mut s = String::new();
                        for i in &items {
                            s.push_str(i.as_str().unwrap_or(""));
                        }
                        frame.push(new_str(s));
                    }
                    Opcode::LIST_APPEND => {
                        let v = frame.pop();
                        let target = peek(&frame, arg);
                        if let Some(Kind::List(l)) = target.kind() {
                            l.lock().push(v);
                        }
                    }
                    Opcode::SET_ADD => {
                        let v = frame.pop();
                        let target = peek(&frame, arg).clone();
                        tri!(crate::builtins::set_add(self, &target, v));
                    }
                    Opcode::MAP_ADD => {
                        let v = frame.pop();
                        let k = frame.pop();
                        let target = peek(&frame, arg).clone();
                        tri!(target.as_obj().and_then(|o| o.as_dict()).expect("dict").set(self, k, v));
                    }
                    Opcode::LIST_EXTEND => {
                        let iterable = frame.pop();
                        let target = peek(&frame, arg).clone();
                        let items = tri!(self.collect_iterable(&iterable).map_err(|e| {
                            if e.is("TypeError") && !self.has_iter(&iterable) {
                                PyErr::type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&iterable)
                                ))
                            } else {
                                e
                            }
                        }));
                        if let Some(Kind::List(l)) = target.kind() {
                            l.lock().extend(items);
                        }
                    }
                    Opcode::SET_UPDATE => {
                        let iterable = frame.pop();
                        let target = peek(&frame, arg).clone();
                        tri!(crate::builtins::set_update(self, &target, &iterable));
                    }
                    Opcode::DICT_UPDATE => {
                        let mapping = frame.pop();
                        let target = peek(&frame, arg).clone();
                        tri!(self.dict_merge(&target, &mapping, None));
                    }
                    Opcode::DICT_MERGE => {
                        // A call's `**` argument: below the dict lie the positional arguments,
                        // the self-or-NULL slot and the callable its errors name.
                        let mapping = frame.pop();
                        let target = peek(&frame, arg).clone();
                        let callable = peek(&frame, arg + 3).clone();
                        tri!(self.dict_merge(&target, &mapping, Some(&callable)));
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        let seq = frame.pop();
                        let items = tri!(self.unpack(&seq, arg as usize, None));
                        for v in items.into_iter().rev() {
                            frame.push(v);
                        }
                    }
                    Opcode::UNPACK_EX => {
                        let seq = frame.pop();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items = tri!(self.unpack(&seq, before, Some(after)));
                        for v in items.into_iter().rev() {
                            frame.push(v);
                        }
                    }
                    Opcode::JUMP => {
                        // Backward jumps close every loop: a pending Ctrl-C is raised here.
                        if (arg as usize) < frame.ip && crate::signals::breaker_pending() {
                            if let Some(e) = crate::signals::handle_breaker() {
                                break 'exec e;
                            }
                        }
                        frame.ip = arg as usize;
                    }
                    Opcode::POP_JUMP_IF_FALSE => {
                        if matches!(frame.pop(), Value::Bool(false)) {
                            frame.ip = arg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_TRUE => {
                        if matches!(frame.pop(), Value::Bool(true)) {
                            frame.ip = arg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_NONE => {
                        if frame.pop().is_none() {
                            frame.ip = arg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_NOT_NONE => {
                        if !frame.pop().is_none() {
                            frame.ip = arg as usize;
                        }
                    }
                    Opcode::GET_ITER => {
                        let v = frame.pop();
                        let it = tri!(self.iter(&v));
                        frame.push(it);
                    }
                    Opcode::FOR_ITER => {
                        let next = tri!(self.next(frame.top()));
                        match next {
                            Some(v) => frame.push(v),
                            None => {
                                frame.stack.pop();
                                frame.ip = arg as usize;
                                if crate::generator::finalizers_pending() {
                                    self.frames.push(frame);
                                    self.run_finalizers();
                                    frame = self.frames.pop().expect("current frame");
                                }
                            }
                        }
                    }
                    Opcode::CALL | Opcode::CALL_KW => {
                        let kwnames = if ins.op == Opcode::CALL_KW { Some(frame.pop()) } else { None };
                        let argc = arg as usize;
                        let start = frame.stack.len() - argc;
                        // The common call: a Python function whose parameters are exactly the
                        // positional arguments given. The arguments move from this frame's stack
                        // into the new frame's slots, which reuse a finished frame's vectors.
                        if kwnames.is_none() {
                            if let Some(Value::Obj(f)) = &frame.stack[start - 2] {
                                if let Kind::Function(func) = &f.kind {
                                    let code = &func.code().compiled;
                                    let has_this = frame.stack[start - 1].is_some();
                                    if argc + has_this as usize == code.arg_count as usize
                                        && code.kwonly_arg_count == 0
                                        && code.flags & (ophis_compiler::code::flags::VARARGS | ophis_compiler::code::flags::VARKEYWORDS) == 0
                                    {
                                        if self.frames.len() + 1 >= self.interp.recursion_limit() {
                                            break 'exec PyErr::new("RecursionError", "maximum recursion depth exceeded");
                                        }
                                        // Calls are safe points too: recursion without loops
                                        // still notices Ctrl-C and hands the GIL over.
                                        if crate::signals::breaker_pending() {
                                            if let Some(e) = crate::signals::handle_breaker() {
                                                break 'exec e;
                                            }
                                        }
                                        let buffers = self.frame_buffers();
                                        let mut new_frame = Frame::with_buffers(
                                            func.code.clone(),
                                            Some(f.clone()),
                                            func.globals.clone(),
                                            func.builtins.clone(),
                                            None,
                                            buffers,
                                        );
                                        let first = start - has_this as usize;
                                        for (slot, v) in new_frame.fast.iter_mut().zip(frame.stack.drain(first..)) {
                                            *slot = v;
                                        }
                                        frame.stack.truncate(start - 2);
                                        self.frames.push(std::mem::replace(&mut frame, new_frame));
                                        continue 'frames;
                                    }
                                }
                            }
                        }
                        let this = frame.stack[start - 1].take();
                        let callable = frame.stack[start - 2].take().expect("callable");
                        let mut args: Vec<Value> = Vec::with_capacity(argc + 1);
                        if let Some(t) = this {
                            args.push(t);
                        }
                        args.extend(frame.stack.drain(start..).map(|v| v.expect("argument")));
                        frame.stack.truncate(start - 2);
                        let kwnames_slice: &[Value] = match &kwnames {
                            Some(k) => k.as_tuple().unwrap_or(&[]),
                            None => &[],
                        };
                        if let Value::Obj(f) = &callable {
                            if let Kind::Function(_) = &f.kind {
                                let new_frame = tri!(self.function_frame(f, args, kwnames_slice));
                                let fcode = new_frame.code.as_code().expect("code");
                                if fcode.compiled.is_generator_like() {
                                    // The frame runs until RETURN_GENERATOR, which returns the generator.
                                }
                                if self.frames.len() + 1 >= self.interp.recursion_limit() {
                                    break 'exec PyErr::new("RecursionError", "maximum recursion depth exceeded");
                                }
                                // Calls are safe points too: recursion without loops still
                                // notices Ctrl-C and hands the GIL over.
                                if crate::signals::breaker_pending() {
                                    if let Some(e) = crate::signals::handle_breaker() {
                                        break 'exec e;
                                    }
                                }
                                self.frames.push(std::mem::replace(&mut frame, new_frame));
                                continue 'frames;
                            }
                        }
                        // Native callees can see the calling frame (super(), locals(), exec()).
                        self.frames.push(frame);
                        let r = self.call(&callable, &args, kwnames_slice);
                        frame = self.frames.pop().expect("current frame");
                        let r = tri!(r);
                        frame.push(r);
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        let kwargs = frame.stack.pop().flatten();
                        let args_tuple = frame.pop();
                        let this = frame.stack.pop().flatten();
                        let callable = frame.pop();
                        let mut args: Vec<Value> = Vec::new();
                        if let Some(t) = this {
                            args.push(t);
                        }
                        match args_tuple.as_tuple() {
                            Some(items) => args.extend(items.iter().cloned()),
                            None => {
                                // `f(*x)` compiles to x itself.
                                let items = self.collect_iterable(&args_tuple).map_err(|e| {
                                    if e.is("TypeError") && !self.has_iter(&args_tuple) {
                                        let shown = self.function_str(&callable);
                                        PyErr::type_error(format!("{shown} argument after * must be an iterable, not {}", self.type_name(&args_tuple)))
                                    } else {
                                        e
                                    }
                                });
                                args.extend(tri!(items));
                            }
                        }
                        let mut kwnames = Vec::new();
                        if let Some(kw) = kwargs {
                            if let Some(d) = kw.as_obj().and_then(|o| o.as_dict()) {
                                for e in d.entries() {
                                    if e.key.as_str().is_none() {
                                        break 'exec PyErr::type_error("keywords must be strings");
                                    }
                                    kwnames.push(e.key);
                                    args.push(e.value);
                                }
                            }
                        }
                        self.frames.push(frame);
                        let r = self.call(&callable, &args, &kwnames);
                        frame = self.frames.pop().expect("current frame");
                        let r = tri!(r);
                        frame.push(r);
                    }
                    Opcode::CALL_INTRINSIC_1 => {
                        let v = frame.pop();
                        let r = match Intrinsic1::from_u32(arg).expect("intrinsic") {
                            Intrinsic1::ListToTuple => {
                                let items = match v.kind() {
                                    Some(Kind::List(l)) => l.lock().clone(),
                                    _ => Vec::new(),
                                };
                                new_tuple(items)
                            }
                            Intrinsic1::Print => {
                                // CPython's PRINT_EXPR: the value goes to `sys.displayhook`, which
                                // a program may replace.
                                let hook = self.interp.sys.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str("displayhook"));
                                match hook {
                                    Some(hook) => {
                                        tri!(self.call(&hook, &[v], &[]));
                                    }
                                    None => break 'exec PyErr::new("RuntimeError", "lost sys.displayhook"),
                                }
                                Value::None
                            }
                            Intrinsic1::AsyncGenWrap => crate::asyncgen::wrap(v),
                            Intrinsic1::ImportStar => {
                                let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                                tri!(self.import_star(&v, &locals));
                                Value::None
                            }
                            op @ (Intrinsic1::TypeVar | Intrinsic1::ParamSpec | Intrinsic1::TypeVarTuple | Intrinsic1::SubscriptGeneric | Intrinsic1::TypeAlias) => {
                                let globals = frame.globals.clone();
                                tri!(crate::typing::intrinsic1(self, op, v, &globals))
                            }
                            other => break 'exec PyErr::new("SystemError", format!("intrinsic {} is not implemented", other.name())),
                        };
                        frame.push(r);
                    }
                    Opcode::MAKE_FUNCTION => {
                        let code_value = frame.pop();
                        let f = crate::builtins::new_function(self, code_value, &frame);
                        frame.push(f);
                    }
                    Opcode::SET_FUNCTION_ATTRIBUTE => {
                        let func = frame.pop();
                        let attr = frame.pop();
                        crate::builtins::set_function_attribute(&func, arg, attr);
                        frame.push(func);
                    }
                    Opcode::RETURN_VALUE => {
                        let v = frame.pop();
                        // The frame's locals die with it: generators they held are closed now,
                        // before the caller continues (as CPython's reference counting does).
                        // Last local first, in CPython's order (it decides which weak-reference
                        // callbacks still run).
                        while frame.fast.pop().is_some() {}
                        if crate::generator::finalizers_pending() {
                            self.run_finalizers();
                        }
                        if self.frames.len() == base {
                            return Outcome::Returned(Ok(v));
                        }
                        let caller = self.frames.pop().expect("caller frame");
                        let finished = std::mem::replace(&mut frame, caller);
                        self.recycle_frame(finished);
                        frame.push(v);
                        continue 'frames;
                    }
                    Opcode::RETURN_GENERATOR => {
                        let placeholder = Frame {
                            code: frame.code.clone(),
                            func: None,
                            globals: frame.globals.clone(),
                            builtins: frame.builtins.clone(),
                            locals: None,
                            fast: Vec::new(),
                            stack: Vec::new(),
                            ip: 0,
                        };
                        let gen_frame = std::mem::replace(&mut frame, placeholder);
                        let g = crate::generator::new_generator(gen_frame);
                        if self.frames.len() == base {
                            return Outcome::Returned(Ok(g));
                        }
                        frame = self.frames.pop().expect("caller frame");
                        frame.push(g);
                        continue 'frames;
                    }
                    Opcode::YIELD_VALUE => {
                        let v = frame.pop();
                        debug_assert_eq!(self.frames.len(), base, "generator frames run as the loop's entry frame");
                        return Outcome::Yielded(v, frame);
                    }
                    Opcode::SEND => {
                        let v = frame.pop();
                        let receiver = frame.top().clone();
                        match tri!(self.send(&receiver, v)) {
                            crate::generator::SendResult::Yielded(y) => frame.push(y),
                            crate::generator::SendResult::Returned(r) => {
                                frame.push(r);
                                frame.ip = arg as usize;
                            }
                        }
                    }
                    Opcode::END_SEND => {
                        let v = frame.pop();
                        frame.stack.pop();
                        frame.push(v);
                    }
                    Opcode::GET_AWAITABLE => {
                        let v = frame.pop();
                        let it = tri!(self.get_awaitable(&v));
                        frame.push(it);
                    }
                    Opcode::GET_AITER => {
                        let v = frame.pop();
                        let it = tri!(self.get_aiter(&v));
                        frame.push(it);
                    }
                    Opcode::GET_ANEXT => {
                        let aiter = frame.top().clone();
                        let a = tri!(self.get_anext(&aiter));
                        frame.push(a);
                    }
                    Opcode::END_ASYNC_FOR => {
                        let exc = frame.pop();
                        let is_stop = matches!(&exc, Value::Obj(o) if types::is_subtype(&o.class(), crate::exceptions::exception_types().get("StopAsyncIteration")));
                        if is_stop {
                            frame.stack.pop();
                            // The handler's PUSH_EXC_INFO-free path: nothing else to restore.
                        } else {
                            reraise = true;
                            match exc {
                                Value::Obj(o) => break 'exec PyErr(o),
                                _ => break 'exec PyErr::new("SystemError", "END_ASYNC_FOR without an exception"),
                            }
                        }
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        let v = frame.pop();
                        let it = if matches!(v.kind(), Some(Kind::Generator(_))) { v } else { tri!(self.iter(&v)) };
                        frame.push(it);
                    }
                    Opcode::RAISE_VARARGS => {
                        let e = match arg {
                            0 => match &self.exc_info {
                                Some(Value::Obj(e)) => {
                                    reraise = true;
                                    PyErr(e.clone())
                                }
                                _ => PyErr::new("RuntimeError", "No active exception to reraise"),
                            },
                            1 => {
                                let exc = frame.pop();
                                tri!(self.make_exception(exc, None))
                            }
                            _ => {
                                let cause = frame.pop();
                                let exc = frame.pop();
                                tri!(self.make_exception(exc, Some(cause)))
                            }
                        };
                        break 'exec e;
                    }
                    Opcode::RERAISE => {
                        let exc = frame.pop();
                        reraise = true;
                        match exc {
                            Value::Obj(o) if matches!(o.kind, Kind::Exception(_)) => break 'exec PyErr(o),
                            _ => break 'exec PyErr::new("SystemError", "RERAISE of a non-exception"),
                        }
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let exc = frame.pop();
                        let prev = self.exc_info.replace(exc.clone()).unwrap_or(Value::None);
                        frame.push(prev);
                        frame.push(exc);
                    }
                    Opcode::POP_EXCEPT => {
                        let prev = frame.pop();
                        self.exc_info = if prev.is_none() { None } else { Some(prev) };
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let class = frame.pop();
                        let exc = frame.top().clone();
                        let m = tri!(self.exception_matches(&exc, &class));
                        frame.push(Value::Bool(m));
                    }
                    Opcode::CHECK_EG_MATCH => {
                        let match_type = frame.pop();
                        let exc = frame.pop();
                        let (rest, matched) = tri!(self.check_eg_match(&exc, &match_type));
                        if !matched.is_none() {
                            self.exc_info = Some(matched.clone());
                        }
                        frame.push(rest);
                        frame.push(matched);
                    }
                    Opcode::CALL_INTRINSIC_2 => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let r = match ophis_compiler::Intrinsic2::from_u32(arg) {
                            Some(ophis_compiler::Intrinsic2::PrepReraiseStar) => tri!(self.prep_reraise_star(&a, &b)),
                            Some(op) => tri!(crate::typing::intrinsic2(self, op, a, b)),
                            None => break 'exec PyErr::new("SystemError", "bad intrinsic"),
                        };
                        frame.push(r);
                    }
                    Opcode::LOAD_COMMON_CONSTANT => {
                        let name = match ophis_compiler::instructions::CommonConstant::from_u32(arg) {
                            Some(c) => c.name(),
                            None => break 'exec PyErr::new("SystemError", "bad common constant"),
                        };
                        frame.push(Value::Obj(crate::exceptions::exception_types().get(name).clone()));
                    }
                    Opcode::LOAD_ASSERTION_ERROR => {
                        frame.push(Value::Obj(crate::exceptions::exception_types().get("AssertionError").clone()));
                    }
                    Opcode::BEFORE_WITH => {
                        let mgr = frame.pop();
                        let (exit, entered) = if arg == 1 { tri!(self.enter_async_context(&mgr)) } else { tri!(self.enter_context(&mgr)) };
                        frame.push(exit);
                        frame.push(entered);
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let exc = frame.top().clone();
                        let n = frame.stack.len();
                        let exit = frame.stack[n - 4].clone().expect("exit");
                        let r = tri!(self.call_exit(&exit, &exc));
                        frame.push(r);
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = frame.pop();
                        let level = frame.pop();
                        let name = code.names[arg as usize].clone();
                        let m = tri!(self.import_name(&name, &fromlist, &level, &frame.globals));
                        frame.push(m);
                    }
                    Opcode::IMPORT_FROM => {
                        let module = frame.top().clone();
                        let v = tri!(self.import_from(&module, &code.names[arg as usize]));
                        frame.push(v);
                    }
                    Opcode::LOAD_BUILD_CLASS => {
                        let v = tri!(self.builtins().as_dict().expect("dict").get_str("__build_class__").ok_or_else(|| PyErr::new("NameError", "__build_class__ not found")));
                        frame.push(v);
                    }
                    Opcode::SETUP_ANNOTATIONS => {
                        // `from __future__ import annotations`: the body stores its string
                        // annotations in an `__annotations__` dict of its namespace.
                        let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        let namespace = Value::Obj(locals.clone());
                        if tri!(self.mapping_get_str(&namespace, "__annotations__")).is_none() {
                            tri!(self.mapping_set_str(&locals, crate::builtins::intern("__annotations__"), Value::Obj(crate::dict::new_dict_object())));
                        }
                    }
                    Opcode::FORMAT_SIMPLE => {
                        let v = frame.pop();
                        let r = match &v {
                            Value::Obj(o) if o.as_str().is_some() && o.class_data().is_builtin() => v.clone(),
                            _ => tri!(self.format(&v, "")),
                        };
                        frame.push(r);
                    }
                    Opcode::FORMAT_WITH_SPEC => {
                        let spec = frame.pop();
                        let v = frame.pop();
                        let r = tri!(self.format(&v, spec.as_str().unwrap_or("")));
                        frame.push(r);
                    }
                    Opcode::CONVERT_VALUE => {
                        let v = frame.pop();
                        let r = match arg {
                            1 => tri!(self.str(&v)),
                            2 => tri!(self.repr(&v)),
                            _ => tri!(self.ascii(&v)),
                        };
                        frame.push(Value::Obj(r));
                    }
                    Opcode::GET_LEN => {
                        let n = tri!(self.match_len(frame.top()));
                        frame.push(n);
                    }
                    Opcode::MATCH_SEQUENCE => {
                        let b = self.match_is_sequence(frame.top());
                        frame.push(Value::Bool(b));
                    }
                    Opcode::MATCH_MAPPING => {
                        let b = self.match_is_mapping(frame.top());
                        frame.push(Value::Bool(b));
                    }
                    Opcode::MATCH_KEYS => {
                        let (subject, keys) = (peek(&frame, 2).clone(), peek(&frame, 1).clone());
                        let values = tri!(self.match_keys(&subject, &keys));
                        frame.push(values);
                    }
                    Opcode::MATCH_CLASS => {
                        let names = frame.pop();
                        let cls = frame.pop();
                        let subject = frame.pop();
                        let attrs = tri!(self.match_class(&subject, &cls, arg as usize, &names));
                        frame.push(attrs);
                    }
                    other => {
                        break 'exec PyErr::new("SystemError", format!("ophis cannot execute {} yet", other.name()));
                    }
                }
            };
            // Unwind: find a handler in this frame, else in the callers this loop runs.
            let mut error = error;
            loop {
                let lasti = frame.ip.saturating_sub(1);
                if !reraise {
                    let data = error.data();
                    let mut st = data.state.lock();
                    // A fresh exception raised while another is handled gets it as __context__.
                    if st.traceback.is_empty() && st.context.is_none() {
                        if let Some(Value::Obj(current)) = &self.exc_info {
                            if !ObjRef::ptr_eq(current, &error.0) {
                                st.context = Some(Value::Obj(current.clone()));
                            }
                        }
                    }
                    if st.traceback.is_empty() {
                        st.raise_site = crate::traceback::suggestions::capture_raise_site(&frame, &error.0);
                    }
                    st.traceback.push(TracebackEntry { code: frame.code.clone(), lasti: lasti as u32 });
                }
                reraise = false;
                let handler = frame.code.as_code().expect("code").compiled.handler_for(lasti as u32).copied();
                if let Some(h) = handler {
                    frame.stack.truncate(h.depth as usize);
                    if h.push_lasti {
                        frame.push(Value::Int(lasti as i64));
                    }
                    frame.push(Value::Obj(error.0.clone()));
                    frame.ip = h.target as usize;
                    continue 'frames;
                }
                if self.frames.len() == base {
                    return Outcome::Returned(Err(error));
                }
                frame = self.frames.pop().expect("caller frame");
                let _ = &mut error;
            }
        }
    }
}

fn pop_n(frame: &mut Frame, n: usize) -> Vec<Value> {
    let start = frame.stack.len() - n;
    frame.stack.drain(start..).map(|v| v.expect("value")).collect()
}

/// The item `depth` below the top after a pop (1 = top).
fn peek(frame: &Frame, depth: u32) -> &Value {
    frame.stack[frame.stack.len() - depth as usize].as_ref().expect("value")
}

fn deref_name(code: &crate::function::Code, i: u32) -> &str {
    let c = &code.compiled;
    let i = i as usize;
    if i < c.cellvars.len() { &c.cellvars[i] } else { &c.freevars[i - c.cellvars.len()] }
}

fn cell_of<'f>(frame: &'f Frame, code: &crate::function::Code, i: u32) -> &'f Cell {
    let slot = code.compiled.varnames.len() + i as usize;
    match frame.fast[slot].as_ref().and_then(|v| v.kind()) {
        Some(Kind::Cell(c)) => c,
        _ => unreachable!("deref slots hold cells"),
    }
}

fn load_deref(frame: &Frame, code: &crate::function::Code, i: u32) -> PyResult<Value> {
    let cell = cell_of(frame, code, i);
    if let Some(v) = cell.0.lock().clone() {
        return Ok(v);
    }
    let name = deref_name(code, i);
    if (i as usize) < code.compiled.cellvars.len() {
        Err(PyErr::new(
            "UnboundLocalError",
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        ))
    } else {
        let e = PyErr::new(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        );
        crate::traceback::suggestions::set_name_attribute(&e.0, &name);
        Err(e)
    }
}

pub(crate) fn name_error(name: &str) -> PyErr {
    let e = PyErr::new("NameError", format!("name '{name}' is not defined"));
    crate::traceback::suggestions::set_name_attribute(&e.0, name);
    e
}

impl Vm {
    fn load_name(&mut self, frame: &Frame, name: &ObjRef) -> PyResult<Value> {
        let s = name.as_str().expect("str").as_str();
        if let Some(locals) = &frame.locals {
            if let Some(v) = self.mapping_get_str(&Value::Obj(locals.clone()), s)? {
                return Ok(v);
            }
        }
        if let Some(v) = frame.globals.as_dict().expect("globals").get_str(s) {
            return Ok(v);
        }
        if let Some(v) = frame.builtins.as_dict().expect("builtins").get_str(s) {
            return Ok(v);
        }
        Err(name_error(s))
    }

    fn load_global(&mut self, frame: &Frame, code: &crate::function::Code, cache: u16, name: &ObjRef) -> PyResult<Value> {
        // Globals of a dict subclass (types.FunctionType(code, mapping)) are read through
        // `__getitem__`, so that a `__missing__` can supply names, as CPython does.
        if !frame.globals.class_data().is_builtin() {
            return self.load_global_from_mapping(frame, name);
        }
        let globals = frame.globals.as_dict().expect("globals");
        let builtins = frame.builtins.as_dict().expect("builtins");
        if let Some(v) = code.global_cache_get(cache, globals.version(), builtins.version()) {
            return Ok(v);
        }
        let s = name.as_str().expect("str").as_str();
        let gv = globals.version();
        let bv = builtins.version();
        let v = match globals.get_str(s) {
            Some(v) => v,
            None => match builtins.get_str(s) {
                Some(v) => v,
                None => return Err(name_error(s)),
            },
        };
        code.global_cache_put(cache, gv, bv, &v);
        Ok(v)
    }

    /// LOAD_GLOBAL with globals of a dict subclass: `globals[name]`, then the builtins.
    fn load_global_from_mapping(&mut self, frame: &Frame, name: &ObjRef) -> PyResult<Value> {
        let key = Value::Obj(name.clone());
        match self.getitem(&Value::Obj(frame.globals.clone()), &key) {
            Ok(v) => return Ok(v),
            Err(e) if e.is("KeyError") => {}
            Err(e) => return Err(e),
        }
        let s = name.as_str().expect("str").as_str();
        match frame.builtins.as_dict().expect("builtins").get_str(s) {
            Some(v) => Ok(v),
            None => Err(name_error(s)),
        }
    }
}
