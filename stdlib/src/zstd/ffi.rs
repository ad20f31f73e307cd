//! Owned handles over libzstd's streaming contexts and dictionaries (through `zstd-safe`'s
//! `zstd_sys`), with the parameter tables `_zstd` exposes by number.
//!
//! zstd-safe's typed contexts tie dictionaries and prefixes to Rust lifetimes, which cannot
//! express "kept alive by the Python object holding this context"; these handles keep an
//! `Arc` of the dictionary bytes instead, so every pointer libzstd holds stays valid.

use std::ffi::c_void;
use std::ptr::NonNull;
use std::sync::Arc;

use zstd_safe::zstd_sys as sys;

/// A libzstd error code's name ("Unknown frame descriptor").
pub fn error_name(code: usize) -> &'static str {
    zstd_safe::get_error_name(code)
}

fn check(code: usize) -> Result<usize, usize> {
    if unsafe { sys::ZSTD_isError(code) } != 0 { Err(code) } else { Ok(code) }
}

/// The error code libzstd gives for an unsupported parameter (for numbers outside the tables).
pub fn unsupported_parameter() -> usize {
    (sys::ZSTD_ErrorCode::ZSTD_error_parameter_unsupported as usize).wrapping_neg()
}

/// The compression parameters, by their stable numbers.
pub fn c_parameter(id: i64) -> Option<sys::ZSTD_cParameter> {
    use sys::ZSTD_cParameter::*;
    Some(match id {
        100 => ZSTD_c_compressionLevel,
        101 => ZSTD_c_windowLog,
        102 => ZSTD_c_hashLog,
        103 => ZSTD_c_chainLog,
        104 => ZSTD_c_searchLog,
        105 => ZSTD_c_minMatch,
        106 => ZSTD_c_targetLength,
        107 => ZSTD_c_strategy,
        160 => ZSTD_c_enableLongDistanceMatching,
        161 => ZSTD_c_ldmHashLog,
        162 => ZSTD_c_ldmMinMatch,
        163 => ZSTD_c_ldmBucketSizeLog,
        164 => ZSTD_c_ldmHashRateLog,
        200 => ZSTD_c_contentSizeFlag,
        201 => ZSTD_c_checksumFlag,
        202 => ZSTD_c_dictIDFlag,
        400 => ZSTD_c_nbWorkers,
        401 => ZSTD_c_jobSize,
        402 => ZSTD_c_overlapLog,
        _ => return None,
    })
}

/// The Python-level name of a compression parameter (as `CompressionParameter` members).
pub fn c_parameter_name(id: i64) -> Option<&'static str> {
    Some(match id {
        100 => "compression_level",
        101 => "window_log",
        102 => "hash_log",
        103 => "chain_log",
        104 => "search_log",
        105 => "min_match",
        106 => "target_length",
        107 => "strategy",
        160 => "enable_long_distance_matching",
        161 => "ldm_hash_log",
        162 => "ldm_min_match",
        163 => "ldm_bucket_size_log",
        164 => "ldm_hash_rate_log",
        200 => "content_size_flag",
        201 => "checksum_flag",
        202 => "dict_id_flag",
        400 => "nb_workers",
        401 => "job_size",
        402 => "overlap_log",
        _ => return None,
    })
}

/// `ZSTD_d_windowLogMax`, the only stable decompression parameter.
pub const D_WINDOW_LOG_MAX: i64 = 100;

/// Inclusive bounds of a compression (`is_compress`) or decompression parameter, or the error
/// code libzstd reports for it.
pub fn bounds(id: i64, is_compress: bool) -> Result<(i32, i32), usize> {
    let b = if is_compress {
        match c_parameter(id) {
            Some(p) => unsafe { sys::ZSTD_cParam_getBounds(p) },
            None => return Err(unsupported_parameter()),
        }
    } else if id == D_WINDOW_LOG_MAX {
        unsafe { sys::ZSTD_dParam_getBounds(sys::ZSTD_dParameter::ZSTD_d_windowLogMax) }
    } else {
        return Err(unsupported_parameter());
    };
    check(b.error)?;
    Ok((b.lowerBound, b.upperBound))
}

pub fn min_level() -> i32 {
    unsafe { sys::ZSTD_minCLevel() }
}

pub fn max_level() -> i32 {
    unsafe { sys::ZSTD_maxCLevel() }
}

/// What `ZSTD_compressStream2` is told to do at the end of the input.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum EndOp {
    Continue,
    FlushBlock,
    FlushFrame,
}

/// A compressed dictionary prepared for one compression level.
pub struct CDict(NonNull<sys::ZSTD_CDict>);

// libzstd dictionaries are immutable once created and may be shared between threads.
unsafe impl Send for CDict {}
unsafe impl Sync for CDict {}

impl CDict {
    pub fn new(content: &[u8], level: i32) -> Option<CDict> {
        NonNull::new(unsafe { sys::ZSTD_createCDict(content.as_ptr().cast(), content.len(), level) }).map(CDict)
    }
}

impl Drop for CDict {
    fn drop(&mut self) {
        unsafe { sys::ZSTD_freeCDict(self.0.as_ptr()) };
    }
}

/// A decompression dictionary.
pub struct DDict(NonNull<sys::ZSTD_DDict>);

unsafe impl Send for DDict {}
unsafe impl Sync for DDict {}

impl DDict {
    pub fn new(content: &[u8]) -> Option<DDict> {
        NonNull::new(unsafe { sys::ZSTD_createDDict(content.as_ptr().cast(), content.len()) }).map(DDict)
    }
}

impl Drop for DDict {
    fn drop(&mut self) {
        unsafe { sys::ZSTD_freeDDict(self.0.as_ptr()) };
    }
}

/// What a context references and so must outlive it (held, never read).
#[allow(dead_code)]
enum Keep {
    Nothing,
    CDict(Arc<CDict>),
    DDict(Arc<DDict>),
    Bytes(Arc<[u8]>),
}

/// A compression context.
pub struct CCtx {
    ptr: NonNull<sys::ZSTD_CCtx>,
    _keep: Keep,
}

// A context is used by one thread at a time (the owner wraps it in a lock).
unsafe impl Send for CCtx {}

impl CCtx {
    pub fn new() -> Option<CCtx> {
        NonNull::new(unsafe { sys::ZSTD_createCCtx() }).map(|ptr| CCtx { ptr, _keep: Keep::Nothing })
    }

    /// Sets a parameter that [`c_parameter`] knows (others are libzstd's "unsupported").
    pub fn set_parameter(&mut self, id: i64, value: i32) -> Result<(), usize> {
        let p = c_parameter(id).ok_or_else(unsupported_parameter)?;
        check(unsafe { sys::ZSTD_CCtx_setParameter(self.ptr.as_ptr(), p, value) }).map(drop)
    }

    pub fn ref_cdict(&mut self, cdict: Arc<CDict>) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_CCtx_refCDict(self.ptr.as_ptr(), cdict.0.as_ptr()) })?;
        self._keep = Keep::CDict(cdict);
        Ok(())
    }

    /// Loads (copies) a dictionary.
    pub fn load_dictionary(&mut self, content: &[u8]) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_CCtx_loadDictionary(self.ptr.as_ptr(), content.as_ptr().cast(), content.len()) }).map(drop)
    }

    /// References `prefix` for the next frame.
    pub fn ref_prefix(&mut self, prefix: Arc<[u8]>) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_CCtx_refPrefix(self.ptr.as_ptr(), prefix.as_ptr().cast(), prefix.len()) })?;
        self._keep = Keep::Bytes(prefix);
        Ok(())
    }

    /// `None` is an unknown size.
    pub fn set_pledged_src_size(&mut self, size: Option<u64>) -> Result<(), usize> {
        let size = size.unwrap_or(u64::MAX); // ZSTD_CONTENTSIZE_UNKNOWN
        check(unsafe { sys::ZSTD_CCtx_setPledgedSrcSize(self.ptr.as_ptr(), size as _) }).map(drop)
    }

    /// Forgets the current frame (parameters and dictionary stay).
    pub fn reset_session(&mut self) {
        unsafe { sys::ZSTD_CCtx_reset(self.ptr.as_ptr(), sys::ZSTD_ResetDirective::ZSTD_reset_session_only) };
    }

    /// Compresses all of `input` with `op`, appending to `out`. Returns Err(Some(code)) on a
    /// libzstd error, Err(None) when `out` cannot grow.
    pub fn compress(&mut self, input: &[u8], op: EndOp, out: &mut Vec<u8>) -> Result<(), Option<usize>> {
        let directive = match op {
            EndOp::Continue => sys::ZSTD_EndDirective::ZSTD_e_continue,
            EndOp::FlushBlock => sys::ZSTD_EndDirective::ZSTD_e_flush,
            EndOp::FlushFrame => sys::ZSTD_EndDirective::ZSTD_e_end,
        };
        let mut inb = sys::ZSTD_inBuffer { src: input.as_ptr().cast(), size: input.len(), pos: 0 };
        let step = unsafe { sys::ZSTD_CStreamOutSize() };
        let bound = unsafe { sys::ZSTD_compressBound(input.len()) };
        // Ending a frame with room for the whole result lets libzstd compress in one pass
        // (what CPython does, so frames are byte-identical); otherwise start small, since a
        // CONTINUE call often produces nothing.
        let first = if op == EndOp::FlushFrame { bound.max(64) } else { bound.min(step).max(64) };
        if out.try_reserve_exact(first).is_err() {
            reserve(out, step).map_err(|_| None)?;
        }
        loop {
            if out.capacity() == out.len() {
                reserve(out, step).map_err(|_| None)?;
            }
            let start = out.len();
            let mut outb = sys::ZSTD_outBuffer { dst: out.as_mut_ptr().wrapping_add(start).cast::<c_void>(), size: out.capacity() - start, pos: 0 };
            let remaining = check(unsafe { sys::ZSTD_compressStream2(self.ptr.as_ptr(), &mut outb, &mut inb, directive) }).map_err(Some)?;
            // libzstd wrote `outb.pos` initialised bytes after `start`.
            unsafe { out.set_len(start + outb.pos) };
            let done = match op {
                EndOp::Continue => inb.pos == inb.size,
                _ => remaining == 0,
            };
            if done {
                return Ok(());
            }
        }
    }
}

impl Drop for CCtx {
    fn drop(&mut self) {
        unsafe { sys::ZSTD_freeCCtx(self.ptr.as_ptr()) };
    }
}

/// Grows `out` so `extra` more bytes fit (amortized doubling), failing instead of aborting.
pub fn reserve(out: &mut Vec<u8>, extra: usize) -> Result<(), std::collections::TryReserveError> {
    out.try_reserve(extra)
}

/// A decompression context.
pub struct DCtx {
    ptr: NonNull<sys::ZSTD_DCtx>,
    _keep: Keep,
}

unsafe impl Send for DCtx {}

/// Why [`DCtx::decompress`] stopped.
pub struct Progress {
    /// Input bytes consumed.
    pub consumed: usize,
    /// The end of the frame was reached.
    pub frame_done: bool,
}

impl DCtx {
    pub fn new() -> Option<DCtx> {
        NonNull::new(unsafe { sys::ZSTD_createDCtx() }).map(|ptr| DCtx { ptr, _keep: Keep::Nothing })
    }

    pub fn set_window_log_max(&mut self, value: i32) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_DCtx_setParameter(self.ptr.as_ptr(), sys::ZSTD_dParameter::ZSTD_d_windowLogMax, value) }).map(drop)
    }

    pub fn ref_ddict(&mut self, ddict: Arc<DDict>) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_DCtx_refDDict(self.ptr.as_ptr(), ddict.0.as_ptr()) })?;
        self._keep = Keep::DDict(ddict);
        Ok(())
    }

    pub fn load_dictionary(&mut self, content: &[u8]) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_DCtx_loadDictionary(self.ptr.as_ptr(), content.as_ptr().cast(), content.len()) }).map(drop)
    }

    pub fn ref_prefix(&mut self, prefix: Arc<[u8]>) -> Result<(), usize> {
        check(unsafe { sys::ZSTD_DCtx_refPrefix(self.ptr.as_ptr(), prefix.as_ptr().cast(), prefix.len()) })?;
        self._keep = Keep::Bytes(prefix);
        Ok(())
    }

    /// Decompresses from `input` into `out` until the frame ends, `limit` bytes of output were
    /// produced (None: no limit), or no progress is possible without more input.
    /// Err(Some(code)) is a libzstd error, Err(None) an allocation failure.
    pub fn decompress(&mut self, input: &[u8], limit: Option<usize>, out: &mut Vec<u8>) -> Result<Progress, Option<usize>> {
        let mut inb = sys::ZSTD_inBuffer { src: input.as_ptr().cast(), size: input.len(), pos: 0 };
        let step = unsafe { sys::ZSTD_DStreamOutSize() };
        let base = out.len();
        // A frame header that states the content size gives the output size up front (capped
        // by the limit and by 64 MiB, so a lying header cannot reserve without bound).
        if let Ok(Some(size)) = frame_content_size(input) {
            let want = usize::try_from(size).unwrap_or(usize::MAX).min(limit.unwrap_or(usize::MAX)).min(64 << 20);
            let _ = out.try_reserve_exact(want);
        }
        loop {
            let room = match limit {
                Some(l) => {
                    let left = l - (out.len() - base);
                    if left == 0 {
                        return Ok(Progress { consumed: inb.pos, frame_done: false });
                    }
                    left.min(step)
                }
                None => step,
            };
            if out.capacity() == out.len() {
                reserve(out, room).map_err(|_| None)?;
            }
            let start = out.len();
            let avail = (out.capacity() - start).min(match limit {
                Some(l) => l - (start - base),
                None => usize::MAX,
            });
            let mut outb = sys::ZSTD_outBuffer { dst: out.as_mut_ptr().wrapping_add(start).cast::<c_void>(), size: avail, pos: 0 };
            let ret = check(unsafe { sys::ZSTD_decompressStream(self.ptr.as_ptr(), &mut outb, &mut inb) }).map_err(Some)?;
            // libzstd wrote `outb.pos` initialised bytes after `start`.
            unsafe { out.set_len(start + outb.pos) };
            if ret == 0 {
                return Ok(Progress { consumed: inb.pos, frame_done: true });
            }
            if inb.pos == inb.size && outb.pos < outb.size {
                return Ok(Progress { consumed: inb.pos, frame_done: false });
            }
        }
    }
}

impl Drop for DCtx {
    fn drop(&mut self) {
        unsafe { sys::ZSTD_freeDCtx(self.ptr.as_ptr()) };
    }
}

/// `ZSTD_getFrameContentSize`: Ok(None) for an unknown size, Err(()) when `frame` does not
/// start with a valid frame header.
pub fn frame_content_size(frame: &[u8]) -> Result<Option<u64>, ()> {
    let size = unsafe { sys::ZSTD_getFrameContentSize(frame.as_ptr().cast(), frame.len()) };
    match size {
        u64::MAX => Ok(None),                  // ZSTD_CONTENTSIZE_UNKNOWN
        s if s == u64::MAX - 1 => Err(()),     // ZSTD_CONTENTSIZE_ERROR
        s => Ok(Some(s)),
    }
}

pub fn frame_dict_id(frame: &[u8]) -> u32 {
    unsafe { sys::ZSTD_getDictID_fromFrame(frame.as_ptr().cast(), frame.len()) }
}

pub fn frame_compressed_size(frame: &[u8]) -> Result<usize, usize> {
    check(unsafe { sys::ZSTD_findFrameCompressedSize(frame.as_ptr().cast(), frame.len()) })
}

pub fn dict_id_of_dict(content: &[u8]) -> u32 {
    unsafe { sys::ZDICT_getDictID(content.as_ptr().cast(), content.len()) }
}

/// `ZDICT_finalizeDictionary` into a buffer of `capacity` bytes.
pub fn finalize_dictionary(custom: &[u8], samples: &[u8], sizes: &[usize], capacity: usize, level: i32) -> Result<Vec<u8>, usize> {
    let mut out: Vec<u8> = Vec::new();
    out.try_reserve_exact(capacity).map_err(|_| (sys::ZSTD_ErrorCode::ZSTD_error_memory_allocation as usize).wrapping_neg())?;
    let params = sys::ZDICT_params_t { compressionLevel: level, notificationLevel: 0, dictID: 0 };
    let n = check(unsafe {
        sys::ZDICT_finalizeDictionary(
            out.as_mut_ptr().cast(),
            capacity,
            custom.as_ptr().cast(),
            custom.len(),
            samples.as_ptr().cast(),
            sizes.as_ptr(),
            sizes.len() as u32,
            params,
        )
    })?;
    // libzstd wrote `n <= capacity` bytes.
    unsafe { out.set_len(n) };
    Ok(out)
}

pub fn version_number() -> u32 {
    zstd_safe::version_number()
}

pub fn version_string() -> &'static str {
    zstd_safe::version_string()
}

pub fn dstream_out_size() -> usize {
    unsafe { sys::ZSTD_DStreamOutSize() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compress_all(data: &[u8], level: i32) -> Vec<u8> {
        let mut c = CCtx::new().unwrap();
        c.set_parameter(100, level).unwrap();
        let mut out = Vec::new();
        c.compress(data, EndOp::FlushFrame, &mut out).unwrap();
        out
    }

    #[test]
    fn round_trip_in_limited_steps() {
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8 ^ (i / 1000) as u8).collect();
        let frame = compress_all(&data, 3);
        assert_eq!(frame_content_size(&frame), Ok(Some(data.len() as u64)));
        assert_eq!(frame_compressed_size(&frame), Ok(frame.len()));
        let mut d = DCtx::new().unwrap();
        let mut out = Vec::new();
        let mut input: &[u8] = &frame;
        loop {
            let before = out.len();
            let p = d.decompress(input, Some(1000), &mut out).unwrap();
            assert!(out.len() - before <= 1000);
            input = &input[p.consumed..];
            if p.frame_done {
                break;
            }
        }
        assert_eq!(out, data);
    }

    #[test]
    fn truncated_and_corrupt_input_are_errors_not_panics() {
        let frame = compress_all(b"hello hello hello hello", 1);
        let mut out = Vec::new();
        let p = DCtx::new().unwrap().decompress(&frame[..frame.len() - 2], None, &mut out).unwrap();
        assert!(!p.frame_done);
        let mut bad = frame.clone();
        bad[0] ^= 1;
        let err = DCtx::new().unwrap().decompress(&bad, None, &mut Vec::new()).err().unwrap();
        assert_eq!(err.map(error_name), Some("Unknown frame descriptor"));
        assert_eq!(frame_content_size(&bad), Err(()));
    }

    #[test]
    fn parameter_bounds_and_unknown_parameters() {
        assert_eq!(bounds(101, true), Ok((10, 31)));
        assert_eq!(bounds(D_WINDOW_LOG_MAX, false), Ok((10, 31)));
        assert_eq!(bounds(999, true).map_err(error_name), Err("Unsupported parameter"));
        assert!(CCtx::new().unwrap().set_parameter(999, 1).is_err());
    }
}
