//! Exception groups (PEP 654): construction rules of BaseExceptionGroup/ExceptionGroup,
//! `split`/`subgroup`/`derive`, and the two operations `except*` compiles to (CHECK_EG_MATCH,
//! PREP_RERAISE_STAR).

use crate::builtins::{add_method, new_list, new_str, new_tuple};
use crate::exceptions::{PyErr, exception_data, exception_types, new_exception};
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

fn is_group(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if types::is_subtype(&o.class(), exception_types().get("BaseExceptionGroup")))
}

fn members(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => exception_data(o)
            .and_then(|d| d.state.lock().group_members.as_ref().and_then(|e| e.as_tuple().map(|t| t.to_vec())))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn message(v: &Value) -> Value {
    match v {
        Value::Obj(o) => exception_data(o).and_then(|d| d.state.lock().args.first().cloned()).unwrap_or(Value::None),
        _ => Value::None,
    }
}

impl Vm {
    /// `BaseExceptionGroup(message, exceptions)` with CPython's checks and class choice.
    pub(crate) fn new_exception_group(&mut self, cls: &ObjRef, args: &[Value]) -> PyResult<Value> {
        let name = cls.as_type().map(|t| t.name.to_string()).unwrap_or_default();
        if args.len() != 2 {
            return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
        }
        if args[0].as_str().is_none() {
            return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", self.type_name(&args[0]))));
        }
        let seq_ok = matches!(args[1].kind(), Some(Kind::List(_) | Kind::Tuple(_))) || types::lookup(&self.class_of(&args[1]), "__getitem__").is_some() && args[1].as_str().is_none();
        if !seq_ok {
            return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
        }
        let excs = self.collect_iterable(&args[1])?;
        if excs.is_empty() {
            return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let base = exception_types().get("BaseException");
        let exception = exception_types().get("Exception");
        let mut all_exceptions = true;
        for (i, e) in excs.iter().enumerate() {
            match e {
                Value::Obj(o) if exception_data(o).is_some() && types::is_subtype(&o.class(), base) => {
                    if !types::is_subtype(&o.class(), exception) {
                        all_exceptions = false;
                    }
                }
                _ => return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception"))),
            }
        }
        let base_group = exception_types().get("BaseExceptionGroup");
        let group = exception_types().get("ExceptionGroup");
        let class = if ObjRef::ptr_eq(cls, base_group) {
            if all_exceptions { group.clone() } else { base_group.clone() }
        } else {
            if !all_exceptions && types::is_subtype(cls, exception) {
                return Err(PyErr::type_error(if ObjRef::ptr_eq(cls, group) {
                    "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
                } else {
                    format!("Cannot nest BaseExceptions in '{name}'")
                }));
            }
            cls.clone()
        };
        let o = new_exception(&class, vec![args[0].clone(), args[1].clone()]);
        if let Some(d) = exception_data(&o) {
            d.state.lock().group_members = Some(new_tuple(excs));
        }
        Ok(Value::Obj(o))
    }

    /// `eg.derive(excs)` and the metadata copy `split` does.
    fn derive(&mut self, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
        let derived = match self.call_method(eg, "derive", &[new_list(excs.clone())])? {
            Some(d) => d,
            None => self.new_exception_group(exception_types().get("BaseExceptionGroup"), &[message(eg), new_list(excs)])?,
        };
        if let (Value::Obj(src), Value::Obj(dst)) = (eg, &derived) {
            // The part shares the original's traceback object itself.
            crate::traceback::traceback_object(src);
            if let (Some(s), Some(d)) = (exception_data(src), exception_data(dst)) {
                let st = s.state.lock();
                let (tb, tb_object, cause, context) = (st.traceback.clone(), st.traceback_object.clone(), st.cause.clone(), st.context.clone());
                drop(st);
                let mut dt = d.state.lock();
                dt.traceback = tb;
                dt.traceback_object = tb_object;
                dt.cause = cause;
                dt.context = context;
                // Setting the cause (even to None) suppresses the context, as PyException_SetCause does.
                dt.suppress_context = true;
            }
            if let Some(notes) = src.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str("__notes__"))) {
                let copy = new_list(self.collect_iterable(&notes)?);
                dst.dict_or_create().as_dict().expect("dict").set_str(crate::builtins::intern("__notes__"), copy);
            }
        }
        Ok(derived)
    }

    fn matches(&mut self, e: &Value, condition: &Condition) -> PyResult<bool> {
        match condition {
            Condition::Types(t) => crate::builtins::is_instance(self, e, t),
            Condition::Predicate(f) => {
                let r = self.call(f, std::slice::from_ref(e), &[])?;
                self.is_true(&r)
            }
            Condition::Leaves(ids) => Ok(e.as_obj().is_some_and(|o| ids.contains(&o.addr()))),
        }
    }

    /// `(match, rest)` of splitting `eg` by `condition` (None for an empty part).
    fn split_group(&mut self, eg: &Value, condition: &Condition) -> PyResult<(Value, Value)> {
        if self.matches(eg, condition)? {
            return Ok((eg.clone(), Value::None));
        }
        if !is_group(eg) {
            return Ok((Value::None, eg.clone()));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in members(eg) {
            if is_group(&e) {
                let (m, r) = self.split_group(&e, condition)?;
                if !m.is_none() {
                    matched.push(m);
                }
                if !r.is_none() {
                    rest.push(r);
                }
            } else if self.matches(&e, condition)? {
                matched.push(e);
            } else {
                rest.push(e);
            }
        }
        let m = if matched.is_empty() { Value::None } else { self.derive(eg, matched)? };
        let r = if rest.is_empty() { Value::None } else { self.derive(eg, rest)? };
        Ok((m, r))
    }

    fn condition(&mut self, c: &Value) -> PyResult<Condition> {
        let is_exc_type = |v: &Value| matches!(v, Value::Obj(o) if o.as_type().is_some() && types::is_subtype(o, exception_types().get("BaseException")));
        match c {
            v if is_exc_type(v) => Ok(Condition::Types(v.clone())),
            Value::Obj(o) if matches!(o.kind, Kind::Tuple(_)) && o.as_tuple().expect("tuple").iter().all(is_exc_type) => Ok(Condition::Types(c.clone())),
            v if crate::builtins::is_callable(v) && !matches!(v, Value::Obj(o) if o.as_type().is_some()) => Ok(Condition::Predicate(v.clone())),
            _ => Err(PyErr::type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)")),
        }
    }

    /// CHECK_EG_MATCH: `(rest, match)` of an `except* T` clause.
    pub(crate) fn check_eg_match(&mut self, exc: &Value, match_type: &Value) -> PyResult<(Value, Value)> {
        let base = exception_types().get("BaseException");
        let group = exception_types().get("BaseExceptionGroup");
        let types_of: Vec<Value> = match match_type {
            Value::Obj(o) if matches!(o.kind, Kind::Tuple(_)) => o.as_tuple().expect("tuple").to_vec(),
            v => vec![v.clone()],
        };
        for t in &types_of {
            match t {
                Value::Obj(o) if o.as_type().is_some() && types::is_subtype(o, base) => {
                    if types::is_subtype(o, group) {
                        return Err(PyErr::type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
                    }
                }
                _ => return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
            }
        }
        if !is_group(exc) {
            if crate::builtins::is_instance(self, exc, match_type)? {
                let wrapped = self.new_exception_group(exception_types().get("BaseExceptionGroup"), &[new_str(""), new_tuple(vec![exc.clone()])])?;
                // CPython keeps the naked exception's traceback on the wrapper.
                if let (Value::Obj(src), Value::Obj(dst)) = (exc, &wrapped) {
                    if let (Some(s), Some(d)) = (exception_data(src), exception_data(dst)) {
                        let tb = s.state.lock().traceback.clone();
                        d.state.lock().traceback = tb;
                    }
                }
                return Ok((Value::None, wrapped));
            }
            return Ok((exc.clone(), Value::None));
        }
        let (m, r) = self.split_group(exc, &Condition::Types(match_type.clone()))?;
        Ok((r, m))
    }

    /// PREP_RERAISE_STAR: what an `except*` statement re-raises, given the original exception and
    /// the list of exceptions raised or re-raised by its clauses plus the unhandled rest.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let excs = self.collect_iterable(excs)?;
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !is_group(orig) {
            return Ok(excs.into_iter().find(|e| !e.is_none()).unwrap_or(Value::None));
        }
        let mut orig_leaves = Vec::new();
        leaves(orig, &mut orig_leaves);
        let mut raised = Vec::new();
        let mut reraised_leaves = Vec::new();
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            let mut l = Vec::new();
            leaves(&e, &mut l);
            if !l.is_empty() && l.iter().all(|x| orig_leaves.contains(x)) {
                reraised_leaves.extend(l);
            } else {
                raised.push(e);
            }
        }
        let reraised = if reraised_leaves.is_empty() {
            Value::None
        } else {
            self.split_group(orig, &Condition::Leaves(reraised_leaves))?.0
        };
        if raised.is_empty() {
            return Ok(reraised);
        }
        if !reraised.is_none() {
            raised.push(reraised);
        }
        self.new_exception_group(exception_types().get("BaseExceptionGroup"), &[new_str(""), new_list(raised)])
    }
}

fn leaves(v: &Value, out: &mut Vec<usize>) {
    if is_group(v) {
        for e in members(v) {
            leaves(&e, out);
        }
    } else if let Value::Obj(o) = v {
        out.push(o.addr());
    }
}

enum Condition {
    Types(Value),
    Predicate(Value),
    Leaves(Vec<usize>),
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("split", &args, 2, 2)?;
    let c = vm.condition(&args.values[1])?;
    let (m, r) = vm.split_group(&args.values[0], &c)?;
    Ok(new_tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("subgroup", &args, 2, 2)?;
    let c = vm.condition(&args.values[1])?;
    Ok(vm.split_group(&args.values[0], &c)?.0)
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("derive", &args, 2, 2)?;
    let msg = message(&args.values[0]);
    vm.new_exception_group(exception_types().get("BaseExceptionGroup"), &[msg, args.values[1].clone()])
}

pub fn install() {
    let t = exception_types().get("BaseExceptionGroup");
    add_method(t, "split", eg_split);
    add_method(t, "subgroup", eg_subgroup);
    add_method(t, "derive", eg_derive);
}

/// `str()` of a group: "message (N sub-exceptions)".
pub fn group_str(vm: &mut Vm, o: &ObjRef) -> Option<PyResult<String>> {
    let v = Value::Obj(o.clone());
    if !is_group(&v) {
        return None;
    }
    let n = members(&v).len();
    let msg = message(&v);
    Some(vm.str_string(&msg).map(|m| format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}
