//! Pattern syntax → [`Node`] tree, with the errors (message and position) CPython's
//! `re._parser` reports. Patterns are read as code points (bytes patterns as Latin-1), so
//! positions are indices into the pattern as Python sees it.

use super::ast::{flags, At, Category, Node, RepeatKind, SetItem, Width, MAXGROUPS, MAXREPEAT};
use super::text::{is_ascii_digit, py_repr};

/// How deeply groups may nest before the parse fails with RecursionError (CPython's parser is
/// recursive Python code and hits the recursion limit at about this depth).
const MAX_NESTING: usize = 993;

/// Why a pattern was rejected.
#[derive(Debug)]
pub enum ParseError {
    /// `re.error(msg, pattern, pos)`.
    Syntax { msg: String, pos: Option<usize> },
    /// Another exception class with a message (OverflowError, RecursionError, ValueError).
    Other { class: &'static str, msg: String },
}

/// A warning to issue after parsing (FutureWarning for syntax that may change meaning).
pub struct ParseWarning {
    pub msg: String,
}

/// The parse result.
pub struct Parsed {
    pub nodes: Vec<Node>,
    /// Flags after inline global flags and the str/bytes fix-up.
    pub flags: u32,
    /// Number of groups including group 0.
    pub groups: usize,
    /// `(name, index)` in definition order.
    pub group_names: Vec<(String, usize)>,
    /// Width bounds of each group (index 0 unused), for look-behind widths.
    pub group_widths: Vec<Option<(Width, Width)>>,
}

/// One token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Tok {
    first: u32,
    /// The escaped character when `first` is a backslash.
    second: Option<u32>,
}

impl Tok {
    fn len(self) -> usize {
        if self.second.is_some() { 2 } else { 1 }
    }
    fn is(self, c: char) -> bool {
        self.second.is_none() && self.first == c as u32
    }
    fn text(self) -> String {
        let mut s = String::new();
        push_cp(&mut s, self.first);
        if let Some(c) = self.second {
            push_cp(&mut s, c);
        }
        s
    }
}

fn push_cp(s: &mut String, c: u32) {
    s.push(char::from_u32(c).unwrap_or('\u{fffd}'));
}

struct Source<'a> {
    chars: &'a [u32],
    is_text: bool,
    index: usize,
    next: Option<Tok>,
}

type PResult<T> = Result<T, ParseError>;

impl<'a> Source<'a> {
    fn new(chars: &'a [u32], is_text: bool) -> PResult<Source<'a>> {
        let mut s = Source { chars, is_text, index: 0, next: None };
        s.advance()?;
        Ok(s)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&d) = self.chars.get(self.index + 1) else {
                return Err(ParseError::Syntax { msg: "bad escape (end of pattern)".into(), pos: Some(self.chars.len() - 1) });
            };
            self.next = Some(Tok { first: c, second: Some(d) });
            self.index += 2;
        } else {
            self.next = Some(Tok { first: c, second: None });
            self.index += 1;
        }
        Ok(())
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_is(&self, pred: impl Fn(u32) -> bool) -> bool {
        self.next.is_some_and(|t| t.second.is_none() && pred(t.first))
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    /// Up to `n` plain characters satisfying `pred`.
    fn get_while(&mut self, n: usize, pred: impl Fn(u32) -> bool) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        for _ in 0..n {
            if !self.next_is(&pred) {
                break;
            }
            out.push(self.next.expect("checked").first);
            self.advance()?;
        }
        Ok(out)
    }

    /// Text up to `terminator` (a group name): "missing group name", "missing >, unterminated name".
    fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        let mut count = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if count == 0 {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {terminator}, unterminated name"), count));
                }
                Some(t) if t.is(terminator) => {
                    if count == 0 {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(t) => {
                    result.push_str(&t.text());
                    count += t.len();
                }
            }
        }
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg = msg.into();
        if !self.is_text {
            msg = backslash_replace(&msg);
        }
        ParseError::Syntax { msg, pos: Some(self.tell().saturating_sub(offset)) }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        let len = name.chars().count();
        if !self.is_text && !name.is_ascii() {
            return Err(self.error(format!("bad character in group name {}", ascii_repr(name)), len + offset));
        }
        if !is_identifier(name) {
            return Err(self.error(format!("bad character in group name {}", py_repr(name)), len + offset));
        }
        Ok(())
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else { return false };
    (first == '_' || ophis_vm::builtins::unicode::is_id_start(first)) && chars.all(ophis_vm::builtins::unicode::is_id_continue)
}

fn backslash_replace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

fn ascii_repr(s: &str) -> String {
    backslash_replace(&py_repr(s))
}

/// Group bookkeeping while parsing.
struct State {
    flags: u32,
    group_names: Vec<(String, usize)>,
    /// Width of each closed group (None while open); index 0 is the whole match.
    group_widths: Vec<Option<(Width, Width)>>,
    /// Groups numbered at or above this are inside the look-behind being parsed.
    lookbehind_groups: Option<usize>,
    /// First position of each numeric conditional reference `(?(N)...)`.
    groupref_pos: Vec<(usize, usize)>,
    warnings: Vec<ParseWarning>,
}

impl State {
    fn groups(&self) -> usize {
        self.group_widths.len()
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.group_widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some((_, old)) = self.group_names.iter().find(|(n, _)| n == name) {
                return Err(format!("redefinition of group name {} as group {gid}; was group {old}", py_repr(name)));
            }
            self.group_names.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.group_names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, source: &Source) -> PResult<()> {
        if let Some(first) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(source.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }
}

/// Parses `pattern` (code points; `is_text` for str patterns) with the initial `flags`. The
/// warnings found before the end or the error come back either way (CPython issues them as it
/// parses, so they precede the error).
pub fn parse(pattern: &[u32], is_text: bool, initial_flags: u32) -> (PResult<Parsed>, Vec<ParseWarning>) {
    let mut state = State {
        flags: initial_flags,
        group_names: Vec::new(),
        group_widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        warnings: Vec::new(),
    };
    let result = parse_with(pattern, is_text, initial_flags, &mut state);
    (result, std::mem::take(&mut state.warnings))
}

fn parse_with(pattern: &[u32], is_text: bool, initial_flags: u32, state: &mut State) -> PResult<Parsed> {
    let mut source = Source::new(pattern, is_text)?;
    let verbose = initial_flags & flags::VERBOSE != 0;
    let nodes = parse_sub(&mut source, state, verbose, 0)?;
    let flags = fix_flags(is_text, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ParseError::Syntax { msg: format!("invalid group reference {g}"), pos: Some(pos) });
        }
    }
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups(),
        group_names: std::mem::take(&mut state.group_names),
        group_widths: std::mem::take(&mut state.group_widths),
    })
}

/// Checks the flags against the pattern type and adds UNICODE to str patterns without ASCII.
pub fn fix_flags(is_text: bool, mut f: u32) -> PResult<u32> {
    let value_error = |msg: &str| ParseError::Other { class: "ValueError", msg: msg.into() };
    if is_text {
        if f & flags::LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if f & flags::ASCII == 0 {
            f |= flags::UNICODE;
        } else if f & flags::UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if f & flags::UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if f & flags::LOCALE != 0 && f & flags::ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(f)
}

/// An alternation `a|b|c`.
fn parse_sub(source: &mut Source, state: &mut State, mut verbose: bool, nested: usize) -> PResult<Vec<Node>> {
    if nested > MAX_NESTING {
        return Err(ParseError::Other { class: "RecursionError", msg: "maximum recursion depth exceeded".into() });
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & flags::VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().expect("one item"));
    }
    // Branches made only of single characters or non-negated sets become one set.
    let mut set: Vec<SetItem> = Vec::new();
    let all_simple = items.iter().all(|item| match item.as_slice() {
        [Node::Literal(c)] => {
            set.push(SetItem::Literal(*c));
            true
        }
        [Node::In { items, negate: false }] => {
            set.extend(items.iter().cloned());
            true
        }
        _ => false,
    });
    if all_simple {
        let mut unique: Vec<SetItem> = Vec::new();
        for item in set {
            if !unique.contains(&item) {
                unique.push(item);
            }
        }
        return Ok(vec![Node::In { items: unique, negate: false }]);
    }
    Ok(vec![Node::Branch(items)])
}

const REPEAT_CHARS: &str = "*+?{";
const SPECIAL_CHARS: &str = ".\\[{()*+?^$|";

fn is_verbose_space(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0b | 0x0c | 0x0d)
}

/// A sequence of items up to `|`, `)` or the end.
fn parse_seq(source: &mut Source, state: &mut State, mut verbose: bool, nested: usize, first: bool) -> PResult<Vec<Node>> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this.is('|') || this.is(')') {
            break;
        }
        source.advance()?;
        if verbose && this.second.is_none() {
            if is_verbose_space(this.first) {
                continue;
            }
            if this.first == '#' as u32 {
                loop {
                    match source.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.second.is_some() {
            seq.push(parse_escape(source, this, state)?);
            continue;
        }
        let c = this.first;
        let special = char::from_u32(c).is_some_and(|ch| SPECIAL_CHARS.contains(ch));
        if !special {
            seq.push(Node::Literal(c));
            continue;
        }
        let ch = char::from_u32(c).expect("special char");
        match ch {
            '[' => seq.push(parse_set(source, state)?),
            '.' => seq.push(Node::Any),
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            '(' => {
                if let Some(node) = parse_group(source, state, verbose, nested, first, &seq, &mut verbose)? {
                    seq.push(node);
                }
            }
            _ if REPEAT_CHARS.contains(ch) => {
                let here = source.tell();
                let (min, max) = match ch {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if source.next.is_some_and(|t| t.is('}')) {
                            seq.push(Node::Literal(c));
                            continue;
                        }
                        let lo = source.get_while(usize::MAX, is_ascii_digit)?;
                        let hi = if source.matches(',')? { source.get_while(usize::MAX, is_ascii_digit)? } else { lo.clone() };
                        if !source.matches('}')? {
                            seq.push(Node::Literal(c));
                            source.seek(here)?;
                            continue;
                        }
                        let mut min = 0;
                        let mut max = MAXREPEAT;
                        if !lo.is_empty() {
                            min = repeat_number(&lo)?;
                        }
                        if !hi.is_empty() {
                            max = repeat_number(&hi)?;
                            if max < min {
                                return Err(source.error("min repeat greater than max repeat", source.tell() - here));
                            }
                        }
                        (min, max)
                    }
                };
                let Some(last) = seq.pop() else {
                    return Err(source.error("nothing to repeat", source.tell() - here + 1));
                };
                if matches!(last, Node::At(_)) {
                    return Err(source.error("nothing to repeat", source.tell() - here + 1));
                }
                if matches!(last, Node::Repeat { .. }) {
                    return Err(source.error("multiple repeat", source.tell() - here + 1));
                }
                let body = match last {
                    Node::Group { index: None, add_flags: 0, del_flags: 0, body } => body,
                    other => vec![other],
                };
                let kind = if source.matches('?')? {
                    RepeatKind::Lazy
                } else if source.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat { min, max, kind, body });
            }
            _ => seq.push(Node::Literal(c)),
        }
    }
    // Flag-less non-capturing groups are spliced into the sequence.
    let mut out = Vec::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Group { index: None, add_flags: 0, del_flags: 0, body } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn repeat_number(digits: &[u32]) -> PResult<u32> {
    let mut n: u64 = 0;
    for &d in digits {
        n = n * 10 + (d - '0' as u32) as u64;
        if n >= MAXREPEAT as u64 {
            return Err(ParseError::Other { class: "OverflowError", msg: "the repetition number is too large".into() });
        }
    }
    Ok(n as u32)
}

/// `(...)` after the opening parenthesis. Returns None for comments and global flags.
#[allow(clippy::too_many_arguments)]
fn parse_group(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
    seq: &[Node],
    seq_verbose: &mut bool,
) -> PResult<Option<Node>> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    if source.matches('?')? {
        let Some(tok) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        let ch = if tok.second.is_some() { '\\' } else { char::from_u32(tok.first).unwrap_or('\u{fffd}') };
        match ch {
            'P' => {
                if source.matches('<')? {
                    let n = source.get_until('>', "group name")?;
                    source.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.get_until(')', "group name")?;
                    source.check_group_name(&n, 1)?;
                    let len = n.chars().count();
                    let Some(gid) = state.group_index(&n) else {
                        return Err(source.error(format!("unknown group name {}", py_repr(&n)), len + 1));
                    };
                    if !state.check_group(gid) {
                        return Err(source.error("cannot refer to an open group", len + 1));
                    }
                    state.check_lookbehind_group(gid, source)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(t) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    return Err(source.error(format!("unknown extension ?P{}", t.text()), t.len() + 2));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if source.next.is_none() {
                        return Err(source.error("missing ), unterminated comment", source.tell() - start));
                    }
                    if source.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = ch;
                let mut behind = false;
                let mut saved_lookbehind = None;
                if ch == '<' {
                    let Some(t) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    if !(t.is('=') || t.is('!')) {
                        return Err(source.error(format!("unknown extension ?<{}", t.text()), t.len() + 2));
                    }
                    kind = if t.is('=') { '=' } else { '!' };
                    behind = true;
                    saved_lookbehind = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(source, state, verbose, nested + 1)?;
                if let Some(saved) = saved_lookbehind
                    && saved.is_none() {
                        state.lookbehind_groups = None;
                    }
                if !source.matches(')')? {
                    return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
                }
                if kind == '=' {
                    return Ok(Some(Node::Assert { behind, negate: false, body }));
                }
                if body.is_empty() {
                    return Ok(Some(Node::Failure));
                }
                return Ok(Some(Node::Assert { behind, negate: true, body }));
            }
            '(' => {
                let cond = source.get_until(')', "group name")?;
                let len = cond.chars().count();
                let group;
                let is_number = !cond.is_empty() && cond.bytes().all(|b| b.is_ascii_digit());
                if !is_number {
                    source.check_group_name(&cond, 1)?;
                    let Some(g) = state.group_index(&cond) else {
                        return Err(source.error(format!("unknown group name {}", py_repr(&cond)), len + 1));
                    };
                    group = g;
                } else {
                    let value: Option<usize> = cond.parse().ok();
                    match value {
                        Some(0) => return Err(source.error("bad group number", len + 1)),
                        Some(g) if g < MAXGROUPS => {
                            group = g;
                            if !state.groupref_pos.iter().any(|&(x, _)| x == g) {
                                state.groupref_pos.push((g, source.tell() - len - 1));
                            }
                        }
                        _ => return Err(source.error(format!("invalid group reference {}", cond.trim_start_matches('0')), len + 1)),
                    }
                }
                state.check_lookbehind_group(group, source)?;
                let yes = parse_seq(source, state, verbose, nested + 1, false)?;
                let no = if source.matches('|')? {
                    let no = parse_seq(source, state, verbose, nested + 1, false)?;
                    if source.next.is_some_and(|t| t.is('|')) {
                        return Err(source.error("conditional backref with more than two branches", 0));
                    }
                    Some(no)
                } else {
                    None
                };
                if !source.matches(')')? {
                    return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
                }
                return Ok(Some(Node::GroupRefExists { group, yes, no }));
            }
            '>' => {
                capture = false;
                atomic = true;
            }
            _ if flag_of(ch).is_some() || ch == '-' => {
                match parse_flags(source, state, ch)? {
                    None => {
                        if !first || !seq.is_empty() {
                            return Err(source.error("global flags not at the start of the expression", source.tell() - start));
                        }
                        *seq_verbose = state.flags & flags::VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        add_flags = add;
                        del_flags = del;
                        capture = false;
                    }
                }
            }
            _ => return Err(source.error(format!("unknown extension ?{}", tok.text()), tok.len() + 1)),
        }
    }
    let group = if capture {
        match state.open_group(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => return Err(source.error(msg, name.as_ref().map_or(0, |n| n.chars().count()) + 1)),
        }
    } else {
        None
    };
    let sub_verbose = (verbose || add_flags & flags::VERBOSE != 0) && del_flags & flags::VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(g) = group {
        state.group_widths[g] = Some(super::ast::width(&body, &state.group_widths));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group { index: group, add_flags, del_flags, body }))
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => flags::IGNORECASE,
        'L' => flags::LOCALE,
        'm' => flags::MULTILINE,
        's' => flags::DOTALL,
        'x' => flags::VERBOSE,
        'a' => flags::ASCII,
        'u' => flags::UNICODE,
        _ => return None,
    })
}

fn tok_char(t: Option<Tok>) -> Option<char> {
    t.map(|t| if t.second.is_some() { '\\' } else { char::from_u32(t.first).unwrap_or('\u{fffd}') })
}

/// Inline flags after `(?`: None for global flags `(?i)`, else the scoped `(add, del)`.
fn parse_flags(source: &mut Source, state: &mut State, mut ch: char) -> PResult<Option<(u32, u32)>> {
    let mut add_flags = 0;
    let mut del_flags = 0;
    let mut tok: Option<Tok>;
    if ch != '-' {
        loop {
            let flag = flag_of(ch).expect("a flag letter");
            if source.is_text {
                if ch == 'L' {
                    return Err(source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
            } else if ch == 'u' {
                return Err(source.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
            }
            add_flags |= flag;
            if flag & flags::TYPE_FLAGS != 0 && add_flags & flags::TYPE_FLAGS != flag {
                return Err(source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
            }
            tok = source.get()?;
            let Some(c) = tok_char(tok) else {
                return Err(source.error("missing -, : or )", 0));
            };
            ch = c;
            if tok.is_some_and(|t| t.second.is_none()) && matches!(c, ')' | '-' | ':') {
                break;
            }
            if tok.is_some_and(|t| t.second.is_some()) || flag_of(c).is_none() {
                let t = tok.expect("a token");
                let msg = if t.second.is_none() && c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                return Err(source.error(msg, t.len()));
            }
        }
    }
    if ch == ')' {
        state.flags |= add_flags;
        return Ok(None);
    }
    if add_flags & flags::DEBUG != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == '-' {
        tok = source.get()?;
        let Some(c) = tok_char(tok) else {
            return Err(source.error("missing flag", 0));
        };
        let t = tok.expect("a token");
        if t.second.is_some() || flag_of(c).is_none() {
            let msg = if t.second.is_none() && c.is_alphabetic() { "unknown flag" } else { "missing flag" };
            return Err(source.error(msg, t.len()));
        }
        ch = c;
        loop {
            let flag = flag_of(ch).expect("a flag letter");
            if flag & flags::TYPE_FLAGS != 0 {
                return Err(source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
            }
            del_flags |= flag;
            tok = source.get()?;
            let Some(c) = tok_char(tok) else {
                return Err(source.error("missing :", 0));
            };
            let t = tok.expect("a token");
            if t.second.is_none() && c == ':' {
                break;
            }
            if t.second.is_some() || flag_of(c).is_none() {
                let msg = if t.second.is_none() && c.is_alphabetic() { "unknown flag" } else { "missing :" };
                return Err(source.error(msg, t.len()));
            }
            ch = c;
        }
    }
    if add_flags & del_flags != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add_flags, del_flags)))
}

/// `[...]` after the opening bracket.
fn parse_set(source: &mut Source, state: &mut State) -> PResult<Node> {
    let here = source.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    if source.next.is_some_and(|t| t.is('[')) {
        state.warnings.push(ParseWarning { msg: format!("Possible nested set at position {}", source.tell()) });
    }
    let negate = source.matches('^')?;
    loop {
        let Some(this) = source.get()? else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = if this.second.is_some() {
            class_escape(source, this)?
        } else {
            if !set.is_empty() && matches!(char::from_u32(this.first), Some('-' | '&' | '~' | '|')) && source.next == Some(this) {
                let kind = match char::from_u32(this.first) {
                    Some('-') => "difference",
                    Some('&') => "intersection",
                    Some('~') => "symmetric difference",
                    _ => "union",
                };
                state.warnings.push(ParseWarning { msg: format!("Possible set {kind} at position {}", source.tell() - 1) });
            }
            SetItem::Literal(this.first)
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that.is(']') {
                set.push(code1);
                set.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = if that.second.is_some() {
                class_escape(source, that)?
            } else {
                if that.is('-') {
                    state.warnings.push(ParseWarning { msg: format!("Possible set difference at position {}", source.tell() - 2) });
                }
                SetItem::Literal(that.first)
            };
            let bad = || format!("bad character range {}-{}", this.text(), that.text());
            let (SetItem::Literal(lo), SetItem::Literal(hi)) = (&code1, &code2) else {
                return Err(source.error(bad(), this.len() + 1 + that.len()));
            };
            if hi < lo {
                return Err(source.error(bad(), this.len() + 1 + that.len()));
            }
            set.push(SetItem::Range(*lo, *hi));
        } else {
            set.push(code1);
        }
    }
    let mut unique: Vec<SetItem> = Vec::new();
    for item in set {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    if let [SetItem::Literal(c)] = unique.as_slice() {
        return Ok(if negate { Node::NotLiteral(*c) } else { Node::Literal(*c) });
    }
    Ok(Node::In { items: unique, negate })
}

fn category_of(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

fn hex_value(digits: &[u32]) -> u32 {
    digits.iter().fold(0u32, |acc, &d| acc * 16 + char::from_u32(d).and_then(|c| c.to_digit(16)).unwrap_or(0))
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

fn is_oct(c: u32) -> bool {
    ('0' as u32..='7' as u32).contains(&c)
}

fn escape_text(tok: Tok, extra: &[u32]) -> String {
    let mut s = tok.text();
    for &c in extra {
        push_cp(&mut s, c);
    }
    s
}

/// Escapes shared by sets and sequences: `\x`, `\u`, `\U`, `\N{...}`. None when `c` is none of them.
fn number_escape(source: &mut Source, tok: Tok) -> PResult<Option<u32>> {
    let c = tok.second.expect("an escape");
    let (n, needed) = match char::from_u32(c) {
        Some('x') => (2, 4),
        Some('u') if source.is_text => (4, 6),
        Some('U') if source.is_text => (8, 10),
        Some('N') if source.is_text => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.get_until('}', "character name")?;
            return match lookup_char_name(&name) {
                Some(c) => Ok(Some(c)),
                None => Err(source.error(format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4)),
            };
        }
        _ => return Ok(None),
    };
    let digits = source.get_while(n, is_hex)?;
    let text = escape_text(tok, &digits);
    if digits.len() + 2 != needed {
        return Err(source.error(format!("incomplete escape {text}"), digits.len() + 2));
    }
    let value = hex_value(&digits);
    if needed == 10 && char::from_u32(value).is_none() && !(0xd800..0xe000).contains(&value) {
        return Err(source.error(format!("bad escape {text}"), 10));
    }
    Ok(Some(value))
}

/// `\N{name}`: the character with that Unicode name (or alias), as string literals resolve it.
fn lookup_char_name(name: &str) -> Option<u32> {
    unicode_names2::character(name).map(|c| c as u32)
}

fn class_escape(source: &mut Source, tok: Tok) -> PResult<SetItem> {
    let c = tok.second.expect("an escape");
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Literal(v));
    }
    if let Some(cat) = category_of(c) {
        return Ok(SetItem::Category(cat));
    }
    if let Some(v) = number_escape(source, tok)? {
        return Ok(SetItem::Literal(v));
    }
    if is_oct(c) {
        let more = source.get_while(2, is_oct)?;
        let text = escape_text(tok, &more);
        let value = std::iter::once(c).chain(more.iter().copied()).fold(0u32, |acc, d| acc * 8 + (d - '0' as u32));
        if value > 0o377 {
            return Err(source.error(format!("octal escape value {text} outside of range 0-0o377"), text.chars().count()));
        }
        return Ok(SetItem::Literal(value));
    }
    if is_ascii_digit(c) {
        return Err(source.error(format!("bad escape {}", tok.text()), 2));
    }
    if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) {
        return Err(source.error(format!("bad escape {}", tok.text()), 2));
    }
    Ok(SetItem::Literal(c))
}

fn parse_escape(source: &mut Source, tok: Tok, state: &mut State) -> PResult<Node> {
    let c = tok.second.expect("an escape");
    if let Some(cat) = category_of(c) {
        return Ok(Node::In { items: vec![SetItem::Category(cat)], negate: false });
    }
    match char::from_u32(c) {
        Some('A') => return Ok(Node::At(At::BeginningString)),
        Some('Z' | 'z') => return Ok(Node::At(At::EndString)),
        Some('b') => return Ok(Node::At(At::Boundary)),
        Some('B') => return Ok(Node::At(At::NonBoundary)),
        _ => {}
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = number_escape(source, tok)? {
        return Ok(Node::Literal(v));
    }
    if c == '0' as u32 {
        let more = source.get_while(2, is_oct)?;
        return Ok(Node::Literal(more.iter().fold(0u32, |acc, &d| acc * 8 + (d - '0' as u32))));
    }
    if is_ascii_digit(c) {
        let mut digits = vec![c];
        if source.next_is(is_ascii_digit) {
            digits.push(source.get()?.expect("a digit").first);
            if is_oct(digits[0]) && is_oct(digits[1]) && source.next_is(is_oct) {
                digits.push(source.get()?.expect("a digit").first);
                let value = digits.iter().fold(0u32, |acc, &d| acc * 8 + (d - '0' as u32));
                let text = escape_text(tok, &digits[1..]);
                if value > 0o377 {
                    return Err(source.error(format!("octal escape value {text} outside of range 0-0o377"), 4));
                }
                return Ok(Node::Literal(value));
            }
        }
        let group = digits.iter().fold(0usize, |acc, &d| acc * 10 + (d - '0' as u32) as usize);
        let len = digits.len() + 1;
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", len));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(source.error(format!("invalid group reference {group}"), len - 1));
    }
    if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) {
        return Err(source.error(format!("bad escape {}", tok.text()), 2));
    }
    Ok(Node::Literal(c))
}
