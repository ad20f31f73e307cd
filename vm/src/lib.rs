//! The virtual machine: values, objects, interpreter, threads, imports, JIT, embedding API (issue 3; not built yet).

pub mod numeric;
