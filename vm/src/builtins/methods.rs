//! Methods of the built-in types, registered in their namespaces.

use super::functions::{check_args, sort_values};
use super::{add_method, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::format::{Conversion, TemplateHost};
use crate::function::Args;
use crate::interp::Vm;
use crate::iter::{DictPart, IterState, new_iterator};
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let b = types::builtin();
    let list: &[(&str, crate::function::NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("clear", list_clear),
        ("copy", list_copy),
        ("reverse", list_reverse),
        ("sort", list_sort),
    ];
    for (n, f) in list {
        add_method(&b.list, n, *f);
    }
    add_method(&b.tuple, "index", seq_index);
    add_method(&b.tuple, "count", seq_count);
    let dict: &[(&str, crate::function::NativeFn)] = &[
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("setdefault", dict_setdefault),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("popitem", dict_popitem),
    ];
    for (n, f) in dict {
        add_method(&b.dict, n, *f);
    }
    let str_methods: &[(&str, crate::function::NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("upper", str_upper),
        ("lower", str_lower),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("format", str_format),
    ];
    for (n, f) in str_methods {
        add_method(&b.str, n, *f);
    }
    add_method(&b.set, "add", set_add);
    add_method(&b.object, "__init__", object_init);
    add_method(&b.object, "__init_subclass__", object_init_subclass);
    add_method(&b.object, "__repr__", object_repr);
    add_method(&b.object, "__str__", object_str);
    add_method(&b.object, "__setattr__", object_setattr);
    add_method(&b.object, "__getattribute__", object_getattribute);
    add_method(&b.object, "__delattr__", object_delattr);
    super::add_staticmethod(&b.object, "__new__", object_new);
    add_method(&b.object, "__eq__", object_eq);
    add_method(&b.object, "__ne__", object_ne);
    add_method(&b.object, "__hash__", object_hash);
    add_method(&b.object, "__format__", object_format);
    for (name, f) in [("__lt__", object_cmp as crate::function::NativeFn), ("__le__", object_cmp), ("__gt__", object_cmp), ("__ge__", object_cmp)] {
        add_method(&b.object, name, f);
    }
    super::add_staticmethod(&b.type_, "__new__", type_new);
    add_method(&b.type_, "__init__", object_init);
    add_method(&b.type_, "__call__", type_call);
    add_method(&b.type_, "__subclasses__", type_subclasses);
    add_method(&b.list, "__init__", list_init);
    add_method(&b.dict, "__init__", dict_init);
    add_method(&b.set, "__init__", set_init);
    add_method(&b.type_, "mro", type_mro);
    let base_exception = crate::exceptions::exception_types().get("BaseException");
    add_method(base_exception, "__init__", exception_init);
    add_method(base_exception, "add_note", exception_add_note);
    add_method(base_exception, "with_traceback", exception_with_traceback);
}

fn exception_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.values.first() {
        if let Some(d) = crate::exceptions::exception_data(o) {
            d.state.lock().args = args.pos()[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("add_note", &args, 2, 2)?;
    let note = &args.values[1];
    if note.as_str().is_none() {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let Value::Obj(o) = &args.values[0] else { return Ok(Value::None) };
    let dict = o.dict_or_create().as_dict().expect("dict");
    let notes = match dict.get_str("__notes__") {
        Some(n) => n,
        None => {
            let l = new_list(vec![]);
            dict.set_str(super::intern("__notes__"), l.clone());
            l
        }
    };
    match notes.kind() {
        Some(Kind::List(l)) => l.lock().push(note.clone()),
        _ => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("with_traceback", &args, 2, 2)?;
    if let Value::Obj(o) = &args.values[0] {
        if let Some(d) = crate::exceptions::exception_data(o) {
            crate::traceback::object::set_traceback(&mut d.state.lock(), &args.values[1])?;
        }
    }
    Ok(args.values[0].clone())
}

fn this_list<'a>(args: &Args<'a>) -> PyResult<&'a parking_lot::Mutex<Vec<Value>>> {
    match args.values.first().and_then(|v| v.kind()) {
        Some(Kind::List(l)) => Ok(l),
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("list.append", &args, 2, 2).map_err(|_| PyErr::type_error(format!("list.append() takes exactly one argument ({} given)", args.values.len().saturating_sub(1))))?;
    this_list(&args)?.lock().push(args.values[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("list.extend", &args, 2, 2)?;
    let items = vm.collect_iterable(&args.values[1])?;
    this_list(&args)?.lock().extend(items);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("pop", &args, 1, 2)?;
    let l = this_list(&args)?;
    let index = match args.values.get(1) {
        Some(i) => vm.index_value(i)?,
        None => -1,
    };
    let mut g = l.lock();
    if g.is_empty() {
        return Err(PyErr::new("IndexError", "pop from empty list"));
    }
    let i = if index < 0 { index + g.len() as i64 } else { index };
    if i < 0 || i >= g.len() as i64 {
        return Err(PyErr::new("IndexError", "pop index out of range"));
    }
    Ok(g.remove(i as usize))
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("insert", &args, 3, 3)?;
    let i = vm.index_value(&args.values[1])?;
    let l = this_list(&args)?;
    let mut g = l.lock();
    let n = g.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.insert(i as usize, args.values[2].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("remove", &args, 2, 2)?;
    let l = this_list(&args)?;
    let items = l.lock().clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(&args.values[1]) || vm.eq(v, &args.values[1])? {
            let mut g = l.lock();
            if i < g.len() {
                g.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn seq_items(args: &Args) -> Vec<Value> {
    match args.values.first().and_then(|v| v.kind()) {
        Some(Kind::List(l)) => l.lock().clone(),
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn seq_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("index", &args, 2, 4)?;
    let items = seq_items(&args);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.values.get(2) { Some(v) => norm(vm.index_value(v)?), None => 0 };
    let stop = match args.values.get(3) { Some(v) => norm(vm.index_value(v)?), None => n };
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&args.values[1]) || vm.eq(v, &args.values[1])? {
            return Ok(Value::Int(i));
        }
    }
    let is_list = matches!(args.values[0].kind(), Some(Kind::List(_)));
    Err(PyErr::value_error(if is_list { "list.index(x): x not in list".to_string() } else { "tuple.index(x): x not in tuple".to_string() }))
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("count", &args, 2, 2)?;
    let mut n = 0;
    for v in seq_items(&args) {
        if v.is(&args.values[1]) || vm.eq(&v, &args.values[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let old = std::mem::take(&mut *this_list(&args)?.lock());
    drop(old);
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_list(this_list(&args)?.lock().clone()))
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_list(&args)?.lock().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kw() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v.clone()) },
            "reverse" => reverse = vm.is_true(v)?,
            other => return Err(PyErr::type_error(format!("sort() got an unexpected keyword argument '{other}'"))),
        }
    }
    let l = this_list(&args)?;
    // Sort a private copy with the list emptied, as CPython does, so that mutation during the
    // sort is detected instead of corrupting anything.
    let mut items = std::mem::take(&mut *l.lock());
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let mutated = !l.lock().is_empty();
    *l.lock() = items;
    result?;
    if mutated {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn this_dict<'a>(args: &Args<'a>) -> PyResult<&'a crate::dict::Dict> {
    match args.values.first().and_then(|v| v.kind()) {
        Some(Kind::Dict(d)) => Ok(d),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("get", &args, 2, 3)?;
    Ok(this_dict(&args)?.get(vm, &args.values[1])?.unwrap_or_else(|| args.values.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(args: &Args, part: DictPart) -> PyResult<Value> {
    let d = args.values[0].as_obj().expect("dict").clone();
    let len = this_dict(args)?.len();
    let _ = len;
    Ok(crate::iter::new_dict_view(d, part))
}

fn dict_keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(&args, DictPart::Keys)
}

fn dict_values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(&args, DictPart::Values)
}

fn dict_items(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(&args, DictPart::Items)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("pop", &args, 2, 3)?;
    match this_dict(&args)?.remove(vm, &args.values[1])? {
        Some(v) => Ok(v),
        None => match args.values.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args("KeyError", vec![args.values[1].clone()])),
        },
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("setdefault", &args, 2, 3)?;
    let d = this_dict(&args)?;
    if let Some(v) = d.get(vm, &args.values[1])? {
        return Ok(v);
    }
    let v = args.values.get(2).cloned().unwrap_or(Value::None);
    d.set(vm, args.values[1].clone(), v.clone())?;
    Ok(v)
}

pub(super) fn dict_update_from(vm: &mut Vm, target: &Value, source: Option<&Value>, args: Args) -> PyResult<()> {
    let d = match target.kind() {
        Some(Kind::Dict(d)) => d,
        _ => return Err(PyErr::type_error("descriptor requires a 'dict' object")),
    };
    if let Some(src) = source {
        if matches!(src.kind(), Some(Kind::Dict(_))) || vm.call_method(src, "keys", &[]).ok().flatten().is_some() {
            vm.dict_merge(target, src, false)?;
        } else {
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                if !vm.has_iter(&item) {
                    return Err(PyErr::type_error("object is not iterable"));
                }
                let pair = vm.collect_iterable(&item)?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (p.next().expect("key"), p.next().expect("value"));
                d.set(vm, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.kw() {
        d.set(vm, new_str(k), v.clone())?;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("update expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let kw = Args { values: &args.values[pos.len()..], kwnames: args.kwnames };
    dict_update_from(vm, &args.values[0], pos.get(1), kw)?;
    Ok(Value::None)
}

fn dict_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_dict(&args)?.clear();
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(&args)?.copy();
    Ok(Value::Obj(crate::object::Object::new(types::builtin().dict.clone(), Kind::Dict(d))))
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match this_dict(&args)?.pop_last() {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])),
        None => Err(PyErr::new("KeyError", "popitem(): dictionary is empty")),
    }
}

fn this_str<'a>(args: &Args<'a>) -> PyResult<&'a str> {
    args.values.first().and_then(|v| v.as_str()).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("join", &args, 2, 2)?;
    let sep = this_str(&args)?.to_string();
    let items = vm.collect_iterable(&args.values[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_str() {
            Some(s) => out.push_str(s),
            None => return Err(PyErr::type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(item)))),
        }
    }
    Ok(new_str(out))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let pos = args.pos();
    let sep = pos.get(1).or_else(|| args.kwarg("sep")).cloned().unwrap_or(Value::None);
    let maxsplit = match pos.get(2).or_else(|| args.kwarg("maxsplit")) { Some(v) => vm.index_value(v)?, None => -1 };
    let parts: Vec<Value> = if sep.is_none() {
        let mut out = Vec::new();
        let mut rest = s.trim_start();
        while !rest.is_empty() {
            if maxsplit >= 0 && out.len() as i64 == maxsplit {
                out.push(new_str(rest));
                break;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(new_str(&rest[..end]));
            rest = rest[end..].trim_start();
        }
        out
    } else {
        let sep = sep.as_str().ok_or_else(|| PyErr::type_error(format!("must be str or None, not {}", vm.type_name(&sep))))?;
        if sep.is_empty() {
            return Err(PyErr::value_error("empty separator"));
        }
        if maxsplit >= 0 {
            s.splitn(maxsplit as usize + 1, sep).map(new_str).collect()
        } else {
            s.split(sep).map(new_str).collect()
        }
    };
    Ok(new_list(parts))
}

fn strip_chars(args: &Args) -> PyResult<Option<Vec<char>>> {
    match args.values.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(v.as_str().ok_or_else(|| PyErr::type_error("strip arg must be None or str"))?.chars().collect())),
    }
}

fn str_strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    Ok(new_str(match strip_chars(&args)? {
        None => s.trim(),
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
    }))
}

fn str_lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    Ok(new_str(match strip_chars(&args)? {
        None => s.trim_start(),
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
    }))
}

fn str_rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    Ok(new_str(match strip_chars(&args)? {
        None => s.trim_end(),
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
    }))
}

fn str_upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(this_str(&args)?.to_uppercase()))
}

fn str_lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(this_str(&args)?.to_lowercase()))
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("replace", &args, 3, 4)?;
    let s = this_str(&args)?;
    let (Some(old), Some(new)) = (args.values[1].as_str(), args.values[2].as_str()) else {
        return Err(PyErr::type_error("replace() argument must be str"));
    };
    let count = match args.values.get(3) { Some(c) => vm.index_value(c)?, None => -1 };
    Ok(new_str(if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) }))
}

fn affix_check(vm: &mut Vm, args: &Args, f: fn(&str, &str) -> bool, name: &str) -> PyResult<Value> {
    let s = this_str(args)?;
    let target = &args.values.get(1).cloned().unwrap_or(Value::None);
    let candidates: Vec<Value> = match target.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => vec![target.clone()],
    };
    for c in candidates {
        match c.as_str() {
            Some(p) => {
                if f(s, p) {
                    return Ok(Value::Bool(true));
                }
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(&c)
                )));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, &args, |s, p| s.starts_with(p), "startswith")
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, &args, |s, p| s.ends_with(p), "endswith")
}

fn str_find(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(&args)?;
    let sub = args.values.get(1).and_then(|v| v.as_str()).ok_or_else(|| PyErr::type_error("must be str"))?;
    Ok(Value::Int(match s.find(sub) {
        Some(b) => s[..b].chars().count() as i64,
        None => -1,
    }))
}

struct FormatHost<'v, 'a> {
    vm: &'v mut Vm,
    args: Args<'a>,
}

impl TemplateHost for FormatHost<'_, '_> {
    type Value = Value;
    type Error = PyErr;

    fn positional_count(&self) -> Option<usize> {
        Some(self.args.pos().len() - 1)
    }
    fn positional(&mut self, index: usize) -> Value {
        self.args.pos()[index + 1].clone()
    }
    fn keyword(&mut self, name: &str) -> PyResult<Value> {
        self.args.kwarg(name).cloned().ok_or_else(|| PyErr::with_args("KeyError", vec![new_str(name)]))
    }
    fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.vm.getattr(obj, &super::intern(name))
    }
    fn getitem_index(&mut self, obj: &Value, index: usize) -> PyResult<Value> {
        self.vm.getitem(obj, &Value::Int(index as i64))
    }
    fn getitem_str(&mut self, obj: &Value, key: &str) -> PyResult<Value> {
        self.vm.getitem(obj, &new_str(key))
    }
    fn convert(&mut self, obj: &Value, conversion: Conversion) -> PyResult<Value> {
        Ok(Value::Obj(match conversion {
            Conversion::Str => self.vm.str(obj)?,
            Conversion::Repr => self.vm.repr(obj)?,
            Conversion::Ascii => self.vm.ascii(obj)?,
        }))
    }
    fn format(&mut self, obj: &Value, spec: &str) -> PyResult<String> {
        let r = self.vm.format(obj, spec)?;
        Ok(r.as_str().unwrap_or("").to_string())
    }
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let template = this_str(&args)?.to_string();
    let out = crate::format::format_template(&template, &mut FormatHost { vm, args })?;
    Ok(new_str(out))
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("add", &args, 2, 2)?;
    super::set_add(vm, &args.values[0], args.values[1].clone())?;
    Ok(Value::None)
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let name = args.values.first().and_then(|c| c.as_obj()).and_then(|c| c.as_type()).map(|t| t.name.to_string()).unwrap_or_default();
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let layout = cls.as_type().map(|t| t.layout).ok_or_else(|| PyErr::type_error("object.__new__(X): X is not a type object"))?;
    let cls = cls.clone();
    vm.builtin_new(&cls, layout, &[], &[])
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.values[0];
    let class = vm.class_of(v);
    let t = class.as_type().expect("type");
    let module = t.dict.get_str("__module__").and_then(|m| m.as_str().map(|s| s.to_string())).unwrap_or_else(|| "builtins".into());
    let q = t.qualname.to_string();
    let name = if module == "builtins" { q } else { format!("{module}.{q}") };
    Ok(new_str(format!("<{name} object at {:#x}>", v.as_obj().map_or(0, |o| o.addr()))))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.repr(&args.values[0])?))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__setattr__", &args, 3, 3)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    vm.generic_setattr(&args.values[0], &name, Some(args.values[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__delattr__", &args, 2, 2)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    vm.generic_setattr(&args.values[0], &name, None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__getattribute__", &args, 2, 2)?;
    let name = args.values[1].as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?.to_string();
    let obj = &args.values[0];
    let class = vm.class_of(obj);
    match vm.generic_getattr(obj, &class, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, &name)),
    }
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__eq__", &args, 2, 2)?;
    Ok(if args.values[0].is(&args.values[1]) { Value::Bool(true) } else { Value::Obj(super::not_implemented().clone()) })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__ne__", &args, 2, 2)?;
    let r = match vm.call_method(&args.values[0], "__eq__", &args.values[1..2])? {
        Some(r) => r,
        None => return Ok(Value::Obj(super::not_implemented().clone())),
    };
    if matches!(&r, Value::Obj(o) if crate::object::ObjRef::ptr_eq(o, super::not_implemented())) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_cmp(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(super::not_implemented().clone()))
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let addr = args.values.first().and_then(|v| v.as_obj()).map_or(0, |o| o.addr());
    Ok(Value::Int(((addr >> 4) | (addr << 60)) as i64))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__format__", &args, 2, 2)?;
    let spec = args.values[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&args.values[0]))));
    }
    Ok(Value::Obj(vm.str(&args.values[0])?))
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(meta)) = pos.first() else {
        return Err(PyErr::type_error("type.__new__(): not enough arguments"));
    };
    if pos.len() != 4 {
        return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments"));
    }
    let name = pos[1].as_str().ok_or_else(|| PyErr::type_error("type.__new__() argument 1 must be str"))?.to_string();
    let bases = pos[2].as_tuple().map(|t| t.to_vec()).ok_or_else(|| PyErr::type_error("type.__new__() argument 2 must be tuple"))?;
    let ns = pos[3].clone();
    let kw: Vec<Value> = args.values[pos.len()..].to_vec();
    let meta = meta.clone();
    vm.make_class(meta, &name, bases, ns, &kw, args.kwnames)
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(PyErr::type_error("type.__call__(): not enough arguments"));
    };
    let cls = cls.clone();
    vm.call_type_default(&cls, &args.values[1..], args.kwnames)
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else { return Ok(new_list(vec![])) };
    Ok(new_list(types::subclasses(t).into_iter().map(Value::Obj).collect()))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this_list(&args)?;
    let items = match args.pos().get(1) {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    *l.lock() = items;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let kw = Args { values: &args.values[pos.len()..], kwnames: args.kwnames };
    dict_update_from(vm, &args.values[0], pos.get(1), kw)?;
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = args.pos().get(1) {
        for item in vm.collect_iterable(v)? {
            super::set_add(vm, &args.values[0], item)?;
        }
    }
    Ok(Value::None)
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else { return Err(PyErr::type_error("mro() needs a type")) };
    Ok(new_list(types::mro(t).into_iter().map(Value::Obj).collect()))
}

#[allow(dead_code)]
fn _iter(_: IterState) -> Value {
    new_iterator(IterState::Exhausted)
}
