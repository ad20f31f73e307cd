//! [`Node`] tree → [`Program`]: a flat instruction list for the backtracking matcher. Flags
//! (case-insensitivity, MULTILINE, DOTALL, ASCII) are resolved here, per scoped group, so the
//! matcher never looks at flags. Single-character repeats become [`Inst::RepeatOne`] (a run
//! matched in one loop, backtracked one character at a time) as CPython's compiler does.

use super::ast::{flags, At, Category, Node, RepeatKind, SetItem, Width};
use super::charset::Charset;
use super::parse::ParseError;
use super::text::{extra_cases, is_cased, lower, Mode};

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Single {
    Char(u32),
    NotChar(u32),
    /// The character's lowercase is `.0` or one of `.1`.
    CharIgnore(u32, &'static [u32], Mode),
    NotCharIgnore(u32, &'static [u32], Mode),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Category(Category, Mode),
    Set(Box<Charset>),
}

impl Single {
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => c == *x,
            Single::NotChar(x) => c != *x,
            Single::CharIgnore(x, extra, mode) => {
                let l = lower(c, *mode);
                l == *x || extra.contains(&l)
            }
            Single::NotCharIgnore(x, extra, mode) => {
                let l = lower(c, *mode);
                !(l == *x || extra.contains(&l))
            }
            Single::Any => c != '\n' as u32,
            Single::AnyAll => true,
            Single::Category(cat, mode) => super::text::in_category(*cat, c, *mode),
            Single::Set(set) => set.contains(c),
        }
    }
}

/// Zero-width position tests with their flags applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtKind {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary(Mode),
    NonBoundary(Mode),
}

#[derive(Clone, Debug)]
pub enum Inst {
    One(Single),
    /// Several characters, compared exactly.
    Lit(Box<[u32]>),
    At(AtKind),
    /// Try `.0`; on failure resume at `.1`.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in capture slot `.0` (odd slots close a group).
    Save(usize),
    GroupRef { group: usize, ignore: Option<Mode> },
    /// Continue if the group matched, else jump to `no`.
    GroupExists { group: usize, no: usize },
    AssertStart { negate: bool, back: usize, after: usize },
    AssertEnd,
    AtomicStart,
    AtomicEnd,
    /// Start a general repeat with register `r`, then go to its `Until` at `until`.
    RepeatStart { r: usize, until: usize },
    Until { r: usize, min: u32, max: u32, lazy: bool, body: usize, exit: usize },
    PossStart { r: usize, check: usize },
    PossCheck { r: usize, min: u32, max: u32, exit: usize },
    PossEnd { r: usize, check: usize, min: u32 },
    RepeatOne { single: Single, min: u32, max: u32, kind: RepeatKind },
    Fail,
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    /// General repeat registers.
    pub repeats: usize,
    /// Groups including group 0.
    pub groups: usize,
    /// The pattern can only match at the start of the string (`\A` or `^` without MULTILINE).
    pub anchored: bool,
    /// Tests one of which every match's first character passes (None when a match can be
    /// empty or its first character is not known), so search skips hopeless positions.
    pub first: Option<FirstFilter>,
    /// Case-sensitive literal characters every match starts with (search checks them before
    /// starting an attempt).
    pub prefix: Box<[u32]>,
}

/// The possible first characters of a match: a bitmap below 256, the tests themselves above.
#[derive(Debug)]
pub struct FirstFilter {
    low: [u64; 4],
    tests: Vec<Single>,
}

impl FirstFilter {
    fn new(tests: Vec<Single>) -> FirstFilter {
        let mut low = [0u64; 4];
        for c in 0..256u32 {
            if tests.iter().any(|t| t.matches(c)) {
                low[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        FirstFilter { low, tests }
    }

    #[inline]
    pub fn may_start(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c / 64) as usize] & (1 << (c % 64)) != 0;
        }
        self.tests.iter().any(|t| t.matches(c))
    }
}

struct Compiler<'a> {
    group_widths: &'a [Option<(Width, Width)>],
    insts: Vec<Inst>,
    repeats: usize,
    is_text: bool,
}

/// The characters of the case-sensitive literals `nodes` starts with.
fn literal_run(nodes: &[Node], f: u32) -> Vec<u32> {
    if f & flags::IGNORECASE != 0 {
        return Vec::new();
    }
    nodes.iter().map_while(|n| if let Node::Literal(c) = n { Some(*c) } else { None }).collect()
}

fn mode_of(f: u32, is_text: bool) -> Mode {
    if is_text && f & flags::ASCII == 0 && f & flags::LOCALE == 0 { Mode::Unicode } else { Mode::Ascii }
}

fn combine_flags(f: u32, add: u32, del: u32) -> u32 {
    let f = if add & flags::TYPE_FLAGS != 0 { f & !flags::TYPE_FLAGS } else { f };
    (f | add) & !del
}

/// Compiles a parsed pattern with its final flags.
pub fn compile(nodes: &[Node], f: u32, group_widths: &[Option<(Width, Width)>], is_text: bool) -> Result<Program, ParseError> {
    let groups = group_widths.len();
    let mut c = Compiler { group_widths, insts: Vec::new(), repeats: 0, is_text };
    c.seq(nodes, f)?;
    c.insts.push(Inst::Match);
    let anchored = matches!(nodes.first(), Some(Node::At(At::BeginningString)))
        || (matches!(nodes.first(), Some(Node::At(At::Beginning))) && f & flags::MULTILINE == 0);
    let first = c.first(nodes, f).map(FirstFilter::new);
    let prefix = literal_run(nodes, f).into_boxed_slice();
    Ok(Program { insts: c.insts, repeats: c.repeats, groups, anchored, first, prefix })
}

impl Compiler<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// The single-character test a node compiles to, if it is one.
    fn single(&self, node: &Node, f: u32) -> Option<Single> {
        let mode = mode_of(f, self.is_text);
        let ignore = f & flags::IGNORECASE != 0;
        Some(match node {
            Node::Literal(c) | Node::NotLiteral(c) => {
                let not = matches!(node, Node::NotLiteral(_));
                if !ignore || !is_cased(*c, mode) {
                    if not { Single::NotChar(*c) } else { Single::Char(*c) }
                } else {
                    let lo = lower(*c, mode);
                    let extra = extra_cases(lo, mode);
                    if not { Single::NotCharIgnore(lo, extra, mode) } else { Single::CharIgnore(lo, extra, mode) }
                }
            }
            Node::Any => {
                if f & flags::DOTALL != 0 { Single::AnyAll } else { Single::Any }
            }
            Node::In { items, negate } => {
                if let ([SetItem::Category(cat)], false) = (items.as_slice(), negate) {
                    return Some(Single::Category(*cat, mode));
                }
                if items.is_empty() {
                    return Some(if *negate { Single::AnyAll } else { Single::Set(Box::new(Charset::new(&[], false, false, mode))) });
                }
                Single::Set(Box::new(Charset::new(items, *negate, ignore, mode)))
            }
            _ => return None,
        })
    }

    /// The first-character tests of a sequence that cannot match the empty string.
    fn first(&self, nodes: &[Node], f: u32) -> Option<Vec<Single>> {
        for node in nodes {
            if let Some(s) = self.single(node, f) {
                return Some(vec![s]);
            }
            match node {
                // Zero-width items do not decide the first character.
                Node::At(_) | Node::Assert { .. } => continue,
                Node::Failure => return Some(Vec::new()),
                Node::Group { add_flags, del_flags, body, .. } => return self.first(body, combine_flags(f, *add_flags, *del_flags)),
                Node::Atomic(body) => return self.first(body, f),
                Node::Repeat { min, body, .. } if *min >= 1 => return self.first(body, f),
                Node::Branch(alts) => {
                    let mut all = Vec::new();
                    for alt in alts {
                        all.extend(self.first(alt, f)?);
                    }
                    return Some(all);
                }
                _ => return None,
            }
        }
        None
    }

    fn seq(&mut self, nodes: &[Node], f: u32) -> Result<(), ParseError> {
        let mut i = 0;
        while i < nodes.len() {
            // A run of case-sensitive literals is compared in one instruction.
            let run = literal_run(&nodes[i..], f);
            if run.len() >= 2 {
                i += run.len();
                self.emit(Inst::Lit(run.into_boxed_slice()));
                continue;
            }
            self.node(&nodes[i], f)?;
            i += 1;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, f: u32) -> Result<(), ParseError> {
        if let Some(s) = self.single(node, f) {
            self.emit(Inst::One(s));
            return Ok(());
        }
        let mode = mode_of(f, self.is_text);
        match node {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => unreachable!("single"),
            Node::Failure => {
                self.emit(Inst::Fail);
            }
            Node::At(at) => {
                let multiline = f & flags::MULTILINE != 0;
                let kind = match at {
                    At::Beginning if multiline => AtKind::BeginningLine,
                    At::Beginning | At::BeginningString => AtKind::Beginning,
                    At::End if multiline => AtKind::EndLine,
                    At::End => AtKind::End,
                    At::EndString => AtKind::EndString,
                    At::Boundary => AtKind::Boundary(mode),
                    At::NonBoundary => AtKind::NonBoundary(mode),
                };
                self.emit(Inst::At(kind));
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.seq(alt, f)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.seq(alt, f)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group { index, add_flags, del_flags, body } => {
                let inner = combine_flags(f, *add_flags, *del_flags);
                if let Some(g) = index {
                    self.emit(Inst::Save(2 * g));
                }
                self.seq(body, inner)?;
                if let Some(g) = index {
                    self.emit(Inst::Save(2 * g + 1));
                }
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, f)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Assert { behind, negate, body } => {
                let back = if *behind {
                    // Group references count with their group's width (the parser rejected
                    // references to groups of the same look-behind).
                    let (lo, hi) = super::ast::width(body, self.group_widths);
                    if lo > u32::MAX as u64 {
                        return Err(ParseError::Syntax { msg: "looks too much behind".into(), pos: None });
                    }
                    if lo != hi {
                        return Err(ParseError::Syntax { msg: "look-behind requires fixed-width pattern".into(), pos: None });
                    }
                    lo as usize
                } else {
                    0
                };
                let start = self.emit(Inst::AssertStart { negate: *negate, back, after: 0 });
                self.seq(body, f)?;
                self.emit(Inst::AssertEnd);
                let after = self.pc();
                self.insts[start] = Inst::AssertStart { negate: *negate, back, after };
            }
            Node::GroupRef(g) => {
                let ignore = if f & flags::IGNORECASE != 0 { Some(mode) } else { None };
                self.emit(Inst::GroupRef { group: *g, ignore });
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.emit(Inst::GroupExists { group: *group, no: 0 });
                self.seq(yes, f)?;
                let no_start;
                if let Some(no) = no {
                    let jump = self.emit(Inst::Jmp(0));
                    no_start = self.pc();
                    self.seq(no, f)?;
                    let end = self.pc();
                    self.insts[jump] = Inst::Jmp(end);
                } else {
                    no_start = self.pc();
                }
                self.insts[test] = Inst::GroupExists { group: *group, no: no_start };
            }
            Node::Repeat { min, max, kind, body } => self.repeat(*min, *max, *kind, body, f)?,
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, body: &[Node], f: u32) -> Result<(), ParseError> {
        if let [one] = body
            && let Some(single) = self.single(one, f) {
                self.emit(Inst::RepeatOne { single, min, max, kind });
                return Ok(());
            }
        let r = self.repeats;
        self.repeats += 1;
        match kind {
            RepeatKind::Possessive => {
                let start = self.emit(Inst::PossStart { r, check: 0 });
                let check = self.emit(Inst::PossCheck { r, min, max, exit: 0 });
                self.seq(body, f)?;
                self.emit(Inst::PossEnd { r, check, min });
                let exit = self.pc();
                self.insts[start] = Inst::PossStart { r, check };
                self.insts[check] = Inst::PossCheck { r, min, max, exit };
            }
            RepeatKind::Greedy | RepeatKind::Lazy => {
                let start = self.emit(Inst::RepeatStart { r, until: 0 });
                let body_pc = self.pc();
                self.seq(body, f)?;
                let until = self.emit(Inst::Until { r, min, max, lazy: kind == RepeatKind::Lazy, body: body_pc, exit: 0 });
                let exit = self.pc();
                self.insts[start] = Inst::RepeatStart { r, until };
                self.insts[until] = Inst::Until { r, min, max, lazy: kind == RepeatKind::Lazy, body: body_pc, exit };
            }
        }
        Ok(())
    }
}
