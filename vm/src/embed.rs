//! The embedding API, first cut: create an interpreter, run source in a namespace, read values
//! back as Rust types, call Python functions from Rust, and expose Rust functions to Python.
//!
//! ```
//! use ophis_vm::embed::Engine;
//!
//! let mut engine = Engine::new();
//! // Register a Rust function callable from Python.
//! engine.register("twice", |_vm, args| {
//!     let n = args.values[0].as_i64().unwrap_or(0);
//!     Ok(ophis_vm::Value::Int(n * 2))
//! });
//! // Run source in the engine's namespace.
//! engine.run("def add(a, b):\n    return a + b\nresult = twice(21)\n").unwrap();
//! // Get a value back as a Rust type.
//! assert_eq!(engine.get("result").and_then(|v| v.as_i64()), Some(42));
//! // Call a Python function from Rust.
//! let sum = engine.call("add", &[ophis_vm::Value::Int(2), ophis_vm::Value::Int(3)]).unwrap();
//! assert_eq!(sum.as_i64(), Some(5));
//! // Evaluate an expression.
//! assert_eq!(engine.eval("len('ophis')").unwrap().as_i64(), Some(5));
//! ```

use std::sync::Arc;

use crate::builtins::{intern, new_str};
use crate::function::{Args, BuiltinFunction, NativeCallable};
use crate::interp::{Interpreter, Vm};
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;
use crate::{PyErr, PyResult, types};

/// An interpreter with one namespace (a `__main__`-like module dict).
pub struct Engine {
    vm: Vm,
    globals: ObjRef,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// An engine with the VM's core modules only (no standard library).
    pub fn new() -> Engine {
        Engine::with_library(crate::modules::ModuleLibrary::core())
    }

    /// An engine that imports from `library` (e.g. `ophis_stdlib::library()`).
    pub fn with_library(library: crate::modules::ModuleLibrary) -> Engine {
        let interp = Interpreter::with_library(vec![String::new()], library);
        let vm = Vm::new(interp);
        let globals = crate::dict::new_dict_object();
        let g = globals.as_dict().expect("dict");
        g.set_str(intern("__name__"), new_str("__main__"));
        g.set_str(intern("__builtins__"), Value::Obj(vm.interp.builtins_module.clone()));
        Engine { vm, globals }
    }

    /// Runs statements in the engine's namespace.
    pub fn run(&mut self, source: &str) -> PyResult<()> {
        let code = crate::compile::compile_to_code(source, "<embedded>", ophis_compiler::CompileMode::Exec)?;
        self.vm.run_code(code, self.globals.clone(), None)?;
        Ok(())
    }

    /// Evaluates one expression.
    pub fn eval(&mut self, source: &str) -> PyResult<Value> {
        let code = crate::compile::compile_to_code(source, "<embedded>", ophis_compiler::CompileMode::Eval)?;
        self.vm.run_code(code, self.globals.clone(), None)
    }

    /// A global of the namespace.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.globals.as_dict().expect("dict").get_str(name)
    }

    pub fn set(&mut self, name: &str, value: Value) {
        self.globals.as_dict().expect("dict").set_str(intern(name), value);
    }

    /// Calls the global function `name` with positional arguments.
    pub fn call(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.get(name).ok_or_else(|| PyErr::new("NameError", format!("name '{name}' is not defined")))?;
        self.vm.call(&f, args, &[])
    }

    /// Makes a Rust closure callable from Python as the global `name`.
    pub fn register(&mut self, name: &str, f: impl Fn(&mut Vm, Args) -> PyResult<Value> + Send + Sync + 'static) {
        let func = Object::new(
            types::builtin().builtin_function.clone(),
            Kind::BuiltinFunction(Box::new(BuiltinFunction {
                name: name.into(),
                owner: None,
                func: NativeCallable::Closure(Arc::new(f)),
                bound: None,
                doc: None,
                module: None,
            })),
        );
        self.set(name, Value::Obj(func));
    }

    /// The text of `str(value)`.
    pub fn to_string(&mut self, value: &Value) -> PyResult<String> {
        self.vm.str_string(value)
    }

    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }
}

impl Value {
    /// The value as an i64, if it is an int (or bool) that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
}
