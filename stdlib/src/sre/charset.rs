//! Compiled character sets `[...]`. Case-sensitive sets keep their items (with a bitmap for
//! ASCII); case-insensitive sets are expanded as CPython's compiler does: the lowercase forms of
//! every member below U+10000 go into a bitmap tested with the subject character's lowercase,
//! and members above it are tested by range (the character's lowercase or its uppercase).

use super::ast::{Category, SetItem};
use super::text::{extra_cases, in_category, is_cased, lower, upper, Mode};

/// A tail item tested after the bitmap.
#[derive(Clone, Debug)]
enum Tail {
    Literal(u32),
    Range(u32, u32),
    /// A range matched by a character's lowercase or the uppercase of that.
    RangeIgnore(u32, u32),
    Category(Category),
}

#[derive(Clone, Debug)]
pub struct Charset {
    negate: bool,
    /// Test the lowercase of the subject character (a case-insensitive set with cased members).
    lowered: bool,
    mode: Mode,
    /// Membership of code points below `bitmap.len() * 64` that the tail does not decide.
    bitmap: Vec<u64>,
    /// Whether the bitmap alone decides code points below its size.
    bitmap_complete: bool,
    tail: Vec<Tail>,
}

fn set_bit(bitmap: &mut Vec<u64>, c: u32) -> bool {
    let word = (c / 64) as usize;
    if c >= 0x10000 {
        return false;
    }
    if word >= bitmap.len() {
        let size = if c < 256 { 4 } else { 1024 };
        bitmap.resize(size.max(bitmap.len()), 0);
    }
    bitmap[word] |= 1 << (c % 64);
    true
}

impl Charset {
    /// Compiles set items. `ignore_case` for IGNORECASE (not LOCALE).
    pub fn new(items: &[SetItem], negate: bool, ignore_case: bool, mode: Mode) -> Charset {
        if !ignore_case {
            return Charset::case_sensitive(items, negate, mode);
        }
        let mut bitmap: Vec<u64> = vec![0; 4];
        let mut tail = Vec::new();
        let mut has_cased = false;
        let add_lowered = |bitmap: &mut Vec<u64>, c: u32| -> bool {
            let lo = lower(c, mode);
            if !set_bit(bitmap, lo) {
                return false;
            }
            for &e in extra_cases(lo, mode) {
                set_bit(bitmap, e);
            }
            true
        };
        for item in items {
            match *item {
                SetItem::Literal(c) => {
                    if !add_lowered(&mut bitmap, c) {
                        tail.push(Tail::Literal(lower(c, mode)));
                    }
                    has_cased |= is_cased(lower(c, mode), mode);
                }
                SetItem::Range(lo, hi) => {
                    let mut all_in_map = true;
                    for c in lo..=hi {
                        if !add_lowered(&mut bitmap, c) {
                            all_in_map = false;
                            break;
                        }
                    }
                    if !all_in_map {
                        tail.push(if mode == Mode::Unicode { Tail::RangeIgnore(lo, hi) } else { Tail::Range(lo, hi) });
                        has_cased = true;
                    } else if !has_cased {
                        has_cased = (lo..=hi).any(|c| is_cased(c, mode));
                    }
                }
                SetItem::Category(cat) => tail.push(Tail::Category(cat)),
            }
        }
        if !has_cased {
            return Charset::case_sensitive(items, negate, mode);
        }
        Charset { negate, lowered: true, mode, bitmap, bitmap_complete: false, tail }
    }

    fn case_sensitive(items: &[SetItem], negate: bool, mode: Mode) -> Charset {
        let tail: Vec<Tail> = items
            .iter()
            .map(|item| match *item {
                SetItem::Literal(c) => Tail::Literal(c),
                SetItem::Range(lo, hi) => Tail::Range(lo, hi),
                SetItem::Category(cat) => Tail::Category(cat),
            })
            .collect();
        let mut set = Charset { negate, lowered: false, mode, bitmap: Vec::new(), bitmap_complete: false, tail };
        // Precompute ASCII membership so the common case is one bit test.
        let mut bitmap = vec![0u64; 2];
        for c in 0..128u32 {
            if set.tail_contains(c) {
                bitmap[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set.bitmap = bitmap;
        set.bitmap_complete = true;
        set
    }

    fn tail_contains(&self, c: u32) -> bool {
        self.tail.iter().any(|t| match *t {
            Tail::Literal(l) => l == c,
            Tail::Range(lo, hi) => lo <= c && c <= hi,
            Tail::RangeIgnore(lo, hi) => (lo <= c && c <= hi) || {
                let u = upper(c, self.mode);
                lo <= u && u <= hi
            },
            Tail::Category(cat) => in_category(cat, c, self.mode),
        })
    }

    #[inline]
    pub fn contains(&self, ch: u32) -> bool {
        let c = if self.lowered { lower(ch, self.mode) } else { ch };
        let word = (c / 64) as usize;
        let found = if word < self.bitmap.len() && self.bitmap[word] & (1 << (c % 64)) != 0 {
            true
        } else if self.bitmap_complete && word < self.bitmap.len() {
            false
        } else {
            self.tail_contains(c)
        };
        found != self.negate
    }
}
