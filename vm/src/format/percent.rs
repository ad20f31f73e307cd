//! printf-style formatting: `str % args` and `bytes % args`. The driver (template parsing,
//! argument order, tuple / single / mapping operands, every error) follows CPython's
//! `PyUnicode_Format` and `_PyBytes_FormatEx`; values come from a [`PercentHost`].

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::error::{FormatError, reserve};
use super::float_repr::{FloatMode, FloatOptions, format_float_raw};
use super::number::surrogate_unsupported;
use super::percent_host::{IntCoercion, Operand, PercentHost};

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// A code unit of a template: `char` for str, `u8` for bytes.
trait Unit: Copy + Eq {
    fn code(self) -> u32;
    fn ascii(b: u8) -> Self;
    /// The unit with this code (only used on codes read from a template of this unit type).
    fn from_code(c: u32) -> Self;
}

impl Unit for char {
    fn code(self) -> u32 {
        self as u32
    }
    fn ascii(b: u8) -> Self {
        b as char
    }
    fn from_code(c: u32) -> Self {
        char::from_u32(c).unwrap_or('\0')
    }
}

impl Unit for u8 {
    fn code(self) -> u32 {
        self as u32
    }
    fn ascii(b: u8) -> Self {
        b
    }
    fn from_code(c: u32) -> Self {
        c as u8
    }
}

/// What differs between str and bytes templates.
trait Flavor<H: PercentHost> {
    type U: Unit;
    /// End of the "not all arguments converted during ..." message.
    const WHAT: &'static str;
    /// The message for a literal precision past INT_MAX.
    const PREC_TOO_BIG: &'static str;
    fn lookup(host: &mut H, mapping: &H::Value, key: &[Self::U]) -> Result<H::Value, H::Error>;
    /// `%s`, `%r`, `%a` (and bytes `%b`); `None` for a conversion this flavor does not have.
    fn text(host: &mut H, v: &H::Value, conv: u8) -> Option<Result<Vec<Self::U>, H::Error>>;
    fn char_arg(host: &mut H, v: &H::Value) -> Result<Self::U, H::Error>;
    /// The error for a failed float conversion (`err` is the host's, if any).
    fn float_error(host: &H, v: &H::Value, err: Option<H::Error>) -> H::Error;
    fn unsupported(c: Self::U, index: usize) -> FormatError;
}

struct StrFlavor;
struct BytesFlavor;

impl<H: PercentHost> Flavor<H> for StrFlavor {
    type U = char;
    const WHAT: &'static str = "string";
    const PREC_TOO_BIG: &'static str = "precision too big";
    fn lookup(host: &mut H, mapping: &H::Value, key: &[char]) -> Result<H::Value, H::Error> {
        let key: String = key.iter().collect();
        host.get_item_str(mapping, &key)
    }
    fn text(host: &mut H, v: &H::Value, conv: u8) -> Option<Result<Vec<char>, H::Error>> {
        let s = match conv {
            b's' => host.str(v),
            b'r' => host.repr(v),
            b'a' => host.ascii(v),
            _ => return None,
        };
        Some(s.map(|s| s.chars().collect()))
    }
    fn char_arg(host: &mut H, v: &H::Value) -> Result<char, H::Error> {
        if let Some(s) = host.as_str(v) {
            let mut chars = s.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(FormatError::type_error(format!(
                    "%c requires an int or a unicode character, not a string of length {}",
                    s.chars().count()
                ))
                .into()),
            };
        }
        match host.int_value(v, IntCoercion::Index)? {
            None => Err(FormatError::type_error(format!(
                "%c requires an int or a unicode character, not {}",
                host.type_name(v)
            ))
            .into()),
            Some(i) => match i.to_u32().filter(|&c| c <= 0x10ffff) {
                None => Err(FormatError::overflow("%c arg not in range(0x110000)").into()),
                Some(c) => char::from_u32(c).ok_or_else(|| surrogate_unsupported().into()),
            },
        }
    }
    fn float_error(host: &H, v: &H::Value, err: Option<H::Error>) -> H::Error {
        err.unwrap_or_else(|| {
            FormatError::type_error(format!("must be real number, not {}", host.type_name(v)))
                .into()
        })
    }
    fn unsupported(c: char, index: usize) -> FormatError {
        let cp = c as u32;
        let shown = if (31..=126).contains(&cp) { c } else { '?' };
        FormatError::value(format!(
            "unsupported format character '{shown}' (0x{cp:x}) at index {index}"
        ))
    }
}

impl<H: PercentHost> Flavor<H> for BytesFlavor {
    type U = u8;
    const WHAT: &'static str = "bytes";
    const PREC_TOO_BIG: &'static str = "prec too big";
    fn lookup(host: &mut H, mapping: &H::Value, key: &[u8]) -> Result<H::Value, H::Error> {
        host.get_item_bytes(mapping, key)
    }
    fn text(host: &mut H, v: &H::Value, conv: u8) -> Option<Result<Vec<u8>, H::Error>> {
        match conv {
            b's' | b'b' => Some(match host.bytes_value(v) {
                Ok(Some(b)) => Ok(b),
                Ok(None) => Err(FormatError::type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    host.type_name(v)
                ))
                .into()),
                Err(e) => Err(e),
            }),
            // ascii() is pure ASCII, so its UTF-8 bytes are its characters.
            b'r' | b'a' => Some(host.ascii(v).map(String::into_bytes)),
            _ => None,
        }
    }
    fn char_arg(host: &mut H, v: &H::Value) -> Result<u8, H::Error> {
        if let Some(b) = host.as_bytes(v) {
            return match b.as_slice() {
                [byte] => Ok(*byte),
                _ => Err(FormatError::type_error(format!(
                    "%c requires an integer in range(256) or a single byte, not a {} object of length {}",
                    host.type_name(v),
                    b.len()
                ))
                .into()),
            };
        }
        match host.int_value(v, IntCoercion::Index)? {
            None => Err(FormatError::type_error(format!(
                "%c requires an integer in range(256) or a single byte, not {}",
                host.type_name(v)
            ))
            .into()),
            Some(i) => i
                .to_u8()
                .ok_or_else(|| FormatError::overflow("%c arg not in range(256)").into()),
        }
    }
    fn float_error(host: &H, v: &H::Value, _err: Option<H::Error>) -> H::Error {
        // bytes formatting replaces whatever the conversion raised.
        FormatError::type_error(format!(
            "float argument required, not {}",
            host.type_name(v)
        ))
        .into()
    }
    fn unsupported(c: u8, index: usize) -> FormatError {
        if c >= 0x80 {
            // CPython passes the byte as a signed C char to "%c", which then rejects it.
            return FormatError::overflow("character argument not in range(0x110000)");
        }
        let shown = c as char;
        FormatError::value(format!(
            "unsupported format character '{shown}' (0x{c:x}) at index {index}"
        ))
    }
}

/// `template % operand` for a str template.
pub fn percent_format_str<H: PercentHost>(
    template: &str,
    operand: Operand<H::Value>,
    host: &mut H,
) -> Result<String, H::Error> {
    let units: Vec<char> = template.chars().collect();
    let out = run::<H, StrFlavor>(&units, operand, host)?;
    Ok(out.into_iter().collect())
}

/// `template % operand` for a bytes (or bytearray) template.
pub fn percent_format_bytes<H: PercentHost>(
    template: &[u8],
    operand: Operand<H::Value>,
    host: &mut H,
) -> Result<Vec<u8>, H::Error> {
    run::<H, BytesFlavor>(template, operand, host)
}

/// The argument list as CPython tracks it: `arglen` is -1 for a single object, whose one use
/// moves `argidx` from -2 to -1.
struct Args<V> {
    items: Vec<V>,
    single: Option<V>,
    arglen: isize,
    argidx: isize,
}

impl<V: Clone> Args<V> {
    fn next(&mut self) -> Result<V, FormatError> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            let v = if self.arglen < 0 {
                self.single.clone()
            } else {
                self.items.get(idx as usize).cloned()
            };
            if let Some(v) = v {
                return Ok(v);
            }
        }
        Err(FormatError::type_error(
            "not enough arguments for format string",
        ))
    }
}

/// One conversion's options.
struct Conv {
    flags: u8,
    width: Option<usize>,
    prec: Option<usize>,
}

fn run<H: PercentHost, F: Flavor<H>>(
    fmt: &[F::U],
    operand: Operand<H::Value>,
    host: &mut H,
) -> Result<Vec<F::U>, H::Error> {
    let pct = F::U::ascii(b'%');
    let (mut args, dict) = match operand {
        Operand::Tuple(items) => {
            let n = items.len() as isize;
            (
                Args {
                    items,
                    single: None,
                    arglen: n,
                    argidx: 0,
                },
                None,
            )
        }
        Operand::Single { value, is_mapping } => {
            let dict = is_mapping.then(|| value.clone());
            (
                Args {
                    items: Vec::new(),
                    single: Some(value),
                    arglen: -1,
                    argidx: -2,
                },
                dict,
            )
        }
    };
    let n = fmt.len();
    let mut out: Vec<F::U> = Vec::with_capacity(n + 100);
    let mut pos = 0usize;
    while pos < n {
        if fmt[pos] != pct {
            let end = fmt[pos..]
                .iter()
                .position(|&u| u == pct)
                .map_or(n, |i| pos + i);
            out.extend_from_slice(&fmt[pos..end]);
            pos = end;
            continue;
        }
        pos += 1;
        if fmt.get(pos) == Some(&pct) {
            out.push(pct);
            pos += 1;
            continue;
        }
        format_one::<H, F>(fmt, &mut pos, &mut args, dict.as_ref(), host, &mut out)?;
        if dict.is_some() && args.argidx < args.arglen {
            return Err(FormatError::type_error(format!(
                "not all arguments converted during {} formatting",
                F::WHAT
            ))
            .into());
        }
    }
    if args.argidx < args.arglen && dict.is_none() {
        return Err(FormatError::type_error(format!(
            "not all arguments converted during {} formatting",
            F::WHAT
        ))
        .into());
    }
    Ok(out)
}

/// A `*` width or precision: the next argument, which must be an int.
fn star_arg<H: PercentHost>(args: &mut Args<H::Value>, host: &H) -> Result<BigInt, H::Error> {
    let v = args.next()?;
    host.as_int(&v)
        .ok_or_else(|| FormatError::type_error("* wants int").into())
}

/// Parses and formats one conversion; `pos` is just past its `%`.
fn format_one<H: PercentHost, F: Flavor<H>>(
    fmt: &[F::U],
    pos: &mut usize,
    args: &mut Args<H::Value>,
    dict: Option<&H::Value>,
    host: &mut H,
    out: &mut Vec<F::U>,
) -> Result<(), H::Error> {
    // CPython walks the template with a count of the units left (`cnt`, from the current one on);
    // reading past the end yields NUL. Mirroring that keeps every "incomplete format" edge.
    let read = |p: usize| fmt.get(p).map_or(0, |u| u.code());
    let mut cnt = fmt.len() as isize - *pos as isize;
    let mut ch = read(*pos);
    let mut conv = Conv {
        flags: 0,
        width: None,
        prec: None,
    };

    if ch == '(' as u32 {
        let Some(mapping) = dict else {
            return Err(FormatError::type_error("format requires a mapping").into());
        };
        *pos += 1;
        cnt -= 1;
        let key_start = *pos;
        let mut depth = 1;
        while depth > 0 {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(*pos);
            if ch == ')' as u32 {
                depth -= 1;
            } else if ch == '(' as u32 {
                depth += 1;
            }
            *pos += 1;
        }
        if cnt < 0 || depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        let key = &fmt[key_start..*pos - 1];
        let value = F::lookup(host, mapping, key)?;
        args.single = Some(value);
        args.items.clear();
        args.arglen = -1;
        args.argidx = -2;
    }

    // Flags.
    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        ch = read(*pos);
        *pos += 1;
        let flag = match char::from_u32(ch) {
            Some('-') => F_LJUST,
            Some('+') => F_SIGN,
            Some(' ') => F_BLANK,
            Some('#') => F_ALT,
            Some('0') => F_ZERO,
            _ => break,
        };
        conv.flags |= flag;
    }

    // Width.
    if ch == '*' as u32 {
        let w = star_arg::<H>(args, host)?;
        let w = w
            .to_isize()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if w == isize::MIN {
            return Err(FormatError::overflow("width too big").into());
        }
        if w < 0 {
            conv.flags |= F_LJUST;
        }
        conv.width = Some(w.unsigned_abs());
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
    } else if let Some(d) = ascii_digit(ch) {
        let mut w = d;
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(*pos);
            *pos += 1;
            let Some(d) = ascii_digit(ch) else { break };
            if w > (isize::MAX as usize - d) / 10 {
                return Err(FormatError::value("width too big").into());
            }
            w = w * 10 + d;
        }
        conv.width = Some(w);
    }

    // Precision.
    if ch == '.' as u32 {
        conv.prec = Some(0);
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
        if ch == '*' as u32 {
            let p = star_arg::<H>(args, host)?;
            let p = p
                .to_i32()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
            conv.prec = Some(p.max(0) as usize);
            cnt -= 1;
            if cnt >= 0 {
                ch = read(*pos);
                *pos += 1;
            }
        } else if let Some(d) = ascii_digit(ch) {
            let mut p = d;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(*pos);
                *pos += 1;
                let Some(d) = ascii_digit(ch) else { break };
                if p > (i32::MAX as usize - d) / 10 {
                    return Err(FormatError::value(F::PREC_TOO_BIG).into());
                }
                p = p * 10 + d;
            }
            conv.prec = Some(p);
        }
    }

    // Length modifiers are accepted and ignored.
    if cnt >= 0 && (ch == 'h' as u32 || ch == 'l' as u32 || ch == 'L' as u32) {
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
    }
    if cnt < 0 {
        return Err(FormatError::value("incomplete format").into());
    }

    let v = args.next()?;
    let code = u8::try_from(ch).ok().filter(u8::is_ascii);
    let (body, numeric): (Vec<F::U>, bool) = match code {
        Some(c @ (b'd' | b'i' | b'u' | b'o' | b'x' | b'X')) => {
            let coercion = if matches!(c, b'o' | b'x' | b'X') {
                IntCoercion::Index
            } else {
                IntCoercion::Number
            };
            let Some(i) = host.int_value(&v, coercion)? else {
                let what = if coercion == IntCoercion::Index {
                    "an integer"
                } else {
                    "a real number"
                };
                return Err(FormatError::type_error(format!(
                    "%{} format: {what} is required, not {}",
                    c as char,
                    host.type_name(&v)
                ))
                .into());
            };
            (
                ascii_units(&format_long(&i, conv.flags & F_ALT != 0, conv.prec, c)?),
                true,
            )
        }
        Some(c @ (b'e' | b'E' | b'f' | b'F' | b'g' | b'G')) => {
            let x = match host.float_value(&v) {
                Ok(Some(x)) => x,
                Ok(None) => return Err(F::float_error(host, &v, None)),
                Err(e) => return Err(F::float_error(host, &v, Some(e))),
            };
            let mode = match c.to_ascii_lowercase() {
                b'e' => FloatMode::Exponent,
                b'f' => FloatMode::Fixed,
                _ => FloatMode::General,
            };
            let mut opts = FloatOptions::new(mode, conv.prec.unwrap_or(6));
            opts.upper = c.is_ascii_uppercase();
            opts.alternate = conv.flags & F_ALT != 0;
            (ascii_units(&format_float_raw(x, &opts)?), true)
        }
        Some(b'c') => (vec![F::char_arg(host, &v)?], false),
        Some(c) => match F::text(host, &v, c) {
            Some(text) => (text?, false),
            None => return Err(F::unsupported(F::U::from_code(ch), *pos - 1).into()),
        },
        None => return Err(F::unsupported(F::U::from_code(ch), *pos - 1).into()),
    };
    let truncates = matches!(code, Some(b's' | b'r' | b'a' | b'b'));
    write_padded::<F::U>(out, &body, &conv, code.unwrap_or(0), numeric, truncates)?;
    Ok(())
}

fn ascii_units<U: Unit>(s: &str) -> Vec<U> {
    s.bytes().map(U::ascii).collect()
}

/// `%d`/`%x`/... of an int: sign, `0x`-style prefix when alternate, at least `prec` digits.
fn format_long(i: &BigInt, alt: bool, prec: Option<usize>, ty: u8) -> Result<String, FormatError> {
    if prec.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(FormatError::overflow("precision too large"));
    }
    let (radix, prefix) = match ty {
        b'o' => (8, "0o"),
        b'x' => (16, "0x"),
        b'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = i.abs().to_str_radix(radix);
    if ty == b'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = prec.map_or(0, |p| p.saturating_sub(digits.len()));
    let mut s = String::new();
    super::error::reserve_str(&mut s, digits.len() + zeros + 3)?;
    if i.sign() == BigSign::Minus {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    s.extend(std::iter::repeat_n('0', zeros));
    s.push_str(&digits);
    Ok(s)
}

/// Writes one converted argument with its sign, `0x` prefix and padding, as CPython's
/// `unicode_format_arg_output` does: zero fill goes after the sign and prefix, `-` pads on the
/// right with spaces, and text conversions are cut to the precision.
fn write_padded<U: Unit>(
    out: &mut Vec<U>,
    body: &[U],
    conv: &Conv,
    code: u8,
    numeric: bool,
    truncates: bool,
) -> Result<(), FormatError> {
    let zero = numeric && conv.flags & F_ZERO != 0;
    let fill = U::ascii(if zero { b'0' } else { b' ' });
    let space = U::ascii(b' ');
    let mut len = body.len();
    if truncates && let Some(p) = conv.prec {
        len = len.min(p);
    }
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match body.first().map(|u| u.code()) {
            Some(c) if c == '-' as u32 || c == '+' as u32 => {
                sign = Some(body[0]);
                len -= 1;
                start = 1;
            }
            _ if conv.flags & F_SIGN != 0 => sign = Some(U::ascii(b'+')),
            _ if conv.flags & F_BLANK != 0 => sign = Some(space),
            _ => {}
        }
    }
    let mut width = conv.width.unwrap_or(0).max(len);
    reserve(out, width + 1)?;
    if let Some(s) = sign {
        // With zero fill the sign leads; with space fill it follows the padding.
        if zero {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = conv.flags & F_ALT != 0 && matches!(code, b'x' | b'X' | b'o');
    if prefixed {
        if zero {
            out.extend_from_slice(&body[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && conv.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if !zero {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.extend_from_slice(&body[start..start + 2]);
            start += 2;
        }
    }
    out.extend_from_slice(&body[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(space, width - len));
    }
    Ok(())
}

fn ascii_digit(ch: u32) -> Option<usize> {
    (('0' as u32)..=('9' as u32))
        .contains(&ch)
        .then(|| (ch - '0' as u32) as usize)
}
