//! Type objects: `TypeData` (name, bases, MRO, namespace, instance layout, version tag), the
//! built-in types (created once per process, immortal, shared by every interpreter and thread),
//! C3 linearization, and attribute lookup along the MRO.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::dict::Dict;
use crate::object::{Kind, Object, ObjRef};
use crate::value::Value;

/// Which built-in layout instances of a type have (what `object.__new__` creates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Plain,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// Built-in types that cannot be instantiated from Python (`function`, iterators, ...), or
    /// have their own constructor only.
    Special,
}

pub struct TypeData {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub bases: Box<[ObjRef]>,
    /// The MRO without the type itself (which is always first).
    pub mro_tail: Box<[ObjRef]>,
    pub dict: Dict,
    pub layout: Layout,
    builtin: bool,
    /// False for built-in types that cannot be subclassed (bool, NoneType, ...).
    pub subclassable: bool,
    /// `__slots__` names of this type and its bases, in slot order; None when instances have a
    /// `__dict__`.
    pub slots: Option<Box<[Box<str>]>>,
    /// For struct sequences (`sys.version_info`, `sys.float_info`): the field names, in order.
    pub struct_fields: Option<Box<[&'static str]>>,
    /// A `__name__` assigned after creation (`C.__name__ = "D"`). Error messages keep using
    /// `name`, the name the class was created with.
    pub renamed: parking_lot::Mutex<Option<Box<str>>>,
    /// Changes whenever this type's namespace (or a base's) changes: caches keyed on it stay
    /// valid without locking.
    version: AtomicU64,
}

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

impl TypeData {
    /// The module a built-in type's dotted name gives (`string.templatelib`), if any.
    pub fn module_from_name(&self) -> Option<&str> {
        if self.builtin { self.name.rsplit_once('.').map(|(m, _)| m) } else { None }
    }

    /// `module.qualname` as class reprs and generic aliases print a class (just the qualname
    /// for builtins), from `__module__`/`__qualname__` in the namespace when set.
    pub fn qualified_name(&self) -> String {
        let module = self.dict.get_str("__module__").and_then(|m| m.as_str().map(str::to_string)).or_else(|| self.module_from_name().map(str::to_string));
        let qualname = self.dict.get_str("__qualname__").and_then(|q| q.as_str().map(str::to_string)).unwrap_or_else(|| self.qualname.to_string());
        match module.as_deref() {
            None | Some("builtins") => qualname,
            Some(m) => format!("{m}.{qualname}"),
        }
    }

    /// `__name__`: the last part of a built-in type's dotted name.
    pub fn short_name(&self) -> &str {
        if self.builtin { self.name.rsplit('.').next().unwrap_or(&self.name) } else { &self.name }
    }

    pub fn new(name: &str, bases: Vec<ObjRef>, mro_tail: Vec<ObjRef>, layout: Layout, builtin: bool) -> TypeData {
        // A built-in type's name may carry its module (`string.templatelib.Template`), as
        // CPython's tp_name does: messages show it whole, `__name__`/`__qualname__` the last part.
        let short = if builtin { name.rsplit('.').next().unwrap_or(name) } else { name };
        TypeData {
            name: name.into(),
            qualname: short.into(),
            bases: bases.into(),
            mro_tail: mro_tail.into(),
            dict: Dict::new(),
            layout,
            builtin,
            subclassable: true,
            slots: None,
            struct_fields: None,
            renamed: parking_lot::Mutex::new(None),
            version: AtomicU64::new(NEXT_VERSION.fetch_add(1, Ordering::Relaxed)),
        }
    }

    #[inline]
    pub fn is_builtin(&self) -> bool {
        self.builtin
    }

    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// Invalidates caches keyed on this type's version (and, through the epoch, its subclasses').
    pub fn modified(&self) {
        self.version.store(NEXT_VERSION.fetch_add(1, Ordering::Relaxed), Ordering::Release);
        TYPE_EPOCH.fetch_add(1, Ordering::AcqRel);
    }
}

/// Bumped whenever any type's namespace changes after creation: the attribute cache below is
/// keyed on it, so a change to a base class cannot leave a subclass's cached lookup stale.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

const CACHE_SIZE: usize = 4096;

/// The process-wide type attribute cache (CPython's method cache): reading it writes no shared
/// memory, so threads looking up methods of a shared class do not contend.
fn attribute_cache() -> &'static [crate::cache::InlineCache] {
    static CACHE: OnceLock<Box<[crate::cache::InlineCache]>> = OnceLock::new();
    CACHE.get_or_init(|| (0..CACHE_SIZE).map(|_| Default::default()).collect())
}

fn name_hash(name: &str) -> u64 {
    // FNV-1a: cheap, and the cache also checks the type version and epoch.
    let mut h: u64 = 0xcbf29ce484222325 ^ name.len() as u64;
    for b in name.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h
}

/// `name` looked up along `ty`'s MRO (the type's own namespace first).
pub fn lookup(ty: &ObjRef, name: &str) -> Option<Value> {
    let data = ty.as_type()?;
    let version = data.version();
    let nh = name_hash(name);
    let epoch = TYPE_EPOCH.load(Ordering::Acquire);
    let entry = &attribute_cache()[((version ^ nh ^ (nh >> 17)) as usize) & (CACHE_SIZE - 1)];
    if let Some(hit) = entry.get3(version, nh, epoch) {
        return hit;
    }
    let found = lookup_uncached(data, name);
    entry.put3(version, nh, epoch, found.as_ref());
    found
}

fn lookup_uncached(data: &TypeData, name: &str) -> Option<Value> {
    if let Some(v) = data.dict.get_str(name) {
        return Some(v);
    }
    data.mro_tail.iter().find_map(|t| t.as_type().and_then(|d| d.dict.get_str(name)))
}

/// Direct subclasses of each type, by the base's address (`type.__subclasses__()`). The
/// registry holds strong references: classes are not freed once subclassed (classes made at
/// module level are immortal anyway).
fn subclass_registry() -> &'static parking_lot::Mutex<HashMap<usize, Vec<ObjRef>>> {
    static R: OnceLock<parking_lot::Mutex<HashMap<usize, Vec<ObjRef>>>> = OnceLock::new();
    R.get_or_init(Default::default)
}

pub fn add_subclass(base: &ObjRef, sub: &ObjRef) {
    subclass_registry().lock().entry(base.addr()).or_default().push(sub.clone());
}

pub fn subclasses(t: &ObjRef) -> Vec<ObjRef> {
    subclass_registry().lock().get(&t.addr()).cloned().unwrap_or_default()
}

/// The MRO including the type itself.
pub fn mro(ty: &ObjRef) -> Vec<ObjRef> {
    let mut out = vec![ty.clone()];
    if let Some(d) = ty.as_type() {
        out.extend(d.mro_tail.iter().cloned());
    }
    out
}

/// `issubclass(a, b)` for type objects (by MRO).
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    ObjRef::ptr_eq(a, b) || a.as_type().is_some_and(|d| d.mro_tail.iter().any(|t| ObjRef::ptr_eq(t, b)))
}

/// C3 linearization of a new class with `bases`; Err(message) when no consistent order exists.
pub fn c3_mro_tail(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| &s[0]).find(|c| {
            !seqs.iter().any(|s| s[1..].iter().any(|x| ObjRef::ptr_eq(x, c)))
        });
        let Some(c) = candidate.cloned() else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].as_type().map(|d| d.name.to_string()).unwrap_or_default();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if ObjRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

macro_rules! builtin_types {
    ($($field:ident: $name:literal, $layout:ident, [$($base:ident),*], $subclassable:literal;)*) => {
        /// The built-in types, created once per process.
        pub struct BuiltinTypes {
            $(pub $field: ObjRef,)*
            by_name: HashMap<&'static str, ObjRef>,
        }

        fn create_builtin_types() -> BuiltinTypes {
            let type_ = ObjRef::new_self_classed(|me| {
                Object::bootstrap(me, Kind::Type(Box::new(TypeData::new("type", Vec::new(), Vec::new(), Layout::Type, true))))
            });
            type_.make_immortal();
            let object = make_builtin("object", Vec::new(), Vec::new(), Layout::Plain, true, &type_);
            // SAFETY: during bootstrap nothing else references `type` yet.
            unsafe {
                type_.bootstrap_mut().kind = Kind::Type(Box::new(TypeData::new(
                    "type", vec![object.clone()], vec![object.clone()], Layout::Type, true,
                )));
            }
            let mut by_name = HashMap::new();
            by_name.insert("object", object.clone());
            by_name.insert("type", type_.clone());
            $(
                let $field = match $name {
                    "object" => object.clone(),
                    "type" => type_.clone(),
                    _ => {
                        let bases: Vec<ObjRef> = vec![$($base.clone()),*];
                        let bases = if bases.is_empty() { vec![object.clone()] } else { bases };
                        let tail = c3_mro_tail(&bases).expect("built-in MRO");
                        let t = make_builtin($name, bases.clone(), tail, Layout::$layout, $subclassable, &type_);
                        for base in &bases {
                            add_subclass(base, &t);
                        }
                        t
                    }
                };
                by_name.insert($name, $field.clone());
            )*
            BuiltinTypes { $($field,)* by_name }
        }
    };
}

fn make_builtin(name: &str, bases: Vec<ObjRef>, tail: Vec<ObjRef>, layout: Layout, subclassable: bool, class: &ObjRef) -> ObjRef {
    let mut data = TypeData::new(name, bases, tail, layout, true);
    data.subclassable = subclassable;
    let t = Object::new(class.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    t
}

builtin_types! {
    object: "object", Plain, [], true;
    type_: "type", Type, [], true;
    int: "int", Int, [], true;
    bool_: "bool", Int, [int], false;
    float: "float", Float, [], true;
    complex: "complex", Complex, [], true;
    str: "str", Str, [], true;
    bytes: "bytes", Bytes, [], true;
    bytearray: "bytearray", ByteArray, [], true;
    tuple: "tuple", Tuple, [], true;
    list: "list", List, [], true;
    dict: "dict", Dict, [], true;
    set: "set", Set, [], true;
    frozenset: "frozenset", FrozenSet, [], true;
    range: "range", Special, [], false;
    slice: "slice", Special, [], false;
    none_type: "NoneType", Special, [], false;
    not_implemented_type: "NotImplementedType", Special, [], false;
    ellipsis_type: "ellipsis", Special, [], false;
    function: "function", Special, [], false;
    builtin_function: "builtin_function_or_method", Special, [], false;
    method: "method", Special, [], false;
    code: "code", Special, [], false;
    cell: "cell", Special, [], false;
    module: "module", Plain, [], true;
    property: "property", Special, [], true;
    classmethod: "classmethod", Special, [], true;
    staticmethod: "staticmethod", Special, [], true;
    super_: "super", Special, [], true;
    generator: "generator", Special, [], false;
    coroutine: "coroutine", Special, [], false;
    async_generator: "async_generator", Special, [], false;
    iterator: "iterator", Special, [], false;
    callable_iterator: "callable_iterator", Special, [], false;
    list_reverseiterator: "list_reverseiterator", Special, [], false;
    list_iterator: "list_iterator", Special, [], false;
    tuple_iterator: "tuple_iterator", Special, [], false;
    range_iterator: "range_iterator", Special, [], false;
    str_iterator: "str_ascii_iterator", Special, [], false;
    dict_keyiterator: "dict_keyiterator", Special, [], false;
    dict_valueiterator: "dict_valueiterator", Special, [], false;
    dict_itemiterator: "dict_itemiterator", Special, [], false;
    set_iterator: "set_iterator", Special, [], false;
    bytes_iterator: "bytes_iterator", Special, [], false;
    bytearray_iterator: "bytearray_iterator", Special, [], false;
    dict_reversekeyiterator: "dict_reversekeyiterator", Special, [], false;
    dict_reversevalueiterator: "dict_reversevalueiterator", Special, [], false;
    dict_reverseitemiterator: "dict_reverseitemiterator", Special, [], false;
    dict_keys: "dict_keys", Special, [], false;
    dict_values: "dict_values", Special, [], false;
    dict_items: "dict_items", Special, [], false;
    mappingproxy: "mappingproxy", Special, [], false;
    generic_alias: "GenericAlias", Special, [], false;
    enumerate: "enumerate", Special, [], true;
    zip: "zip", Special, [], true;
    map: "map", Special, [], true;
    filter: "filter", Special, [], true;
    reversed: "reversed", Special, [], true;
    traceback: "traceback", Special, [], false;
    frame: "frame", Special, [], false;
    memoryview: "memoryview", Special, [], false;
    memory_iterator: "memory_iterator", Special, [], false;
    getset_descriptor: "getset_descriptor", Special, [], false;
    member_descriptor: "member_descriptor", Special, [], false;
}

impl BuiltinTypes {
    pub fn by_name(&self, name: &str) -> Option<&ObjRef> {
        self.by_name.get(name)
    }

    pub fn names(&self) -> impl Iterator<Item = (&&'static str, &ObjRef)> {
        self.by_name.iter()
    }
}

/// The process-wide built-in types.
pub fn builtin() -> &'static BuiltinTypes {
    static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();
    TYPES.get_or_init(create_builtin_types)
}

/// A struct sequence type (a tuple subclass with named fields), e.g. `sys.version_info`.
pub fn new_struct_sequence_type(name: &str, module: &str, fields: &[&'static str]) -> ObjRef {
    let b = builtin();
    let mut data = TypeData::new(name, vec![b.tuple.clone()], c3_mro_tail(&[b.tuple.clone()]).expect("mro"), Layout::Tuple, true);
    data.struct_fields = Some(fields.into());
    data.qualname = name.into();
    data.dict.set_str(crate::builtins::intern("__module__"), crate::builtins::new_str(module));
    let t = Object::new(b.type_.clone(), Kind::Type(Box::new(data)));
    t.make_immortal();
    t
}

/// A new heap type (a `class` statement or `type(name, bases, ns)`); the namespace is filled by
/// the caller.
pub fn new_heap_type(metaclass: ObjRef, data: TypeData) -> ObjRef {
    Object::new(metaclass, Kind::Type(Box::new(data)))
}
