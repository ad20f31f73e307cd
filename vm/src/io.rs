//! `open()` and its file objects (a first cut of `io`): text and binary files for reading,
//! writing and appending, line iteration, context-manager use.

use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::builtins::{add_method, intern, native_function, new_bytes, new_list, new_str};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

struct FileState {
    file: Option<std::fs::File>,
    /// Bytes read from the file and not yet consumed.
    buffer: Vec<u8>,
    eof: bool,
}

pub struct FileObject {
    state: Mutex<FileState>,
    text: bool,
    readable: bool,
    writable: bool,
    name: String,
    mode: String,
}

fn file_type(text: bool) -> &'static ObjRef {
    static TEXT: OnceLock<ObjRef> = OnceLock::new();
    static BINARY: OnceLock<ObjRef> = OnceLock::new();
    let cell = if text { &TEXT } else { &BINARY };
    cell.get_or_init(|| {
        let b = types::builtin();
        let name = if text { "TextIOWrapper" } else { "BufferedReader" };
        let data = TypeData::new(name, vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
        let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
        t.make_immortal();
        let methods: &[(&str, crate::function::NativeFn)] = &[
            ("read", file_read),
            ("readline", file_readline),
            ("readlines", file_readlines),
            ("write", file_write),
            ("writelines", file_writelines),
            ("close", file_close),
            ("flush", file_flush),
            ("__enter__", file_enter),
            ("__exit__", file_exit),
            ("__iter__", file_enter),
            ("__next__", file_next),
            ("seek", file_seek),
            ("tell", file_tell),
            ("readable", file_readable),
            ("writable", file_writable),
        ];
        for (n, f) in methods {
            add_method(&t, n, *f);
        }
        t
    })
}

pub(crate) fn os_error(e: &std::io::Error, filename: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        _ if errno == 21 => "IsADirectoryError",
        _ if errno == 20 => "NotADirectoryError",
        _ => "OSError",
    };
    let message = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::AlreadyExists => "File exists".to_string(),
        _ if errno == 21 => "Is a directory".to_string(),
        _ => e.to_string().split(" (os error").next().unwrap_or("").to_string(),
    };
    PyErr::with_args(class, vec![Value::Int(errno as i64), new_str(message), new_str(filename)])
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let file = pos.first().or_else(|| args.kwarg("file")).cloned().ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = match pos.get(1).or_else(|| args.kwarg("mode")) {
        Some(m) => m.as_str().ok_or_else(|| PyErr::type_error("open() argument 'mode' must be str"))?.to_string(),
        None => "r".to_string(),
    };
    let name = match &file {
        Value::Obj(o) if o.as_str().is_some() => o.as_str().expect("str").as_str().to_string(),
        other => return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(other)))),
    };
    let mut opts = std::fs::OpenOptions::new();
    let text = !mode.contains('b');
    let plus = mode.contains('+');
    let (readable, writable) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') | None => {
            opts.read(true).write(plus);
            (true, plus)
        }
        Some('w') => {
            opts.write(true).create(true).truncate(true).read(plus);
            (plus, true)
        }
        Some('a') => {
            opts.append(true).create(true).read(plus);
            (plus, true)
        }
        _ => {
            opts.write(true).create_new(true).read(plus);
            (plus, true)
        }
    };
    if mode.chars().any(|c| !"rwaxbt+".contains(c)) || (mode.contains('b') && mode.contains('t')) {
        return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
    }
    let f = opts.open(&name).map_err(|e| os_error(&e, &name))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr::with_args("IsADirectoryError", vec![Value::Int(21), new_str("Is a directory"), new_str(name.as_str())]));
    }
    let obj = FileObject {
        state: Mutex::new(FileState { file: Some(f), buffer: Vec::new(), eof: false }),
        text,
        readable,
        writable,
        name: name.clone(),
        mode: mode.clone(),
    };
    let o = Object::new(file_type(text).clone(), Kind::Native(Box::new(obj)));
    let d = o.dict_or_create().as_dict().expect("dict");
    d.set_str(intern("name"), new_str(name));
    d.set_str(intern("mode"), new_str(mode));
    Ok(Value::Obj(o))
}

fn this_file<'a>(args: &Args<'a>) -> PyResult<&'a FileObject> {
    args.values.first().and_then(|v| v.as_obj()).and_then(|o| o.as_native::<FileObject>()).ok_or_else(|| PyErr::type_error("expected a file object"))
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

impl FileObject {
    /// Fills the buffer until it holds `want` bytes, a newline (when `line`), or the end.
    fn fill(&self, st: &mut FileState, want: Option<usize>, line: bool) -> PyResult<()> {
        let Some(f) = st.file.as_mut() else { return Err(closed_error()) };
        if !self.readable {
            return Err(PyErr::new("UnsupportedOperation", "not readable"));
        }
        let mut chunk = [0u8; 8192];
        loop {
            if st.eof || want.is_some_and(|w| st.buffer.len() >= w) || (line && st.buffer.contains(&b'\n')) {
                return Ok(());
            }
            match f.read(&mut chunk) {
                Ok(0) => st.eof = true,
                Ok(n) => st.buffer.try_reserve(n).map(|_| st.buffer.extend_from_slice(&chunk[..n])).map_err(|_| PyErr::new("MemoryError", ""))?,
                Err(e) => return Err(os_error(&e, &self.name)),
            }
        }
    }

    fn output(&self, bytes: Vec<u8>) -> Value {
        if self.text {
            let s = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            new_str(s)
        } else {
            new_bytes(bytes)
        }
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let size = match args.values.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let bytes = crate::gil::allow_threads(|| read_bytes(f, size))?;
    Ok(f.output(bytes))
}

/// Reads `size` characters (text) or bytes, all when negative. Blocks without the GIL.
fn read_bytes(f: &FileObject, size: i64) -> PyResult<Vec<u8>> {
    let mut st = f.state.lock();
    Ok(if size < 0 {
        f.fill(&mut st, None, false)?;
        std::mem::take(&mut st.buffer)
    } else {
        // Text sizes count characters; read enough bytes for them.
        let want = if f.text { size as usize * 4 } else { size as usize };
        f.fill(&mut st, Some(want), false)?;
        if f.text {
            let text = String::from_utf8_lossy(&st.buffer).into_owned();
            let taken: String = text.chars().take(size as usize).collect();
            let n = taken.len().min(st.buffer.len());
            st.buffer.drain(..n).collect()
        } else {
            let n = (size as usize).min(st.buffer.len());
            st.buffer.drain(..n).collect()
        }
    })
}

fn read_line(f: &FileObject) -> PyResult<Vec<u8>> {
    crate::gil::allow_threads(|| read_line_locked(f))
}

fn read_line_locked(f: &FileObject) -> PyResult<Vec<u8>> {
    let mut st = f.state.lock();
    f.fill(&mut st, None, true)?;
    let n = st.buffer.iter().position(|&b| b == b'\n').map_or(st.buffer.len(), |i| i + 1);
    Ok(st.buffer.drain(..n).collect())
}

fn file_readline(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    Ok(f.output(read_line(f)?))
}

fn file_readlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let mut lines = Vec::new();
    loop {
        let l = read_line(f)?;
        if l.is_empty() {
            break;
        }
        lines.push(f.output(l));
    }
    Ok(new_list(lines))
}

fn file_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let l = read_line(f)?;
    if l.is_empty() {
        return Err(PyErr::with_args("StopIteration", vec![]));
    }
    Ok(f.output(l))
}

fn write_bytes(f: &FileObject, data: &[u8]) -> PyResult<()> {
    let mut st = f.state.lock();
    let Some(file) = st.file.as_mut() else { return Err(closed_error()) };
    if !f.writable {
        return Err(PyErr::new("UnsupportedOperation", "not writable"));
    }
    file.write_all(data).map_err(|e| os_error(&e, &f.name))
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let data = args.values.get(1).ok_or_else(|| PyErr::type_error("write() takes exactly one argument (0 given)"))?;
    if f.text {
        let s = data.as_str().ok_or_else(|| PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(data))))?;
        write_bytes(f, s.as_bytes())?;
        Ok(Value::Int(s.chars().count() as i64))
    } else {
        let bytes = match crate::buffer::bytes_of_checked(data)? {
            Some(b) => b.into_owned(),
            None => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(data)))),
        };
        write_bytes(f, &bytes)?;
        Ok(Value::Int(bytes.len() as i64))
    }
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = vm.collect_iterable(args.values.get(1).unwrap_or(&Value::None))?;
    for item in items {
        file_write(vm, Args::positional(&[args.values[0].clone(), item]))?;
    }
    Ok(Value::None)
}

fn file_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let file = f.state.lock().file.take();
    drop(file);
    if let Some(Value::Obj(o)) = args.values.first() {
        if let Some(d) = o.dict_if_present().and_then(|d| d.as_dict()) {
            d.set_str(intern("closed"), Value::Bool(true));
        }
    }
    Ok(Value::None)
}

fn file_flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    if let Some(file) = f.state.lock().file.as_mut() {
        let _ = file.flush();
    }
    Ok(Value::None)
}

fn file_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    if f.state.lock().file.is_none() {
        return Err(closed_error());
    }
    Ok(args.values[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_close(vm, Args::positional(&args.values[..1]))?;
    Ok(Value::None)
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let offset = vm.index_value(args.values.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = match args.values.get(2) { Some(v) => vm.index_value(v)?, None => 0 };
    let mut st = f.state.lock();
    st.buffer.clear();
    st.eof = false;
    let Some(file) = st.file.as_mut() else { return Err(closed_error()) };
    let target = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    let p = file.seek(target).map_err(|e| os_error(&e, &f.name))?;
    Ok(Value::Int(p as i64))
}

fn file_tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_file(&args)?;
    let mut st = f.state.lock();
    let buffered = st.buffer.len() as i64;
    let Some(file) = st.file.as_mut() else { return Err(closed_error()) };
    let p = file.stream_position().map_err(|e| os_error(&e, &f.name))?;
    Ok(Value::Int(p as i64 - buffered))
}

fn file_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_file(&args)?.readable))
}

fn file_writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_file(&args)?.writable))
}

pub fn install(b: &crate::dict::Dict) {
    b.set_str(intern("open"), Value::Obj(native_function("open", None, open)));
    let _ = file_type(true);
    let _ = file_type(false);
}

#[allow(dead_code)]
fn _mode(f: &FileObject) -> &str {
    &f.mode
}
