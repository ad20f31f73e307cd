//! Heap objects: one header (reference count, class, optional `__dict__`) and a [`Kind`] saying
//! which built-in layout the object has.
//!
//! Mutable kinds keep their state behind a per-object lock (parking_lot), held for one
//! operation only and never while Python code runs. Immutable kinds need no lock.

mod refcount;

use std::any::Any;
use std::sync::OnceLock;

use num_bigint::BigInt;
use parking_lot::Mutex;

pub use refcount::{ClassRef, ObjRef, RefCount, SharedSlot};
use refcount::ClassSlot;

use crate::dict::Dict;
use crate::function::{BoundMethod, BuiltinFunction, Cell, Code, Function};
use crate::generator::Generator;
use crate::exceptions::ExceptionData;
use crate::str::PyStr;
use crate::types::TypeData;
use crate::value::Value;

pub struct Object {
    pub(crate) rc: RefCount,
    /// Atomically replaceable (`obj.__class__ = C`); see [`ClassSlot`].
    class: ClassSlot,
    /// The instance `__dict__`, created on first use (always a dict object).
    dict: OnceLock<ObjRef>,
    pub kind: Kind,
}

/// The built-in layout of an object. Instances of user classes derived from a built-in type
/// have that type's kind (a subclass of `list` holds a `List`).
pub enum Kind {
    /// `object()` and instances of classes with no built-in base.
    Plain,
    /// Instances with `__slots__`: one value per slot, in the order of the class's slot table.
    Slots(Mutex<Vec<Option<Value>>>),
    Str(PyStr),
    /// An int outside i64's range, or any int subclass instance.
    Int(BigInt),
    /// A float subclass instance (plain floats are `Value::Float`).
    Float(f64),
    Complex { real: f64, imag: f64 },
    Bytes(Box<[u8]>),
    ByteArray(crate::buffer::ByteArrayData),
    Tuple(Box<[Value]>),
    List(Mutex<Vec<Value>>),
    Dict(Dict),
    /// A set or frozenset.
    Set(crate::set_table::SetTable),
    Range { start: Value, stop: Value, step: Value },
    Slice { start: Value, stop: Value, step: Value },
    Type(Box<TypeData>),
    Function(Box<Function>),
    BuiltinFunction(Box<BuiltinFunction>),
    BoundMethod(BoundMethod),
    Code(Box<Code>),
    Cell(Cell),
    Module,
    Exception(Box<ExceptionData>),
    Generator(Box<Generator>),
    /// `name` is set by `__set_name__` (the class attribute the property was assigned to).
    Property { fget: Value, fset: Value, fdel: Value, doc: Value, name: parking_lot::Mutex<Value> },
    ClassMethod(Value),
    StaticMethod(Value),
    Super { this_class: ObjRef, object: Value },
    /// Singletons with no state: NotImplemented, Ellipsis.
    Singleton,
    /// A native iterator or other Rust-implemented object.
    Native(Box<dyn NativeObject>),
}

/// A Rust value living inside a Python object (iterators, stdlib types, embedder types).
pub trait NativeObject: Any + Send + Sync {
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any + Send + Sync> NativeObject for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Object>();
    assert_send_sync::<ObjRef>();
    assert_send_sync::<Value>();
};

impl Object {
    pub fn new(class: ObjRef, kind: Kind) -> ObjRef {
        ObjRef::new(Object { rc: RefCount::new(), class: ClassSlot::new(class), dict: OnceLock::new(), kind })
    }

    /// An object whose `__dict__` exists from the start (modules, functions' namespace).
    pub fn with_dict(class: ObjRef, kind: Kind, dict: ObjRef) -> ObjRef {
        let cell = OnceLock::new();
        let _ = cell.set(dict);
        ObjRef::new(Object { rc: RefCount::new(), class: ClassSlot::new(class), dict: cell, kind })
    }

    pub(crate) fn bootstrap(class: ObjRef, kind: Kind) -> Object {
        Object { rc: RefCount::new(), class: ClassSlot::new(class), dict: OnceLock::new(), kind }
    }

    /// The object's class. Borrow it as `&o.class()`; `.clone()` gives a counted reference.
    #[inline]
    pub fn class(&self) -> ClassRef<'_> {
        self.class.get_ref()
    }

    /// The type data of this object's class.
    #[inline]
    pub fn class_data(&self) -> &TypeData {
        self.class.get().as_type().expect("an object's class is a type")
    }

    /// Replaces the object's class (`obj.__class__ = C`). The caller has checked that `class`
    /// is a type whose instances have this object's layout.
    pub(crate) fn set_class(&self, class: ObjRef) {
        self.class.replace(class);
    }

    /// The `__dict__` if it has been created.
    pub fn dict_if_present(&self) -> Option<&ObjRef> {
        self.dict.get()
    }

    /// The `__dict__`, created empty on first use.
    pub fn dict_or_create(&self) -> &ObjRef {
        self.dict.get_or_init(crate::dict::new_dict_object)
    }

    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.kind {
            Kind::Type(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.kind {
            Kind::Str(s) => Some(s),
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(&self) -> Option<&Dict> {
        match &self.kind {
            Kind::Dict(d) => Some(d),
            _ => None,
        }
    }

    #[inline]
    pub fn as_code(&self) -> Option<&Code> {
        match &self.kind {
            Kind::Code(c) => Some(c),
            _ => None,
        }
    }

    #[inline]
    pub fn as_function(&self) -> Option<&Function> {
        match &self.kind {
            Kind::Function(f) => Some(f),
            _ => None,
        }
    }

    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match &self.kind {
            Kind::Tuple(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_native<T: Any>(&self) -> Option<&T> {
        match &self.kind {
            Kind::Native(n) => (**n).as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    pub fn refcount(&self) -> usize {
        self.rc.get()
    }
}
