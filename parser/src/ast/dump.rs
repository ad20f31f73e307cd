//! `ast.dump`: the exact text CPython 3.14's `ast.dump(node, indent=..., show_empty=...,
//! include_attributes=...)` produces, which is what `python3.14 -m ast` prints.
//!
//! The algorithm mirrors `ast.dump`'s inner `_format(node, level) -> (text, simple)`: a node is
//! printed on one line when all its fields are "simple" (scalars or field-less nodes) and it has at
//! most three; otherwise each field goes on its own indented line. `None` optional fields are
//! always left out; empty lists are left out unless `show_empty`.

use ophis_lexer::{LineIndex, TextRange};

use super::constant::Constant;
use super::nodes::Identifier;
use crate::repr;

/// Options of `ast.dump`.
#[derive(Clone, Debug)]
pub struct DumpOptions {
    /// `None` for the single-line form; `Some(n)` indents by `n` spaces.
    pub indent: Option<usize>,
    pub show_empty: bool,
    pub include_attributes: bool,
}

impl Default for DumpOptions {
    /// What `python -m ast` uses: indent 3, no empty fields, no attributes.
    fn default() -> Self {
        DumpOptions { indent: Some(3), show_empty: false, include_attributes: false }
    }
}

/// The state of one dump: options and, for `include_attributes`, the line index of the source.
pub struct Dumper<'a> {
    options: DumpOptions,
    line_index: Option<&'a LineIndex>,
}

/// Formats a tree (any node or list of nodes) as `ast.dump` does. `line_index` is needed only
/// for `include_attributes`.
pub fn dump<T: DumpValue + ?Sized>(node: &T, options: DumpOptions, line_index: Option<&LineIndex>) -> String {
    let dumper = Dumper { options, line_index };
    node.format(&dumper, 0).0
}

/// A value that can appear in a dump.
pub trait DumpValue {
    /// `_format(value, level)`: the text and whether it is "simple".
    fn format(&self, dumper: &Dumper<'_>, level: usize) -> (String, bool);
    /// True for a `None` optional field (never shown).
    fn is_none(&self) -> bool {
        false
    }
    /// True for an empty list field (shown only with `show_empty`).
    fn is_empty_list(&self) -> bool {
        false
    }
}

/// A node type: its Python class name, whether CPython gives it location attributes, and its fields.
pub trait DumpNode {
    const NAME: &'static str;
    const LOCATED: bool;
    fn range(&self) -> TextRange;
    fn dump_fields(&self, fields: &mut FieldDumper<'_, '_>);
}

/// Collects the formatted fields of one node.
pub struct FieldDumper<'d, 'a> {
    dumper: &'d Dumper<'a>,
    level: usize,
    args: Vec<String>,
    all_simple: bool,
}

impl FieldDumper<'_, '_> {
    pub fn field<T: DumpValue + ?Sized>(&mut self, name: &str, value: &T) {
        if value.is_none() {
            return;
        }
        if value.is_empty_list() && !self.dumper.options.show_empty {
            return;
        }
        let (text, simple) = value.format(self.dumper, self.level);
        self.all_simple &= simple;
        let name = name.strip_prefix("r#").unwrap_or(name);
        self.args.push(format!("{name}={text}"));
    }
}

impl Dumper<'_> {
    fn prefix_and_sep(&self, level: usize) -> (String, String) {
        match self.options.indent {
            Some(n) => {
                let pad = " ".repeat(n * level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_string()),
        }
    }

    fn next_level(&self, level: usize) -> usize {
        if self.options.indent.is_some() { level + 1 } else { level }
    }

    /// Formats a node.
    pub fn node<N: DumpNode>(&self, node: &N, level: usize) -> (String, bool) {
        // Trees may be thousands of levels deep (see `parse::depth`): grow the stack as needed.
        stacker::maybe_grow(64 * 1024, 2 * 1024 * 1024, || self.node_inner(node, level))
    }

    fn node_inner<N: DumpNode>(&self, node: &N, level: usize) -> (String, bool) {
        let level = self.next_level(level);
        let mut fields = FieldDumper { dumper: self, level, args: Vec::new(), all_simple: true };
        node.dump_fields(&mut fields);
        if self.options.include_attributes && N::LOCATED {
            if let Some(index) = self.line_index {
                let (l, c, el, ec) = index.ast_location(node.range());
                for (name, value) in [("lineno", l), ("col_offset", c), ("end_lineno", el), ("end_col_offset", ec)] {
                    fields.args.push(format!("{name}={value}"));
                }
            }
        }
        let FieldDumper { args, all_simple, .. } = fields;
        if all_simple && args.len() <= 3 {
            let simple = args.is_empty();
            return (format!("{}({})", N::NAME, args.join(", ")), simple);
        }
        let (prefix, sep) = self.prefix_and_sep(level);
        (format!("{}({}{})", N::NAME, prefix, args.join(&sep)), false)
    }
}

impl<T: DumpValue> DumpValue for Vec<T> {
    fn format(&self, dumper: &Dumper<'_>, level: usize) -> (String, bool) {
        let level = dumper.next_level(level);
        if self.is_empty() {
            return ("[]".to_string(), true);
        }
        let (prefix, sep) = dumper.prefix_and_sep(level);
        let items: Vec<String> = self.iter().map(|item| item.format(dumper, level).0).collect();
        (format!("[{}{}]", prefix, items.join(&sep)), false)
    }
    fn is_empty_list(&self) -> bool {
        self.is_empty()
    }
}

impl<T: DumpValue> DumpValue for Option<T> {
    fn format(&self, dumper: &Dumper<'_>, level: usize) -> (String, bool) {
        match self {
            Some(value) => value.format(dumper, level),
            // Only reachable inside lists (`Dict.keys`, `kw_defaults`), where CPython prints `None`.
            None => ("None".to_string(), true),
        }
    }
    fn is_none(&self) -> bool {
        self.is_none()
    }
}

impl<T: DumpValue + ?Sized> DumpValue for Box<T> {
    fn format(&self, dumper: &Dumper<'_>, level: usize) -> (String, bool) {
        (**self).format(dumper, level)
    }
    fn is_none(&self) -> bool {
        (**self).is_none()
    }
    fn is_empty_list(&self) -> bool {
        (**self).is_empty_list()
    }
}

impl DumpValue for Identifier {
    fn format(&self, _dumper: &Dumper<'_>, _level: usize) -> (String, bool) {
        (repr::str_repr(&self.id), true)
    }
}

impl DumpValue for str {
    fn format(&self, _dumper: &Dumper<'_>, _level: usize) -> (String, bool) {
        (repr::str_repr(self), true)
    }
}

impl DumpValue for u32 {
    fn format(&self, _dumper: &Dumper<'_>, _level: usize) -> (String, bool) {
        (self.to_string(), true)
    }
}

impl DumpValue for i32 {
    fn format(&self, _dumper: &Dumper<'_>, _level: usize) -> (String, bool) {
        (self.to_string(), true)
    }
}

impl DumpValue for Constant {
    fn format(&self, _dumper: &Dumper<'_>, _level: usize) -> (String, bool) {
        (repr::constant_repr(self), true)
    }
}
