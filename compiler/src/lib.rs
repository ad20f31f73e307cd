//! The bytecode compiler: symbol tables, code objects, line and exception tables (issue 3; not built yet).
