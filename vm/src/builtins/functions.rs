//! The built-in functions.

use std::io::Write;

use ophis_compiler::CompareOp;

use super::{intern, native_function, new_list, new_str, new_tuple};
use crate::dict::Dict;
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::iter::{IterState, new_iterator};
use crate::numbers::{IntRef, as_float, as_int, int_value};
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install(b: &Dict) {
    let table: &[(&str, crate::function::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("iter", iter),
        ("next", next),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("format", format),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("exec", exec),
        ("eval", eval),
        ("__import__", import),
        ("compile", compile),
        ("breakpoint", breakpoint),
        ("help", help),
        ("input", input),
    ];
    for (name, f) in table {
        b.set_str(intern(name), Value::Obj(native_function(name, None, *f)));
    }
}

/// Checks the number of positional arguments and rejects keywords, with CPython's messages.
pub(crate) fn check_args(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.values.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = v.as_str().ok_or_else(|| PyErr::type_error(format!("sep must be None or a string, not {}", vm.type_name(v))))?.to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = v.as_str().ok_or_else(|| PyErr::type_error(format!("end must be None or a string, not {}", vm.type_name(v))))?.to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            other => return Err(super::method_args::unexpected_keyword("print", other, &["sep", "end", "file", "flush"])),
        }
    }
    if file.is_none() {
        file = crate::sys::stdout(vm);
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    // Each item, separator and the end are separate writes, as CPython's print makes them
    // (a Python file object sees every piece).
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            crate::sys::write_to(vm, &file, &sep)?;
        }
        let text = vm.str_string(v)?;
        crate::sys::write_to(vm, &file, &text)?;
    }
    crate::sys::write_to(vm, &file, &end)?;
    if flush {
        match file.as_obj().and_then(|o| o.as_native::<crate::sys::Stream>()) {
            Some(_) => crate::sys::flush_stdout(),
            None => {
                let flush = vm.getattr(&file, &intern("flush"))?;
                vm.call(&flush, &[], &[])?;
            }
        }
    }
    Ok(Value::None)
}

pub(crate) fn length(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        if o.class_data().is_builtin() || types::lookup(&o.class(), "__len__").is_none() {
            match &o.kind {
                Kind::Str(s) => return Ok(s.char_len()),
                Kind::List(l) => return Ok(l.lock().len()),
                Kind::Tuple(t) => return Ok(t.len()),
                Kind::Dict(d) => return Ok(d.len()),
                Kind::Set(d) => return Ok(d.len()),
                Kind::Bytes(b) => return Ok(b.len()),
                Kind::ByteArray(b) => return Ok(b.lock().len()),
                Kind::Range { .. } => return super::containers::range_len(v),
                Kind::Native(n) => {
                    if let Some(view) = (**n).as_any().downcast_ref::<crate::iter::DictView>() {
                        return Ok(view.dict.as_dict().map_or(0, |d| d.len()));
                    }
                }
                _ => {}
            }
        }
        if let Some(r) = vm.call_method(v, "__len__", &[])? {
            let n = match as_int(&r) {
                Some(IntRef::Small(n)) => n,
                Some(IntRef::Big(_)) => return Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
                None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&r)))),
            };
            if n < 0 {
                return Err(PyErr::value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
    }
    Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("len", &args, 1, 1)?;
    Ok(Value::Int(length(vm, &args.values[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("repr", &args, 1, 1)?;
    Ok(Value::Obj(vm.repr(&args.values[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("ascii", &args, 1, 1)?;
    Ok(Value::Obj(vm.ascii(&args.values[0])?))
}

/// `isinstance(obj, cls)` for one class (with `__instancecheck__` on metaclasses).
/// `obj.__class__` when the object's class overrides the attribute and it names another class.
fn declared_class(vm: &mut Vm, obj: &Value, t: &ObjRef) -> PyResult<Option<ObjRef>> {
    // Only classes that override `__class__` or `__getattribute__` can report another class.
    let object = types::builtin().object.as_type().expect("type");
    let overridden = |name: &str| match (types::lookup(t, name), object.dict.get_str(name)) {
        (Some(found), Some(default)) => !found.is(&default),
        (found, _) => found.is_some(),
    };
    if !overridden("__class__") && !overridden("__getattribute__") {
        return Ok(None);
    }
    match vm.getattr(obj, &intern("__class__")) {
        Ok(Value::Obj(c)) if c.as_type().is_some() && !ObjRef::ptr_eq(&c, t) => Ok(Some(c)),
        Ok(_) => Ok(None),
        Err(e) if e.is("AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) if c.as_type().is_some() => {
            let t = vm.class_of(obj);
            if types::is_subtype(&t, c) {
                return Ok(true);
            }
            let meta = c.class().clone();
            if !meta.as_type().is_some_and(|m| m.is_builtin()) {
                if let Some(check) = types::lookup(&meta, "__instancecheck__") {
                    let r = vm.call_unbound(&check, &[cls.clone(), obj.clone()])?;
                    return vm.is_true(&r);
                }
            }
            // An object whose class overrides `__class__` (a weakref proxy, a mock) is also an
            // instance of what that reports.
            match declared_class(vm, obj, &t)? {
                Some(declared) => Ok(types::is_subtype(&declared, c)),
                None => Ok(false),
            }
        }
        Value::Obj(c) if matches!(c.kind, Kind::Tuple(_)) => {
            for item in c.as_tuple().expect("tuple").to_vec() {
                if is_instance(vm, obj, &item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            if let Some(r) = vm.call_method(cls, "__instancecheck__", std::slice::from_ref(obj))? {
                return vm.is_true(&r);
            }
            Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("isinstance", &args, 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &args.values[0], &args.values[1])?))
}

pub(crate) fn is_subclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) if matches!(c.kind, Kind::Tuple(_)) => {
            for item in c.as_tuple().expect("tuple").to_vec() {
                if is_subclass(vm, sub, &item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Obj(c) if c.as_type().is_some() => {
            let meta = c.class().clone();
            if !meta.as_type().is_some_and(|m| m.is_builtin()) {
                if let Some(check) = types::lookup(&meta, "__subclasscheck__") {
                    let r = vm.call_unbound(&check, &[cls.clone(), sub.clone()])?;
                    return vm.is_true(&r);
                }
            }
            match sub {
                Value::Obj(s) if s.as_type().is_some() => Ok(types::is_subtype(s, c)),
                _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
            }
        }
        _ => {
            if let Some(r) = vm.call_method(cls, "__subclasscheck__", std::slice::from_ref(sub))? {
                return vm.is_true(&r);
            }
            Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("issubclass", &args, 2, 2)?;
    Ok(Value::Bool(is_subclass(vm, &args.values[0], &args.values[1])?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("abs", &args, 1, 1)?;
    let v = &args.values[0];
    if let Some(i) = as_int(v) {
        if let IntRef::Small(i) = i {
            if i != i64::MIN {
                return Ok(Value::Int(i.abs()));
            }
        }
        return Ok(int_value(num_traits::Signed::abs(&i.to_bigint())));
    }
    if let Some(f) = as_float(v) {
        return Ok(Value::Float(f.abs()));
    }
    if let Some(Kind::Complex { real, imag }) = v.kind() {
        return Ok(Value::Float(real.hypot(*imag)));
    }
    match vm.call_method(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn min_max(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kw() {
        match k {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone());
                }
            }
            "default" => default = Some(v.clone()),
            other => return Err(super::method_args::unexpected_keyword(name, other, &["key", "default"])),
        }
    }
    let pos = args.pos();
    let items = match pos.len() {
        0 => return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let r = vm.rich_compare(&k, bk, op)?;
                if vm.is_true(&r)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| PyErr::value_error(format!("{name}() iterable argument is empty"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOp::Gt)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at least 1 positional argument ({} given)", pos.len())));
    }
    let mut total = pos.get(1).cloned().or_else(|| args.kwarg("start").cloned()).unwrap_or(Value::Int(0));
    if total.as_str().is_some() {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(total.kind(), Some(Kind::Bytes(_))) {
        return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&pos[0])?;
    // Floats are summed with Neumaier compensation, as CPython 3.12+ does.
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(v) = vm.next(&it)? {
        let x = match (&v, fsum.is_some() || matches!(total, Value::Float(_))) {
            (Value::Float(x), true) => Some(*x),
            (Value::Int(i), true) if fsum.is_some() => Some(*i as f64),
            _ => None,
        };
        if let Some(x) = x {
            let (s, c) = fsum.get_or_insert_with(|| (crate::numbers::as_float(&total).unwrap_or(0.0), 0.0));
            let t = *s + x;
            if s.abs() >= x.abs() { *c += (*s - t) + x } else { *c += (x - t) + *s }
            *s = t;
            continue;
        }
        if let Some((s, c)) = fsum.take() {
            total = Value::Float(if c.is_finite() { s + c } else { s });
        }
        total = vm.binary_op(total, v, ophis_compiler::BinaryOp::Add)?;
    }
    if let Some((s, c)) = fsum {
        total = Value::Float(if c.is_finite() { s + c } else { s });
    }
    Ok(total)
}

pub(crate) fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for i in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(i), &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut error = None;
    // A stable merge sort whose comparisons may fail: remember the first error and stop
    // comparing (the order after an error does not matter, the sort raises).
    idx.sort_by(|&a, &b| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse { (&keys[b], &keys[a]) } else { (&keys[a], &keys[b]) };
        match vm.rich_compare(x, y, CompareOp::Lt).and_then(|r| vm.is_true(&r)) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match vm.rich_compare(y, x, CompareOp::Lt).and_then(|r| vm.is_true(&r)) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kw() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v.clone()) },
            "reverse" => reverse = vm.is_true(v)?,
            other => return Err(super::method_args::unexpected_keyword("sort", other, &["key", "reverse"])),
        }
    }
    let mut items = vm.collect_iterable(&pos[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("any", &args, 1, 1)?;
    let it = vm.iter(&args.values[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("all", &args, 1, 1)?;
    let it = vm.iter(&args.values[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("iter", &args, 1, 2)?;
    if args.values.len() == 2 {
        if !is_callable(&args.values[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iterator(IterState::Callable { func: args.values[0].clone(), sentinel: args.values[1].clone() }));
    }
    vm.iter(&args.values[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("next", &args, 1, 2)?;
    let it = &args.values[0];
    if !vm.is_iterator(it) {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Kind::Generator(_)) = it.kind() {
        return match vm.send(it, Value::None) {
            Ok(crate::generator::SendResult::Yielded(v)) => Ok(v),
            Ok(crate::generator::SendResult::Returned(r)) => match args.values.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::generator::stop_iteration(r)),
            },
            Err(e) => Err(e),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.values.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args("StopIteration", vec![])),
        },
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if o.as_str().is_some() => Ok(intern(o.as_str().expect("str").as_str())),
        _ => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    match vm.getattr(&args.values[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is("AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    match vm.getattr(&args.values[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if e.is("AttributeError") && args.values.len() == 3 => Ok(args.values[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.setattr(&args.values[0], &name, Some(args.values[2].clone()))?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.setattr(&args.values[0], &name, None)?;
    Ok(Value::None)
}

fn id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("id", &args, 1, 1)?;
    Ok(match &args.values[0] {
        Value::Obj(o) => Value::Int(o.addr() as i64),
        Value::None => Value::Int(0x1000),
        Value::Bool(b) => Value::Int(0x2000 + *b as i64 * 16),
        Value::Int(i) => Value::Int(0x7f00_0000_0000 ^ (*i << 4)),
        Value::Float(f) => Value::Int(0x7e00_0000_0000 ^ (f.to_bits() as i64 >> 4)),
    })
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.values[0])?))
}

pub(crate) fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.kind, Kind::Function(_) | Kind::BuiltinFunction(_) | Kind::BoundMethod(_) | Kind::Type(_) | Kind::StaticMethod(_))
                || types::lookup(&o.class(), "__call__").is_some()
        }
        _ => false,
    }
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args.values[0])))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("chr", &args, 1, 1)?;
    // Any int outside the range, however large, is the same ValueError.
    let i = match vm.index_value(&args.values[0]) {
        Err(e) if e.is("OverflowError") => -1,
        other => other?,
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(new_str(c.to_string())),
        None if (0..0x110000).contains(&i) => Err(PyErr::value_error("ophis cannot represent lone surrogates in str yet")),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("ord", &args, 1, 1)?;
    let v = &args.values[0];
    if let Some(s) = v.as_pystr() {
        if s.char_len() == 1 {
            return Ok(Value::Int(s.as_str().chars().next().expect("one char") as i64));
        }
        return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", s.char_len())));
    }
    let data = match v.kind() {
        Some(Kind::Bytes(b)) => Some(b.to_vec()),
        Some(Kind::ByteArray(b)) => Some(b.lock().clone()),
        _ => None,
    };
    if let Some(b) = data {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(v))))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.values[0], &args.values[1]);
    if let (Some(x), Some(y)) = (as_float(a).or_else(|| as_int(a).and_then(|i| crate::numbers::int_to_f64(&i).ok())), as_float(b).or_else(|| as_int(b).and_then(|i| crate::numbers::int_to_f64(&i).ok()))) {
        if as_int(a).is_none() || as_int(b).is_none() {
            if y == 0.0 {
                return Err(PyErr::new("ZeroDivisionError", "division by zero"));
            }
            let (q, r) = crate::numbers::float_divmod(x, y);
            return Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if as_int(a).is_some() && as_int(b).is_some() {
        let q = vm.binary_op(a.clone(), b.clone(), ophis_compiler::BinaryOp::FloorDivide)?;
        let r = vm.binary_op(a.clone(), b.clone(), ophis_compiler::BinaryOp::Remainder)?;
        return Ok(new_tuple(vec![q, r]));
    }
    // Built-in types define __divmod__ too, answering NotImplemented for operands they do not take.
    let answered = |r: &Value| !matches!(r, Value::Obj(o) if crate::object::ObjRef::ptr_eq(o, super::not_implemented()));
    if let Some(r) = vm.call_method(a, "__divmod__", std::slice::from_ref(b))? {
        if answered(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_method(b, "__rdivmod__", std::slice::from_ref(a))? {
        if answered(&r) {
            return Ok(r);
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut vals: Vec<Value> = args.pos().to_vec();
    for (k, v) in args.kw() {
        match k {
            "base" | "exp" | "mod" => vals.push(v.clone()),
            other => return Err(super::method_args::unexpected_keyword("pow", other, &["base", "exp", "mod"])),
        }
    }
    if vals.len() < 2 || vals.len() > 3 {
        return Err(PyErr::type_error(format!("pow expected 2 arguments, got {}", vals.len())));
    }
    if vals.len() == 3 && !vals[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (as_int(&vals[0]), as_int(&vals[1]), as_int(&vals[2])) else {
            return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        let (b, e, m) = (b.to_bigint(), e.to_bigint(), m.to_bigint());
        if num_traits::Zero::is_zero(&m) {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let r = if num_traits::Signed::is_negative(&e) {
            let inv = mod_inverse(&b, &m).ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
            inv.modpow(&-e, &m)
        } else {
            b.modpow(&e, &m)
        };
        let r = num_integer::Integer::mod_floor(&r, &m);
        return Ok(int_value(r));
    }
    vm.binary_op(vals[0].clone(), vals[1].clone(), ophis_compiler::BinaryOp::Power)
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    let e = num_integer::Integer::extended_gcd(a, m);
    if e.gcd != num_bigint::BigInt::from(1) && e.gcd != num_bigint::BigInt::from(-1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&(e.x * &e.gcd), m))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let ndigits = pos.get(1).cloned().or_else(|| args.kwarg("ndigits").cloned()).unwrap_or(Value::None);
    let Some(v) = pos.first() else {
        return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)"));
    };
    // int.__round__ and float.__round__ (numeric library) do the built-in types too.
    let mut call_args = vec![];
    if !ndigits.is_none() {
        call_args.push(ndigits);
    }
    match vm.call_method(v, "__round__", &call_args)? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", vm.type_name(v)))),
    }
}

fn int_base_text(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = match as_int(v) {
        Some(i) => i.to_bigint(),
        None => {
            let n = vm.call_method(v, "__index__", &[])?.ok_or_else(|| {
                PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))
            })?;
            as_int(&n).map(|i| i.to_bigint()).unwrap_or_default()
        }
    };
    let sign = if num_traits::Signed::is_negative(&i) { "-" } else { "" };
    Ok(new_str(format!("{sign}{prefix}{}", num_traits::Signed::abs(&i).to_str_radix(radix))))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("hex", &args, 1, 1)?;
    int_base_text(vm, &args.values[0], 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("oct", &args, 1, 1)?;
    int_base_text(vm, &args.values[0], 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("bin", &args, 1, 1)?;
    int_base_text(vm, &args.values[0], 2, "0b")
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("format", &args, 1, 2)?;
    let spec = match args.values.get(1) {
        Some(s) => s.as_str().ok_or_else(|| PyErr::type_error(format!("format() argument 2 must be str, not {}", vm.type_name(s))))?.to_string(),
        None => String::new(),
    };
    vm.format(&args.values[0], &spec)
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.current_globals()))
}

fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.current_locals()
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("vars", &args, 0, 1)?;
    match args.values.first() {
        None => vm.current_locals(),
        Some(v) => match vm.getattr(v, &intern("__dict__")) {
            Ok(d) => Ok(d),
            Err(e) if e.is("AttributeError") => Err(PyErr::type_error("vars() argument must have __dict__ attribute")),
            Err(e) => Err(e),
        },
    }
}

/// `dir(obj)`.
pub(crate) fn dir_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    dir(vm, Args::positional(std::slice::from_ref(obj)))
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("dir", &args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.values.first() {
        None => {
            let l = vm.current_locals()?;
            for k in vm.collect_iterable(&l)? {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
        }
        // A module lists its namespace, or what its own `__dir__` function returns.
        Some(Value::Obj(m)) if matches!(m.kind, Kind::Module) && m.class_data().is_builtin() => {
            let namespace = m.dict_or_create().clone();
            let custom = namespace.as_dict().and_then(|d| d.get_str("__dir__"));
            let mut items = match custom {
                Some(f) => {
                    let r = vm.call(&f, &[], &[])?;
                    vm.collect_iterable(&r)?
                }
                None => namespace.as_dict().map(|d| d.keys()).unwrap_or_default(),
            };
            sort_values(vm, &mut items, None, false)?;
            return Ok(new_list(items));
        }
        Some(v) => {
            let mut items = super::methods_object::dir_of_object(vm, v)?;
            sort_values(vm, &mut items, None, false)?;
            return Ok(new_list(items));
        }
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(new_str).collect()))
}

fn exec_or_eval(vm: &mut Vm, args: Args, mode: ophis_compiler::CompileMode, name: &str) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 3 {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got {}", pos.len())));
    }
    let globals = match pos.get(1).or_else(|| args.kwarg("globals")) {
        Some(Value::Obj(g)) if g.as_dict().is_some() => g.clone(),
        Some(Value::None) | None => vm.current_globals(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{name}() globals must be a dict, not {}",
                vm.type_name(other)
            )));
        }
    };
    let locals = match pos.get(2).or_else(|| args.kwarg("locals")) {
        Some(Value::None) | None => {
            if pos.get(1).is_some() { None } else { vm.current_locals().ok().and_then(|v| v.as_obj().cloned()) }
        }
        Some(Value::Obj(l)) => Some(l.clone()),
        Some(_) => return Err(PyErr::type_error("locals must be a mapping")),
    };
    if globals.as_dict().expect("dict").get_str("__builtins__").is_none() {
        globals.as_dict().expect("dict").set_str(intern("__builtins__"), Value::Obj(vm.interp.builtins_module.clone()));
    }
    let code = match &pos[0] {
        Value::Obj(o) if o.as_code().is_some() => o.clone(),
        v => {
            let Some(src) = crate::compile::source_argument(v, "<string>") else {
                return Err(PyErr::type_error(format!("{name}() arg 1 must be a string, bytes or code object")));
            };
            let src = src?;
            let src = if mode == ophis_compiler::CompileMode::Eval { src.trim_start_matches([' ', '\t']) } else { &src };
            let future_annotations = crate::compile::caller_has_future_annotations(vm);
            crate::warnings::compile_with_options(vm, src, "<string>", mode, future_annotations)?
        }
    };
    let locals = locals.filter(|l| !ObjRef::ptr_eq(l, &globals));
    let r = vm.run_code(code, globals, locals)?;
    Ok(if mode == ophis_compiler::CompileMode::Eval { r } else { Value::None })
}

/// `breakpoint()`: ophis has no debugger yet, so this says so (PYTHONBREAKPOINT=0 disables it,
/// as in CPython).
fn breakpoint(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    if std::env::var("PYTHONBREAKPOINT").is_ok_and(|v| v == "0") {
        return Ok(Value::None);
    }
    Err(PyErr::new("RuntimeError", "breakpoint() is not supported: ophis has no debugger (pdb) yet"))
}

/// `help(obj)`, basic: the object's kind and name, its signature-less docstring; no pager, no
/// interactive help (no pydoc yet).
fn help(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("help", &args, 0, 1)?;
    let Some(obj) = args.values.first() else {
        let out = crate::sys::stdout(vm);
        crate::sys::write_to(vm, &out, "Interactive help is not available in ophis yet; use help(object).\n")?;
        return Ok(Value::None);
    };
    let name = match vm.getattr(obj, &intern("__qualname__")).or_else(|_| vm.getattr(obj, &intern("__name__"))) {
        Ok(n) => vm.str_string(&n)?,
        Err(_) => vm.type_name(obj),
    };
    let what = match obj.kind() {
        Some(Kind::Type(_)) => "class",
        Some(Kind::Module) => "module",
        Some(Kind::Function(_) | Kind::BuiltinFunction(_) | Kind::BoundMethod(_)) => "function",
        _ => "object",
    };
    let doc = match vm.getattr(obj, &intern("__doc__")) {
        Ok(d) if !d.is_none() => vm.str_string(&d)?,
        _ => String::new(),
    };
    let mut text = format!("Help on {what} {name}:\n\n{name}\n");
    for line in doc.lines() {
        text.push_str(&format!("    {line}\n"));
    }
    let out = crate::sys::stdout(vm);
    crate::sys::write_to(vm, &out, &text)?;
    Ok(Value::None)
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let get = |i: usize, name: &str| pos.get(i).or_else(|| args.kwarg(name)).cloned();
    let source = get(0, "source").ok_or_else(|| PyErr::type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = get(1, "filename").ok_or_else(|| PyErr::type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode = get(2, "mode").ok_or_else(|| PyErr::type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let flags = match get(3, "flags") { Some(f) => vm.index_value(&f)?, None => 0 };
    // PyCF_ONLY_AST (or an AST object as source): the `_ast` module (stdlib) does the work.
    if flags & 0x400 != 0 || is_ast_object(vm, &source)? {
        let globals = vm.current_globals();
        let ast_module = vm.import_name(&intern("_ast"), &Value::None, &Value::Int(0), &globals)?;
        let compile_ast = vm.getattr(&ast_module, &intern("_compile"))?;
        let rest: Vec<Value> = (4..6).map(|i| get(i, ["dont_inherit", "optimize"][i - 4]).unwrap_or(Value::None)).collect();
        return vm.call(&compile_ast, &[source, filename, mode, Value::Int(flags), rest[0].clone(), rest[1].clone()], &[]);
    }
    let mode = match mode.as_str() {
        Some("exec") => ophis_compiler::CompileMode::Exec,
        Some("eval") => ophis_compiler::CompileMode::Eval,
        Some("single") => ophis_compiler::CompileMode::Single,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if let Some(Kind::Code(_)) = source.kind() {
        return Ok(source);
    }
    let filename = vm.str_string(&filename)?;
    let Some(text) = crate::compile::source_argument(&source, &filename) else {
        return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let text = text?;
    let dont_inherit = match get(4, "dont_inherit") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let future_annotations = flags & ophis_compiler::code::flags::FUTURE_ANNOTATIONS as i64 != 0
        || (!dont_inherit && crate::compile::caller_has_future_annotations(vm));
    let optimize = match get(5, "optimize") {
        Some(v) => vm.index_value(&v)?,
        None => -1,
    };
    let optimize = match optimize {
        -1 => crate::compile::optimize(),
        0..=2 => optimize as u8,
        _ => return Err(PyErr::value_error("compile(): invalid optimize value")),
    };
    Ok(Value::Obj(crate::warnings::compile_with_optimize(vm, &text, &filename, mode, future_annotations, optimize)?))
}

/// Whether `value` is an instance of `_ast.AST` (checked without importing `_ast` when no AST
/// class can exist yet).
fn is_ast_object(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    let Value::Obj(obj) = value else { return Ok(false) };
    if !matches!(obj.kind, Kind::Plain) {
        return Ok(false);
    }
    let Some(ast_module) = vm.interp.modules.as_dict().and_then(|m| m.get_str("_ast")) else { return Ok(false) };
    let ast_class = vm.getattr(&ast_module, &intern("AST"))?;
    let Value::Obj(ast_class) = ast_class else { return Ok(false) };
    Ok(types::is_subtype(&obj.class(), &ast_class))
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, ophis_compiler::CompileMode::Exec, "exec")
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, ophis_compiler::CompileMode::Eval, "eval")
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use super::method_args::{Params, clinic_function};
    const PARAMS: Params<5> = Params::new(["name", "globals", "locals", "fromlist", "level"], 1);
    let [name, globals, _locals, fromlist, level] = clinic_function(&args, "__import__", &PARAMS)?;
    let name = name.expect("required");
    let Some(name_str) = name.as_str() else { return Err(PyErr::type_error("module name must be a string")) };
    let level = match level {
        Some(l) => match crate::numbers::as_int(l) {
            Some(crate::numbers::IntRef::Small(n)) if n >= 0 => Value::Int(n),
            Some(_) => return Err(PyErr::new("ValueError", "level must be >= 0")),
            None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(l)))),
        },
        None => Value::Int(0),
    };
    if name_str.is_empty() && matches!(level, Value::Int(0)) {
        return Err(PyErr::new("ValueError", "Empty module name"));
    }
    let globals = globals.and_then(|g| g.as_obj().filter(|g| g.as_dict().is_some()).cloned()).unwrap_or_else(|| vm.current_globals());
    let fromlist = fromlist.cloned().unwrap_or(Value::None);
    vm.import_name(&intern(name_str), &fromlist, &level, &globals)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("input", &args, 0, 1)?;
    if let Some(p) = args.values.first() {
        let s = vm.str_string(p)?;
        let out = crate::sys::stdout(vm);
        crate::sys::write_to(vm, &out, &s)?;
        let _ = std::io::stdout().flush();
    }
    let mut line = String::new();
    match crate::gil::allow_threads(|| std::io::stdin().read_line(&mut line)) {
        Ok(0) => Err(PyErr::new("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(line))
        }
        Err(e) => Err(PyErr::new("OSError", e.to_string())),
    }
}
