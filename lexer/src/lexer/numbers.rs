//! CPython's number scanner, used when the logos DFA's well-formed literal is followed by a
//! character that could make it an error (`0777`, `1_`, `0x1g`, `1abc`, `1if`...).
//!
//! The algorithm follows the shape of CPython's tokenizer so that the same inputs give the same
//! messages at the same places: it reports where the scan stopped (`cur`, the position CPython's
//! SyntaxError `offset` counts up to) and, for "leading zeros", an explicit range.

use crate::token::TokenKind;

/// The outcome of scanning a number starting at a digit or at `.digit`.
pub(crate) enum NumberScan {
    /// A literal `start..end` of the given kind.
    Ok { end: usize, kind: TokenKind },
    /// CPython raises `message`; its offset counts the characters before `cur` (so it points at
    /// the character just before `cur`), unless `range` gives the exact span.
    Err { message: String, cur: usize, range: Option<(usize, usize)> },
}

struct Scan<'a> {
    b: &'a [u8],
    start: usize,
    i: usize,
    compat: bool,
}

impl Scan<'_> {
    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn err(&self, message: impl Into<String>) -> NumberScan {
        NumberScan::Err { message: message.into(), cur: self.i, range: None }
    }

    /// Digits with single underscores between them; `self.i` is on the first digit.
    /// Returns Err when an underscore is not followed by a digit.
    fn decimal_tail(&mut self) -> Result<(), NumberScan> {
        loop {
            while self.peek().is_ascii_digit() {
                self.i += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err("invalid decimal literal"));
            }
        }
    }

    /// CPython's `verify_end_of_number`: `self.i` is on the character after the literal.
    /// A keyword that may legally follow a number (`1if x else y`) only warns.
    fn verify_end(&self, kind: &str) -> Result<(), NumberScan> {
        if self.compat {
            return Ok(());
        }
        let c = self.peek();
        let rest = &self.b[self.i..];
        let keyword_follows = match c {
            b'a' => rest.starts_with(b"and"),
            b'e' => rest.starts_with(b"else"),
            b'f' => rest.starts_with(b"for"),
            b'i' => matches!(self.at(self.i + 1), b'f' | b'n' | b's'),
            b'o' => rest.starts_with(b"or"),
            b'n' => rest.starts_with(b"not"),
            _ => false,
        };
        if keyword_follows {
            // CPython emits a SyntaxWarning ("invalid decimal literal") here; the lexer has no
            // warning channel, so the literal is simply accepted.
            return Ok(());
        }
        if c < 128 && (c.is_ascii_alphanumeric() || c == b'_') {
            // CPython backs up over `c`, so the error points at the literal's last character.
            return Err(self.err(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

fn classify(text: &[u8]) -> TokenKind {
    if text.len() > 1 && text[0] == b'0' && matches!(text[1] | 0x20, b'x' | b'o' | b'b') {
        return TokenKind::Int;
    }
    if text.iter().any(|&c| c == b'j' || c == b'J') {
        TokenKind::Complex
    } else if text.iter().any(|&c| matches!(c, b'.' | b'e' | b'E')) {
        TokenKind::Float
    } else {
        TokenKind::Int
    }
}

/// Scans a number at `start` (a digit, or `.` followed by a digit) exactly as CPython does.
/// `compat` selects the tokenize module's leniency (no end-of-number or leading-zero checks).
pub(crate) fn scan_number(b: &[u8], start: usize, compat: bool) -> NumberScan {
    let mut s = Scan { b, start, i: start, compat };
    let r = scan(&mut s);
    match r {
        Ok(()) => NumberScan::Ok { end: s.i, kind: classify(&b[start..s.i]) },
        Err(e) => e,
    }
}

fn scan(s: &mut Scan) -> Result<(), NumberScan> {
    let first = s.peek();
    if first == b'.' {
        s.i += 1;
        return fraction(s);
    }
    if first == b'0' {
        s.i += 1;
        let c = s.peek();
        match c | 0x20 {
            b'x' => return radix(s, |c| c.is_ascii_hexdigit(), "hexadecimal", None),
            b'o' => return radix(s, |c| (b'0'..=b'7').contains(&c), "octal", Some("octal")),
            b'b' => return radix(s, |c| c == b'0' || c == b'1', "binary", Some("binary")),
            _ => {}
        }
        // Maybe old-style octal; in any case `0` is a literal.
        let mut nonzero = false;
        loop {
            if s.peek() == b'_' {
                s.i += 1;
                if !s.peek().is_ascii_digit() {
                    return Err(s.err("invalid decimal literal"));
                }
            }
            if s.peek() != b'0' {
                break;
            }
            s.i += 1;
        }
        let zeros_end = s.i;
        if s.peek().is_ascii_digit() {
            nonzero = true;
            s.decimal_tail()?;
        }
        match s.peek() {
            b'.' => {
                s.i += 1;
                return fraction(s);
            }
            b'e' | b'E' => return exponent(s),
            b'j' | b'J' => return imaginary(s),
            _ => {}
        }
        if nonzero && !s.compat {
            return Err(NumberScan::Err {
                message: "leading zeros in decimal integer literals are not permitted; \
                          use an 0o prefix for octal integers"
                    .into(),
                cur: s.i,
                range: Some((s.start, zeros_end)),
            });
        }
        return s.verify_end("decimal");
    }
    // Decimal.
    s.decimal_tail()?;
    match s.peek() {
        b'.' => {
            s.i += 1;
            fraction(s)
        }
        b'e' | b'E' => exponent(s),
        b'j' | b'J' => imaginary(s),
        _ => s.verify_end("decimal"),
    }
}

/// After `.`: optional digits, then exponent / imaginary / end.
fn fraction(s: &mut Scan) -> Result<(), NumberScan> {
    if s.peek().is_ascii_digit() {
        s.decimal_tail()?;
    }
    match s.peek() {
        b'e' | b'E' => exponent(s),
        b'j' | b'J' => imaginary(s),
        _ => s.verify_end("decimal"),
    }
}

/// `self.i` is on `e`/`E`.
fn exponent(s: &mut Scan) -> Result<(), NumberScan> {
    let e_pos = s.i;
    s.i += 1;
    let c = s.peek();
    if c == b'+' || c == b'-' {
        s.i += 1;
        if !s.peek().is_ascii_digit() {
            return Err(s.err("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        // `1e` followed by something else: the number ends before the `e`, which must then be
        // acceptable as the start of what follows.
        s.i = e_pos;
        s.verify_end("decimal")?;
        return Ok(());
    }
    s.decimal_tail()?;
    match s.peek() {
        b'j' | b'J' => imaginary(s),
        _ => s.verify_end("decimal"),
    }
}

/// `self.i` is on `j`/`J`.
fn imaginary(s: &mut Scan) -> Result<(), NumberScan> {
    s.i += 1;
    s.verify_end("imaginary")
}

/// Hexadecimal, octal or binary digits after the `0x`/`0o`/`0b` prefix (`self.i` on the letter).
fn radix(
    s: &mut Scan,
    is_digit: impl Fn(u8) -> bool,
    kind: &str,
    invalid_digit_kind: Option<&str>,
) -> Result<(), NumberScan> {
    s.i += 1;
    loop {
        if s.peek() == b'_' {
            s.i += 1;
        }
        let c = s.peek();
        if !is_digit(c) {
            if let (Some(k), true) = (invalid_digit_kind, c.is_ascii_digit()) {
                // CPython has consumed the bad digit: the error points at it.
                s.i += 1;
                return Err(s.err(format!("invalid digit '{}' in {k} literal", c as char)));
            }
            return Err(s.err(format!("invalid {kind} literal")));
        }
        while is_digit(s.peek()) {
            s.i += 1;
        }
        if s.peek() != b'_' {
            break;
        }
    }
    if let Some(k) = invalid_digit_kind {
        let c = s.peek();
        if c.is_ascii_digit() {
            s.i += 1;
            return Err(s.err(format!("invalid digit '{}' in {k} literal", c as char)));
        }
    }
    s.verify_end(kind)
}
