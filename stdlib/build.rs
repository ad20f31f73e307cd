//! Embeds every module under `lib/` (the standard library modules written in Python) by
//! generating a table of `(dotted name, source, is_package)` for `src/lib.rs` to include.

use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String, bool)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read lib dir").filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                collect(&path, &format!("{prefix}{file_name}."), out);
            }
        } else if let Some(stem) = file_name.strip_suffix(".py") {
            let abs = path.canonicalize().expect("canonical path").display().to_string();
            if stem == "__init__" {
                out.push((prefix.trim_end_matches('.').to_string(), abs, true));
            } else {
                out.push((format!("{prefix}{stem}"), abs, false));
            }
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    collect(&lib, "", &mut modules);
    let mut table = String::from("&[\n");
    for (name, path, is_package) in &modules {
        println!("cargo:rerun-if-changed={path}");
        writeln!(table, "    ({name:?}, include_str!({path:?}), {is_package}),").unwrap();
    }
    table.push_str("]\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_modules.rs");
    std::fs::write(out, table).expect("write embedded module table");
}
