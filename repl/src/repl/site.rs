//! What CPython's `site` adds to builtins for interactive use: `exit`, `quit`, `copyright`,
//! `credits`, `license` (defined in Python, `site.py`). Installed at startup unless `-S`.

use std::sync::atomic::{AtomicBool, Ordering};

use ophis_compiler::CompileMode;
use ophis_vm::builtins::{intern, new_str};
use ophis_vm::{Value, Vm};

const SOURCE: &str = include_str!("site.py");
const NAMES: [&str; 5] = ["exit", "quit", "copyright", "credits", "license"];

/// `-S`: the names are not installed.
static NO_SITE: AtomicBool = AtomicBool::new(false);

pub fn set_no_site(on: bool) {
    NO_SITE.store(on, Ordering::Relaxed);
}

/// Defines the names in builtins. A failure (which would be a bug in `site.py`) leaves them
/// out rather than stopping the interpreter.
pub fn install(vm: &mut Vm) {
    if NO_SITE.load(Ordering::Relaxed) {
        return;
    }
    let Ok(code) = ophis_compiler::compile_source(SOURCE, "<frozen _sitebuiltins>", CompileMode::Exec) else { return };
    let namespace = ophis_vm::dict::new_dict_object();
    let Some(ns) = namespace.as_dict() else { return };
    ns.set_str(intern("__name__"), new_str("_sitebuiltins"));
    ns.set_str(intern("__builtins__"), Value::Obj(vm.interp.builtins_module.clone()));
    let code = ophis_vm::builtins::load_code(std::sync::Arc::new(code));
    if vm.run_code(code, namespace.clone(), None).is_err() {
        return;
    }
    let Some(builtins) = vm.interp.builtins_module.dict_if_present().and_then(|d| d.as_dict()) else { return };
    for name in NAMES {
        if let Some(v) = ns.get_str(name) {
            builtins.set_str(intern(name), v);
        }
    }
}
