//! Checks every line of testdata/template_cases.jsonl (str.format / str.format_map by the
//! reference CPython 3.14) against the template driver run with a fake host.

use num_bigint::BigInt;
use serde_json::Value as Json;

use super::tests_fake::{Fake, decode};
use super::tests_spec::{expected, load_cases, s};
use super::*;

/// Any Python exception, as the fake VM raises it.
#[derive(Debug)]
struct FakeError(String, String);

impl From<FormatError> for FakeError {
    fn from(e: FormatError) -> Self {
        FakeError(e.kind.name().to_string(), e.message)
    }
}

struct Host {
    args: Option<Vec<Fake>>,
    kwargs: Vec<(String, Fake)>,
}

fn lift(r: Result<Fake, FormatError>) -> Result<Fake, FakeError> {
    r.map_err(FakeError::from)
}

impl TemplateHost for Host {
    type Value = Fake;
    type Error = FakeError;

    fn positional_count(&self) -> Option<usize> {
        self.args.as_ref().map(Vec::len)
    }
    fn positional(&mut self, index: usize) -> Fake {
        self.args.as_ref().unwrap()[index].clone()
    }
    fn keyword(&mut self, name: &str) -> Result<Fake, FakeError> {
        self.kwargs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| FakeError("KeyError".into(), str_repr(name)))
    }
    fn getattr(&mut self, obj: &Fake, name: &str) -> Result<Fake, FakeError> {
        let found = match (obj, name) {
            (Fake::Namespace(attrs), _) => attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            (Fake::Complex(re, _), "real") => Some(Fake::Float(*re)),
            (Fake::Complex(_, im), "imag") => Some(Fake::Float(*im)),
            (Fake::Int(i), "real") => Some(Fake::Int(i.clone())),
            _ => None,
        };
        found.ok_or_else(|| {
            FakeError(
                "AttributeError".into(),
                format!("'{}' object has no attribute '{name}'", obj.type_name()),
            )
        })
    }
    fn getitem_index(&mut self, obj: &Fake, index: usize) -> Result<Fake, FakeError> {
        lift(obj.get_item(&Fake::Int(BigInt::from(index))))
    }
    fn getitem_str(&mut self, obj: &Fake, key: &str) -> Result<Fake, FakeError> {
        lift(obj.get_item(&Fake::Str(key.to_string())))
    }
    fn convert(&mut self, obj: &Fake, conversion: Conversion) -> Result<Fake, FakeError> {
        Ok(Fake::Str(match conversion {
            Conversion::Repr => obj.repr(),
            Conversion::Str => obj.str(),
            Conversion::Ascii => obj.ascii(),
        }))
    }
    fn format(&mut self, obj: &Fake, spec: &str) -> Result<String, FakeError> {
        let r = match obj {
            Fake::Bool(_) if spec.is_empty() => Ok(obj.str()),
            Fake::Bool(b) => format_int(&BigInt::from(*b as u8), spec, "bool"),
            Fake::Int(i) => format_int(i, spec, "int"),
            Fake::Float(x) => format_float(*x, spec, "float"),
            Fake::Complex(re, im) => format_complex(*re, *im, spec, "complex"),
            Fake::Str(t) => format_str(t, spec, "str"),
            _ if spec.is_empty() => Ok(obj.str()),
            _ => Err(FormatError::type_error(format!(
                "unsupported format string passed to {}.__format__",
                obj.type_name()
            ))),
        };
        r.map_err(FakeError::from)
    }
}

fn pairs(v: &Json) -> Vec<(String, Fake)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|kv| (s(&kv[0]).to_string(), decode(&kv[1])))
        .collect()
}

#[test]
fn template_cases_match_cpython() {
    let cases = load_cases("template_cases.jsonl");
    assert!(cases.len() > 200);
    let mut failures = Vec::new();
    for case in &cases {
        let mut host = match s(&case["op"]) {
            "format" => Host {
                args: Some(
                    case["args"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(decode)
                        .collect(),
                ),
                kwargs: pairs(&case["kwargs"]),
            },
            "format_map" => Host {
                args: None,
                kwargs: pairs(&case["mapping"]),
            },
            other => panic!("unknown op {other}"),
        };
        let got =
            format_template(s(&case["tpl"]), &mut host).map_err(|e| format!("{}: {}", e.0, e.1));
        let want = expected(case);
        if got != want {
            failures.push(format!("{case}\n   want {want:?}\n    got {got:?}"));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} cases differ:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}
