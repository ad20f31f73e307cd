//! Operating-system randomness (`os.urandom`, seeding `random` without a seed): the
//! `getrandom` system call, retried on EINTR and short reads.

use ophis_vm::{PyErr, PyResult};

/// Fills `buf` with random bytes from the kernel.
pub fn fill(buf: &mut [u8]) -> PyResult<()> {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: the pointer and length describe the writable tail of `buf`.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            if err.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(PyErr::new("OSError", err.to_string()));
        }
        done += n as usize;
    }
    Ok(())
}
