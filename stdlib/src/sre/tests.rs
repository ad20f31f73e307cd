//! Engine tests without the interpreter: parse → compile → match on code points. Expected
//! values were checked against CPython 3.14 (the conformance cases `tests/cases/stdlib/re_*.py`
//! cover the Python API).

use super::compile::{compile, Program};
use super::matcher::{run, Anchor, UNSET};
use super::parse::{parse, ParseError};

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn program(pattern: &str, flags: u32) -> Program {
    let (parsed, _) = parse(&cps(pattern), true, flags);
    let parsed = parsed.unwrap_or_else(|e| panic!("{pattern}: {e:?}"));
    compile(&parsed.nodes, parsed.flags, &parsed.group_widths, true).expect("compiles")
}

/// The spans of every group of the first match, None for no match.
fn spans(pattern: &str, subject: &str, anchor: Anchor) -> Option<Vec<Option<(usize, usize)>>> {
    let prog = program(pattern, 0);
    let text = cps(subject);
    let caps = run(&prog, &text, 0, text.len(), anchor, false).expect("no interrupt")?;
    Some(caps.slots.chunks(2).map(|s| if s[0] == UNSET { None } else { Some((s[0], s[1])) }).collect())
}

fn error_of(pattern: &str) -> (String, Option<usize>) {
    match parse(&cps(pattern), true, 0).0 {
        Err(ParseError::Syntax { msg, pos }) => (msg, pos),
        Err(ParseError::Other { class, msg }) => (format!("{class}: {msg}"), None),
        Ok(_) => panic!("{pattern} parsed"),
    }
}

#[test]
fn captures_keep_the_last_iteration() {
    assert_eq!(spans(r"(?:(a)|b)*", "ab", Anchor::Start), Some(vec![Some((0, 2)), Some((0, 1))]));
    assert_eq!(spans(r"(a|b)*?c", "abc", Anchor::Start), Some(vec![Some((0, 3)), Some((1, 2))]));
    assert_eq!(spans(r"(a*)*", "b", Anchor::Start), Some(vec![Some((0, 0)), Some((0, 0))]));
}

#[test]
fn search_fullmatch_and_lookaround() {
    assert_eq!(spans(r"(?<=a)b", "cab", Anchor::Search), Some(vec![Some((2, 3))]));
    assert_eq!(spans(r"a|ab", "ab", Anchor::Full), Some(vec![Some((0, 2))]));
    assert_eq!(spans(r"(?>a|ab)c", "abc", Anchor::Start), None);
    assert_eq!(spans(r"a*+a", "aaa", Anchor::Start), None);
    assert_eq!(spans(r"(x)?(?(1)a|b)", "b", Anchor::Start), Some(vec![Some((0, 1)), None]));
}

#[test]
fn long_subjects_do_not_recurse() {
    let subject = "ab".repeat(200_000);
    assert_eq!(spans(r"(a|b)*", &subject, Anchor::Start).map(|s| s[0]), Some(Some((0, 400_000))));
}

#[test]
fn errors_have_cpython_messages_and_positions() {
    assert_eq!(error_of("a(b"), ("missing ), unterminated subpattern".into(), Some(1)));
    assert_eq!(error_of("[b-a]"), ("bad character range b-a".into(), Some(1)));
    assert_eq!(error_of("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(error_of(r"(a)\2"), ("invalid group reference 2".into(), Some(4)));
    assert_eq!(error_of("(?P<1a>x)"), ("bad character in group name '1a'".into(), Some(4)));
}

#[test]
fn lookbehind_must_be_fixed_width() {
    let (parsed, _) = parse(&cps("(?<=a*)b"), true, 0);
    let parsed = parsed.expect("parses");
    match compile(&parsed.nodes, parsed.flags, &parsed.group_widths, true) {
        Err(ParseError::Syntax { msg, pos: None }) => assert_eq!(msg, "look-behind requires fixed-width pattern"),
        other => panic!("{other:?}"),
    }
}
