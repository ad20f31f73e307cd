//! A text dump of a symbol table, in the format `tests/corpus/check_symtable.py` also produces
//! from CPython's `symtable` module, so the two can be compared line by line.
//!
//! One line per scope (`<type> '<name>' line <n> nested <0|1>`), then its `varnames`, then one line
//! per symbol with its flags and scope, then its children indented. Symbols come in first-seen
//! order, except that names a scope only passes through as free variables (whose order CPython
//! takes from a hash set) come last, sorted.

use std::fmt::Write;

use ophis_lexer::LineIndex;

use super::types::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope, SymbolTable};

/// The flag names, in the order the dump lists them.
const FLAG_NAMES: &[(SymbolFlags, &str)] = &[
    (SymbolFlags::DEF_GLOBAL, "DEF_GLOBAL"),
    (SymbolFlags::DEF_LOCAL, "DEF_LOCAL"),
    (SymbolFlags::DEF_PARAM, "DEF_PARAM"),
    (SymbolFlags::DEF_NONLOCAL, "DEF_NONLOCAL"),
    (SymbolFlags::USE, "USE"),
    (SymbolFlags::DEF_FREE_CLASS, "DEF_FREE_CLASS"),
    (SymbolFlags::DEF_IMPORT, "DEF_IMPORT"),
    (SymbolFlags::DEF_ANNOT, "DEF_ANNOT"),
    (SymbolFlags::DEF_COMP_ITER, "DEF_COMP_ITER"),
    (SymbolFlags::DEF_TYPE_PARAM, "DEF_TYPE_PARAM"),
    (SymbolFlags::DEF_COMP_CELL, "DEF_COMP_CELL"),
];

/// Dumps `table`; `index` is the line index of the source it was built from.
pub fn dump(table: &SymbolTable, index: &LineIndex) -> String {
    let mut out = String::new();
    dump_scope(table, SymbolTable::MODULE, index, 0, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, index: &LineIndex, depth: usize, out: &mut String) {
    let scope = table.scope(id);
    let indent = "  ".repeat(depth);
    let line = if scope.kind == ScopeKind::Module { 0 } else { index.line_col(scope.range.start).line };
    let _ = writeln!(
        out,
        "{indent}{} '{}' line {line} nested {}",
        scope.kind.python_name(),
        scope.name,
        u8::from(scope.is_nested)
    );
    let varnames: Vec<String> = scope.varnames.iter().map(|name| format!("'{name}'")).collect();
    let _ = writeln!(out, "{indent}  varnames [{}]", varnames.join(", "));
    for (name, symbol) in ordered_symbols(scope) {
        let _ = writeln!(out, "{indent}  symbol '{name}' {}", describe(symbol));
    }
    for &child in &scope.children {
        dump_scope(table, child, index, depth + 1, out);
    }
}

/// The symbols in dump order: pass-through free variables last, sorted.
fn ordered_symbols(scope: &Scope) -> Vec<(&str, Symbol)> {
    let is_pass_through = |symbol: &Symbol| symbol.flags.is_empty() && symbol.scope == SymbolScope::Free;
    let mut first: Vec<(&str, Symbol)> = Vec::new();
    let mut last: Vec<(&str, Symbol)> = Vec::new();
    for (name, symbol) in &scope.symbols {
        if is_pass_through(symbol) { &mut last } else { &mut first }.push((name.as_str(), *symbol));
    }
    last.sort_by(|a, b| a.0.cmp(b.0));
    first.extend(last);
    first
}

/// `DEF_LOCAL|USE LOCAL`: the flags, then the scope.
fn describe(symbol: Symbol) -> String {
    let flags: Vec<&str> =
        FLAG_NAMES.iter().filter(|(flag, _)| symbol.flags.contains(*flag)).map(|(_, name)| *name).collect();
    let flags = if flags.is_empty() { "-".to_owned() } else { flags.join("|") };
    let scope = match symbol.scope {
        SymbolScope::Unresolved => "NONE",
        SymbolScope::Local => "LOCAL",
        SymbolScope::GlobalExplicit => "GLOBAL_EXPLICIT",
        SymbolScope::GlobalImplicit => "GLOBAL_IMPLICIT",
        SymbolScope::Free => "FREE",
        SymbolScope::Cell => "CELL",
    };
    format!("{flags} {scope}")
}
