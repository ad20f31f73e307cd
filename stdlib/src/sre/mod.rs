//! `_sre`: the regular-expression engine behind `re` (`lib/re/__init__.py` holds the public
//! API, flags, the compile cache and `re.error`).
//!
//! Map: `parse.rs` (pattern syntax → `ast.rs` tree, CPython's `re.error` messages and
//! positions), `compile.rs` (tree → instruction list, flags resolved, fixed-width look-behind
//! check), `matcher.rs` (backtracking over an explicit heap stack), `charset.rs` (character
//! sets), `text.rs` + `case_tables.rs` (classification and IGNORECASE case mappings),
//! `subject.rs` (the string matched: bytes or code points), `template.rs` (replacement
//! templates), `pattern.rs` / `match_obj.rs` / `scanner.rs` (the Python types).
//!
//! `_sre.compile(pattern, flags)` parses and compiles; errors are raised as the `re.error`
//! class registered by `re` with `_sre._set_error(cls)` (ValueError until then).

mod ast;
mod case_tables;
mod charset;
mod compile;
mod match_obj;
mod matcher;
mod parse;
mod pattern;
mod scanner;
mod subject;
mod template;
mod text;
#[cfg(test)]
mod tests;

use parking_lot::RwLock;
use ophis_vm::builtins::new_str;
use ophis_vm::function::Args;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args::{self as arg_helpers, Sig};
use parse::ParseError;
use pattern::PatternObj;

static ERROR_CLASS: RwLock<Option<Value>> = RwLock::new(None);

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[("compile", sre_compile), ("_set_error", set_error), ("ascii_iscased", ascii_iscased), ("unicode_iscased", unicode_iscased), ("ascii_tolower", ascii_tolower), ("unicode_tolower", unicode_tolower)],
    );
    crate::args::set_attr(module, "MAXREPEAT", Value::Int(ast::MAXREPEAT as i64));
    crate::args::set_attr(module, "MAXGROUPS", Value::Int(ast::MAXGROUPS as i64));
    crate::args::set_attr(module, "CODESIZE", Value::Int(4));
    crate::args::set_attr(module, "MAGIC", Value::Int(20230612));
    crate::args::set_attr(module, "Pattern", Value::Obj(pattern::pattern_type().clone()));
    crate::args::set_attr(module, "Match", Value::Obj(match_obj::match_type().clone()));
    Ok(())
}

/// Binds method arguments (after self) to `params`, the first `required` required, with
/// CPython's messages ("match() missing required argument 'string' (pos 1)").
pub(crate) fn bind<'a, const N: usize>(a: &Args<'a>, name: &str, params: &[&str], required: usize) -> PyResult<[Option<&'a Value>; N]> {
    let n = a.pos().len();
    if n > N {
        return Err(PyErr::type_error(format!("{name}() takes at most {N} argument{} ({n} given)", if N == 1 { "" } else { "s" })));
    }
    arg_helpers::bind::<N>(a, &Sig { name, params, posonly: 0, kwonly_from: N, required })
}

/// The exception for a rejected pattern or template (`pattern` is what `re.error.pattern` holds).
pub(crate) fn raise_parse_error(vm: &mut Vm, err: ParseError, pattern: &Value) -> PyErr {
    match err {
        ParseError::Other { class, msg } => PyErr::new(class, msg),
        ParseError::Syntax { msg, pos } => {
            let class = ERROR_CLASS.read().clone();
            let Some(class) = class else { return PyErr::value_error(msg) };
            let args = match pos {
                Some(p) => vec![new_str(msg), pattern.clone(), Value::Int(p as i64)],
                None => vec![new_str(msg)],
            };
            match vm.call(&class, &args, &[]) {
                Ok(Value::Obj(o)) if ophis_vm::exceptions::exception_data(&o).is_some() => PyErr(o),
                Ok(_) => PyErr::type_error("re.error did not make an exception"),
                Err(e) => e,
            }
        }
    }
}

fn set_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = crate::util::one_arg("_set_error", &a)?;
    *ERROR_CLASS.write() = Some(cls.clone());
    Ok(Value::None)
}

/// `compile(pattern, flags)`: a Pattern for a str or bytes-like pattern.
fn sre_compile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = crate::util::positional("compile", "compile", &a, 2, 2)?;
    let pattern = &pos[0];
    let flags = vm.index_value(&pos[1])?;
    let flags = u32::try_from(flags).map_err(|_| PyErr::new("OverflowError", "flags out of range"))?;
    let (code, is_text): (Vec<u32>, bool) = if let Some(s) = pattern.as_str() {
        (s.chars().map(|c| c as u32).collect(), true)
    } else if let Some(b) = ophis_vm::buffer::bytes_of_checked(pattern)? {
        (b.iter().map(|&c| c as u32).collect(), false)
    } else {
        return Err(PyErr::type_error("first argument must be string or compiled pattern"));
    };
    let (parsed, warnings) = parse::parse(&code, is_text, flags);
    for w in &warnings {
        vm.warn("FutureWarning", w.msg.clone(), 3)?;
    }
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => return Err(raise_parse_error(vm, e, pattern)),
    };
    let prog = match compile::compile(&parsed.nodes, parsed.flags, &parsed.group_widths, is_text) {
        Ok(p) => p,
        Err(e) => return Err(raise_parse_error(vm, e, pattern)),
    };
    let dict = ophis_vm::dict::new_dict_object();
    let d = dict.as_dict().expect("a dict");
    for (name, g) in &parsed.group_names {
        d.set(vm, new_str(name.as_str()), Value::Int(*g as i64))?;
    }
    let groupindex = ophis_vm::builtins::new_mappingproxy(Value::Obj(dict));
    // The pattern object keeps an immutable copy (a bytearray pattern may change later).
    let stored = if is_text || matches!(pattern.kind(), Some(ophis_vm::object::Kind::Bytes(_))) {
        pattern.clone()
    } else {
        ophis_vm::builtins::new_bytes(code.iter().map(|&c| c as u8).collect())
    };
    let obj = PatternObj {
        prog,
        pattern: stored,
        flags: parsed.flags,
        groups: parsed.groups - 1,
        names: parsed.group_names,
        is_text,
        groupindex,
        code,
    };
    Ok(ophis_vm::native_type::new_instance(pattern::pattern_type(), obj))
}

fn char_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<u32> {
    let v = crate::util::one_arg(name, a)?;
    let i = vm.index_value(v)?;
    u32::try_from(i).map_err(|_| PyErr::value_error("character out of range"))
}

fn ascii_iscased(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "ascii_iscased")?;
    Ok(Value::Bool(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "unicode_iscased")?;
    Ok(Value::Bool(text::is_cased(c, text::Mode::Unicode)))
}

fn ascii_tolower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "ascii_tolower")?;
    Ok(Value::Int(text::lower(c, text::Mode::Ascii) as i64))
}

fn unicode_tolower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "unicode_tolower")?;
    Ok(Value::Int(text::lower(c, text::Mode::Unicode) as i64))
}
