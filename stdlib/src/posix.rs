//! `posix`: the system calls behind `os` (files, directories, file descriptors, the process
//! environment). Failures raise `OSError` built as CPython builds it (`OSError(errno,
//! strerror, filename)`, which picks the subclass: FileNotFoundError, PermissionError, ...).
//! `stat` results travel as plain tuples that `os.py` wraps in `stat_result`.

use std::ffi::{CStr, CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};

use ophis_vm::builtins::{new_bytes, new_list, new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::object::{Kind, ObjRef};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;

/// A path argument: its bytes, and whether it was given as bytes (results then are bytes).
struct PathArg {
    bytes: Vec<u8>,
    is_bytes: bool,
    original: Value,
}

fn path_arg(vm: &mut Vm, v: &Value, func: &str, param: &str) -> PyResult<PathArg> {
    path_arg_fd(vm, v, func, param, false)
}

/// `allow_fd`: the function also takes a file descriptor (the message says so).
fn path_arg_fd(vm: &mut Vm, v: &Value, func: &str, param: &str, allow_fd: bool) -> PyResult<PathArg> {
    let kinds = if allow_fd { "string, bytes, os.PathLike or integer" } else { "string, bytes or os.PathLike" };
    let mut value = v.clone();
    if value.as_str().is_none() && !matches!(value.kind(), Some(Kind::Bytes(_))) {
        match vm.call_method(v, "__fspath__", &[])? {
            Some(r) => value = r,
            None => {
                return Err(PyErr::type_error(format!("{func}: {param} should be {kinds}, not {}", vm.type_name(v))));
            }
        }
    }
    let (bytes, is_bytes) = if let Some(s) = value.as_str() {
        (OsString::from(s).into_vec(), false)
    } else if let Some(Kind::Bytes(b)) = value.kind() {
        (b.to_vec(), true)
    } else {
        return Err(PyErr::type_error(format!(
            "{func}: {param} should be string, bytes or os.PathLike, not {}",
            vm.type_name(v)
        )));
    };
    if bytes.contains(&0) {
        return Err(PyErr::value_error(format!("{func}: embedded null character in {param}")));
    }
    Ok(PathArg { bytes, is_bytes, original: v.clone() })
}

fn cstring(p: &PathArg) -> CString {
    CString::new(p.bytes.clone()).expect("checked for NUL")
}

fn strerror_text(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a static (or thread-local) message.
    unsafe { CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned()
}

/// `OSError(errno, strerror[, filename[, winerror, filename2]])` (the constructor picks the
/// subclass for the errno).
fn os_error(vm: &mut Vm, errno: i32, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let class = Value::Obj(ophis_vm::exceptions::exception_types().get("OSError").clone());
    let mut argv = vec![Value::Int(errno as i64), new_str(strerror_text(errno))];
    if let Some(f) = filename {
        argv.push(f.clone());
        if let Some(f2) = filename2 {
            argv.push(Value::None);
            argv.push(f2.clone());
        }
    }
    match vm.call(&class, &argv, &[]) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => PyErr::new("OSError", strerror_text(errno)),
        Err(e) => e,
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn check(vm: &mut Vm, result: libc::c_int, filename: Option<&Value>) -> PyResult<libc::c_int> {
    if result < 0 { Err(os_error(vm, last_errno(), filename, None)) } else { Ok(result) }
}

/// A file name from the system as str (surrogateescape-free lossless for UTF-8) or bytes.
fn name_value(bytes: &[u8], as_bytes: bool) -> Value {
    if as_bytes { new_bytes(bytes.to_vec()) } else { new_str(OsStr::from_bytes(bytes).to_string_lossy().into_owned()) }
}

fn getcwd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "getcwd")?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, e.raw_os_error().unwrap_or(0), None, None)),
    }
}

fn getcwdb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "getcwdb")?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_bytes(p.into_os_string().into_vec())),
        Err(e) => Err(os_error(vm, e.raw_os_error().unwrap_or(0), None, None)),
    }
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "chdir")?;
    if let (Value::Int(fd), false) = (v, matches!(v, Value::Bool(_))) {
        // A file descriptor: fchdir.
        // SAFETY: plain system call.
        let r = unsafe { libc::fchdir(*fd as libc::c_int) };
        check(vm, r, Some(v))?;
        return Ok(Value::None);
    }
    let p = path_arg_fd(vm, v, "chdir", "path", true)?;
    // SAFETY: a valid NUL-terminated path.
    let r = unsafe { libc::chdir(cstring(&p).as_ptr()) };
    check(vm, r, Some(&p.original))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "listdir", 0, 1)?;
    let p = match pos.first() {
        None | Some(Value::None) => PathArg { bytes: b".".to_vec(), is_bytes: false, original: new_str(".") },
        Some(v) => path_arg(vm, v, "listdir", "path")?,
    };
    let entries = match std::fs::read_dir(OsStr::from_bytes(&p.bytes)) {
        Ok(e) => e,
        Err(e) => return Err(os_error(vm, e.raw_os_error().unwrap_or(0), Some(&p.original), None)),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => names.push(name_value(e.file_name().as_bytes(), p.is_bytes)),
            Err(e) => return Err(os_error(vm, e.raw_os_error().unwrap_or(0), Some(&p.original), None)),
        }
    }
    Ok(new_list(names))
}

fn mode_arg(vm: &mut Vm, v: Option<&Value>, default: u32) -> PyResult<libc::mode_t> {
    match v {
        Some(v) => Ok(args::to_c_int(vm, v)? as libc::mode_t),
        None => Ok(default as libc::mode_t),
    }
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "mkdir", params: &["path", "mode", "dir_fd"], posonly: 0, kwonly_from: 2, required: 1 };
    let [path, mode, _dir_fd] = args::bind::<3>(&a, &sig)?;
    let p = path_arg(vm, path.expect("required"), "mkdir", "path")?;
    let mode = mode_arg(vm, mode, 0o777)?;
    // SAFETY: a valid NUL-terminated path.
    let r = unsafe { libc::mkdir(cstring(&p).as_ptr(), mode) };
    check(vm, r, Some(&p.original))?;
    Ok(Value::None)
}

fn one_path_call(vm: &mut Vm, a: Args, name: &str, f: unsafe extern "C" fn(*const libc::c_char) -> libc::c_int) -> PyResult<Value> {
    let sig = args::Sig { name, params: &["path", "dir_fd"], posonly: 0, kwonly_from: 1, required: 1 };
    let [path, _dir_fd] = args::bind::<2>(&a, &sig)?;
    let p = path_arg(vm, path.expect("required"), name, "path")?;
    // SAFETY: a valid NUL-terminated path.
    let r = unsafe { f(cstring(&p).as_ptr()) };
    check(vm, r, Some(&p.original))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    one_path_call(vm, a, "rmdir", libc::rmdir)
}

fn unlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    one_path_call(vm, a, "unlink", libc::unlink)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    one_path_call(vm, a, "remove", libc::unlink)
}

fn two_paths(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(PathArg, PathArg)> {
    let sig = args::Sig { name, params: &["src", "dst", "src_dir_fd", "dst_dir_fd"], posonly: 0, kwonly_from: 2, required: 2 };
    let [src, dst, _, _] = args::bind::<4>(a, &sig)?;
    Ok((path_arg(vm, src.expect("required"), name, "src")?, path_arg(vm, dst.expect("required"), name, "dst")?))
}

fn rename_like(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, &a, name)?;
    // SAFETY: valid NUL-terminated paths.
    let r = unsafe { libc::rename(cstring(&src).as_ptr(), cstring(&dst).as_ptr()) };
    if r < 0 {
        return Err(os_error(vm, last_errno(), Some(&src.original), Some(&dst.original)));
    }
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rename_like(vm, a, "rename")
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rename_like(vm, a, "replace")
}

fn symlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "symlink", params: &["src", "dst", "target_is_directory", "dir_fd"], posonly: 0, kwonly_from: 3, required: 2 };
    let [src, dst, _, _] = args::bind::<4>(&a, &sig)?;
    let src = path_arg(vm, src.expect("required"), "symlink", "src")?;
    let dst = path_arg(vm, dst.expect("required"), "symlink", "dst")?;
    // SAFETY: valid NUL-terminated paths.
    let r = unsafe { libc::symlink(cstring(&src).as_ptr(), cstring(&dst).as_ptr()) };
    if r < 0 {
        return Err(os_error(vm, last_errno(), Some(&src.original), Some(&dst.original)));
    }
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "readlink", params: &["path", "dir_fd"], posonly: 0, kwonly_from: 1, required: 1 };
    let [path, _] = args::bind::<2>(&a, &sig)?;
    let p = path_arg(vm, path.expect("required"), "readlink", "path")?;
    match std::fs::read_link(OsStr::from_bytes(&p.bytes)) {
        Ok(target) => Ok(name_value(target.as_os_str().as_bytes(), p.is_bytes)),
        Err(e) => Err(os_error(vm, e.raw_os_error().unwrap_or(0), Some(&p.original), None)),
    }
}

fn stat_tuple(st: &libc::stat) -> Value {
    let ns = |s: i64, n: i64| args::big(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    new_tuple(vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        Value::Int(st.st_atime),
        Value::Int(st.st_mtime),
        Value::Int(st.st_ctime),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        Value::Int(st.st_rdev as i64),
    ])
}

fn do_stat(vm: &mut Vm, a: Args, name: &str, follow_default: bool) -> PyResult<Value> {
    let sig = args::Sig { name, params: &["path", "dir_fd", "follow_symlinks"], posonly: 0, kwonly_from: 1, required: 1 };
    let [path, _dir_fd, follow] = args::bind::<3>(&a, &sig)?;
    let follow = match follow { Some(v) => vm.is_true(v)?, None => follow_default };
    // SAFETY: libc::stat is plain data.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let path = path.expect("required");
    if let Value::Int(fd) = path {
        // A file descriptor: fstat.
        // SAFETY: `st` is a valid out-pointer.
        let r = unsafe { libc::fstat(*fd as libc::c_int, &mut st) };
        check(vm, r, None)?;
        return Ok(stat_tuple(&st));
    }
    let p = path_arg_fd(vm, path, name, "path", true)?;
    let c = cstring(&p);
    // SAFETY: a valid path and out-pointer.
    let r = unsafe { if follow { libc::stat(c.as_ptr(), &mut st) } else { libc::lstat(c.as_ptr(), &mut st) } };
    check(vm, r, Some(&p.original))?;
    Ok(stat_tuple(&st))
}

fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_stat(vm, a, "stat", true)
}

fn lstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_stat(vm, a, "lstat", false)
}

fn fstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = args::to_c_int(vm, args::one(&a, "fstat")?)?;
    // SAFETY: libc::stat is plain data and `st` a valid out-pointer.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::fstat(fd, &mut st) };
    check(vm, r, None)?;
    Ok(stat_tuple(&st))
}

fn access(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "access", params: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], posonly: 0, kwonly_from: 2, required: 2 };
    let [path, mode, ..] = args::bind::<5>(&a, &sig)?;
    let p = path_arg(vm, path.expect("required"), "access", "path")?;
    let mode = args::to_c_int(vm, mode.expect("required"))?;
    // SAFETY: a valid NUL-terminated path.
    let r = unsafe { libc::access(cstring(&p).as_ptr(), mode) };
    Ok(Value::Bool(r == 0))
}

fn chmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "chmod", params: &["path", "mode", "dir_fd", "follow_symlinks"], posonly: 0, kwonly_from: 2, required: 2 };
    let [path, mode, ..] = args::bind::<4>(&a, &sig)?;
    let p = path_arg(vm, path.expect("required"), "chmod", "path")?;
    let mode = args::to_c_int(vm, mode.expect("required"))? as libc::mode_t;
    // SAFETY: a valid NUL-terminated path.
    let r = unsafe { libc::chmod(cstring(&p).as_ptr(), mode) };
    check(vm, r, Some(&p.original))?;
    Ok(Value::None)
}

/// `utime(path, (atime_ns, mtime_ns))` (os.py converts `times`/`ns`), or None for now.
fn utime_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "utime", 2, 3)?;
    let p = path_arg(vm, &pos[0], "utime", "path")?;
    let follow = match pos.get(2) { Some(v) => vm.is_true(v)?, None => true };
    let times = if pos[1].is_none() {
        [libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }, libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }]
    } else {
        let items = vm.collect_iterable(&pos[1])?;
        let mut out = [libc::timespec { tv_sec: 0, tv_nsec: 0 }; 2];
        for (slot, item) in out.iter_mut().zip(items.iter()) {
            let ns = args::to_bigint(vm, item)?;
            let (s, n) = num_integer::Integer::div_mod_floor(&ns, &num_bigint::BigInt::from(1_000_000_000));
            slot.tv_sec = num_traits::ToPrimitive::to_i64(&s).ok_or_else(|| PyErr::new("OverflowError", "timestamp out of range"))?;
            slot.tv_nsec = num_traits::ToPrimitive::to_i64(&n).unwrap_or(0);
        }
        out
    };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: valid path and a 2-element timespec array.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, cstring(&p).as_ptr(), times.as_ptr(), flags) };
    check(vm, r, Some(&p.original))?;
    Ok(Value::None)
}

fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = args::Sig { name: "open", params: &["path", "flags", "mode", "dir_fd"], posonly: 0, kwonly_from: 3, required: 2 };
    let [path, flags, mode, _] = args::bind::<4>(&a, &sig)?;
    let p = path_arg(vm, path.expect("required"), "open", "path")?;
    let flags = args::to_c_int(vm, flags.expect("required"))? | libc::O_CLOEXEC;
    let mode = mode_arg(vm, mode, 0o777)?;
    loop {
        // SAFETY: a valid NUL-terminated path.
        let fd = unsafe { libc::open(cstring(&p).as_ptr(), flags, mode as libc::c_uint) };
        if fd < 0 && last_errno() == libc::EINTR {
            continue;
        }
        return Ok(Value::Int(check(vm, fd, Some(&p.original))? as i64));
    }
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = args::to_c_int(vm, args::one(&a, "close")?)?;
    // SAFETY: closing a descriptor number; errors are reported.
    let r = unsafe { libc::close(fd) };
    check(vm, r, None)?;
    Ok(Value::None)
}

fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "read", 2, 2)?;
    let fd = args::to_c_int(vm, &pos[0])?;
    let n = args::to_c_long(vm, &pos[1])?;
    if n < 0 {
        return Err(os_error(vm, libc::EINVAL, None, None));
    }
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(n as usize).map_err(|_| PyErr::new("MemoryError", ""))?;
    buf.resize(n as usize, 0);
    loop {
        // SAFETY: `buf` has `n` writable bytes.
        let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n as usize) };
        if got < 0 {
            if last_errno() == libc::EINTR {
                continue;
            }
            return Err(os_error(vm, last_errno(), None, None));
        }
        buf.truncate(got as usize);
        return Ok(new_bytes(buf));
    }
}

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "write", 2, 2)?;
    let fd = args::to_c_int(vm, &pos[0])?;
    let data = ophis_vm::buffer::bytes_of_checked(&pos[1])?
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&pos[1]))))?
        .into_owned();
    ophis_vm::sys::flush_stdout();
    loop {
        // SAFETY: `data` is a valid buffer of its length.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            if last_errno() == libc::EINTR {
                continue;
            }
            return Err(os_error(vm, last_errno(), None, None));
        }
        return Ok(Value::Int(n as i64));
    }
}

fn lseek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "lseek", 3, 3)?;
    let fd = args::to_c_int(vm, &pos[0])?;
    let offset = args::to_c_long(vm, &pos[1])?;
    let how = args::to_c_int(vm, &pos[2])?;
    // SAFETY: plain system call.
    let r = unsafe { libc::lseek(fd, offset, how) };
    if r < 0 {
        return Err(os_error(vm, last_errno(), None, None));
    }
    Ok(Value::Int(r))
}

fn pipe(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "pipe")?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for two descriptors.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    check(vm, r, None)?;
    Ok(new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = args::to_c_int(vm, args::one(&a, "isatty")?)?;
    // SAFETY: plain system call.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn dup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = args::to_c_int(vm, args::one(&a, "dup")?)?;
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    Ok(Value::Int(check(vm, r, None)? as i64))
}

fn dup2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "dup2", 2, 3)?;
    let (fd, fd2) = (args::to_c_int(vm, &pos[0])?, args::to_c_int(vm, &pos[1])?);
    // SAFETY: plain system call.
    let r = unsafe { libc::dup2(fd, fd2) };
    Ok(Value::Int(check(vm, r, None)? as i64))
}

fn fsync(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = args::to_c_int(vm, args::one(&a, "fsync")?)?;
    // SAFETY: plain system call.
    let r = unsafe { libc::fsync(fd) };
    check(vm, r, None)?;
    Ok(Value::None)
}

fn terminal_size(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "get_terminal_size", 0, 1)?;
    let fd = match pos.first() { Some(v) => args::to_c_int(vm, v)?, None => 1 };
    // SAFETY: winsize is plain data; `ws` is a valid out-pointer for TIOCGWINSZ.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    check(vm, r, None)?;
    Ok(new_tuple(vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)]))
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = args::to_c_long(vm, args::one(&a, "urandom")?)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(n as usize).map_err(|_| PyErr::new("MemoryError", ""))?;
    buf.resize(n as usize, 0);
    crate::urandom::fill(&mut buf)?;
    Ok(new_bytes(buf))
}

fn strerror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = args::to_c_int(vm, args::one(&a, "strerror")?)?;
    Ok(new_str(strerror_text(code)))
}

fn int_getter(a: Args, name: &str, value: i64) -> PyResult<Value> {
    args::none(&a, name)?;
    Ok(Value::Int(value))
}

fn getpid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_getter(a, "getpid", std::process::id() as i64)
}

fn getppid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // SAFETY: plain system call.
    int_getter(a, "getppid", unsafe { libc::getppid() } as i64)
}

fn getuid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // SAFETY: plain system call.
    int_getter(a, "getuid", unsafe { libc::getuid() } as i64)
}

fn geteuid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // SAFETY: plain system call.
    int_getter(a, "geteuid", unsafe { libc::geteuid() } as i64)
}

fn getgid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // SAFETY: plain system call.
    int_getter(a, "getgid", unsafe { libc::getgid() } as i64)
}

fn getegid(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // SAFETY: plain system call.
    int_getter(a, "getegid", unsafe { libc::getegid() } as i64)
}

fn umask(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mask = args::to_c_int(vm, args::one(&a, "umask")?)?;
    // SAFETY: plain system call.
    Ok(Value::Int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

fn cpu_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "cpu_count")?;
    // SAFETY: plain library call.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n) })
}

fn env_key(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    let b = match v {
        v if v.as_str().is_some() => v.as_str().expect("str").as_bytes().to_vec(),
        Value::Obj(o) => match &o.kind {
            Kind::Bytes(b) => b.to_vec(),
            _ => return Err(PyErr::type_error(format!("{what}: expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
        },
        _ => return Err(PyErr::type_error(format!("{what}: expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
    };
    if b.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok(b)
}

fn putenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "putenv", 2, 2)?;
    let key = env_key(vm, &pos[0], "putenv")?;
    let value = env_key(vm, &pos[1], "putenv")?;
    if key.is_empty() || key.contains(&b'=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    // SAFETY: the interpreter changes the environment only through these calls; other threads
    // reading it concurrently is the same hazard CPython accepts.
    unsafe { std::env::set_var(OsStr::from_bytes(&key), OsStr::from_bytes(&value)) };
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = env_key(vm, args::one(&a, "unsetenv")?, "unsetenv")?;
    if key.is_empty() || key.contains(&b'=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    // SAFETY: see putenv.
    unsafe { std::env::remove_var(OsStr::from_bytes(&key)) };
    Ok(Value::None)
}

/// The environment at start-up as a dict of bytes (as `posix.environ`).
fn environ_dict(vm: &mut Vm) -> PyResult<Value> {
    let d = ophis_vm::dict::new_dict_object();
    let dict = d.as_dict().expect("dict");
    for (k, v) in std::env::vars_os() {
        dict.set(vm, new_bytes(k.into_vec()), new_bytes(v.into_vec()))?;
    }
    Ok(Value::Obj(d))
}

fn uname(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "uname")?;
    // SAFETY: utsname is plain data; `u` is a valid out-pointer.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    unsafe { libc::uname(&mut u) };
    let field = |f: &[libc::c_char]| {
        // SAFETY: uname fills NUL-terminated fields.
        new_str(unsafe { CStr::from_ptr(f.as_ptr()) }.to_string_lossy().into_owned())
    };
    Ok(new_tuple(vec![field(&u.sysname), field(&u.nodename), field(&u.release), field(&u.version), field(&u.machine)]))
}

fn exit_now(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = args::to_c_int(vm, args::one(&a, "_exit")?)?;
    ophis_vm::sys::flush_stdout();
    // SAFETY: ends the process without running destructors, as os._exit does.
    unsafe { libc::_exit(code) }
}

fn kill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "kill", 2, 2)?;
    let pid = args::to_c_int(vm, &pos[0])?;
    let sig = args::to_c_int(vm, &pos[1])?;
    // SAFETY: plain system call.
    let r = unsafe { libc::kill(pid, sig) };
    check(vm, r, None)?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(
        module,
        &[
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("unlink", unlink),
            ("remove", remove),
            ("rename", rename),
            ("replace", replace),
            ("symlink", symlink),
            ("readlink", readlink),
            ("stat", stat),
            ("lstat", lstat),
            ("fstat", fstat),
            ("access", access),
            ("chmod", chmod),
            ("_utime_ns", utime_ns),
            ("open", open),
            ("close", close),
            ("read", read),
            ("write", write),
            ("lseek", lseek),
            ("pipe", pipe),
            ("isatty", isatty),
            ("dup", dup),
            ("dup2", dup2),
            ("fsync", fsync),
            ("_terminal_size", terminal_size),
            ("urandom", urandom),
            ("strerror", strerror),
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("umask", umask),
            ("cpu_count", cpu_count),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("_uname", uname),
            ("_exit", exit_now),
            ("kill", kill),
        ],
    );
    args::set_attr(module, "environ", environ_dict(vm)?);
    let ints: &[(&str, i64)] = &[
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("SEEK_SET", libc::SEEK_SET as i64),
        ("SEEK_CUR", libc::SEEK_CUR as i64),
        ("SEEK_END", libc::SEEK_END as i64),
        ("EX_OK", 0),
    ];
    for (name, v) in ints {
        args::set_attr(module, name, Value::Int(*v));
    }
    Ok(())
}

