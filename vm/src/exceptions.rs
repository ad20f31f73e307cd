//! The built-in exception hierarchy and exception objects.

use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::object::{Kind, Object, ObjRef};
use crate::types::{self, Layout};
use crate::value::Value;

/// A raised exception: a reference to the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

/// One traceback entry: the code running and the instruction that was executing.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: ObjRef,
    pub lasti: u32,
}

#[derive(Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    /// Innermost frame last, as the traceback prints.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// For exception groups: the `exceptions` tuple (args[1] keeps the sequence as given).
    pub group_members: Option<Value>,
    /// The traceback object last handed out, with the number of entries it shows (it stays the
    /// same object until the exception gains frames or gets another traceback).
    pub traceback_object: Option<(usize, ObjRef)>,
    /// What traceback suggestions need from the frame that raised the exception.
    pub raise_site: Option<Box<crate::traceback::suggestions::RaiseSite>>,
}

pub struct ExceptionData {
    pub state: Mutex<ExcState>,
}

/// `(name, base names)`, parents before children.
const HIERARCHY: &[(&str, &[&str])] = &[
    ("BaseException", &[]),
    ("BaseExceptionGroup", &["BaseException"]),
    ("GeneratorExit", &["BaseException"]),
    ("KeyboardInterrupt", &["BaseException"]),
    ("SystemExit", &["BaseException"]),
    ("Exception", &["BaseException"]),
    ("ArithmeticError", &["Exception"]),
    ("FloatingPointError", &["ArithmeticError"]),
    ("OverflowError", &["ArithmeticError"]),
    ("ZeroDivisionError", &["ArithmeticError"]),
    ("AssertionError", &["Exception"]),
    ("AttributeError", &["Exception"]),
    ("BufferError", &["Exception"]),
    ("EOFError", &["Exception"]),
    ("ExceptionGroup", &["BaseExceptionGroup", "Exception"]),
    ("ImportError", &["Exception"]),
    ("ModuleNotFoundError", &["ImportError"]),
    ("LookupError", &["Exception"]),
    ("IndexError", &["LookupError"]),
    ("KeyError", &["LookupError"]),
    ("MemoryError", &["Exception"]),
    ("NameError", &["Exception"]),
    ("UnboundLocalError", &["NameError"]),
    ("OSError", &["Exception"]),
    ("BlockingIOError", &["OSError"]),
    ("ChildProcessError", &["OSError"]),
    ("ConnectionError", &["OSError"]),
    ("BrokenPipeError", &["ConnectionError"]),
    ("ConnectionAbortedError", &["ConnectionError"]),
    ("ConnectionRefusedError", &["ConnectionError"]),
    ("ConnectionResetError", &["ConnectionError"]),
    ("FileExistsError", &["OSError"]),
    ("FileNotFoundError", &["OSError"]),
    ("InterruptedError", &["OSError"]),
    ("IsADirectoryError", &["OSError"]),
    ("NotADirectoryError", &["OSError"]),
    ("PermissionError", &["OSError"]),
    ("ProcessLookupError", &["OSError"]),
    ("TimeoutError", &["OSError"]),
    ("ReferenceError", &["Exception"]),
    ("RuntimeError", &["Exception"]),
    ("NotImplementedError", &["RuntimeError"]),
    ("PythonFinalizationError", &["RuntimeError"]),
    ("RecursionError", &["RuntimeError"]),
    ("StopAsyncIteration", &["Exception"]),
    ("StopIteration", &["Exception"]),
    ("SyntaxError", &["Exception"]),
    ("IndentationError", &["SyntaxError"]),
    ("TabError", &["IndentationError"]),
    ("SystemError", &["Exception"]),
    ("TypeError", &["Exception"]),
    ("ValueError", &["Exception"]),
    ("UnicodeError", &["ValueError"]),
    ("UnicodeDecodeError", &["UnicodeError"]),
    ("UnicodeEncodeError", &["UnicodeError"]),
    ("UnicodeTranslateError", &["UnicodeError"]),
    ("Warning", &["Exception"]),
    ("BytesWarning", &["Warning"]),
    ("DeprecationWarning", &["Warning"]),
    ("EncodingWarning", &["Warning"]),
    ("FutureWarning", &["Warning"]),
    ("ImportWarning", &["Warning"]),
    ("PendingDeprecationWarning", &["Warning"]),
    ("ResourceWarning", &["Warning"]),
    ("RuntimeWarning", &["Warning"]),
    ("SyntaxWarning", &["Warning"]),
    ("UnicodeWarning", &["Warning"]),
    ("UserWarning", &["Warning"]),
];

pub struct ExceptionTypes {
    by_name: HashMap<&'static str, ObjRef>,
    /// In hierarchy order (for the builtins module).
    pub ordered: Vec<(&'static str, ObjRef)>,
}

impl ExceptionTypes {
    pub fn get(&self, name: &str) -> &ObjRef {
        self.by_name.get(name).unwrap_or_else(|| panic!("no built-in exception {name}"))
    }
}

pub fn exception_types() -> &'static ExceptionTypes {
    static TYPES: OnceLock<ExceptionTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let builtin = types::builtin();
        let mut by_name: HashMap<&'static str, ObjRef> = HashMap::new();
        let mut ordered = Vec::new();
        for &(name, bases) in HIERARCHY {
            let bases: Vec<ObjRef> = if bases.is_empty() {
                vec![builtin.object.clone()]
            } else {
                bases.iter().map(|b| by_name[b].clone()).collect()
            };
            let tail = types::c3_mro_tail(&bases).expect("exception MRO");
            let data = types::TypeData::new(name, bases.clone(), tail, Layout::Exception, true);
            let t = Object::new(builtin.type_.clone(), Kind::Type(Box::new(data)));
            t.make_immortal();
            for base in &bases {
                types::add_subclass(base, &t);
            }
            by_name.insert(name, t.clone());
            ordered.push((name, t));
        }
        ExceptionTypes { by_name, ordered }
    })
}

/// A new exception instance of `class` with `args`, without running Python `__init__`.
pub fn new_exception(class: &ObjRef, args: Vec<Value>) -> ObjRef {
    Object::new(
        class.clone(),
        Kind::Exception(Box::new(ExceptionData { state: Mutex::new(ExcState { args, ..Default::default() }) })),
    )
}

impl PyErr {
    /// An exception of the built-in class `name` with a message.
    pub fn new(name: &str, message: impl Into<String>) -> PyErr {
        let msg = crate::builtins::new_str(message.into());
        PyErr(new_exception(exception_types().get(name), vec![msg]))
    }

    pub fn with_args(name: &str, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(exception_types().get(name), args))
    }

    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new("TypeError", message)
    }

    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new("ValueError", message)
    }

    pub fn data(&self) -> &ExceptionData {
        match &self.0.kind {
            Kind::Exception(d) => d,
            _ => unreachable!("PyErr always holds an exception instance"),
        }
    }

    /// `isinstance(self, builtin exception class name)`.
    pub fn is(&self, name: &str) -> bool {
        types::is_subtype(self.0.class(), exception_types().get(name))
    }
}

pub fn exception_data(o: &ObjRef) -> Option<&ExceptionData> {
    match &o.kind {
        Kind::Exception(d) => Some(d),
        _ => None,
    }
}
