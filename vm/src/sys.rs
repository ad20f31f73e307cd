//! The `sys` module, and the standard streams.

use std::io::Write;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::builtins::{add_method, intern, native_module_function, new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

/// A standard stream: which one it is.
pub struct Stream(pub u8);

fn stream_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let b = types::builtin();
        let data = TypeData::new("TextIOWrapper", vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
        let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
        t.make_immortal();
        add_method(&t, "write", stream_write);
        add_method(&t, "read", stream_read);
        add_method(&t, "writable", stream_writable);
        add_method(&t, "readable", stream_readable);
        add_method(&t, "isatty", stream_isatty);
        add_method(&t, "fileno", stream_fileno);
        add_method(&t, "readline", stream_readline);
        add_method(&t, "flush", stream_flush);
        crate::builtins::add_property(&t, "encoding", stream_encoding);
        crate::builtins::add_property(&t, "errors", stream_errors);
        crate::builtins::add_property(&t, "name", stream_name);
        crate::builtins::add_property(&t, "mode", stream_mode);
        t
    })
}

fn stdout_buffer() -> &'static Mutex<std::io::BufWriter<std::io::Stdout>> {
    static B: OnceLock<Mutex<std::io::BufWriter<std::io::Stdout>>> = OnceLock::new();
    B.get_or_init(|| Mutex::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())))
}

/// Whether stdout is flushed after every write (`-u`, or a terminal).
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What the command line sets before the interpreter starts: `sys.flags` values and the `-X`
/// options (`sys._xoptions`).
static COMMAND_LINE: parking_lot::Mutex<Option<(Vec<(&'static str, i64)>, Vec<String>)>> = parking_lot::Mutex::new(None);

pub fn set_command_line(flags: Vec<(&'static str, i64)>, xoptions: Vec<String>) {
    *COMMAND_LINE.lock() = Some((flags, xoptions));
}

pub fn set_unbuffered(on: bool) {
    UNBUFFERED.store(on, std::sync::atomic::Ordering::Relaxed);
}

pub fn flush_stdout() {
    let _ = stdout_buffer().lock().flush();
}

fn write_stream(which: u8, text: &str) {
    if which == 1 {
        let mut b = stdout_buffer().lock();
        let _ = b.write_all(text.as_bytes());
        if UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed) {
            let _ = b.flush();
        }
    } else {
        flush_stdout();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let which = args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<Stream>()).map_or(1, |s| s.0);
    let Some(text) = args.values.get(1) else {
        return Err(PyErr::type_error("write() takes exactly one argument (0 given)"));
    };
    let Some(s) = text.as_str() else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(text))));
    };
    write_stream(which, s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_which(args: &Args) -> u8 {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<Stream>()).map_or(1, |s| s.0)
}

fn stream_writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_which(&args) != 0))
}

fn stream_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_which(&args) == 0))
}

fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::Bool(match stream_which(&args) {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(stream_which(&args) as i64))
}

fn stream_read(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut s = String::new();
    crate::gil::allow_threads(|| std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)).map_err(|e| PyErr::new("OSError", e.to_string()))?;
    Ok(new_str(s))
}

fn stream_readline(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut s = String::new();
    crate::gil::allow_threads(|| std::io::stdin().read_line(&mut s)).map_err(|e| PyErr::new("OSError", e.to_string()))?;
    Ok(new_str(s))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    flush_stdout();
    Ok(Value::None)
}

fn stream_encoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn stream_errors(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(if stream_which(&args) == 2 { "backslashreplace" } else { "strict" }))
}

fn stream_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(["<stdin>", "<stdout>", "<stderr>"][stream_which(&args).min(2) as usize]))
}

fn stream_mode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(if stream_which(&args) == 0 { "r" } else { "w" }))
}

fn stream(which: u8) -> Value {
    // One object per stream, so `sys.stdout is sys.__stdout__`.
    static STREAMS: OnceLock<[ObjRef; 3]> = OnceLock::new();
    let streams = STREAMS.get_or_init(|| {
        [0u8, 1, 2].map(|w| {
            let o = Object::new(stream_type().clone(), Kind::Native(Box::new(Stream(w))));
            o.make_immortal();
            o
        })
    });
    Value::Obj(streams[which as usize].clone())
}

pub(crate) fn sys_dict(vm: &Vm) -> &crate::dict::Dict {
    vm.interp.sys.dict_if_present().and_then(|d| d.as_dict()).expect("sys dict")
}

/// `sys.stdout` as currently set.
pub fn stdout(vm: &mut Vm) -> Value {
    sys_dict(vm).get_str("stdout").unwrap_or(Value::None)
}

pub fn stderr(vm: &mut Vm) -> Value {
    sys_dict(vm).get_str("stderr").unwrap_or(Value::None)
}

/// Writes text to a file object (the real streams directly, anything else via `.write`).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(s) = file.as_obj().and_then(|o| o.as_native::<Stream>()) {
        write_stream(s.0, text);
        return Ok(());
    }
    if file.is_none() {
        return Ok(());
    }
    let write = vm.getattr(file, &intern("write"))?;
    vm.call(&write, &[new_str(text)], &[])?;
    Ok(())
}

pub fn install(vm: &mut Vm, argv: Vec<String>) {
    let sys = vm.interp.sys.clone();
    let d = sys.dict_or_create().as_dict().expect("dict");
    let set = |name: &str, v: Value| d.set_str(intern(name), v);
    set("__name__", new_str("sys"));
    set("argv", new_list(argv.into_iter().map(new_str).collect()));
    set("path", new_list(Vec::new()));
    set("warnoptions", new_list(Vec::new()));
    set("modules", Value::Obj(vm.interp.modules.clone()));
    set("stdout", stream(1));
    set("stderr", stream(2));
    set("__stdout__", stream(1));
    set("__stderr__", stream(2));
    set("version", new_str(format!("3.14.0 (ophis {})", env!("CARGO_PKG_VERSION"))));
    let vi_type = types::new_struct_sequence_type("version_info", "sys", &["major", "minor", "micro", "releaselevel", "serial"]);
    set("version_info", Value::Obj(Object::new(vi_type, Kind::Tuple(vec![Value::Int(3), Value::Int(14), Value::Int(0), new_str("final"), Value::Int(0)].into_boxed_slice()))));
    let fi_type = types::new_struct_sequence_type("float_info", "sys", &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
    set("float_info", Value::Obj(Object::new(fi_type, Kind::Tuple(vec![
        Value::Float(f64::MAX), Value::Int(1024), Value::Int(308), Value::Float(f64::MIN_POSITIVE), Value::Int(-1021), Value::Int(-307),
        Value::Int(15), Value::Int(53), Value::Float(f64::EPSILON), Value::Int(2), Value::Int(1),
    ].into_boxed_slice()))));
    // As CPython: a non-empty PYTHONDONTWRITEBYTECODE sets the flag (ophis never writes
    // bytecode files either way).
    let dont_write_bytecode = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    set("dont_write_bytecode", Value::Bool(dont_write_bytecode));
    let ii_type = types::new_struct_sequence_type("int_info", "sys", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
    set("int_info", Value::Obj(Object::new(ii_type, Kind::Tuple(vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)].into_boxed_slice()))));
    set("hexversion", Value::Int(0x030e00f0));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set("byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("platform", new_str(std::env::consts::OS));
    set("executable", new_str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    let mut builtin_names = vec!["builtins", "sys"];
    builtin_names.extend(vm.interp.library.native_names());
    builtin_names.sort_unstable();
    set("builtin_module_names", new_tuple(builtin_names.into_iter().map(new_str).collect()));
    let mut stdlib_names = vec!["builtins", "sys"];
    stdlib_names.extend(vm.interp.library.top_level_names());
    if let Ok(names) = crate::builtins::new_frozenset(vm, stdlib_names.into_iter().map(new_str).collect()) {
        set("stdlib_module_names", names);
    }
    let implementation = Object::new(types::builtin().module.clone(), Kind::Module);
    {
        let id = implementation.dict_or_create().as_dict().expect("dict");
        id.set_str(intern("name"), new_str("ophis"));
        id.set_str(intern("cache_tag"), Value::None);
        id.set_str(intern("version"), new_tuple(vec![Value::Int(0), Value::Int(1), Value::Int(0), new_str("alpha"), Value::Int(0)]));
    }
    set("implementation", Value::Obj(implementation));
    // sys.flags: a struct sequence of the interpreter flags; the last three are attributes
    // only, as in CPython 3.14 (not part of the tuple).
    const FLAG_FIELDS: [&str; 18] = [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];
    let (flag_values, xoptions) = COMMAND_LINE.lock().clone().unwrap_or_default();
    let flag = |name: &str, default: i64| flag_values.iter().rev().find(|(n, _)| *n == name).map_or(default, |(_, v)| *v);
    let values: Vec<Value> = FLAG_FIELDS
        .iter()
        .map(|&name| match name {
            "dont_write_bytecode" => Value::Int(flag(name, i64::from(dont_write_bytecode))),
            "hash_randomization" => Value::Int(flag(name, 1)),
            "int_max_str_digits" => Value::Int(flag(name, 4300)),
            "dev_mode" | "safe_path" => Value::Bool(flag(name, 0) != 0),
            _ => Value::Int(flag(name, 0)),
        })
        .collect();
    set("dont_write_bytecode", Value::Bool(flag("dont_write_bytecode", i64::from(dont_write_bytecode)) != 0));
    let flags_type = types::new_struct_sequence_type("flags", "sys", &FLAG_FIELDS);
    if let Some(t) = flags_type.as_type() {
        for (name, v) in [("n_sequence_fields", 18), ("n_fields", 21), ("n_unnamed_fields", 0)] {
            t.dict.set_str(intern(name), Value::Int(v));
        }
    }
    let flags = Object::new(flags_type, Kind::Tuple(values.into_boxed_slice()));
    if let Some(fd) = flags.dict_or_create().as_dict() {
        for (name, default) in [("gil", 0), ("thread_inherit_context", 1), ("context_aware_warnings", 1)] {
            fd.set_str(intern(name), Value::Int(flag(name, default)));
        }
    }
    // `-X name=value` maps name to the value string, `-X name` to True.
    let xo = crate::dict::new_dict_object();
    for x in xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (k.to_string(), new_str(v)),
            None => (x.clone(), Value::Bool(true)),
        };
        xo.as_dict().expect("dict").set_str(intern(&k), v);
    }
    set("_xoptions", Value::Obj(xo));
    set("flags", Value::Obj(flags));
    set("stdin", stream(0));
    let table: &[(&str, crate::function::NativeFn)] = &[
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exit", sys_exit),
        ("excepthook", excepthook),
        ("displayhook", displayhook),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", sys_intern),
        ("_getframemodulename", getframemodulename),
        ("_is_gil_enabled", is_gil_enabled),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("getrefcount", getrefcount),
    ];
    let module_name = new_str("sys");
    for (name, f) in table {
        set(name, Value::Obj(native_module_function(name, module_name.clone(), *f)));
    }
    set("_jit", Value::Obj(jit_module()));
    // The original hooks stay reachable as sys.__excepthook__ / sys.__displayhook__.
    for name in ["excepthook", "displayhook"] {
        if let Some(v) = d.get_str(name) {
            d.set_str(intern(&format!("__{name}__")), v);
        }
    }
    vm.interp.modules.as_dict().expect("dict").set_str(intern("sys"), Value::Obj(sys.clone()));
    let builtins = vm.interp.builtins_module.clone();
    vm.interp.modules.as_dict().expect("dict").set_str(intern("builtins"), Value::Obj(builtins));
}

/// `sys.set_int_max_str_digits` limit (0 = unlimited).
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(4300);

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed) as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().or_else(|| args.kwarg("maxdigits")).cloned().ok_or_else(|| PyErr::type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"))?;
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be >= 640 or 0 for unlimited"));
    }
    INT_MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

/// The default `sys.excepthook`: prints the traceback to stderr (in colour at a terminal).
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::traceback::hooks::excepthook(vm, args)
}

fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = args.values.first() {
        vm.display_hook(v.clone())?;
    }
    Ok(Value::None)
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(PyErr::with_args("SystemExit", args.pos().to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.index_value(args.values.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.interp.set_recursion_limit(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match vm.exc_info.clone() {
        Some(e) => {
            let t = Value::Obj(vm.class_of(&e));
            let tb = e.as_obj().map_or(Value::None, crate::traceback::traceback_object);
            new_tuple(vec![t, e, tb])
        }
        None => new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone().unwrap_or(Value::None))
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() != 1 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("sys.intern() takes exactly one argument ({} given)", args.values.len())));
    }
    let v = &args.values[0];
    match v.as_str() {
        Some(_) if !v.as_obj().is_some_and(|o| o.class_data().is_builtin()) => {
            Err(PyErr::type_error(format!("can't intern {}", vm.type_name(v))))
        }
        Some(s) => Ok(Value::Obj(intern(s))),
        None => Err(PyErr::type_error(format!("intern() argument must be str, not {}", vm.type_name(v)))),
    }
}

/// `sys._getframemodulename(depth=0)`: `__name__` of the globals of the Python frame `depth`
/// calls up (what `namedtuple` and `enum` use to set `__module__`), or None.
fn getframemodulename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.values.first().or_else(|| args.kwarg("depth")) {
        Some(d) => vm.index_value(d)?,
        None => 0,
    };
    let Ok(depth) = usize::try_from(depth) else { return Ok(Value::None) };
    let Some(frame) = vm.frames.len().checked_sub(depth + 1).and_then(|i| vm.frames.get(i)) else { return Ok(Value::None) };
    Ok(frame.globals.as_dict().and_then(|g| g.get_str("__name__")).unwrap_or(Value::None))
}

fn is_gil_enabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::gil::is_enabled()))
}

fn getswitchinterval(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(crate::gil::switch_interval()))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.values else {
        return Err(PyErr::type_error(format!("setswitchinterval() takes exactly one argument ({} given)", args.values.len())));
    };
    let seconds = vm.to_float(v)?;
    if seconds <= 0.0 {
        return Err(PyErr::new("ValueError", "switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval(seconds);
    Ok(Value::None)
}

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(args.values.first().and_then(|v| v.as_obj()).map_or(1, |o| o.refcount() as i64)))
}

/// `sys._jit` (CPython 3.14): ophis has no JIT compiler, so it is neither available, enabled
/// nor active. A module object that is not in `sys.modules`, as in CPython.
fn jit_module() -> ObjRef {
    let (module, d) = crate::modules::new_module("sys._jit");
    let dict = d.as_dict().expect("dict");
    dict.set_str(intern("__doc__"), new_str("Utilities for observing just-in-time compilation."));
    dict.set_str(intern("__package__"), new_str(""));
    fn no_jit(name: &str, args: &Args) -> PyResult<Value> {
        match args.values.len() {
            0 => Ok(Value::Bool(false)),
            n if args.kwnames.is_empty() => Err(PyErr::type_error(format!("sys._jit.{name}() takes no arguments ({n} given)"))),
            _ => Err(PyErr::type_error(format!("sys._jit.{name}() takes no keyword arguments"))),
        }
    }
    let table: &[(&str, crate::function::NativeFn)] = &[
        ("is_available", |_, a| no_jit("is_available", &a)),
        ("is_enabled", |_, a| no_jit("is_enabled", &a)),
        ("is_active", |_, a| no_jit("is_active", &a)),
    ];
    crate::modules::add_functions(&d, table);
    module
}
