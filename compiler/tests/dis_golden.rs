//! Golden tests pinning the compiler's output: each `tests/dis/NAME.py` compiles to exactly the
//! listing in `tests/dis/NAME.dis`. After an intended change to code generation, regenerate the
//! listings with `OPHIS_BLESS=1 cargo test -p ophis-compiler --test dis_golden` and review the diff.

use std::path::Path;

#[test]
fn disassembly_matches_golden_listings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let bless = std::env::var_os("OPHIS_BLESS").is_some();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("tests/dis").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("source");
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let code = ophis_compiler::compile_source(&source, name, ophis_compiler::CompileMode::Exec).expect("compiles");
        let listing = ophis_compiler::dis::disassemble(&code);
        let golden = path.with_extension("dis");
        if bless {
            std::fs::write(&golden, &listing).expect("write golden");
        } else {
            let expected = std::fs::read_to_string(&golden).unwrap_or_default();
            if expected != listing {
                failures.push(name.to_string());
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "expected at least 5 golden programs, found {checked}");
    assert!(failures.is_empty(), "disassembly differs from the golden listing for {failures:?}; rerun with OPHIS_BLESS=1 if the change is intended");
}
