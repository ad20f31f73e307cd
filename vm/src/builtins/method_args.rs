//! Receivers and arguments of methods of built-in types, checked with CPython's messages.
//!
//! CPython reports a bad call differently depending on how the method is defined: slot wrappers
//! (`int.__add__`, `list.__len__`) say "expected 1 argument, got 0"; plain `METH_NOARGS`/`METH_O`
//! methods say "str.upper() takes no arguments (1 given)"; positional-only methods say
//! "find expected at least 1 argument, got 0"; Argument Clinic methods with keywords say
//! "split() takes at most 2 arguments (3 given)". Each helper here produces one of these families.
//! `args.values[0]` is the receiver (self); the helpers look at the arguments after it.

use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

/// Dunder methods that CPython defines as ordinary methods (not slot wrappers): their errors use
/// the method wording.
const METHOD_DUNDERS: &[&str] = &[
    "__format__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__sizeof__",
    "__reversed__", "__reduce__", "__reduce_ex__", "__dir__", "__getformat__", "__complex__",
    "__class_getitem__", "__init_subclass__", "__subclasshook__", "__getstate__", "__copy__", "__bytes__",
    "__alloc__",
];

fn is_slot(ty: &str, name: &str) -> bool {
    // list and dict define these as ordinary methods beside their slots.
    let method = matches!((ty, name), ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__"));
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !METHOD_DUNDERS.contains(&name) && !method
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The name of the class a classmethod was called on (`B.fromhex` for a bytes subclass `B`).
pub(crate) fn class_name(args: &Args, default: &str) -> String {
    args.values.first().and_then(|c| c.as_obj()).and_then(|c| c.as_type()).map_or_else(|| default.to_string(), |t| t.name.to_string())
}

/// The receiver seen through `get` (its payload: `&PyStr`, the list's lock, ...), or CPython's
/// error when it is missing or of another layout.
pub(crate) fn receiver_as<'a, T: ?Sized + 'a>(vm: &Vm, args: &Args<'a>, ty: &str, name: &str, get: impl Fn(&'a Value) -> Option<&'a T>) -> PyResult<&'a T> {
    match args.pos().first() {
        Some(_) => get(&args.values[0]).ok_or_else(|| wrong_receiver(vm, &args.values[0], ty, name)),
        None => Err(missing_receiver(ty, name)),
    }
}

pub(crate) fn missing_receiver(ty: &str, name: &str) -> PyErr {
    PyErr::type_error(if is_slot(ty, name) {
        format!("descriptor '{name}' of '{ty}' object needs an argument")
    } else {
        format!("unbound method {ty}.{name}() needs an argument")
    })
}

pub(crate) fn wrong_receiver(vm: &Vm, v: &Value, ty: &str, name: &str) -> PyErr {
    let got = vm.type_name(v);
    PyErr::type_error(if is_slot(ty, name) {
        format!("descriptor '{name}' requires a '{ty}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{ty}' objects doesn't apply to a '{got}' object")
    })
}

fn no_keywords(args: &Args, ty: &str, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(if is_slot(ty, name) {
        format!("wrapper {name}() takes no keyword arguments")
    } else {
        format!("{ty}.{name}() takes no keyword arguments")
    }))
}

/// The arguments after the receiver (all positional).
fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    let pos = args.pos();
    if pos.is_empty() { pos } else { &pos[1..] }
}

/// A method that takes no arguments besides the receiver.
pub(crate) fn no_args(args: &Args, ty: &str, name: &str) -> PyResult<()> {
    no_keywords(args, ty, name)?;
    let n = rest(args).len();
    if n == 0 {
        return Ok(());
    }
    Err(PyErr::type_error(if is_slot(ty, name) {
        format!("expected 0 arguments, got {n}")
    } else {
        format!("{ty}.{name}() takes no arguments ({n} given)")
    }))
}

/// A method that takes exactly one argument besides the receiver.
pub(crate) fn one_arg<'a>(args: &Args<'a>, ty: &str, name: &str) -> PyResult<&'a Value> {
    no_keywords(args, ty, name)?;
    let r = rest(args);
    if r.len() == 1 {
        return Ok(&r[0]);
    }
    let n = r.len();
    Err(PyErr::type_error(if is_slot(ty, name) {
        format!("expected 1 argument, got {n}")
    } else {
        format!("{ty}.{name}() takes exactly one argument ({n} given)")
    }))
}

/// A positional-only method taking `min..=N` arguments besides the receiver ("find expected at
/// least 1 argument, got 0").
pub(crate) fn positional<'a, const N: usize>(args: &Args<'a>, ty: &str, name: &str, min: usize) -> PyResult<[Option<&'a Value>; N]> {
    no_keywords(args, ty, name)?;
    let r = rest(args);
    let n = r.len();
    if n < min || n > N {
        return Err(PyErr::type_error(if min == N {
            format!("{name} expected {N} argument{}, got {n}", plural(N))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {N} argument{}, got {n}", plural(N))
        }));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(r) {
        *slot = Some(v);
    }
    Ok(out)
}

/// The parameters of an Argument Clinic method: their names in order, how many of the first are
/// positional-only, how many of the first are required, and how many may be given by position.
pub(crate) struct Params<const N: usize> {
    pub names: [&'static str; N],
    pub posonly: usize,
    pub required: usize,
    pub max_positional: usize,
}

impl<const N: usize> Params<N> {
    /// All parameters positional-or-keyword, the first `required` of them required.
    pub(crate) const fn new(names: [&'static str; N], required: usize) -> Self {
        Params { names, posonly: 0, required, max_positional: N }
    }
}

/// Binds the arguments after the receiver to `params` as CPython's Argument Clinic does, with its
/// messages ("split() takes at most 2 arguments (3 given)", "argument for split() given by name
/// ('sep') and position (1)", "from_bytes() missing required argument 'bytes' (pos 1)").
pub(crate) fn clinic<'a, const N: usize>(args: &Args<'a>, name: &str, params: &Params<N>) -> PyResult<[Option<&'a Value>; N]> {
    bind_clinic(rest(args), args, name, params)
}

/// [`clinic`] for a built-in function (no receiver: every positional argument is bound).
pub(crate) fn clinic_function<'a, const N: usize>(args: &Args<'a>, name: &str, params: &Params<N>) -> PyResult<[Option<&'a Value>; N]> {
    bind_clinic(args.pos(), args, name, params)
}

fn bind_clinic<'a, const N: usize>(pos: &'a [Value], args: &Args<'a>, name: &str, params: &Params<N>) -> PyResult<[Option<&'a Value>; N]> {
    let nkw = args.kwnames.len();
    let npos = pos.len();
    let total = npos + nkw;
    if total > N {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {N} {}argument{} ({total} given)",
            if npos == 0 { "keyword " } else { "" },
            plural(N)
        )));
    }
    if npos > params.max_positional {
        let maxpos = params.max_positional;
        return Err(PyErr::type_error(if maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {maxpos} positional argument{} ({npos} given)",
                if params.required < maxpos { "at most" } else { "exactly" },
                plural(maxpos)
            )
        }));
    }
    let min_posonly = params.posonly.min(params.required);
    if npos < min_posonly {
        return Err(PyErr::type_error(format!(
            "{name}() takes {} {min_posonly} positional argument{} ({npos} given)",
            if min_posonly < params.max_positional { "at least" } else { "exactly" },
            plural(min_posonly)
        )));
    }
    let mut out: [Option<&'a Value>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    let mut unknown = None;
    for (k, v) in args.kw() {
        match params.names.iter().position(|p| *p == k) {
            Some(i) if i >= params.posonly => {
                if i < npos {
                    return Err(PyErr::type_error(format!("argument for {name}() given by name ('{k}') and position ({})", i + 1)));
                }
                out[i] = Some(v);
            }
            Some(_) => {
                if unknown.is_none() {
                    unknown = Some(PyErr::type_error(format!("{name}() got some positional-only arguments passed as keyword arguments: '{k}'")));
                }
            }
            None => {
                if unknown.is_none() {
                    unknown = Some(unexpected_keyword(name, k, &params.names[params.posonly..]));
                }
            }
        }
    }
    for i in 0..params.required {
        if out[i].is_none() {
            return Err(PyErr::type_error(format!("{name}() missing required argument '{}' (pos {})", params.names[i], i + 1)));
        }
    }
    match unknown {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// A `start`/`end` argument of `find`-like methods: an int, None (absent), or an object with
/// `__index__`; ints beyond i64 are clipped as CPython clips them to `Py_ssize_t`.
/// "NAME() got an unexpected keyword argument 'k'", ending as CPython 3.14 does with
/// ". Did you mean 'x'?" when one of the accepted keyword names is close to `key`.
pub(crate) fn unexpected_keyword(name: &str, key: &str, accepted: &[&str]) -> PyErr {
    let mut message = format!("{name}() got an unexpected keyword argument '{key}'");
    if let Some(s) = crate::traceback::suggestions::generate_suggestion(accepted, key) {
        message.push_str(&format!(". Did you mean '{s}'?"));
    }
    PyErr::type_error(message)
}

pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let clip = |i: &crate::numbers::IntRef| match i {
        crate::numbers::IntRef::Small(i) => *i,
        crate::numbers::IntRef::Big(b) => {
            if num_traits::Signed::is_negative(*b) { i64::MIN } else { i64::MAX }
        }
    };
    if let Some(i) = crate::numbers::as_int(v) {
        return Ok(Some(clip(&i)));
    }
    if crate::types::lookup(&vm.class_of(v), "__index__").is_none() {
        return Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"));
    }
    let r = vm.call_method(v, "__index__", &[])?.unwrap_or(Value::None);
    match crate::numbers::as_int(&r) {
        Some(i) => Ok(Some(clip(&i))),
        None => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// CPython's `ADJUST_INDICES` for a sequence of `len` items: negative indices count from the
/// end (clamped at 0), `end` is clamped at `len`; `start` may stay beyond `end`, in which case
/// nothing (not even an empty string) is found: None.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let norm = |i: i64| if i < 0 { i.saturating_add(len).max(0) } else { i };
    let start = start.map_or(0, norm);
    let end = end.map_or(len, |e| norm(e).min(len));
    (start <= end).then_some((start as usize, end as usize))
}

/// The `start`/`end` window of `find`-like methods.
pub(crate) fn window(vm: &mut Vm, start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<Option<(usize, usize)>> {
    let s = slice_index(vm, start)?;
    let e = slice_index(vm, end)?;
    Ok(adjust_indices(s, e, len))
}

/// `NotImplemented`, which binary special methods return for operand types they do not handle.
pub(crate) fn not_implemented() -> Value {
    Value::Obj(super::not_implemented().clone())
}

/// An empty string with room for `bytes` bytes; MemoryError instead of aborting when the size
/// (computed from user input) cannot be allocated.
pub(crate) fn string_with_capacity(bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| PyErr::new("MemoryError", ""))?;
    Ok(s)
}

/// An empty vector with room for `n` items, or MemoryError.
pub(crate) fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| PyErr::new("MemoryError", ""))?;
    Ok(v)
}

/// A sequence index (`seq[i]`): an int or an object with `__index__`, negative counting from
/// the end. `type_message(type name)` is the TypeError for other keys; `range_message` the
/// IndexError outside `0..len`.
pub(crate) fn item_index(vm: &mut Vm, key: &Value, len: usize, type_message: impl FnOnce(String) -> String, range_message: &str) -> PyResult<usize> {
    let i = match crate::numbers::as_int(key) {
        Some(crate::numbers::IntRef::Small(i)) => i,
        Some(crate::numbers::IntRef::Big(_)) => {
            return Err(PyErr::new("IndexError", "cannot fit 'int' into an index-sized integer"));
        }
        None => {
            if crate::types::lookup(&vm.class_of(key), "__index__").is_none() {
                return Err(PyErr::type_error(type_message(vm.type_name(key))));
            }
            match vm.index_value(key) {
                Err(e) if e.is("OverflowError") => return Err(PyErr::new("IndexError", "cannot fit 'int' into an index-sized integer")),
                r => r?,
            }
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::new("IndexError", range_message.to_string()));
    }
    Ok(j as usize)
}

/// Whether `key` is a slice object.
pub(crate) fn is_slice(key: &Value) -> bool {
    matches!(key.kind(), Some(crate::object::Kind::Slice { .. }))
}

/// A TypeError from hashing `key` (exactly TypeError, as CPython checks), reworded as CPython
/// words it for containers: "cannot use 'list' as a set element (unhashable type: 'list')"
/// (`what` is "a set element" or "a dict key"). Other errors pass unchanged.
pub(crate) fn unhashable_as(vm: &Vm, e: PyErr, key: &Value, what: &str) -> PyErr {
    if !crate::object::ObjRef::ptr_eq(&e.0.class(), crate::exceptions::exception_types().get("TypeError")) {
        return e;
    }
    let message = crate::exceptions::exception_data(&e.0)
        .and_then(|d| d.state.lock().args.first().and_then(|a| a.as_str().map(str::to_string)))
        .unwrap_or_default();
    PyErr::type_error(format!("cannot use '{}' as {what} ({message})", vm.type_name(key)))
}

/// The type name Argument Clinic's "argument must be X, not Y" messages give: "None" for None.
pub(crate) fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() { "None".to_string() } else { vm.type_name(v) }
}
