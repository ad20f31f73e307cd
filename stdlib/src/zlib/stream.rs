//! A safe owner of one zlib stream (`z_stream`) from libz-rs-sys: zlib's own C interface,
//! implemented in Rust by zlib-rs. The whole interface is needed to behave as CPython's zlib
//! module does: `deflateCopy`/`inflateCopy` for `copy()`, `memLevel` and `strategy`, every
//! flush mode, `wbits` auto-detection, and zlib's error messages.
//!
//! All unsafe code of the module is here. A `ZStream` is boxed so the `z_stream` never moves
//! (zlib's state points back at it); input and output pointers are set just before each call
//! and refer to buffers that outlive it.

use std::ffi::CStr;

use libz_rs_sys as z;

pub use z::{Z_BUF_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NEED_DICT, Z_NO_FLUSH, Z_OK, Z_STREAM_END, Z_STREAM_ERROR, Z_SYNC_FLUSH};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Deflate,
    Inflate,
}

pub struct ZStream {
    strm: Box<z::z_stream>,
    direction: Direction,
    /// Set once `deflateEnd`/`inflateEnd` ran: the stream must not be used again.
    ended: bool,
}

// SAFETY: the raw pointers inside a z_stream refer to its own heap state (owned by this value)
// or to caller buffers that are only set for the duration of a call; a ZStream is only used
// through `&mut` (behind a Mutex when shared).
unsafe impl Send for ZStream {}

fn stream_size() -> i32 {
    std::mem::size_of::<z::z_stream>() as i32
}

/// zlib's error text for a failed call: the stream's message, else the generic one CPython
/// substitutes (None when there is none).
pub fn error_text(code: i32, msg: Option<String>) -> Option<String> {
    if code == z::Z_VERSION_ERROR {
        return Some("library version mismatch".into());
    }
    msg.or_else(|| {
        match code {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream"),
            z::Z_STREAM_ERROR => Some("inconsistent stream state"),
            z::Z_DATA_ERROR => Some("invalid input data"),
            _ => None,
        }
        .map(str::to_owned)
    })
}

/// Bytes of `out` not yet written, as zlib's `avail_out` (at most u32::MAX at a time).
fn spare(out: &mut Vec<u8>, max_out: usize) -> (*mut u8, u32) {
    let len = out.len();
    let n = (out.capacity() - len).min(u32::MAX as usize).min(max_out);
    // SAFETY: `len <= capacity`, so the pointer is within (or one past) the allocation.
    (unsafe { out.as_mut_ptr().add(len) }, n as u32)
}

impl ZStream {
    pub fn deflate_init(level: i32, method: i32, wbits: i32, mem_level: i32, strategy: i32) -> Result<ZStream, i32> {
        let mut strm = Box::new(z::z_stream::default());
        // SAFETY: `strm` is a valid, default-initialised stream that stays boxed.
        let code = unsafe { z::deflateInit2_(&mut *strm, level, method, wbits, mem_level, strategy, z::zlibVersion(), stream_size()) };
        if code != Z_OK {
            return Err(code);
        }
        Ok(ZStream { strm, direction: Direction::Deflate, ended: false })
    }

    pub fn inflate_init(wbits: i32) -> Result<ZStream, i32> {
        let mut strm = Box::new(z::z_stream::default());
        // SAFETY: as in deflate_init.
        let code = unsafe { z::inflateInit2_(&mut *strm, wbits, z::zlibVersion(), stream_size()) };
        if code != Z_OK {
            return Err(code);
        }
        Ok(ZStream { strm, direction: Direction::Inflate, ended: false })
    }

    /// An independent copy of the stream's whole state.
    pub fn copy(&mut self) -> Result<ZStream, i32> {
        if self.ended {
            return Err(Z_STREAM_ERROR);
        }
        // inflateCopy refuses a stream whose output pointer is null (as between our calls):
        // point both buffers at an empty scratch byte for the duration of the copy.
        let mut scratch = [0u8; 1];
        self.strm.next_out = scratch.as_mut_ptr();
        self.strm.avail_out = 0;
        self.strm.next_in = scratch.as_ptr();
        self.strm.avail_in = 0;
        let mut dest = Box::new(z::z_stream::default());
        let source: *const z::z_stream = &*self.strm;
        // SAFETY: `source` is an initialised stream of this direction; `dest` is fresh.
        let code = unsafe {
            match self.direction {
                Direction::Deflate => z::deflateCopy(&mut *dest, source as *mut z::z_stream),
                Direction::Inflate => z::inflateCopy(&mut *dest, source),
            }
        };
        for strm in [&mut self.strm, &mut dest] {
            strm.next_out = std::ptr::null_mut();
            strm.next_in = std::ptr::null();
        }
        if code != Z_OK {
            return Err(code);
        }
        Ok(ZStream { strm: dest, direction: self.direction, ended: false })
    }

    /// The message zlib left on the stream, if any.
    pub fn message(&self) -> Option<String> {
        if self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib's messages are static NUL-terminated strings.
        Some(unsafe { CStr::from_ptr(self.strm.msg) }.to_string_lossy().into_owned())
    }

    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        if self.ended {
            return Z_STREAM_ERROR;
        }
        let Ok(len) = u32::try_from(dict.len()) else {
            return Z_STREAM_ERROR;
        };
        // SAFETY: `dict` is valid for `len` bytes during the call.
        unsafe {
            match self.direction {
                Direction::Deflate => z::deflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
                Direction::Inflate => z::inflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
            }
        }
    }

    /// Ends the stream (frees zlib's state); later calls report Z_STREAM_ERROR.
    pub fn end(&mut self) -> i32 {
        if self.ended {
            return Z_OK;
        }
        self.ended = true;
        // SAFETY: the stream was initialised and has not been ended.
        unsafe {
            match self.direction {
                Direction::Deflate => z::deflateEnd(&mut *self.strm),
                Direction::Inflate => z::inflateEnd(&mut *self.strm),
            }
        }
    }

    /// One `deflate`/`inflate` call on `input[*pos..]` writing into `out`'s spare capacity;
    /// advances `pos` and `out`'s length by what zlib used and produced.
    fn call(&mut self, input: &[u8], pos: &mut usize, out: &mut Vec<u8>, max_out: usize, flush: i32) -> (i32, bool) {
        if self.ended {
            return (Z_STREAM_ERROR, false);
        }
        let rest = &input[*pos..];
        let avail_in = rest.len().min(u32::MAX as usize) as u32;
        let (next_out, avail_out) = spare(out, max_out);
        self.strm.next_in = rest.as_ptr();
        self.strm.avail_in = avail_in;
        self.strm.next_out = next_out;
        self.strm.avail_out = avail_out;
        // SAFETY: next_in/avail_in describe `rest`, next_out/avail_out `out`'s spare capacity;
        // both outlive the call.
        let code = unsafe {
            match self.direction {
                Direction::Deflate => z::deflate(&mut *self.strm, flush),
                Direction::Inflate => z::inflate(&mut *self.strm, flush),
            }
        };
        let used = (avail_in - self.strm.avail_in) as usize;
        let produced = (avail_out - self.strm.avail_out) as usize;
        let out_full = self.strm.avail_out == 0;
        self.strm.next_in = std::ptr::null();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        *pos += used;
        // SAFETY: zlib initialised `produced` bytes after the old length.
        unsafe { out.set_len(out.len() + produced) };
        (code, out_full)
    }

    /// Whether all of `input` from `pos` was handed over (the last u32-sized piece).
    fn last_piece(input: &[u8], pos: usize) -> bool {
        input.len() - pos <= u32::MAX as usize
    }

    /// CPython's compress loop: feed all of `input`, calling deflate with `flush` on the last
    /// piece until it leaves output space unused. Returns zlib's last code; Z_STREAM_ERROR
    /// stops at once.
    pub fn deflate_all(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) -> Result<i32, Grow> {
        let mut pos = 0;
        loop {
            let mode = if Self::last_piece(input, pos) { flush } else { Z_NO_FLUSH };
            loop {
                grow(out, usize::MAX)?;
                let (code, full) = self.call(input, &mut pos, out, usize::MAX, mode);
                if code == Z_STREAM_ERROR {
                    return Ok(code);
                }
                if !full {
                    if pos >= input.len() {
                        return Ok(code);
                    }
                    break;
                }
            }
        }
    }

    /// CPython's decompress loop: inflate `input` with `flush` until the stream ends, the input
    /// runs out, or `limit` bytes were produced (None: no limit). A dictionary request is
    /// answered from `zdict` when there is one. Returns zlib's last code and the input used.
    pub fn inflate_all(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>, limit: Option<usize>, zdict: Option<&[u8]>) -> Result<(i32, usize), InflateFail> {
        let start = out.len();
        let mut pos = 0;
        let mut code;
        loop {
            loop {
                let room = limit.map_or(usize::MAX, |l| l - (out.len() - start));
                if room == 0 {
                    return Ok((Z_OK, pos));
                }
                grow(out, room).map_err(|_| InflateFail::Memory)?;
                let full;
                (code, full) = self.call(input, &mut pos, out, room, flush);
                match code {
                    Z_OK | Z_BUF_ERROR | Z_STREAM_END => {}
                    Z_NEED_DICT => match zdict {
                        Some(d) => {
                            let c = self.set_dictionary(d);
                            if c != Z_OK {
                                return Err(InflateFail::Dictionary(c));
                            }
                            continue;
                        }
                        None => return Ok((code, pos)),
                    },
                    _ => return Ok((code, pos)),
                }
                if !full {
                    break;
                }
                if code == Z_STREAM_END {
                    break;
                }
            }
            if code == Z_STREAM_END || pos >= input.len() {
                return Ok((code, pos));
            }
        }
    }

}

impl Drop for ZStream {
    fn drop(&mut self) {
        self.end();
    }
}

/// The output buffer could not grow.
pub struct Grow;

pub enum InflateFail {
    Memory,
    /// Setting the preset dictionary failed with this code.
    Dictionary(i32),
}

/// Makes room in `out` (doubling, at least 16 KiB, at most `limit` more bytes).
fn grow(out: &mut Vec<u8>, limit: usize) -> Result<(), Grow> {
    if out.capacity() > out.len() {
        return Ok(());
    }
    let extra = out.len().max(16384).min(limit.max(1));
    out.try_reserve(extra).map_err(|_| Grow)
}

/// The zlib library version string ("1.3.0-zlib-rs-...").
pub fn version() -> String {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_copy() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let mut c = ZStream::deflate_init(6, 8, 15, 8, 0).ok().unwrap();
        let mut packed = Vec::new();
        assert_eq!(c.deflate_all(&data[..50_000], Z_NO_FLUSH, &mut packed).ok().unwrap(), Z_OK);
        let mut c2 = c.copy().ok().unwrap();
        let mut packed2 = packed.clone();
        assert_eq!(c.deflate_all(&data[50_000..], Z_FINISH, &mut packed).ok().unwrap(), Z_STREAM_END);
        assert_eq!(c2.deflate_all(&data[50_000..], Z_FINISH, &mut packed2).ok().unwrap(), Z_STREAM_END);
        assert_eq!(packed, packed2);
        let mut d = ZStream::inflate_init(15).ok().unwrap();
        let mut out = Vec::new();
        let (code, used) = d.inflate_all(&packed, Z_SYNC_FLUSH, &mut out, None, None).ok().unwrap();
        assert_eq!((code, used), (Z_STREAM_END, packed.len()));
        assert_eq!(out, data);
    }
}
