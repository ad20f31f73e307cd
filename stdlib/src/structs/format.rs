//! struct format strings: byte order / size / alignment prefix, repeat counts, and the size
//! and alignment of every format code in native and standard modes (x86-64 Linux sizes for
//! native mode, as the reference runs).

/// Byte order and size mode (the format's first character).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@`: native order, native sizes and alignment.
    Native,
    /// `=`, `<`: little-endian, standard sizes, no alignment.
    Little,
    /// `>`, `!`: big-endian, standard sizes, no alignment.
    Big,
}

/// One code with its repeat count (`4s` is one string item of length 4; `4h` four shorts).
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub code: u8,
    pub count: usize,
    /// Size of one item (1 for s/p/x, whose count is a length).
    pub size: usize,
    /// Byte offset of the first item.
    pub offset: usize,
}

impl Code {
    /// How many Python values this code consumes/produces.
    pub fn values(&self) -> usize {
        match self.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => self.count,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Format {
    pub mode: Mode,
    pub codes: Vec<Code>,
    pub size: usize,
    /// Number of values packed/unpacked.
    pub len: usize,
}

pub enum FormatError {
    BadChar,
    CountWithoutCode,
    TooLong,
    EmbeddedNull,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::CountWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
            FormatError::EmbeddedNull => "embedded null character",
        }
    }
}

/// (size, alignment) of a code, None when the code does not exist in this mode.
fn code_layout(code: u8, mode: Mode) -> Option<(usize, usize)> {
    let native = mode == Mode::Native;
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => if native { 8 } else { 4 },
        b'q' | b'Q' | b'd' => 8,
        b'F' => 8,
        b'D' => 16,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if !native {
        1
    } else {
        match code {
            b'F' => 4,
            b'D' => 8,
            _ => size,
        }
    };
    Some((size, align))
}

pub fn parse(fmt: &[u8]) -> Result<Format, FormatError> {
    if fmt.contains(&0) {
        return Err(FormatError::EmbeddedNull);
    }
    let (mode, mut rest) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut codes = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    while let Some(&c) = rest.first() {
        if c.is_ascii_whitespace() {
            rest = &rest[1..];
            continue;
        }
        let mut count = 1usize;
        let mut has_count = false;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while let Some(&d) = rest.first().filter(|d| d.is_ascii_digit()) {
                n = n.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).ok_or(FormatError::TooLong)?;
                rest = &rest[1..];
            }
            count = n;
            has_count = true;
        }
        let Some(&code) = rest.first() else {
            return Err(if has_count { FormatError::CountWithoutCode } else { FormatError::BadChar });
        };
        rest = &rest[1..];
        let (item, align) = code_layout(code, mode).ok_or(FormatError::BadChar)?;
        size = size.checked_add(align - 1).ok_or(FormatError::TooLong)? / align * align;
        let offset = size;
        let bytes = match code {
            b's' | b'p' | b'x' => count,
            _ => count.checked_mul(item).ok_or(FormatError::TooLong)?,
        };
        size = size.checked_add(bytes).filter(|s| *s <= isize::MAX as usize).ok_or(FormatError::TooLong)?;
        let code = Code { code, count, size: item, offset };
        len += code.values();
        codes.push(code);
    }
    Ok(Format { mode, codes, size, len })
}

#[cfg(test)]
mod tests {
    use super::{Mode, parse};

    #[test]
    fn native_alignment_and_standard_sizes() {
        let f = parse(b"bq").ok().expect("valid");
        assert_eq!((f.mode, f.size, f.len), (Mode::Native, 16, 2));
        assert_eq!(parse(b"=bq").ok().expect("valid").size, 9);
        assert_eq!(parse(b"<l").ok().expect("valid").size, 4);
        assert_eq!(parse(b"3s2x?").ok().expect("valid").len, 2);
        assert!(parse(b"<n").is_err());
        assert!(parse(b"3").is_err());
        assert!(parse(b"99999999999999999999x").is_err());
    }
}
