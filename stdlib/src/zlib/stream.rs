//! The deflate/inflate streams behind `zlib`, on flate2 with the zlib-rs backend: the
//! container (zlib, raw, gzip, auto-detected) chosen from CPython's `wbits`, and the loops that
//! run a stream over a whole input while growing the output buffer fallibly.

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// The container around the deflate data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Container {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, decided by the first byte.
    Auto,
}

/// `wbits` as CPython documents it: 9..15 zlib (8 is read as 9), -9..-15 raw, 25..31 gzip,
/// 40..47 auto-detect (decompression), 0 (decompression: the window from the zlib header).
pub fn parse_wbits(wbits: i64, decompress: bool) -> Option<(Container, u8)> {
    let window = |w: i64| w.max(9) as u8;
    match wbits {
        0 if decompress => Some((Container::Zlib, 15)),
        8..=15 => Some((Container::Zlib, window(wbits))),
        -15..=-9 => Some((Container::Raw, window(-wbits))),
        -8 if decompress => Some((Container::Raw, 9)),
        25..=31 => Some((Container::Gzip, window(wbits - 16))),
        24 if decompress => Some((Container::Gzip, 9)),
        40..=47 if decompress => Some((Container::Auto, window(wbits - 32))),
        32 if decompress => Some((Container::Auto, 15)),
        _ => None,
    }
}

pub fn new_compress(level: i64, container: Container, window: u8) -> Compress {
    let level = if level < 0 { Compression::default() } else { Compression::new(level as u32) };
    match container {
        Container::Gzip => Compress::new_gzip(level, window),
        Container::Raw => Compress::new_with_window_bits(level, false, window),
        _ => Compress::new_with_window_bits(level, true, window),
    }
}

pub fn new_decompress(container: Container, window: u8) -> Decompress {
    match container {
        Container::Gzip => Decompress::new_gzip(window),
        Container::Raw => Decompress::new_with_window_bits(false, window),
        _ => Decompress::new_with_window_bits(true, window),
    }
}

/// A failure inside zlib: its code and message, formatted by the caller ("Error -3 while
/// decompressing data: incorrect header check").
#[derive(Debug)]
pub struct ZError {
    pub code: i32,
    pub message: Option<String>,
}

/// Output growth that fails instead of aborting when memory runs out.
pub struct OutOfMemory;

pub enum StepError {
    Z(ZError),
    Memory(OutOfMemory),
}

impl From<OutOfMemory> for StepError {
    fn from(m: OutOfMemory) -> StepError {
        StepError::Memory(m)
    }
}

fn grow(out: &mut Vec<u8>, at_least: usize) -> Result<(), OutOfMemory> {
    if out.capacity() - out.len() < at_least {
        let extra = at_least.max(out.len());
        out.try_reserve(extra).map_err(|_| OutOfMemory)?;
    }
    Ok(())
}

/// Compresses all of `input` with `flush`, appending to `out`.
pub fn deflate(c: &mut Compress, input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) -> Result<(), StepError> {
    let mut pos = 0;
    loop {
        grow(out, 16384)?;
        let before_in = c.total_in();
        let before_out = c.total_out();
        let status = c
            .compress_vec(&input[pos..], out, flush)
            .map_err(|e| StepError::Z(ZError { code: -2, message: e.message().map(str::to_owned) }))?;
        let consumed = (c.total_in() - before_in) as usize;
        pos += consumed;
        let wrote = c.total_out() - before_out;
        // zlib's rule: a call is complete when it left output space unused.
        let full = out.len() == out.capacity();
        if status == Status::StreamEnd {
            return Ok(());
        }
        if flush != FlushCompress::Finish && pos >= input.len() && !full {
            return Ok(());
        }
        if wrote == 0 && consumed == 0 && !full {
            // No progress is possible (BufError): nothing more to do.
            return Ok(());
        }
    }
}

/// What an inflate run did.
pub struct Inflated {
    pub consumed: usize,
    pub stream_end: bool,
    /// The stream asked for a preset dictionary.
    pub needs_dictionary: bool,
}

/// Decompresses from `input` into `out` until the input is used up, the stream ends, or `out`
/// has `max_out` more bytes (0: no limit). `chunk` is the size of each output step.
pub fn inflate(d: &mut Decompress, input: &[u8], out: &mut Vec<u8>, max_out: usize, chunk: usize) -> Result<Inflated, StepError> {
    let start_len = out.len();
    let mut pos = 0;
    let mut buf: Vec<u8> = Vec::new();
    let step = chunk.clamp(1, 1 << 20);
    buf.try_reserve_exact(step).map_err(|_| OutOfMemory)?;
    buf.resize(step, 0);
    loop {
        let limit = if max_out > 0 { max_out - (out.len() - start_len) } else { usize::MAX };
        if limit == 0 {
            return Ok(Inflated { consumed: pos, stream_end: false, needs_dictionary: false });
        }
        let n = step.min(limit);
        let before_in = d.total_in();
        let before_out = d.total_out();
        let status = d.decompress(&input[pos..], &mut buf[..n], FlushDecompress::None);
        let consumed = (d.total_in() - before_in) as usize;
        pos += consumed;
        let wrote = (d.total_out() - before_out) as usize;
        grow(out, wrote)?;
        out.extend_from_slice(&buf[..wrote]);
        match status {
            Ok(Status::StreamEnd) => return Ok(Inflated { consumed: pos, stream_end: true, needs_dictionary: false }),
            Ok(_) => {
                // Finished when the step did not fill its buffer (all input that can be used
                // was used) or nothing moved.
                if (wrote < n && pos >= input.len()) || (wrote == 0 && consumed == 0) {
                    return Ok(Inflated { consumed: pos, stream_end: false, needs_dictionary: false });
                }
            }
            Err(e) => {
                if e.needs_dictionary().is_some() {
                    return Ok(Inflated { consumed: pos, stream_end: false, needs_dictionary: true });
                }
                return Err(StepError::Z(ZError { code: -3, message: e.message().map(str::to_owned) }));
            }
        }
    }
}
