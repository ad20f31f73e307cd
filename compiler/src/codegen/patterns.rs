//! `match` statements (PEP 634), compiled as CPython 3.14 compiles them.
//!
//! Each case matches its pattern against a copy of the subject (the last case uses the subject
//! itself). A pattern consumes the value on top of the stack. Captured values are not stored
//! while the pattern runs: they wait on the stack (below whatever the pattern still works on)
//! and are stored only once the whole pattern has matched, so a failed pattern binds nothing.
//! A failure jumps to one of a ladder of labels, `fail_pop[n]`, which pops the `n` values the
//! pattern had left on the stack so far and falls through to `fail_pop[n - 1]`, down to
//! `fail_pop[0]`: the start of the next case.
//!
//! The compile-time errors (unreachable patterns, repeated names, alternatives binding different
//! names, duplicate mapping keys, repeated class-pattern attributes) are raised here, in the
//! order CPython's code generator raises them.

use ophis_lexer::TextRange;
use ophis_parser::ast::{self, Expr, ExprContext, Identifier, Pattern};

use super::pattern_constants::{fold, python_eq};
use super::unit::Label;
use super::{Compiler, Result};
use crate::code::Constant;
use crate::instructions::{BinaryOp, CompareOp, Opcode};

/// What the code generator knows while compiling one case's pattern.
struct PatternContext {
    /// The names captured so far, in capture order. Their values are on the stack below the
    /// `on_top` items, the first capture nearest the top (each new capture is rotated beneath
    /// the earlier ones).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (false for an unguarded case that is not
    /// the last, and for every alternative of an or-pattern but the last).
    allow_irrefutable: bool,
    /// `fail_pop[n]`: where a failure with `n` values to discard jumps.
    fail_pop: Vec<Label>,
    /// Values above the captured ones that a failure must also discard (subjects still to be
    /// matched, the subject kept for a length check, ...).
    on_top: u32,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> PatternContext {
        PatternContext { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0 }
    }
}

/// `_`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Result<()> {
        self.expr(&m.subject)?;
        let end = self.unit().new_label();
        let cases = m.cases.len();
        let Some(last) = m.cases.last() else { return Ok(()) };
        // A trailing `case _:` needs no copy of the subject and no pattern code.
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let matched_cases = cases - has_default as usize;
        for (i, case) in m.cases[..matched_cases].iter().enumerate() {
            let keeps_subject = i + 1 != matched_cases;
            self.set_location(case.pattern.range());
            if keeps_subject {
                self.emit(Opcode::COPY, 1);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == cases);
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            self.set_location(case.pattern.range());
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, ExprContext::Store);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, false, fail)?;
            }
            if keeps_subject {
                if let Some(first) = case.body.first() {
                    self.set_location(first.range());
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&case.body)?;
            if self.unit().is_reachable() {
                self.unit().emit_jump(Opcode::JUMP, end);
            }
            self.emit_and_reset_fail_pop(&mut pc, case.pattern.range());
        }
        if has_default {
            self.set_location(last.pattern.range());
            if let Some(guard) = &last.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&last.body)?;
        }
        self.unit().bind(end);
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p, pc))
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        self.set_location(p.range());
        match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, v.range, pc),
            Pattern::MatchSingleton(s) => {
                if let ast::Constant::None = s.value {
                    self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NOT_NONE);
                } else {
                    self.load_const(super::expr::constant(&s.value));
                    self.emit(Opcode::IS_OP, 0);
                    self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                }
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, s.range, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.pattern_store(s.name.as_ref(), s.range, pc),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let message = match &a.name {
                            Some(n) => format!("name capture {} makes remaining patterns unreachable", name_repr(n)),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(message, a.range));
                    }
                    self.pattern_store(a.name.as_ref(), a.range, pc)
                }
                Some(sub) => {
                    // Keep the subject for the capture.
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.set_location(a.range);
                    self.pattern_store(a.name.as_ref(), a.range, pc)
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        }
    }

    /// A sub-pattern: irrefutable patterns are fine inside other patterns.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: u32) {
        while pc.fail_pop.len() <= n as usize {
            let label = self.unit().new_label();
            pc.fail_pop.push(label);
        }
    }

    /// Emits `op` jumping to the label that discards everything the pattern has on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len() as u32;
        self.ensure_fail_pop(pc, pops);
        let label = pc.fail_pop[pops as usize];
        self.unit().emit_jump(op, label);
    }

    /// Places the failure ladder: `fail_pop[n]`, POP_TOP, ..., `fail_pop[0]`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext, range: TextRange) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else { return };
        self.set_location(range);
        for label in rest.iter().rev() {
            self.unit().bind(*label);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.unit().bind(*first);
    }

    /// Moves the top of the stack down to position `count` (1 = top), shifting the rest up.
    fn rotate(&mut self, count: u32) {
        for n in (2..=count).rev() {
            self.emit(Opcode::SWAP, n);
        }
    }

    /// Records a capture of the value on top (`name` None: discards it).
    fn pattern_store(&mut self, name: Option<&'a Identifier>, range: TextRange, pc: &mut PatternContext) -> Result<()> {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name.as_str()) {
            return Err(self.duplicate_store(name.as_str(), range));
        }
        self.rotate(pc.on_top + pc.stores.len() as u32 + 1);
        pc.stores.push(name.as_str().to_string());
        Ok(())
    }

    fn duplicate_store(&self, name: &str, range: TextRange) -> ophis_parser::SyntaxError {
        self.error(format!("multiple assignments to name {} in pattern", ophis_parser::repr::str_repr(name)), range)
    }

    /// A literal or a dotted name, compared with `==`.
    fn pattern_value(&mut self, value: &'a Expr, range: TextRange, pc: &mut PatternContext) -> Result<()> {
        if let Some(c) = fold(value) {
            self.load_const(super::expr::constant(&c));
        } else if let Expr::Attribute(_) = value {
            self.expr(value)?;
        } else {
            return Err(self.error("patterns may only match literals and attribute lookups", range));
        }
        self.set_location(range);
        self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
        self.emit(Opcode::TO_BOOL, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], range: TextRange, pc: &mut PatternContext) -> Result<()> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        let length_check = match star {
            None => Some((size, CompareOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CompareOp::Ge)),
            Some(_) => None,
        };
        if let Some((n, op)) = length_check {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::Int(n.into()));
            self.emit(Opcode::COMPARE_OP, op as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[_, *_]`: the checks were the whole match.
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            self.sequence_by_index(patterns, star.unwrap_or(size), range, pc)?;
        } else {
            self.sequence_by_unpacking(patterns, star, range, pc)?;
        }
        Ok(())
    }

    /// Unpacks the subject (UNPACK_SEQUENCE / UNPACK_EX) and matches each item.
    fn sequence_by_unpacking(&mut self, patterns: &'a [Pattern], star: Option<usize>, range: TextRange, pc: &mut PatternContext) -> Result<()> {
        let size = patterns.len();
        match star {
            None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            Some(i) => {
                let after = size - i - 1;
                if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking sequence pattern", range));
                }
                self.emit(Opcode::UNPACK_EX, (i | (after << 8)) as u32);
            }
        }
        pc.on_top += size as u32;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// With a `*_` wildcard, fetches only the items that have sub-patterns, by index (negative
    /// positions are computed from the length: the subject may not accept negative indexes).
    fn sequence_by_index(&mut self, patterns: &'a [Pattern], star: usize, range: TextRange, pc: &mut PatternContext) -> Result<()> {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.set_location(range);
            self.emit(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i.into()));
            } else {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int((size - i).into()));
                self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32);
            }
            self.emit(Opcode::BINARY_OP, BinaryOp::Subscr as u32);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.set_location(range);
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> Result<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error(
                format!("keys ({size}) / patterns ({}) length mismatch in mapping pattern", m.patterns.len()),
                m.range,
            ));
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::Int(size.into()));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        // The keys: literals (checked for duplicates now) or dotted names (checked at run time).
        let mut literals: Vec<ast::Constant> = Vec::new();
        let mut all_literal = true;
        for key in &m.keys {
            match fold(key) {
                Some(c) => {
                    if literals.iter().any(|seen| python_eq(seen, &c)) {
                        let message = format!("mapping pattern checks duplicate key ({})", ophis_parser::repr::constant_repr(&c));
                        return Err(self.error(message, m.range));
                    }
                    literals.push(c);
                }
                None if matches!(key, Expr::Attribute(_)) => all_literal = false,
                None => return Err(self.error("mapping pattern keys may only match literals and attribute lookups", m.range)),
            }
        }
        if all_literal {
            let tuple: Vec<Constant> = literals.iter().map(super::expr::constant).collect();
            self.load_const(Constant::Tuple(tuple.into()));
        } else {
            for key in &m.keys {
                match fold(key) {
                    Some(c) => self.load_const(super::expr::constant(&c)),
                    None => self.expr(key)?,
                }
            }
            self.set_location(m.range);
            self.emit(Opcode::BUILD_TUPLE, size as u32);
        }
        self.set_location(m.range);
        self.emit(Opcode::MATCH_KEYS, 0);
        // The keys and the values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Matched: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        self.set_location(m.range);
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject), then delete each matched key from it.
                self.emit(Opcode::BUILD_MAP, 0); // subject keys {}
                self.emit(Opcode::SWAP, 3); // {} keys subject
                self.emit(Opcode::DICT_UPDATE, 2); // rest keys
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32); // rest key...
                for remaining in (1..=size as u32).rev() {
                    self.emit(Opcode::COPY, 1 + remaining); // rest key... rest
                    self.emit(Opcode::SWAP, 2); // rest key... rest key
                    self.emit(Opcode::DELETE_SUBSCR, 0);
                }
                self.pattern_store(Some(rest), m.range, pc)?;
            }
            None => {
                self.emit(Opcode::POP_TOP, 0); // the keys
                self.emit(Opcode::POP_TOP, 0); // the subject
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> Result<()> {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        if nattrs != c.kwd_patterns.len() {
            return Err(self.error(
                format!("kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern", c.kwd_patterns.len()),
                c.range,
            ));
        }
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            if let Some(j) = c.kwd_attrs[i + 1..].iter().position(|other| other.as_str() == attr.as_str()) {
                let at = c.kwd_patterns[i + 1 + j].range();
                return Err(self.error(format!("attribute name repeated in class pattern: {}", attr.as_str()), at));
            }
        }
        self.expr(&c.cls)?;
        self.set_location(c.range);
        // Keyword attribute names are not mangled (CPython does not mangle them either).
        let names: Vec<Constant> = c.kwd_attrs.iter().map(|a| Constant::Str(a.as_str().into())).collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        // The tuple of attributes (or None) replaces the subject.
        pc.on_top += 1;
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        let total = (nargs + nattrs) as u32;
        self.emit(Opcode::UNPACK_SEQUENCE, total);
        pc.on_top += total;
        pc.on_top -= 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.set_location(c.range);
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> Result<()> {
        let end = self.unit().new_label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        // The names the first alternative binds: every other one must bind the same names, and
        // its captures are reordered on the stack to match.
        let mut control: Option<Vec<String>> = None;
        let count = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            pc.stores = Vec::new();
            // An irrefutable alternative must be the last one, if it is allowed at all.
            pc.allow_irrefutable = i + 1 == count && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.set_location(alt.range());
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            self.set_location(alt.range());
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) => {
                    if pc.stores.len() != control.len() {
                        return Err(self.error("alternative patterns bind different names", o.range));
                    }
                    for icontrol in (0..control.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == control[icontrol]) else {
                            return Err(self.error("alternative patterns bind different names", o.range));
                        };
                        if istores != icontrol {
                            // Names after icontrol are already in place, so istores < icontrol:
                            // move the first istores + 1 captures down to end at icontrol.
                            let rotations = istores + 1;
                            let moved: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, moved);
                            for _ in 0..rotations {
                                self.rotate(icontrol as u32 + 1);
                            }
                        }
                    }
                }
            }
            if self.unit().is_reachable() {
                self.unit().emit_jump(Opcode::JUMP, end);
            }
            self.emit_and_reset_fail_pop(pc, alt.range());
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        self.set_location(o.range);
        if self.unit().is_reachable() {
            // No alternative matched: drop the subject and fail.
            self.emit(Opcode::POP_TOP, 0);
            self.jump_to_fail_pop(pc, Opcode::JUMP);
        }
        self.unit().bind(end);
        let control = control.unwrap_or_default();
        // Move each capture beneath the other new captures, the subject, the items on top and
        // the earlier captures.
        let rotations = control.len() as u32 + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(self.duplicate_store(&name, o.range));
            }
            pc.stores.push(name);
        }
        // The subject.
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}

/// `repr()` of a captured name, for messages.
fn name_repr(n: &Identifier) -> String {
    ophis_parser::repr::str_repr(n.as_str())
}
