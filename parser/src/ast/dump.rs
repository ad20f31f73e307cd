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
/// for `include_attributes`. The text is written in one pass (linear in its length, whatever the
/// depth): each node's layout is decided from shallow facts about its fields first.
pub fn dump<T: DumpValue + ?Sized>(node: &T, options: DumpOptions, line_index: Option<&LineIndex>) -> String {
    let dumper = Dumper { options, line_index };
    let mut out = String::new();
    node.write(&dumper, 0, &mut out);
    out
}

/// A value that can appear in a dump: `ast.dump`'s inner `_format(value, level)`, whose result
/// is the text (`write`) and whether it is "simple" (`is_simple`).
pub trait DumpValue {
    fn write(&self, dumper: &Dumper<'_>, level: usize, out: &mut String);
    fn is_simple(&self, dumper: &Dumper<'_>) -> bool;
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
    fn dump_fields<'v>(&'v self, fields: &mut FieldDumper<'v>);
}

/// Collects the fields of one node, in `_fields` order.
#[derive(Default)]
pub struct FieldDumper<'v> {
    fields: Vec<(&'static str, &'v dyn DumpValue)>,
}

impl<'v> FieldDumper<'v> {
    pub fn field(&mut self, name: &'static str, value: &'v dyn DumpValue) {
        self.fields.push((name.strip_prefix("r#").unwrap_or(name), value));
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

    /// The fields of `node` that `ast.dump` prints (None optionals never, empty lists only with
    /// `show_empty`).
    fn printed_fields<'v, N: DumpNode>(&self, node: &'v N) -> Vec<(&'static str, &'v dyn DumpValue)> {
        let mut fields = FieldDumper::default();
        node.dump_fields(&mut fields);
        fields.fields.retain(|(_, v)| !v.is_none() && !(v.is_empty_list() && !self.options.show_empty));
        fields.fields
    }

    fn attributes<N: DumpNode>(&self, node: &N) -> Option<[(&'static str, u32); 4]> {
        if !(self.options.include_attributes && N::LOCATED) {
            return None;
        }
        let (l, c, el, ec) = self.line_index?.ast_location(node.range());
        Some([("lineno", l), ("col_offset", c), ("end_lineno", el), ("end_col_offset", ec)])
    }

    /// A node is simple when it prints no argument at all.
    pub fn node_is_simple<N: DumpNode>(&self, node: &N) -> bool {
        self.printed_fields(node).is_empty() && self.attributes(node).is_none()
    }

    /// Writes a node.
    pub fn node<N: DumpNode>(&self, node: &N, level: usize, out: &mut String) {
        // Trees may be thousands of levels deep (see `parse::depth`): grow the stack as needed.
        stacker::maybe_grow(64 * 1024, 2 * 1024 * 1024, || self.node_inner(node, level, out))
    }

    fn node_inner<N: DumpNode>(&self, node: &N, level: usize, out: &mut String) {
        let level = self.next_level(level);
        let fields = self.printed_fields(node);
        let attributes = self.attributes(node);
        let count = fields.len() + attributes.map_or(0, |a| a.len());
        let all_simple = fields.iter().all(|(_, v)| v.is_simple(self));
        out.push_str(N::NAME);
        out.push('(');
        let (prefix, sep) = if all_simple && count <= 3 { (String::new(), ", ".to_string()) } else { self.prefix_and_sep(level) };
        out.push_str(&prefix);
        let mut first = true;
        for (name, value) in fields {
            if !first {
                out.push_str(&sep);
            }
            first = false;
            out.push_str(name);
            out.push('=');
            value.write(self, level, out);
        }
        for (name, value) in attributes.into_iter().flatten() {
            if !first {
                out.push_str(&sep);
            }
            first = false;
            out.push_str(name);
            out.push('=');
            out.push_str(&value.to_string());
        }
        out.push(')');
    }
}

impl<T: DumpValue> DumpValue for Vec<T> {
    fn write(&self, dumper: &Dumper<'_>, level: usize, out: &mut String) {
        let level = dumper.next_level(level);
        if self.is_empty() {
            out.push_str("[]");
            return;
        }
        let (prefix, sep) = dumper.prefix_and_sep(level);
        out.push('[');
        out.push_str(&prefix);
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            item.write(dumper, level, out);
        }
        out.push(']');
    }
    fn is_simple(&self, _dumper: &Dumper<'_>) -> bool {
        self.is_empty()
    }
    fn is_empty_list(&self) -> bool {
        self.is_empty()
    }
}

impl<T: DumpValue> DumpValue for Option<T> {
    fn write(&self, dumper: &Dumper<'_>, level: usize, out: &mut String) {
        match self {
            Some(value) => value.write(dumper, level, out),
            // Only reachable inside lists (`Dict.keys`, `kw_defaults`), where CPython prints `None`.
            None => out.push_str("None"),
        }
    }
    fn is_simple(&self, dumper: &Dumper<'_>) -> bool {
        self.as_ref().is_none_or(|v| v.is_simple(dumper))
    }
    fn is_none(&self) -> bool {
        self.is_none()
    }
}

impl<T: DumpValue + ?Sized> DumpValue for Box<T> {
    fn write(&self, dumper: &Dumper<'_>, level: usize, out: &mut String) {
        (**self).write(dumper, level, out)
    }
    fn is_simple(&self, dumper: &Dumper<'_>) -> bool {
        (**self).is_simple(dumper)
    }
    fn is_none(&self) -> bool {
        (**self).is_none()
    }
    fn is_empty_list(&self) -> bool {
        (**self).is_empty_list()
    }
}

/// Values printed with `repr()`: always simple.
macro_rules! scalar_dump {
    ($($t:ty => |$v:ident| $text:expr;)*) => {
        $(impl DumpValue for $t {
            fn write(&self, _dumper: &Dumper<'_>, _level: usize, out: &mut String) {
                let $v = self;
                out.push_str(&$text);
            }
            fn is_simple(&self, _dumper: &Dumper<'_>) -> bool {
                true
            }
        })*
    };
}

scalar_dump! {
    Identifier => |v| repr::str_repr(&v.id);
    str => |v| repr::str_repr(v);
    u32 => |v| v.to_string();
    i32 => |v| v.to_string();
    Constant => |v| repr::constant_repr(v);
}
