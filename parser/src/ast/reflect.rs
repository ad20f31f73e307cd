//! A generic reflection of the tree, for whoever must rebuild it in another form (the VM's
//! `_ast` module builds Python node objects from it) without depending on the node types one by
//! one: every node is walked, by code the node macros generate, into calls of a [`TreeBuilder`].
//! The [`SCHEMA`] lists every class with its fields, so the consumer can define the classes.
//!
//! The parser stays free of VM types: the builder's value type is the consumer's.

use ophis_lexer::{LineIndex, TextRange};

use super::constant::Constant;
use super::nodes::*;

/// The receiving side of a reflection: turns each piece of the tree into the consumer's value.
pub trait TreeBuilder {
    type Value;
    /// A node of class `class`; `location` is `(lineno, col_offset, end_lineno, end_col_offset)`
    /// for the classes CPython locates; `fields` are in `_fields` order.
    fn node(&mut self, class: &'static str, location: Option<(u32, u32, u32, u32)>, fields: Vec<(&'static str, Self::Value)>) -> Self::Value;
    fn list(&mut self, items: Vec<Self::Value>) -> Self::Value;
    /// An absent optional field (or a `None` inside a list, as in `Dict.keys`).
    fn none(&mut self) -> Self::Value;
    fn identifier(&mut self, name: &str) -> Self::Value;
    /// A `string` of the grammar (type comments, `Constant.kind`, `TypeIgnore.tag`).
    fn string(&mut self, text: &str) -> Self::Value;
    fn int(&mut self, value: i64) -> Self::Value;
    fn constant(&mut self, value: &Constant) -> Self::Value;
    /// An instance of a field-less class (`Load`, `Add`, `Eq`, ...).
    fn singleton(&mut self, class: &'static str) -> Self::Value;
}

/// The state of one reflection: the builder and the line index locations are computed with.
pub struct Reflector<'a, B: TreeBuilder> {
    pub builder: &'a mut B,
    pub lines: &'a LineIndex,
}

impl<B: TreeBuilder> Reflector<'_, B> {
    /// Reflects a node with its location and its fields (computed by `fields`), growing the stack
    /// as needed: trees may be thousands of levels deep.
    pub fn node(
        &mut self,
        class: &'static str,
        located: bool,
        range: TextRange,
        fields: impl FnOnce(&mut Self) -> Vec<(&'static str, B::Value)>,
    ) -> B::Value {
        stacker::maybe_grow(64 * 1024, 2 * 1024 * 1024, || {
            let fields = fields(self);
            let location = located.then(|| self.lines.ast_location(range));
            self.builder.node(class, location, fields)
        })
    }
}

/// A part of the tree that can be reflected.
pub trait Reflect {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value;
}

/// Reflects a whole tree (usually a [`Mod`]) into `builder`; `lines` indexes the parsed source.
pub fn reflect<T: Reflect + ?Sized, B: TreeBuilder>(tree: &T, builder: &mut B, lines: &LineIndex) -> B::Value {
    let mut r = Reflector { builder, lines };
    tree.reflect(&mut r)
}

impl<T: Reflect> Reflect for Vec<T> {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        let items = self.iter().map(|item| item.reflect(r)).collect();
        r.builder.list(items)
    }
}

impl<T: Reflect> Reflect for Option<T> {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        match self {
            Some(value) => value.reflect(r),
            None => r.builder.none(),
        }
    }
}

impl<T: Reflect + ?Sized> Reflect for Box<T> {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        (**self).reflect(r)
    }
}

impl Reflect for Identifier {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        r.builder.identifier(&self.id)
    }
}

impl Reflect for str {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        r.builder.string(self)
    }
}

impl Reflect for u32 {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        r.builder.int(i64::from(*self))
    }
}

impl Reflect for i32 {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        r.builder.int(i64::from(*self))
    }
}

impl Reflect for Constant {
    fn reflect<B: TreeBuilder>(&self, r: &mut Reflector<'_, B>) -> B::Value {
        r.builder.constant(self)
    }
}

/// How a field holds its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Exactly one value (`expr value`).
    Required,
    /// A value or `None` (`expr? returns`): defaults to `None`.
    Optional,
    /// A list (`stmt* body`): defaults to `[]`.
    List,
}

/// One field of a node class, as `Python.asdl` declares it.
#[derive(Clone, Copy, Debug)]
pub struct FieldInfo {
    pub name: &'static str,
    /// The ASDL type: a class name (`expr`, `arguments`, ...) or a builtin (`identifier`,
    /// `string`, `int`, `constant`).
    pub asdl_type: &'static str,
    pub kind: FieldKind,
    /// For list fields, whether items may be `None` (`Dict.keys`, `arguments.kw_defaults`).
    pub optional_items: bool,
}

/// One class of the `ast` module.
#[derive(Clone, Copy, Debug)]
pub struct ClassInfo {
    pub name: &'static str,
    /// The abstract base (`stmt`, `expr`, ...), or `AST` for products and the bases themselves.
    pub base: &'static str,
    /// Whether instances have `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
    pub located: bool,
    /// Whether this is an abstract base (`stmt`) rather than a node class.
    pub is_abstract: bool,
    pub fields: &'static [FieldInfo],
}

/// The ASDL type of a Rust field type (for [`FieldInfo`]), known at compile time.
pub trait AsdlType {
    const NAME: &'static str;
    const KIND: FieldKind = FieldKind::Required;
    /// For `Option<T>`, whether it is optional; used by `Vec<Option<T>>`.
    const IS_OPTION: bool = false;
    /// For `Vec<Option<T>>`, true: the list's items may be `None`.
    const ITEMS_OPTIONAL: bool = false;
}

impl<T: AsdlType> AsdlType for Vec<T> {
    const NAME: &'static str = T::NAME;
    const KIND: FieldKind = FieldKind::List;
    const ITEMS_OPTIONAL: bool = T::IS_OPTION;
}

impl<T: AsdlType> AsdlType for Option<T> {
    const NAME: &'static str = T::NAME;
    const KIND: FieldKind = FieldKind::Optional;
    const IS_OPTION: bool = true;
}

impl<T: AsdlType + ?Sized> AsdlType for Box<T> {
    const NAME: &'static str = T::NAME;
    const KIND: FieldKind = T::KIND;
    const IS_OPTION: bool = T::IS_OPTION;
    const ITEMS_OPTIONAL: bool = T::ITEMS_OPTIONAL;
}

impl AsdlType for Identifier {
    const NAME: &'static str = "identifier";
}
impl AsdlType for str {
    const NAME: &'static str = "string";
}
impl AsdlType for u32 {
    const NAME: &'static str = "int";
}
impl AsdlType for i32 {
    const NAME: &'static str = "int";
}
impl AsdlType for Constant {
    const NAME: &'static str = "constant";
}

/// Every class of the `ast` module in definition order: each abstract base before its node
/// classes, as `Python.asdl` orders them.
pub static SCHEMA: &[&[ClassInfo]] = &[
    Mod::CLASSES,
    Stmt::CLASSES,
    Expr::CLASSES,
    ExprContext::CLASSES,
    BoolOp::CLASSES,
    Operator::CLASSES,
    UnaryOp::CLASSES,
    CmpOp::CLASSES,
    Comprehension::CLASSES,
    ExceptHandler::CLASSES,
    Arguments::CLASSES,
    Arg::CLASSES,
    Keyword::CLASSES,
    Alias::CLASSES,
    WithItem::CLASSES,
    MatchCase::CLASSES,
    Pattern::CLASSES,
    TypeIgnore::CLASSES,
    TypeParam::CLASSES,
];

/// A field's Python name: Rust spells `type` as `r#type`.
pub const fn field_name(rust_name: &'static str) -> &'static str {
    match rust_name.as_bytes() {
        [b'r', b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(name) => name,
            Err(_) => rust_name,
        },
        _ => rust_name,
    }
}

#[cfg(test)]
mod tests {
    //! The reflection must agree with `ast.dump` (tested against CPython separately): a builder
    //! that formats what it receives as a single-line dump must print what `dump` prints.

    use super::*;
    use crate::ast::dump::{DumpOptions, dump};
    use crate::{ParseOptions, parse};

    enum Text {
        None,
        EmptyList,
        Other(String),
    }

    struct DumpBuilder {
        attributes: bool,
    }

    impl TreeBuilder for DumpBuilder {
        type Value = Text;
        fn node(&mut self, class: &'static str, location: Option<(u32, u32, u32, u32)>, fields: Vec<(&'static str, Text)>) -> Text {
            let mut parts: Vec<String> = fields
                .into_iter()
                .filter_map(|(name, v)| match v {
                    Text::Other(t) => Some(format!("{name}={t}")),
                    _ => None,
                })
                .collect();
            if let (true, Some((l, c, el, ec))) = (self.attributes, location) {
                parts.push(format!("lineno={l}, col_offset={c}, end_lineno={el}, end_col_offset={ec}"));
            }
            Text::Other(format!("{class}({})", parts.join(", ")))
        }
        fn list(&mut self, items: Vec<Text>) -> Text {
            if items.is_empty() {
                return Text::EmptyList;
            }
            let items: Vec<String> = items
                .into_iter()
                .map(|t| match t {
                    Text::Other(t) => t,
                    Text::None => "None".into(),
                    Text::EmptyList => "[]".into(),
                })
                .collect();
            Text::Other(format!("[{}]", items.join(", ")))
        }
        fn none(&mut self) -> Text {
            Text::None
        }
        fn identifier(&mut self, name: &str) -> Text {
            Text::Other(crate::repr::str_repr(name))
        }
        fn string(&mut self, text: &str) -> Text {
            Text::Other(crate::repr::str_repr(text))
        }
        fn int(&mut self, value: i64) -> Text {
            Text::Other(value.to_string())
        }
        fn constant(&mut self, value: &Constant) -> Text {
            Text::Other(crate::repr::constant_repr(value))
        }
        fn singleton(&mut self, class: &'static str) -> Text {
            Text::Other(format!("{class}()"))
        }
    }

    const SOURCE: &str = "import a.b as c\nfrom . import (x, y as z)\n@d\nasync def f[T: int = str, *Ts, **P](a, /, b=1, *c, d, e=2, **g) -> r:\n    '''doc'''\n    global q\n    x: int = yield from await g(*a, k=1, **kw)\n    return {1: 2, **m}, [i async for i in j if i], lambda: (yield)\nclass C(B, metaclass=M):\n    match p:\n        case [1, *r] | {'k': v, **kw} | Point(x=0) as q if q: pass\n        case None: del a[1:2, ::3]\ntry:\n    raise E from F\nexcept* (A, B) as e:\n    x += 1; assert x, 'm'\nfinally:\n    while not a < b <= c: break\nwith open(f) as (a, b), g: f'{x!r:>{w}} {y=}'; t'{z}'\ntype A[T] = list[T]\nprint(-1.5j, b'\\x00', ..., u'u', 10**100, x if y else z, (w := 3))\n";

    #[test]
    fn reflection_agrees_with_dump() {
        let tree = parse(SOURCE, ParseOptions::default()).expect("parses");
        let lines = LineIndex::new(SOURCE);
        for attributes in [false, true] {
            let mut builder = DumpBuilder { attributes };
            let Text::Other(reflected) = reflect(&tree, &mut builder, &lines) else { panic!("a module reflects to a node") };
            let options = DumpOptions { indent: None, show_empty: false, include_attributes: attributes };
            assert_eq!(reflected, dump(&tree, options, Some(&lines)));
        }
    }

    #[test]
    fn schema_lists_classes_with_fields_in_order() {
        let classes: Vec<&ClassInfo> = SCHEMA.iter().flat_map(|group| group.iter()).collect();
        let find = |name: &str| classes.iter().find(|c| c.name == name).copied().expect("class exists");
        let handler = find("ExceptHandler");
        assert_eq!(handler.base, "excepthandler");
        assert!(handler.located);
        assert_eq!(handler.fields.iter().map(|f| f.name).collect::<Vec<_>>(), ["type", "name", "body"]);
        assert_eq!(handler.fields[0].kind, FieldKind::Optional);
        assert_eq!(handler.fields[0].asdl_type, "expr");
        assert_eq!(handler.fields[2].kind, FieldKind::List);
        let dict = find("Dict");
        assert!(dict.fields[0].optional_items && !dict.fields[1].optional_items);
        assert!(find("stmt").is_abstract);
        assert_eq!(find("Load").base, "expr_context");
        assert!(!find("arguments").located);
        assert_eq!(find("FunctionDef").fields[5].asdl_type, "string");
        // As many classes as CPython 3.14 defines under `ast.AST` (deprecated aliases aside).
        assert_eq!(classes.len(), 125);
    }
}
