//! `re.Pattern`: a compiled pattern and its methods (match, search, fullmatch, findall,
//! finditer, scanner, split, sub, subn), attributes and repr.

use std::sync::OnceLock;

use ophis_vm::builtins::{new_list, new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, add_getter, add_methods, native_of};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use super::ast::flags;
use super::compile::Program;
use super::match_obj::new_match;
use super::matcher::{Anchor, Captures, UNSET};
use super::scanner;
use super::subject::{clamp, Built, Subject};
use super::template::{self, Piece, TemplateError};
use super::{bind, raise_parse_error};

pub struct PatternObj {
    pub prog: Program,
    /// The pattern as given (str or bytes).
    pub pattern: Value,
    pub flags: u32,
    /// Capturing groups (not counting group 0).
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub is_text: bool,
    /// `groupindex`: a read-only mapping proxy of a dict.
    pub groupindex: Value,
    /// The pattern's code points, for equality.
    pub code: Vec<u32>,
}

pub fn pattern_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("Pattern", "re", None, false, Some(|_vm, _cls, _a| Err(PyErr::type_error("cannot create 're.Pattern' instances"))));
        add_methods(
            &t,
            &[
                ("match", pattern_match),
                ("fullmatch", pattern_fullmatch),
                ("search", pattern_search),
                ("findall", pattern_findall),
                ("finditer", pattern_finditer),
                ("scanner", pattern_scanner),
                ("split", pattern_split),
                ("sub", pattern_sub),
                ("subn", pattern_subn),
                ("__repr__", pattern_repr),
                ("__eq__", pattern_eq),
                ("__ne__", pattern_ne),
                ("__hash__", pattern_hash),
                ("__copy__", return_self),
                ("__deepcopy__", return_self_memo),
            ],
        );
        native_type::add_classmethod(&t, "__class_getitem__", class_getitem);
        add_getter(&t, "pattern", |_vm, a| Ok(this(&a)?.pattern.clone()));
        add_getter(&t, "flags", |_vm, a| Ok(Value::Int(this(&a)?.flags as i64)));
        add_getter(&t, "groups", |_vm, a| Ok(Value::Int(this(&a)?.groups as i64)));
        add_getter(&t, "groupindex", |_vm, a| Ok(this(&a)?.groupindex.clone()));
        t
    })
}

pub fn this<'a>(a: &Args<'a>) -> PyResult<&'a PatternObj> {
    native_type::this::<PatternObj>(a, "re.Pattern")
}

pub fn pattern_of(v: &Value) -> Option<&PatternObj> {
    v.as_obj().and_then(|o| native_of::<PatternObj>(o))
}

pub(super) fn class_getitem(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.values.first().cloned().unwrap_or(Value::None);
    let item = a.values.get(1).cloned().unwrap_or(Value::None);
    Ok(ophis_vm::builtins::new_generic_alias(cls, &item))
}

pub(super) fn return_self(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.values[0].clone())
}

pub(super) fn return_self_memo(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos().len() != 2 {
        return Err(PyErr::type_error(format!("__deepcopy__() takes exactly one argument ({} given)", a.pos().len() - 1)));
    }
    Ok(a.values[0].clone())
}

/// `(self, rest)` with `rest` the arguments after self.
fn split_self<'a>(a: &Args<'a>) -> PyResult<(&'a PatternObj, Args<'a>)> {
    let p = this(a)?;
    Ok((p, Args { values: &a.values[1..], kwnames: a.kwnames }))
}

/// `string, pos=0, endpos=sys.maxsize` of match/search/fullmatch/findall/finditer/scanner.
fn string_pos_endpos<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, i64, i64)> {
    let [string, pos, endpos] = bind::<3>(a, name, &["string", "pos", "endpos"], 1)?;
    let string = string.expect("required");
    let pos = match pos {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => vm.index_value(v)?,
        None => i64::MAX,
    };
    Ok((string, pos, endpos))
}

fn do_match(vm: &mut Vm, a: Args, name: &str, anchor: Anchor) -> PyResult<Value> {
    let (p, rest) = split_self(&a)?;
    let (string, pos, endpos) = string_pos_endpos(vm, &rest, name)?;
    let subject = Subject::of(vm, string, p.is_text)?;
    let (start, end) = clamp(pos, endpos, subject.len());
    match subject.run(&p.prog, start, end, anchor, false)? {
        Some(caps) => Ok(new_match(a.values[0].clone(), string.clone(), start, end, caps, subject.wide())),
        None => Ok(Value::None),
    }
}

fn pattern_match(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_match(vm, a, "match", Anchor::Start)
}

fn pattern_fullmatch(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_match(vm, a, "fullmatch", Anchor::Full)
}

fn pattern_search(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_match(vm, a, "search", Anchor::Search)
}

/// The value of group `g` (None when it did not match, or `default`).
fn group_value(subject: &Subject, caps: &Captures, g: usize, is_text: bool, default: &Value) -> Value {
    let (s, e) = (caps.slots[2 * g], caps.slots[2 * g + 1]);
    if s == UNSET || e == UNSET || e < s {
        return default.clone();
    }
    subject.slice(s, e, is_text)
}

fn empty(is_text: bool) -> Value {
    if is_text { new_str("") } else { ophis_vm::builtins::new_bytes(Vec::new()) }
}

fn pattern_findall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (p, rest) = split_self(&a)?;
    let (string, pos, endpos) = string_pos_endpos(vm, &rest, "findall")?;
    let subject = Subject::of(vm, string, p.is_text)?;
    let (mut start, end) = clamp(pos, endpos, subject.len());
    let mut out = Vec::new();
    let mut must_advance = false;
    let blank = empty(p.is_text);
    while start <= end {
        let Some(caps) = subject.run(&p.prog, start, end, Anchor::Search, must_advance)? else { break };
        let item = match p.groups {
            0 => group_value(&subject, &caps, 0, p.is_text, &blank),
            1 => group_value(&subject, &caps, 1, p.is_text, &blank),
            n => new_tuple((1..=n).map(|g| group_value(&subject, &caps, g, p.is_text, &blank)).collect()),
        };
        out.push(item);
        let (b, e) = (caps.slots[0], caps.slots[1]);
        must_advance = b == e;
        start = e;
    }
    Ok(new_list(out))
}

fn pattern_finditer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (p, rest) = split_self(&a)?;
    let (string, pos, endpos) = string_pos_endpos(vm, &rest, "finditer")?;
    scanner::new_finditer(vm, a.values[0].clone(), p, string, pos, endpos)
}

fn pattern_scanner(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (p, rest) = split_self(&a)?;
    let (string, pos, endpos) = string_pos_endpos(vm, &rest, "scanner")?;
    scanner::new_scanner(vm, a.values[0].clone(), p, string, pos, endpos)
}

fn pattern_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (p, rest) = split_self(&a)?;
    let [string, maxsplit] = bind::<2>(&rest, "split", &["string", "maxsplit"], 1)?;
    let string = string.expect("required");
    let maxsplit = match maxsplit {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let subject = Subject::of(vm, string, p.is_text)?;
    let end = subject.len();
    let mut out = Vec::new();
    if maxsplit < 0 {
        return Ok(new_list(vec![subject.slice(0, end, p.is_text)]));
    }
    let mut last = 0;
    let mut pos = 0;
    let mut n = 0i64;
    let mut must_advance = false;
    while (maxsplit == 0 || n < maxsplit) && pos <= end {
        let Some(caps) = subject.run(&p.prog, pos, end, Anchor::Search, must_advance)? else { break };
        let (b, e) = (caps.slots[0], caps.slots[1]);
        out.push(subject.slice(last, b, p.is_text));
        for g in 1..=p.groups {
            out.push(group_value(&subject, &caps, g, p.is_text, &Value::None));
        }
        n += 1;
        last = e;
        must_advance = b == e;
        pos = e;
    }
    out.push(subject.slice(last, end, p.is_text));
    Ok(new_list(out))
}

/// What replaces each match in `sub()`.
enum Replacement {
    /// A template without group references (or a bytes-like value): the same every time.
    Literal(Value),
    Template(Vec<Piece>),
    Callable(Value),
}

fn pieces_literal(pieces: &[Piece], is_text: bool) -> Option<Value> {
    match pieces {
        [] => Some(empty(is_text)),
        [Piece::Literal(cs)] => Some(literal_value(cs, is_text)),
        _ => None,
    }
}

fn literal_value(cs: &[u32], is_text: bool) -> Value {
    if is_text {
        new_str(cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>())
    } else {
        ophis_vm::builtins::new_bytes(cs.iter().map(|&c| c as u8).collect())
    }
}

/// Parses a replacement template (str or bytes-like) for pattern `p`.
pub fn parse_template(vm: &mut Vm, p: &PatternObj, repl: &Value) -> PyResult<Vec<Piece>> {
    let (code, is_text): (Vec<u32>, bool) = if let Some(s) = repl.as_str() {
        (s.chars().map(|c| c as u32).collect(), true)
    } else if let Some(b) = ophis_vm::buffer::bytes_of_checked(repl)? {
        (b.iter().map(|&c| c as u32).collect(), false)
    } else {
        return Err(PyErr::type_error(format!("expected str or bytes-like object, got '{}'", vm.type_name(repl))));
    };
    match template::parse(&code, is_text, p.groups, &p.names) {
        Ok(pieces) => Ok(pieces),
        Err(TemplateError::Index(msg)) => Err(PyErr::new("IndexError", msg)),
        Err(TemplateError::Syntax(e)) => Err(raise_parse_error(vm, e, repl)),
    }
}

fn push_literal(out: &mut Built, cs: &[u32]) {
    match out {
        Built::Text(s) => s.extend(cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
        Built::Bytes(b) => b.extend(cs.iter().map(|&c| c as u8)),
    }
}

/// Expands a template of type `template_is_text` with group values from `group` (None for
/// groups that did not match), failing as CPython's join does when a value has the other type:
/// the join list holds the first literal (even empty), then each matched group and each
/// non-empty literal after a group.
pub fn expand_checked(vm: &Vm, pieces: &[Piece], template_is_text: bool, group: impl Fn(usize) -> Value) -> PyResult<Value> {
    let mut out = Built::new(template_is_text);
    let mut index = 1;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Literal(cs) => {
                push_literal(&mut out, cs);
                if i > 0 {
                    index += 1;
                }
            }
            Piece::Group(g) => {
                let v = group(*g);
                if v.is_none() {
                    continue;
                }
                push_checked(vm, &mut out, &v, index)?;
                index += 1;
            }
        }
    }
    Ok(out.into_value())
}

/// Appends one piece of a sub() result, checking its type as `str.join`/`bytes.join` would.
fn push_checked(vm: &Vm, out: &mut Built, v: &Value, index: usize) -> PyResult<()> {
    match out {
        Built::Text(_) => {
            if v.as_pystr().is_none() {
                return Err(PyErr::type_error(format!("sequence item {index}: expected str instance, {} found", vm.type_name(v))));
            }
        }
        Built::Bytes(_) => {
            if ophis_vm::buffer::bytes_of(v).is_none() {
                return Err(PyErr::type_error(format!("sequence item {index}: expected a bytes-like object, {} found", vm.type_name(v))));
            }
        }
    }
    out.push_value(v);
    Ok(())
}

fn do_sub(vm: &mut Vm, a: Args, name: &str, with_count: bool) -> PyResult<Value> {
    let (p, rest) = split_self(&a)?;
    let [repl, string, count] = bind::<3>(&rest, name, &["repl", "string", "count"], 2)?;
    let repl = repl.expect("required");
    let string = string.expect("required");
    let count = match count {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let is_callable = crate::util::call_builtin(vm, "callable", std::slice::from_ref(repl))?;
    let replacement = if matches!(is_callable, Value::Bool(true)) {
        Replacement::Callable(repl.clone())
    } else {
        let is_plain = match repl.as_str() {
            Some(s) => !s.contains('\\'),
            None => ophis_vm::buffer::bytes_of(repl).is_some_and(|b| !b.contains(&b'\\')),
        };
        if is_plain {
            Replacement::Literal(repl.clone())
        } else {
            let pieces = parse_template(vm, p, repl)?;
            match pieces_literal(&pieces, repl.as_str().is_some()) {
                Some(v) => Replacement::Literal(v),
                None => Replacement::Template(pieces),
            }
        }
    };
    let repl_is_text = repl.as_str().is_some();
    let subject = Subject::of(vm, string, p.is_text)?;
    let end = subject.len();
    let mut out = Built::new(p.is_text);
    let mut items = 0usize;
    let mut last = 0;
    let mut pos = 0;
    let mut n = 0i64;
    let mut must_advance = false;
    // A negative count replaces nothing.
    while (count == 0 || n < count) && pos <= end {
        let Some(caps) = subject.run(&p.prog, pos, end, Anchor::Search, must_advance)? else { break };
        let (b, e) = (caps.slots[0], caps.slots[1]);
        if last < b {
            subject.push_slice(&mut out, last, b);
            items += 1;
        }
        match &replacement {
            Replacement::Literal(v) => {
                push_checked(vm, &mut out, v, items)?;
                items += 1;
            }
            Replacement::Template(pieces) => {
                if repl_is_text == p.is_text {
                    for piece in pieces {
                        match piece {
                            Piece::Literal(cs) => push_literal(&mut out, cs),
                            Piece::Group(g) => {
                                let (s, e) = (caps.slots[2 * g], caps.slots[2 * g + 1]);
                                if s != UNSET && e != UNSET && s <= e {
                                    subject.push_slice(&mut out, s, e);
                                }
                            }
                        }
                    }
                } else {
                    // A template of the other type: expanding it fails at the first group
                    // that matched, else its text fails to join the result.
                    let v = expand_checked(vm, pieces, repl_is_text, |g| group_value(&subject, &caps, g, p.is_text, &Value::None))?;
                    push_checked(vm, &mut out, &v, items)?;
                }
                items += 1;
            }
            Replacement::Callable(f) => {
                let m = new_match(a.values[0].clone(), string.clone(), 0, end, caps.clone(), subject.wide());
                let r = vm.call(f, &[m], &[])?;
                if !r.is_none() {
                    push_checked(vm, &mut out, &r, items)?;
                    items += 1;
                }
            }
        }
        n += 1;
        last = e;
        must_advance = b == e;
        pos = e;
    }
    if n == 0 {
        // Nothing replaced: CPython returns the string itself when it is an exact str/bytes.
        let same = if p.is_text { string.as_pystr().is_some() && ObjRef::ptr_eq(&vm.class_of(string), &ophis_vm::types::builtin().str) } else { false };
        let result = if same { string.clone() } else { subject.slice(0, end, p.is_text) };
        return Ok(if with_count { new_tuple(vec![result, Value::Int(0)]) } else { result });
    }
    if last < end {
        subject.push_slice(&mut out, last, end);
    }
    let result = out.into_value();
    Ok(if with_count { new_tuple(vec![result, Value::Int(n)]) } else { result })
}

fn pattern_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_sub(vm, a, "sub", false)
}

fn pattern_subn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_sub(vm, a, "subn", true)
}

/// CPython's flag names, in the order `repr()` lists them.
const FLAG_NAMES: &[(&str, u32)] = &[
    ("re.IGNORECASE", flags::IGNORECASE),
    ("re.LOCALE", flags::LOCALE),
    ("re.MULTILINE", flags::MULTILINE),
    ("re.DOTALL", flags::DOTALL),
    ("re.UNICODE", flags::UNICODE),
    ("re.VERBOSE", flags::VERBOSE),
    ("re.DEBUG", flags::DEBUG),
    ("re.ASCII", flags::ASCII),
];

fn pattern_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = this(&a)?;
    let r = vm.repr_string(&p.pattern)?;
    let r: String = r.chars().take(200).collect();
    let mut f = p.flags;
    if p.is_text && f & (flags::LOCALE | flags::UNICODE | flags::ASCII) == flags::UNICODE {
        f &= !flags::UNICODE;
    }
    if f == 0 {
        return Ok(new_str(format!("re.compile({r})")));
    }
    let mut parts = Vec::new();
    for &(name, bit) in FLAG_NAMES {
        if f & bit != 0 {
            parts.push(name.to_string());
            f &= !bit;
        }
    }
    if f != 0 {
        parts.push(format!("0x{f:x}"));
    }
    Ok(new_str(format!("re.compile({r}, {})", parts.join("|"))))
}

fn same_pattern(a: &PatternObj, b: &PatternObj) -> bool {
    a.flags == b.flags && a.is_text == b.is_text && a.code == b.code
}

fn pattern_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = this(&a)?;
    match a.values.get(1).and_then(pattern_of) {
        Some(q) => Ok(Value::Bool(std::ptr::eq(p, q) || same_pattern(p, q))),
        None => Ok(Value::Obj(ophis_vm::builtins::not_implemented().clone())),
    }
}

fn pattern_ne(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = this(&a)?;
    match a.values.get(1).and_then(pattern_of) {
        Some(q) => Ok(Value::Bool(!(std::ptr::eq(p, q) || same_pattern(p, q)))),
        None => Ok(Value::Obj(ophis_vm::builtins::not_implemented().clone())),
    }
}

fn pattern_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = this(&a)?;
    let h = vm.hash(&p.pattern)?;
    let mut x = h ^ (p.flags as i64) ^ (p.is_text as i64);
    if x == -1 {
        x = -2;
    }
    Ok(Value::Int(x))
}
