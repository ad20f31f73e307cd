//! The parsed form of a regular expression (what `parse.rs` produces and `compile.rs` consumes),
//! the flag bits, and the width analysis the compiler needs for look-behind assertions.

/// `re.IGNORECASE` and the other flag bits, with CPython's values.
pub mod flags {
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
    /// The flags that pick the character classification (`a`, `u`, `L`).
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
}

/// Largest repeat count plus one (CPython's `MAXREPEAT`): `{n}` needs `n < MAXREPEAT`, and an
/// open-ended repeat stores it as its maximum.
pub const MAXREPEAT: u32 = u32::MAX;
/// Largest number of groups a pattern may have (CPython's `MAXGROUPS` on 64-bit builds).
pub const MAXGROUPS: usize = 1_073_741_823;

/// The character classes `\d \D \s \S \w \W` and the line-break test used by `.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a character set `[...]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

/// The zero-width position tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    /// `.`
    Any,
    /// A character set; `negate` for `[^...]`. Also `\d` etc. outside sets (one Category item).
    In { items: Vec<SetItem>, negate: bool },
    At(At),
    Branch(Vec<Vec<Node>>),
    /// A group: capturing when `index` is set, else only a scope for inline flags.
    Group { index: Option<usize>, add_flags: u32, del_flags: u32, body: Vec<Node> },
    Atomic(Vec<Node>),
    Repeat { min: u32, max: u32, kind: RepeatKind, body: Vec<Node> },
    GroupRef(usize),
    GroupRefExists { group: usize, yes: Vec<Node>, no: Option<Vec<Node>> },
    Assert { behind: bool, negate: bool, body: Vec<Node> },
    /// A pattern that never matches (an empty negative look-ahead).
    Failure,
}

/// A width bound; `u64::MAX` stands for "unbounded" (CPython's `MAXWIDTH`).
pub type Width = u64;
pub const MAXWIDTH: Width = u64::MAX;

fn add(a: Width, b: Width) -> Width {
    a.saturating_add(b)
}

fn mul(a: Width, b: Width) -> Width {
    a.saturating_mul(b)
}

/// The (min, max) number of characters `nodes` can match. `group_widths` gives the widths of
/// groups referred to by backreferences (closed before the reference, so known).
pub fn width(nodes: &[Node], group_widths: &[Option<(Width, Width)>]) -> (Width, Width) {
    // Iterative over an explicit stack of pending sequences would complicate this; the parser
    // bounds nesting depth (see `parse::MAX_NESTING`), so recursion here is bounded.
    let mut lo: Width = 0;
    let mut hi: Width = 0;
    for node in nodes {
        let (l, h) = match node {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::At(_) | Node::Assert { .. } | Node::Failure => (0, 0),
            Node::Branch(alts) => {
                let mut i = MAXWIDTH;
                let mut j = 0;
                for alt in alts {
                    let (l, h) = width(alt, group_widths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Group { body, .. } | Node::Atomic(body) => width(body, group_widths),
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = width(body, group_widths);
                let hi = if *max == MAXREPEAT && h != 0 { MAXWIDTH } else { mul(h, *max as Width) };
                (mul(l, *min as Width), hi)
            }
            Node::GroupRef(g) => group_widths.get(*g).copied().flatten().unwrap_or((0, MAXWIDTH)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width(yes, group_widths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, group_widths);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
        };
        lo = add(lo, l);
        hi = add(hi, h);
    }
    (lo, hi)
}
