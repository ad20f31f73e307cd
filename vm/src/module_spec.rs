//! `__spec__` and `__loader__` of imported modules, shaped as importlib's: a `ModuleSpec`
//! (name, loader, origin, submodule_search_locations, parent, has_location, cached and the
//! `_initializing` flag that import errors consult) and the loaders (`SourceFileLoader`
//! instances for files; the `BuiltinImporter` and `FrozenImporter` classes themselves for
//! native and embedded modules, as CPython uses its importer classes).
//!
//! There is no Python importlib yet, so these are plain classes made natively whose instances
//! keep their attributes in their `__dict__`.

use std::sync::OnceLock;

use crate::builtins::{intern, new_list, new_str};
use crate::object::{Kind, Object, ObjRef};
use crate::types::{self, Layout, TypeData};
use crate::value::Value;

/// How a module was found, which decides its loader and origin.
pub enum Origin<'a> {
    /// A source file (`origin` is its path).
    File(&'a str),
    /// A module written in Rust (`origin` is "built-in").
    Native,
    /// A module embedded in the binary (`origin` is "frozen").
    Embedded,
    /// A namespace package (no loader object of its own kind here; `origin` is None).
    Namespace,
}

struct Classes {
    module_spec: ObjRef,
    source_file_loader: ObjRef,
    builtin_importer: ObjRef,
    frozen_importer: ObjRef,
    namespace_loader: ObjRef,
}

/// A class whose instances have a `__dict__` (not marked built-in), in module `module`.
fn plain_class(name: &str, module: &str) -> ObjRef {
    let b = types::builtin();
    let data = TypeData::new(name, vec![b.object.clone()], vec![b.object.clone()], Layout::Plain, false);
    data.dict.set_str(intern("__module__"), new_str(module));
    let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    t
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| Classes {
        module_spec: plain_class("ModuleSpec", "_frozen_importlib"),
        source_file_loader: plain_class("SourceFileLoader", "_frozen_importlib_external"),
        builtin_importer: plain_class("BuiltinImporter", "_frozen_importlib"),
        frozen_importer: plain_class("FrozenImporter", "_frozen_importlib"),
        namespace_loader: plain_class("NamespaceLoader", "_frozen_importlib_external"),
    })
}

fn instance(class: &ObjRef, attrs: &[(&str, Value)]) -> Value {
    let o = Object::new(class.clone(), Kind::Plain);
    let d = o.dict_or_create().clone();
    let dict = d.as_dict().expect("instance dict");
    for (k, v) in attrs {
        dict.set_str(intern(k), v.clone());
    }
    Value::Obj(o)
}

/// The loader and spec of module `name`, found as `origin`; `search_locations` for packages.
pub fn make(name: &str, origin: Origin, search_locations: Option<&[String]>) -> (Value, Value) {
    let c = classes();
    let (loader, origin_value, has_location) = match origin {
        Origin::File(path) => (instance(&c.source_file_loader, &[("name", new_str(name)), ("path", new_str(path))]), new_str(path), true),
        Origin::Native => (Value::Obj(c.builtin_importer.clone()), new_str("built-in"), false),
        Origin::Embedded => (Value::Obj(c.frozen_importer.clone()), new_str("frozen"), false),
        Origin::Namespace => (instance(&c.namespace_loader, &[]), Value::None, false),
    };
    let locations = search_locations.map_or(Value::None, |dirs| new_list(dirs.iter().map(|d| new_str(d.as_str())).collect()));
    let parent = if search_locations.is_some() { name } else { name.rsplit_once('.').map_or("", |(p, _)| p) };
    let spec = instance(
        &c.module_spec,
        &[
            ("name", new_str(name)),
            ("loader", loader.clone()),
            ("origin", origin_value),
            ("loader_state", Value::None),
            ("submodule_search_locations", locations),
            ("cached", Value::None),
            ("parent", new_str(parent)),
            ("has_location", Value::Bool(has_location)),
            ("_initializing", Value::Bool(false)),
        ],
    );
    (loader, spec)
}

/// Sets `__spec__` and `__loader__` in a module namespace.
pub fn install(namespace: &ObjRef, name: &str, origin: Origin, search_locations: Option<&[String]>) {
    let (loader, spec) = make(name, origin, search_locations);
    if let Some(d) = namespace.as_dict() {
        d.set_str(intern("__loader__"), loader);
        d.set_str(intern("__spec__"), spec);
    }
}

/// Marks the module whose namespace is `namespace` as running its body (or done).
pub fn set_initializing(namespace: &ObjRef, on: bool) {
    if let Some(Value::Obj(spec)) = namespace.as_dict().and_then(|d| d.get_str("__spec__")) {
        if ObjRef::ptr_eq(&spec.class(), &classes().module_spec) {
            if let Some(d) = spec.dict_if_present().and_then(|d| d.as_dict()) {
                d.set_str(intern("_initializing"), Value::Bool(on));
            }
        }
    }
}

/// Whether the module `module` is still running its body (its spec's `_initializing`).
pub fn is_initializing(module: &Value) -> bool {
    let Some(ns) = module.as_obj().and_then(|m| m.dict_if_present()) else { return false };
    match ns.as_dict().and_then(|d| d.get_str("__spec__")) {
        Some(Value::Obj(spec)) => {
            spec.dict_if_present().and_then(|d| d.as_dict()).and_then(|d| d.get_str("_initializing")).is_some_and(|v| matches!(v, Value::Bool(true)))
        }
        _ => false,
    }
}
