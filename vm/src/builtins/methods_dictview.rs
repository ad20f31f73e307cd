//! Methods of the dict views `dict_keys`, `dict_values` and `dict_items`: length, iteration
//! (forward and reversed), membership, and for the set-like keys and items views the set
//! operators (`keys & other` is a set), `isdisjoint` and the set comparisons.

use ophis_compiler::CompareOp;

use super::method_args::{no_args, not_implemented, one_arg, receiver_as};
use super::methods_dict::{key_hash, reversed_part};
use super::methods_set::{compare_storages, difference_update_of, set_update, set_value, symmetric_difference_update_of, table_from};
use crate::set_table::SetTable;
use super::{add_method, new_tuple};
use crate::dict::Dict;
use crate::function::{Args, NativeFn};
use crate::interp::Vm;
use crate::iter::{DictPart, DictView};
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

pub(super) fn install() {
    let all: &[(&str, NativeFn)] = &[("__len__", view_len), ("__iter__", view_iter), ("__reversed__", view_reversed)];
    let set_like: &[(&str, NativeFn)] = &[
        ("__contains__", view_contains),
        ("isdisjoint", view_isdisjoint),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
    ];
    let b = types::builtin();
    for t in [&b.dict_keys, &b.dict_values, &b.dict_items] {
        for (name, f) in all {
            add_method(t, name, *f);
        }
    }
    for t in [&b.dict_keys, &b.dict_items] {
        for (name, f) in set_like {
            add_method(t, name, *f);
        }
    }
}

/// The name of the receiver's view type, for messages.
fn view_type(vm: &Vm, args: &Args) -> String {
    args.values.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "dict_keys".into())
}

fn as_view(v: &Value) -> Option<&DictView> {
    v.as_obj().and_then(|o| o.as_native::<DictView>())
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a DictView> {
    let ty = args.values.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "dict_keys".into());
    receiver_as(vm, args, &ty, name, as_view)
}

fn dict_of(view: &DictView) -> &Dict {
    static EMPTY: std::sync::OnceLock<Dict> = std::sync::OnceLock::new();
    view.dict.as_dict().unwrap_or_else(|| EMPTY.get_or_init(Dict::new))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__len__")?;
    no_args(&args, &view_type(vm, &args), "__len__")?;
    Ok(Value::Int(dict_of(v).len() as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__iter__")?;
    no_args(&args, &view_type(vm, &args), "__iter__")?;
    Ok(v.iter())
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__reversed__")?;
    no_args(&args, &view_type(vm, &args), "__reversed__")?;
    Ok(reversed_part(dict_of(v), v.part))
}

/// Whether the keys or items view `v` contains `item`.
fn view_has(vm: &mut Vm, v: &DictView, item: &Value) -> PyResult<bool> {
    let d = dict_of(v);
    match v.part {
        DictPart::Items => {
            let Some([key, value]) = item.as_tuple().and_then(|t| <&[Value; 2]>::try_from(t).ok()) else { return Ok(false) };
            let h = key_hash(vm, key)?;
            match d.get_hashed(vm, key, h)? {
                Some(found) => Ok(found.is(value) || vm.eq(&found, value)?),
                None => Ok(false),
            }
        }
        _ => {
            let h = key_hash(vm, item)?;
            Ok(d.get_hashed(vm, item, h)?.is_some())
        }
    }
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__contains__")?;
    let item = one_arg(&args, &view_type(vm, &args), "__contains__")?;
    Ok(Value::Bool(view_has(vm, v, item)?))
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "isdisjoint")?;
    let other = one_arg(&args, &view_type(vm, &args), "isdisjoint")?;
    for x in vm.collect_iterable(other)? {
        if view_has(vm, v, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `set(view)` as CPython's `dictviews_to_set`: a keys view of an exact dict is merged as the
/// dict (one resize up front); other views are iterated.
fn view_storage(vm: &mut Vm, v: &DictView) -> PyResult<SetTable> {
    let out = SetTable::new();
    let d = dict_of(v);
    match v.part {
        DictPart::Keys if v.dict.class_data().is_builtin() => {
            let entries = d.entries();
            out.reserve_for(entries.len());
            for e in entries {
                out.add(vm, e.key, e.hash)?;
            }
        }
        DictPart::Keys => {
            for e in d.entries() {
                out.add(vm, e.key, e.hash)?;
            }
        }
        _ => {
            for e in d.entries() {
                let t = new_tuple(vec![e.key, e.value]);
                let h = super::methods_set::element_hash(vm, &t)?;
                out.add(vm, t, h)?;
            }
        }
    }
    Ok(out)
}

/// `set(v)` for a view or any iterable.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    match as_view(v) {
        Some(view) => view_storage(vm, view),
        None => table_from(vm, v),
    }
}

/// Whether `x` is in the view or (for the other operand of `&`) in any container.
fn member(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    match as_view(container) {
        Some(view) => view_has(vm, view, x),
        None => vm.contains(container, x),
    }
}

/// `a & b` where one operand is a view, as CPython's `_PyDictView_Intersect`: through the
/// set's own intersection when the other operand is a set at least as large as the view,
/// else the elements of the other operand that are in the view.
fn intersect(vm: &mut Vm, view: &Value, other: &Value) -> PyResult<SetTable> {
    let view_len = as_view(view).map_or(0, |v| dict_of(v).len());
    if let Some(Kind::Set(o)) = other.kind() {
        if other.as_obj().is_some_and(|x| ObjRef::ptr_eq(&x.class(), &types::builtin().set)) && view_len <= o.len() {
            return super::methods_set::intersection_of(vm, o, view);
        }
    }
    let out = SetTable::new();
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if member(vm, view, &x)? {
            let h = vm.hash(&x)?;
            out.add(vm, x, h)?;
        }
    }
    Ok(out)
}

#[derive(Clone, Copy)]
enum ViewOp {
    And,
    Or,
    Sub,
    Xor,
}

/// `view op other` (or `other op view` when reflected): a new set, computed as CPython's
/// dictview operators do (`set(left)` updated in place by the right operand).
fn operator(vm: &mut Vm, args: Args, name: &str, reflected: bool, op: ViewOp) -> PyResult<Value> {
    this(vm, &args, name)?;
    let other = one_arg(&args, &view_type(vm, &args), name)?;
    let me = &args.values[0];
    let (left, right) = if reflected { (other, me) } else { (me, other) };
    let out = match op {
        ViewOp::And => intersect(vm, me, other)?,
        ViewOp::Or => {
            let out = to_set(vm, left)?;
            set_update(vm, &out, right)?;
            out
        }
        ViewOp::Sub => {
            let out = to_set(vm, left)?;
            difference_update_of(vm, &out, right)?;
            out
        }
        ViewOp::Xor => {
            let out = to_set(vm, left)?;
            symmetric_difference_update_of(vm, &out, right)?;
            out
        }
    };
    Ok(set_value(false, out))
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__and__", false, ViewOp::And)
}
fn view_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rand__", true, ViewOp::And)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__or__", false, ViewOp::Or)
}
fn view_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__ror__", true, ViewOp::Or)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__sub__", false, ViewOp::Sub)
}
fn view_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rsub__", true, ViewOp::Sub)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__xor__", false, ViewOp::Xor)
}
fn view_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rxor__", true, ViewOp::Xor)
}

/// Set comparisons with sets, frozensets and the keys/items views.
fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let v = this(vm, &args, name)?;
    let other = one_arg(&args, &view_type(vm, &args), name)?;
    let theirs = match (other.kind(), as_view(other)) {
        (Some(Kind::Set(d)), _) => d.copy(),
        (_, Some(o)) if o.part != DictPart::Values => view_storage(vm, o)?,
        _ => return Ok(not_implemented()),
    };
    let mine = view_storage(vm, v)?;
    Ok(Value::Bool(compare_storages(vm, &mine, &theirs, op)?))
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}
fn view_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}
fn view_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}
fn view_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}
fn view_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}
fn view_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}
