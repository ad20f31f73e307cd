//! "Did you mean" suggestions for NameError, AttributeError and ImportError tracebacks, as
//! CPython 3.14's `traceback.TracebackException` adds them at display time (with its
//! `_suggestions` C module: a weighted Levenshtein distance over UTF-8 bytes), and the "Did you
//! forget to import" hint for names of standard-library modules.
//!
//! A NameError's candidates are the names of the frame that raised it (locals, globals,
//! builtins), which CPython reads from the finished frame; ophis keeps what is needed in a
//! [`RaiseSite`] captured when the exception first leaves that frame.

use std::sync::Arc;

use crate::builtins::{intern, new_str};
use crate::exceptions::{exception_data, exception_types};
use crate::interp::Frame;
use crate::interp::Vm;
use crate::object::{Kind, ObjRef};
use crate::types;
use crate::value::Value;

use super::tables::{BUILTINS_ORDER, STDLIB_MODULE_NAMES};

/// `MAX_CANDIDATE_ITEMS` in `Python/suggestions.c`.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// `MAX_STRING_SIZE`: longer strings (in bytes, after trimming common affixes) never match.
const MAX_STRING_SIZE: usize = 40;
/// Cost of inserting, deleting or substituting one byte.
const MOVE_COST: usize = 2;
/// Cost of substituting a byte by the same ASCII letter in the other case.
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` of `Python/suggestions.c`: the weighted edit distance between two byte
/// strings, or any value above `max_cost` once it is certain to exceed it.
pub fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    // Trim away common affixes.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - suffix];
    b = &b[..b.len() - suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost.wrapping_add(1);
    }
    // Keep the shorter string in the row buffer.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    // A match is impossible when the length difference alone costs too much.
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost.wrapping_add(1);
    }
    // One row of the classic matrix, updated in place: row[i] = cost(b[..bi], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            // Everything in this row is already too expensive.
            return max_cost.wrapping_add(1);
        }
    }
    result
}

/// `_suggestions._generate_suggestions(candidates, name)`: the candidate closest to `name`, if
/// any is close enough (the first one wins ties).
pub fn generate_suggestion<'c>(candidates: &[&'c str], name: &str) -> Option<&'c str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let name_bytes = name.as_bytes();
    let mut best: Option<(&'c str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing.
        let mut max_distance = (name_bytes.len() + item.len() + 3) * MOVE_COST / 6;
        // Don't take matches we've already beaten.
        if let Some((_, best_distance)) = best {
            max_distance = max_distance.min(best_distance - 1);
        }
        let distance = levenshtein_distance(name_bytes, item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(item, _)| item)
}

/// What the suggestions need from the frame a NameError or AttributeError was raised in.
#[derive(Clone)]
pub struct RaiseSite {
    /// Names of the frame's bound fast locals, cells and free variables, in frame order.
    fast_names: Vec<Arc<str>>,
    /// The frame's locals mapping (module and class bodies, exec), read at display time.
    locals: Option<ObjRef>,
    globals: ObjRef,
    builtins: ObjRef,
    /// The value of the fast local `self`, when bound.
    fast_self: Option<Value>,
}

/// Captures `frame` for the suggestions of `exc`, when `exc` is a NameError or an
/// AttributeError (the only exceptions whose suggestions read the frame).
pub fn capture_raise_site(frame: &Frame, exc: &ObjRef) -> Option<Box<RaiseSite>> {
    let kinds = exception_types();
    let is_name_error = types::is_subtype(&exc.class(), kinds.get("NameError"));
    if !is_name_error && !types::is_subtype(&exc.class(), kinds.get("AttributeError")) {
        return None;
    }
    let code = frame.code.as_code()?;
    let c = &code.compiled;
    // An AttributeError only needs the frame's `self`: without one there is nothing to keep.
    let has_self = || c.varnames.iter().chain(&c.cellvars).chain(&c.freevars).any(|n| &**n == "self");
    if !is_name_error && frame.locals.is_none() && !has_self() {
        return None;
    }
    let mut fast_names = Vec::new();
    let mut fast_self = None;
    let names = c.varnames.iter().chain(&c.cellvars).chain(&c.freevars);
    for (i, (name, slot)) in names.zip(&frame.fast).enumerate() {
        // Cell and free variable slots hold cells; the name is bound when the cell is full.
        let value = if i < c.varnames.len() {
            slot.clone()
        } else {
            match slot.as_ref().and_then(|v| v.kind()) {
                Some(Kind::Cell(cell)) => cell.0.lock().clone(),
                _ => None,
            }
        };
        let Some(value) = value else { continue };
        if &**name == "self" && fast_self.is_none() {
            fast_self = Some(value);
        }
        // Only NameError suggestions list the names.
        if is_name_error && !fast_names.contains(name) {
            fast_names.push(name.clone());
        }
    }
    Some(Box::new(RaiseSite {
        fast_names,
        locals: frame.locals.clone(),
        globals: frame.globals.clone(),
        builtins: frame.builtins.clone(),
        fast_self,
    }))
}

impl RaiseSite {
    /// `frame.f_locals['self']`, when bound.
    fn self_value(&self, vm: &mut Vm) -> Option<Value> {
        match &self.locals {
            Some(mapping) => vm.mapping_get_str(&Value::Obj(mapping.clone()), "self").ok().flatten(),
            None => self.fast_self.clone(),
        }
    }

    /// `list(f_locals) + list(f_globals) + list(f_builtins)`, strings only.
    fn candidate_names(&self, vm: &mut Vm) -> Vec<String> {
        let mut names: Vec<String> = match &self.locals {
            Some(mapping) => mapping_keys(vm, mapping),
            None => self.fast_names.iter().map(|n| n.to_string()).collect(),
        };
        names.extend(mapping_keys(vm, &self.globals));
        names.extend(builtins_in_cpython_order(vm, &self.builtins));
        names
    }
}

fn mapping_keys(vm: &mut Vm, mapping: &ObjRef) -> Vec<String> {
    let keys = match mapping.as_dict() {
        Some(d) => d.keys(),
        None => vm.collect_iterable(&Value::Obj(mapping.clone())).unwrap_or_default(),
    };
    keys.iter().filter_map(|k| k.as_str().map(|s| s.to_string())).collect()
}

/// The builtins namespace's names in the order CPython's builtins dict has them (so that ties
/// resolve the same way), then any others in their own order.
fn builtins_in_cpython_order(vm: &mut Vm, builtins: &ObjRef) -> Vec<String> {
    let mut names = mapping_keys(vm, builtins);
    let rank = |n: &String| BUILTINS_ORDER.iter().position(|b| b == n).unwrap_or(BUILTINS_ORDER.len());
    names.sort_by_key(rank);
    names
}

/// `getattr(exc, name, None)`, with any error taken as None.
fn exception_attr(vm: &mut Vm, exc: &ObjRef, name: &str) -> Option<Value> {
    match vm.getattr(&Value::Obj(exc.clone()), &intern(name)) {
        Ok(Value::None) | Err(_) => None,
        Ok(v) => Some(v),
    }
}

/// The text CPython appends to the message of `exc`: ". Did you mean: 'x'?" and/or the
/// "forget to import" hint; empty when there is none.
pub fn suggestion_suffix(vm: &mut Vm, exc: &ObjRef) -> String {
    let kinds = exception_types();
    let is = |name: &str| types::is_subtype(&exc.class(), kinds.get(name));
    let site: Option<RaiseSite> = exception_data(exc).and_then(|d| d.state.lock().raise_site.as_deref().cloned());
    let site = site.as_ref();
    if is("ImportError") {
        let Some(wrong) = exception_attr(vm, exc, "name_from") else { return String::new() };
        return match compute_suggestion(vm, exc, Kind3::Import, &wrong, site) {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        };
    }
    let is_name_error = is("NameError");
    if !is_name_error && !is("AttributeError") {
        return String::new();
    }
    let Some(wrong) = exception_attr(vm, exc, "name") else { return String::new() };
    let kind = if is_name_error { Kind3::Name } else { Kind3::Attribute };
    let suggestion = compute_suggestion(vm, exc, kind, &wrong, site);
    let mut out = match &suggestion {
        Some(s) => format!(". Did you mean: '{s}'?"),
        None => String::new(),
    };
    if is_name_error {
        if let Some(name) = wrong.as_str().map(|n| n.to_string()) {
            if STDLIB_MODULE_NAMES.binary_search(&&*name).is_ok() {
                let lead = if suggestion.is_some() { " Or did" } else { ". Did" };
                out.push_str(&format!("{lead} you forget to import '{name}'?"));
            }
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind3 {
    Name,
    Attribute,
    Import,
}

/// `_get_safe___dir__(obj)`: `dir(obj)`'s strings, sorted.
fn safe_dir(vm: &mut Vm, obj: &Value) -> Option<Vec<String>> {
    let listed = crate::builtins::dir_of(vm, obj).ok()?;
    let mut names: Vec<String> = vm.collect_iterable(&listed).ok()?.iter().filter_map(|v| v.as_str().map(|s| s.to_string())).collect();
    names.sort();
    Some(names)
}

/// `traceback._compute_suggestion_error`.
fn compute_suggestion(vm: &mut Vm, exc: &ObjRef, kind: Kind3, wrong: &Value, site: Option<&RaiseSite>) -> Option<String> {
    let wrong = wrong.as_str()?.to_string();
    let hide_underscored = !wrong.starts_with('_');
    let candidates: Vec<String> = match kind {
        Kind3::Attribute => {
            let obj = exception_attr(vm, exc, "obj").unwrap_or(Value::None);
            let names = safe_dir(vm, &obj)?;
            let mut hide = hide_underscored;
            if hide && let Some(site) = site {
                if site.self_value(vm).is_some_and(|s| s.is(&obj)) {
                    hide = false;
                }
            }
            if hide { names.into_iter().filter(|n| !n.starts_with('_')).collect() } else { names }
        }
        Kind3::Import => {
            let module_name = exception_attr(vm, exc, "name")?;
            let module_name = module_name.as_str()?.to_string();
            let module = vm.import_absolute(&module_name).ok()?;
            let names = safe_dir(vm, &module)?;
            if hide_underscored { names.into_iter().filter(|n| !n.starts_with('_')).collect() } else { names }
        }
        Kind3::Name => {
            let site = site?;
            let names = site.candidate_names(vm);
            // In a method, the instance may have the name as an attribute.
            if let Some(this) = site.self_value(vm) {
                if vm.getattr(&this, &intern(&wrong)).is_ok() {
                    return Some(format!("self.{wrong}"));
                }
            }
            names
        }
    };
    let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    generate_suggestion(&refs, &wrong).map(str::to_string)
}

/// `NameError`'s `name` attribute, set where the interpreter raises it.
pub fn set_name_attribute(exc: &ObjRef, name: &str) {
    if let Some(d) = exc.dict_or_create().as_dict() {
        d.set_str(intern("name"), new_str(name));
    }
}
