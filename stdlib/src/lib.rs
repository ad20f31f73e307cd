//! The standard library: modules written in Rust (native, where speed or the operating system
//! matters) and modules written in Python (`lib/`, embedded in the binary by `build.rs`).
//!
//! [`library`] returns every module for [`ophis_vm::interp::Interpreter::with_library`]:
//!
//! ```
//! use ophis_vm::embed::Engine;
//! let mut engine = Engine::with_library(ophis_stdlib::library());
//! engine.run("import keyword\nk = keyword.iskeyword('while')").unwrap();
//! assert!(matches!(engine.get("k"), Some(ophis_vm::value::Value::Bool(true))));
//! ```
//!
//! Map: one file per native module in `src/` (named as the module), Python modules under `lib/`
//! with the package layout CPython uses.

mod args;
mod ast;
pub mod atexit;
mod binascii;
mod cmath;
mod deque;
mod exception_class;
mod hashlib;
mod itertools;
mod json;
mod libm;
mod math;
mod operator;
mod posix;
mod random;
mod sre;
mod structs;
mod time;
mod urandom;
mod util;
mod zlib;
mod zstd;

use ophis_vm::modules::{EmbeddedModule, ModuleLibrary, NativeModule};

/// `(dotted name, source, is_package)` of every module under `lib/`.
const EMBEDDED: &[(&str, &str, bool)] = include!(concat!(env!("OUT_DIR"), "/embedded_modules.rs"));

/// The modules written in Rust.
const NATIVE: &[NativeModule] = &[
    NativeModule { name: "_ophis_ast", init: ast::init },
    NativeModule { name: "atexit", init: atexit::init },
    NativeModule { name: "binascii", init: binascii::init },
    NativeModule { name: "cmath", init: cmath::init },
    NativeModule { name: "_deque", init: deque::init },
    NativeModule { name: "_hashlib", init: hashlib::init },
    NativeModule { name: "_blake2", init: hashlib::init_blake2 },
    NativeModule { name: "itertools", init: itertools::init },
    NativeModule { name: "_json", init: json::init },
    NativeModule { name: "math", init: math::init },
    NativeModule { name: "_operator", init: operator::init },
    NativeModule { name: "_random", init: random::init },
    NativeModule { name: "_sre", init: sre::init },
    NativeModule { name: "_struct", init: structs::init },
    NativeModule { name: "_time", init: time::init },
    NativeModule { name: "posix", init: posix::init },
    NativeModule { name: "zlib", init: zlib::init },
    NativeModule { name: "_zstd", init: zstd::init },
];

/// The VM's core modules plus the whole standard library.
pub fn library() -> ModuleLibrary {
    let mut lib = ModuleLibrary::core();
    for &(name, source, is_package) in EMBEDDED {
        lib.add_embedded(EmbeddedModule { name, source, is_package });
    }
    for native in NATIVE {
        lib.add_native(*native);
    }
    lib
}
