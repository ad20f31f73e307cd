//! String similarity exactly as CPython 3.14 computes it for suggestions:
//!
//! - [`generate_suggestion`]: `_suggestions._generate_suggestions(candidates, name)`, the C
//!   function behind "Did you mean ...?". It lives in the VM (`ophis_vm::traceback::suggestions`),
//!   which also uses it for NameError and AttributeError tracebacks; it is re-exported here.
//! - [`get_close_matches`]: `difflib.get_close_matches(word, possibilities, n, cutoff)`, built on
//!   [`SequenceMatcher`]'s `ratio()` (Ratcliff/Obershelp matching blocks), including the
//!   "popular element" junk heuristic difflib applies to sequences of 200 or more items.

use std::collections::HashMap;

pub use ophis_vm::traceback::suggestions::generate_suggestion;

/// A matching block: `a[a..a + size] == b[b..b + size]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Match {
    pub a: usize,
    pub b: usize,
    pub size: usize,
}

/// `difflib.SequenceMatcher(None, a, b)` (no junk function, `autojunk=True`) over sequences of
/// characters.
pub struct SequenceMatcher {
    a: Vec<char>,
    b: Vec<char>,
    /// For each element of `b` that is not popular, the indices where it occurs, ascending.
    b2j: HashMap<char, Vec<usize>>,
    /// Element counts of `b` (for `quick_ratio`).
    fullbcount: HashMap<char, usize>,
}

impl SequenceMatcher {
    pub fn new(a: &str, b: &str) -> SequenceMatcher {
        let mut m = SequenceMatcher { a: Vec::new(), b: Vec::new(), b2j: HashMap::new(), fullbcount: HashMap::new() };
        m.set_seq2(b);
        m.set_seq1(a);
        m
    }

    pub fn set_seq1(&mut self, a: &str) {
        self.a = a.chars().collect();
    }

    /// Sets `b` and indexes it (`__chain_b`): with 200 or more elements, an element occurring
    /// more than 1% of the time (plus one) is "popular" and left out of the index.
    pub fn set_seq2(&mut self, b: &str) {
        self.b = b.chars().collect();
        self.b2j.clear();
        self.fullbcount.clear();
        for (i, &c) in self.b.iter().enumerate() {
            self.b2j.entry(c).or_default().push(i);
            *self.fullbcount.entry(c).or_default() += 1;
        }
        let n = self.b.len();
        if n >= 200 {
            let ntest = n / 100 + 1;
            self.b2j.retain(|_, indices| indices.len() <= ntest);
        }
    }

    /// `find_longest_match(alo, ahi, blo, bhi)`: the longest matching block, earliest in `a`,
    /// then earliest in `b`. With no junk function the extension loops only add elements left
    /// out as popular.
    pub fn find_longest_match(&self, alo: usize, ahi: usize, blo: usize, bhi: usize) -> Match {
        let (a, b) = (&self.a, &self.b);
        let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0usize);
        let mut j2len: HashMap<usize, usize> = HashMap::new();
        for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
            let mut newj2len = HashMap::new();
            if let Some(indices) = self.b2j.get(c) {
                for &j in indices {
                    if j < blo {
                        continue;
                    }
                    if j >= bhi {
                        break;
                    }
                    let k = j.checked_sub(1).and_then(|p| j2len.get(&p)).copied().unwrap_or(0) + 1;
                    newj2len.insert(j, k);
                    if k > bestsize {
                        besti = i + 1 - k;
                        bestj = j + 1 - k;
                        bestsize = k;
                    }
                }
            }
            j2len = newj2len;
        }
        // Extend with equal (non-junk) elements on both sides; the junk set is empty.
        while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
            besti -= 1;
            bestj -= 1;
            bestsize += 1;
        }
        while besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize] {
            bestsize += 1;
        }
        Match { a: besti, b: bestj, size: bestsize }
    }

    /// `get_matching_blocks()`, including the final `(len(a), len(b), 0)` sentinel.
    pub fn get_matching_blocks(&self) -> Vec<Match> {
        let (la, lb) = (self.a.len(), self.b.len());
        let mut queue = vec![(0, la, 0, lb)];
        let mut blocks = Vec::new();
        while let Some((alo, ahi, blo, bhi)) = queue.pop() {
            let m = self.find_longest_match(alo, ahi, blo, bhi);
            if m.size > 0 {
                blocks.push(m);
                if alo < m.a && blo < m.b {
                    queue.push((alo, m.a, blo, m.b));
                }
                if m.a + m.size < ahi && m.b + m.size < bhi {
                    queue.push((m.a + m.size, ahi, m.b + m.size, bhi));
                }
            }
        }
        blocks.sort();
        // Collapse adjacent blocks.
        let mut merged: Vec<Match> = Vec::new();
        let (mut i1, mut j1, mut k1) = (0, 0, 0);
        for m in blocks {
            if i1 + k1 == m.a && j1 + k1 == m.b {
                k1 += m.size;
            } else {
                if k1 > 0 {
                    merged.push(Match { a: i1, b: j1, size: k1 });
                }
                (i1, j1, k1) = (m.a, m.b, m.size);
            }
        }
        if k1 > 0 {
            merged.push(Match { a: i1, b: j1, size: k1 });
        }
        merged.push(Match { a: la, b: lb, size: 0 });
        merged
    }

    pub fn ratio(&self) -> f64 {
        let matches: usize = self.get_matching_blocks().iter().map(|m| m.size).sum();
        calculate_ratio(matches, self.a.len() + self.b.len())
    }

    /// An upper bound on `ratio()`: the size of the multiset intersection.
    pub fn quick_ratio(&self) -> f64 {
        let mut avail: HashMap<char, isize> = HashMap::new();
        let mut matches = 0;
        for &c in &self.a {
            let numb = *avail.entry(c).or_insert_with(|| self.fullbcount.get(&c).copied().unwrap_or(0) as isize);
            avail.insert(c, numb - 1);
            if numb > 0 {
                matches += 1;
            }
        }
        calculate_ratio(matches, self.a.len() + self.b.len())
    }

    /// An upper bound on `ratio()` from the lengths alone.
    pub fn real_quick_ratio(&self) -> f64 {
        let (la, lb) = (self.a.len(), self.b.len());
        calculate_ratio(la.min(lb), la + lb)
    }
}

fn calculate_ratio(matches: usize, length: usize) -> f64 {
    if length > 0 { 2.0 * matches as f64 / length as f64 } else { 1.0 }
}

/// `difflib.get_close_matches(word, possibilities, n, cutoff)`: up to `n` possibilities whose
/// ratio against `word` is at least `cutoff`, best first (ties: the greater string first, as
/// `heapq.nlargest` orders `(score, string)` pairs).
pub fn get_close_matches<'p>(word: &str, possibilities: &[&'p str], n: usize, cutoff: f64) -> Vec<&'p str> {
    let mut result: Vec<(f64, &'p str)> = Vec::new();
    let mut s = SequenceMatcher::new("", word);
    for &x in possibilities {
        s.set_seq1(x);
        if s.real_quick_ratio() >= cutoff && s.quick_ratio() >= cutoff {
            let ratio = s.ratio();
            if ratio >= cutoff {
                result.push((ratio, x));
            }
        }
    }
    // Stable sort, descending by (score, string); nlargest keeps the earliest of equal items,
    // but equal (score, string) pairs are indistinguishable anyway.
    result.sort_by(|l, r| r.0.total_cmp(&l.0).then_with(|| r.1.cmp(l.1)));
    result.truncate(n);
    result.into_iter().map(|(_, x)| x).collect()
}

#[cfg(test)]
mod tests {
    //! Every expectation here was produced by running the reference CPython 3.14
    //! (`_suggestions._generate_suggestions`, `difflib`); see the comment on each table.
    use super::*;
    use ophis_vm::traceback::suggestions::levenshtein_distance;

    /// `keyword.kwlist` of CPython 3.14.
    const KWLIST: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    include!("similarity_cases.rs");

    #[test]
    fn suggestions_match_cpython() {
        for &(name, expected) in GENERATE_SUGGESTIONS {
            assert_eq!(generate_suggestion(KWLIST, name), expected, "_generate_suggestions(kwlist, {name:?})");
        }
        for &(candidates, name, expected) in GENERATE_SUGGESTIONS_OTHER {
            assert_eq!(generate_suggestion(candidates, name), expected, "_generate_suggestions({candidates:?}, {name:?})");
        }
    }

    #[test]
    fn close_matches_match_cpython() {
        for &(word, cutoff, expected) in CLOSE_MATCHES {
            assert_eq!(get_close_matches(word, KWLIST, 3, cutoff), expected, "get_close_matches({word:?}, kwlist, 3, {cutoff})");
        }
        for &(a, b, expected) in RATIOS {
            let ratio = SequenceMatcher::new(a, b).ratio();
            assert_eq!(ratio.to_bits(), expected.to_bits(), "SequenceMatcher(None, {a:?}, {b:?}).ratio() = {ratio}");
        }
    }

    #[test]
    fn levenshtein_matches_cpython() {
        // traceback._levenshtein_distance agrees with the C function on ASCII strings.
        for &(a, b, max_cost, expected) in LEVENSHTEIN {
            let d = levenshtein_distance(a.as_bytes(), b.as_bytes(), max_cost);
            if expected > max_cost {
                assert!(d > max_cost, "levenshtein({a:?}, {b:?}, {max_cost}) = {d}, expected > {max_cost}");
            } else {
                assert_eq!(d, expected, "levenshtein({a:?}, {b:?}, {max_cost})");
            }
        }
    }
}
