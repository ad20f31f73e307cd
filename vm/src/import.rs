//! Imports: `sys.modules`, finding modules and packages on `sys.path`, relative imports,
//! running a module's code, and the in-memory compiled-code cache.

use std::path::{Path, PathBuf};

use crate::builtins::{intern, new_str};
use crate::exceptions::PyErr;
use crate::interp::Vm;
use crate::modules::EmbeddedModule;
use crate::numbers::{IntRef, as_int};
use crate::object::ObjRef;
use crate::value::Value;
use crate::PyResult;

fn module_not_found(name: &str) -> PyErr {
    module_not_found_with(name, format!("No module named '{name}'"))
}

/// A ModuleNotFoundError for module `name` (its `name` attribute) with `message`.
fn module_not_found_with(name: &str, message: String) -> PyErr {
    let e = PyErr::new("ModuleNotFoundError", message);
    crate::exception_fields::set(&e.0, "name", Some(new_str(name)));
    e
}

impl Vm {
    /// IMPORT_NAME / `__import__`.
    pub fn import_name(&mut self, name: &ObjRef, fromlist: &Value, level: &Value, globals: &ObjRef) -> PyResult<Value> {
        let name = name.as_str().expect("str").as_str().to_string();
        let level = match as_int(level) {
            Some(IntRef::Small(l)) => l,
            _ => 0,
        };
        let absolute = if level > 0 {
            let g = globals.as_dict().expect("globals");
            let package = match g.get_str("__package__").filter(|p| !p.is_none()) {
                Some(p) => p.as_str().unwrap_or("").to_string(),
                None => {
                    let modname = g.get_str("__name__").and_then(|n| n.as_str().map(|s| s.to_string())).unwrap_or_default();
                    if g.get_str("__path__").is_some() { modname } else { modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() }
                }
            };
            if package.is_empty() {
                return Err(PyErr::new("ImportError", "attempted relative import with no known parent package"));
            }
            let mut parts: Vec<&str> = package.split('.').collect();
            for _ in 1..level {
                if parts.pop().is_none() || parts.is_empty() {
                    return Err(PyErr::new("ImportError", "attempted relative import beyond top-level package"));
                }
            }
            let base = parts.join(".");
            if name.is_empty() { base } else { format!("{base}.{name}") }
        } else {
            if name.is_empty() {
                return Err(PyErr::value_error("Empty module name"));
            }
            name.clone()
        };
        let module = self.import_absolute(&absolute)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            v => !self.collect_iterable(v)?.is_empty(),
        };
        if !has_fromlist {
            if level == 0 {
                let top = absolute.split('.').next().unwrap_or(&absolute);
                return self.lookup_module(top).ok_or_else(|| module_not_found(top));
            }
            if name.is_empty() {
                return Ok(module);
            }
            let top = name.split('.').next().unwrap_or(&name);
            let prefix_len = absolute.len() - name.len();
            let wanted = format!("{}{}", &absolute[..prefix_len], top);
            return self.lookup_module(&wanted).ok_or_else(|| module_not_found(&wanted));
        }
        // `from package import submodule`: import submodules named in the fromlist.
        if let Value::Obj(m) = &module {
            let is_package = m.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str("__path__"))).is_some();
            if is_package {
                for item in self.collect_iterable(fromlist)? {
                    let Some(sub) = item.as_str().map(|s| s.to_string()) else { continue };
                    if sub == "*" {
                        continue;
                    }
                    let has = m.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str(&sub))).is_some();
                    if !has {
                        match self.import_absolute(&format!("{absolute}.{sub}")) {
                            Ok(_) => {}
                            Err(e) if e.is("ModuleNotFoundError") => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        Ok(module)
    }

    fn lookup_module(&self, name: &str) -> Option<Value> {
        self.interp.modules.as_dict().expect("dict").get_str(name)
    }

    /// Imports `a.b.c` (and its parents), returning the module `a.b.c`.
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.lookup_module(name) {
            // A module another thread is still initializing is waited for (the importer holds
            // the import lock while the body runs); this thread's own circular import gets the
            // partial module, as in CPython.
            if !crate::module_spec::is_initializing(&m) {
                return Ok(m);
            }
        }
        let interp = self.interp.clone();
        let _guard = crate::gil::allow_threads(|| interp.import_lock.lock());
        if let Some(m) = self.lookup_module(name) {
            return Ok(m);
        }
        let parent = match name.rsplit_once('.') {
            Some((parent, _)) => Some(self.import_absolute(parent)?),
            None => None,
        };
        // Importing the parent may have made the submodule (`os` sets sys.modules['os.path']).
        if parent.is_some() {
            if let Some(m) = self.lookup_module(name) {
                return Ok(m);
            }
        }
        if let Some(native) = self.interp.library.native(name).copied() {
            return self.load_native_module(name, native.init, parent);
        }
        let search_path = match &parent {
            Some(p) => {
                let path = p.as_obj().and_then(|o| o.dict_if_present()).and_then(|d| d.as_dict().and_then(|d| d.get_str("__path__")));
                let Some(path) = path else {
                    let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
                    return Err(module_not_found_with(name, format!("No module named '{name}'; '{parent}' is not a package")));
                };
                self.collect_iterable(&path)?
            }
            None => {
                let sys_path = self.interp.sys.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str("path"))).unwrap_or(Value::None);
                if sys_path.is_none() { vec![] } else { self.collect_iterable(&sys_path)? }
            }
        };
        let last = name.rsplit('.').next().unwrap_or(name);
        // Directories without __init__.py are PEP 420 namespace package portions, used when no
        // regular module or package is found on the whole path.
        let mut namespace_dirs: Vec<String> = Vec::new();
        for entry in search_path {
            let Some(dir) = entry.as_str() else { continue };
            // '' means the current directory, which CPython's path finder makes absolute.
            let cwd;
            let dir = if dir.is_empty() {
                cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
                cwd.as_path()
            } else {
                Path::new(dir)
            };
            let pkg_init = dir.join(last).join("__init__.py");
            if pkg_init.is_file() {
                return self.load_module_file(name, &pkg_init, Some(dir.join(last)), parent);
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return self.load_module_file(name, &file, None, parent);
            }
            if dir.join(last).is_dir() {
                namespace_dirs.push(dir.join(last).display().to_string());
            }
        }
        if let Some(embedded) = self.interp.library.embedded(name).copied() {
            return self.load_embedded_module(embedded, parent);
        }
        if !namespace_dirs.is_empty() {
            let (module, d) = crate::modules::new_module(name);
            crate::module_spec::install(&d, name, crate::module_spec::Origin::Namespace, Some(&namespace_dirs));
            crate::modules::make_package(&d, name, namespace_dirs);
            d.as_dict().expect("dict").set_str(intern("__file__"), Value::None);
            self.interp.modules.as_dict().expect("dict").set_str(intern(name), Value::Obj(module.clone()));
            return Ok(self.bind_in_parent(name, Value::Obj(module), parent));
        }
        Err(module_not_found(name))
    }

    fn load_module_file(&mut self, name: &str, file: &Path, package_dir: Option<PathBuf>, parent: Option<Value>) -> PyResult<Value> {
        let code = self.compiled_file(file)?;
        let package_path = package_dir.map(|dir| vec![dir.display().to_string()]);
        self.run_module_code(name, code, Some(file.display().to_string()), package_path, parent)
    }

    /// Imports a module written in Python that is embedded in the binary.
    fn load_embedded_module(&mut self, module: EmbeddedModule, parent: Option<Value>) -> PyResult<Value> {
        let filename = crate::modules::embedded_filename(module.name);
        let key = PathBuf::from(&filename);
        let cached = self.interp.code_cache.lock().get(&key).cloned();
        let code = match cached {
            Some(c) => c,
            None => {
                let code = crate::warnings::compile_with_warnings(self, module.source, &filename, ophis_compiler::CompileMode::Exec)?;
                self.interp.code_cache.lock().insert(key, code.clone());
                code
            }
        };
        let package_path = module.is_package.then(Vec::new);
        self.run_module_code(module.name, code, None, package_path, parent)
    }

    /// Creates, registers and fills a module implemented in Rust.
    fn load_native_module(&mut self, name: &str, init: fn(&mut Vm, &ObjRef) -> PyResult<()>, parent: Option<Value>) -> PyResult<Value> {
        let (module, d) = crate::modules::new_module(name);
        crate::module_spec::install(&d, name, crate::module_spec::Origin::Native, None);
        let modules = self.interp.modules.clone();
        modules.as_dict().expect("dict").set_str(intern(name), Value::Obj(module.clone()));
        crate::module_spec::set_initializing(&d, true);
        let result = init(self, &d);
        crate::module_spec::set_initializing(&d, false);
        if let Err(e) = result {
            modules.as_dict().expect("dict").remove_str(name);
            return Err(e);
        }
        Ok(self.bind_in_parent(name, Value::Obj(module), parent))
    }

    /// Runs a module's code in a fresh namespace registered in `sys.modules` (removed again
    /// when the body raises), and binds the result in its parent package.
    fn run_module_code(&mut self, name: &str, code: ObjRef, file: Option<String>, package_path: Option<Vec<String>>, parent: Option<Value>) -> PyResult<Value> {
        let (module, d) = crate::modules::new_module(name);
        let dict = d.as_dict().expect("dict");
        let origin = match &file {
            Some(f) => crate::module_spec::Origin::File(f),
            None => crate::module_spec::Origin::Embedded,
        };
        crate::module_spec::install(&d, name, origin, package_path.as_deref());
        if let Some(file) = &file {
            dict.set_str(intern("__file__"), new_str(file.as_str()));
        }
        dict.set_str(intern("__builtins__"), Value::Obj(self.interp.builtins_module.clone()));
        if let Some(path) = package_path {
            crate::modules::make_package(&d, name, path);
        }
        let modules = self.interp.modules.clone();
        modules.as_dict().expect("dict").set_str(intern(name), Value::Obj(module.clone()));
        // While the body runs, `from m import x` failures say the module is partially
        // initialized.
        crate::module_spec::set_initializing(&d, true);
        let result = self.run_code(code, d.clone(), None);
        crate::module_spec::set_initializing(&d, false);
        if let Err(e) = result {
            modules.as_dict().expect("dict").remove_str(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        let module = self.lookup_module(name).unwrap_or(Value::Obj(module));
        Ok(self.bind_in_parent(name, module, parent))
    }

    /// Sets a submodule as an attribute of its parent package.
    fn bind_in_parent(&self, name: &str, module: Value, parent: Option<Value>) -> Value {
        if let Some(Value::Obj(p)) = parent {
            let last = name.rsplit('.').next().unwrap_or(name);
            if let Some(pd) = p.dict_if_present().and_then(|d| d.as_dict()) {
                pd.set_str(intern(last), module.clone());
            }
        }
        module
    }

    /// The compiled code of a source file, from the in-memory cache when unchanged.
    pub fn compiled_file(&mut self, file: &Path) -> PyResult<ObjRef> {
        let key = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
        if let Some(c) = self.interp.code_cache.lock().get(&key) {
            return Ok(c.clone());
        }
        let bytes = std::fs::read(file).map_err(|e| PyErr::new("OSError", e.to_string()))?;
        let source = String::from_utf8_lossy(&bytes).into_owned();
        let code = crate::warnings::compile_with_warnings(self, &source, &file.display().to_string(), ophis_compiler::CompileMode::Exec)?;
        self.interp.code_cache.lock().insert(key, code.clone());
        Ok(code)
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is("AttributeError") => {
                let n = name.as_str().expect("str").as_str();
                let modname = module.as_obj().and_then(|m| m.dict_if_present()).and_then(|d| d.as_dict().and_then(|d| d.get_str("__name__"))).and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_default();
                if let Some(v) = self.lookup_module(&format!("{modname}.{n}")) {
                    return Ok(v);
                }
                let message = self.import_from_message(module, n, &modname)?;
                let e = PyErr::new("ImportError", message);
                crate::exception_fields::set(&e.0, "name", Some(new_str(modname.as_str())));
                crate::exception_fields::set(&e.0, "name_from", Some(new_str(n)));
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    /// The message of a failed `from module import name`, as CPython words it: the module's
    /// location; "partially initialized" while its body runs (a circular import), or the
    /// renaming hint when the module sits in the script's directory (`sys.path[0]`) and may
    /// shadow a library.
    fn import_from_message(&mut self, module: &Value, n: &str, modname: &str) -> PyResult<String> {
        let namespace = module.as_obj().and_then(|m| m.dict_if_present()).cloned();
        let get = |key: &str| namespace.as_ref().and_then(|d| d.as_dict()).and_then(|d| d.get_str(key));
        let Some(file) = get("__file__").and_then(|v| v.as_str().map(str::to_string)) else {
            return Ok(format!("cannot import name '{n}' from '{modname}' (unknown location)"));
        };
        let spec = get("__spec__").unwrap_or(Value::None);
        let origin = match &spec {
            Value::None => None,
            s => self.getattr(s, &intern("origin")).ok().and_then(|o| o.as_str().map(str::to_string)),
        };
        let shadowing = origin.as_deref().is_some_and(|o| self.in_script_directory(o));
        if shadowing {
            let stdlib = crate::sys::sys_dict(self).get_str("stdlib_module_names");
            let is_stdlib = match stdlib {
                Some(names) => self.contains(&names, &new_str(modname))?,
                None => false,
            };
            if is_stdlib {
                let origin = origin.unwrap_or_default();
                return Ok(format!(
                    "cannot import name '{n}' from '{modname}' (consider renaming '{origin}' since it has the same name as the standard library module named '{modname}' and prevents importing that standard library module)"
                ));
            }
        }
        let initializing = match &spec {
            Value::None => false,
            s => match self.getattr(s, &intern("_initializing")) {
                Ok(v) => self.is_true(&v)?,
                Err(_) => false,
            },
        };
        Ok(match (initializing, shadowing) {
            (true, true) => format!(
                "cannot import name '{n}' from '{modname}' (consider renaming '{}' if it has the same name as a library you intended to import)",
                origin.unwrap_or_default()
            ),
            (true, false) => format!("cannot import name '{n}' from partially initialized module '{modname}' (most likely due to a circular import) ({file})"),
            _ => format!("cannot import name '{n}' from '{modname}' ({file})"),
        })
    }

    /// Whether a module file lies directly in `sys.path[0]` (the script's directory; the
    /// current directory when that entry is empty).
    fn in_script_directory(&self, origin: &str) -> bool {
        let first = crate::sys::sys_dict(self).get_str("path").and_then(|p| match p.kind() {
            Some(crate::object::Kind::List(l)) => l.lock().first().cloned(),
            _ => None,
        });
        let Some(first) = first.and_then(|v| v.as_str().map(str::to_string)) else { return false };
        let dir = if first.is_empty() {
            match std::env::current_dir() {
                Ok(d) => d.display().to_string(),
                Err(_) => return false,
            }
        } else {
            first
        };
        Path::new(origin).parent().is_some_and(|p| p.as_os_str() == std::ffi::OsStr::new(&dir))
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, locals: &ObjRef) -> PyResult<()> {
        let Some(md) = module.as_obj().and_then(|m| m.dict_if_present()).cloned() else { return Ok(()) };
        let d = md.as_dict().expect("dict");
        let names: Vec<Value> = match d.get_str("__all__") {
            Some(all) => self.collect_iterable(&all)?,
            None => d.keys().into_iter().filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_'))).collect(),
        };
        for n in names {
            let Some(s) = n.as_str().map(|s| s.to_string()) else { continue };
            let v = self.getattr(module, &intern(&s))?;
            self.mapping_set_str(locals, intern(&s), v)?;
        }
        Ok(())
    }
}
