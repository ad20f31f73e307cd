//! The standard library: native modules and modules written in Python (issue 4; not built yet).
