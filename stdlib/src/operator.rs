//! `_operator`: the standard operators as functions (`add`, `getitem`, `iadd`, ...) and the
//! callable classes `itemgetter`, `attrgetter` and `methodcaller`. `lib/operator.py` re-exports
//! it with the dunder aliases, as CPython's `operator` does over its C accelerator.

use std::sync::OnceLock;

use ophis_compiler::{BinaryOp, CompareOp};
use ophis_vm::builtins::{intern, new_str, new_tuple};
use ophis_vm::function::{Args, NativeFn};
use ophis_vm::native_type;
use ophis_vm::object::{Kind, ObjRef};
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::util::{call_builtin, count_error, no_kwargs, one_arg, positional};

fn two<'a>(name: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a Value)> {
    let pos = positional(name, &format!("_operator.{name}"), args, 2, 2)?;
    Ok((&pos[0], &pos[1]))
}

macro_rules! binary_ops {
    ($($fname:ident $pyname:literal $op:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two($pyname, &args)?;
            vm.binary_op(a.clone(), b.clone(), BinaryOp::$op)
        })*
        const BINARY: &[(&str, NativeFn)] = &[$(($pyname, $fname)),*];
    };
}

binary_ops! {
    add "add" Add; sub "sub" Subtract; mul "mul" Multiply; matmul "matmul" MatMul;
    floordiv "floordiv" FloorDivide; truediv "truediv" TrueDivide; mod_ "mod" Remainder;
    pow "pow" Power; lshift "lshift" LShift; rshift "rshift" RShift; and_ "and_" And;
    or_ "or_" Or; xor "xor" Xor;
    iadd "iadd" InplaceAdd; isub "isub" InplaceSubtract; imul "imul" InplaceMultiply;
    imatmul "imatmul" InplaceMatMul; ifloordiv "ifloordiv" InplaceFloorDivide;
    itruediv "itruediv" InplaceTrueDivide; imod "imod" InplaceRemainder; ipow "ipow" InplacePower;
    ilshift "ilshift" InplaceLShift; irshift "irshift" InplaceRShift; iand "iand" InplaceAnd;
    ior "ior" InplaceOr; ixor "ixor" InplaceXor;
}

macro_rules! compare_ops {
    ($($fname:ident $pyname:literal $op:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two($pyname, &args)?;
            vm.rich_compare(a, b, CompareOp::$op)
        })*
        const COMPARE: &[(&str, NativeFn)] = &[$(($pyname, $fname)),*];
    };
}

compare_ops! { lt "lt" Lt; le "le" Le; eq "eq" Eq; ne "ne" Ne; gt "gt" Gt; ge "ge" Ge; }

macro_rules! unary_ops {
    ($($fname:ident $pyname:literal $dunder:literal;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let v = one_arg(concat!("_operator.", $pyname), &args)?;
            vm.unary_op(v.clone(), $dunder)
        })*
    };
}

unary_ops! { neg "neg" "__neg__"; pos "pos" "__pos__"; inv "inv" "__invert__"; invert "invert" "__invert__"; }

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg("_operator.abs", &args)?;
    call_builtin(vm, "abs", std::slice::from_ref(v))
}

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg("_operator.not_", &args)?;
    Ok(Value::Bool(!vm.is_true(v)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg("_operator.truth", &args)?;
    Ok(Value::Bool(vm.is_true(v)?))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg("_operator.index", &args)?;
    vm.index_int(v)
}

fn is_none(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_arg("_operator.is_none", &args)?.is_none()))
}

fn is_not_none(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(!one_arg("_operator.is_not_none", &args)?.is_none()))
}

fn same(a: &Value, b: &Value) -> bool {
    a.is(b)
}

fn is_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("is_", &args)?;
    Ok(Value::Bool(same(a, b)))
}

fn is_not(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("is_not", &args)?;
    Ok(Value::Bool(!same(a, b)))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("contains", &args)?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("getitem", &args)?;
    vm.getitem(a, b)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("delitem", &args)?;
    vm.delitem(a, b)?;
    Ok(Value::None)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional("setitem", "_operator.setitem", &args, 3, 3)?;
    vm.setitem(&pos[0], pos[1].clone(), pos[2].clone())?;
    Ok(Value::None)
}

/// CPython's `PySequence_Check`: a `__getitem__` that is not a dict's.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    if matches!(v.kind(), Some(Kind::Dict(_))) {
        return false;
    }
    ophis_vm::types::lookup(&vm.class_of(v), "__getitem__").is_some()
}

fn concat_with(vm: &mut Vm, args: Args, name: &str, op: BinaryOp) -> PyResult<Value> {
    let (a, b) = two(name, &args)?;
    if !is_sequence(vm, a) {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", vm.type_name(a))));
    }
    vm.binary_op(a.clone(), b.clone(), op)
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_with(vm, args, "concat", BinaryOp::Add)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_with(vm, args, "iconcat", BinaryOp::InplaceAdd)
}

/// Iterates `seq` for `countOf`/`indexOf`, with their message for non-iterables.
fn search(vm: &mut Vm, seq: &Value, item: &Value, mut found: impl FnMut(usize) -> bool) -> PyResult<Option<usize>> {
    if !vm.has_iter(seq) {
        return Err(PyErr::type_error(format!("argument of type '{}' is not iterable", vm.type_name(seq))));
    }
    let it = vm.iter(seq)?;
    let mut i = 0usize;
    while let Some(x) = vm.next(&it)? {
        if same(&x, item) || vm.eq(&x, item)? {
            if found(i) {
                return Ok(Some(i));
            }
        }
        i += 1;
    }
    Ok(None)
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("countOf", &args)?;
    let mut n = 0i64;
    search(vm, a, b, |_| {
        n += 1;
        false
    })?;
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("indexOf", &args)?;
    match search(vm, a, b, |_| true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(count_error("call", 0, 1, usize::MAX));
    }
    vm.call(&args.values[0], &args.values[1..], args.kwnames)
}

/// `operator.length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else default.
pub fn length_hint_of(vm: &mut Vm, obj: &Value, default: i64) -> PyResult<i64> {
    let class = vm.class_of(obj);
    if ophis_vm::types::lookup(&class, "__len__").is_some() || vm_len_builtin(obj) {
        match call_builtin(vm, "len", std::slice::from_ref(obj)) {
            Ok(n) => return Ok(crate::util::int_i64(&n).unwrap_or(0)),
            Err(e) if e.is("TypeError") => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = ophis_vm::types::lookup(&class, "__length_hint__") else { return Ok(default) };
    let r = match vm.call(&hint, std::slice::from_ref(obj), &[]) {
        Ok(r) => r,
        Err(e) if e.is("TypeError") => return Ok(default),
        Err(e) => return Err(e),
    };
    if let Some(Kind::Singleton) = r.kind() {
        if r.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, ophis_vm::builtins::not_implemented())) {
            return Ok(default);
        }
    }
    let Some(n) = crate::util::int_i64(&r) else {
        return Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {}", vm.type_name(&r))));
    };
    if n < 0 {
        return Err(PyErr::value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

/// Built-in containers whose length the VM knows without a `__len__` method.
fn vm_len_builtin(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Dict(_) | Kind::Set(_) | Kind::Bytes(_) | Kind::ByteArray(_) | Kind::Range { .. }))
}

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional("length_hint", "length_hint", &args, 1, 2)?;
    let default = match pos.get(1) {
        None => 0,
        Some(d) => match ophis_vm::numbers::as_int(d) {
            Some(_) => vm.index_value(d)?,
            None => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(d)))),
        },
    };
    Ok(Value::Int(length_hint_of(vm, &pos[0], default)?))
}

pub(crate) fn compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two("_compare_digest", &args)?;
    let (x, y): (Vec<u8>, Vec<u8>) = match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(PyErr::type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        (None, None) => match (ophis_vm::buffer::bytes_of(a), ophis_vm::buffer::bytes_of(b)) {
            (Some(x), Some(y)) => (x.into_owned(), y.into_owned()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(a),
                    vm.type_name(b)
                )));
            }
        },
        _ => {
            let bad = if a.as_str().is_some() { a } else { b };
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(bad))));
        }
    };
    // Constant time in the length of `y`, as the reference does.
    let mut diff = (x.len() != y.len()) as u8;
    for (i, byte) in y.iter().enumerate() {
        diff |= x.get(i).copied().unwrap_or(!*byte) ^ byte;
    }
    Ok(Value::Bool(diff == 0))
}

// ---- itemgetter / attrgetter / methodcaller ----

struct ItemGetter {
    items: Vec<Value>,
}

struct AttrGetter {
    /// The names as given (for the repr and `__reduce__`).
    names: Vec<Value>,
    /// Each name split at dots into interned attribute names.
    paths: Vec<Vec<ObjRef>>,
}

struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvalues: Vec<Value>,
}

fn type_of(cell: &'static OnceLock<ObjRef>, name: &str, ctor: native_type::NativeCtor, methods: &[(&str, NativeFn)]) -> &'static ObjRef {
    cell.get_or_init(|| {
        let t = native_type::new_type(name, "operator", None, false, Some(ctor));
        native_type::add_methods(&t, methods);
        t
    })
}

fn itemgetter_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    type_of(&T, "itemgetter", itemgetter_new, &[("__call__", itemgetter_call), ("__repr__", itemgetter_repr), ("__reduce__", itemgetter_reduce)])
}

fn attrgetter_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    type_of(&T, "attrgetter", attrgetter_new, &[("__call__", attrgetter_call), ("__repr__", attrgetter_repr), ("__reduce__", attrgetter_reduce)])
}

fn methodcaller_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    type_of(&T, "methodcaller", methodcaller_new, &[("__call__", methodcaller_call), ("__repr__", methodcaller_repr), ("__reduce__", methodcaller_reduce)])
}

fn itemgetter_new(_vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    no_kwargs("itemgetter", &args)?;
    if args.pos().is_empty() {
        return Err(count_error("itemgetter", 0, 1, 1));
    }
    Ok(native_type::new_instance(cls, ItemGetter { items: args.pos().to_vec() }))
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &ItemGetter = native_type::this(&args, "operator.itemgetter")?;
    let obj = call_object("itemgetter", &args)?;
    if let [item] = &this.items[..] {
        return vm.getitem(obj, item);
    }
    let mut out = Vec::with_capacity(this.items.len());
    for item in &this.items {
        out.push(vm.getitem(obj, item)?);
    }
    Ok(new_tuple(out))
}

/// The one object a getter is called with (`args.values[0]` is the getter itself).
fn call_object<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    let obj = match args.pos() {
        [_, obj] => obj,
        pos => return Err(count_error(name, pos.len().saturating_sub(1), 1, 1)),
    };
    no_kwargs(name, args)?;
    Ok(obj)
}

/// `operator.name(repr, repr, ...)`, or `operator.name(...)` when already being repr'd.
fn getter_repr(vm: &mut Vm, name: &str, parts: &[Value], extra: &[(Value, Value)]) -> PyResult<Value> {
    let mut out = Vec::new();
    for p in parts {
        out.push(vm.repr_string(p)?);
    }
    for (k, v) in extra {
        out.push(format!("{}={}", k.as_str().unwrap_or(""), vm.repr_string(v)?));
    }
    Ok(new_str(format!("operator.{name}({})", out.join(", "))))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &ItemGetter = native_type::this(&args, "operator.itemgetter")?;
    getter_repr(vm, "itemgetter", &this.items, &[])
}

fn itemgetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &ItemGetter = native_type::this(&args, "operator.itemgetter")?;
    Ok(new_tuple(vec![Value::Obj(vm.class_of(&args.values[0])), new_tuple(this.items.clone())]))
}

fn attrgetter_new(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    no_kwargs("attrgetter", &args)?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(count_error("attrgetter", 0, 1, 1));
    }
    let mut paths = Vec::new();
    for name in pos {
        let Some(text) = name.as_str() else {
            return Err(PyErr::type_error("attribute name must be a string"));
        };
        let _ = vm;
        paths.push(text.split('.').map(intern).collect());
    }
    Ok(native_type::new_instance(cls, AttrGetter { names: pos.to_vec(), paths }))
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &AttrGetter = native_type::this(&args, "operator.attrgetter")?;
    let obj = call_object("attrgetter", &args)?;
    let mut results = Vec::with_capacity(this.paths.len());
    for path in &this.paths {
        let mut v = obj.clone();
        for name in path {
            v = vm.getattr(&v, name)?;
        }
        results.push(v);
    }
    if results.len() == 1 {
        return Ok(results.pop().unwrap_or(Value::None));
    }
    Ok(new_tuple(results))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &AttrGetter = native_type::this(&args, "operator.attrgetter")?;
    getter_repr(vm, "attrgetter", &this.names, &[])
}

fn attrgetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &AttrGetter = native_type::this(&args, "operator.attrgetter")?;
    Ok(new_tuple(vec![Value::Obj(vm.class_of(&args.values[0])), new_tuple(this.names.clone())]))
}

fn methodcaller_new(_vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(name) = pos.first() else {
        return Err(PyErr::type_error("methodcaller needs at least one argument, the method name"));
    };
    if name.as_str().is_none() {
        return Err(PyErr::type_error("method name must be a string"));
    }
    let kwvalues = args.values[pos.len()..].to_vec();
    let caller = MethodCaller { name: name.clone(), args: pos[1..].to_vec(), kwnames: args.kwnames.to_vec(), kwvalues };
    Ok(native_type::new_instance(cls, caller))
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &MethodCaller = native_type::this(&args, "operator.methodcaller")?;
    let obj = call_object("methodcaller", &args)?;
    let name = this.name.as_obj().cloned().ok_or_else(|| PyErr::type_error("method name must be a string"))?;
    let method = vm.getattr(obj, &name)?;
    let mut call_args = this.args.clone();
    call_args.extend(this.kwvalues.iter().cloned());
    vm.call(&method, &call_args, &this.kwnames)
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &MethodCaller = native_type::this(&args, "operator.methodcaller")?;
    let mut parts = vec![this.name.clone()];
    parts.extend(this.args.iter().cloned());
    let extra: Vec<(Value, Value)> = this.kwnames.iter().cloned().zip(this.kwvalues.iter().cloned()).collect();
    getter_repr(vm, "methodcaller", &parts, &extra)
}

fn methodcaller_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this: &MethodCaller = native_type::this(&args, "operator.methodcaller")?;
    let cls = Value::Obj(vm.class_of(&args.values[0]));
    if this.kwnames.is_empty() {
        let mut items = vec![this.name.clone()];
        items.extend(this.args.iter().cloned());
        return Ok(new_tuple(vec![cls, new_tuple(items)]));
    }
    // Keyword arguments cannot go through the constructor's positional tuple: CPython reduces
    // to functools.partial(cls, name, **kwargs) applied to the positional arguments.
    let functools = vm.import_absolute("functools")?;
    let partial = crate::util::getattr_str(vm, &functools, "partial")?;
    let mut pargs = vec![cls, this.name.clone()];
    pargs.extend(this.kwvalues.iter().cloned());
    let p = vm.call(&partial, &pargs, &this.kwnames)?;
    Ok(new_tuple(vec![p, new_tuple(this.args.clone())]))
}

/// Fills the `_operator` module.
pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let functions: &[(&str, NativeFn)] = &[
        ("neg", neg),
        ("pos", pos),
        ("inv", inv),
        ("invert", invert),
        ("abs", abs),
        ("not_", not_),
        ("truth", truth),
        ("index", index),
        ("is_none", is_none),
        ("is_not_none", is_not_none),
        ("is_", is_),
        ("is_not", is_not),
        ("contains", contains),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("concat", concat),
        ("iconcat", iconcat),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("call", call),
        ("length_hint", length_hint),
        ("_compare_digest", compare_digest),
    ];
    ophis_vm::modules::add_functions(module, functions);
    ophis_vm::modules::add_functions(module, BINARY);
    ophis_vm::modules::add_functions(module, COMPARE);
    let dict = module.as_dict().expect("module namespace");
    dict.set_str(intern("__doc__"), new_str("The operators of Python as functions: operator.add(x, y) is x + y."));
    for t in [itemgetter_type(), attrgetter_type(), methodcaller_type()] {
        let name = t.as_type().expect("type").name.to_string();
        dict.set_str(intern(&name), Value::Obj(t.clone()));
    }
    Ok(())
}
