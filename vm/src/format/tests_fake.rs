//! A stand-in for the VM's values, decoded from the tagged JSON of the generated test data, with
//! the host traits implemented on top of this library's own reprs (themselves checked against
//! CPython in tests_spec).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use serde_json::Value as Json;

use super::tests_spec::{f64_of, s};
use super::*;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Fake {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    List(Vec<Fake>),
    Tuple(Vec<Fake>),
    Dict(Vec<(Fake, Fake)>),
    /// A `types.SimpleNamespace` with attributes in order.
    Namespace(Vec<(String, Fake)>),
}

fn byte_list(v: &Json) -> Vec<u8> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as u8)
        .collect()
}

pub(super) fn decode(v: &Json) -> Fake {
    let a = v.as_array().unwrap();
    let items = |j: &Json| j.as_array().unwrap().iter().map(decode).collect::<Vec<_>>();
    match s(&a[0]) {
        "none" => Fake::None,
        "bool" => Fake::Bool(a[1].as_bool().unwrap()),
        "int" => Fake::Int(s(&a[1]).parse().unwrap()),
        "float" => Fake::Float(f64_of(&a[1])),
        "complex" => Fake::Complex(f64_of(&a[1]), f64_of(&a[2])),
        "str" => Fake::Str(s(&a[1]).to_string()),
        "bytes" => Fake::Bytes(byte_list(&a[1])),
        "bytearray" => Fake::ByteArray(byte_list(&a[1])),
        "list" => Fake::List(items(&a[1])),
        "tuple" => Fake::Tuple(items(&a[1])),
        "dict" => Fake::Dict(
            a[1].as_array()
                .unwrap()
                .iter()
                .map(|kv| (decode(&kv[0]), decode(&kv[1])))
                .collect(),
        ),
        "ns" => Fake::Namespace(
            a[1].as_array()
                .unwrap()
                .iter()
                .map(|kv| (s(&kv[0]).to_string(), decode(&kv[1])))
                .collect(),
        ),
        other => panic!("unknown fake value {other}"),
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

impl Fake {
    pub(super) fn type_name(&self) -> &'static str {
        match self {
            Fake::None => "NoneType",
            Fake::Bool(_) => "bool",
            Fake::Int(_) => "int",
            Fake::Float(_) => "float",
            Fake::Complex(..) => "complex",
            Fake::Str(_) => "str",
            Fake::Bytes(_) => "bytes",
            Fake::ByteArray(_) => "bytearray",
            Fake::List(_) => "list",
            Fake::Tuple(_) => "tuple",
            Fake::Dict(_) => "dict",
            Fake::Namespace(_) => "types.SimpleNamespace",
        }
    }

    pub(super) fn repr(&self) -> String {
        match self {
            Fake::None => "None".into(),
            Fake::Bool(b) => if *b { "True" } else { "False" }.into(),
            Fake::Int(i) => i.to_string(),
            Fake::Float(x) => float_repr(*x),
            Fake::Complex(re, im) => complex_repr(*re, *im),
            Fake::Str(t) => str_repr(t),
            Fake::Bytes(b) => bytes_repr(b),
            Fake::ByteArray(b) => format!("bytearray({})", bytes_repr(b)),
            Fake::List(v) => format!("[{}]", join(v.iter().map(Fake::repr))),
            Fake::Tuple(v) if v.len() == 1 => format!("({},)", v[0].repr()),
            Fake::Tuple(v) => format!("({})", join(v.iter().map(Fake::repr))),
            Fake::Dict(kv) => format!(
                "{{{}}}",
                join(
                    kv.iter()
                        .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                )
            ),
            Fake::Namespace(kv) => format!(
                "namespace({})",
                join(kv.iter().map(|(k, v)| format!("{k}={}", v.repr())))
            ),
        }
    }

    pub(super) fn str(&self) -> String {
        match self {
            Fake::Str(t) => t.clone(),
            other => other.repr(),
        }
    }

    pub(super) fn ascii(&self) -> String {
        // ascii(x) is repr(x) with its non-ASCII characters escaped.
        let mut out = String::new();
        for c in self.repr().chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                let lit = ascii_repr(&c.to_string());
                out.push_str(&lit[1..lit.len() - 1]);
            }
        }
        out
    }

    pub(super) fn get_item(&self, key: &Fake) -> Result<Fake, FormatError> {
        match self {
            Fake::Dict(kv) => kv
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| FormatError::new(ErrorKind::KeyError, key.repr())),
            Fake::List(items) | Fake::Tuple(items) => match key {
                Fake::Int(i) => i
                    .to_usize()
                    .and_then(|i| items.get(i).cloned())
                    .ok_or_else(|| {
                        FormatError::new(
                            ErrorKind::IndexError,
                            format!("{} index out of range", self.type_name()),
                        )
                    }),
                other => Err(FormatError::type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    self.type_name(),
                    other.type_name()
                ))),
            },
            Fake::Str(t) => match key {
                Fake::Int(i) => i
                    .to_usize()
                    .and_then(|i| t.chars().nth(i))
                    .map(|c| Fake::Str(c.to_string()))
                    .ok_or_else(|| {
                        FormatError::new(ErrorKind::IndexError, "string index out of range")
                    }),
                other => Err(FormatError::type_error(format!(
                    "string indices must be integers, not '{}'",
                    other.type_name()
                ))),
            },
            Fake::Bytes(_) => Err(FormatError::type_error(format!(
                "byte indices must be integers or slices, not {}",
                key.type_name()
            ))),
            Fake::ByteArray(_) => Err(FormatError::type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                key.type_name()
            ))),
            other => Err(FormatError::type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }
}

pub(super) struct FakeHost;

impl PercentHost for FakeHost {
    type Value = Fake;
    type Error = FormatError;

    fn type_name(&self, v: &Fake) -> String {
        v.type_name().to_string()
    }
    fn get_item_str(&mut self, mapping: &Fake, key: &str) -> Result<Fake, FormatError> {
        mapping.get_item(&Fake::Str(key.to_string()))
    }
    fn get_item_bytes(&mut self, mapping: &Fake, key: &[u8]) -> Result<Fake, FormatError> {
        mapping.get_item(&Fake::Bytes(key.to_vec()))
    }
    fn as_int(&self, v: &Fake) -> Option<BigInt> {
        match v {
            Fake::Int(i) => Some(i.clone()),
            Fake::Bool(b) => Some(BigInt::from(*b as u8)),
            _ => None,
        }
    }
    fn int_value(
        &mut self,
        v: &Fake,
        coercion: IntCoercion,
    ) -> Result<Option<BigInt>, FormatError> {
        match (v, coercion) {
            (Fake::Float(x), IntCoercion::Number) => {
                if x.is_nan() {
                    Err(FormatError::value("cannot convert float NaN to integer"))
                } else if x.is_infinite() {
                    Err(FormatError::overflow(
                        "cannot convert float infinity to integer",
                    ))
                } else {
                    Ok(num_traits::FromPrimitive::from_f64(x.trunc()))
                }
            }
            _ => Ok(self.as_int(v)),
        }
    }
    fn float_value(&mut self, v: &Fake) -> Result<Option<f64>, FormatError> {
        match v {
            Fake::Float(x) => Ok(Some(*x)),
            _ => self.as_int(v).map(|i| int_to_f64(&i)).transpose(),
        }
    }
    fn str(&mut self, v: &Fake) -> Result<String, FormatError> {
        Ok(v.str())
    }
    fn repr(&mut self, v: &Fake) -> Result<String, FormatError> {
        Ok(v.repr())
    }
    fn ascii(&mut self, v: &Fake) -> Result<String, FormatError> {
        Ok(v.ascii())
    }
    fn as_str(&self, v: &Fake) -> Option<String> {
        match v {
            Fake::Str(t) => Some(t.clone()),
            _ => None,
        }
    }
    fn as_bytes(&self, v: &Fake) -> Option<Vec<u8>> {
        match v {
            Fake::Bytes(b) | Fake::ByteArray(b) => Some(b.clone()),
            _ => None,
        }
    }
    fn bytes_value(&mut self, v: &Fake) -> Result<Option<Vec<u8>>, FormatError> {
        Ok(self.as_bytes(v))
    }
}
