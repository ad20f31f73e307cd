//! `_ophis_ast`: the native half of the `ast` module. It parses source into Python node objects
//! (`parse`) and describes the node classes (`schema`); the classes themselves are defined in
//! Python by `lib/_ast.py` from that schema.
//!
//! Why the classes live in Python: `AST`'s behaviour (the constructor with its defaults,
//! `__reduce__`, `__replace__`, `__repr__`, subclassing by users) is short, readable Python,
//! while the hot part — building thousands of instances per parse — is done here, directly
//! (each node is a plain instance whose `__dict__` is filled without calling any Python code).

mod builder;

use ophis_parser::ast::reflect::{FieldKind, SCHEMA};
use ophis_vm::builtins::{new_str, new_tuple, new_list};
use ophis_vm::function::Args;
use ophis_vm::object::ObjRef;
use ophis_vm::{PyErr, PyResult, Value, Vm};

use crate::args;

/// The `compile()` flag asking for type comments (`ast.PyCF_TYPE_COMMENTS`).
pub const PYCF_TYPE_COMMENTS: i64 = 0x1000;

pub fn init(_vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    ophis_vm::modules::add_functions(module, &[("schema", schema), ("parse", parse)]);
    Ok(())
}

/// `schema()`: a list of `(name, base, located, is_abstract, fields)`, bases before the classes
/// deriving from them; `fields` is a tuple of `(name, asdl_type, kind, optional_items)` with
/// `kind` one of `''` (required), `'?'` (optional) and `'*'` (list).
fn schema(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::none(&args, "schema")?;
    let mut classes = Vec::new();
    for class in SCHEMA.iter().flat_map(|group| group.iter()) {
        let fields = class
            .fields
            .iter()
            .map(|f| {
                let kind = match f.kind {
                    FieldKind::Required => "",
                    FieldKind::Optional => "?",
                    FieldKind::List => "*",
                };
                new_tuple(vec![new_str(f.name), new_str(f.asdl_type), new_str(kind), Value::Bool(f.optional_items)])
            })
            .collect();
        classes.push(new_tuple(vec![
            new_str(class.name),
            new_str(class.base),
            Value::Bool(class.located),
            Value::Bool(class.is_abstract),
            new_tuple(fields),
        ]));
    }
    Ok(new_list(classes))
}

/// `parse(source, filename, mode, flags, classes, singletons)`: the tree of `source` as node
/// objects. `classes` maps every class name to its class; `singletons` maps the names of the
/// field-less classes (`Load`, `Add`, ...) to the shared instance the tree uses.
fn parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args::range(&args, "parse", 6, 6)?;
    let filename = vm.str_string(&pos[1])?;
    let Some(text) = ophis_vm::compile::source_argument(&pos[0], &filename) else {
        return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let text = text?;
    let mode = match pos[2].as_str() {
        Some("exec") => ophis_parser::Mode::Module,
        Some("eval") => ophis_parser::Mode::Expression,
        Some("single") => ophis_parser::Mode::Interactive,
        Some("func_type") => ophis_parser::Mode::FunctionType,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")),
    };
    let flags = vm.index_value(&pos[3])?;
    let options = ophis_parser::ParseOptions { mode, type_comments: flags & PYCF_TYPE_COMMENTS != 0 };
    let tree = match ophis_parser::parse(&text, options) {
        Ok(tree) => tree,
        Err(e) => return Err(ophis_vm::compile::syntax_error(&e, &text, &filename)),
    };
    let lines = ophis_lexer::LineIndex::new(&text);
    builder::build(&tree, &lines, &pos[4], &pos[5])
}
