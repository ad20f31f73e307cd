//! Private-name mangling (`__spam` in class `Ham` is stored as `_Ham__spam`), as CPython's
//! `_Py_Mangle`.

use std::borrow::Cow;

/// `name` as it is stored when it appears inside class `class_name`: a name that starts with two
/// underscores and does not end with two (nor contains a dot, as a dotted import does) gets `_`
/// and the class name, leading underscores stripped, in front. A class named only with
/// underscores mangles nothing.
///
/// Type parameters of a generic class follow an extra rule (only they are mangled in its
/// type-parameter scope); [`super::SymbolTable::mangle`] applies it.
pub fn mangle<'n>(class_name: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class_name) = class_name else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class_name = class_name.trim_start_matches('_');
    if class_name.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class_name}{name}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangles_private_names_only() {
        assert_eq!(mangle(Some("Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("__Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("_H_"), "__x_"), "_H___x_");
        assert_eq!(mangle(Some("Ham"), "__init__"), "__init__");
        assert_eq!(mangle(Some("Ham"), "__"), "__");
        assert_eq!(mangle(Some("Ham"), "___"), "___");
        assert_eq!(mangle(Some("Ham"), "_spam"), "_spam");
        assert_eq!(mangle(Some("Ham"), "__a.b"), "__a.b");
        assert_eq!(mangle(Some("___"), "__spam"), "__spam");
        assert_eq!(mangle(None, "__spam"), "__spam");
    }
}
