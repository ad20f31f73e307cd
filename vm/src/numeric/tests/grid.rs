//! Checks every operation against `testdata/numeric_cases.txt`, the results the reference CPython 3.14 computed
//! for a grid of operands (see `testdata/gen.py` for the line format). Floats compare bit for bit; any NaN
//! matches any NaN (CPython does not promise NaN sign bits and `repr` never shows them).

use std::collections::BTreeMap;

use num_bigint::BigInt;

use super::super::*;

#[derive(Clone, Debug)]
enum V {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Bool(bool),
    None,
    Tuple(Vec<V>),
    Error(String, String),
}

fn same_float(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

impl PartialEq for V {
    fn eq(&self, other: &V) -> bool {
        match (self, other) {
            (V::Int(a), V::Int(b)) => a == b,
            (V::Float(a), V::Float(b)) => same_float(*a, *b),
            (V::Complex(a, b), V::Complex(c, d)) => same_float(*a, *c) && same_float(*b, *d),
            (V::Str(a), V::Str(b)) => a == b,
            (V::Bytes(a), V::Bytes(b)) => a == b,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::None, V::None) => true,
            (V::Tuple(a), V::Tuple(b)) => a == b,
            (V::Error(a, b), V::Error(c, d)) => a == c && b == d,
            _ => false,
        }
    }
}

fn hex_bytes(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex byte"))
        .collect()
}

fn float_bits(text: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(text, 16).expect("float bits"))
}

fn decode(field: &str) -> V {
    if let Some(rest) = field.strip_prefix("E:") {
        let (class, message) = rest.split_once(':').expect("error class");
        return V::Error(class.to_string(), message.to_string());
    }
    if field.contains(';') {
        return V::Tuple(field.split(';').map(decode).collect());
    }
    let (tag, body) = field.split_once(':').expect("tagged value");
    match tag {
        "i" => V::Int(body.parse().expect("decimal int")),
        "x" => {
            let (negative, digits) = match body.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, body),
            };
            let magnitude = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex int");
            V::Int(if negative { -magnitude } else { magnitude })
        }
        "f" => V::Float(float_bits(body)),
        "c" => {
            let (re, im) = body.split_once(',').expect("complex");
            V::Complex(float_bits(re), float_bits(im))
        }
        "t" => V::Str(body.to_string()),
        "s" => V::Str(String::from_utf8(hex_bytes(body)).expect("utf-8")),
        "b" => V::Bytes(hex_bytes(body)),
        "B" => V::Bool(body == "True"),
        "N" => V::None,
        _ => panic!("unknown tag {tag}"),
    }
}

fn int(v: &V) -> Int {
    match v {
        V::Int(b) => Int::from_big(b.clone()),
        V::Bool(b) => Int::from(*b),
        _ => panic!("expected int, got {v:?}"),
    }
}

fn float(v: &V) -> f64 {
    match v {
        V::Float(f) => *f,
        _ => panic!("expected float, got {v:?}"),
    }
}

fn complex_operand(v: &V) -> complex::ComplexOperand {
    match v {
        V::Float(f) => complex::ComplexOperand::Real(*f),
        V::Complex(re, im) => complex::ComplexOperand::Complex(Complex64::new(*re, *im)),
        _ => panic!("expected complex operand, got {v:?}"),
    }
}

fn complex_value(v: &V) -> Complex64 {
    match complex_operand(v) {
        complex::ComplexOperand::Complex(z) => z,
        complex::ComplexOperand::Real(x) => Complex64::new(x, 0.0),
    }
}

fn text(v: &V) -> &str {
    match v {
        V::Str(s) => s,
        _ => panic!("expected str, got {v:?}"),
    }
}

fn bytes(v: &V) -> &[u8] {
    match v {
        V::Bytes(b) => b,
        _ => panic!("expected bytes, got {v:?}"),
    }
}

fn boolean(v: &V) -> bool {
    match v {
        V::Bool(b) => *b,
        _ => panic!("expected bool, got {v:?}"),
    }
}

fn from_int(i: Int) -> V {
    V::Int(i.to_big())
}

fn from_number(n: Number) -> V {
    match n {
        Number::Int(i) => from_int(i),
        Number::Float(f) => V::Float(f),
        Number::Complex(z) => V::Complex(z.re, z.im),
    }
}

fn from_complex(z: Complex64) -> V {
    V::Complex(z.re, z.im)
}

fn wrap<T>(result: NumResult<T>, convert: impl FnOnce(T) -> V) -> V {
    match result {
        Ok(value) => convert(value),
        Err(e) => V::Error(e.class_name().to_string(), e.message().to_string()),
    }
}

fn ordering_name(ordering: Option<std::cmp::Ordering>) -> V {
    V::Str(
        match ordering {
            Some(std::cmp::Ordering::Less) => "lt",
            Some(std::cmp::Ordering::Equal) => "eq",
            Some(std::cmp::Ordering::Greater) => "gt",
            None => "un",
        }
        .to_string(),
    )
}

fn limit(v: &V) -> usize {
    int(v).to_i64().expect("limit") as usize
}

/// Computes `op` on the decoded arguments with the library under test.
fn evaluate(op: &str, a: &[V]) -> V {
    let i2 = |f: fn(&Int, &Int) -> Int| from_int(f(&int(&a[0]), &int(&a[1])));
    let int_pair = |(q, r): (Int, Int)| V::Tuple(vec![from_int(q), from_int(r)]);
    match op {
        "add" => i2(Int::add),
        "sub" => i2(Int::sub),
        "mul" => i2(Int::mul),
        "and" => i2(Int::bitand),
        "or" => i2(Int::bitor),
        "xor" => i2(Int::bitxor),
        "floordiv" => wrap(int(&a[0]).floordiv(&int(&a[1])), from_int),
        "mod" => wrap(int(&a[0]).modulo(&int(&a[1])), from_int),
        "divmod" => wrap(int(&a[0]).divmod(&int(&a[1])), int_pair),
        "truediv" => wrap(int(&a[0]).truediv(&int(&a[1])), V::Float),
        "neg" => from_int(int(&a[0]).neg()),
        "abs" => from_int(int(&a[0]).abs()),
        "invert" => from_int(int(&a[0]).invert()),
        "bit_length" => from_int(Int::from(int(&a[0]).bit_length())),
        "bit_count" => from_int(Int::from(int(&a[0]).bit_count())),
        "to_float" => wrap(int_to_f64(&int(&a[0])), V::Float),
        "hash_int" => from_int(Int::from(hash_int(&int(&a[0])))),
        "bin" => V::Str(int(&a[0]).to_bin_string()),
        "oct" => V::Str(int(&a[0]).to_oct_string()),
        "hex" => V::Str(int(&a[0]).to_hex_string()),
        "str_int" => wrap(int(&a[0]).to_decimal_string(limit(&a[1])), V::Str),
        "pow" => wrap(int(&a[0]).pow(&int(&a[1]), None), from_number),
        "powmod" => wrap(int(&a[0]).pow(&int(&a[1]), Some(&int(&a[2]))), from_number),
        "lshift" => wrap(int(&a[0]).lshift(&int(&a[1])), from_int),
        "rshift" => wrap(int(&a[0]).rshift(&int(&a[1])), from_int),
        "round_int" => wrap(int(&a[0]).round(&int(&a[1])), from_int),
        "to_bytes" => wrap(
            int(&a[0]).to_bytes(int(&a[1]).to_i64_saturating(), text(&a[2]), boolean(&a[3])),
            V::Bytes,
        ),
        "from_bytes" => wrap(
            Int::from_bytes(bytes(&a[0]), text(&a[1]), boolean(&a[2])),
            from_int,
        ),
        "cmp_int_float" => ordering_name(cmp_int_float(&int(&a[0]), float(&a[1]))),
        "float_to_int" => wrap(f64_to_int(float(&a[0])), from_int),
        "float_floor" => wrap(float_floor(float(&a[0])), from_int),
        "float_ceil" => wrap(float_ceil(float(&a[0])), from_int),
        "float_round" => wrap(float_round(float(&a[0])), from_int),
        "float_is_integer" => V::Bool(float_is_integer(float(&a[0]))),
        "float_ratio" => wrap(f64_as_integer_ratio(float(&a[0])), int_pair),
        "float_hex" => V::Str(float_to_hex(float(&a[0]))),
        "hash_float" => from_int(Int::from(hash_float(float(&a[0]), 0))),
        "float_floordiv" => wrap(float_floordiv(float(&a[0]), float(&a[1])), V::Float),
        "float_mod" => wrap(float_mod(float(&a[0]), float(&a[1])), V::Float),
        "float_truediv" => wrap(float_truediv(float(&a[0]), float(&a[1])), V::Float),
        "float_divmod" => wrap(float_divmod(float(&a[0]), float(&a[1])), |(q, r)| {
            V::Tuple(vec![V::Float(q), V::Float(r)])
        }),
        "float_pow" => wrap(float_pow(float(&a[0]), float(&a[1])), from_number),
        "float_round_nd" => wrap(
            float_round_ndigits(float(&a[0]), int(&a[1]).to_i64_saturating()),
            V::Float,
        ),
        "cadd" => from_complex(complex::add(complex_operand(&a[0]), complex_operand(&a[1]))),
        "csub" => from_complex(complex::sub(complex_operand(&a[0]), complex_operand(&a[1]))),
        "cmul" => from_complex(complex::mul(complex_operand(&a[0]), complex_operand(&a[1]))),
        "cdiv" => wrap(
            complex::truediv(complex_operand(&a[0]), complex_operand(&a[1])),
            from_complex,
        ),
        "cpow" => wrap(
            complex::pow(complex_value(&a[0]), complex_value(&a[1])),
            from_complex,
        ),
        "cabs" => wrap(complex::abs(complex_value(&a[0])), V::Float),
        "hash_complex" => {
            let z = complex_value(&a[0]);
            from_int(Int::from(hash_complex(z.re, z.im, 0)))
        }
        "hash_rational" => from_int(Int::from(hash_rational(&int(&a[0]), &int(&a[1])))),
        "int_str" => wrap(
            int_from_str(text(&a[0]), int(&a[1]).to_i64_saturating(), limit(&a[2])),
            from_int,
        ),
        "int_bytes" => wrap(
            int_from_bytes_text(bytes(&a[0]), int(&a[1]).to_i64_saturating(), limit(&a[2])),
            from_int,
        ),
        "float_str" => wrap(float_from_str(text(&a[0])), V::Float),
        "float_bytes" => wrap(float_from_bytes_text(bytes(&a[0])), V::Float),
        "float_fromhex" => wrap(float_from_hex(text(&a[0])), V::Float),
        _ => panic!("unknown op {op}"),
    }
}

fn shorten(text: String) -> String {
    if text.len() > 300 {
        format!(
            "{}…",
            &text[..text.char_indices().nth(300).map_or(text.len(), |(i, _)| i)]
        )
    } else {
        text
    }
}

#[test]
fn reference_grid() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/numeric/testdata/numeric_cases.txt"
    );
    let data = std::fs::read_to_string(path).expect("numeric_cases.txt");
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut total = 0;
    for line in data.lines() {
        let (call, expected) = line.split_once("\t=>\t").expect("=> separator");
        let mut fields = call.split('\t');
        let op = fields.next().expect("op");
        let args: Vec<V> = fields.map(decode).collect();
        let expected = decode(expected);
        let actual = evaluate(op, &args);
        total += 1;
        if actual != expected {
            failures
                .entry(op.to_string())
                .or_default()
                .push(shorten(format!(
                    "{args:?}\n      expected {expected:?}\n      actual   {actual:?}"
                )));
        }
    }
    assert!(total > 40_000, "the grid lost cases: {total}");
    if !failures.is_empty() {
        let mut report = String::new();
        for (op, cases) in &failures {
            report.push_str(&format!("{op}: {} failures\n", cases.len()));
            for case in cases.iter().take(6) {
                report.push_str(&format!("  {case}\n"));
            }
        }
        let count: usize = failures.values().map(Vec::len).sum();
        panic!("{count} of {total} reference cases differ:\n{report}");
    }
}
