//! `obj.__class__ = C`: CPython's checks (a class, mutable types or module subclasses, the same
//! instance layout) and the replacement itself.
//!
//! Layouts are compared as CPython compares them: each class is reduced to its *solid* class,
//! the nearest class (itself or a base) that adds something to the instance layout (a
//! `__dict__`, weak reference support, slots, or a built-in type's own state); two classes are
//! compatible when they reduce to the same solid class, or to two classes over the same base
//! that add the same things.

use super::classes::supports_weakrefs;
use crate::interp::Vm;
use crate::object::ObjRef;
use crate::types::{self, Layout, TypeData};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// The setter of `object.__class__`.
pub(super) fn set_class(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else { return Err(PyErr::type_error("can't delete __class__ attribute")) };
    let Some(new) = value.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(&value))));
    };
    let old = vm.class_of(obj);
    let module = &types::builtin().module;
    let both_modules = types::is_subtype(new, module) && types::is_subtype(&old, module);
    if !both_modules && (data(new).is_builtin() || data(&old).is_builtin()) {
        return Err(PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    // Instances of built-in classes (ints, None, ...) are refused above: only heap objects
    // (or module objects, which are heap objects) get here.
    let Value::Obj(target) = obj else {
        return Err(PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    if !same_layout(&old, new) {
        return Err(PyErr::type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", data(new).name, data(&old).name)));
    }
    target.set_class(new.clone());
    Ok(())
}

fn data(t: &ObjRef) -> &TypeData {
    t.as_type().expect("a class")
}

fn same_layout(old: &ObjRef, new: &ObjRef) -> bool {
    let old_solid = solid(old);
    let new_solid = solid(new);
    if ObjRef::ptr_eq(&old_solid, &new_solid) {
        return true;
    }
    match (layout_base(&old_solid), layout_base(&new_solid)) {
        (Some(a), Some(b)) => ObjRef::ptr_eq(&a, &b) && same_additions(&old_solid, &new_solid),
        _ => false,
    }
}

/// The nearest class (`t` or a layout base) whose instances are laid out differently from its
/// own layout base's.
fn solid(t: &ObjRef) -> ObjRef {
    let mut t = t.clone();
    while let Some(base) = layout_base(&t).filter(|base| adds_nothing(&t, base)) {
        t = base;
    }
    t
}

/// The base a class's instance layout extends (CPython's `__base__`): the first base with
/// state of its own (a built-in layout or slots), else the first base.
fn layout_base(t: &ObjRef) -> Option<ObjRef> {
    let bases = &data(t).bases;
    let has_state = |b: &&ObjRef| data(b).layout != Layout::Plain || data(b).slots.is_some();
    bases.iter().find(has_state).or(bases.first()).cloned()
}

/// Whether instances of `t` have exactly the layout of instances of `base`.
fn adds_nothing(t: &ObjRef, base: &ObjRef) -> bool {
    let (td, bd) = (data(t), data(base));
    if td.is_builtin() {
        // Built-in exception classes share BaseException's layout unless they keep fields of
        // their own (CPython gives those their own struct).
        return bd.is_builtin() && td.layout == Layout::Exception && bd.layout == Layout::Exception && !exception_with_own_fields(&td.name);
    }
    has_dict(t) == has_dict(base) && supports_weakrefs(t) == supports_weakrefs(base) && own_slots(t).is_empty()
}

/// Two classes over the same layout base add the same things (dict, weak references, slots).
fn same_additions(a: &ObjRef, b: &ObjRef) -> bool {
    !data(a).is_builtin()
        && !data(b).is_builtin()
        && has_dict(a) == has_dict(b)
        && supports_weakrefs(a) == supports_weakrefs(b)
        // Slots are compared in declaration order, the order of the slot table (CPython sorts
        // them; ophis keeps the order they were declared in, so a different order is a
        // different layout here).
        && own_slots(a) == own_slots(b)
}

fn has_dict(t: &ObjRef) -> bool {
    let d = data(t);
    if d.is_builtin() {
        return matches!(d.layout, Layout::Exception | Layout::Type) || ObjRef::ptr_eq(t, &types::builtin().module);
    }
    d.slots.as_ref().is_none_or(|s| s.iter().any(|n| &**n == "__dict__"))
}

/// The slots `t` adds to its layout base's slot table (without `__dict__`/`__weakref__`).
fn own_slots(t: &ObjRef) -> Vec<&str> {
    let Some(slots) = &data(t).slots else { return Vec::new() };
    let inherited = layout_base(t).and_then(|b| data(&b).slots.as_ref().map(|s| s.len())).unwrap_or(0);
    slots.get(inherited..).unwrap_or(&[]).iter().map(|s| &**s).filter(|n| !matches!(*n, "__dict__" | "__weakref__")).collect()
}

/// Built-in exceptions whose instances carry fields beyond BaseException's.
fn exception_with_own_fields(name: &str) -> bool {
    matches!(
        name,
        "BaseExceptionGroup"
            | "StopIteration"
            | "SystemExit"
            | "ImportError"
            | "OSError"
            | "SyntaxError"
            | "AttributeError"
            | "NameError"
            | "UnicodeEncodeError"
            | "UnicodeDecodeError"
            | "UnicodeTranslateError"
    )
}

#[cfg(test)]
mod tests {
    use crate::object::{Kind, Object, ObjRef};
    use crate::types::{self, Layout, TypeData};

    fn heap_class(name: &str) -> ObjRef {
        let b = types::builtin();
        types::new_heap_type(b.type_.clone(), TypeData::new(name, vec![b.object.clone()], vec![b.object.clone()], Layout::Plain, false))
    }

    /// Readers on other threads keep seeing a live class while one thread keeps replacing it;
    /// every replaced class becomes immortal, the current one stays counted.
    #[test]
    fn concurrent_readers_see_live_classes() {
        let (a, b) = (heap_class("A"), heap_class("B"));
        let obj = Object::new(a.clone(), Kind::Plain);
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| {
                    for _ in 0..20_000 {
                        let name = &obj.class_data().name;
                        assert!(&**name == "A" || &**name == "B");
                        let counted = obj.class().clone();
                        assert!(counted.as_type().is_some());
                    }
                });
            }
            for i in 0..2_000 {
                obj.set_class(if i % 2 == 0 { b.clone() } else { a.clone() });
            }
        });
        assert!(ObjRef::ptr_eq(&obj.class(), &a));
        assert!(a.is_immortal() && b.is_immortal());
        // A class that was never replaced keeps being counted, and freeing an instance
        // releases the instance's reference to it.
        let c = heap_class("C");
        let before = c.refcount();
        let other = Object::new(c.clone(), Kind::Plain);
        assert!(!c.is_immortal() && c.refcount() == before + 1);
        drop(other);
        assert_eq!(c.refcount(), before);
    }
}
