//! Checks every line of testdata/spec_cases.jsonl (results of the reference CPython 3.14) against
//! this library: float/complex reprs, format() of int/float/complex/str, and str/bytes reprs.

use num_bigint::BigInt;
use serde_json::Value as Json;

use super::*;

pub(super) fn load_cases(name: &str) -> Vec<Json> {
    let path = format!("{}/src/format/testdata/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l}: {e}")))
        .collect()
}

pub(super) fn f64_of(v: &Json) -> f64 {
    f64::from_bits(u64::from_str_radix(v.as_str().unwrap(), 16).unwrap())
}

pub(super) fn s(v: &Json) -> &str {
    v.as_str().unwrap()
}

/// The expected result of a case as `Ok(text)` or `Err("Kind: message")`.
pub(super) fn expected(case: &Json) -> Result<String, String> {
    if let Some(out) = case.get("out") {
        Ok(s(out).to_string())
    } else {
        let err = case["err"].as_array().unwrap();
        Err(format!("{}: {}", s(&err[0]), s(&err[1])))
    }
}

pub(super) fn actual(r: Result<String, FormatError>) -> Result<String, String> {
    r.map_err(|e| format!("{}: {}", e.kind.name(), e.message))
}

fn run_case(case: &Json) -> Result<String, String> {
    let op = s(&case["op"]);
    match op {
        "float_repr" | "float_str" => Ok(float_repr(f64_of(&case["x"]))),
        "format_float" => actual(format_float(
            f64_of(&case["x"]),
            s(&case["spec"]),
            s(&case["type"]),
        )),
        "format_int" => {
            let v: BigInt = s(&case["v"]).parse().unwrap();
            actual(format_int(&v, s(&case["spec"]), s(&case["type"])))
        }
        "complex_repr" => Ok(complex_repr(f64_of(&case["re"]), f64_of(&case["im"]))),
        "format_complex" => actual(format_complex(
            f64_of(&case["re"]),
            f64_of(&case["im"]),
            s(&case["spec"]),
            s(&case["type"]),
        )),
        "format_str" => actual(format_str(
            s(&case["s"]),
            s(&case["spec"]),
            s(&case["type"]),
        )),
        "str_repr" => Ok(str_repr(s(&case["s"]))),
        "ascii_repr" => Ok(ascii_repr(s(&case["s"]))),
        "bytes_repr" => {
            let b: Vec<u8> = case["b"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap() as u8)
                .collect();
            Ok(bytes_repr(&b))
        }
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn spec_cases_match_cpython() {
    let cases = load_cases("spec_cases.jsonl");
    assert!(cases.len() > 10_000);
    let mut failures = Vec::new();
    for case in &cases {
        let want = expected(case);
        let got = run_case(case);
        if got != want {
            failures.push(format!("{case}\n   want {want:?}\n    got {got:?}"));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(40).collect();
        panic!(
            "{} of {} cases differ:\n{}",
            failures.len(),
            cases.len(),
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
