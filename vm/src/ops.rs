//! The object protocols: operators, comparison, truth, hashing, containment, item access,
//! iteration, unpacking. Built-in types are handled natively; everything else goes through the
//! special methods found on the type, as CPython's abstract object layer does.

use ophis_compiler::{BinaryOp, CompareOp};

use crate::builtins::{new_list, new_str, new_tuple};
use crate::exceptions::PyErr;
use crate::interp::Vm;
use crate::iter::{IterState, NativeIterator, new_iterator};
use crate::numbers::{self, IntRef, as_float, as_int, int_binary, int_value};
use crate::object::{Kind, ObjRef};
use crate::value::Value;
use crate::{PyResult, types};

pub fn new_complex(z: crate::numeric::Complex64) -> Value {
    Value::Obj(crate::object::Object::new(types::builtin().complex.clone(), Kind::Complex { real: z.re, imag: z.im }))
}

fn dunder_names(op: BinaryOp) -> (&'static str, &'static str) {
    use BinaryOp::*;
    match op {
        Add => ("__add__", "__radd__"),
        And => ("__and__", "__rand__"),
        FloorDivide => ("__floordiv__", "__rfloordiv__"),
        LShift => ("__lshift__", "__rlshift__"),
        MatMul => ("__matmul__", "__rmatmul__"),
        Multiply => ("__mul__", "__rmul__"),
        Remainder => ("__mod__", "__rmod__"),
        Or => ("__or__", "__ror__"),
        Power => ("__pow__", "__rpow__"),
        RShift => ("__rshift__", "__rrshift__"),
        Subtract => ("__sub__", "__rsub__"),
        TrueDivide => ("__truediv__", "__rtruediv__"),
        Xor => ("__xor__", "__rxor__"),
        _ => ("", ""),
    }
}

fn inplace_name(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        InplaceAdd => "__iadd__",
        InplaceAnd => "__iand__",
        InplaceFloorDivide => "__ifloordiv__",
        InplaceLShift => "__ilshift__",
        InplaceMatMul => "__imatmul__",
        InplaceMultiply => "__imul__",
        InplaceRemainder => "__imod__",
        InplaceOr => "__ior__",
        InplacePower => "__ipow__",
        InplaceRShift => "__irshift__",
        InplaceSubtract => "__isub__",
        InplaceTrueDivide => "__itruediv__",
        InplaceXor => "__ixor__",
        _ => "",
    }
}

/// Built-in sequences implement `+`, `*` and their in-place forms as sequence slots, which
/// CPython tries only after both operands' number methods. Their `__add__`-style methods
/// (which raise for an operand of the wrong type, as explicit calls must) are therefore not
/// part of the operator protocol here; `native_binary` applies concatenation and repetition.
fn is_sequence_slot(m: &Value, name: &str) -> bool {
    matches!(name, "__add__" | "__mul__" | "__rmul__" | "__iadd__" | "__imul__")
        && matches!(m.kind(), Some(Kind::BuiltinFunction(b)) if matches!(b.owner, Some("list" | "tuple" | "str" | "bytes" | "bytearray")))
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if ObjRef::ptr_eq(o, crate::builtins::not_implemented()))
}

fn cmp_result(o: Option<std::cmp::Ordering>, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match (o, op) {
        (None, CompareOp::Ne) => true,
        (None, _) => false,
        (Some(o), CompareOp::Lt) => o == Less,
        (Some(o), CompareOp::Le) => o != Greater,
        (Some(o), CompareOp::Eq) => o == Equal,
        (Some(o), CompareOp::Ne) => o != Equal,
        (Some(o), CompareOp::Gt) => o == Greater,
        (Some(o), CompareOp::Ge) => o != Less,
    }
}

fn compare_name(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

/// Whether `v` is an instance of a built-in type (not a user subclass).
fn is_builtin_instance(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.class_data().is_builtin(),
        _ => true,
    }
}

impl Vm {
    pub fn class_of(&self, v: &Value) -> ObjRef {
        let b = types::builtin();
        match v {
            Value::None => b.none_type.clone(),
            Value::Bool(_) => b.bool_.clone(),
            Value::Int(_) => b.int.clone(),
            Value::Float(_) => b.float.clone(),
            Value::Obj(o) => o.class().clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        let c = self.class_of(v);
        c.as_type().map(|t| t.name.to_string()).unwrap_or_default()
    }

    /// Calls the special method `name` of `obj`'s type as the operator protocol does (None when
    /// the type has none, or only a built-in sequence slot; see `is_sequence_slot`).
    fn operator_method(&mut self, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
        let class = self.class_of(obj);
        let Some(m) = types::lookup(&class, name) else { return Ok(None) };
        if is_sequence_slot(&m, name) {
            return Ok(None);
        }
        self.call_unbound(&m, &[obj.clone(), arg.clone()]).map(Some)
    }

    pub fn binary_op(&mut self, a: Value, b: Value, op: BinaryOp) -> PyResult<Value> {
        if op == BinaryOp::Subscr {
            return self.getitem(&a, &b);
        }
        if is_builtin_instance(&a) && is_builtin_instance(&b) {
            if let Some(r) = self.native_binary(&a, &b, op) {
                return r;
            }
        }
        if op.is_inplace() {
            if let Some(r) = self.operator_method(&a, inplace_name(op), &b)? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let plain = op.without_inplace();
        // Built-in operand pairs the native path does not handle (bytearray, dict views, ...)
        // go through the special methods as well.
        {
            let (name, rname) = dunder_names(plain);
            let ta = self.class_of(&a);
            let tb = self.class_of(&b);
            let same = ObjRef::ptr_eq(&ta, &tb);
            let reflected_first = !same && types::is_subtype(&tb, &ta) && types::lookup(&tb, rname).is_some();
            if reflected_first {
                if let Some(r) = self.operator_method(&b, rname, &a)? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if let Some(r) = self.operator_method(&a, name, &b)? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            } else if is_builtin_instance(&a) {
                if let Some(r) = self.native_binary(&self.builtin_base_value(&a), &self.builtin_base_value(&b), plain) {
                    if let Ok(v) = r {
                        return Ok(v);
                    }
                }
            }
            if !same && !reflected_first {
                if let Some(r) = self.operator_method(&b, rname, &a)? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            // A user subclass of a built-in type without the method: the built-in behaviour.
            if let Some(r) = self.native_binary(&self.builtin_base_value(&a), &self.builtin_base_value(&b), if op.is_inplace() { op } else { plain }) {
                return r;
            }
        }
        if plain == BinaryOp::Power {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op.is_inplace() { "**=" } else { "** or pow()" },
                self.type_name(&a),
                self.type_name(&b)
            )));
        }
        if plain == BinaryOp::Remainder && !op.is_inplace() {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for %: '{}' and '{}'",
                self.type_name(&a),
                self.type_name(&b)
            )));
        }
        if plain == BinaryOp::Add && a.as_str().is_some() && !op.is_inplace() {
            return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(&b))));
        }
        if plain == BinaryOp::Add && matches!(a.kind(), Some(Kind::List(_))) && !op.is_inplace() {
            return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", self.type_name(&b))));
        }
        if plain == BinaryOp::Add && matches!(a.kind(), Some(Kind::Tuple(_))) && !op.is_inplace() {
            return Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(&b))));
        }
        if plain == BinaryOp::Add && matches!(a.kind(), Some(Kind::Bytes(_) | Kind::ByteArray(_))) {
            // bytes and bytearray concatenate any buffer (their sequence slot, tried last).
            if let (Some(Kind::ByteArray(x)), true) = (a.kind(), op.is_inplace()) {
                if let Some(more) = crate::buffer::bytes_of(&b) {
                    let more = more.into_owned();
                    let mut g = x.lock();
                    x.check_resize(0, more.len())?;
                    g.try_reserve(more.len()).map_err(|_| PyErr::new("MemoryError", ""))?;
                    g.extend_from_slice(&more);
                    drop(g);
                    return Ok(a.clone());
                }
            }
            if let (Some(x), Some(y)) = (crate::buffer::bytes_of(&a), crate::buffer::bytes_of(&b)) {
                let mut v = Vec::new();
                v.try_reserve_exact(x.len().saturating_add(y.len())).map_err(|_| PyErr::new("MemoryError", ""))?;
                v.extend_from_slice(&x);
                v.extend_from_slice(&y);
                let array = matches!(a.kind(), Some(Kind::ByteArray(_)));
                return Ok(if array { crate::builtins::new_bytearray(v) } else { crate::builtins::new_bytes(v) });
            }
            return Err(PyErr::type_error(format!("can't concat {} to {}", self.type_name(&b), self.type_name(&a))));
        }
        if plain == BinaryOp::Add && op.is_inplace() && matches!(a.kind(), Some(Kind::List(_))) {
            return Err(PyErr::type_error(format!("'{}' object is not iterable", self.type_name(&b))));
        }
        if plain == BinaryOp::Multiply {
            let seq = |v: &Value| matches!(v.kind(), Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_)));
            let other = if seq(&a) && as_int(&b).is_none() {
                Some(&b)
            } else if seq(&b) && as_int(&a).is_none() {
                Some(&a)
            } else {
                None
            };
            if let Some(other) = other {
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other))));
            }
        }
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(&a),
            self.type_name(&b)
        )))
    }

    /// Complex arithmetic (3.14's mixed-mode rules: real operands are not widened).
    fn complex_binary(&mut self, a: &Value, b: &Value, op: BinaryOp) -> Option<PyResult<Value>> {
        use crate::numeric::complex::{self, ComplexOperand};
        fn operand(v: &Value) -> Option<Result<ComplexOperand, PyErr>> {
            if let Some(Kind::Complex { real, imag }) = v.kind() {
                return Some(Ok(ComplexOperand::Complex(crate::numeric::Complex64::new(*real, *imag))));
            }
            if let Some(f) = as_float(v) {
                return Some(Ok(ComplexOperand::Real(f)));
            }
            as_int(v).map(|i| numbers::int_to_f64(&i).map(ComplexOperand::Real))
        }
        if !matches!(a.kind(), Some(Kind::Complex { .. })) && !matches!(b.kind(), Some(Kind::Complex { .. })) {
            return None;
        }
        let (x, y) = match (operand(a)?, operand(b)?) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        };
        let num = |e: crate::numeric::NumError| PyErr::new(e.class_name(), e.message());
        let r = match op {
            BinaryOp::Add => Ok(complex::add(x, y)),
            BinaryOp::Subtract => Ok(complex::sub(x, y)),
            BinaryOp::Multiply => Ok(complex::mul(x, y)),
            BinaryOp::TrueDivide => complex::truediv(x, y).map_err(num),
            BinaryOp::Power => complex::pow_operands(x, y).map_err(num),
            _ => return None,
        };
        Some(r.map(new_complex))
    }

    /// A user subclass instance seen as its built-in base value (an int subclass as its int).
    fn builtin_base_value(&self, v: &Value) -> Value {
        v.clone()
    }

    /// Built-in operators on built-in operand types; None when the pair is not handled.
    fn native_binary(&mut self, a: &Value, b: &Value, op: BinaryOp) -> Option<PyResult<Value>> {
        let plain = op.without_inplace();
        // bool's &, | and ^ of two bools give a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match plain {
                BinaryOp::And => return Some(Ok(Value::Bool(x & y))),
                BinaryOp::Or => return Some(Ok(Value::Bool(x | y))),
                BinaryOp::Xor => return Some(Ok(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if let Some(r) = int_binary(&x, &y, plain) {
                return Some(r);
            }
            if plain == BinaryOp::TrueDivide {
                return Some(match (numbers::int_to_f64(&x), numbers::int_to_f64(&y)) {
                    (Ok(p), Ok(q)) => numbers::float_binary(p, q, plain).expect("true divide"),
                    (Err(e), _) | (_, Err(e)) => Err(e),
                });
            }
            return None;
        }
        if let Some(r) = self.complex_binary(a, b, plain) {
            return Some(r);
        }
        let fx = as_float(a).map(Ok).or_else(|| as_int(a).map(|i| numbers::int_to_f64(&i)));
        let fy = as_float(b).map(Ok).or_else(|| as_int(b).map(|i| numbers::int_to_f64(&i)));
        if let (Some(x), Some(y)) = (fx, fy) {
            let (x, y) = match (x, y) {
                (Ok(x), Ok(y)) => (x, y),
                (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
            };
            return numbers::float_binary(x, y, plain);
        }
        if plain == BinaryOp::Remainder && a.as_str().is_some() {
            return Some(crate::formatting::percent_format_value(self, a, b));
        }
        let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
            return self.native_sequence_repeat(a, b, op);
        };
        match (&oa.kind, &ob.kind, plain) {
            (Kind::Str(x), Kind::Str(y), BinaryOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Some(Ok(new_str(s)))
            }
            (Kind::List(x), Kind::List(y), BinaryOp::Add) => {
                if op.is_inplace() {
                    let items = y.lock().clone();
                    x.lock().extend(items);
                    return Some(Ok(a.clone()));
                }
                let mut v = x.lock().clone();
                v.extend(y.lock().iter().cloned());
                Some(Ok(new_list(v)))
            }
            (Kind::List(x), _, BinaryOp::Add) if op.is_inplace() => {
                let items = match self.collect_iterable(b) {
                    Ok(i) => i,
                    Err(e) => return Some(Err(e)),
                };
                x.lock().extend(items);
                Some(Ok(a.clone()))
            }
            (Kind::Tuple(x), Kind::Tuple(y), BinaryOp::Add) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Some(Ok(new_tuple(v)))
            }
            (Kind::Bytes(x), Kind::Bytes(y), BinaryOp::Add) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Some(Ok(crate::builtins::new_bytes(v)))
            }
            (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Bytes(_) | Kind::ByteArray(_), BinaryOp::Add) => {
                let bytes_of = |k: &Kind| match k {
                    Kind::Bytes(x) => x.to_vec(),
                    Kind::ByteArray(x) => x.lock().clone(),
                    _ => Vec::new(),
                };
                let more = bytes_of(&ob.kind);
                match &oa.kind {
                    Kind::ByteArray(x) if op.is_inplace() => {
                        let mut g = x.lock();
                        if let Err(e) = x.check_resize(0, more.len()) {
                            return Some(Err(e));
                        }
                        g.extend_from_slice(&more);
                        Some(Ok(a.clone()))
                    }
                    Kind::ByteArray(x) => {
                        let mut v = x.lock().clone();
                        v.extend_from_slice(&more);
                        Some(Ok(crate::builtins::new_bytearray(v)))
                    }
                    _ => {
                        let mut v = bytes_of(&oa.kind);
                        v.extend_from_slice(&more);
                        Some(Ok(crate::builtins::new_bytes(v)))
                    }
                }
            }
            (Kind::Set(_), Kind::Set(_), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor) => {
                Some(crate::builtins::set_operator(self, a, b, plain, op.is_inplace()))
            }
            (Kind::Dict(x), Kind::Dict(y), BinaryOp::Or) => {
                if op.is_inplace() {
                    for e in y.entries() {
                        if let Err(err) = x.set_hashed(self, e.key, e.hash, e.value) {
                            return Some(Err(err));
                        }
                    }
                    return Some(Ok(a.clone()));
                }
                let d = x.copy();
                for e in y.entries() {
                    if let Err(err) = d.set_hashed(self, e.key, e.hash, e.value) {
                        return Some(Err(err));
                    }
                }
                Some(Ok(Value::Obj(crate::object::Object::new(types::builtin().dict.clone(), Kind::Dict(d)))))
            }
            (Kind::Str(_), _, BinaryOp::Remainder) => Some(crate::formatting::percent_format_value(self, a, b)),
            _ => self.native_sequence_repeat(a, b, op),
        }
    }

    /// `seq * n` (and `list *= n`, `bytearray *= n`, which repeat in place).
    fn native_sequence_repeat(&mut self, a: &Value, b: &Value, op: BinaryOp) -> Option<PyResult<Value>> {
        if op.without_inplace() != BinaryOp::Multiply {
            return None;
        }
        let inplace = op.is_inplace();
        let is_seq = |v: &Value| matches!(v.kind(), Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_)));
        let index_like = |vm: &Vm, v: &Value| as_int(v).is_some() || (!is_seq(v) && types::lookup(&vm.class_of(v), "__index__").is_some());
        let (seq, n) = if is_seq(a) && index_like(self, b) {
            (a, b)
        } else if is_seq(b) && index_like(self, a) {
            (b, a)
        } else {
            return None;
        };
        // A count with __index__ (not an int itself) is converted first.
        let converted;
        let n = if as_int(n).is_some() {
            n
        } else {
            converted = match self.call_method(n, "__index__", &[]) {
                Ok(Some(v)) if as_int(&v).is_some() => v,
                Ok(_) => return Some(Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(n))))),
                Err(e) => return Some(Err(e)),
            };
            &converted
        };
        let n = match as_int(n)? {
            IntRef::Small(n) => n.max(0) as usize,
            IntRef::Big(b) => {
                if num_traits::Signed::is_negative(b) {
                    0
                } else {
                    return Some(Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")));
                }
            }
        };
        // Sizes come from user code: allocate fallibly (MemoryError), never abort.
        fn repeat<T: Clone>(items: &[T], n: usize) -> PyResult<Vec<T>> {
            let total = items.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize / 16).ok_or_else(|| PyErr::new("MemoryError", ""))?;
            let mut v = Vec::new();
            v.try_reserve_exact(total).map_err(|_| PyErr::new("MemoryError", ""))?;
            for _ in 0..n {
                v.extend_from_slice(items);
            }
            Ok(v)
        }
        Some(match seq.kind()? {
            Kind::Str(s) => repeat(s.as_str().as_bytes(), n).map(|b| new_str(String::from_utf8(b).expect("repeated UTF-8"))),
            Kind::List(l) if inplace && std::ptr::eq(seq, a) => {
                let items = l.lock().clone();
                repeat(&items, n).map(|v| {
                    let old = std::mem::replace(&mut *l.lock(), v);
                    drop(old);
                    a.clone()
                })
            }
            Kind::List(l) => {
                let items = l.lock().clone();
                repeat(&items, n).map(new_list)
            }
            Kind::Tuple(t) => repeat(t, n).map(new_tuple),
            Kind::Bytes(bs) => repeat(bs, n).map(crate::builtins::new_bytes),
            Kind::ByteArray(bs) if inplace && std::ptr::eq(seq, a) => {
                let data = bs.lock().clone();
                repeat(&data, n).and_then(|v| {
                    let mut g = bs.lock();
                    bs.check_resize(g.len(), v.len())?;
                    *g = v;
                    Ok(a.clone())
                })
            }
            Kind::ByteArray(bs) => {
                let data = bs.lock().clone();
                repeat(&data, n).map(crate::builtins::new_bytearray)
            }
            _ => return None,
        })
    }

    pub fn unary_op(&mut self, v: Value, name: &str) -> PyResult<Value> {
        match (&v, name) {
            (Value::Int(i), "__neg__") if *i != i64::MIN => return Ok(Value::Int(-i)),
            (Value::Float(f), "__neg__") => return Ok(Value::Float(-f)),
            (Value::Int(_) | Value::Float(_), "__pos__") => return Ok(v),
            (Value::Bool(b), "__pos__") => return Ok(Value::Int(*b as i64)),
            (Value::Bool(b), "__neg__") => return Ok(Value::Int(-(*b as i64))),
            (Value::Int(i), "__invert__") => return Ok(Value::Int(!i)),
            (Value::Bool(b), "__invert__") => {
                self.warn("DeprecationWarning", crate::warnings::BOOL_INVERT_DEPRECATED, 1)?;
                return Ok(Value::Int(!(*b as i64)));
            }
            _ => {}
        }
        if let Some(Kind::Complex { real, imag }) = v.kind() {
            match name {
                "__neg__" => return Ok(new_complex(crate::numeric::Complex64::new(-real, -imag))),
                "__pos__" => return Ok(new_complex(crate::numeric::Complex64::new(*real, *imag))),
                _ => {}
            }
        }
        if is_builtin_instance(&v) {
            if let Some(i) = as_int(&v) {
                let b = i.to_bigint();
                return Ok(match name {
                    "__neg__" => int_value(-b),
                    "__pos__" => int_value(b),
                    _ => int_value(!b),
                });
            }
        }
        if let Some(r) = self.call_method(&v, name, &[])? {
            return Ok(r);
        }
        let sym = match name {
            "__neg__" => "-",
            "__pos__" => "+",
            _ => "~",
        };
        Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(&v))))
    }

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                if o.class_data().is_builtin() {
                    match &o.kind {
                        Kind::Str(s) => return Ok(s.char_len() > 0),
                        Kind::List(l) => return Ok(!l.lock().is_empty()),
                        Kind::Tuple(t) => return Ok(!t.is_empty()),
                        Kind::Dict(d) => return Ok(!d.is_empty()),
                        Kind::Set(d) => return Ok(!d.is_empty()),
                        Kind::Int(_) => return Ok(true),
                        Kind::Bytes(b) => return Ok(!b.is_empty()),
                        _ => {}
                    }
                }
                if let Some(r) = self.call_method(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", self.type_name(&other)))),
                    };
                }
                if let Some(r) = self.call_method(v, "__len__", &[])? {
                    let n = match as_int(&r) {
                        Some(IntRef::Big(_)) => return Err(PyErr::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
                        _ => self.index_value(&r)?,
                    };
                    if n < 0 {
                        return Err(PyErr::value_error("__len__() should return >= 0"));
                    }
                    return Ok(n != 0);
                }
                if !o.class_data().is_builtin() {
                    // Subclass of a built-in container with no override: the built-in truth.
                    match &o.kind {
                        Kind::List(l) => return Ok(!l.lock().is_empty()),
                        Kind::Dict(d) => return Ok(!d.is_empty()),
                        Kind::Set(d) => return Ok(!d.is_empty()),
                        Kind::Str(s) => return Ok(s.char_len() > 0),
                        Kind::Tuple(t) => return Ok(!t.is_empty()),
                        _ => {}
                    }
                }
                Ok(true)
            }
        }
    }

    /// `operator.index(v)` as an exact int value (bools become 0/1; big ints stay big).
    pub fn index_int(&mut self, v: &Value) -> PyResult<Value> {
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Value::Int(i)),
            Some(IntRef::Big(b)) => Ok(crate::numbers::int_value(b.clone())),
            None => match self.call_method(v, "__index__", &[])? {
                Some(r) if as_int(&r).is_some() => self.index_int(&r),
                Some(r) => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", self.type_name(&r)))),
                None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
            },
        }
    }

    /// An int value as i64 via `__index__` (OverflowError beyond i64).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(i),
            Some(IntRef::Big(_)) => Err(PyErr::new("OverflowError", "Python int too large to convert to C ssize_t")),
            None => match self.call_method(v, "__index__", &[])? {
                Some(r) if as_int(&r).is_some() => self.index_value(&r),
                _ => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
        }
    }

    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        let both_builtin = is_builtin_instance(a) && is_builtin_instance(b);
        if both_builtin {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        // Built-in pairs the native comparison does not handle go through the special methods
        // when a type defines more than identity (bytearray, dict views, range, slice); the
        // others (`x == None`) are decided by identity below without looking anything up.
        let compared_by_methods = |v: &Value| matches!(v.kind(), Some(Kind::ByteArray(_) | Kind::Native(_) | Kind::Range { .. } | Kind::Slice { .. }));
        if !both_builtin || compared_by_methods(a) || compared_by_methods(b) {
            let name = compare_name(op);
            let rname = compare_name(op.swapped());
            let ta = self.class_of(a);
            let tb = self.class_of(b);
            let reflected_first = !ObjRef::ptr_eq(&ta, &tb) && types::is_subtype(&tb, &ta);
            if reflected_first {
                if let Some(r) = self.call_method(b, rname, std::slice::from_ref(a))? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if let Some(r) = self.call_method(a, name, std::slice::from_ref(b))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            if !reflected_first {
                if let Some(r) = self.call_method(b, rname, std::slice::from_ref(a))? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            // (`!=` falling back to `not __eq__` is object.__ne__'s job, found above.)
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Built-in comparisons; None when the pair is not comparable natively.
    fn native_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            let o = match (&x, &y) {
                (IntRef::Small(p), IntRef::Small(q)) => p.cmp(q),
                _ => x.to_bigint().cmp(&y.to_bigint()),
            };
            return Ok(Some(cmp_result(Some(o), op)));
        }
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            return Ok(Some(cmp_result(x.partial_cmp(&y), op)));
        }
        if let (Some(x), Some(y)) = (as_int(a), as_float(b)) {
            return Ok(Some(cmp_result(numbers::int_float_cmp(&x, y), op)));
        }
        if let (Some(x), Some(y)) = (as_float(a), as_int(b)) {
            return Ok(Some(cmp_result(numbers::int_float_cmp(&y, x).map(|o| o.reverse()), op)));
        }
        let as_c = |v: &Value| -> Option<(f64, f64)> {
            match v.kind() {
                Some(Kind::Complex { real, imag }) => Some((*real, *imag)),
                _ => as_float(v).map(|f| (f, 0.0)).or_else(|| as_int(v).and_then(|i| numbers::int_to_f64(&i).ok()).map(|f| (f, 0.0))),
            }
        };
        if matches!(a.kind(), Some(Kind::Complex { .. })) || matches!(b.kind(), Some(Kind::Complex { .. })) {
            if let (Some(x), Some(y)) = (as_c(a), as_c(b)) {
                return match op {
                    CompareOp::Eq => Ok(Some(x == y)),
                    CompareOp::Ne => Ok(Some(x != y)),
                    _ => Ok(None),
                };
            }
        }
        let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
            return Ok(None);
        };
        match (&oa.kind, &ob.kind) {
            (Kind::Str(x), Kind::Str(y)) => Ok(Some(cmp_result(Some(x.as_str().cmp(y.as_str())), op))),
            (Kind::Bytes(x), Kind::Bytes(y)) => Ok(Some(cmp_result(Some(x.cmp(y)), op))),
            (Kind::Tuple(x), Kind::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.sequence_compare(&x, &y, op).map(Some)
            }
            (Kind::List(x), Kind::List(y)) => {
                let (x, y) = (x.lock().clone(), y.lock().clone());
                self.sequence_compare(&x, &y, op).map(Some)
            }
            (Kind::Dict(x), Kind::Dict(y)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = self.dict_eq(x, y)?;
                Ok(Some(if op == CompareOp::Eq { eq } else { !eq }))
            }
            (Kind::Set(x), Kind::Set(y)) => crate::builtins::set_compare(self, x, y, op).map(Some),
            (Kind::Slice { start: a1, stop: b1, step: c1 }, Kind::Slice { start: a2, stop: b2, step: c2 }) => {
                let (x, y) = (vec![a1.clone(), b1.clone(), c1.clone()], vec![a2.clone(), b2.clone(), c2.clone()]);
                self.sequence_compare(&x, &y, op).map(Some)
            }
            // Bound methods: the same receiver (by identity) and equal functions.
            (Kind::BoundMethod(x), Kind::BoundMethod(y)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = x.object.is(&y.object) && self.eq(&x.func.clone(), &y.func.clone())?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            // (A memoryview compares its items even with itself: a NaN item makes it unequal.)
            _ if ObjRef::ptr_eq(oa, ob) && matches!(op, CompareOp::Eq | CompareOp::Ne) && oa.as_native::<crate::buffer::MemoryView>().is_none() => {
                Ok(Some(op == CompareOp::Eq))
            }
            _ => Ok(None),
        }
    }

    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) {
                continue;
            }
            if !self.eq(p, q)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => {
                        let r = self.rich_compare(p, q, op)?;
                        self.is_true(&r)
                    }
                };
            }
        }
        Ok(cmp_result(Some(x.len().cmp(&y.len())), op))
    }

    fn dict_eq(&mut self, x: &crate::dict::Dict, y: &crate::dict::Dict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for e in x.entries() {
            match y.get_hashed(self, &e.key, e.hash)? {
                Some(v) => {
                    if !(v.is(&e.value) || self.eq(&v, &e.value)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::native_key_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.is_true(&other),
        }
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0xFCA86420),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(crate::hash::hash_i64(*i)),
            Value::Float(f) => Ok(crate::numeric::hash_float(*f, f.to_bits())),
            Value::Obj(o) => {
                let builtin = o.class_data().is_builtin();
                match &o.kind {
                    Kind::Str(s) if builtin => return Ok(s.hash()),
                    Kind::Int(i) if builtin => return Ok(crate::numeric::hash_int(&crate::numeric::Int::from_big(i.clone()))),
                    Kind::Float(f) => return Ok(crate::numeric::hash_float(*f, o.addr() as u64)),
                    Kind::Complex { real, imag } if builtin => return Ok(crate::numeric::hash_complex(*real, *imag, o.addr() as u64)),
                    Kind::Bytes(b) if builtin => return Ok(crate::hash::hash_bytes(b)),
                    Kind::Tuple(items) if builtin => {
                        let items = items.to_vec();
                        return self.hash_tuple(&items);
                    }
                    Kind::Slice { start, stop, step } => {
                        let items = vec![start.clone(), stop.clone(), step.clone()];
                        return self.hash_lanes(&items, false);
                    }
                    Kind::List(_) | Kind::Dict(_) | Kind::ByteArray(_) if builtin => {
                        return Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v))));
                    }
                    Kind::Set(_) if builtin && ObjRef::ptr_eq(&o.class(), &types::builtin().set) => {
                        return Err(PyErr::type_error("unhashable type: 'set'"));
                    }
                    Kind::Set(d) if builtin => return Ok(d.frozenset_hash()),
                    Kind::BoundMethod(m) => {
                        // Consistent with equality: the receiver's identity and the function's hash.
                        let receiver = match &m.object {
                            Value::Obj(r) => ((r.addr() >> 4) | (r.addr() << 60)) as i64,
                            other => self.hash(other)?,
                        };
                        let func = m.func.clone();
                        let h = receiver ^ self.hash(&func)?;
                        return Ok(if h == -1 { -2 } else { h });
                    }
                    _ => {}
                }
                let class = o.class().clone();
                match types::lookup(&class, "__hash__") {
                    Some(Value::None) => Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                    // Any __hash__ but object's identity hash (built-in types define theirs
                    // natively, so a str or tuple subclass hashes by value).
                    Some(h) if !matches!(h.kind(), Some(Kind::BuiltinFunction(b)) if b.owner == Some("object") || b.owner.is_none()) => {
                        let r = self.call_unbound(&h, std::slice::from_ref(v))?;
                        match as_int(&r) {
                            Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                            Some(IntRef::Big(b)) => Ok(crate::hash::hash_bigint(b)),
                            None => Err(PyErr::type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => Ok(((o.addr() >> 4) | (o.addr() << 60)) as i64),
                }
            }
        }
    }

    fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        self.hash_lanes(items, true)
    }

    /// CPython's xxHash-based tuple hash; a slice hashes its three parts the same way without
    /// mixing in the length.
    fn hash_lanes(&mut self, items: &[Value], mix_length: bool) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc = P5;
        for i in items {
            let lane = self.hash(i)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        if mix_length {
            acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        }
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            if o.class_data().is_builtin() {
                match &o.kind {
                    Kind::Dict(d) => return Ok(d.get(self, item)?.is_some()),
                    Kind::Set(d) => return crate::builtins::set_contains(self, d, item),
                    Kind::Str(s) => {
                        return match item.as_str() {
                            Some(t) => Ok(s.as_str().contains(t)),
                            None => Err(PyErr::type_error(format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            ))),
                        };
                    }
                    Kind::List(l) => {
                        let items = l.lock().clone();
                        for v in &items {
                            if v.is(item) || self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    Kind::Tuple(t) => {
                        let items = t.to_vec();
                        for v in &items {
                            if v.is(item) || self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    Kind::Range { start, stop, step } => {
                        if let (Some(i), Some(a), Some(b), Some(c)) = (as_int(item), as_int(start), as_int(stop), as_int(step)) {
                            let (i, a, b, c) = (i.to_bigint(), a.to_bigint(), b.to_bigint(), c.to_bigint());
                            let zero = num_bigint::BigInt::from(0);
                            let inside = if c > zero { a <= i && i < b } else { b < i && i <= a };
                            return Ok(inside && num_integer::Integer::mod_floor(&(i - a), &c) == zero);
                        }
                    }
                    Kind::Native(n) => {
                        if let Some(view) = (**n).as_any().downcast_ref::<crate::iter::DictView>() {
                            if view.part == crate::iter::DictPart::Keys {
                                let d = view.dict.clone();
                                return Ok(d.as_dict().expect("dict").get(self, item)?.is_some());
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(r) = self.call_method(container, "__contains__", std::slice::from_ref(item))? {
            return self.is_true(&r);
        }
        if !self.has_iter(container) {
            return Err(PyErr::type_error(format!("argument of type '{}' is not a container or iterable", self.type_name(container))));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Normalizes a sequence index (negative from the end); IndexError outside.
    fn seq_index(&mut self, index: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match as_int(index) {
            Some(IntRef::Small(i)) => i,
            Some(IntRef::Big(_)) => return Err(PyErr::new("IndexError", format!("cannot fit 'int' into an index-sized integer"))),
            None => self.index_value(index).map_err(|_| {
                PyErr::type_error(match what {
                    "string" => format!("string indices must be integers, not '{}'", self.type_name(index)),
                    "bytes" => format!("byte indices must be integers or slices, not {}", self.type_name(index)),
                    _ => format!("{what} indices must be integers or slices, not {}", self.type_name(index)),
                })
            })?,
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(PyErr::new("IndexError", if what == "bytes" { "index out of range".to_string() } else { format!("{what} index out of range") }));
        }
        Ok(j as usize)
    }

    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = container {
            let builtin = o.class_data().is_builtin();
            let is_slice = matches!(key.kind(), Some(Kind::Slice { .. }));
            match &o.kind {
                Kind::List(l) if builtin || types::lookup(&o.class(), "__getitem__").is_none() => {
                    if is_slice {
                        let items = l.lock().clone();
                        let idx = crate::builtins::slice_indices(self, key, items.len())?;
                        return Ok(new_list(idx.into_iter().map(|i| items[i].clone()).collect()));
                    }
                    let len = l.lock().len();
                    let i = self.seq_index(key, len, "list")?;
                    return l.lock().get(i).cloned().ok_or_else(|| PyErr::new("IndexError", "list index out of range"));
                }
                Kind::Tuple(t) if builtin || types::lookup(&o.class(), "__getitem__").is_none() => {
                    if is_slice {
                        let idx = crate::builtins::slice_indices(self, key, t.len())?;
                        return Ok(new_tuple(idx.into_iter().map(|i| t[i].clone()).collect()));
                    }
                    let i = self.seq_index(key, t.len(), "tuple")?;
                    return Ok(t[i].clone());
                }
                Kind::Str(s) if builtin => {
                    if is_slice {
                        let idx = crate::builtins::slice_indices(self, key, s.char_len())?;
                        let text: String = if s.is_ascii() {
                            idx.into_iter().map(|i| s.as_str().as_bytes()[i] as char).collect()
                        } else {
                            let chars: Vec<char> = s.as_str().chars().collect();
                            idx.into_iter().map(|i| chars[i]).collect()
                        };
                        return Ok(new_str(text));
                    }
                    let i = self.seq_index(key, s.char_len(), "string")?;
                    return Ok(new_str(s.char_at(i).to_string()));
                }
                Kind::Bytes(b) if builtin => {
                    if is_slice {
                        // Contiguous slices (the common case: chunking data) copy directly.
                        let (start, stop, step) = crate::builtins::slice_bounds(self, key, b.len())?;
                        if step == 1 {
                            let range = start as usize..(stop.max(start)) as usize;
                            return Ok(crate::builtins::new_bytes(b[range].to_vec()));
                        }
                        let idx = crate::builtins::slice_indices(self, key, b.len())?;
                        return Ok(crate::builtins::new_bytes(idx.into_iter().map(|i| b[i]).collect()));
                    }
                    let i = self.seq_index(key, b.len(), "bytes")?;
                    return Ok(Value::Int(b[i] as i64));
                }
                Kind::Dict(d) if builtin => {
                    return match d.get(self, key)? {
                        Some(v) => Ok(v),
                        None => Err(PyErr::with_args("KeyError", vec![key.clone()])),
                    };
                }
                Kind::Range { .. } => return crate::builtins::range_getitem(self, container, key),
                Kind::Type(_) => {
                    // A metaclass's __getitem__ (Enum's `Color['RED']`) comes before
                    // __class_getitem__, as in CPython.
                    let meta = self.class_of(container);
                    if !ObjRef::ptr_eq(&meta, &types::builtin().type_) && types::lookup(&meta, "__getitem__").is_some() {
                        if let Some(r) = self.call_method(container, "__getitem__", std::slice::from_ref(key))? {
                            return Ok(r);
                        }
                    }
                    if let Some(m) = types::lookup(o, "__class_getitem__") {
                        let f = match m.kind() {
                            Some(Kind::ClassMethod(f)) => f.clone(),
                            _ => m.clone(),
                        };
                        return self.call(&f, &[container.clone(), key.clone()], &[]);
                    }
                    if ObjRef::ptr_eq(o, &types::builtin().type_) {
                        return Ok(container.clone());
                    }
                    let name = o.as_type().map(|t| t.name.to_string()).unwrap_or_default();
                    return Err(PyErr::type_error(format!("type '{name}' is not subscriptable")));
                }
                _ => {}
            }
            if let Some(r) = self.call_method(container, "__getitem__", std::slice::from_ref(key))? {
                return Ok(r);
            }
            if let Kind::Dict(d) = &o.kind {
                if let Some(v) = d.get(self, key)? {
                    return Ok(v);
                }
                if let Some(r) = self.call_method(container, "__missing__", std::slice::from_ref(key))? {
                    return Ok(r);
                }
                return Err(PyErr::with_args("KeyError", vec![key.clone()]));
            }
        }
        Err(PyErr::type_error(format!("'{}' object is not subscriptable", self.type_name(container))))
    }

    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            let builtin = o.class_data().is_builtin();
            match &o.kind {
                Kind::List(l) if builtin => {
                    if matches!(key.kind(), Some(Kind::Slice { .. })) {
                        let new_items = self.collect_iterable(&value)?;
                        return crate::builtins::list_set_slice(self, l, &key, new_items);
                    }
                    let len = l.lock().len();
                    let i = self.seq_index(&key, len, "list").map_err(|e| {
                        if e.is("IndexError") { PyErr::new("IndexError", "list assignment index out of range") } else { e }
                    })?;
                    let old = {
                        let mut g = l.lock();
                        match g.get_mut(i) {
                            Some(slot) => std::mem::replace(slot, value),
                            None => return Err(PyErr::new("IndexError", "list assignment index out of range")),
                        }
                    };
                    drop(old);
                    return Ok(());
                }
                Kind::Dict(d) if builtin => return d.set(self, key, value),
                _ => {}
            }
            if self.call_method(container, "__setitem__", &[key.clone(), value.clone()])?.is_some() {
                return Ok(());
            }
            match &o.kind {
                Kind::Dict(d) => return d.set(self, key, value),
                Kind::List(_) => return self.setitem(&Value::Obj(o.clone()), key, value),
                _ => {}
            }
        }
        Err(PyErr::type_error(format!("'{}' object does not support item assignment", self.type_name(container))))
    }

    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            let builtin = o.class_data().is_builtin();
            match &o.kind {
                Kind::List(l) if builtin => {
                    if matches!(key.kind(), Some(Kind::Slice { .. })) {
                        return crate::builtins::list_del_slice(self, l, key);
                    }
                    let len = l.lock().len();
                    let i = self.seq_index(key, len, "list").map_err(|e| {
                        if e.is("IndexError") { PyErr::new("IndexError", "list assignment index out of range") } else { e }
                    })?;
                    let removed = {
                        let mut g = l.lock();
                        if i < g.len() { Some(g.remove(i)) } else { None }
                    };
                    drop(removed);
                    return Ok(());
                }
                Kind::Dict(d) if builtin => {
                    return match d.remove(self, key)? {
                        Some(_) => Ok(()),
                        None => Err(PyErr::with_args("KeyError", vec![key.clone()])),
                    };
                }
                _ => {}
            }
            if self.call_method(container, "__delitem__", std::slice::from_ref(key))?.is_some() {
                return Ok(());
            }
        }
        Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", self.type_name(container))))
    }

    /// Whether `iter(v)` could succeed without calling it.
    pub fn has_iter(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(
                    o.kind,
                    Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Dict(_) | Kind::Set(_) | Kind::Bytes(_) | Kind::ByteArray(_) | Kind::Range { .. }
                ) || matches!(&o.kind, Kind::Generator(g) if g.kind == crate::generator::GenKind::Generator) || o.as_native::<NativeIterator>().is_some()
                    || o.as_native::<crate::iter::DictView>().is_some()
                    || types::lookup(&o.class(), "__iter__").is_some()
                    || types::lookup(&o.class(), "__getitem__").is_some()
            }
            _ => false,
        }
    }

    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let builtin = o.class_data().is_builtin();
            let user_iter = if builtin { None } else { types::lookup(&o.class(), "__iter__") };
            if user_iter.is_none() {
                let state = match &o.kind {
                    Kind::List(_) => Some(IterState::List { list: o.clone(), index: 0 }),
                    Kind::Tuple(_) => Some(IterState::Tuple { tuple: o.clone(), index: 0 }),
                    Kind::Str(_) => Some(IterState::Str { s: o.clone(), byte: 0 }),
                    Kind::Bytes(_) => Some(IterState::Bytes { b: o.clone(), index: 0 }),
                    Kind::Dict(d) => Some(IterState::Dict { dict: o.clone(), pos: 0, len: d.len(), what: crate::iter::DictPart::Keys }),
                    Kind::Set(d) => Some(IterState::Set { set: o.clone(), pos: 0, len: d.len() }),
                    Kind::Range { start, stop, step } => {
                        match (as_int(start), as_int(stop), as_int(step)) {
                            (Some(IntRef::Small(a)), Some(IntRef::Small(b)), Some(IntRef::Small(c))) => Some(IterState::Range { next: a as i128, stop: b as i128, step: c as i128 }),
                            _ => Some(IterState::BigRange { next: as_int(start).map(|i| i.to_bigint()).unwrap_or_default(), stop: as_int(stop).map(|i| i.to_bigint()).unwrap_or_default(), step: as_int(step).map(|i| i.to_bigint()).unwrap_or_default() }),
                        }
                    }
                    Kind::Generator(g) if g.kind == crate::generator::GenKind::Generator => return Ok(v.clone()),
                    Kind::Native(_) if o.as_native::<NativeIterator>().is_some() || o.as_native::<crate::native_type::ExtIterator>().is_some() => return Ok(v.clone()),
                    Kind::Native(_) if o.as_native::<crate::iter::DictView>().is_some() => {
                        return Ok(o.as_native::<crate::iter::DictView>().expect("view").iter());
                    }
                    _ => None,
                };
                if let Some(s) = state {
                    return Ok(new_iterator(s));
                }
            }
            if let Some(m) = user_iter.or_else(|| types::lookup(&o.class(), "__iter__")) {
                if m.is_none() {
                    return Err(PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v))));
                }
                let it = self.call_unbound(&m, std::slice::from_ref(v))?;
                if !self.is_iterator(&it) {
                    return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
                }
                return Ok(it);
            }
            if types::lookup(&o.class(), "__getitem__").is_some() {
                return Ok(new_iterator(IterState::GetItem { seq: v.clone(), index: 0 }));
            }
        }
        Err(PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(o.kind, Kind::Generator(_)) || o.as_native::<NativeIterator>().is_some() || types::lookup(&o.class(), "__next__").is_some()
            }
            _ => false,
        }
    }

    /// `next(it)`: None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if let Some(n) = o.as_native::<NativeIterator>() {
                return crate::iter::native_next(self, n);
            }
            if let Some(n) = o.as_native::<crate::native_type::ExtIterator>() {
                if o.class_data().is_builtin() {
                    return n.0.next(self);
                }
            }
            if let Kind::Generator(_) = &o.kind {
                return match self.send(it, Value::None)? {
                    crate::generator::SendResult::Yielded(v) => Ok(Some(v)),
                    crate::generator::SendResult::Returned(_) => Ok(None),
                };
            }
            let class = o.class().clone();
            if let Some(m) = types::lookup(&class, "__next__") {
                return match self.call_unbound(&m, std::slice::from_ref(it)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is("StopIteration") => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(it))))
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if o.class_data().is_builtin() {
                match &o.kind {
                    Kind::List(l) => return Ok(l.lock().clone()),
                    Kind::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpacks `seq` into exactly `before` items, or (with a starred target) `before` items, a
    /// list, and `after` items.
    pub fn unpack(&mut self, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        if !self.has_iter(seq) {
            return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq))));
        }
        let items = self.collect_iterable(seq)?;
        match after {
            None => {
                if items.len() < before {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                if items.len() > before {
                    let known = matches!(seq.kind(), Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Dict(_)));
                    return Err(PyErr::value_error(if known {
                        format!("too many values to unpack (expected {before}, got {})", items.len())
                    } else {
                        format!("too many values to unpack (expected {before})")
                    }));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out: Vec<Value> = items[..before].to_vec();
                out.push(new_list(items[before..items.len() - after].to_vec()));
                out.extend(items[items.len() - after..].iter().cloned());
                Ok(out)
            }
        }
    }

    /// `{**mapping}` and, with the callable for its messages, `f(**mapping)` merging into the
    /// dict `target` (where a key already present is an error).
    pub fn dict_merge(&mut self, target: &Value, mapping: &Value, call: Option<&Value>) -> PyResult<()> {
        let target = target.as_obj().and_then(|o| o.as_dict()).expect("dict target");
        let duplicate = |vm: &mut Vm, callable: &Value, key: &Value| -> PyErr {
            let shown = vm.function_str(callable);
            match key.as_str() {
                Some(k) => PyErr::type_error(format!("{shown} got multiple values for keyword argument '{k}'")),
                None => PyErr::type_error("keywords must be strings"),
            }
        };
        if let Some(d) = mapping.as_obj().and_then(|o| o.as_dict()) {
            for e in d.entries() {
                if let Some(callable) = call {
                    if target.get(self, &e.key)?.is_some() {
                        return Err(duplicate(self, callable, &e.key));
                    }
                }
                target.set_hashed(self, e.key, e.hash, e.value)?;
            }
            return Ok(());
        }
        let keys = match self.call_method(mapping, "keys", &[])? {
            Some(k) => k,
            None => {
                return Err(PyErr::type_error(match call {
                    Some(callable) => {
                        let shown = self.function_str(callable);
                        format!("{shown} argument after ** must be a mapping, not {}", self.type_name(mapping))
                    }
                    None => format!("'{}' object is not a mapping", self.type_name(mapping)),
                }));
            }
        };
        for k in self.collect_iterable(&keys)? {
            let v = self.getitem(mapping, &k)?;
            if let Some(callable) = call {
                if target.get(self, &k)?.is_some() {
                    return Err(duplicate(self, callable, &k));
                }
            }
            target.set(self, k, v)?;
        }
        Ok(())
    }
}
