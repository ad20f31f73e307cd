//! Properties beyond the reference grid: identity hashing of NaN, hash agreement across types, the size limits
//! that replace CPython's allocation failures, normalization of `Int`, the repr used in parse errors. Expected
//! values were printed by the reference CPython 3.14 where they are Python results.

use num_bigint::BigInt;

use super::super::*;

fn big(text: &str) -> Int {
    Int::from_big(text.parse::<BigInt>().unwrap())
}

#[test]
fn equal_numbers_hash_equal() {
    // hash(1) == hash(1.0) == hash(True) == hash(1+0j) == hash(Fraction(1))
    let one = hash_int(&Int::from(true));
    assert_eq!(one, 1);
    assert_eq!(hash_float(1.0, 0), one);
    assert_eq!(hash_complex(1.0, 0.0, 0), one);
    assert_eq!(hash_rational(&Int::from(3), &Int::from(3)), one);
    // hash(2**61 - 1) == 0, hash(-(2**61)) == -2 (since -1 is reserved), hash(-1) == -2
    assert_eq!(hash_int(&Int::from((1i64 << 61) - 1)), 0);
    assert_eq!(hash_int(&big("-2305843009213693952")), -2);
    assert_eq!(hash_int(&Int::from(-1)), -2);
    assert_eq!(hash_float(-1.0, 0), -2);
    // hash(1.5) == 1152921504606846977 == hash(Fraction(3, 2))
    assert_eq!(hash_float(1.5, 0), 1152921504606846977);
    assert_eq!(
        hash_rational(&Int::from(3), &Int::from(2)),
        1152921504606846977
    );
    assert_eq!(hash_float(f64::INFINITY, 0), HASH_INF);
    assert_eq!(hash_float(f64::NEG_INFINITY, 0), -HASH_INF);
    assert_eq!(hash_complex(1.0, 2.0, 0), 2000007);
    assert_eq!(hash_complex(-1.0, 0.0, 0), -2);
    assert_eq!(hash_float(-0.0, 0), 0);
}

#[test]
fn nan_hashes_by_identity() {
    let a = hash_float(f64::NAN, 0x7f00_1234_5670);
    let b = hash_float(f64::NAN, 0x7f00_1234_5680);
    assert_ne!(a, b);
    assert_eq!(a, hash_identity(0x7f00_1234_5670));
    assert_eq!(hash_identity(0x7f00_1234_5670), 0x07f0_0123_4567);
    // An identity whose rotation is -1 hashes to -2.
    assert_eq!(hash_identity(u64::MAX), -2);
    // A complex with a NaN part mixes the identity hash into the result.
    assert_ne!(
        hash_complex(f64::NAN, 0.0, 0x1000),
        hash_complex(f64::NAN, 0.0, 0x2000)
    );
}

#[test]
fn ints_are_normalized() {
    assert_eq!(Int::from_big(BigInt::from(i64::MAX)), Int::Small(i64::MAX));
    assert!(matches!(
        Int::from_big(BigInt::from(i64::MAX) + 1),
        Int::Big(_)
    ));
    assert_eq!(
        Int::Small(i64::MIN).neg().sub(&Int::Small(1)),
        Int::Small(i64::MAX)
    );
    assert_eq!(
        Int::Small(i64::MAX).add(&Int::Small(1)).sub(&Int::Small(1)),
        Int::Small(i64::MAX)
    );
    assert_eq!(Int::from(u64::MAX).to_string(), "18446744073709551615");
    assert_eq!(
        Int::Small(i64::MIN).divmod(&Int::Small(-1)).unwrap().0,
        big("9223372036854775808")
    );
    assert_eq!(
        Int::Small(i64::MIN).modulo(&Int::Small(-1)).unwrap(),
        Int::Small(0)
    );
    assert!(Int::Small(5) < big("100000000000000000000"));
    assert!(big("-100000000000000000000") < Int::Small(i64::MIN));
}

#[test]
fn huge_results_raise_instead_of_aborting() {
    // Past MAX_INT_BITS we raise MemoryError where CPython's allocation would fail.
    let one = Int::from(1);
    assert_eq!(
        one.lshift(&Int::from(1i64 << 40)),
        Err(NumError::Memory(String::new()))
    );
    assert_eq!(
        Int::from(3).pow(&Int::from(1i64 << 40), None),
        Err(NumError::Memory(String::new()))
    );
    assert_eq!(
        Int::from(3).pow(&big("100000000000000000000000"), None),
        Err(NumError::Memory(String::new()))
    );
    // Trivial bases never grow.
    assert_eq!(
        Int::from(-1).pow(&big("100000000000000000000001"), None),
        Ok(Number::Int(Int::from(-1)))
    );
    // CPython's own digit limit gives OverflowError first.
    assert_eq!(
        one.lshift(&Int::from(i64::MAX)),
        Err(NumError::Overflow("too many digits in integer".into()))
    );
    assert!(matches!(
        Int::from(1).to_bytes(1 << 40, "big", false),
        Err(NumError::Memory(_))
    ));
    // round(x, -huge) is 0 without building 10**huge.
    assert_eq!(
        Int::from(5).round(&big("-1000000000000000000000000000000")),
        Ok(Int::Small(0))
    );
    assert_eq!(
        big("-500000000000000000000000000000").round(&Int::from(-30)),
        Ok(Int::Small(0))
    );
    assert_eq!(
        big("1500000000000000000000000000000").round(&Int::from(-30)),
        Ok(big("2000000000000000000000000000000"))
    );
}

#[test]
fn repr_in_messages() {
    // repr('a\'b') == "a'b"; repr('a"b\'') == 'a"b\''; repr('\x7f\x00\t') == '\x7f\x00\t'
    assert_eq!(repr_str("a'b"), "\"a'b\"");
    assert_eq!(repr_str("a\"b'"), "'a\"b\\''");
    assert_eq!(repr_str("\x7f\x00\t"), "'\\x7f\\x00\\t'");
    // repr('é\u200b😀\xa0\xad') == 'é\u200b😀\xa0\xad'
    assert_eq!(
        repr_str("é\u{200b}😀\u{a0}\u{ad}"),
        "'é\\u200b😀\\xa0\\xad'"
    );
    // repr(b'a\'b"\x80') == b'a\'b"\x80'
    assert_eq!(repr_bytes(b"a'b\"\x80"), "b'a\\'b\"\\x80'");
    // A caller-supplied repr replaces ours.
    let error = int_from_str_with_repr("zz", 10, 4300, &|| "<custom>".to_string()).unwrap_err();
    assert_eq!(
        error.message(),
        "invalid literal for int() with base 10: <custom>"
    );
    let error = float_from_str_with_repr("zz", &|| "<custom>".to_string()).unwrap_err();
    assert_eq!(
        error.message(),
        "could not convert string to float: <custom>"
    );
}

#[test]
fn unicode_digits_and_spaces() {
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('9'), Some(9));
    assert_eq!(decimal_value('a'), None);
    assert_eq!(decimal_value('\u{1FBF9}'), Some(9));
    assert_eq!(decimal_value('\u{1FBFA}'), None);
    assert_eq!(numeric_ascii("\u{3000}١٢\u{85}é"), b" 12 ?");
}

#[test]
fn errors_name_their_class() {
    let error = Int::from(1).floordiv(&Int::from(0)).unwrap_err();
    assert_eq!(error.class_name(), "ZeroDivisionError");
    assert_eq!(error.to_string(), "ZeroDivisionError: division by zero");
}

#[test]
fn exact_float_parts() {
    assert_eq!(
        exact_float(1.5),
        Some(ExactFloat {
            mantissa: 3,
            exponent: -1
        })
    );
    assert_eq!(
        exact_float(-5e-324),
        Some(ExactFloat {
            mantissa: -1,
            exponent: -1074
        })
    );
    assert_eq!(exact_float(f64::NAN), None);
    assert!(int_eq_float(&Int::from(1i64 << 53), 9007199254740992.0));
    assert!(!int_eq_float(
        &Int::from((1i64 << 53) + 1),
        9007199254740992.0
    ));
}
