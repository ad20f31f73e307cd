//! End-to-end and conformance tests of ophis; the tests live in `tests/tests/`.
