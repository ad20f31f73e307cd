//! Tests of the numeric library: `grid` recomputes the reference CPython's results for thousands of operand
//! combinations; `behaviour` checks properties the grid cannot express (identity hashing, size limits, repr).

mod behaviour;
mod grid;
