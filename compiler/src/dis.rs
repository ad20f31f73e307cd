//! The disassembler: a readable listing of a code object and the code objects nested in its
//! constants, in the spirit of CPython's `dis` (line numbers, offsets, operand values resolved to
//! names and constants, the exception table).

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::instructions::{BinaryOp, CompareOp, Intrinsic1, Intrinsic2, Opcode, OperandKind};

/// The listing of `code` and, after it, of every nested code object.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    listing(code, &mut out);
    let mut nested: Vec<&CodeObject> = code.constants.iter().filter_map(as_code).collect();
    while let Some(c) = nested.first().copied() {
        nested.remove(0);
        let _ = writeln!(out, "\nDisassembly of <code object {} of file \"{}\", line {}>:", c.name, c.filename, c.first_line);
        listing(c, &mut out);
        let inner: Vec<&CodeObject> = c.constants.iter().filter_map(as_code).collect();
        for (i, n) in inner.into_iter().enumerate() {
            nested.insert(i, n);
        }
    }
    out
}

fn as_code(c: &Constant) -> Option<&CodeObject> {
    match c {
        Constant::Code(c) => Some(c),
        _ => None,
    }
}

/// A constant as `repr` would show it (close enough for a listing).
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True".into() } else { "False".into() },
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Constant::Str(s) => format!("{s:?}").replacen('"', "'", 2),
        Constant::StrCodePoints(p) => format!("<str of {} code points>", p.len()),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(constant_repr).collect();
            if items.len() == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) }
        }
        Constant::FrozenSet(t) => format!("frozenset({{{}}})", t.iter().map(constant_repr).collect::<Vec<_>>().join(", ")),
        Constant::Code(c) => format!("<code object {}, line {}>", c.name, c.first_line),
    }
}

fn operand_text(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let local = |i: u32| code.varnames.get(i as usize).map(|s| s.to_string()).unwrap_or_else(|| "?".into());
    let deref = |i: u32| {
        let i = i as usize;
        code.cellvars.get(i).or_else(|| code.freevars.get(i - code.cellvars.len().min(i))).map(|s| s.to_string()).unwrap_or_else(|| "?".into())
    };
    match op.operand_kind() {
        OperandKind::Count if op == Opcode::LOAD_COMMON_CONSTANT => {
            crate::instructions::CommonConstant::from_u32(arg).map_or("?", |c| c.name()).to_string()
        }
        OperandKind::None | OperandKind::Count => String::new(),
        OperandKind::Const => code.constants.get(arg as usize).map(constant_repr).unwrap_or_default(),
        OperandKind::Name => code.names.get(arg as usize).map(|s| s.to_string()).unwrap_or_default(),
        OperandKind::Local => local(arg),
        OperandKind::Deref => deref(arg),
        OperandKind::Jump => format!("to {arg}"),
        OperandKind::BinaryOp => BinaryOp::from_u32(arg).map(|b| b.symbol().to_string()).unwrap_or_default(),
        OperandKind::CompareOp => CompareOp::from_u32(arg).map(|b| b.symbol().to_string()).unwrap_or_default(),
        OperandKind::Intrinsic => {
            let name = if op == Opcode::CALL_INTRINSIC_1 {
                Intrinsic1::from_u32(arg).map(|i| i.name())
            } else {
                Intrinsic2::from_u32(arg).map(|i| i.name())
            };
            name.unwrap_or("?").to_string()
        }
        OperandKind::SignedInt => (arg as i32).to_string(),
    }
}

fn listing(code: &CodeObject, out: &mut String) {
    let mut last_line = None;
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op.operand_kind() == OperandKind::Jump)
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.locations.get(i).map(|l| l.line).unwrap_or(0);
        let line_text = if Some(line) != last_line && line != 0 {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            line.to_string()
        } else {
            String::new()
        };
        let marker = if targets.contains(&(i as u32)) { ">>" } else { "  " };
        let arg = if ins.op.operand_kind() == OperandKind::None { String::new() } else { ins.arg.to_string() };
        let text = operand_text(code, ins.op, ins.arg);
        let text = if text.is_empty() { String::new() } else { format!(" ({text})") };
        let _ = writeln!(out, "{line_text:>4} {marker} {i:>5} {:<26} {arg}{text}", ins.op.name());
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}
