//! Packing Python values into bytes and unpacking them, one format code at a time, with
//! CPython's range checks and messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use ophis_vm::builtins::new_bytes;
use ophis_vm::numbers::as_int;
use ophis_vm::object::{Kind, Object};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use super::format::{Code, Format, Mode};
use super::struct_error;

/// (min, max) of an integer code, and whether it is signed.
fn int_range(code: u8, size: usize) -> Option<(i128, i128)> {
    let bits = (size * 8) as u32;
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Some((-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' => Some((0, (1i128 << bits) - 1)),
        _ => None,
    }
}

fn put(buf: &mut [u8], mode: Mode, bytes_le: &[u8]) {
    match mode {
        Mode::Big => {
            for (d, s) in buf.iter_mut().zip(bytes_le.iter().rev()) {
                *d = *s;
            }
        }
        // Native order is little-endian on the platforms ophis targets.
        Mode::Little | Mode::Native => buf.copy_from_slice(bytes_le),
    }
}

fn get(buf: &[u8], mode: Mode) -> Vec<u8> {
    match mode {
        Mode::Big => buf.iter().rev().copied().collect(),
        Mode::Little | Mode::Native => buf.to_vec(),
    }
}

fn integer(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    if crate::args::has_method(vm, v, "__index__") {
        return crate::args::to_bigint(vm, v);
    }
    Err(struct_error("required argument is not an integer"))
}

fn float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    crate::args::to_f64(vm, v).map_err(|_| struct_error("required argument is not a float"))
}

fn complex(vm: &mut Vm, v: &Value) -> PyResult<(f64, f64)> {
    if let Some(Kind::Complex { real, imag }) = v.kind() {
        return Ok((*real, *imag));
    }
    if let Some(r) = vm.call_method(v, "__complex__", &[])?
        && let Some(Kind::Complex { real, imag }) = r.kind()
    {
        return Ok((*real, *imag));
    }
    crate::args::to_f64(vm, v).map(|f| (f, 0.0)).map_err(|_| struct_error("required argument is not a complex"))
}

fn f32_bytes(x: f64, code: char) -> PyResult<[u8; 4]> {
    let y = x as f32;
    if y.is_infinite() && x.is_finite() {
        return Err(PyErr::new("OverflowError", format!("float too large to pack with {code} format")));
    }
    Ok(y.to_le_bytes())
}

/// Packs one value of `code` into `buf` (exactly `code.size` bytes, or `count` for s/p).
fn pack_one(vm: &mut Vm, code: &Code, mode: Mode, v: &Value, buf: &mut [u8]) -> PyResult<()> {
    let c = code.code;
    match c {
        b'?' => buf[0] = vm.is_true(v)? as u8,
        b'c' => match v.kind() {
            Some(Kind::Bytes(b)) if b.len() == 1 => buf[0] = b[0],
            _ => return Err(struct_error("char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let data: Vec<u8> = match v.kind() {
                Some(Kind::Bytes(b)) => b.to_vec(),
                Some(Kind::ByteArray(b)) => b.lock().clone(),
                _ => return Err(struct_error(format!("argument for '{}' must be a bytes object", c as char))),
            };
            if c == b's' {
                let n = data.len().min(buf.len());
                buf[..n].copy_from_slice(&data[..n]);
            } else if !buf.is_empty() {
                let n = data.len().min(buf.len() - 1);
                buf[1..1 + n].copy_from_slice(&data[..n]);
                buf[0] = n.min(255) as u8;
            }
        }
        b'e' => {
            let x = float(vm, v)?;
            let h = half::f16::from_f64(x);
            if h.is_infinite() && x.is_finite() {
                return Err(PyErr::new("OverflowError", "float too large to pack with e format"));
            }
            put(buf, mode, &h.to_bits().to_le_bytes());
        }
        b'f' => {
            let x = float(vm, v)?;
            put(buf, mode, &f32_bytes(x, 'f')?);
        }
        b'd' => {
            let x = float(vm, v)?;
            put(buf, mode, &x.to_le_bytes());
        }
        b'F' => {
            let (re, im) = complex(vm, v)?;
            put(&mut buf[..4], mode, &(re as f32).to_le_bytes());
            put(&mut buf[4..], mode, &(im as f32).to_le_bytes());
        }
        b'D' => {
            let (re, im) = complex(vm, v)?;
            put(&mut buf[..8], mode, &re.to_le_bytes());
            put(&mut buf[8..], mode, &im.to_le_bytes());
        }
        b'P' => {
            let n = integer(vm, v)?;
            let word = match n.to_i64() {
                Some(i) => i as u64,
                None => n.to_u64().ok_or_else(|| struct_error("int too large to convert"))?,
            };
            put(buf, mode, &word.to_le_bytes());
        }
        _ => {
            let n = integer(vm, v)?;
            let (min, max) = int_range(c, code.size).expect("integer code");
            let value = n.to_i128().filter(|i| (min..=max).contains(i)).ok_or_else(|| {
                struct_error(format!("'{}' format requires {min} <= number <= {max}", c as char))
            })?;
            put(buf, mode, &value.to_le_bytes()[..code.size]);
        }
    }
    Ok(())
}

/// Packs `values` by `fmt` into `out` (`fmt.size` bytes, zero-filled by the caller).
pub fn pack_into(vm: &mut Vm, fmt: &Format, values: &[Value], out: &mut [u8], caller: &str) -> PyResult<()> {
    if values.len() != fmt.len {
        return Err(struct_error(format!("{caller} expected {} items for packing (got {})", fmt.len, values.len())));
    }
    let mut next = values.iter();
    for code in &fmt.codes {
        match code.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().expect("counted");
                pack_one(vm, code, fmt.mode, v, &mut out[code.offset..code.offset + code.count])?;
            }
            _ => {
                for i in 0..code.count {
                    let v = next.next().expect("counted");
                    let at = code.offset + i * code.size;
                    pack_one(vm, code, fmt.mode, v, &mut out[at..at + code.size])?;
                }
            }
        }
    }
    Ok(())
}

fn unpack_one(code: &Code, mode: Mode, buf: &[u8]) -> Value {
    let c = code.code;
    match c {
        b'?' => Value::Bool(buf[0] != 0),
        b'c' => new_bytes(vec![buf[0]]),
        b's' => new_bytes(buf.to_vec()),
        b'p' => {
            if buf.is_empty() {
                return new_bytes(Vec::new());
            }
            let n = (buf[0] as usize).min(buf.len() - 1);
            new_bytes(buf[1..1 + n].to_vec())
        }
        b'e' => {
            let b = get(buf, mode);
            Value::Float(half::f16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f64())
        }
        b'f' => Value::Float(f32::from_le_bytes(get(buf, mode).try_into().expect("4 bytes")) as f64),
        b'd' => Value::Float(f64::from_le_bytes(get(buf, mode).try_into().expect("8 bytes"))),
        b'F' => {
            let re = f32::from_le_bytes(get(&buf[..4], mode).try_into().expect("4 bytes")) as f64;
            let im = f32::from_le_bytes(get(&buf[4..], mode).try_into().expect("4 bytes")) as f64;
            complex_value(re, im)
        }
        b'D' => {
            let re = f64::from_le_bytes(get(&buf[..8], mode).try_into().expect("8 bytes"));
            let im = f64::from_le_bytes(get(&buf[8..], mode).try_into().expect("8 bytes"));
            complex_value(re, im)
        }
        _ => {
            let le = get(buf, mode);
            let mut wide = [0u8; 16];
            wide[..le.len()].copy_from_slice(&le);
            let signed = matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            if signed && le[le.len() - 1] & 0x80 != 0 {
                for b in wide[le.len()..].iter_mut() {
                    *b = 0xff;
                }
            }
            let v = i128::from_le_bytes(wide);
            match i64::try_from(v) {
                Ok(i) => Value::Int(i),
                Err(_) => crate::args::big(BigInt::from(v)),
            }
        }
    }
}

fn complex_value(re: f64, im: f64) -> Value {
    Value::Obj(Object::new(ophis_vm::types::builtin().complex.clone(), Kind::Complex { real: re, imag: im }))
}

/// Unpacks `data` (exactly `fmt.size` bytes) into values.
pub fn unpack(fmt: &Format, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(fmt.len);
    for code in &fmt.codes {
        match code.code {
            b'x' => {}
            b's' | b'p' => out.push(unpack_one(code, fmt.mode, &data[code.offset..code.offset + code.count])),
            _ => {
                for i in 0..code.count {
                    let at = code.offset + i * code.size;
                    out.push(unpack_one(code, fmt.mode, &data[at..at + code.size]));
                }
            }
        }
    }
    out
}
