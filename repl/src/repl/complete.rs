//! Tab completion: module names after `import ` and `from ` (the module library and the
//! directories of `sys.path`), names a package or an already imported module offers after
//! `from x import `, attributes after `obj.` for a plain dotted name chain (found in namespaces
//! and class MROs without running Python code: no calls, no properties, no `__getattr__`; the
//! names from `dir()` unless a `__dir__` written in Python would run), and otherwise keywords,
//! the names of the namespace and builtins.

use std::collections::BTreeSet;

use ophis_vm::object::{Kind, ObjRef};
use ophis_vm::{Value, Vm};

/// The builtins that are not keywords or dunder names, as in CPython 3.14's `dir(builtins)`.
pub const BUILTIN_NAMES: &[&str] = &[
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError",
    "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError",
    "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
    "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
    "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
    "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "PythonFinalizationError",
    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
    "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "abs", "aiter",
    "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
    "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir",
    "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
    "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
    "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min",
    "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
    "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
    "tuple", "type", "vars", "zip",
];

/// Python 3.14's keywords and soft keywords.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "type", "while", "with", "yield",
];

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(is_ident_char)
}

/// The completions at byte offset `pos` of `line`: the offset where the completed word starts,
/// and the candidates (sorted, each a whole replacement for the word).
pub fn complete(vm: &mut Vm, globals: &ObjRef, line: &str, pos: usize) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let Some(before) = line.get(..pos) else { return (pos, Vec::new()) };
    // The statement being typed: after the last newline or semicolon.
    let statement_start = before.rfind(['\n', ';']).map_or(0, |i| i + 1);
    let statement = &before[statement_start..];
    if let Some(result) = complete_import(vm, statement) {
        let (start_in_statement, words) = result;
        return (statement_start + start_in_statement, words);
    }
    // The dotted name before the cursor.
    let word_start = before.char_indices().rev().take_while(|&(_, c)| is_ident_char(c) || c == '.').last().map_or(pos, |(i, _)| i);
    let word = &before[word_start..];
    if let Some(dot) = word.rfind('.') {
        let chain = &word[..dot];
        let prefix = &word[dot + 1..];
        let words = attributes(vm, globals, chain).map(|names| filter_attributes(names, prefix)).unwrap_or_default();
        return (word_start + dot + 1, words);
    }
    if word.is_empty() {
        return (pos, Vec::new());
    }
    (word_start, names_in_scope(vm, globals, word))
}

/// Keywords, namespace names and builtins starting with `prefix`.
fn names_in_scope(vm: &Vm, globals: &ObjRef, prefix: &str) -> Vec<String> {
    let mut names: BTreeSet<String> = KEYWORDS.iter().filter(|k| k.starts_with(prefix)).map(|k| k.to_string()).collect();
    for dict in [Some(globals.clone()), vm.interp.builtins_module.dict_if_present().cloned()].into_iter().flatten() {
        if let Some(d) = dict.as_dict() {
            for key in d.keys() {
                if let Some(name) = key.as_str() {
                    if name.starts_with(prefix) {
                        names.insert(name.to_string());
                    }
                }
            }
        }
    }
    names.into_iter().collect()
}

/// The object a plain dotted name chain (`a.b.c`) names, found by name and attribute lookup;
/// then its attribute names. `None` for anything that is not such a chain or cannot be looked
/// up without running Python code (Tab must not hang or have effects).
fn attributes(vm: &mut Vm, globals: &ObjRef, chain: &str) -> Option<Vec<String>> {
    let mut parts = chain.split('.');
    let first = parts.next()?;
    if !is_identifier(first) {
        return None;
    }
    let builtins = vm.interp.builtins_module.dict_if_present();
    let mut obj = globals.as_dict()?.get_str(first).or_else(|| builtins.as_ref()?.as_dict()?.get_str(first))?;
    for part in parts {
        if !is_identifier(part) {
            return None;
        }
        obj = static_attribute(vm, &obj, part)?;
    }
    attribute_names(vm, &obj)
}

/// Whether `v` is a function written in Python (calling it runs Python code).
fn is_python_function(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Function(_)))
}

/// `obj.name` found without running Python code: a module's namespace, a class's MRO, an
/// instance's namespace then its class's MRO. A property, or an object whose `__get__` is
/// written in Python, is not evaluated (`None`); neither is a module's `__getattr__`.
fn static_attribute(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    let o = obj.as_obj()?;
    if o.as_type().is_some() {
        return ophis_vm::types::lookup(o, name).or_else(|| ophis_vm::types::lookup(&vm.class_of(obj), name));
    }
    if let Some(v) = o.dict_if_present().and_then(|d| d.as_dict().and_then(|d| d.get_str(name))) {
        return Some(v);
    }
    if matches!(o.kind, Kind::Module) {
        return None;
    }
    let found = ophis_vm::types::lookup(&vm.class_of(obj), name)?;
    if matches!(found.kind(), Some(Kind::Property { .. })) {
        return None;
    }
    let descriptor_get = ophis_vm::types::lookup(&vm.class_of(&found), "__get__");
    if descriptor_get.as_ref().is_some_and(is_python_function) {
        return None;
    }
    Some(found)
}

/// The attribute names of `obj`: `dir(obj)`, unless that would run a `__dir__` written in
/// Python; then the names in its namespace and its class's MRO.
fn attribute_names(vm: &mut Vm, obj: &Value) -> Option<Vec<String>> {
    let o = obj.as_obj();
    let module_dir = o.filter(|o| matches!(o.kind, Kind::Module)).and_then(|o| o.dict_if_present()).and_then(|d| d.as_dict().and_then(|d| d.get_str("__dir__")));
    let class_dir = ophis_vm::types::lookup(&vm.class_of(obj), "__dir__");
    if module_dir.is_some() || class_dir.as_ref().is_some_and(is_python_function) {
        let mut names = Vec::new();
        let mut add = |keys: Vec<Value>| names.extend(keys.iter().filter_map(|k| k.as_str().map(str::to_string)));
        if let Some(d) = o.and_then(|o| o.dict_if_present()).and_then(|d| d.as_dict()) {
            add(d.keys());
        }
        for class in ophis_vm::types::mro(&vm.class_of(obj)) {
            if let Some(t) = class.as_type() {
                add(t.dict.keys());
            }
        }
        return Some(names);
    }
    let dir = vm.interp.builtins_module.dict_if_present()?.as_dict()?.get_str("dir")?;
    let listing = vm.call(&dir, std::slice::from_ref(obj), &[]).ok()?;
    let items = match listing.kind() {
        Some(Kind::List(items)) => items.lock().clone(),
        _ => return None,
    };
    Some(items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
}

/// Attributes starting with `prefix`; private ones only when the prefix asks (`_` shows the
/// single-underscore names, `__` the dunder ones), as CPython's completer does.
fn filter_attributes(names: Vec<String>, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = names
        .into_iter()
        .filter(|n| n.starts_with(prefix))
        .filter(|n| match prefix {
            "" => !n.starts_with('_'),
            "_" => !n.starts_with("__"),
            _ => true,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Completion in `import a.b` / `from a.b import c` statements: `Some((start, words))` when the
/// statement is one of those.
fn complete_import(vm: &mut Vm, statement: &str) -> Option<(usize, Vec<String>)> {
    let trimmed_start = statement.len() - statement.trim_start().len();
    let text = &statement[trimmed_start..];
    if let Some(rest) = text.strip_prefix("import ") {
        // `import a, b.c`: the name after the last comma.
        let name_start = rest.rfind(',').map_or(0, |i| i + 1);
        let name = &rest[name_start..];
        let lead = name.len() - name.trim_start().len();
        let partial = name.trim_start();
        if partial.contains(' ') {
            return Some((statement.len(), Vec::new()));
        }
        let start = trimmed_start + "import ".len() + name_start + lead;
        return Some((start, module_names(vm, partial)));
    }
    let rest = text.strip_prefix("from ")?;
    match rest.split_once(" import ") {
        None => {
            let partial = rest.trim_start();
            if partial.contains(' ') {
                return Some((statement.len(), Vec::new()));
            }
            Some((statement.len() - partial.len(), module_names(vm, partial)))
        }
        Some((module, names)) => {
            let module = module.trim();
            let name_start = names.rfind([',', '(']).map_or(0, |i| i + 1);
            let partial = names[name_start..].trim_start();
            if partial.contains(' ') || !partial.chars().all(is_ident_char) {
                return Some((statement.len(), Vec::new()));
            }
            let mut words: BTreeSet<String> = BTreeSet::new();
            // Submodules of a package.
            for full in module_names(vm, &format!("{module}.")) {
                if let Some(sub) = full.strip_prefix(&format!("{module}.")) {
                    if sub.starts_with(partial) {
                        words.insert(sub.to_string());
                    }
                }
            }
            // The names of a module already imported (nothing is imported to complete).
            let loaded = vm.interp.modules.as_dict().and_then(|m| m.get_str(module));
            if let Some(Value::Obj(m)) = loaded {
                if let Some(d) = m.dict_if_present().and_then(|d| d.as_dict().map(|d| d.keys())) {
                    for key in d {
                        if let Some(name) = key.as_str() {
                            if name.starts_with(partial) && (!name.starts_with('_') || partial.starts_with('_')) {
                                words.insert(name.to_string());
                            }
                        }
                    }
                }
            }
            Some((statement.len() - partial.len(), words.into_iter().collect()))
        }
    }
}

/// Module names starting with `partial` (a dotted prefix): from the module library, and the
/// `.py` files and package directories of `sys.path` (for a dotted prefix, of the packages'
/// directories found there). Only the next component is offered (`js` gives `json`, `json.`
/// gives `json.decoder`...).
fn module_names(vm: &Vm, partial: &str) -> Vec<String> {
    let (package, _) = partial.rsplit_once('.').unwrap_or(("", partial));
    let depth = if package.is_empty() { 0 } else { package.split('.').count() };
    let mut names = BTreeSet::new();
    let mut offer = |full: &str| {
        let parts: Vec<&str> = full.split('.').collect();
        if parts.len() > depth {
            let candidate = parts[..=depth].join(".");
            if candidate.starts_with(partial) {
                names.insert(candidate);
            }
        }
    };
    for name in vm.interp.library.all_names() {
        offer(name);
    }
    for dir in search_path(vm) {
        let dir = package.split('.').filter(|p| !p.is_empty()).fold(std::path::PathBuf::from(if dir.is_empty() { "." } else { &dir }), |d, p| d.join(p));
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else { continue };
            let module = if let Some(stem) = file_name.strip_suffix(".py") {
                stem
            } else if entry.path().is_dir() && entry.path().join("__init__.py").is_file() {
                file_name
            } else {
                continue;
            };
            if is_identifier(module) {
                let full = if package.is_empty() { module.to_string() } else { format!("{package}.{module}") };
                offer(&full);
            }
        }
    }
    names.into_iter().collect()
}

/// `sys.path` as strings.
fn search_path(vm: &Vm) -> Vec<String> {
    let path = vm.interp.sys.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str("path"));
    match path.as_ref().and_then(|p| p.kind()) {
        Some(Kind::List(items)) => items.lock().iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ophis_compiler::CompileMode;

    /// An interpreter whose main namespace has run `setup`.
    fn session(setup: &str) -> (Vm, ObjRef) {
        let interp = ophis_vm::Interpreter::with_library(vec![String::new()], ophis_stdlib::library());
        let mut vm = Vm::new(interp);
        let globals = crate::run::main_namespace(&vm, None);
        let code = ophis_compiler::compile_source(setup, "<setup>", CompileMode::Exec).expect("setup compiles");
        let code = ophis_vm::builtins::load_code(std::sync::Arc::new(code));
        vm.run_code(code, globals.clone(), None).map_err(|_| "setup raised").unwrap();
        (vm, globals)
    }

    fn completions(vm: &mut Vm, globals: &ObjRef, line: &str) -> (usize, Vec<String>) {
        complete(vm, globals, line, line.len())
    }

    #[test]
    fn names_keywords_and_builtins() {
        let (mut vm, g) = session("my_value = 1\nmy_other = 2\n");
        assert_eq!(completions(&mut vm, &g, "x = my_"), (4, vec!["my_other".to_string(), "my_value".to_string()]));
        assert_eq!(completions(&mut vm, &g, "pri").1, ["print"]);
        assert_eq!(completions(&mut vm, &g, "whi").1, ["while"]);
        assert_eq!(completions(&mut vm, &g, "isinst").1, ["isinstance"]);
        assert_eq!(completions(&mut vm, &g, "").1, Vec::<String>::new());
    }

    #[test]
    fn attributes_of_a_dotted_name_chain() {
        let setup = "class Inner:\n    leaf = 1\nclass C:\n    inner = Inner\n    _private = 2\n    visible = 3\nobj = C()\n";
        let (mut vm, g) = session(setup);
        assert_eq!(completions(&mut vm, &g, "obj.vi"), (4, vec!["visible".to_string()]));
        assert_eq!(completions(&mut vm, &g, "print(obj.inner.le"), (16, vec!["leaf".to_string()]));
        let all = completions(&mut vm, &g, "obj.").1;
        assert!(all.contains(&"inner".to_string()) && all.iter().all(|n| !n.starts_with('_')), "{all:?}");
        let private = completions(&mut vm, &g, "obj._").1;
        assert!(private.contains(&"_private".to_string()) && private.iter().all(|n| !n.starts_with("__")), "{private:?}");
        assert!(completions(&mut vm, &g, "obj.__").1.contains(&"__class__".to_string()));
        assert!(completions(&mut vm, &g, "nothing.x").1.is_empty());
    }

    #[test]
    fn nothing_is_called_to_complete() {
        let setup = "calls = []\nclass C:\n    attr = 1\ndef make():\n    calls.append(1)\n    return C\n";
        let (mut vm, g) = session(setup);
        assert!(completions(&mut vm, &g, "make().at").1.is_empty());
        assert!(completions(&mut vm, &g, "make()[0].at").1.is_empty());
        assert!(completions(&mut vm, &g, "'abc'.up").1.is_empty());
        let calls = g.as_dict().unwrap().get_str("calls").unwrap();
        assert!(matches!(calls.kind(), Some(Kind::List(l)) if l.lock().is_empty()));
    }

    #[test]
    fn no_python_code_runs_to_complete() {
        let setup = "\
calls = []
class Leaf:
    value = 1
class Lazy:
    @property
    def prop(self):
        calls.append('property')
        return Leaf()
    def __getattr__(self, name):
        calls.append('getattr')
        return Leaf()
    def __dir__(self):
        calls.append('dir')
        return ['listed']
    plain = Leaf()
lazy = Lazy()
lazy.own = Leaf()
";
        let (mut vm, g) = session(setup);
        assert!(completions(&mut vm, &g, "lazy.prop.val").1.is_empty());
        assert!(completions(&mut vm, &g, "lazy.missing.val").1.is_empty());
        assert_eq!(completions(&mut vm, &g, "lazy.plain.val").1, ["value"]);
        assert_eq!(completions(&mut vm, &g, "lazy.own.val").1, ["value"]);
        let names = completions(&mut vm, &g, "lazy.").1;
        assert!(names.contains(&"own".to_string()) && names.contains(&"prop".to_string()) && !names.contains(&"listed".to_string()), "{names:?}");
        let calls = g.as_dict().unwrap().get_str("calls").unwrap();
        assert!(matches!(calls.kind(), Some(Kind::List(l)) if l.lock().is_empty()));
    }

    #[test]
    fn module_names_after_import_and_from() {
        let (mut vm, g) = session("");
        assert_eq!(completions(&mut vm, &g, "import jso"), (7, vec!["json".to_string()]));
        assert_eq!(completions(&mut vm, &g, "import os, jso"), (11, vec!["json".to_string()]));
        assert_eq!(completions(&mut vm, &g, "import json.dec"), (7, vec!["json.decoder".to_string()]));
        assert_eq!(completions(&mut vm, &g, "from jso"), (5, vec!["json".to_string()]));
        assert_eq!(completions(&mut vm, &g, "from json import dec").1, ["decoder"]);
        assert!(completions(&mut vm, &g, "import ma").1.contains(&"math".to_string()));
    }

    #[test]
    fn names_of_an_imported_module_after_from_import() {
        let (mut vm, g) = session("import math\n");
        assert_eq!(completions(&mut vm, &g, "from math import sq").1, ["sqrt"]);
    }
}
