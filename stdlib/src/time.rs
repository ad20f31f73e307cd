//! `_time`: the clocks and the C library's calendar functions behind `time` (`lib/time.py`
//! builds `struct_time`, `asctime`, `strptime` and the clock info on top). Broken-down times
//! travel as 11-tuples: the 9 `struct_time` fields, then `tm_zone` and `tm_gmtoff`.

use std::ffi::{CStr, CString};

use ophis_vm::builtins::{new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::numbers::{IntRef, as_float, as_int};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;

fn clock_ns(clock: libc::clockid_t) -> PyResult<i128> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-pointer.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return Err(PyErr::new("OSError", std::io::Error::last_os_error().to_string()));
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

fn ns_value(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => args::big(ns.into()),
    }
}

fn seconds(ns: i128) -> Value {
    Value::Float(ns as f64 * 1e-9)
}

fn clock_id(vm: &mut Vm, a: &Args, name: &str) -> PyResult<libc::clockid_t> {
    let v = args::one(a, name)?;
    Ok(args::to_c_int(vm, v)? as libc::clockid_t)
}

macro_rules! clocks {
    ($($float:ident, $ns:ident, $name:literal, $clock:expr;)*) => {
        $(
            fn $float(_vm: &mut Vm, a: Args) -> PyResult<Value> {
                args::none(&a, $name)?;
                Ok(seconds(clock_ns($clock)?))
            }
            fn $ns(_vm: &mut Vm, a: Args) -> PyResult<Value> {
                args::none(&a, concat!($name, "_ns"))?;
                Ok(ns_value(clock_ns($clock)?))
            }
        )*
    };
}

clocks! {
    time, time_ns, "time", libc::CLOCK_REALTIME;
    monotonic, monotonic_ns, "monotonic", libc::CLOCK_MONOTONIC;
    perf_counter, perf_counter_ns, "perf_counter", libc::CLOCK_MONOTONIC;
    process_time, process_time_ns, "process_time", libc::CLOCK_PROCESS_CPUTIME_ID;
    thread_time, thread_time_ns, "thread_time", libc::CLOCK_THREAD_CPUTIME_ID;
}

fn clock_gettime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = clock_id(vm, &a, "clock_gettime")?;
    Ok(seconds(clock_ns(c)?))
}

fn clock_gettime_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = clock_id(vm, &a, "clock_gettime_ns")?;
    Ok(ns_value(clock_ns(c)?))
}

fn clock_getres(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = clock_id(vm, &a, "clock_getres")?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-pointer.
    if unsafe { libc::clock_getres(c, &mut ts) } != 0 {
        return Err(PyErr::new("OSError", std::io::Error::last_os_error().to_string()));
    }
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// A duration or timestamp argument in seconds: int or float (not str, not None).
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return match i {
            IntRef::Small(s) => Ok(s as f64),
            IntRef::Big(_) => Err(PyErr::new("OverflowError", "timestamp too large to convert to C _PyTime_t")),
        };
    }
    if args::has_method(vm, v, "__float__") || args::has_method(vm, v, "__index__") {
        return args::to_f64(vm, v);
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "sleep")?;
    let secs = seconds_arg(vm, v).map_err(|e| {
        if e.is("TypeError") { PyErr::type_error(format!("'{}' object cannot be interpreted as an integer or float", vm.type_name(v))) } else { e }
    })?;
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(PyErr::new("OverflowError", "timestamp too large to convert to C _PyTime_t"));
    }
    ophis_vm::signals::sleep(std::time::Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

/// A timestamp argument as time_t (None means now), floored as CPython does.
fn time_t_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::time_t> {
    let v = match v {
        None | Some(Value::None) => return Ok(clock_ns(libc::CLOCK_REALTIME)?.div_euclid(1_000_000_000) as libc::time_t),
        Some(v) => v,
    };
    if let Some(i) = as_int(v) {
        return match i {
            IntRef::Small(s) => Ok(s as libc::time_t),
            IntRef::Big(_) => Err(PyErr::new("OverflowError", "timestamp out of range for platform time_t")),
        };
    }
    let f = seconds_arg(vm, v)?;
    if f.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    let f = f.floor();
    if !(-9.2e18..9.2e18).contains(&f) {
        return Err(PyErr::new("OverflowError", "timestamp out of range for platform time_t"));
    }
    Ok(f as libc::time_t)
}

fn tm_tuple(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: tm_zone points to a NUL-terminated string owned by the C library.
        new_str(unsafe { CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned())
    };
    new_tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff),
    ])
}

fn empty_tm() -> libc::tm {
    // SAFETY: libc::tm is plain data; all-zero is a valid value (null tm_zone).
    unsafe { std::mem::zeroed() }
}

fn broken_down(vm: &mut Vm, a: Args, name: &str, local: bool) -> PyResult<Value> {
    let pos = args::range(&a, name, 0, 1)?;
    let t = time_t_arg(vm, pos.first())?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to a time_t and a tm for the duration of the call.
    let ok = unsafe { if local { !libc::localtime_r(&t, &mut tm).is_null() } else { !libc::gmtime_r(&t, &mut tm).is_null() } };
    if !ok {
        return Err(PyErr::new("OverflowError", "timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

fn gmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    broken_down(vm, a, "gmtime", false)
}

fn localtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    broken_down(vm, a, "localtime", true)
}

/// A struct_time-like 9-sequence (already checked by `time.py`) as a C tm.
fn tm_from(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let items = vm.collect_iterable(v)?;
    if items.len() < 9 {
        return Err(PyErr::type_error("time tuple must have 9 elements"));
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        *slot = args::to_c_int(vm, item)?;
    }
    let mut tm = empty_tm();
    tm.tm_year = f[0].wrapping_sub(1900);
    tm.tm_mon = f[1].wrapping_sub(1);
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = f[6].wrapping_add(1).rem_euclid(7);
    tm.tm_yday = f[7].wrapping_sub(1);
    tm.tm_isdst = f[8];
    // struct_time's tm_gmtoff (item 10) for %z; tm_zone is set by the caller.
    if let Some(IntRef::Small(off)) = items.get(10).and_then(as_int) {
        tm.tm_gmtoff = off;
    }
    Ok(tm)
}

/// struct_time's tm_zone (item 9) as a C string, for %Z.
fn zone_of(vm: &mut Vm, v: &Value) -> PyResult<Option<CString>> {
    let items = vm.collect_iterable(v)?;
    Ok(items.get(9).and_then(|z| z.as_str()).and_then(|z| CString::new(z).ok()))
}

fn mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one(&a, "mktime")?;
    let mut tm = tm_from(vm, v)?;
    // mktime returns -1 both for errors and for one second before the epoch: a sentinel
    // weekday tells them apart.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, initialised struct.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new("OverflowError", "mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

fn strftime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = args::range(&a, "strftime", 2, 2)?;
    let format = args::to_str(vm, &pos[0], "strftime() argument 1")?.to_string();
    let mut tm = tm_from(vm, &pos[1])?;
    let zone = zone_of(vm, &pos[1])?;
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    // Formats may contain NULs, which the C function would stop at: format each piece.
    let mut out = String::new();
    for (i, piece) in format.split('\0').enumerate() {
        if i > 0 {
            out.push('\0');
        }
        out.push_str(&strftime_piece(piece, &tm)?);
    }
    Ok(new_str(out))
}

fn strftime_piece(format: &str, tm: &libc::tm) -> PyResult<String> {
    if format.is_empty() {
        return Ok(String::new());
    }
    let c_format = CString::new(format).map_err(|_| PyErr::value_error("embedded null character"))?;
    let mut size = 256usize.max(format.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; format and tm are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, c_format.as_ptr(), tm) };
        if n > 0 || size > format.len() * 256 + 4096 {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 4;
    }
}

fn tzset(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::none(&a, "tzset")?;
    unsafe extern "C" {
        fn tzset();
    }
    // SAFETY: re-reads TZ; no arguments.
    unsafe { tzset() };
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions_as(
        module,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("clock_gettime", clock_gettime),
            ("clock_gettime_ns", clock_gettime_ns),
            ("clock_getres", clock_getres),
            ("sleep", sleep),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("strftime", strftime),
            ("tzset", tzset),
        ],
    );
    for (name, value) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        args::set_attr(module, name, Value::Int(value as i64));
    }
    Ok(())
}
