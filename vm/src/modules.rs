//! The module library an interpreter imports from besides `sys.path`: modules written in Rust
//! ([`NativeModule`], found before `sys.path` like CPython's built-in modules) and modules written
//! in Python and embedded in the binary ([`EmbeddedModule`], found after `sys.path`, so a
//! program's own `string.py` shadows the library's as it shadows CPython's).
//!
//! The VM registers its core modules (`_thread`, ...) in [`ModuleLibrary::core`]; the
//! `ophis-stdlib` crate adds the standard library on top and the `ophis` binary passes the result
//! to [`crate::interp::Interpreter::with_library`].

use crate::builtins::{intern, new_list, new_str};
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

/// A module implemented in Rust. `init` fills the namespace of the fresh module
/// (`__name__` is already set).
#[derive(Clone, Copy)]
pub struct NativeModule {
    pub name: &'static str,
    pub init: fn(&mut Vm, &ObjRef) -> PyResult<()>,
}

/// A module written in Python whose source is embedded in the binary.
#[derive(Clone, Copy)]
pub struct EmbeddedModule {
    /// Dotted module name (`json.decoder`; a package is named without `__init__`).
    pub name: &'static str,
    pub source: &'static str,
    pub is_package: bool,
}

/// The modules an interpreter can import without searching `sys.path`.
#[derive(Clone, Default)]
pub struct ModuleLibrary {
    native: Vec<NativeModule>,
    embedded: Vec<EmbeddedModule>,
}

impl ModuleLibrary {
    /// The modules the VM itself provides.
    pub fn core() -> ModuleLibrary {
        let mut lib = ModuleLibrary::default();
        lib.add_native(NativeModule { name: "_thread", init: crate::thread::init_module });
        lib.add_native(NativeModule { name: "_typing", init: crate::typing::init_module });
        lib.add_native(NativeModule { name: "_warnings", init: crate::warnings::init_module });
        lib.add_native(NativeModule { name: "_weakref", init: crate::weakref::init_module });
        // `from __future__ import ...` statements import it at run time, so every interpreter
        // has it. Its compile-time effects are the compiler's (compiler/src/symtable/future.rs).
        lib.add_embedded(EmbeddedModule { name: "__future__", source: include_str!("../lib/__future__.py"), is_package: false });
        lib
    }

    /// Adds (or replaces) a native module.
    pub fn add_native(&mut self, module: NativeModule) {
        self.native.retain(|m| m.name != module.name);
        self.native.push(module);
    }

    /// Adds (or replaces) an embedded Python module.
    pub fn add_embedded(&mut self, module: EmbeddedModule) {
        self.embedded.retain(|m| m.name != module.name);
        self.embedded.push(module);
    }

    pub fn native(&self, name: &str) -> Option<&NativeModule> {
        self.native.iter().find(|m| m.name == name)
    }

    pub fn embedded(&self, name: &str) -> Option<&EmbeddedModule> {
        self.embedded.iter().find(|m| m.name == name)
    }

    /// Names of the native modules, sorted (`sys.builtin_module_names` adds `builtins` and `sys`).
    pub fn native_names(&self) -> Vec<&'static str> {
        let mut names: Vec<_> = self.native.iter().map(|m| m.name).collect();
        names.sort_unstable();
        names
    }

    /// Dotted names of every module in the library, sorted (the REPL completes `import` from
    /// them).
    pub fn all_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.native.iter().map(|m| m.name).chain(self.embedded.iter().map(|m| m.name)).collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Top-level names of every module in the library (`sys.stdlib_module_names`).
    pub fn top_level_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self
            .native
            .iter()
            .map(|m| m.name)
            .chain(self.embedded.iter().map(|m| m.name))
            .map(|n| n.split('.').next().unwrap_or(n))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// The file name an embedded module's code reports (`co_filename`, tracebacks), in the form
/// CPython uses for its frozen modules.
pub fn embedded_filename(name: &str) -> String {
    format!("<frozen {name}>")
}

/// A new module object named `name` with an immortal namespace holding the standard dunder
/// attributes. Module namespaces live as long as the process and are read by every thread.
pub fn new_module(name: &str) -> (ObjRef, ObjRef) {
    let d = crate::dict::new_dict_object();
    d.make_immortal();
    let dict = d.as_dict().expect("dict");
    dict.set_str(intern("__name__"), new_str(name));
    dict.set_str(intern("__doc__"), Value::None);
    dict.set_str(intern("__package__"), new_str(name.rsplit_once('.').map_or("", |(p, _)| p)));
    dict.set_str(intern("__loader__"), Value::None);
    dict.set_str(intern("__spec__"), Value::None);
    let module = Object::with_dict(types::builtin().module.clone(), Kind::Module, d.clone());
    module.make_immortal();
    (module, d)
}

/// Marks a module namespace as a package with the given `__path__` entries.
pub fn make_package(dict: &ObjRef, name: &str, path: Vec<String>) {
    let d = dict.as_dict().expect("dict");
    d.set_str(intern("__package__"), new_str(name));
    d.set_str(intern("__path__"), new_list(path.into_iter().map(new_str).collect()));
}

/// Adds Rust functions to a native module's namespace.
pub fn add_functions(module: &ObjRef, functions: &[(&str, crate::function::NativeFn)]) {
    let module_name = module.as_dict().expect("dict").get_str("__name__");
    add_functions_to(module, module_name, functions);
}

/// Adds Rust functions to a native module that a Python module of another name re-exports
/// (`_time` behind `time`): their `__module__` is `public_name`, as in CPython.
pub fn add_functions_as(module: &ObjRef, public_name: &str, functions: &[(&str, crate::function::NativeFn)]) {
    add_functions_to(module, Some(new_str(public_name)), functions);
}

fn add_functions_to(module: &ObjRef, module_name: Option<Value>, functions: &[(&str, crate::function::NativeFn)]) {
    let dict = module.as_dict().expect("dict");
    for (name, f) in functions {
        let func = match &module_name {
            Some(module_name) => crate::builtins::native_module_function(name, module_name.clone(), *f),
            None => crate::builtins::native_function(name, None, *f),
        };
        dict.set_str(intern(name), Value::Obj(func));
    }
}
