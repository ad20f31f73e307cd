//! The macros that turn one node definition into its struct, its enum variant, its `ast.dump`
//! fields and its visitor walk, so that the four cannot drift apart.

/// Defines a sum type of `Python.asdl` (`stmt`, `expr`, `pattern`, ...): one struct per
/// constructor, holding its range and its fields in ASDL order, and the enum over them.
/// `located` says whether CPython gives the nodes `lineno`/`col_offset` attributes.
macro_rules! ast_sum {
    (
        $(#[$meta:meta])*
        enum $Enum:ident (asdl = $asdl:literal, located = $located:literal, visit = $visit:ident) {
            $(
                $(#[$vmeta:meta])*
                $Variant:ident => $Struct:ident { $( $(#[$fmeta:meta])* $field:ident : $fty:ty ),* $(,)? }
            ),* $(,)?
        }
    ) => {
        $(
            $(#[$vmeta])*
            #[derive(Clone, Debug, PartialEq)]
            pub struct $Struct {
                pub range: TextRange,
                $( $(#[$fmeta])* pub $field: $fty, )*
            }

            impl From<$Struct> for $Enum {
                fn from(node: $Struct) -> $Enum {
                    $Enum::$Variant(node)
                }
            }

            impl $crate::ast::dump::DumpNode for $Struct {
                const NAME: &'static str = stringify!($Variant);
                const LOCATED: bool = $located;
                fn range(&self) -> TextRange {
                    self.range
                }
                fn dump_fields<'v>(&'v self, _fields: &mut $crate::ast::dump::FieldDumper<'v>) {
                    $( _fields.field(stringify!($field), &self.$field); )*
                }
            }

            impl $crate::ast::reflect::Reflect for $Struct {
                fn reflect<B: $crate::ast::reflect::TreeBuilder>(&self, r: &mut $crate::ast::reflect::Reflector<'_, B>) -> B::Value {
                    r.node(stringify!($Variant), $located, self.range, |_r| vec![
                        $( ($crate::ast::reflect::field_name(stringify!($field)), $crate::ast::reflect::Reflect::reflect(&self.$field, _r)), )*
                    ])
                }
            }

            impl $Struct {
                /// Visits the node's children, in `_fields` order.
                pub fn walk_children<'a, V: $crate::ast::visitor::Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
                    let _ = &visitor;
                    $( $crate::ast::visitor::Walk::walk(&self.$field, visitor); )*
                }
            }
        )*

        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub enum $Enum {
            $( $(#[$vmeta])* $Variant($Struct), )*
        }

        impl $crate::ast::reflect::Reflect for $Enum {
            fn reflect<B: $crate::ast::reflect::TreeBuilder>(&self, r: &mut $crate::ast::reflect::Reflector<'_, B>) -> B::Value {
                match self {
                    $( $Enum::$Variant(node) => node.reflect(r), )*
                }
            }
        }

        impl $crate::ast::reflect::AsdlType for $Enum {
            const NAME: &'static str = $asdl;
        }

        impl $Enum {
            /// The `ast` classes of this sum: the abstract base, then one class per constructor.
            pub const CLASSES: &'static [$crate::ast::reflect::ClassInfo] = &[
                $crate::ast::reflect::ClassInfo { name: $asdl, base: "AST", located: $located, is_abstract: true, fields: &[] },
                $( $crate::ast::reflect::ClassInfo {
                    name: stringify!($Variant),
                    base: $asdl,
                    located: $located,
                    is_abstract: false,
                    fields: &[ $( ast_field_info!($field : $fty), )* ],
                }, )*
            ];

            /// The node's span in the source.
            pub fn range(&self) -> TextRange {
                match self {
                    $( $Enum::$Variant(node) => node.range, )*
                }
            }

            /// Mutable access to the node's span.
            pub fn range_mut(&mut self) -> &mut TextRange {
                match self {
                    $( $Enum::$Variant(node) => &mut node.range, )*
                }
            }

            /// The class name Python's `ast` module gives this node.
            pub fn python_name(&self) -> &'static str {
                match self {
                    $( $Enum::$Variant(_) => stringify!($Variant), )*
                }
            }

            /// Visits the node's children, in `_fields` order as `ast.NodeVisitor.generic_visit` does.
            pub fn walk_children<'a, V: $crate::ast::visitor::Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
                match self {
                    $( $Enum::$Variant(node) => node.walk_children(visitor), )*
                }
            }
        }

        impl $crate::ast::visitor::Walk for $Enum {
            fn walk<'a, V: $crate::ast::visitor::Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
                visitor.$visit(self);
            }
        }

        impl $crate::ast::dump::DumpValue for $Enum {
            fn write(&self, dumper: &$crate::ast::dump::Dumper<'_>, level: usize, out: &mut String) {
                match self {
                    $( $Enum::$Variant(node) => dumper.node(node, level, out), )*
                }
            }
            fn is_simple(&self, dumper: &$crate::ast::dump::Dumper<'_>) -> bool {
                match self {
                    $( $Enum::$Variant(node) => dumper.node_is_simple(node), )*
                }
            }
        }
    };
}

/// Defines a product type of `Python.asdl` (`arguments`, `keyword`, `alias`, ...).
macro_rules! ast_product {
    (
        $(#[$meta:meta])*
        struct $Struct:ident ($pyname:literal, located = $located:literal, visit = $visit:ident) {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $Struct {
            pub range: TextRange,
            $( $(#[$fmeta])* pub $field: $fty, )*
        }

        impl $crate::ast::dump::DumpNode for $Struct {
            const NAME: &'static str = $pyname;
            const LOCATED: bool = $located;
            fn range(&self) -> TextRange {
                self.range
            }
            fn dump_fields<'v>(&'v self, _fields: &mut $crate::ast::dump::FieldDumper<'v>) {
                $( _fields.field(stringify!($field), &self.$field); )*
            }
        }

        impl $crate::ast::dump::DumpValue for $Struct {
            fn write(&self, dumper: &$crate::ast::dump::Dumper<'_>, level: usize, out: &mut String) {
                dumper.node(self, level, out)
            }
            fn is_simple(&self, dumper: &$crate::ast::dump::Dumper<'_>) -> bool {
                dumper.node_is_simple(self)
            }
        }

        impl $crate::ast::visitor::Walk for $Struct {
            fn walk<'a, V: $crate::ast::visitor::Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
                visitor.$visit(self);
            }
        }

        impl $crate::ast::reflect::Reflect for $Struct {
            fn reflect<B: $crate::ast::reflect::TreeBuilder>(&self, r: &mut $crate::ast::reflect::Reflector<'_, B>) -> B::Value {
                r.node($pyname, $located, self.range, |_r| vec![
                    $( ($crate::ast::reflect::field_name(stringify!($field)), $crate::ast::reflect::Reflect::reflect(&self.$field, _r)), )*
                ])
            }
        }

        impl $crate::ast::reflect::AsdlType for $Struct {
            const NAME: &'static str = $pyname;
        }

        impl $Struct {
            /// The `ast` class of this product.
            pub const CLASSES: &'static [$crate::ast::reflect::ClassInfo] = &[
                $crate::ast::reflect::ClassInfo {
                    name: $pyname,
                    base: "AST",
                    located: $located,
                    is_abstract: false,
                    fields: &[ $( ast_field_info!($field : $fty), )* ],
                },
            ];

            /// Visits the node's children, in `_fields` order.
            pub fn walk_children<'a, V: $crate::ast::visitor::Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
                let _ = &visitor;
                $( $crate::ast::visitor::Walk::walk(&self.$field, visitor); )*
            }
        }
    };
}

/// Defines a field-less enumeration of `Python.asdl` (`operator`, `cmpop`, `expr_context`, ...),
/// dumped as `Add()`.
macro_rules! ast_simple_enum {
    (
        $(#[$meta:meta])*
        enum $Enum:ident (asdl = $asdl:literal) { $( $(#[$vmeta:meta])* $Variant:ident ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $Enum {
            $( $(#[$vmeta])* $Variant, )*
        }

        impl $Enum {
            pub fn python_name(self) -> &'static str {
                match self {
                    $( $Enum::$Variant => stringify!($Variant), )*
                }
            }
        }

        impl $crate::ast::dump::DumpValue for $Enum {
            fn write(&self, _dumper: &$crate::ast::dump::Dumper<'_>, _level: usize, out: &mut String) {
                out.push_str(self.python_name());
                out.push_str("()");
            }
            fn is_simple(&self, _dumper: &$crate::ast::dump::Dumper<'_>) -> bool {
                true
            }
        }

        impl $crate::ast::visitor::Walk for $Enum {
            fn walk<'a, V: $crate::ast::visitor::Visitor<'a> + ?Sized>(&'a self, _visitor: &mut V) {}
        }

        impl $crate::ast::reflect::Reflect for $Enum {
            fn reflect<B: $crate::ast::reflect::TreeBuilder>(&self, r: &mut $crate::ast::reflect::Reflector<'_, B>) -> B::Value {
                r.builder.singleton(self.python_name())
            }
        }

        impl $crate::ast::reflect::AsdlType for $Enum {
            const NAME: &'static str = $asdl;
        }

        impl $Enum {
            /// The `ast` classes of this enumeration: the abstract base, then one field-less class
            /// per value.
            pub const CLASSES: &'static [$crate::ast::reflect::ClassInfo] = &[
                $crate::ast::reflect::ClassInfo { name: $asdl, base: "AST", located: false, is_abstract: true, fields: &[] },
                $( $crate::ast::reflect::ClassInfo { name: stringify!($Variant), base: $asdl, located: false, is_abstract: false, fields: &[] }, )*
            ];
        }
    };
}

/// The [`FieldInfo`](crate::ast::reflect::FieldInfo) of one field, from its Rust type.
macro_rules! ast_field_info {
    ($field:ident : $fty:ty) => {
        $crate::ast::reflect::FieldInfo {
            name: $crate::ast::reflect::field_name(stringify!($field)),
            asdl_type: <$fty as $crate::ast::reflect::AsdlType>::NAME,
            kind: <$fty as $crate::ast::reflect::AsdlType>::KIND,
            optional_items: <$fty as $crate::ast::reflect::AsdlType>::ITEMS_OPTIONAL,
        }
    };
}
