//! The warnings core (CPython's `_warnings`): the filters, the per-module
//! `__warningregistry__`, and issuing a warning — ignore it, raise it (`error`), or show it once
//! per location / module / process, or always.
//!
//! The state (filters list, once-registry, default action, filters version) belongs to the
//! interpreter. When the `warnings` module has been imported, its attributes `filters`,
//! `onceregistry`, `defaultaction` and `_showwarnmsg` are read instead, so that code assigning
//! `warnings.filters = [...]` (as `catch_warnings` does) is obeyed; before that, the core shows
//! warnings itself in the same format. Filters made by `filterwarnings` hold compiled patterns
//! and are matched by calling their `match` method; the default filters hold plain strings,
//! which match exactly (as `_warnings.c` matches them).
//!
//! Native code warns with [`Vm::warn`]; `module.rs` is the `_warnings` module; `compile.rs`
//! issues the compiler's `SyntaxWarning`s.

mod compile;
mod module;

use std::sync::atomic::{AtomicI64, Ordering};
use std::thread::ThreadId;

use parking_lot::{Condvar, Mutex};

pub use compile::{CompileWarningError, compile_with_optimize, compile_with_options, compile_with_warnings, file_line, issue_compile_warnings, warning_as_error};
pub use module::init_module;

use crate::builtins::{intern, new_str, new_tuple};
use crate::exceptions::{PyErr, exception_types};
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

/// The DeprecationWarning for `~` on a bool (Python 3.12 to 3.15).
pub const BOOL_INVERT_DEPRECATED: &str = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

/// The interpreter's warnings state.
#[derive(Default)]
pub struct WarningsState {
    /// `_warnings.filters` (created with the default filters on first use).
    filters: Mutex<Option<Value>>,
    once_registry: Mutex<Option<Value>>,
    default_action: Mutex<Option<Value>>,
    /// Bumped whenever the filters change; registries remembering another version are cleared.
    version: AtomicI64,
    lock: RecursiveLock,
}

/// A lock one thread may take several times (`_warnings._acquire_lock`). Nothing is held
/// while Python code runs: the owner and depth are plain data.
#[derive(Default)]
struct RecursiveLock {
    state: Mutex<(Option<ThreadId>, usize)>,
    released: Condvar,
}

impl RecursiveLock {
    fn acquire(&self) {
        let me = std::thread::current().id();
        let mut s = self.state.lock();
        while s.0.is_some_and(|owner| owner != me) {
            self.released.wait(&mut s);
        }
        s.0 = Some(me);
        s.1 += 1;
    }

    /// False when the calling thread does not hold the lock.
    fn release(&self) -> bool {
        let me = std::thread::current().id();
        let mut s = self.state.lock();
        if s.0 != Some(me) || s.1 == 0 {
            return false;
        }
        s.1 -= 1;
        if s.1 == 0 {
            s.0 = None;
            self.released.notify_one();
        }
        true
    }
}

/// Holds the warnings lock until dropped.
struct LockGuard<'a>(&'a RecursiveLock);

impl Drop for LockGuard<'_> {
    fn drop(&mut self) {
        self.0.release();
    }
}

impl WarningsState {
    fn filters_version(&self) -> i64 {
        self.version.load(Ordering::Relaxed)
    }

    /// `_filters_mutated_lock_held()`.
    pub fn filters_mutated(&self) {
        self.version.fetch_add(1, Ordering::Relaxed);
    }

    /// The core's own filters list, with CPython 3.14's defaults on first use.
    fn own_filters(&self) -> Value {
        self.filters.lock().get_or_insert_with(default_filters).clone()
    }

    fn own_once_registry(&self) -> Value {
        self.once_registry.lock().get_or_insert_with(|| Value::Obj(crate::dict::new_dict_object())).clone()
    }

    fn own_default_action(&self) -> Value {
        self.default_action.lock().get_or_insert_with(|| new_str("default")).clone()
    }
}

/// The filters a release build of CPython 3.14 starts with: DeprecationWarning shown for code
/// in `__main__`, and ignored elsewhere with PendingDeprecationWarning, ImportWarning and
/// ResourceWarning.
fn default_filters() -> Value {
    let exc = exception_types();
    let filter = |action: &str, category: &str, module: Value| {
        new_tuple(vec![new_str(action), Value::None, Value::Obj(exc.get(category).clone()), module, Value::Int(0)])
    };
    crate::builtins::new_list(vec![
        filter("default", "DeprecationWarning", new_str("__main__")),
        filter("ignore", "DeprecationWarning", Value::None),
        filter("ignore", "PendingDeprecationWarning", Value::None),
        filter("ignore", "ImportWarning", Value::None),
        filter("ignore", "ResourceWarning", Value::None),
    ])
}

/// Where a warning is attributed to: CPython's `setup_context`.
struct Context {
    filename: Value,
    lineno: i64,
    module: Value,
    registry: Value,
}

impl Vm {
    /// Issues a warning of the built-in category `category` (`"DeprecationWarning"`) from
    /// native code; `stacklevel` 1 is the Python code running now.
    pub fn warn(&mut self, category: &str, message: impl Into<String>, stacklevel: i64) -> PyResult<()> {
        let category = Value::Obj(exception_types().get(category).clone());
        self.warn_with_category(new_str(message.into()), category, stacklevel, Value::None, &[])
    }

    /// `warnings.warn(message, category, stacklevel, source, skip_file_prefixes=...)` with a
    /// validated category.
    pub(crate) fn warn_with_category(
        &mut self,
        message: Value,
        category: Value,
        stacklevel: i64,
        source: Value,
        skip_file_prefixes: &[String],
    ) -> PyResult<()> {
        let ctx = self.warning_context(stacklevel, skip_file_prefixes)?;
        let interp = self.interp.clone();
        interp.warnings.lock.acquire();
        let _guard = LockGuard(&interp.warnings.lock);
        self.warn_explicit_locked(category, message, ctx.filename, ctx.lineno, Some(ctx.module), ctx.registry, source)
    }

    /// `warnings.warn_explicit(...)`: the filters decide what happens to the warning.
    /// `module` None derives the module from the file name; `registry` None records nothing
    /// per module.
    #[allow(clippy::too_many_arguments)]
    pub fn warn_explicit(
        &mut self,
        category: Value,
        message: Value,
        filename: Value,
        lineno: i64,
        module: Option<Value>,
        registry: Value,
        source: Value,
    ) -> PyResult<()> {
        let interp = self.interp.clone();
        interp.warnings.lock.acquire();
        let _guard = LockGuard(&interp.warnings.lock);
        self.warn_explicit_locked(category, message, filename, lineno, module, registry, source)
    }

    /// The frame `stacklevel` levels up (skipping frames from files in `skip_file_prefixes`
    /// beyond the first), or `sys` when the stack is not that deep.
    fn warning_context(&mut self, stacklevel: i64, skip_file_prefixes: &[String]) -> PyResult<Context> {
        let mut level = stacklevel;
        let mut frames = self.frames.iter().rev().peekable();
        let mut frame = frames.next();
        while level > 1 && frame.is_some() {
            level -= 1;
            frame = if skip_file_prefixes.is_empty() {
                frames.next()
            } else {
                loop {
                    let f = frames.next();
                    match f {
                        Some(f) if code_filename(&f.code).is_some_and(|n| skip_file_prefixes.iter().any(|p| n.starts_with(p.as_str()))) => {}
                        other => break other,
                    }
                }
            };
        }
        let (globals, filename, lineno) = match frame {
            Some(f) => {
                let filename = code_filename(&f.code).unwrap_or_default();
                (f.globals.clone(), new_str(filename), f.line_at(f.ip.saturating_sub(1)) as i64)
            }
            None => {
                let sys_dict = self.interp.sys.dict_or_create().clone();
                (sys_dict, new_str("<sys>"), 0)
            }
        };
        let dict = globals.as_dict().expect("frame globals are a dict");
        let module = match dict.get_str("__name__") {
            Some(name @ Value::None) => name,
            Some(name) if name.as_pystr().is_some() => name,
            _ => new_str("<string>"),
        };
        let registry = match dict.get_str("__warningregistry__") {
            Some(r) => r,
            None => {
                let r = Value::Obj(crate::dict::new_dict_object());
                dict.set_str(intern("__warningregistry__"), r.clone());
                r
            }
        };
        Ok(Context { filename, lineno, module, registry })
    }

    #[allow(clippy::too_many_arguments)]
    fn warn_explicit_locked(
        &mut self,
        category: Value,
        message: Value,
        filename: Value,
        lineno: i64,
        module: Option<Value>,
        registry: Value,
        source: Value,
    ) -> PyResult<()> {
        let module = match module {
            Some(m) if !matches!(m, Value::None) => m,
            _ => normalize_module(&filename),
        };
        let warning_class = Value::Obj(exception_types().get("Warning").clone());
        let (text, message, category) = if crate::builtins::functions::is_instance(self, &message, &warning_class)? {
            let text = new_str(self.str_string(&message)?);
            let category = Value::Obj(self.class_of(&message));
            (text, message, category)
        } else {
            let instance = self.call(&category, std::slice::from_ref(&message), &[])?;
            (message, instance, category)
        };
        let key = new_tuple(vec![text.clone(), category.clone(), Value::Int(lineno)]);
        let registry = match registry {
            Value::None => None,
            r => Some(r),
        };
        if let Some(r) = &registry {
            if self.already_warned(r, &key, false)? {
                return Ok(());
            }
        }
        let (action, item) = self.matching_filter(&category, &text, lineno, &module)?;
        let action_name = action.as_str().unwrap_or_default().to_string();
        if action_name == "error" {
            return Err(PyErr(message.as_obj().cloned().expect("a warning instance")));
        }
        // An ignored warning leaves no trace in the registry.
        if action_name == "ignore" {
            return Ok(());
        }
        let mut seen = false;
        if action_name != "always" && action_name != "all" {
            if let Some(r) = &registry {
                self.registry_set(r, key)?;
            }
            match action_name.as_str() {
                "once" => {
                    let r = match &registry {
                        Some(r) => r.clone(),
                        None => self.once_registry()?,
                    };
                    seen = self.already_warned(&r, &new_tuple(vec![text.clone(), category.clone()]), true)?;
                }
                "module" => {
                    if let Some(r) = &registry {
                        seen = self.already_warned(r, &new_tuple(vec![text.clone(), category.clone(), Value::Int(0)]), true)?;
                    }
                }
                "default" => {}
                _ => {
                    let action_repr = self.repr_string(&action)?;
                    let item_repr = item.map(|i| self.repr_string(&i)).transpose()?.unwrap_or_else(|| "None".into());
                    return Err(PyErr::new("RuntimeError", format!("Unrecognized action ({action_repr}) in warnings.filters:\n {item_repr}")));
                }
            }
        }
        if seen {
            return Ok(());
        }
        self.show_warning(&category, &text, &message, &filename, lineno, &source)
    }

    /// The registry says this key was warned about (with the current filters); with `set`, it
    /// is recorded if not. A registry from older filters is cleared first.
    fn already_warned(&mut self, registry: &Value, key: &Value, set: bool) -> PyResult<bool> {
        let dict = registry_dict(registry)?;
        let version = self.interp.warnings.filters_version();
        let current = matches!(dict.get_str("version"), Some(Value::Int(v)) if v == version);
        if !current {
            dict.clear();
            dict.set_str(intern("version"), Value::Int(version));
        } else if let Some(v) = dict.get(self, key)? {
            if self.is_true(&v)? {
                return Ok(true);
            }
        }
        if set {
            dict.set(self, key.clone(), Value::Bool(true))?;
        }
        Ok(false)
    }

    fn registry_set(&mut self, registry: &Value, key: Value) -> PyResult<()> {
        registry_dict(registry)?.set(self, key, Value::Bool(true))
    }

    /// The first filter matching the warning, as (action, filter), or the default action.
    fn matching_filter(&mut self, category: &Value, text: &Value, lineno: i64, module: &Value) -> PyResult<(Value, Option<Value>)> {
        let filters = self.filters()?;
        let items = match &filters {
            Value::Obj(o) => match &o.kind {
                crate::object::Kind::List(l) => l.lock().clone(),
                _ => return Err(PyErr::value_error("_warnings.filters must be a list")),
            },
            _ => return Err(PyErr::value_error("_warnings.filters must be a list")),
        };
        for (i, item) in items.into_iter().enumerate() {
            let fields = match item.as_tuple() {
                Some(t) if t.len() == 5 => t.to_vec(),
                _ => return Err(PyErr::value_error(format!("_warnings.filters item {i} isn't a 5-tuple"))),
            };
            let [action, msg, cat, mod_, ln] = <[Value; 5]>::try_from(fields).expect("five fields");
            if action.as_pystr().is_none() {
                return Err(PyErr::type_error(format!("action must be a string, not '{}'", self.type_name(&action))));
            }
            let good_msg = self.filter_matches(&msg, text)?;
            let good_mod = self.filter_matches(&mod_, module)?;
            let is_subclass = crate::builtins::functions::is_subclass(self, category, &cat)?;
            let ln = self.index_value(&ln)?;
            if good_msg && good_mod && is_subclass && (ln == 0 || ln == lineno) {
                return Ok((action, Some(item)));
            }
        }
        Ok((self.default_action()?, None))
    }

    /// A filter's message or module part: None matches anything, a str matches exactly, and
    /// anything else is a compiled pattern whose `match` decides.
    fn filter_matches(&mut self, pattern: &Value, arg: &Value) -> PyResult<bool> {
        match pattern {
            Value::None => Ok(true),
            p if p.as_obj().is_some_and(|o| o.as_str().is_some() && o.class_data().is_builtin()) => {
                Ok(matches!((p.as_str(), arg.as_str()), (Some(a), Some(b)) if a == b))
            }
            p => {
                let matcher = self.getattr(p, &intern("match"))?;
                let r = self.call(&matcher, std::slice::from_ref(arg), &[])?;
                self.is_true(&r)
            }
        }
    }

    /// `warnings.<name>` when the `warnings` module is imported and has it.
    fn warnings_attr(&mut self, name: &str) -> PyResult<Option<Value>> {
        let Some(module) = self.interp.modules.as_dict().and_then(|d| d.get_str("warnings")) else { return Ok(None) };
        match self.getattr(&module, &intern(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The filters in force: `warnings.filters` once that module exists, else the core's.
    pub(crate) fn filters(&mut self) -> PyResult<Value> {
        if let Some(f) = self.warnings_attr("filters")? {
            *self.interp.warnings.filters.lock() = Some(f.clone());
            return Ok(f);
        }
        Ok(self.interp.warnings.own_filters())
    }

    fn once_registry(&mut self) -> PyResult<Value> {
        if let Some(r) = self.warnings_attr("onceregistry")? {
            if r.as_obj().and_then(|o| o.as_dict()).is_none() {
                return Err(PyErr::type_error(format!("_warnings.onceregistry must be a dict, not '{}'", self.type_name(&r))));
            }
            *self.interp.warnings.once_registry.lock() = Some(r.clone());
            return Ok(r);
        }
        Ok(self.interp.warnings.own_once_registry())
    }

    fn default_action(&mut self) -> PyResult<Value> {
        if let Some(a) = self.warnings_attr("defaultaction")? {
            if a.as_pystr().is_none() {
                return Err(PyErr::type_error(format!("_warnings.defaultaction must be a string, not '{}'", self.type_name(&a))));
            }
            *self.interp.warnings.default_action.lock() = Some(a.clone());
            return Ok(a);
        }
        Ok(self.interp.warnings.own_default_action())
    }

    /// Shows a warning through `warnings._showwarnmsg` when the module is imported, else writes
    /// `file:line: Category: text` and the source line to `sys.stderr` directly.
    fn show_warning(&mut self, category: &Value, text: &Value, message: &Value, filename: &Value, lineno: i64, source: &Value) -> PyResult<()> {
        if let Some(show) = self.warnings_attr("_showwarnmsg")? {
            if !crate::builtins::functions::is_callable(&show) {
                return Err(PyErr::type_error("warnings._showwarnmsg() must be set to a callable"));
            }
            let Some(class) = self.warnings_attr("WarningMessage")? else {
                return Err(PyErr::new("RuntimeError", "unable to get warnings.WarningMessage"));
            };
            let args = [message.clone(), category.clone(), filename.clone(), Value::Int(lineno), Value::None, Value::None, source.clone()];
            let msg = self.call(&class, &args, &[])?;
            self.call(&show, &[msg], &[])?;
            return Ok(());
        }
        let name = self.getattr(category, &intern("__name__"))?;
        let mut out = format!("{}:{lineno}: {}: {}\n", self.str_string(filename)?, self.str_string(&name)?, self.str_string(text)?);
        if let Some(f) = filename.as_str().filter(|f| !(f.starts_with('<') && f.ends_with('>'))) {
            if let Ok(line) = u32::try_from(lineno) {
                let text = crate::traceback::source::getline(f, line);
                let text = text.trim_start_matches([' ', '\t', '\x0c']);
                if !text.is_empty() {
                    out.push_str("  ");
                    out.push_str(text);
                    out.push('\n');
                }
            }
        }
        let stderr = crate::sys::stderr(self);
        if matches!(stderr, Value::None) {
            return Ok(());
        }
        crate::sys::write_to(self, &stderr, &out)
    }
}

fn code_filename(code: &ObjRef) -> Option<String> {
    code.as_code().map(|c| c.compiled.filename.to_string())
}

fn registry_dict(registry: &Value) -> PyResult<&crate::dict::Dict> {
    registry.as_obj().and_then(|o| o.as_dict()).ok_or_else(|| PyErr::type_error("'registry' must be a dict or None"))
}

/// The module name a file name stands for when none is given: the name less `.py`.
fn normalize_module(filename: &Value) -> Value {
    match filename.as_str() {
        Some("") => new_str("<unknown>"),
        Some(f) => match f.strip_suffix(".py") {
            Some(stem) => new_str(stem),
            None => filename.clone(),
        },
        None => filename.clone(),
    }
}
