//! The `complex(real, imag)` constructor: numbers, objects with `__complex__`/`__float__`/
//! `__index__`, and strings in the forms CPython accepts (`1+2j`, `(3-4j)`, `5j`, `-j`, `inf`,
//! PEP 515 underscores, Unicode digits and spaces), with CPython's messages.

use super::method_args::{Params, clinic};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::numbers::{as_float, as_int};
use crate::numeric::{self, Complex64};
use crate::object::Kind;
use crate::value::Value;
use crate::{PyResult, types};

/// The value of `complex(...)`; `Err` carries CPython's TypeError/ValueError.
pub(crate) fn complex_value(vm: &mut Vm, a: Args) -> PyResult<Complex64> {
    let mut with_receiver = Vec::with_capacity(a.values.len() + 1);
    with_receiver.push(Value::None);
    with_receiver.extend_from_slice(a.values);
    let bound = Args { values: &with_receiver, kwnames: a.kwnames };
    let [real, imag] = clinic(&bound, "complex", &Params::new(["real", "imag"], 0))?;
    // A string is parsed only when it is the one positional argument.
    if let (Some(r), None, false) = (real, imag, a.pos().is_empty()) {
        if let Some(text) = r.as_str() {
            return parse_complex(text);
        }
    }
    if let Some(r) = real {
        if r.as_str().is_some() {
            return Err(PyErr::type_error("complex() argument 'real' must be a real number, not str"));
        }
    }
    if let Some(i) = imag {
        if i.as_str().is_some() {
            return Err(PyErr::type_error("complex() argument 'imag' must be a real number, not str"));
        }
    }
    let re = match real {
        None => Complex64::new(0.0, 0.0),
        Some(r) => match part(vm, r)? {
            Some(z) => z,
            None if imag.is_none() => {
                return Err(PyErr::type_error(format!("complex() argument must be a string or a number, not {}", vm.type_name(r))));
            }
            None => return Err(PyErr::type_error(format!("complex() argument 'real' must be a real number, not {}", vm.type_name(r)))),
        },
    };
    let Some(i) = imag else { return Ok(re) };
    let im = part(vm, i)?.ok_or_else(|| PyErr::type_error(format!("complex() argument 'imag' must be a real number, not {}", vm.type_name(i))))?;
    // real + imag * 1j; the parts combine only where an argument is complex, so a signed zero
    // given as the imaginary part survives (`complex(1, -0.0)` is `(1-0j)`).
    let is_complex = |v: Option<&Value>| matches!(v.and_then(|v| v.kind()), Some(Kind::Complex { .. }));
    let real_part = if is_complex(Some(i)) { re.re - im.im } else { re.re };
    let imag_part = if is_complex(real) { im.re + re.im } else { im.re };
    Ok(Complex64::new(real_part, imag_part))
}

/// One argument as a complex number: a complex, `__complex__`, or a real number (float, int,
/// `__float__`, `__index__`); None for anything else (strings included).
fn part(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex64>> {
    if let Some(Kind::Complex { real, imag }) = v.kind() {
        return Ok(Some(Complex64::new(*real, *imag)));
    }
    if let Some(f) = as_float(v) {
        return Ok(Some(Complex64::new(f, 0.0)));
    }
    if let Some(i) = as_int(v) {
        let f = numeric::int_to_f64(&super::methods_int::to_int(&i)).map_err(super::methods_int::num_error)?;
        return Ok(Some(Complex64::new(f, 0.0)));
    }
    if v.as_str().is_some() {
        return Ok(None);
    }
    let class = vm.class_of(v);
    if types::lookup(&class, "__complex__").is_some() {
        let r = vm.call_method(v, "__complex__", &[])?.unwrap_or(Value::None);
        return match r.kind() {
            Some(Kind::Complex { real, imag }) => Ok(Some(Complex64::new(*real, *imag))),
            _ => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r)))),
        };
    }
    if types::lookup(&class, "__float__").is_some() || types::lookup(&class, "__index__").is_some() {
        return Ok(Some(Complex64::new(vm.to_float(v)?, 0.0)));
    }
    Ok(None)
}

fn malformed() -> PyErr {
    PyErr::value_error("complex() arg is a malformed string")
}

/// The longest prefix of `s` that is a float literal (sign, digits with an optional point and
/// exponent, or inf/infinity/nan), as C's `strtod` finds it; 0 when there is none.
fn float_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word) {
            return i + word.len();
        }
    }
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = digits(i);
    let mut j = i + int_digits;
    let mut frac_digits = 0;
    if s.get(j) == Some(&b'.') {
        frac_digits = digits(j + 1);
        j += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return 0;
    }
    if matches!(s.get(j), Some(b'e' | b'E')) {
        let mut k = j + 1;
        if matches!(s.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        let exp_digits = digits(k);
        if exp_digits > 0 {
            j = k + exp_digits;
        }
    }
    j
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `complex(text)`.
pub(crate) fn parse_complex(text: &str) -> PyResult<Complex64> {
    let ascii = numeric::numeric_ascii(text);
    // PEP 515: an underscore only between two digits; then the underscores go.
    let s: Vec<u8> = if ascii.contains(&b'_') {
        for (i, &b) in ascii.iter().enumerate() {
            if b == b'_' {
                let before = i.checked_sub(1).and_then(|p| ascii.get(p)).is_some_and(u8::is_ascii_digit);
                let after = ascii.get(i + 1).is_some_and(u8::is_ascii_digit);
                if !before || !after {
                    return Err(PyErr::value_error(format!("could not convert string to complex: {}", crate::format::str_repr(text))));
                }
            }
        }
        ascii.iter().copied().filter(|&b| b != b'_').collect()
    } else {
        ascii
    };
    let parse = |piece: &[u8]| numeric::parse_float_ascii(piece).ok_or_else(malformed);
    let mut p = 0;
    while p < s.len() && is_space(s[p]) {
        p += 1;
    }
    let bracket = s.get(p) == Some(&b'(');
    if bracket {
        p += 1;
        while p < s.len() && is_space(s[p]) {
            p += 1;
        }
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    let n = float_prefix(&s[p..]);
    if n > 0 {
        let first = parse(&s[p..p + n])?;
        p += n;
        if matches!(s.get(p), Some(b'+' | b'-')) {
            re = first;
            let m = float_prefix(&s[p..]);
            if m > 0 {
                im = parse(&s[p..p + m])?;
                p += m;
            } else {
                im = if s[p] == b'+' { 1.0 } else { -1.0 };
                p += 1;
            }
            if !is_j(s.get(p)) {
                return Err(malformed());
            }
            p += 1;
        } else if is_j(s.get(p)) {
            im = first;
            p += 1;
        } else {
            re = first;
        }
    } else {
        match s.get(p) {
            Some(b'+') => {
                im = 1.0;
                p += 1;
            }
            Some(b'-') => {
                im = -1.0;
                p += 1;
            }
            _ => im = 1.0,
        }
        if !is_j(s.get(p)) {
            return Err(malformed());
        }
        p += 1;
    }
    while p < s.len() && is_space(s[p]) {
        p += 1;
    }
    if bracket {
        if s.get(p) != Some(&b')') {
            return Err(malformed());
        }
        p += 1;
        while p < s.len() && is_space(s[p]) {
            p += 1;
        }
    }
    if p != s.len() {
        return Err(malformed());
    }
    Ok(Complex64::new(re, im))
}

#[cfg(test)]
mod tests {
    use super::float_prefix;

    #[test]
    fn float_prefixes() {
        assert_eq!(float_prefix(b"1e3-2j"), 3);
        assert_eq!(float_prefix(b"1e-j"), 1);
        assert_eq!(float_prefix(b"-infj"), 4);
        assert_eq!(float_prefix(b".5j"), 2);
        assert_eq!(float_prefix(b"j"), 0);
        assert_eq!(float_prefix(b"+j"), 0);
    }
}
