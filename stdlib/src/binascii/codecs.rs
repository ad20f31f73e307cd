//! The pure byte transforms behind `binascii` (no Python values): base64 with CPython's lenient
//! and strict decoding rules, hex with separators, quoted-printable, uuencode, CRC-HQX.
//! Errors are returned as the message of the `binascii.Error` to raise.

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The 6-bit value of a base64 alphabet character.
fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

pub fn b64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let chars = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for (i, c) in chars.iter().enumerate() {
            out.push(if i <= chunk.len() { B64[*c as usize] } else { b'=' });
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// Base64 decoding. Lenient mode skips characters outside the alphabet and only checks at the
/// end that padding completes the last quantum; strict mode rejects anything but canonical,
/// contiguous data.
pub fn b64_decode(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut quad_pos = 0u8;
    let mut left = 0u8;
    let mut pads = 0usize;
    let mut padding_started = false;
    let mut data_chars = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if !strict {
                // Lenient decoding ignores padding until the end, where it must complete
                // the last quantum.
                continue;
            }
            if quad_pos >= 2 && quad_pos as usize + pads >= 4 {
                // The quantum is complete: whatever follows is ignored (strict: rejected).
                if strict && i + 1 < data.len() {
                    let next = data[i + 1];
                    return Err(if next == b'=' {
                        "Excess padding not allowed"
                    } else if b64_value(next).is_some() {
                        "Excess data after padding"
                    } else {
                        "Only base64 data is allowed"
                    }
                    .into());
                }
                return Ok(out);
            }
            if strict && quad_pos == 1 {
                return Err(format!(
                    "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
                ));
            }
            if strict && quad_pos == 0 {
                return Err("Excess padding not allowed".into());
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        data_chars += 1;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push(left << 6 | v);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => {
            if strict && padding_started {
                return Err("Excess padding not allowed".into());
            }
            Ok(out)
        }
        _ if !strict && quad_pos >= 2 && quad_pos as usize + pads >= 4 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// Lower-case hex, with `sep` between groups of `per_sep` bytes (counted from the right when
/// positive, from the left when negative).
pub fn hexlify(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per_sep.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep
            && group > 0
            && i > 0
        {
            let boundary = if per_sep > 0 { (n - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

pub fn unhexlify(data: &[u8]) -> Result<Vec<u8>, &'static str> {
    if !data.len().is_multiple_of(2) {
        return Err("Odd-length string");
    }
    data.chunks(2)
        .map(|p| match (hex_value(p[0]), hex_value(p[1])) {
            (Some(h), Some(l)) => Ok(h << 4 | l),
            _ => Err("Non-hexadecimal digit found"),
        })
        .collect()
}

/// CRC-CCITT (polynomial 0x1021, most significant bit first), as BinHex uses.
pub fn crc_hqx(data: &[u8], mut crc: u16) -> u16 {
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

const QP_LINE: usize = 76;

fn upper_hex(b: u8) -> [u8; 2] {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    [DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]]
}

/// Quoted-printable decoding: `=XX` escapes, `=` line continuations, `_` as space in headers.
pub fn a2b_qp(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            let next = data[i];
            if next == b'\n' || next == b'\r' {
                // Soft line break: skip to just after the end of the line.
                while i < data.len() && data[i] != b'\n' {
                    i += 1;
                }
                if i < data.len() {
                    i += 1;
                }
            } else if next == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hex_value(next), data.get(i + 1).and_then(|&x| hex_value(x))) {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Quoted-printable encoding. Line ends follow the data's first line end (CRLF or LF); lines
/// are kept under 76 characters with soft breaks; trailing whitespace is protected.
pub fn b2a_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let crlf = data.iter().position(|&c| c == b'\n').is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let newline: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let n = data.len();
    let mut out = Vec::with_capacity(n * 2);
    let mut line_len = 0usize;
    let mut i = 0;
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let must_encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && line_len == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if must_encode {
            if line_len + 3 >= QP_LINE {
                out.push(b'=');
                out.extend_from_slice(newline);
                line_len = 0;
            }
            out.push(b'=');
            out.extend_from_slice(&upper_hex(c));
            line_len += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            line_len = 0;
            if let Some(&last) = out.last()
                && (last == b' ' || last == b'\t')
            {
                out.pop();
                out.push(b'=');
                out.extend_from_slice(&upper_hex(last));
            }
            out.extend_from_slice(newline);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && next != Some(b'\n') && line_len + 1 >= QP_LINE {
                out.push(b'=');
                out.extend_from_slice(newline);
                line_len = 0;
            }
            line_len += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

/// One uuencoded line (at most 45 bytes of data).
pub fn b2a_uu(data: &[u8], backtick: bool) -> Vec<u8> {
    let ch = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut out = vec![ch(data.len() as u8)];
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for shift in [18, 12, 6, 0] {
            out.push(ch(((n >> shift) & 63) as u8));
        }
    }
    out.push(b'\n');
    out
}

/// Decodes one uuencoded line; missing characters at the end count as zeros.
pub fn a2b_uu(data: &[u8]) -> Result<Vec<u8>, &'static str> {
    let Some((&first, rest)) = data.split_first() else {
        return Err("Missing length byte");
    };
    let want = ((first.wrapping_sub(b' ')) & 63) as usize;
    let mut out = Vec::with_capacity(want);
    let mut acc = 0u32;
    let mut bits = 0u32;
    let mut pos = 0;
    while out.len() < want {
        // Past the end of the data, and at line ends, the characters are taken as spaces
        // (encoders may strip trailing spaces); line end characters are still consumed.
        let v = match rest.get(pos).copied() {
            None => 0,
            Some(b'\n') | Some(b'\r') => {
                pos += 1;
                0
            }
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err("Illegal char");
                }
                pos += 1;
                (c - b' ') & 63
            }
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Only padding may follow the data.
    for &c in &rest[pos.min(rest.len())..] {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err("Trailing garbage");
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for n in 0..10 {
            let data: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            let enc = b64_encode(&data, false);
            assert_eq!(b64_decode(&enc, true).unwrap(), data);
        }
        assert_eq!(b64_decode(b"YW Jj", false).unwrap(), b"abc");
        assert!(b64_decode(b"YW Jj", true).is_err());
    }

    #[test]
    fn hex_groups() {
        assert_eq!(hexlify(&[1, 0xab, 0xff, 0, 0x11], Some(b':'), 2), b"01:abff:0011");
        assert_eq!(hexlify(&[1, 0xab, 0xff, 0, 0x11], Some(b':'), -2), b"01ab:ff00:11");
        assert_eq!(unhexlify(b"ABcd").unwrap(), vec![0xab, 0xcd]);
    }

    #[test]
    fn crc_hqx_reference() {
        // binascii.crc_hqx(b'hello', 0) in CPython.
        assert_eq!(crc_hqx(b"hello", 0), 50018);
    }
}
