//! The `builtins` module and the constructors of built-in values.
//!
//! - `functions.rs`: the built-in functions (print, len, isinstance, ...).
//! - `classes.rs`: calling types (`type.__call__`, `__new__`/`__init__`), `__build_class__`,
//!   `super`, and the constructors of the built-in types (`int(...)`, `list(...)`, ...).
//! - `constructors_text.rs`, `constructors_complex.rs`: `str()`, `bytes()`, `bytearray()` and
//!   `complex()` argument forms.
//! - Methods of the built-in types, one file per type, each registering its methods from an
//!   `install()`: `methods.rs` (object, type, property, BaseException), `methods_str.rs` and
//!   `methods_str_text.rs` (str), `methods_bytes.rs`, `methods_bytes_special.rs` and
//!   `methods_bytearray.rs` (bytes and bytearray), `methods_list.rs`, `methods_tuple.rs`,
//!   `methods_dict.rs`, `methods_dictview.rs`, `methods_set.rs` (set and frozenset),
//!   `methods_int.rs` (int and bool), `methods_float.rs`, `methods_complex.rs`,
//!   `methods_range.rs`, `methods_slice.rs`, `methods_iter.rs` (native iterators),
//!   `methods_mappingproxy.rs`, `methods_generic_alias.rs` (`list[int]`), `methods_object.rs`
//!   (`__dir__`, `__reduce_ex__`, `__getstate__`, ... of object/type/module). `getsets.rs`: the
//!   attribute descriptors (getsets, members) and docstrings of the built-in types. Special methods
//!   (`int.__add__`, `list.__getitem__`, ...) work on the receiver's payload directly, never
//!   through the protocol that would look them up again for a subclass instance.
//! - `method_args.rs`: receivers and argument binding with CPython's messages (slot wrappers,
//!   METH_NOARGS/METH_O, positional-only, Argument Clinic).
//! - `unicode.rs` with the generated `unicode_tables.rs`: str predicates and case mappings as
//!   CPython 3.14 (Unicode 16.0) defines them; `codecs.rs`: encode/decode.
//! - `containers.rs`: helpers for slices, sets and lists shared by the protocols.

mod class_assignment;
mod classes;
mod codecs;
mod constructors_complex;
mod constructors_text;
mod containers;
pub(crate) mod functions;
mod getsets;
pub(crate) mod method_args;
mod methods;
mod methods_bytearray;
mod methods_bytes;
mod methods_bytes_special;
mod methods_complex;
mod methods_dict;
mod methods_dictview;
mod methods_float;
mod methods_generic_alias;
mod methods_int;
mod methods_iter;
mod methods_list;
mod methods_memoryview;
mod methods_mappingproxy;
mod methods_object;
mod methods_range;
mod methods_set;
mod methods_slice;
mod methods_str;
mod methods_str_text;
mod methods_tuple;
pub mod unicode;
#[rustfmt::skip]
mod unicode_tables;

use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::function::{Args, BuiltinFunction, Code, Function, FunctionAttrs, NativeCallable, NativeFn};
use crate::interp::{Frame, Vm};
use crate::object::{Kind, Object, ObjRef, SharedSlot};
use crate::str::PyStr;
use crate::types;
use crate::value::Value;

pub use containers::{list_del_slice, list_set_slice, new_frozenset, new_set, range_getitem, set_add, set_compare, set_operator, set_update, slice_bounds, slice_indices};
pub use classes::exception_attribute;
pub(crate) use classes::supports_weakrefs as class_supports_weakrefs;
pub(crate) use method_args::unexpected_keyword;
pub(crate) use functions::{check_args, dir_of, is_callable, is_instance, length};
pub(crate) use functions::is_subclass as functions_is_subclass;
pub(crate) use method_args::{receiver_as, unhashable_as};
pub use methods_set::set_contains;
pub use methods_generic_alias::{GenericAlias, new_generic_alias};
pub(crate) use methods_generic_alias::class_getitem;
pub use methods_mappingproxy::new_mappingproxy;
pub(crate) use methods_memoryview::{attribute as memoryview_attribute, is_attribute as is_memoryview_attribute};

pub fn new_str(s: impl Into<Box<str>>) -> Value {
    Value::Obj(Object::new(types::builtin().str.clone(), Kind::Str(PyStr::new(s))))
}

pub fn new_float(f: f64) -> Value {
    Value::Float(f)
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(Object::new(types::builtin().tuple.clone(), Kind::Tuple(items.into_boxed_slice())))
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(Object::new(types::builtin().list.clone(), Kind::List(Mutex::new(items))))
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Obj(Object::new(types::builtin().bytes.clone(), Kind::Bytes(b.into_boxed_slice())))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    methods_bytes::new_bytearray(b)
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(Object::new(types::builtin().slice.clone(), Kind::Slice { start, stop, step }))
}

/// The interned, immortal str object for `name` (identifiers, attribute names).
pub fn intern(name: &str) -> ObjRef {
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, ObjRef>>> = OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    let mut t = table.lock();
    if let Some(o) = t.get(name) {
        return o.clone();
    }
    let o = Object::new(types::builtin().str.clone(), Kind::Str(PyStr::new(name)));
    o.make_immortal();
    t.insert(name.into(), o.clone());
    o
}

fn singleton(name: &'static str) -> ObjRef {
    let class = types::builtin().by_name(name).expect("singleton type").clone();
    let o = Object::new(class, Kind::Singleton);
    o.make_immortal();
    o
}

pub fn not_implemented() -> &'static ObjRef {
    static O: OnceLock<ObjRef> = OnceLock::new();
    O.get_or_init(|| singleton("NotImplementedType"))
}

pub fn ellipsis() -> &'static ObjRef {
    static O: OnceLock<ObjRef> = OnceLock::new();
    O.get_or_init(|| singleton("ellipsis"))
}

/// A built-in function object.
pub fn native_function(name: &str, owner: Option<&'static str>, f: NativeFn) -> ObjRef {
    new_native_function(name, owner, None, f)
}

/// A function of a native module: `__module__` answers `module_name` (CPython's `math.sqrt.__module__ == 'math'`).
pub fn native_module_function(name: &str, module_name: Value, f: NativeFn) -> ObjRef {
    new_native_function(name, None, Some(module_name), f)
}

fn new_native_function(name: &str, owner: Option<&'static str>, module: Option<Value>, f: NativeFn) -> ObjRef {
    let o = Object::new(
        types::builtin().builtin_function.clone(),
        Kind::BuiltinFunction(Box::new(BuiltinFunction {
            name: name.into(),
            owner,
            func: NativeCallable::Fn(f),
            bound: None,
            doc: None,
            module,
        })),
    );
    o.make_immortal();
    o
}

/// Adds a method implemented in Rust to a built-in type's namespace.
pub(crate) fn add_method(class: &ObjRef, name: &str, f: NativeFn) {
    let t = class.as_type().expect("type");
    let owner: &'static str = Box::leak(t.name.to_string().into_boxed_str());
    t.dict.set_str(intern(name), Value::Obj(native_function(name, Some(owner), f)));
}

/// Adds a read-only property whose getter is a Rust function of the instance.
pub(crate) fn add_property(class: &ObjRef, name: &str, getter: NativeFn) {
    let t = class.as_type().expect("type");
    let fget = Value::Obj(native_function(name, None, getter));
    let kind = Kind::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None, name: parking_lot::Mutex::new(Value::None) };
    let p = Object::new(types::builtin().property.clone(), kind);
    p.make_immortal();
    t.dict.set_str(intern(name), Value::Obj(p));
}

/// Adds a staticmethod implemented in Rust (`object.__new__`, `type.__new__`).
pub(crate) fn add_staticmethod(class: &ObjRef, name: &str, f: NativeFn) {
    let t = class.as_type().expect("type");
    let owner: &'static str = Box::leak(t.name.to_string().into_boxed_str());
    let func = Value::Obj(native_function(name, Some(owner), f));
    let sm = Object::new(types::builtin().staticmethod.clone(), Kind::StaticMethod(func));
    sm.make_immortal();
    t.dict.set_str(intern(name), Value::Obj(sm));
}

/// Whether a value found on a type is a built-in (Rust) callable, possibly wrapped in
/// staticmethod/classmethod: such slots mean "use the built-in behaviour".
pub(crate) fn is_builtin_slot(v: &Value) -> bool {
    match v.kind() {
        Some(Kind::BuiltinFunction(_)) => true,
        Some(Kind::StaticMethod(f) | Kind::ClassMethod(f)) => matches!(f.kind(), Some(Kind::BuiltinFunction(_))),
        _ => false,
    }
}

/// Adds a classmethod implemented in Rust (`dict.fromkeys`) to a built-in type's namespace.
pub(crate) fn add_classmethod(class: &ObjRef, name: &str, f: NativeFn) {
    let t = class.as_type().expect("type");
    let func = Value::Obj(native_function(name, None, f));
    let cm = Object::new(types::builtin().classmethod.clone(), Kind::ClassMethod(func));
    cm.make_immortal();
    t.dict.set_str(intern(name), Value::Obj(cm));
}

/// Turns a compiled code object into a runtime one (constants become immortal values).
pub fn load_code(compiled: std::sync::Arc<ophis_compiler::CodeObject>) -> ObjRef {
    let constants: Vec<Value> = compiled.constants.iter().map(constant_value).collect();
    let names: Vec<ObjRef> = compiled.names.iter().map(|n| intern(n)).collect();
    let caches = (0..compiled.cache_count).map(|_| Default::default()).collect();
    let o = Object::new(
        types::builtin().code.clone(),
        Kind::Code(Box::new(Code { compiled, constants: constants.into(), names: names.into(), caches })),
    );
    o.make_immortal();
    o
}

fn constant_value(c: &ophis_compiler::Constant) -> Value {
    use ophis_compiler::Constant as C;
    let v = match c {
        C::None => return Value::None,
        C::Bool(b) => return Value::Bool(*b),
        C::Ellipsis => return Value::Obj(ellipsis().clone()),
        C::Int(i) => crate::numbers::int_value(i.clone()),
        C::Float(f) => return Value::Float(*f),
        C::Complex { real, imag } => Value::Obj(Object::new(types::builtin().complex.clone(), Kind::Complex { real: *real, imag: *imag })),
        C::Str(s) => Value::Obj(intern(s)),
        C::StrCodePoints(p) => new_str(p.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
        C::Bytes(b) => new_bytes(b.to_vec()),
        C::Tuple(items) => new_tuple(items.iter().map(constant_value).collect()),
        C::FrozenSet(items) => {
            // Built as CPython builds the constant: the items added in order.
            let t = crate::set_table::SetTable::new();
            for item in items.iter() {
                let v = constant_value(item);
                if let Some(h) = constant_hash(&v) {
                    t.add_native(v, h);
                }
            }
            Value::Obj(Object::new(types::builtin().frozenset.clone(), Kind::Set(t)))
        }
        C::Code(code) => Value::Obj(load_code(code.clone())),
    };
    if let Value::Obj(o) = &v {
        o.make_immortal();
    }
    v
}

/// The hash of a constant (no Python code runs for these types).
fn constant_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0xFCA86420,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => crate::hash::hash_i64(*i),
        Value::Float(f) => crate::numeric::hash_float(*f, 0),
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => s.hash(),
            Kind::Int(i) => crate::hash::hash_bigint(i),
            Kind::Bytes(b) => crate::hash::hash_bytes(b),
            Kind::Complex { real, imag } => crate::numeric::hash_complex(*real, *imag, 0),
            Kind::Set(t) => t.frozenset_hash(),
            Kind::Tuple(items) => {
                // CPython's xxHash-based tuple hash.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc = P5;
                for item in items.iter() {
                    let lane = constant_hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
                if acc == u64::MAX { 1546275796 } else { acc as i64 }
            }
            _ => return None,
        },
    })
}

/// MAKE_FUNCTION: a function from a code object, in the frame's globals.
pub fn new_function(vm: &mut Vm, code: Value, frame: &Frame) -> Value {
    let _ = vm;
    let code_obj = code.as_obj().expect("code object").clone();
    let c = code_obj.as_code().expect("code");
    let module = frame.globals.as_dict().and_then(|d| d.get_str("__name__")).unwrap_or(Value::None);
    let doc = if c.compiled.flags & ophis_compiler::code::flags::HAS_DOCSTRING != 0 { c.constants[0].clone() } else { Value::None };
    let f = Function {
        code: code_obj.clone(),
        globals: frame.globals.clone(),
        builtins: frame.builtins.clone(),
        closure_cells: std::sync::OnceLock::new(),
        defaults: SharedSlot::new(None),
        kwdefaults: SharedSlot::new(None),
        attrs: Mutex::new(FunctionAttrs {
            name: Value::Obj(intern(&c.compiled.name)),
            qualname: Value::Obj(intern(&c.compiled.qualname)),
            doc,
            module,
            annotations: Value::None,
            annotate: Value::None,
            type_params: Value::None,
        }),
    };
    let o = Object::new(types::builtin().function.clone(), Kind::Function(Box::new(f)));
    // Functions made by module-level code or class bodies (methods) live as long as their
    // module or class, and every thread may call them: no reference counting for them (see
    // object/refcount.rs). Functions made inside functions (closures) are counted.
    let defining = frame.code.as_code().expect("code");
    if defining.compiled.flags & ophis_compiler::code::flags::OPTIMIZED == 0 {
        o.make_immortal();
    }
    Value::Obj(o)
}

/// SET_FUNCTION_ATTRIBUTE.
pub fn set_function_attribute(func: &Value, flag: u32, attr: Value) {
    let Some(Kind::Function(f)) = func.kind() else { return };
    match flag {
        1 => f.defaults.set(attr.as_obj().cloned()),
        2 => f.kwdefaults.set(attr.as_obj().cloned()),
        4 => f.attrs.lock().annotations = attr,
        8 => {
            let cells: Vec<ObjRef> = attr.as_tuple().unwrap_or(&[]).iter().filter_map(|v| v.as_obj().cloned()).collect();
            set_closure(func, cells);
        }
        16 => {
            crate::annotations::attach_annotate(f, &attr);
            f.attrs.lock().annotate = attr;
        }
        _ => {}
    }
}

fn set_closure(func: &Value, cells: Vec<ObjRef>) {
    let Value::Obj(o) = func else { return };
    if let Kind::Function(f) = &o.kind {
        let _ = f.closure_cells.set(cells.into_boxed_slice());
    }
}

/// Creates the builtins module's contents.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins().as_dict().expect("dict");
    for (name, t) in types::builtin().names() {
        if matches!(*name, "object" | "type" | "int" | "bool" | "float" | "complex" | "str" | "bytes" | "bytearray" | "tuple" | "list" | "dict" | "set" | "frozenset" | "range" | "slice" | "property" | "classmethod" | "staticmethod" | "super" | "enumerate" | "zip" | "map" | "filter" | "reversed" | "memoryview") {
            b.set_str(intern(name), Value::Obj(t.clone()));
        }
    }
    for (name, t) in &crate::exceptions::exception_types().ordered {
        b.set_str(intern(name), Value::Obj(t.clone()));
    }
    b.set_str(intern("None"), Value::None);
    b.set_str(intern("True"), Value::Bool(true));
    b.set_str(intern("False"), Value::Bool(false));
    b.set_str(intern("NotImplemented"), Value::Obj(not_implemented().clone()));
    b.set_str(intern("Ellipsis"), Value::Obj(ellipsis().clone()));
    b.set_str(intern("__name__"), new_str("builtins"));
    b.set_str(intern("EnvironmentError"), Value::Obj(crate::exceptions::exception_types().get("OSError").clone()));
    b.set_str(intern("IOError"), Value::Obj(crate::exceptions::exception_types().get("OSError").clone()));
    functions::install(b);
    crate::io::install(b);
    crate::asyncgen::install_builtins(b);
    classes::install(b);
    static METHODS: std::sync::Once = std::sync::Once::new();
    METHODS.call_once(|| {
        methods::install();
        methods_str::install();
        methods_str_text::install();
        methods_bytes::install();
        methods_bytes_special::install();
        methods_bytearray::install();
        methods_iter::install();
        methods_list::install();
        methods_memoryview::install();
        methods_tuple::install();
        methods_dict::install();
        methods_dictview::install();
        methods_set::install();
        methods_int::install();
        methods_float::install();
        methods_complex::install();
        methods_range::install();
        methods_slice::install();
        methods_mappingproxy::install();
        methods_generic_alias::install();
        crate::generator::install();
        crate::asyncgen::install();
        crate::exception_group::install();
        crate::generic_alias::install();
        methods_object::install();
        crate::descriptor::install();
        // Last: descriptors and docstrings go where no method has claimed the name.
        getsets::install();
    });
}

/// Attributes of code objects (`co_name`, `co_argcount`, ...).
pub fn code_attribute(c: &Code, n: &str) -> Option<Value> {
    let k = &c.compiled;
    let strs = |v: &[std::sync::Arc<str>]| new_tuple(v.iter().map(|s| Value::Obj(intern(s))).collect());
    Some(match n {
        "co_name" => Value::Obj(intern(&k.name)),
        "co_qualname" => Value::Obj(intern(&k.qualname)),
        "co_filename" => new_str(&*k.filename),
        "co_firstlineno" => Value::Int(k.first_line as i64),
        "co_argcount" => Value::Int(k.arg_count as i64),
        "co_posonlyargcount" => Value::Int(k.posonly_arg_count as i64),
        "co_kwonlyargcount" => Value::Int(k.kwonly_arg_count as i64),
        "co_flags" => Value::Int(k.flags as i64),
        "co_varnames" => strs(&k.varnames),
        "co_cellvars" => strs(&k.cellvars),
        "co_freevars" => strs(&k.freevars),
        "co_names" => strs(&k.names),
        "co_nlocals" => Value::Int(k.varnames.len() as i64),
        "co_consts" => new_tuple(c.constants.to_vec()),
        "co_stacksize" => Value::Int(k.max_stack as i64),
        _ => return None,
    })
}

#[allow(dead_code)]
fn _args(_: Args) {}
