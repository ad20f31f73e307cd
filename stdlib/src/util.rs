//! Helpers shared by the native modules: argument checks with CPython's messages, calls to
//! built-in functions, and small conversions.

use ophis_vm::builtins::intern;
use ophis_vm::function::Args;
use ophis_vm::{PyErr, PyResult, Value, Vm};

/// `name() takes no keyword arguments` unless `args` has none.
pub fn no_kwargs(name: &str, args: &Args) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// CPython's message for a function unpacking `min..=max` positional arguments
/// (`add expected 2 arguments, got 1`).
pub fn count_error(name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", plural(max))
    };
    PyErr::type_error(msg)
}

/// The positional arguments, checked to be between `min` and `max` with no keywords.
pub fn positional<'a>(name: &str, qualified: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kwargs(qualified, args)?;
    let pos = args.pos();
    if pos.len() < min || pos.len() > max {
        return Err(count_error(name, pos.len(), min, max));
    }
    Ok(pos)
}

/// The single argument of a one-argument function (`_operator.neg() takes exactly one argument (0 given)`).
pub fn one_arg<'a>(qualified: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    no_kwargs(qualified, args)?;
    match args.pos() {
        [v] => Ok(v),
        pos => Err(PyErr::type_error(format!("{qualified}() takes exactly one argument ({} given)", pos.len()))),
    }
}

/// Calls the built-in function `name` (`len`, `abs`, `isinstance`, ...).
pub fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = vm
        .builtins()
        .as_dict()
        .and_then(|d| d.get_str(name))
        .ok_or_else(|| PyErr::new("SystemError", format!("builtin {name} is missing")))?;
    vm.call(&f, args, &[])
}

/// `getattr(obj, name)` for a Rust string.
pub fn getattr_str(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    vm.getattr(obj, &intern(name))
}

/// The value of an int that fits i64 (bools included).
pub fn int_i64(v: &Value) -> Option<i64> {
    match ophis_vm::numbers::as_int(v)? {
        ophis_vm::numbers::IntRef::Small(n) => Some(n),
        ophis_vm::numbers::IntRef::Big(_) => None,
    }
}

/// The signature of a function taking positional-or-keyword parameters `pos` (the first
/// `required` of them required) and keyword-only parameters `kwonly`, as CPython's Argument
/// Clinic parses it (with its messages).
pub struct Signature {
    pub name: &'static str,
    pub pos: &'static [&'static str],
    pub required: usize,
    pub kwonly: &'static [&'static str],
}

impl Signature {
    /// One slot per parameter (`pos` then `kwonly`), None where not given.
    pub fn parse(&self, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let f = self.name;
        let given = args.pos();
        let mut out: Vec<Option<Value>> = vec![None; self.pos.len() + self.kwonly.len()];
        if given.len() > self.pos.len() {
            let positional = if self.kwonly.is_empty() { "" } else { "positional " };
            // (Argument Clinic says "exactly" only for functions with keyword-only parameters.)
            let how = if self.required == self.pos.len() && !self.kwonly.is_empty() { "exactly" } else { "at most" };
            let n = self.pos.len();
            let plural = if n == 1 { "" } else { "s" };
            return Err(PyErr::type_error(format!("{f}() takes {how} {n} {positional}argument{plural} ({} given)", given.len())));
        }
        for (slot, v) in out.iter_mut().zip(given) {
            *slot = Some(v.clone());
        }
        for (name, v) in args.kw() {
            let index = self.pos.iter().chain(self.kwonly).position(|p| *p == name);
            match index {
                Some(i) if i < given.len() => {
                    return Err(PyErr::type_error(format!("argument for {f}() given by name ('{name}') and position ({})", i + 1)));
                }
                Some(i) => out[i] = Some(v.clone()),
                None => return Err(PyErr::type_error(format!("{f}() got an unexpected keyword argument '{name}'"))),
            }
        }
        for (i, name) in self.pos[..self.required].iter().enumerate() {
            if out[i].is_none() {
                return Err(PyErr::type_error(format!("{f}() missing required argument '{name}' (pos {})", i + 1)));
            }
        }
        Ok(out)
    }
}

/// `MemoryError()`.
pub fn memory_error() -> PyErr {
    PyErr::with_args("MemoryError", vec![])
}

/// Appends to a buffer whose size the user controls, raising MemoryError instead of aborting
/// when the allocation fails.
pub fn push_checked(buffer: &mut Vec<Value>, item: Value) -> PyResult<()> {
    buffer.try_reserve(1).map_err(|_| memory_error())?;
    buffer.push(item);
    Ok(())
}
