//! The str payload: UTF-8 text, its length in code points, and a cached hash.
//!
//! Indexing is by code point. ASCII strings (the common case) index in O(1); others walk the
//! text. (Lone surrogates, which Python allows in str, are not representable yet.)

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    text: Box<str>,
    char_len: usize,
    /// -1 until computed (a Python hash is never -1).
    hash: AtomicI64,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let char_len = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { text, char_len, hash: AtomicI64::new(-1) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).expect("index checked by caller")
        }
    }

    /// Byte offset of code point index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// The substring of code points `start..end`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = if self.is_ascii() { end } else { a + self.text[a..].char_indices().nth(end - start).map_or(self.text.len() - a, |(b, _)| b) };
        &self.text[a..b]
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.text);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}
