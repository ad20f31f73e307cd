//! PEP 750 template strings: the `string.templatelib.Template` and `Interpolation` types that
//! `t"..."` literals evaluate to (BUILD_INTERPOLATION / BUILD_TEMPLATE), with their constructors,
//! attributes, iteration, `+` and reprs as CPython 3.14 has them. The Python module
//! `string.templatelib` (stdlib) re-exports them and adds `convert`.

use std::sync::OnceLock;

use crate::builtins::{add_classmethod, add_method, intern, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::function::Args;
use crate::interp::Vm;
use crate::object::{Kind, Object, ObjRef};
use crate::types::{Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, types};

/// A template: `strings` (a tuple of str, one more than there are interpolations) and
/// `interpolations` (a tuple of Interpolation).
pub struct Template {
    strings: Value,
    interpolations: Value,
}

/// One replacement field of a template.
pub struct Interpolation {
    value: Value,
    expression: Value,
    /// None or one of 's', 'r', 'a'.
    conversion: Value,
    format_spec: Value,
}

/// A built-in type of `string.templatelib` (final, as in CPython).
fn new_type(name: &str) -> ObjRef {
    let b = types::builtin();
    let mut data = TypeData::new(name, vec![b.object.clone()], vec![b.object.clone()], Layout::Special, true);
    data.subclassable = false;
    let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    t
}

/// Read-only `member_descriptor`s (CPython's READONLY members: "readonly attribute").
fn add_members(t: &ObjRef, members: &[(&str, crate::descriptor::Getter)]) {
    for (name, get) in members {
        crate::descriptor::add_member(t, name, *get, None, None);
    }
}

pub fn template_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("string.templatelib.Template");
        add_method(&t, "__repr__", template_repr);
        add_method(&t, "__iter__", template_iter);
        add_method(&t, "__add__", template_add);
        add_classmethod(&t, "__class_getitem__", crate::builtins::class_getitem);
        add_members(&t, &[("strings", template_strings), ("interpolations", template_interpolations)]);
        crate::descriptor::add_getset(&t, "values", template_values, None, None);
        t
    })
}

pub fn interpolation_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("string.templatelib.Interpolation");
        add_method(&t, "__repr__", interpolation_repr);
        add_classmethod(&t, "__class_getitem__", crate::builtins::class_getitem);
        add_members(
            &t,
            &[("value", interp_value), ("expression", interp_expression), ("conversion", interp_conversion), ("format_spec", interp_format_spec)],
        );
        let fields = ["value", "expression", "conversion", "format_spec"].map(new_str).to_vec();
        t.as_type().expect("type").dict.set_str(intern("__match_args__"), new_tuple(fields));
        t
    })
}

fn as_template(v: &Value) -> Option<&Template> {
    v.as_obj().and_then(|o| o.as_native::<Template>())
}

fn as_interpolation(v: &Value) -> Option<&Interpolation> {
    v.as_obj().and_then(|o| o.as_native::<Interpolation>())
}

fn new_template(strings: Vec<Value>, interpolations: Vec<Value>) -> Value {
    let t = Template { strings: new_tuple(strings), interpolations: new_tuple(interpolations) };
    Value::Obj(Object::new(template_type().clone(), Kind::Native(Box::new(t))))
}

/// The conversion character for a BUILD_INTERPOLATION conversion code (0 none, 1 s, 2 r, 3 a).
fn conversion_value(code: u32) -> Value {
    match code {
        1 => new_str("s"),
        2 => new_str("r"),
        3 => new_str("a"),
        _ => Value::None,
    }
}

/// BUILD_INTERPOLATION: `format_spec` is `''` when the field has none.
pub fn build_interpolation(value: Value, expression: Value, conversion: u32, format_spec: Option<Value>) -> Value {
    let i = Interpolation { value, expression, conversion: conversion_value(conversion), format_spec: format_spec.unwrap_or_else(|| new_str("")) };
    Value::Obj(Object::new(interpolation_type().clone(), Kind::Native(Box::new(i))))
}

/// BUILD_TEMPLATE from the compiler's tuples.
pub fn build_template(strings: Value, interpolations: Value) -> Value {
    let t = Template { strings, interpolations };
    Value::Obj(Object::new(template_type().clone(), Kind::Native(Box::new(t))))
}

/// `Template(*args)` and `Interpolation(value, expression='', conversion=None, format_spec='')`;
/// None when `cls` is neither.
pub fn construct(vm: &mut Vm, cls: &ObjRef, args: Args) -> Option<PyResult<Value>> {
    if ObjRef::ptr_eq(cls, template_type()) {
        return Some(construct_template(vm, args));
    }
    if ObjRef::ptr_eq(cls, interpolation_type()) {
        return Some(construct_interpolation(vm, args));
    }
    None
}

fn construct_template(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("Template.__new__ only accepts *args arguments"));
    }
    let mut strings = Vec::new();
    let mut interpolations = Vec::new();
    let mut current = String::new();
    for a in args.pos() {
        if let Some(s) = a.as_str() {
            current.push_str(s);
        } else if as_interpolation(a).is_some() {
            strings.push(new_str(std::mem::take(&mut current)));
            interpolations.push(a.clone());
        } else {
            return Err(PyErr::type_error(format!(
                "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                vm.type_name(a)
            )));
        }
    }
    strings.push(new_str(current));
    Ok(new_template(strings, interpolations))
}

fn construct_interpolation(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::builtins::method_args::{Params, clinic_function};
    const PARAMS: Params<4> = Params::new(["value", "expression", "conversion", "format_spec"], 1);
    let [value, expression, conversion, format_spec] = clinic_function(&args, "Interpolation", &PARAMS)?;
    let text = |v: Option<&Value>, name: &str, vm: &Vm| -> PyResult<Value> {
        match v {
            None => Ok(new_str("")),
            Some(v) if v.as_str().is_some() => Ok(v.clone()),
            Some(v) => Err(PyErr::type_error(format!("Interpolation() argument '{name}' must be str, not {}", vm.type_name(v)))),
        }
    };
    let expression = text(expression, "expression", vm)?;
    let conversion = match conversion {
        None | Some(Value::None) => Value::None,
        Some(c) if matches!(c.as_str(), Some("s" | "r" | "a")) => c.clone(),
        Some(c) if c.as_str().is_some() => {
            return Err(PyErr::value_error("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'"));
        }
        Some(c) => {
            return Err(PyErr::type_error(format!("Interpolation() argument 'conversion' must be str or None, not {}", vm.type_name(c))));
        }
    };
    let format_spec = text(format_spec, "format_spec", vm)?;
    let i = Interpolation { value: value.expect("required").clone(), expression, conversion, format_spec };
    Ok(Value::Obj(Object::new(interpolation_type().clone(), Kind::Native(Box::new(i)))))
}

fn this_template<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Template> {
    crate::builtins::method_args::receiver_as(vm, args, "string.templatelib.Template", name, as_template)
}

fn this_interpolation<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Interpolation> {
    crate::builtins::method_args::receiver_as(vm, args, "string.templatelib.Interpolation", name, as_interpolation)
}

fn template_strings(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(as_template(obj).map(|x| x.strings.clone()).unwrap_or(Value::None))
}

fn template_interpolations(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(as_template(obj).map(|x| x.interpolations.clone()).unwrap_or(Value::None))
}

fn template_values(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    let Some(t) = as_template(obj) else { return Ok(Value::None) };
    let items = t.interpolations.as_tuple().unwrap_or(&[]);
    Ok(new_tuple(items.iter().filter_map(as_interpolation).map(|i| i.value.clone()).collect()))
}

/// Iterating a template yields its non-empty strings and its interpolations, in source order.
fn template_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this_template(vm, &args, "__iter__")?;
    let strings = t.strings.as_tuple().unwrap_or(&[]);
    let interpolations = t.interpolations.as_tuple().unwrap_or(&[]);
    let mut items = Vec::with_capacity(strings.len() + interpolations.len());
    for (i, s) in strings.iter().enumerate() {
        if s.as_str().is_some_and(|s| !s.is_empty()) {
            items.push(s.clone());
        }
        if let Some(interp) = interpolations.get(i) {
            items.push(interp.clone());
        }
    }
    vm.iter(&crate::builtins::new_list(items))
}

/// `Template + Template` joins the last string of one with the first of the other.
fn template_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this_template(vm, &args, "__add__")?;
    let other = crate::builtins::method_args::one_arg(&args, "string.templatelib.Template", "__add__")?;
    let Some(b) = as_template(other) else {
        return Err(PyErr::type_error(format!(
            "can only concatenate string.templatelib.Template (not \"{}\") to string.templatelib.Template",
            vm.type_name(other)
        )));
    };
    let (sa, sb) = (a.strings.as_tuple().unwrap_or(&[]), b.strings.as_tuple().unwrap_or(&[]));
    let mut strings: Vec<Value> = sa[..sa.len().saturating_sub(1)].to_vec();
    let joined = format!("{}{}", sa.last().and_then(|s| s.as_str()).unwrap_or(""), sb.first().and_then(|s| s.as_str()).unwrap_or(""));
    strings.push(new_str(joined));
    strings.extend(sb.iter().skip(1).cloned());
    let mut interpolations = a.interpolations.as_tuple().unwrap_or(&[]).to_vec();
    interpolations.extend(b.interpolations.as_tuple().unwrap_or(&[]).iter().cloned());
    Ok(new_template(strings, interpolations))
}

fn template_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = this_template(vm, &args, "__repr__")?;
    let (strings, interpolations) = (t.strings.clone(), t.interpolations.clone());
    let s = format!("Template(strings={}, interpolations={})", vm.repr_string(&strings)?, vm.repr_string(&interpolations)?);
    Ok(new_str(s))
}

fn interpolation_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this_interpolation(vm, &args, "__repr__")?;
    let parts = [i.value.clone(), i.expression.clone(), i.conversion.clone(), i.format_spec.clone()];
    let mut out = Vec::with_capacity(4);
    for p in &parts {
        out.push(vm.repr_string(p)?);
    }
    Ok(new_str(format!("Interpolation({})", out.join(", "))))
}

fn interp_value(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(as_interpolation(obj).map(|x| x.value.clone()).unwrap_or(Value::None))
}

fn interp_expression(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(as_interpolation(obj).map(|x| x.expression.clone()).unwrap_or(Value::None))
}

fn interp_conversion(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(as_interpolation(obj).map(|x| x.conversion.clone()).unwrap_or(Value::None))
}

fn interp_format_spec(_vm: &mut Vm, obj: &Value, _name: &str) -> PyResult<Value> {
    Ok(as_interpolation(obj).map(|x| x.format_spec.clone()).unwrap_or(Value::None))
}
