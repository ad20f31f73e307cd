//! Character properties and case mappings of str methods, as CPython 3.14 (Unicode 16.0)
//! defines them: the tables in `unicode_tables.rs` are generated from the reference's own str
//! methods, because Rust's `char` methods follow different definitions (`is_alphabetic` is the
//! Alphabetic property, not categories L*; `is_whitespace` misses U+001C..U+001F; there is no
//! title case or case folding).

use super::unicode_tables as t;

fn props(c: char) -> u16 {
    let cp = c as u32;
    // Entries are sorted by first code point and the first starts at 0.
    let i = t::PROPS.partition_point(|&(first, _)| first <= cp);
    t::PROPS[i.saturating_sub(1)].1
}

fn has(c: char, bit: u16) -> bool {
    if c.is_ascii() {
        return ascii_props(c as u8) & bit != 0;
    }
    props(c) & bit != 0
}

fn ascii_props(b: u8) -> u16 {
    match b {
        b'a'..=b'z' => t::ALPHA | t::LOWER | t::CASED | t::ID_START | t::ID_CONTINUE,
        b'A'..=b'Z' => t::ALPHA | t::UPPER | t::CASED | t::ID_START | t::ID_CONTINUE,
        b'0'..=b'9' => t::DECIMAL | t::DIGIT | t::NUMERIC | t::ID_CONTINUE,
        b'_' => t::ID_START | t::ID_CONTINUE,
        b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => t::SPACE | t::LINE_BREAK,
        b'\t' | b' ' | 0x1f => t::SPACE,
        b'\'' | b'.' | b':' | b'^' | b'`' => t::CASE_IGNORABLE,
        _ => 0,
    }
}

pub fn is_alpha(c: char) -> bool {
    has(c, t::ALPHA)
}
pub fn is_decimal(c: char) -> bool {
    has(c, t::DECIMAL)
}
pub fn is_digit(c: char) -> bool {
    has(c, t::DIGIT)
}
pub fn is_numeric(c: char) -> bool {
    has(c, t::NUMERIC)
}
pub fn is_alnum(c: char) -> bool {
    has(c, t::ALPHA | t::NUMERIC)
}
pub fn is_space(c: char) -> bool {
    has(c, t::SPACE)
}
pub fn is_lower(c: char) -> bool {
    has(c, t::LOWER)
}
pub fn is_upper(c: char) -> bool {
    has(c, t::UPPER)
}
pub fn is_title(c: char) -> bool {
    has(c, t::TITLE)
}
pub fn is_cased(c: char) -> bool {
    has(c, t::CASED)
}
pub fn is_case_ignorable(c: char) -> bool {
    has(c, t::CASE_IGNORABLE)
}
pub fn is_id_start(c: char) -> bool {
    has(c, t::ID_START)
}
pub fn is_id_continue(c: char) -> bool {
    has(c, t::ID_CONTINUE)
}
/// A line boundary for `str.splitlines()`.
pub fn is_line_break(c: char) -> bool {
    has(c, t::LINE_BREAK)
}

fn push_mapped(out: &mut String, c: char, table: &[(u32, &str)]) {
    match table.binary_search_by_key(&(c as u32), |&(cp, _)| cp) {
        Ok(i) => out.push_str(table[i].1),
        Err(_) => out.push(c),
    }
}

pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, c, t::LOWER_MAP);
    }
}

pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, t::UPPER_MAP);
    }
}

pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, t::TITLE_MAP);
    }
}

pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, c, t::FOLD_MAP);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// The lowercase of the character at `i`, with the final-sigma rule: a capital sigma preceded
/// by a cased letter and not followed by one (skipping case-ignorable characters both ways)
/// becomes final sigma.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != CAPITAL_SIGMA {
        push_lower(out, c);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p));
    let after = chars[i + 1..].iter().find(|&&p| !is_case_ignorable(p));
    let is_final = before.is_some_and(|&p| is_cased(p)) && !after.is_some_and(|&p| is_cased(p));
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// `str.title()`: a character after a cased one is lowercased, any other is title-cased.
pub fn title(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for i in 0..chars.len() {
        if previous_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, chars[i]);
        }
        previous_cased = is_cased(chars[i]);
    }
    out
}

/// `str.capitalize()`: the first character title-cased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.isupper()`: at least one cased character and none lowercase or title case.
pub fn str_is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.islower()`: at least one cased character and none uppercase or title case.
pub fn str_is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.istitle()`: uppercase and title-case characters only after uncased ones, lowercase
/// only after cased ones, and at least one cased character.
pub fn str_is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

pub fn str_is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => is_id_start(c) && cs.all(is_id_continue),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_matches_the_tables() {
        for b in 0u8..128 {
            let c = b as char;
            assert_eq!(ascii_props(b), props(c), "code point {b:#x}");
        }
    }

    #[test]
    fn case_mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(title("ǆungla"), "ǅungla");
        assert_eq!(casefold("ﬁre ß"), "fire ss");
        assert_eq!(capitalize("ﬁre"), "Fire");
        assert_eq!(swapcase("ǅ"), "ǅ");
    }

    fn decode(field: &str) -> String {
        if field == "-" {
            return String::new();
        }
        field.split(' ').map(|h| char::from_u32(u32::from_str_radix(h, 16).expect("hex")).expect("code point")).collect()
    }

    fn flags(bits: &[bool]) -> String {
        bits.iter().map(|&b| if b { '1' } else { '0' }).collect()
    }

    /// Every line of testdata/unicode_samples.txt (the reference's answers, generated by
    /// scripts/gen_unicode_samples.py) against the functions here.
    #[test]
    fn samples_match_the_reference() {
        let data = include_str!("testdata/unicode_samples.txt");
        let mut checked = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            match f[0] {
                "C" => {
                    let c = char::from_u32(u32::from_str_radix(f[1], 16).expect("hex")).expect("cp");
                    let p = flags(&[is_alpha(c), is_decimal(c), is_digit(c), is_numeric(c), is_space(c), is_alnum(c), crate::format::is_printable(c)]);
                    assert_eq!(p, f[2], "predicates of {c:?}");
                    let one = c.to_string();
                    assert_eq!(lower(&one), decode(f[3]), "lower of {c:?}");
                    assert_eq!(upper(&one), decode(f[4]), "upper of {c:?}");
                    assert_eq!(title(&one), decode(f[5]), "title of {c:?}");
                    assert_eq!(casefold(&one), decode(f[6]), "casefold of {c:?}");
                }
                "S" => {
                    let s = decode(f[1]);
                    assert_eq!(lower(&s), decode(f[2]), "lower of {s:?}");
                    assert_eq!(upper(&s), decode(f[3]), "upper of {s:?}");
                    assert_eq!(title(&s), decode(f[4]), "title of {s:?}");
                    assert_eq!(capitalize(&s), decode(f[5]), "capitalize of {s:?}");
                    assert_eq!(swapcase(&s), decode(f[6]), "swapcase of {s:?}");
                    assert_eq!(casefold(&s), decode(f[7]), "casefold of {s:?}");
                    let p = flags(&[str_is_upper(&s), str_is_lower(&s), str_is_title(&s), str_is_identifier(&s)]);
                    assert_eq!(p, f[8], "isupper/islower/istitle/isidentifier of {s:?}");
                }
                _ => panic!("bad line {line:?}"),
            }
            checked += 1;
        }
        assert!(checked > 8000);
    }

    #[test]
    fn predicates_differ_from_rust() {
        // Alphabetic but not a letter: not alpha in Python.
        assert!(!is_alpha('\u{2160}'));
        assert!(is_space('\u{1c}'));
        assert!(is_numeric('\u{4e00}'));
        assert!(str_is_title("Hello World"));
        assert!(!str_is_title("HEllo"));
    }
}
