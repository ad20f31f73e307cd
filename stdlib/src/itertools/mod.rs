//! `itertools`: iterator building blocks, all native.
//!
//! Every iterator keeps its state behind its own lock and never holds it while Python code
//! runs (the next item of an inner iterator, a key or predicate function): it copies what it
//! needs out, releases the lock, calls, then re-locks to store the result. Iterators shared
//! between threads therefore cannot deadlock or crash; like CPython's free-threaded build they
//! may interleave items.
//!
//! Map: `infinite.rs` (count, cycle, repeat), `basic.rs` (accumulate, batched, chain, islice,
//! pairwise, starmap, zip_longest), `filtering.rs` (compress, dropwhile, takewhile,
//! filterfalse), `groupby.rs`, `tee.rs`, `combinatorics.rs` (product, permutations,
//! combinations, combinations_with_replacement).

mod basic;
mod combinatorics;
mod filtering;
mod groupby;
mod infinite;
mod tee;

use std::sync::OnceLock;

use ophis_vm::builtins::intern;
use ophis_vm::function::NativeFn;
use ophis_vm::native_type::{self, NativeCtor};
use ophis_vm::object::ObjRef;
use ophis_vm::{PyResult, Value, Vm};

/// An iterator type of this module: subclassable, with `__iter__`/`__next__` and `methods`.
fn iterator_type(name: &str, ctor: Option<NativeCtor>, subclassable: bool, methods: &[(&str, NativeFn)]) -> ObjRef {
    let t = native_type::new_type(name, "itertools", None, subclassable, ctor);
    native_type::add_iterator_methods(&t);
    native_type::add_methods(&t, methods);
    t
}

/// Declares `fn name() -> &'static ObjRef` building the type once.
macro_rules! iter_type {
    ($fn_name:ident, $name:literal, $ctor:expr, $subclassable:literal $(, $method:literal => $f:expr)*) => {
        pub(super) fn $fn_name() -> &'static ophis_vm::object::ObjRef {
            static T: std::sync::OnceLock<ophis_vm::object::ObjRef> = std::sync::OnceLock::new();
            T.get_or_init(|| super::iterator_type($name, $ctor, $subclassable, &[$(($method, $f)),*]))
        }
    };
}
pub(crate) use iter_type;

fn module_types() -> &'static Vec<(&'static str, ObjRef)> {
    static T: OnceLock<Vec<(&'static str, ObjRef)>> = OnceLock::new();
    T.get_or_init(|| {
        vec![
            ("count", infinite::count_type().clone()),
            ("cycle", infinite::cycle_type().clone()),
            ("repeat", infinite::repeat_type().clone()),
            ("accumulate", basic::accumulate_type().clone()),
            ("batched", basic::batched_type().clone()),
            ("chain", basic::chain_type().clone()),
            ("islice", basic::islice_type().clone()),
            ("pairwise", basic::pairwise_type().clone()),
            ("starmap", basic::starmap_type().clone()),
            ("zip_longest", basic::zip_longest_type().clone()),
            ("compress", filtering::compress_type().clone()),
            ("dropwhile", filtering::dropwhile_type().clone()),
            ("takewhile", filtering::takewhile_type().clone()),
            ("filterfalse", filtering::filterfalse_type().clone()),
            ("groupby", groupby::groupby_type().clone()),
            ("_grouper", groupby::grouper_type().clone()),
            ("_tee", tee::tee_type().clone()),
            ("_tee_dataobject", tee::tee_data_type().clone()),
            ("product", combinatorics::product_type().clone()),
            ("permutations", combinatorics::permutations_type().clone()),
            ("combinations", combinatorics::combinations_type().clone()),
            ("combinations_with_replacement", combinatorics::cwr_type().clone()),
        ]
    })
}

/// Fills the `itertools` module.
pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let dict = module.as_dict().expect("module namespace");
    dict.set_str(intern("__doc__"), ophis_vm::builtins::new_str("Iterator building blocks: infinite, terminating and combinatoric iterators."));
    for (name, t) in module_types() {
        dict.set_str(intern(name), Value::Obj(t.clone()));
    }
    ophis_vm::modules::add_functions(module, &[("tee", tee::tee)]);
    Ok(())
}
