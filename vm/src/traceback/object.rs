//! Traceback and frame objects as Python code sees them (`e.__traceback__`, `tb.tb_next`,
//! `tb.tb_lineno`, `tb.tb_frame.f_code`): views over an exception's recorded entries.

use std::sync::{Arc, OnceLock};

use crate::exceptions::{PyErr, TracebackEntry, exception_data};
use crate::object::{Kind, Object, ObjRef};
use crate::types;
use crate::value::Value;

/// A traceback object: entry `index` (0 = outermost) of a chain, `tb_next` being the next one
/// inwards.
pub struct Traceback {
    /// Outermost first, as `tb_next` walks them.
    entries: Arc<Vec<TracebackEntry>>,
    index: usize,
    /// `tb_next`, made once so that it is the same object each time.
    next: OnceLock<Value>,
}

/// A frame object as a traceback shows it: the code and the instruction it was at.
pub struct TracebackFrame {
    entry: TracebackEntry,
}

/// The traceback object of an exception (None when it has no entries).
pub fn traceback_object(exc: &ObjRef) -> Value {
    let Some(d) = exception_data(exc) else { return Value::None };
    let mut st = d.state.lock();
    if st.traceback.is_empty() {
        return Value::None;
    }
    if let Some((count, tb)) = &st.traceback_object {
        if *count == st.traceback.len() {
            return Value::Obj(tb.clone());
        }
    }
    // Exceptions record entries innermost first.
    let entries: Vec<TracebackEntry> = st.traceback.iter().rev().cloned().collect();
    let tb = new_traceback(Arc::new(entries), 0);
    st.traceback_object = Some((st.traceback.len(), tb.clone()));
    Value::Obj(tb)
}

fn new_traceback(entries: Arc<Vec<TracebackEntry>>, index: usize) -> ObjRef {
    Object::new(types::builtin().traceback.clone(), Kind::Native(Box::new(Traceback { entries, index, next: OnceLock::new() })))
}

/// Sets the traceback of exception state `st` from `tb` (a traceback object or None), keeping
/// `tb` itself as what `__traceback__` returns.
pub fn set_traceback(st: &mut crate::exceptions::ExcState, tb: &Value) -> Result<(), PyErr> {
    st.traceback = entries_from_value(tb)?;
    st.traceback_object = match tb {
        Value::Obj(o) => Some((st.traceback.len(), o.clone())),
        _ => None,
    };
    Ok(())
}

/// The entries (innermost first, as exceptions record them) of the chain starting at traceback
/// object `tb`; an error unless `tb` is a traceback or None.
pub fn entries_from_value(tb: &Value) -> Result<Vec<TracebackEntry>, PyErr> {
    if tb.is_none() {
        return Ok(Vec::new());
    }
    match tb.kind() {
        Some(Kind::Native(n)) => match (**n).as_any().downcast_ref::<Traceback>() {
            Some(t) => Ok(t.entries[t.index..].iter().rev().cloned().collect()),
            None => Err(PyErr::type_error("__traceback__ must be a traceback or None")),
        },
        _ => Err(PyErr::type_error("__traceback__ must be a traceback or None")),
    }
}

/// A frame object for `code` stopped at instruction `lasti` (a suspended generator's
/// `gi_frame`): a snapshot, as traceback frames are.
pub fn frame_object(code: ObjRef, lasti: u32) -> Value {
    Value::Obj(Object::new(types::builtin().frame.clone(), Kind::Native(Box::new(TracebackFrame { entry: TracebackEntry { code, lasti } }))))
}

fn line_of(entry: &TracebackEntry) -> Value {
    let line = entry.code.as_code().and_then(|c| c.compiled.locations.get(entry.lasti as usize).map(|l| l.line)).unwrap_or(0);
    if line == 0 { Value::None } else { Value::Int(line as i64) }
}

/// Attributes of traceback and frame objects; None for other native objects or names.
pub fn native_attribute(o: &ObjRef, name: &str) -> Option<Value> {
    let Kind::Native(n) = &o.kind else { return None };
    if let Some(tb) = (**n).as_any().downcast_ref::<Traceback>() {
        let entry = &tb.entries[tb.index];
        return match name {
            "tb_next" => Some(
                tb.next
                    .get_or_init(|| {
                        if tb.index + 1 < tb.entries.len() { Value::Obj(new_traceback(tb.entries.clone(), tb.index + 1)) } else { Value::None }
                    })
                    .clone(),
            ),
            "tb_lineno" => Some(line_of(entry)),
            // CPython counts code units of two bytes.
            "tb_lasti" => Some(Value::Int(entry.lasti as i64 * 2)),
            "tb_frame" => Some(Value::Obj(Object::new(
                types::builtin().frame.clone(),
                Kind::Native(Box::new(TracebackFrame { entry: entry.clone() })),
            ))),
            _ => None,
        };
    }
    if let Some(frame) = (**n).as_any().downcast_ref::<TracebackFrame>() {
        return match name {
            "f_code" => Some(Value::Obj(frame.entry.code.clone())),
            "f_lineno" => Some(line_of(&frame.entry)),
            "f_lasti" => Some(Value::Int(frame.entry.lasti as i64 * 2)),
            _ => None,
        };
    }
    None
}
