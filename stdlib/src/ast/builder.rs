//! Builds Python node objects from the parser's tree, through the parser's generic reflection.

use std::collections::HashMap;

use ophis_parser::ast::reflect::{ClassInfo, SCHEMA, TreeBuilder, reflect};
use ophis_parser::ast::{Constant, Int, Mod, Str};
use ophis_vm::builtins::{ellipsis, intern, new_bytes, new_list, new_str};
use ophis_vm::object::{Kind, Object, ObjRef};
use ophis_vm::{PyErr, PyResult, Value};

/// Makes node objects: plain instances of the classes `_ast` defined, their fields and location
/// attributes stored straight into their `__dict__`.
struct ObjectBuilder {
    classes: HashMap<&'static str, ObjRef>,
    singletons: HashMap<&'static str, Value>,
    location_names: [ObjRef; 4],
    /// The first class found missing (a broken `_ast` namespace); reported after the walk.
    missing: Option<&'static str>,
}

impl TreeBuilder for ObjectBuilder {
    type Value = Value;

    fn node(&mut self, class: &'static str, location: Option<(u32, u32, u32, u32)>, fields: Vec<(&'static str, Value)>) -> Value {
        let Some(cls) = self.classes.get(class) else {
            self.missing.get_or_insert(class);
            return Value::None;
        };
        let node = Object::new(cls.clone(), Kind::Plain);
        if let Some(dict) = node.dict_or_create().as_dict() {
            for (name, value) in fields {
                dict.set_str(intern(name), value);
            }
            if let Some((l, c, el, ec)) = location {
                for (name, value) in self.location_names.iter().zip([l, c, el, ec]) {
                    dict.set_str(name.clone(), Value::Int(i64::from(value)));
                }
            }
        }
        Value::Obj(node)
    }

    fn list(&mut self, items: Vec<Value>) -> Value {
        new_list(items)
    }

    fn none(&mut self) -> Value {
        Value::None
    }

    fn identifier(&mut self, name: &str) -> Value {
        Value::Obj(intern(name))
    }

    fn string(&mut self, text: &str) -> Value {
        new_str(text)
    }

    fn int(&mut self, value: i64) -> Value {
        Value::Int(value)
    }

    fn constant(&mut self, value: &Constant) -> Value {
        constant_value(value)
    }

    fn singleton(&mut self, class: &'static str) -> Value {
        match self.singletons.get(class) {
            Some(v) => v.clone(),
            None => {
                self.missing.get_or_insert(class);
                Value::None
            }
        }
    }
}

/// The Python value of a literal.
pub fn constant_value(value: &Constant) -> Value {
    match value {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Obj(ellipsis().clone()),
        Constant::Int(Int::Small(i)) => Value::Int(*i),
        Constant::Int(Int::Big(b)) => ophis_vm::numbers::int_value((**b).clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => {
            Value::Obj(Object::new(ophis_vm::types::builtin().complex.clone(), Kind::Complex { real: *real, imag: *imag }))
        }
        Constant::Str(Str::Text(s)) => new_str(&**s),
        // ophis strs hold no lone surrogates: they read as U+FFFD, as in compiled code.
        Constant::Str(Str::CodePoints(p)) => new_str(p.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
        Constant::Bytes(b) => new_bytes(b.to_vec()),
    }
}

/// Every class of the schema.
fn all_classes() -> impl Iterator<Item = &'static ClassInfo> {
    SCHEMA.iter().flat_map(|group| group.iter())
}

/// Builds the node objects of `tree`; `classes` and `singletons` are dicts from class names.
pub fn build(tree: &Mod, lines: &ophis_lexer::LineIndex, classes: &Value, singletons: &Value) -> PyResult<Value> {
    let lookup = |d: &Value, what: &str| -> PyResult<HashMap<&'static str, Value>> {
        let dict = d.as_obj().and_then(|o| o.as_dict()).ok_or_else(|| PyErr::type_error(format!("parse() {what} must be a dict")))?;
        Ok(all_classes().filter_map(|c| dict.get_str(c.name).map(|v| (c.name, v))).collect())
    };
    let classes = lookup(classes, "classes")?.into_iter().filter_map(|(k, v)| v.as_obj().cloned().map(|o| (k, o))).collect();
    let singletons = lookup(singletons, "singletons")?;
    let location_names = ["lineno", "col_offset", "end_lineno", "end_col_offset"].map(intern);
    let mut builder = ObjectBuilder { classes, singletons, location_names, missing: None };
    let tree = reflect(tree, &mut builder, lines);
    match builder.missing {
        Some(name) => Err(PyErr::new("SystemError", format!("_ast has no class {name}"))),
        None => Ok(tree),
    }
}
