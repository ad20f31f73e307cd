//! Callables and their parts: runtime code objects, Python functions, built-in (Rust)
//! functions, bound methods and closure cells.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::interp::Vm;
use crate::object::{ObjRef, SharedSlot};
use crate::value::Value;
use crate::PyResult;

/// A compiled code object with its constants and names turned into (immortal) values.
pub struct Code {
    pub compiled: Arc<ophis_compiler::CodeObject>,
    pub constants: Box<[Value]>,
    /// `names` as interned str objects.
    pub names: Box<[ObjRef]>,
    /// One inline cache per instruction that has one (`Instruction::cache`).
    pub caches: Box<[crate::cache::InlineCache]>,
}

impl Code {
    #[inline]
    pub fn global_cache_get(&self, cache: u16, globals_version: u64, builtins_version: u64) -> Option<Value> {
        self.caches.get(cache as usize)?.get(globals_version, builtins_version)
    }

    pub fn global_cache_put(&self, cache: u16, globals_version: u64, builtins_version: u64, value: &Value) {
        if let Some(c) = self.caches.get(cache as usize) {
            c.put(globals_version, builtins_version, value);
        }
    }
}

pub struct Function {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// Closure cells, one per free variable of the code (set once, right after creation).
    pub closure_cells: std::sync::OnceLock<Box<[ObjRef]>>,
    /// A tuple, or unset.
    pub defaults: SharedSlot,
    /// A dict, or unset.
    pub kwdefaults: SharedSlot,
    pub attrs: Mutex<FunctionAttrs>,
}

/// The rarely-read, assignable attributes.
pub struct FunctionAttrs {
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
    pub annotations: Value,
    pub annotate: Value,
    pub type_params: Value,
}

impl Function {
    pub fn closure(&self) -> Option<&[ObjRef]> {
        self.closure_cells.get().map(|c| &c[..])
    }

    pub fn code(&self) -> &Code {
        self.code.as_code().expect("function code is a code object")
    }
}

/// How Rust functions receive arguments: positional ones, then keyword values named by
/// `kwnames` (as Python's vectorcall does).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    /// Names (str objects) of the last `kwnames.len()` values.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args { values, kwnames: &[] }
    }

    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let kws = &self.values[self.values.len() - self.kwnames.len()..];
        self.kwnames.iter().map(|k| k.as_str().unwrap_or("")).zip(kws.iter())
    }

    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A Rust closure callable from Python (the embedding API).
pub type NativeClosure = Arc<dyn Fn(&mut Vm, Args) -> PyResult<Value> + Send + Sync>;

pub enum NativeCallable {
    Fn(NativeFn),
    Closure(NativeClosure),
}

pub struct BuiltinFunction {
    pub name: Box<str>,
    /// For methods of built-in types: the type's name, for `__qualname__` and messages.
    pub owner: Option<&'static str>,
    pub func: NativeCallable,
    /// The bound object (`[].append`), or None for plain functions and unbound method descriptors.
    pub bound: Option<Value>,
    pub doc: Option<&'static str>,
    /// For functions of native modules: the module's `__name__` (`math.sqrt.__module__`);
    /// None means a builtin (`'builtins'`) or a method of a type.
    pub module: Option<Value>,
}

pub struct BoundMethod {
    pub func: Value,
    pub object: Value,
}

pub struct Cell(pub Mutex<Option<Value>>);
