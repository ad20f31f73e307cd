//! The hash algorithms behind `_hashlib`: one enum over the RustCrypto / BLAKE2 states, so a
//! hash object can be cloned (`copy()`), fed and finalised without knowing its algorithm.

use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update, XofReader};

/// A running hash computation.
#[derive(Clone)]
pub enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Box<blake2b_simd::State>),
    Blake2s(Box<blake2s_simd::State>),
}

/// The names `hashlib.new` accepts (lower case), as `algorithms_available` lists them.
pub const ALGORITHMS: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256", "sha3_224", "sha3_256",
    "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s",
];

impl State {
    /// A fresh state for `name` (lower-case canonical name; "sha-256" style aliases are
    /// normalised by [`canonical_name`]). BLAKE2 gets its default parameters.
    pub fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            "sha512_224" => State::Sha512_224(Default::default()),
            "sha512_256" => State::Sha512_256(Default::default()),
            "sha3_224" => State::Sha3_224(Default::default()),
            "sha3_256" => State::Sha3_256(Default::default()),
            "sha3_384" => State::Sha3_384(Default::default()),
            "sha3_512" => State::Sha3_512(Default::default()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2b" => State::Blake2b(Box::new(blake2b_simd::State::new())),
            "blake2s" => State::Blake2s(Box::new(blake2s_simd::State::new())),
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
            State::Sha512_224(_) => "sha512_224",
            State::Sha512_256(_) => "sha512_256",
            State::Sha3_224(_) => "sha3_224",
            State::Sha3_256(_) => "sha3_256",
            State::Sha3_384(_) => "sha3_384",
            State::Sha3_512(_) => "sha3_512",
            State::Shake128(_) => "shake_128",
            State::Shake256(_) => "shake_256",
            State::Blake2b(_) => "blake2b",
            State::Blake2s(_) => "blake2s",
        }
    }

    pub fn is_xof(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }

    /// The digest length in bytes (0 for the extendable-output SHAKEs, as CPython reports).
    pub fn digest_size(&self) -> usize {
        match self {
            State::Md5(_) => 16,
            State::Sha1(_) => 20,
            State::Sha224(_) | State::Sha3_224(_) | State::Sha512_224(_) => 28,
            State::Sha256(_) | State::Sha3_256(_) | State::Sha512_256(_) => 32,
            State::Sha384(_) | State::Sha3_384(_) => 48,
            State::Sha512(_) | State::Sha3_512(_) => 64,
            State::Shake128(_) | State::Shake256(_) => 0,
            State::Blake2b(s) => s.finalize().as_bytes().len(),
            State::Blake2s(s) => s.finalize().as_bytes().len(),
        }
    }

    /// The internal block size in bytes (the Keccak rate for SHA-3).
    pub fn block_size(&self) -> usize {
        match self {
            State::Md5(_) | State::Sha1(_) | State::Sha224(_) | State::Sha256(_) | State::Blake2s(_) => 64,
            State::Sha384(_) | State::Sha512(_) | State::Sha512_224(_) | State::Sha512_256(_) | State::Blake2b(_) => 128,
            State::Sha3_224(_) => 144,
            State::Sha3_256(_) => 136,
            State::Sha3_384(_) => 104,
            State::Sha3_512(_) => 72,
            State::Shake128(_) => 168,
            State::Shake256(_) => 136,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha512_224(h) => Digest::update(h, data),
            State::Sha512_256(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h) => {
                h.update(data);
            }
            State::Blake2s(h) => {
                h.update(data);
            }
        }
    }

    /// The digest of everything fed so far (the state itself is left as it is). For the
    /// SHAKEs `xof_len` bytes of output; None when that much memory cannot be had.
    pub fn digest(&self, xof_len: usize) -> Option<Vec<u8>> {
        fn fixed<D: Digest + Clone>(h: &D) -> Option<Vec<u8>> {
            Some(h.clone().finalize().to_vec())
        }
        fn xof<X: ExtendableOutput + Clone>(h: &X, n: usize) -> Option<Vec<u8>> {
            let mut out = Vec::new();
            out.try_reserve_exact(n).ok()?;
            out.resize(n, 0);
            h.clone().finalize_xof().read(&mut out);
            Some(out)
        }
        match self {
            State::Md5(h) => fixed(h),
            State::Sha1(h) => fixed(h),
            State::Sha224(h) => fixed(h),
            State::Sha256(h) => fixed(h),
            State::Sha384(h) => fixed(h),
            State::Sha512(h) => fixed(h),
            State::Sha512_224(h) => fixed(h),
            State::Sha512_256(h) => fixed(h),
            State::Sha3_224(h) => fixed(h),
            State::Sha3_256(h) => fixed(h),
            State::Sha3_384(h) => fixed(h),
            State::Sha3_512(h) => fixed(h),
            State::Shake128(h) => xof(h, xof_len),
            State::Shake256(h) => xof(h, xof_len),
            State::Blake2b(h) => Some(h.finalize().as_bytes().to_vec()),
            State::Blake2s(h) => Some(h.finalize().as_bytes().to_vec()),
        }
    }
}

/// `hashlib.new`'s name lookup: CPython accepts OpenSSL's spellings in any case
/// ("SHA256", "sha-256", "SHA3-256", "shake128"...).
pub fn canonical_name(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if let Some(n) = ALGORITHMS.iter().find(|n| **n == lower) {
        return Some(n);
    }
    Some(match lower.as_str() {
        "sha-1" => "sha1",
        "sha-224" => "sha224",
        "sha-256" => "sha256",
        "sha-384" => "sha384",
        "sha-512" => "sha512",
        "sha-512/224" | "sha512-224" => "sha512_224",
        "sha-512/256" | "sha512-256" => "sha512_256",
        "sha3-224" => "sha3_224",
        "sha3-256" => "sha3_256",
        "sha3-384" => "sha3_384",
        "sha3-512" => "sha3_512",
        "shake128" => "shake_128",
        "shake256" => "shake_256",
        "blake2b512" => "blake2b",
        "blake2s256" => "blake2s",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        let mut s = State::new("sha256").unwrap();
        s.update(b"abc");
        assert_eq!(hex(&s.digest(0).unwrap()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let mut m = State::new("md5").unwrap();
        m.update(b"abc");
        assert_eq!(hex(&m.digest(0).unwrap()), "900150983cd24fb0d6963f7d28e17f72");
        let k = State::new("shake_128").unwrap();
        assert_eq!(hex(&k.digest(4).unwrap()), "7f9c2ba4");
    }

    #[test]
    fn sizes_are_consistent() {
        for name in ALGORITHMS {
            let s = State::new(name).unwrap();
            assert_eq!(s.name(), *name);
            if !s.is_xof() {
                assert_eq!(s.digest(0).unwrap().len(), s.digest_size());
            }
        }
    }
}
