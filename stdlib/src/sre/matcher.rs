//! The backtracking matcher: runs a [`Program`] over a subject (bytes, or a str's code points)
//! with an explicit heap stack of backtrack frames and an undo trail, never recursing in Rust,
//! so deep patterns and long subjects cannot overflow the native stack. Matching semantics
//! follow CPython's `_sre`: a repeat stops iterating when an iteration matched the empty string,
//! captures keep the last iteration's values, look-arounds and atomic groups discard their
//! backtrack points on success, `fullmatch` backtracks until the match ends at `endpos`, and a
//! search after an empty match must advance (`must_advance`).
//!
//! A long search checks for Ctrl-C every few million steps.

use super::ast::MAXREPEAT;
use super::compile::{AtKind, Inst, Program, Single};
use super::text::{is_word, lower, Mode};
use ophis_vm::{PyErr, PyResult};

/// An unset capture slot.
pub const UNSET: usize = usize::MAX;

/// What a successful match recorded.
#[derive(Clone, Debug)]
pub struct Captures {
    /// Two slots per group (start, end); group 0 is the whole match.
    pub slots: Vec<usize>,
    /// The last group closed, as `Match.lastindex`.
    pub lastindex: Option<usize>,
}

/// How the match must be anchored.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Anchor {
    /// `match`: at `pos`.
    Start,
    /// `fullmatch`: at `pos`, ending at `endpos`.
    Full,
    /// `search`: at `pos` or later.
    Search,
}

#[derive(Clone, Copy, Debug)]
struct RepState {
    count: i64,
    last: usize,
}

#[derive(Clone, Copy, Debug)]
enum Undo {
    Slot(usize, usize),
    LastIndex(Option<usize>),
    Rep(usize, RepState),
}

#[derive(Clone, Copy, Debug)]
enum BarrierKind {
    Atomic,
    Assert { negate: bool, after: usize },
    Poss { mandatory: bool, exit: usize },
}

#[derive(Clone, Copy, Debug)]
enum Frame {
    Choice { pc: usize, pos: usize, trail: usize },
    Greedy { next: usize, start: usize, count: usize, min: usize, trail: usize },
    Lazy { inst: usize, pos: usize, count: usize, trail: usize },
    LazyUntil { r: usize, pos: usize, count: i64, body: usize, max: u32, trail: usize },
    Barrier { kind: BarrierKind, pos: usize, trail: usize },
}

struct Machine<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    end: usize,
    slots: Vec<usize>,
    lastindex: Option<usize>,
    reps: Vec<RepState>,
    stack: Vec<Frame>,
    trail: Vec<Undo>,
    steps: u64,
}

const INTERRUPT_CHECK_STEPS: u64 = 1 << 22;

fn memory_error() -> PyErr {
    PyErr::with_args("MemoryError", vec![])
}

impl<'a, T: Copy + Into<u32>> Machine<'a, T> {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    fn push(&mut self, f: Frame) -> PyResult<()> {
        if self.stack.len() == self.stack.capacity() {
            self.stack.try_reserve(self.stack.len().max(64)).map_err(|_| memory_error())?;
        }
        self.stack.push(f);
        Ok(())
    }

    fn log(&mut self, u: Undo) -> PyResult<()> {
        if self.trail.len() == self.trail.capacity() {
            self.trail.try_reserve(self.trail.len().max(64)).map_err(|_| memory_error())?;
        }
        self.trail.push(u);
        Ok(())
    }

    fn undo(&mut self, to: usize) {
        while self.trail.len() > to {
            match self.trail.pop().expect("trail entry") {
                Undo::Slot(i, v) => self.slots[i] = v,
                Undo::LastIndex(v) => self.lastindex = v,
                Undo::Rep(r, s) => self.reps[r] = s,
            }
        }
    }

    fn set_rep(&mut self, r: usize, s: RepState) -> PyResult<()> {
        self.log(Undo::Rep(r, self.reps[r]))?;
        self.reps[r] = s;
        Ok(())
    }

    fn nearest_barrier(&self) -> usize {
        self.stack.iter().rposition(|f| matches!(f, Frame::Barrier { .. })).expect("an open barrier")
    }

    fn is_word_at(&self, i: usize, mode: Mode) -> bool {
        is_word(self.at(i), mode)
    }

    fn at_test(&self, kind: AtKind, pos: usize) -> bool {
        let end = self.end;
        match kind {
            AtKind::Beginning => pos == 0,
            AtKind::BeginningLine => pos == 0 || self.at(pos - 1) == '\n' as u32,
            AtKind::End => pos == end || (pos + 1 == end && self.at(pos) == '\n' as u32),
            AtKind::EndLine => pos == end || self.at(pos) == '\n' as u32,
            AtKind::EndString => pos == end,
            AtKind::Boundary(mode) | AtKind::NonBoundary(mode) => {
                let before = pos > 0 && self.is_word_at(pos - 1, mode);
                let here = pos < end && self.is_word_at(pos, mode);
                (before != here) == matches!(kind, AtKind::Boundary(_))
            }
        }
    }

    /// How many characters from `pos` (at most `limit`) pass `single`.
    #[inline]
    fn run_length(&self, single: &Single, pos: usize, limit: usize) -> usize {
        let text = &self.text[pos..pos + limit];
        let stop = match single {
            Single::AnyAll => return limit,
            Single::Any => text.iter().position(|&c| c.into() == '\n' as u32),
            Single::Char(x) => text.iter().position(|&c| c.into() != *x),
            Single::NotChar(x) => text.iter().position(|&c| c.into() == *x),
            Single::Set(set) => text.iter().position(|&c| !set.contains(c.into())),
            other => text.iter().position(|&c| !other.matches(c.into())),
        };
        stop.unwrap_or(limit)
    }

    /// Resumes at the most recent backtrack point: Some((pc, pos)), or None when exhausted.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(frame) = self.stack.pop() {
            match frame {
                Frame::Choice { pc, pos, trail } => {
                    self.undo(trail);
                    return Some((pc, pos));
                }
                Frame::Greedy { next, start, count, min, trail } => {
                    self.undo(trail);
                    let mut count = count;
                    // A literal right after the repeat: only stop where it can match.
                    let stop = match &self.prog.insts[next] {
                        Inst::One(Single::Char(c)) => Some(*c),
                        Inst::Lit(cs) => Some(cs[0]),
                        _ => None,
                    };
                    loop {
                        if count == min {
                            break;
                        }
                        count -= 1;
                        match stop {
                            Some(c) if !(start + count < self.end && self.at(start + count) == c) => continue,
                            _ => {}
                        }
                        if count > min {
                            self.stack.push(Frame::Greedy { next, start, count, min, trail });
                        }
                        return Some((next, start + count));
                    }
                }
                Frame::Lazy { inst, pos, count, trail } => {
                    self.undo(trail);
                    let Inst::RepeatOne { single, max, .. } = &self.prog.insts[inst] else { unreachable!("lazy frame on RepeatOne") };
                    let below_max = *max == MAXREPEAT || (count as u64) < *max as u64;
                    if below_max && pos < self.end && single.matches(self.at(pos)) {
                        self.stack.push(Frame::Lazy { inst, pos: pos + 1, count: count + 1, trail });
                        return Some((inst + 1, pos + 1));
                    }
                }
                Frame::LazyUntil { r, pos, count, body, max, trail } => {
                    self.undo(trail);
                    if (max != MAXREPEAT && count >= max as i64) || pos == self.reps[r].last {
                        continue;
                    }
                    // Trail space was reserved when the frame was pushed (`log` cannot fail here
                    // without losing the frame), so a failure to grow is treated as exhaustion.
                    if self.set_rep(r, RepState { count, last: pos }).is_err() {
                        return None;
                    }
                    return Some((body, pos));
                }
                Frame::Barrier { kind, pos, trail } => match kind {
                    BarrierKind::Atomic | BarrierKind::Assert { negate: false, .. } | BarrierKind::Poss { mandatory: true, .. } => {}
                    BarrierKind::Assert { negate: true, after } => {
                        self.undo(trail);
                        return Some((after, pos));
                    }
                    BarrierKind::Poss { mandatory: false, exit } => {
                        self.undo(trail);
                        return Some((exit, pos));
                    }
                },
            }
        }
        None
    }

    /// One attempt at `start`. Ok(true) when matched (slots 0/1 set).
    fn attempt(&mut self, start: usize, full: bool, must_advance: bool) -> PyResult<bool> {
        // Registers are clean here: a failed attempt undoes its whole trail before returning.
        self.stack.clear();
        let insts = &self.prog.insts;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps.is_multiple_of(INTERRUPT_CHECK_STEPS)
                && let Some(e) = ophis_vm::signals::take_interrupt() {
                    return Err(e);
                }
            let ok = match &insts[pc] {
                Inst::One(s) => {
                    // The commonest tests inline; the rest through `Single::matches`.
                    if pos < self.end
                        && match s {
                            Single::Char(x) => self.at(pos) == *x,
                            Single::Any => self.at(pos) != '\n' as u32,
                            Single::AnyAll => true,
                            Single::Set(set) => set.contains(self.at(pos)),
                            other => other.matches(self.at(pos)),
                        }
                    {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Lit(cs) => {
                    let n = cs.len();
                    if pos + n <= self.end && (0..n).all(|i| self.at(pos + i) == cs[i]) {
                        pos += n;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(kind) => {
                    if self.at_test(*kind, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    let trail = self.trail.len();
                    self.push(Frame::Choice { pc: *b, pos, trail })?;
                    pc = *a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = *a;
                    true
                }
                Inst::Save(slot) => {
                    self.log(Undo::Slot(*slot, self.slots[*slot]))?;
                    self.slots[*slot] = pos;
                    if slot % 2 == 1 {
                        self.log(Undo::LastIndex(self.lastindex))?;
                        self.lastindex = Some(slot / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::GroupRef { group, ignore } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == UNSET || e == UNSET || e < s {
                        false
                    } else {
                        let len = e - s;
                        if pos + len > self.end {
                            false
                        } else {
                            let same = match ignore {
                                None => (0..len).all(|i| self.at(s + i) == self.at(pos + i)),
                                Some(mode) => (0..len).all(|i| lower(self.at(s + i), *mode) == lower(self.at(pos + i), *mode)),
                            };
                            if same {
                                pos += len;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Inst::GroupExists { group, no } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    pc = if s != UNSET && e != UNSET && s <= e { pc + 1 } else { *no };
                    true
                }
                Inst::AssertStart { negate, back, after } => {
                    if pos < *back {
                        if *negate {
                            pc = *after;
                            true
                        } else {
                            false
                        }
                    } else {
                        let trail = self.trail.len();
                        self.push(Frame::Barrier { kind: BarrierKind::Assert { negate: *negate, after: *after }, pos, trail })?;
                        pos -= *back;
                        pc += 1;
                        true
                    }
                }
                Inst::AssertEnd => {
                    let idx = self.nearest_barrier();
                    let Frame::Barrier { kind: BarrierKind::Assert { negate, after }, pos: saved, trail } = self.stack[idx] else {
                        unreachable!("assertion barrier")
                    };
                    self.stack.truncate(idx);
                    if negate {
                        self.undo(trail);
                        false
                    } else {
                        pos = saved;
                        pc = after;
                        true
                    }
                }
                Inst::AtomicStart => {
                    let trail = self.trail.len();
                    self.push(Frame::Barrier { kind: BarrierKind::Atomic, pos, trail })?;
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    let idx = self.nearest_barrier();
                    self.stack.truncate(idx);
                    pc += 1;
                    true
                }
                Inst::RepeatStart { r, until } => {
                    self.set_rep(*r, RepState { count: -1, last: UNSET })?;
                    pc = *until;
                    true
                }
                Inst::Until { r, min, max, lazy, body, exit } => {
                    let (r, min, max, lazy, body, exit) = (*r, *min, *max, *lazy, *body, *exit);
                    let count = self.reps[r].count + 1;
                    if count < min as i64 {
                        let last = self.reps[r].last;
                        self.set_rep(r, RepState { count, last })?;
                        pc = body;
                    } else if !lazy {
                        if (max == MAXREPEAT || count < max as i64) && pos != self.reps[r].last {
                            let trail = self.trail.len();
                            self.push(Frame::Choice { pc: exit, pos, trail })?;
                            self.set_rep(r, RepState { count, last: pos })?;
                            pc = body;
                        } else {
                            pc = exit;
                        }
                    } else {
                        let trail = self.trail.len();
                        // Room for the repeat-state undo entry the frame may log when resumed.
                        self.trail.try_reserve(1).map_err(|_| memory_error())?;
                        self.push(Frame::LazyUntil { r, pos, count, body, max, trail })?;
                        pc = exit;
                    }
                    true
                }
                Inst::PossStart { r, check } => {
                    self.set_rep(*r, RepState { count: 0, last: UNSET })?;
                    pc = *check;
                    true
                }
                Inst::PossCheck { r, min, max, exit } => {
                    let count = self.reps[*r].count;
                    let trail = self.trail.len();
                    if count < *min as i64 {
                        self.push(Frame::Barrier { kind: BarrierKind::Poss { mandatory: true, exit: *exit }, pos, trail })?;
                        pc += 1;
                    } else if *max == MAXREPEAT || count < *max as i64 {
                        self.push(Frame::Barrier { kind: BarrierKind::Poss { mandatory: false, exit: *exit }, pos, trail })?;
                        pc += 1;
                    } else {
                        pc = *exit;
                    }
                    true
                }
                Inst::PossEnd { r, check, min } => {
                    let idx = self.nearest_barrier();
                    let Frame::Barrier { pos: saved, .. } = self.stack[idx] else { unreachable!("barrier") };
                    self.stack.truncate(idx);
                    let count = self.reps[*r].count + 1;
                    self.set_rep(*r, RepState { count, last: pos })?;
                    pc = if pos == saved && count >= *min as i64 { pc + 1 } else { *check };
                    true
                }
                Inst::RepeatOne { single, min, max, kind } => {
                    let avail = self.end - pos;
                    let limit = if *max == MAXREPEAT { avail } else { (*max as usize).min(avail) };
                    let min = *min as usize;
                    match kind {
                        super::ast::RepeatKind::Lazy => {
                            if min > limit {
                                false
                            } else if (0..min).all(|i| single.matches(self.at(pos + i))) {
                                pos += min;
                                if min < limit {
                                    let trail = self.trail.len();
                                    self.push(Frame::Lazy { inst: pc, pos, count: min, trail })?;
                                }
                                pc += 1;
                                true
                            } else {
                                false
                            }
                        }
                        _ => {
                            let count = self.run_length(single, pos, limit);
                            if count < min {
                                false
                            } else {
                                if count > min && *kind == super::ast::RepeatKind::Greedy {
                                    let trail = self.trail.len();
                                    self.push(Frame::Greedy { next: pc + 1, start: pos, count, min, trail })?;
                                }
                                pos += count;
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                Inst::Fail => false,
                Inst::Match => {
                    if (full && pos != self.end) || (must_advance && pos == start) {
                        false
                    } else {
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        return Ok(true);
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => {
                        self.undo(0);
                        return Ok(false);
                    }
                }
            }
        }
    }
}

/// Matches `prog` against `text[..end]` from `pos` (0 <= pos <= end <= text.len()).
pub fn run<T: Copy + Into<u32>>(prog: &Program, text: &[T], pos: usize, end: usize, anchor: Anchor, must_advance: bool) -> PyResult<Option<Captures>> {
    let mut m = Machine {
        prog,
        text: &text[..end],
        end,
        slots: vec![UNSET; 2 * prog.groups],
        lastindex: None,
        reps: vec![RepState { count: -1, last: UNSET }; prog.repeats],
        stack: Vec::new(),
        trail: Vec::new(),
        steps: 0,
    };
    let found = match anchor {
        Anchor::Start | Anchor::Full => m.attempt(pos, anchor == Anchor::Full, must_advance)?,
        Anchor::Search => {
            let mut start = pos;
            let mut found = false;
            if prog.anchored && pos > 0 {
                return Ok(None);
            }
            while start <= end {
                if let Some(first) = &prog.first {
                    // Skip to the next place a match can start.
                    let text = m.text;
                    let found = text[start..end].iter().position(|&c| first.may_start(c.into())).map(|i| start + i);
                    match found {
                        Some(i) => start = i,
                        None => break,
                    }
                    let prefix = &prog.prefix;
                    if prefix.len() > 1 && !(start + prefix.len() <= end && (1..prefix.len()).all(|k| text[start + k].into() == prefix[k])) {
                        start += 1;
                        continue;
                    }
                }
                if m.attempt(start, false, must_advance && start == pos)? {
                    found = true;
                    break;
                }
                if prog.anchored {
                    break;
                }
                start += 1;
            }
            found
        }
    };
    Ok(found.then_some(Captures { slots: m.slots, lastindex: m.lastindex }))
}
