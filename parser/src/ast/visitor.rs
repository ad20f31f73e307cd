//! A read-only visitor over the AST, in the order of `ast.NodeVisitor.generic_visit`.
//!
//! Override the `visit_*` methods you care about; call `node.walk_children(self)` inside them to
//! keep descending (the default implementations do exactly that).

use super::constant::Constant;
use super::nodes::*;

pub trait Visitor<'a> {
    fn visit_mod(&mut self, node: &'a Mod) {
        node.walk_children(self)
    }
    fn visit_stmt(&mut self, node: &'a Stmt) {
        node.walk_children(self)
    }
    fn visit_expr(&mut self, node: &'a Expr) {
        node.walk_children(self)
    }
    fn visit_pattern(&mut self, node: &'a Pattern) {
        node.walk_children(self)
    }
    fn visit_type_param(&mut self, node: &'a TypeParam) {
        node.walk_children(self)
    }
    fn visit_except_handler(&mut self, node: &'a ExceptHandler) {
        node.walk_children(self)
    }
    fn visit_type_ignore(&mut self, node: &'a TypeIgnore) {
        node.walk_children(self)
    }
    fn visit_comprehension(&mut self, node: &'a Comprehension) {
        node.walk_children(self)
    }
    fn visit_arguments(&mut self, node: &'a Arguments) {
        node.walk_children(self)
    }
    fn visit_arg(&mut self, node: &'a Arg) {
        node.walk_children(self)
    }
    fn visit_keyword(&mut self, node: &'a Keyword) {
        node.walk_children(self)
    }
    fn visit_alias(&mut self, node: &'a Alias) {
        node.walk_children(self)
    }
    fn visit_with_item(&mut self, node: &'a WithItem) {
        node.walk_children(self)
    }
    fn visit_match_case(&mut self, node: &'a MatchCase) {
        node.walk_children(self)
    }
}

/// Anything that can appear as a field: nodes dispatch to their `visit_*` method, containers walk
/// their elements, leaves (names, constants, numbers) do nothing.
pub trait Walk {
    fn walk<'a, V: Visitor<'a> + ?Sized>(&'a self, visitor: &mut V);
}

impl<T: Walk> Walk for Box<T> {
    fn walk<'a, V: Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
        (**self).walk(visitor)
    }
}

impl<T: Walk> Walk for Option<T> {
    fn walk<'a, V: Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
        if let Some(value) = self {
            value.walk(visitor)
        }
    }
}

impl<T: Walk> Walk for Vec<T> {
    fn walk<'a, V: Visitor<'a> + ?Sized>(&'a self, visitor: &mut V) {
        for value in self {
            value.walk(visitor)
        }
    }
}

macro_rules! leaf_walk {
    ($($t:ty),*) => {
        $(impl Walk for $t {
            fn walk<'a, V: Visitor<'a> + ?Sized>(&'a self, _visitor: &mut V) {}
        })*
    };
}
leaf_walk!(Identifier, Constant, Box<str>, u32, i32);
