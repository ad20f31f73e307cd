//! `ZstdDict`: dictionary content, its id, and the digested forms built from it on demand
//! (one compression dictionary per level, one decompression dictionary), shared by every
//! compressor and decompressor using it.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use ophis_vm::builtins::{new_bytes, new_str, new_tuple};
use ophis_vm::function::Args;
use ophis_vm::native_type;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};
use parking_lot::Mutex;

use super::ffi::{self, CDict, DDict};
use super::{bytes_arg, zstd_error};
use crate::args;

/// The shared part of a `ZstdDict`.
pub struct DictData {
    pub content: Arc<[u8]>,
    pub dict_id: u32,
    cdicts: Mutex<HashMap<i32, Arc<CDict>>>,
    ddict: Mutex<Option<Arc<DDict>>>,
}

impl DictData {
    /// The digested compression dictionary for `level`, built once.
    pub fn cdict(&self, level: i32) -> PyResult<Arc<CDict>> {
        let mut table = self.cdicts.lock();
        if let Some(c) = table.get(&level) {
            return Ok(c.clone());
        }
        let c = Arc::new(CDict::new(&self.content, level).ok_or_else(|| zstd_error("Failed to create a ZSTD_CDict instance from Zstandard dictionary content."))?);
        table.insert(level, c.clone());
        Ok(c)
    }

    /// The digested decompression dictionary, built once.
    pub fn ddict(&self) -> PyResult<Arc<DDict>> {
        let mut slot = self.ddict.lock();
        if let Some(d) = slot.as_ref() {
            return Ok(d.clone());
        }
        let d = Arc::new(DDict::new(&self.content).ok_or_else(|| zstd_error("Failed to create a ZSTD_DDict instance from Zstandard dictionary content."))?);
        *slot = Some(d.clone());
        Ok(d)
    }
}

/// The Rust value inside a `ZstdDict` instance.
pub struct ZstdDict(pub Arc<DictData>);

/// How a compressor or decompressor loads a dictionary (`as_digested_dict` and friends).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictUse {
    Digested = 0,
    Undigested = 1,
    Prefix = 2,
}

pub fn dict_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = native_type::new_type("compression.zstd.ZstdDict", "compression.zstd", None, false, Some(construct));
        native_type::add_method(&t, "__repr__", repr);
        native_type::add_method(&t, "__len__", len);
        super::refuse_pickling(&t);
        super::add_readonly(&t, "dict_id", dict_id);
        super::add_readonly(&t, "dict_content", dict_content);
        super::add_readonly(&t, "as_digested_dict", |vm, a| as_use(vm, a, DictUse::Digested));
        super::add_readonly(&t, "as_undigested_dict", |vm, a| as_use(vm, a, DictUse::Undigested));
        super::add_readonly(&t, "as_prefix", |vm, a| as_use(vm, a, DictUse::Prefix));
        native_type::set_attr(&t, "__doc__", new_str("Represents a Zstandard dictionary."));
        t
    })
}

/// `ZstdDict(dict_content, /, *, is_raw=False)`.
fn construct(vm: &mut Vm, cls: &ObjRef, a: Args) -> PyResult<Value> {
    super::at_most(&a, "ZstdDict", 2)?;
    if a.pos().len() > 1 {
        return Err(PyErr::type_error(format!("ZstdDict() takes exactly 1 positional argument ({} given)", a.pos().len())));
    }
    let [content, is_raw] = args::bind::<2>(&a, &args::Sig { name: "ZstdDict", params: &["dict_content", "is_raw"], posonly: 1, kwonly_from: 1, required: 1 })?;
    let content = bytes_arg(vm, content.expect("required"))?;
    let is_raw = match is_raw {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if content.len() < 8 {
        return Err(PyErr::value_error("Zstandard dictionary content too short (must have at least eight bytes)"));
    }
    let dict_id = ffi::dict_id_of_dict(&content);
    if !is_raw && dict_id == 0 {
        return Err(PyErr::value_error("invalid Zstandard dictionary"));
    }
    let data = DictData { content: Arc::from(content.into_owned()), dict_id, cdicts: Mutex::new(HashMap::new()), ddict: Mutex::new(None) };
    Ok(native_type::new_instance(cls, ZstdDict(Arc::new(data))))
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a ZstdDict> {
    native_type::this::<ZstdDict>(a, "ZstdDict")
}

fn repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(&a)?;
    Ok(new_str(format!("<ZstdDict dict_id={} dict_size={}>", d.0.dict_id, d.0.content.len())))
}

fn len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&a)?.0.content.len() as i64))
}

fn dict_id(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&a)?.0.dict_id as i64))
}

fn dict_content(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(new_bytes(this(&a)?.0.content.to_vec()))
}

fn as_use(_vm: &mut Vm, a: Args, how: DictUse) -> PyResult<Value> {
    this(&a)?;
    Ok(new_tuple(vec![a.values[0].clone(), Value::Int(how as i64)]))
}

/// The dictionary and how to load it from a `zstd_dict` argument: a `ZstdDict` (digested) or
/// a `(ZstdDict, 0|1|2)` pair from the `as_*` attributes.
pub fn parse_dict_arg(v: &Value) -> PyResult<(Arc<DictData>, DictUse)> {
    let bad = || PyErr::type_error("zstd_dict argument should be a ZstdDict object.");
    let Some(o) = v.as_obj() else { return Err(bad()) };
    if let Some(d) = native_type::native_of::<ZstdDict>(o) {
        return Ok((d.0.clone(), DictUse::Digested));
    }
    let [d, how] = o.as_tuple().ok_or_else(bad)? else { return Err(bad()) };
    let d = d.as_obj().and_then(|o| native_type::native_of::<ZstdDict>(o)).ok_or_else(bad)?;
    let how = match how {
        Value::Int(0) => DictUse::Digested,
        Value::Int(1) => DictUse::Undigested,
        Value::Int(2) => DictUse::Prefix,
        _ => return Err(bad()),
    };
    Ok((d.0.clone(), how))
}
