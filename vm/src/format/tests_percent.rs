//! Checks every line of testdata/percent_cases.jsonl (printf-style formatting by the reference
//! CPython 3.14) against the `%` driver run with the fake host.

use serde_json::Value as Json;

use super::tests_fake::{Fake, FakeHost, decode};
use super::tests_spec::{actual, expected, load_cases, s};
use super::*;

fn operand(case: &Json) -> Operand<Fake> {
    match decode(&case["args"]) {
        Fake::Tuple(items) => Operand::Tuple(items),
        value => Operand::Single {
            value,
            is_mapping: case["mapping"].as_bool().unwrap(),
        },
    }
}

fn bytes_text(v: &Json) -> Vec<u8> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as u8)
        .collect()
}

#[test]
fn percent_cases_match_cpython() {
    let cases = load_cases("percent_cases.jsonl");
    assert!(cases.len() > 10_000);
    let mut failures = Vec::new();
    for case in &cases {
        let (want, got) = match s(&case["op"]) {
            "pct_str" => (
                expected(case),
                actual(percent_format_str(
                    s(&case["fmt"]),
                    operand(case),
                    &mut FakeHost,
                )),
            ),
            "pct_bytes" => {
                let want = match case.get("out") {
                    Some(out) => Ok(format!("{:?}", bytes_text(out))),
                    None => expected(case),
                };
                let got =
                    percent_format_bytes(&bytes_text(&case["fmt"]), operand(case), &mut FakeHost)
                        .map(|b| format!("{b:?}"));
                (want, actual(got))
            }
            other => panic!("unknown op {other}"),
        };
        if got != want {
            failures.push(format!("{case}\n   want {want:?}\n    got {got:?}"));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(40).map(String::as_str).collect();
        panic!(
            "{} of {} cases differ:\n{}",
            failures.len(),
            cases.len(),
            shown.join("\n")
        );
    }
}
