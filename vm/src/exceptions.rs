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
    /// The named fields of OSError, ImportError and the Unicode errors (`exception_fields`).
    pub fields: Vec<(&'static str, Value)>,
    /// What traceback suggestions need from the frame that raised the exception.
    pub raise_site: Option<Box<crate::traceback::suggestions::RaiseSite>>,
}

pub struct ExceptionData {
    pub state: Mutex<ExcState>,
}

/// `(name, base names, docstring)`, parents before children. The docstrings are ours.
const HIERARCHY: &[(&str, &[&str], &str)] = &[
    ("BaseException", &[], "The root of the exception hierarchy."),
    ("BaseExceptionGroup", &["BaseException"], "Several unrelated exceptions raised together."),
    ("GeneratorExit", &["BaseException"], "Raised inside a generator or coroutine to close it."),
    ("KeyboardInterrupt", &["BaseException"], "The user interrupted the program (Ctrl-C)."),
    ("SystemExit", &["BaseException"], "Raised by sys.exit() to leave the interpreter."),
    ("Exception", &["BaseException"], "The base class of the ordinary (non-exit) exceptions."),
    ("ArithmeticError", &["Exception"], "The base class of the arithmetic errors."),
    ("FloatingPointError", &["ArithmeticError"], "A floating-point operation failed."),
    ("OverflowError", &["ArithmeticError"], "A result does not fit its representation."),
    ("ZeroDivisionError", &["ArithmeticError"], "The divisor of a division or modulo is zero."),
    ("AssertionError", &["Exception"], "An assert statement's condition is false."),
    ("AttributeError", &["Exception"], "An attribute is missing or cannot be set."),
    ("BufferError", &["Exception"], "A buffer operation cannot be done."),
    ("EOFError", &["Exception"], "Input ended while data was expected."),
    ("ExceptionGroup", &["BaseExceptionGroup", "Exception"], "Several unrelated Exceptions raised together."),
    ("ImportError", &["Exception"], "A module or a name in it cannot be imported."),
    ("ModuleNotFoundError", &["ImportError"], "No module of the requested name exists."),
    ("LookupError", &["Exception"], "The base class of the failed-lookup errors."),
    ("IndexError", &["LookupError"], "A sequence index is out of range."),
    ("KeyError", &["LookupError"], "A mapping has no such key."),
    ("MemoryError", &["Exception"], "The interpreter ran out of memory."),
    ("NameError", &["Exception"], "A name is not defined."),
    ("UnboundLocalError", &["NameError"], "A local variable is used before it has a value."),
    ("OSError", &["Exception"], "An operating-system call failed."),
    ("BlockingIOError", &["OSError"], "A non-blocking operation would have to wait."),
    ("ChildProcessError", &["OSError"], "An operation on a child process failed."),
    ("ConnectionError", &["OSError"], "The base class of the connection errors."),
    ("BrokenPipeError", &["ConnectionError"], "Writing to a pipe or socket whose other end is closed."),
    ("ConnectionAbortedError", &["ConnectionError"], "The peer aborted the connection."),
    ("ConnectionRefusedError", &["ConnectionError"], "The peer refused the connection."),
    ("ConnectionResetError", &["ConnectionError"], "The peer reset the connection."),
    ("FileExistsError", &["OSError"], "The file already exists."),
    ("FileNotFoundError", &["OSError"], "No such file or directory."),
    ("InterruptedError", &["OSError"], "A system call was interrupted by a signal."),
    ("IsADirectoryError", &["OSError"], "A file operation was given a directory."),
    ("NotADirectoryError", &["OSError"], "A directory operation was given something else."),
    ("PermissionError", &["OSError"], "The operation is not permitted."),
    ("ProcessLookupError", &["OSError"], "No such process."),
    ("TimeoutError", &["OSError"], "An operation timed out."),
    ("ReferenceError", &["Exception"], "A weak reference's referent no longer exists."),
    ("RuntimeError", &["Exception"], "An error that fits no other category."),
    ("NotImplementedError", &["RuntimeError"], "The operation or method is not implemented."),
    ("PythonFinalizationError", &["RuntimeError"], "The operation is impossible while the interpreter shuts down."),
    ("RecursionError", &["RuntimeError"], "The maximum recursion depth was exceeded."),
    ("StopAsyncIteration", &["Exception"], "Raised by an asynchronous iterator's __anext__ when it is exhausted."),
    ("StopIteration", &["Exception"], "Raised by an iterator's __next__ when it is exhausted."),
    ("SyntaxError", &["Exception"], "The source code is not valid Python."),
    ("IndentationError", &["SyntaxError"], "The source code is not indented correctly."),
    ("TabError", &["IndentationError"], "The source code mixes tabs and spaces inconsistently."),
    ("SystemError", &["Exception"], "An internal error of the interpreter."),
    ("TypeError", &["Exception"], "An operation was applied to a value of an unsuitable type."),
    ("ValueError", &["Exception"], "A value has the right type but is unsuitable."),
    ("UnicodeError", &["ValueError"], "The base class of the Unicode encoding and decoding errors."),
    ("UnicodeDecodeError", &["UnicodeError"], "Bytes cannot be decoded by a codec."),
    ("UnicodeEncodeError", &["UnicodeError"], "A string cannot be encoded by a codec."),
    ("UnicodeTranslateError", &["UnicodeError"], "A string cannot be translated."),
    ("Warning", &["Exception"], "The base class of the warning categories."),
    ("BytesWarning", &["Warning"], "A warning about bytes and bytearray misuse."),
    ("DeprecationWarning", &["Warning"], "A warning about a deprecated feature."),
    ("EncodingWarning", &["Warning"], "A warning about an implicit text encoding."),
    ("FutureWarning", &["Warning"], "A warning about behaviour that will change."),
    ("ImportWarning", &["Warning"], "A warning about a likely mistake in an import."),
    ("PendingDeprecationWarning", &["Warning"], "A warning about a feature that will be deprecated."),
    ("ResourceWarning", &["Warning"], "A warning about resource usage."),
    ("RuntimeWarning", &["Warning"], "A warning about dubious runtime behaviour."),
    ("SyntaxWarning", &["Warning"], "A warning about dubious syntax."),
    ("UnicodeWarning", &["Warning"], "A warning about Unicode."),
    ("UserWarning", &["Warning"], "The default category of warnings.warn()."),
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
        for &(name, bases, doc) in HIERARCHY {
            let bases: Vec<ObjRef> = if bases.is_empty() {
                vec![builtin.object.clone()]
            } else {
                bases.iter().map(|b| by_name[b].clone()).collect()
            };
            let tail = types::c3_mro_tail(&bases).expect("exception MRO");
            let data = types::TypeData::new(name, bases.clone(), tail, Layout::Exception, true);
            data.dict.set_str(crate::builtins::intern("__doc__"), crate::builtins::new_str(doc));
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
        types::is_subtype(&self.0.class(), exception_types().get(name))
    }
}

pub fn exception_data(o: &ObjRef) -> Option<&ExceptionData> {
    match &o.kind {
        Kind::Exception(d) => Some(d),
        _ => None,
    }
}
