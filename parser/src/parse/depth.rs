//! Bounded nesting: the parser never returns a tree deeper than [`MAX_DEPTH`], so everything that
//! walks a tree recursively (dump, visitors, drop, the compiler) stays within a thread's stack.
//!
//! Before parsing, [`nesting_bound`] computes from the tokens an upper bound on the depth of the
//! tree. Real code stays far below [`FAST_PATH_BOUND`]; input above it is parsed on a thread with a
//! large stack, the real depth is measured there, and a tree deeper than `MAX_DEPTH` is dropped
//! there and reported as CPython reports input too deep for its parser.

use ophis_lexer::{Token, TokenKind};

use crate::ast::*;

/// The deepest tree the parser returns. CPython's parser gives up on expressions nested a few
/// thousand levels deep (`MemoryError: Parser stack overflowed`); ophis gives up at this depth.
pub const MAX_DEPTH: usize = 3000;

/// Up to this token bound the tree cannot be deep enough to matter, and parsing runs inline.
pub const FAST_PATH_BOUND: usize = 1000;

/// The stack of the thread that parses possibly deep input (reserved, touched only as used).
pub const DEEP_PARSE_STACK: usize = 512 << 20;

/// An upper bound on the depth of the tree the tokens can produce: along the bracket nesting,
/// the sum over enclosing brackets of the operators and keywords since the last separator, plus
/// room for statement nesting.
pub fn nesting_bound(tokens: &[Token]) -> usize {
    let mut counts: Vec<usize> = vec![0];
    let mut sum = 0usize;
    let mut indent = 0usize;
    let mut bound = 0usize;
    for t in tokens {
        match t.kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace | TokenKind::FStringStart | TokenKind::TStringStart => {
                if let Some(top) = counts.last_mut() {
                    *top += 1;
                }
                sum += 1;
                counts.push(0);
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::FStringEnd | TokenKind::TStringEnd => {
                if counts.len() > 1
                    && let Some(top) = counts.pop()
                {
                    sum -= top;
                }
            }
            TokenKind::Comma | TokenKind::Semi | TokenKind::Newline => {
                if let Some(top) = counts.last_mut() {
                    sum -= *top;
                    *top = 0;
                }
            }
            TokenKind::Indent => indent += 1,
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringMiddle
            | TokenKind::TStringMiddle
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None => {}
            _ => {
                if let Some(top) = counts.last_mut() {
                    *top += 1;
                }
                sum += 1;
            }
        }
        bound = bound.max(sum + 2 * indent);
    }
    bound + 8
}

/// The depth of a tree (every node counts one level). Recursive: call it only where the stack
/// is large enough for the tree ([`DEEP_PARSE_STACK`]).
pub fn tree_depth(tree: &Mod) -> usize {
    struct Depth {
        current: usize,
        max: usize,
    }
    impl Depth {
        fn enter(&mut self) {
            self.current += 1;
            self.max = self.max.max(self.current);
        }
    }
    impl<'a> Visitor<'a> for Depth {
        fn visit_stmt(&mut self, node: &'a Stmt) {
            self.enter();
            node.walk_children(self);
            self.current -= 1;
        }
        fn visit_expr(&mut self, node: &'a Expr) {
            self.enter();
            node.walk_children(self);
            self.current -= 1;
        }
        fn visit_pattern(&mut self, node: &'a Pattern) {
            self.enter();
            node.walk_children(self);
            self.current -= 1;
        }
        fn visit_arguments(&mut self, node: &'a Arguments) {
            self.enter();
            node.walk_children(self);
            self.current -= 1;
        }
        fn visit_comprehension(&mut self, node: &'a Comprehension) {
            self.enter();
            node.walk_children(self);
            self.current -= 1;
        }
    }
    let mut d = Depth { current: 0, max: 0 };
    d.visit_mod(tree);
    d.max
}
