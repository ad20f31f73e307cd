//! `re.Match`: the result of a successful match: groups by number or name, spans, `expand()`,
//! attributes and repr.

use std::sync::{Arc, OnceLock};

use ophis_vm::builtins::{new_bytes, new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::native_type::{self, add_getter, add_methods};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use super::bind;
use super::matcher::{Captures, UNSET};
use super::pattern::{class_getitem, expand_checked, parse_template, pattern_of, return_self, return_self_memo, PatternObj};

pub struct MatchObj {
    /// The Pattern object.
    pub re: Value,
    pub string: Value,
    pub pos: usize,
    pub endpos: usize,
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
    /// The subject's code points when it is a non-ASCII str (slicing by index without walking
    /// the UTF-8 text).
    pub wide: Option<Arc<Vec<u32>>>,
}

pub fn match_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("Match", "re", None, false, Some(|_vm, _cls, _a| Err(PyErr::type_error("cannot create 're.Match' instances"))));
        add_methods(
            &t,
            &[
                ("group", match_group),
                ("__getitem__", match_getitem),
                ("groups", match_groups),
                ("groupdict", match_groupdict),
                ("start", match_start),
                ("end", match_end),
                ("span", match_span),
                ("expand", match_expand),
                ("__repr__", match_repr),
                ("__copy__", return_self),
                ("__deepcopy__", return_self_memo),
            ],
        );
        native_type::add_classmethod(&t, "__class_getitem__", class_getitem);
        add_getter(&t, "pos", |_vm, a| Ok(Value::Int(this(&a)?.pos as i64)));
        add_getter(&t, "endpos", |_vm, a| Ok(Value::Int(this(&a)?.endpos as i64)));
        add_getter(&t, "lastindex", |_vm, a| Ok(this(&a)?.lastindex.map_or(Value::None, |i| Value::Int(i as i64))));
        add_getter(&t, "lastgroup", match_lastgroup);
        add_getter(&t, "re", |_vm, a| Ok(this(&a)?.re.clone()));
        add_getter(&t, "string", |_vm, a| Ok(this(&a)?.string.clone()));
        add_getter(&t, "regs", match_regs);
        t
    })
}

pub fn new_match(re: Value, string: Value, pos: usize, endpos: usize, caps: Captures, wide: Option<Arc<Vec<u32>>>) -> Value {
    native_type::new_instance(match_type(), MatchObj { re, string, pos, endpos, slots: caps.slots, lastindex: caps.lastindex, wide })
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a MatchObj> {
    native_type::this::<MatchObj>(a, "re.Match")
}

fn pattern(m: &MatchObj) -> &PatternObj {
    pattern_of(&m.re).expect("a match keeps its pattern")
}

impl MatchObj {
    fn span_of(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == UNSET || e == UNSET || e < s { None } else { Some((s, e)) }
    }

    fn groups_count(&self) -> usize {
        self.slots.len() / 2 - 1
    }

    /// `string[s:e]` of the subject as str or bytes.
    fn slice(&self, s: usize, e: usize) -> Value {
        if let Some(w) = &self.wide {
            return new_str(w[s..e].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>());
        }
        if let Some(ps) = self.string.as_pystr() {
            if ps.is_ascii() {
                return new_str(&ps.as_str()[s..e]);
            }
            return new_str(ps.slice_chars(s, e));
        }
        match ophis_vm::buffer::bytes_of(&self.string) {
            Some(b) => new_bytes(b[s.min(b.len())..e.min(b.len())].to_vec()),
            None => Value::None,
        }
    }

    fn group_value(&self, g: usize, default: &Value) -> Value {
        match self.span_of(g) {
            Some((s, e)) => self.slice(s, e),
            None => default.clone(),
        }
    }
}

/// The group number named by `v` (an int or a group name): IndexError "no such group".
fn group_index(vm: &mut Vm, m: &MatchObj, v: &Value) -> PyResult<usize> {
    let no_such = || PyErr::new("IndexError", "no such group");
    if let Some(name) = v.as_str() {
        return pattern(m).names.iter().find(|(n, _)| n == name).map(|&(_, g)| g).ok_or_else(no_such);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) || ophis_vm::numbers::as_int(v).is_some() || crate::args::has_method(vm, v, "__index__") {
        let i = vm.index_value(v).map_err(|_| no_such())?;
        if i < 0 || i as usize > m.groups_count() {
            return Err(no_such());
        }
        return Ok(i as usize);
    }
    Err(no_such())
}

fn match_group(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    crate::util::no_kwargs("group", &a)?;
    let args = &a.values[1..];
    match args {
        [] => Ok(m.group_value(0, &Value::None)),
        [g] => {
            let g = group_index(vm, m, g)?;
            Ok(m.group_value(g, &Value::None))
        }
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let g = group_index(vm, m, g)?;
                out.push(m.group_value(g, &Value::None));
            }
            Ok(new_tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    let Some(key) = a.values.get(1) else {
        return Err(PyErr::type_error("__getitem__ expected 1 argument"));
    };
    let g = group_index(vm, m, key)?;
    Ok(m.group_value(g, &Value::None))
}

fn default_arg(a: &Args, name: &str) -> PyResult<Value> {
    let rest = Args { values: &a.values[1..], kwnames: a.kwnames };
    let [d] = bind::<1>(&rest, name, &["default"], 0)?;
    Ok(d.cloned().unwrap_or(Value::None))
}

fn match_groups(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    let default = default_arg(&a, "groups")?;
    Ok(new_tuple((1..=m.groups_count()).map(|g| m.group_value(g, &default)).collect()))
}

fn match_groupdict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    let default = default_arg(&a, "groupdict")?;
    let d = Value::Obj(ophis_vm::dict::new_dict_object());
    let dict = d.as_obj().and_then(|o| o.as_dict()).expect("a dict");
    for (name, g) in &pattern(m).names {
        dict.set(vm, new_str(name.as_str()), m.group_value(*g, &default))?;
    }
    Ok(d)
}

fn group_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<usize> {
    let m = this(a)?;
    crate::util::no_kwargs(name, a)?;
    match &a.values[1..] {
        [] => Ok(0),
        [g] => group_index(vm, m, g),
        more => Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", more.len()))),
    }
}

fn match_start(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = group_arg(vm, &a, "start")?;
    Ok(Value::Int(this(&a)?.span_of(g).map_or(-1, |(s, _)| s as i64)))
}

fn match_end(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = group_arg(vm, &a, "end")?;
    Ok(Value::Int(this(&a)?.span_of(g).map_or(-1, |(_, e)| e as i64)))
}

fn span_value(span: Option<(usize, usize)>) -> Value {
    let (s, e) = span.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
    new_tuple(vec![Value::Int(s), Value::Int(e)])
}

fn match_span(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = group_arg(vm, &a, "span")?;
    Ok(span_value(this(&a)?.span_of(g)))
}

fn match_regs(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    Ok(new_tuple((0..=m.groups_count()).map(|g| span_value(m.span_of(g))).collect()))
}

fn match_lastgroup(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    let Some(i) = m.lastindex else { return Ok(Value::None) };
    Ok(pattern(m).names.iter().find(|&&(_, g)| g == i).map_or(Value::None, |(n, _)| new_str(n.as_str())))
}

fn match_expand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    let rest = Args { values: &a.values[1..], kwnames: a.kwnames };
    let [template] = bind::<1>(&rest, "expand", &["template"], 1)?;
    let template = template.expect("required");
    let pieces = parse_template(vm, pattern(m), template)?;
    expand_checked(vm, &pieces, template.as_str().is_some(), |g| m.group_value(g, &Value::None))
}

fn match_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this(&a)?;
    let (s, e) = m.span_of(0).unwrap_or((0, 0));
    let r = vm.repr_string(&m.group_value(0, &Value::None))?;
    let r: String = r.chars().take(50).collect();
    Ok(new_str(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}
