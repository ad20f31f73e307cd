//! `Pattern.scanner()` objects (`_sre.SRE_Scanner`: successive `match()`/`search()` calls that
//! continue where the previous match ended) and the `finditer()` iterator built on them. After
//! an empty match the next one must advance, as CPython 3.7+ requires.

use std::sync::OnceLock;

use parking_lot::Mutex;
use ophis_vm::function::Args;
use ophis_vm::interp::Vm;
use ophis_vm::native_type::{self, add_getter, add_methods, IterNext};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyResult, Value};

use super::match_obj::new_match;
use super::matcher::Anchor;
use super::pattern::{pattern_of, PatternObj};
use super::subject::{clamp, Subject};

struct ScanState {
    /// Where the next attempt starts; None once exhausted.
    next: Option<usize>,
    must_advance: bool,
}

pub struct Scanner {
    pattern: Value,
    string: Value,
    subject: Subject<'static>,
    pos: usize,
    end: usize,
    state: Mutex<ScanState>,
}

impl Scanner {
    fn step(&self, anchor: Anchor) -> PyResult<Value> {
        let p = pattern_of(&self.pattern).expect("a scanner keeps its pattern");
        let mut state = self.state.lock();
        let Some(start) = state.next else { return Ok(Value::None) };
        match self.subject.run(&p.prog, start, self.end, anchor, state.must_advance)? {
            Some(caps) => {
                let (b, e) = (caps.slots[0], caps.slots[1]);
                state.must_advance = b == e;
                state.next = Some(e);
                drop(state);
                Ok(new_match(self.pattern.clone(), self.string.clone(), self.pos, self.end, caps, self.subject.wide()))
            }
            None => {
                state.next = None;
                Ok(Value::None)
            }
        }
    }
}

fn scanner_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("SRE_Scanner", "_sre", None, false, None);
        add_methods(&t, &[("match", scanner_match), ("search", scanner_search)]);
        add_getter(&t, "pattern", |_vm, a| Ok(this(&a)?.pattern.clone()));
        t
    })
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a Scanner> {
    native_type::this::<Scanner>(a, "_sre.SRE_Scanner")
}

fn scanner_match(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::util::positional("match", "match", &a, 1, 1)?;
    this(&a)?.step(Anchor::Start)
}

fn scanner_search(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::util::positional("search", "search", &a, 1, 1)?;
    this(&a)?.step(Anchor::Search)
}

fn make(vm: &mut Vm, pattern: Value, p: &PatternObj, string: &Value, pos: i64, endpos: i64) -> PyResult<Scanner> {
    let subject = Subject::of(vm, string, p.is_text)?.into_owned();
    let (start, end) = clamp(pos, endpos, subject.len());
    Ok(Scanner {
        pattern,
        string: string.clone(),
        subject,
        pos: start,
        end,
        state: Mutex::new(ScanState { next: Some(start), must_advance: false }),
    })
}

pub fn new_scanner(vm: &mut Vm, pattern: Value, p: &PatternObj, string: &Value, pos: i64, endpos: i64) -> PyResult<Value> {
    let s = make(vm, pattern, p, string, pos, endpos)?;
    Ok(native_type::new_instance(scanner_type(), s))
}

/// The `finditer()` iterator: `search()` on a scanner until it returns None.
struct FindIter(Scanner);

impl IterNext for FindIter {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let m = self.0.step(Anchor::Search)?;
        Ok(if m.is_none() { None } else { Some(m) })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn finditer_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("callable_iterator", "builtins", None, false, None);
        native_type::add_iterator_methods(&t);
        t
    })
}

pub fn new_finditer(vm: &mut Vm, pattern: Value, p: &PatternObj, string: &Value, pos: i64, endpos: i64) -> PyResult<Value> {
    let s = make(vm, pattern, p, string, pos, endpos)?;
    Ok(native_type::new_iterator(finditer_type(), FindIter(s)))
}
