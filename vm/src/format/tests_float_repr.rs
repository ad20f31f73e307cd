//! Checks `float_repr` on testdata/float_repr_ties.txt: floats exactly halfway between two
//! shortest round-tripping strings, with the reference CPython 3.14's repr of each.

use super::float_repr;

#[test]
fn float_repr_breaks_ties_as_the_reference() {
    let path = format!("{}/src/format/testdata/float_repr_ties.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let (bits, expected) = line.split_once(' ').expect("bits and repr");
        let x = f64::from_bits(u64::from_str_radix(bits, 16).expect("hex bits"));
        count += 1;
        let got = float_repr(x);
        if got != expected {
            failures.push(format!("{bits}: expected {expected}, got {got}"));
        }
    }
    assert!(count > 1000, "too few cases in {path}");
    assert!(failures.is_empty(), "{} of {count} differ:\n{}", failures.len(), failures[..failures.len().min(20)].join("\n"));
}

#[test]
fn float_repr_known_ties() {
    // 0.00086307525634765625 and 2.72421...0625 are exact halves: the even last digit wins.
    assert_eq!(float_repr(0.0008630752563476562), "0.0008630752563476562");
    assert_eq!(float_repr(2.7242202758789062), "2.7242202758789062");
    // 2**-24: the lower neighbour does not round-trip (the gap below a power of two is
    // narrower), so the odd digit stays.
    assert_eq!(float_repr(2f64.powi(-24)), "5.960464477539063e-08");
}
