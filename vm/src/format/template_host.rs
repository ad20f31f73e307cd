//! What the `str.format` / `str.format_map` driver needs from the VM: the arguments, attribute
//! and item lookups, the `!r`/`!s`/`!a` conversions and `format(value, spec)`.

/// A `!` conversion of a replacement field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!r`: `repr(value)`.
    Repr,
    /// `!s`: `str(value)`.
    Str,
    /// `!a`: `ascii(value)`.
    Ascii,
}

/// The VM side of `str.format`. Every `Err` is propagated unchanged.
pub trait TemplateHost {
    type Value: Clone;
    type Error: From<super::FormatError>;

    /// How many positional arguments there are; `None` for `format_map`, which has none and
    /// rejects positional fields.
    fn positional_count(&self) -> Option<usize>;
    /// Positional argument `index` (always below `positional_count`).
    fn positional(&mut self, index: usize) -> Self::Value;
    /// The keyword argument (or `format_map` mapping item) `name`; when there is none the VM
    /// raises `KeyError(name)` (`format_map` calls `mapping[name]`, honouring `__missing__`).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(obj, name)` for `{0.name}`.
    fn getattr(&mut self, obj: &Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `obj[index]` for `{0[3]}` (CPython uses the sequence protocol when `obj` is a sequence).
    fn getitem_index(
        &mut self,
        obj: &Self::Value,
        index: usize,
    ) -> Result<Self::Value, Self::Error>;
    /// `obj[key]` for `{0[key]}` (a key that is not all digits is a str).
    fn getitem_str(&mut self, obj: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// Applies `!r`, `!s` or `!a`; the result is a str value.
    fn convert(
        &mut self,
        obj: &Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// `format(obj, spec)`.
    fn format(&mut self, obj: &Self::Value, spec: &str) -> Result<String, Self::Error>;
}
