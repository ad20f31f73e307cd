//! What the printf-style (`%`) formatting driver needs from the VM: access to the right operand
//! and the conversions of its values (str/repr/ascii, int and float coercion, ...).

use num_bigint::BigInt;

use super::error::FormatError;

/// The right operand of `template % operand`.
#[derive(Clone, Debug)]
pub enum Operand<V> {
    /// A tuple (exactly or a subclass): its items are the arguments.
    Tuple(Vec<V>),
    /// Any other object, used as the single argument. `is_mapping` is CPython's test that makes
    /// `%(key)s` legal: the type has `__getitem__` (`PyMapping_Check`) and the object is not a
    /// str (for a str template) or a str, bytes or bytearray (for a bytes template). Note that a
    /// list is a "mapping" here: `'abc' % []` is `'abc'`.
    Single { value: V, is_mapping: bool },
}

/// How `%d`-style conversions turn an argument into an int.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntCoercion {
    /// `%d`, `%i`, `%u`: `int(v)` (so `3.7` gives 3), for objects that are numbers.
    Number,
    /// `%o`, `%x`, `%X` (and `%c`): `v.__index__()`.
    Index,
}

/// The VM side of `%` formatting. Methods returning `Ok(None)` mean "wrong type": the driver
/// raises CPython's TypeError for the conversion; `Err` is an exception to propagate as is.
pub trait PercentHost {
    type Value: Clone;
    type Error: From<FormatError>;

    /// The `__name__` of `v`'s type, for error messages.
    fn type_name(&self, v: &Self::Value) -> String;

    /// `mapping[key]` for `%(key)s` in a str template (a missing key raises the VM's KeyError).
    fn get_item_str(
        &mut self,
        mapping: &Self::Value,
        key: &str,
    ) -> Result<Self::Value, Self::Error>;
    /// `mapping[key]` for `%(key)s` in a bytes template (the key is a bytes object).
    fn get_item_bytes(
        &mut self,
        mapping: &Self::Value,
        key: &[u8],
    ) -> Result<Self::Value, Self::Error>;

    /// The value of `v` if it is an int (or an int subclass such as bool), without any
    /// conversion: `*` widths and precisions accept only ints.
    fn as_int(&self, v: &Self::Value) -> Option<BigInt>;
    /// `v` converted to an int, or `Ok(None)` when `v` is not a number (not `PyNumber_Check`) or
    /// the conversion raises TypeError.
    fn int_value(
        &mut self,
        v: &Self::Value,
        coercion: IntCoercion,
    ) -> Result<Option<BigInt>, Self::Error>;
    /// `v` converted to a float (`__float__`, then `__index__`), or `Ok(None)` when it has neither.
    /// An int too large for a float is an `Err` (OverflowError "int too large to convert to float").
    fn float_value(&mut self, v: &Self::Value) -> Result<Option<f64>, Self::Error>;

    /// `str(v)`, `repr(v)`, `ascii(v)`.
    fn str(&mut self, v: &Self::Value) -> Result<String, Self::Error>;
    fn repr(&mut self, v: &Self::Value) -> Result<String, Self::Error>;
    fn ascii(&mut self, v: &Self::Value) -> Result<String, Self::Error>;

    /// The text of `v` if it is a str (or subclass): `%c` accepts a one-character str.
    fn as_str(&self, v: &Self::Value) -> Option<String>;
    /// The content of `v` if it is a bytes or bytearray: bytes `%c` accepts one byte.
    fn as_bytes(&self, v: &Self::Value) -> Option<Vec<u8>>;
    /// For bytes `%s` / `%b`: the bytes of a buffer object, or the result of `__bytes__`;
    /// `Ok(None)` when `v` offers neither.
    fn bytes_value(&mut self, v: &Self::Value) -> Result<Option<Vec<u8>>, Self::Error>;
}
