//! The instruction set, defined once.
//!
//! Every instruction is one row of the `instructions!` table below: its name, what its operand
//! means, its stack effect and a one-line description of what it reads and writes. The
//! [`Opcode`] enum, the names the disassembler prints, the operand kinds, the stack-effect
//! function the compiler uses to size frames, and the metadata a JIT will need all derive from
//! that table, so they cannot drift apart.
//!
//! Encoding: one [`Instruction`] is 8 bytes — an opcode, a byte of flags reserved for
//! specialization, a 16-bit inline-cache index and a 32-bit operand. There is no
//! `EXTENDED_ARG`.
//!
//! Stack notation in the descriptions: `a b -- c` means the instruction pops `b` (top) and `a`
//! and pushes `c`. `oparg` is the operand.

/// What an instruction's operand means; the disassembler uses it to print the operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// The operand is unused (always 0).
    None,
    /// A plain count or small number.
    Count,
    /// An index into the code object's constants.
    Const,
    /// An index into `names` (globals, attributes, imported names).
    Name,
    /// An index into the fast locals (`varnames`).
    Local,
    /// An index into cell + free variables (`cellvars` then `freevars`).
    Deref,
    /// An absolute instruction index to jump to.
    Jump,
    /// A [`BinaryOp`](crate::BinaryOp).
    BinaryOp,
    /// A [`CompareOp`](crate::CompareOp).
    CompareOp,
    /// An intrinsic function number ([`Intrinsic1`](crate::Intrinsic1) / [`Intrinsic2`](crate::Intrinsic2)).
    Intrinsic,
    /// A signed integer stored as `i32`.
    SignedInt,
}

/// How many values an instruction pops and pushes, as a function of its operand and of whether
/// the jump is taken (for jumps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackEffect {
    pub pops: u32,
    pub pushes: u32,
}

macro_rules! instructions {
    ($oparg:ident; $(
        $(#[doc = $doc:literal])*
        $name:ident ($operand:ident) [$pops:expr => $pushes:expr] $(jump[$jpops:expr => $jpushes:expr])?;
    )*) => {
        /// One operation of the virtual machine. See the module documentation for the table.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The name the disassembler prints.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// The one-line description of what the instruction reads and writes.
            pub fn description(self) -> &'static str {
                match self { $(Opcode::$name => concat!($($doc),*),)* }
            }

            pub fn operand_kind(self) -> OperandKind {
                match self { $(Opcode::$name => OperandKind::$operand,)* }
            }

            /// The stack effect when execution falls through to the next instruction.
            #[allow(unused_variables)]
            pub fn stack_effect(self, $oparg: u32) -> StackEffect {
                match self { $(Opcode::$name => StackEffect { pops: $pops, pushes: $pushes },)* }
            }

            /// The stack effect when the instruction jumps (None for instructions that never jump).
            #[allow(unused_variables)]
            pub fn jump_stack_effect(self, $oparg: u32) -> Option<StackEffect> {
                match self {
                    $($(Opcode::$name => Some(StackEffect { pops: $jpops, pushes: $jpushes }),)?)*
                    _ => None,
                }
            }
        }
    };
}

instructions! {
    oparg;
    /// Does nothing.
    NOP(None) [0 => 0];
    /// Marks the start of a function body and of every resumption point.
    RESUME(Count) [0 => 0];
    /// `v --`: discards the top of the stack.
    POP_TOP(None) [1 => 0];
    /// `v(oparg) ... -- v(oparg) ... v`: pushes a copy of the oparg-th item (1 = top).
    COPY(Count) [oparg => oparg + 1];
    /// Swaps the top with the oparg-th item (2 = the one below the top).
    SWAP(Count) [oparg => oparg];
    /// `-- NULL`: pushes the "no self" marker that CALL expects below the arguments.
    PUSH_NULL(None) [0 => 1];
    /// `-- consts[oparg]`.
    LOAD_CONST(Const) [0 => 1];
    /// `-- int(oparg as i32)`: a small int without a constant slot.
    LOAD_SMALL_INT(SignedInt) [0 => 1];
    /// `-- locals[oparg]`; UnboundLocalError when unbound.
    LOAD_FAST(Local) [0 => 1];
    /// `v --`: `locals[oparg] = v` (a NULL `v` unbinds: restoring after an inlined comprehension).
    STORE_FAST(Local) [1 => 0];
    /// `-- v_or_null`: pushes `locals[oparg]` (NULL if unbound) and unbinds it (inlined comprehensions).
    LOAD_FAST_AND_CLEAR(Local) [0 => 1];
    /// Unbinds `locals[oparg]` (UnboundLocalError when already unbound).
    DELETE_FAST(Local) [0 => 0];
    /// Turns `locals` slot oparg (a cell variable) into a fresh cell holding its current value.
    MAKE_CELL(Deref) [0 => 0];
    /// Copies the function's closure cells into the free-variable slots.
    COPY_FREE_VARS(Count) [0 => 0];
    /// `-- cell`: pushes the cell object itself (to build a closure tuple).
    LOAD_CLOSURE(Deref) [0 => 1];
    /// `-- cell_or_null`: pushes the cell in slot oparg and puts a new empty cell there (an
    /// inlined comprehension's captured iteration variable gets its own cell; CPython does this
    /// with LOAD_FAST_AND_CLEAR + MAKE_CELL because its cells share the fast-local slots).
    LOAD_CELL_AND_RESET(Deref) [0 => 1];
    /// `cell_or_null --`: puts a cell saved by LOAD_CELL_AND_RESET back in slot oparg.
    STORE_CELL(Deref) [1 => 0];
    /// `-- cells[oparg].contents`; NameError/UnboundLocalError when empty.
    LOAD_DEREF(Deref) [0 => 1];
    /// `v --`: `cells[oparg].contents = v`.
    STORE_DEREF(Deref) [1 => 0];
    /// Empties `cells[oparg]`.
    DELETE_DEREF(Deref) [0 => 0];
    /// `mapping -- v`: class bodies reading a free variable: the class namespace first, then the cell.
    LOAD_FROM_DICT_OR_DEREF(Deref) [1 => 1];
    /// `-- v`: `names[oparg]` from locals, then globals, then builtins (module and class bodies).
    LOAD_NAME(Name) [0 => 1];
    /// `v --`: binds `names[oparg]` in the local namespace.
    STORE_NAME(Name) [1 => 0];
    /// Unbinds `names[oparg]` in the local namespace.
    DELETE_NAME(Name) [0 => 0];
    /// `-- v`: `names[oparg]` from globals, then builtins.
    LOAD_GLOBAL(Name) [0 => 1];
    /// `mapping -- v`: `names[oparg]` from `mapping`, then globals, then builtins (annotation scopes).
    LOAD_FROM_DICT_OR_GLOBALS(Name) [1 => 1];
    /// `v --`: binds `names[oparg]` in globals.
    STORE_GLOBAL(Name) [1 => 0];
    /// Unbinds `names[oparg]` in globals.
    DELETE_GLOBAL(Name) [0 => 0];
    /// `-- locals()`: the local namespace mapping (class bodies, annotation scopes).
    LOAD_LOCALS(None) [0 => 1];
    /// `obj -- obj.names[oparg]`.
    LOAD_ATTR(Name) [1 => 1];
    /// `obj -- meth self` or `obj -- attr NULL`... ordered for CALL: `callable self_or_null`.
    LOAD_METHOD(Name) [1 => 2];
    /// `v obj --`: `obj.names[oparg] = v`.
    STORE_ATTR(Name) [2 => 0];
    /// `obj --`: `del obj.names[oparg]`.
    DELETE_ATTR(Name) [1 => 0];
    /// `global_super class self -- attr`: zero-argument `super().names[oparg]` (oparg low bit: method form).
    LOAD_SUPER_ATTR(Name) [3 => 1];
    /// `global_super class self -- meth self_or_null`: `super().name` for a call.
    LOAD_SUPER_METHOD(Name) [3 => 2];
    /// `a b -- a op b` (BinaryOp in oparg, including in-place forms and subscript).
    BINARY_OP(BinaryOp) [2 => 1];
    /// `v -- -v`.
    UNARY_NEGATIVE(None) [1 => 1];
    /// `v -- +v`.
    UNARY_POSITIVE(None) [1 => 1];
    /// `v -- ~v`.
    UNARY_INVERT(None) [1 => 1];
    /// `v -- not v`.
    UNARY_NOT(None) [1 => 1];
    /// `v -- bool(v)`.
    TO_BOOL(None) [1 => 1];
    /// `a b -- a op b` (CompareOp in oparg: < <= == != > >=).
    COMPARE_OP(CompareOp) [2 => 1];
    /// `a b -- a is b` (oparg 1: `is not`).
    IS_OP(Count) [2 => 1];
    /// `a b -- a in b` (oparg 1: `not in`).
    CONTAINS_OP(Count) [2 => 1];
    /// `container start end -- container[start:end]`.
    BINARY_SLICE(None) [3 => 1];
    /// `v container key --`: `container[key] = v`.
    STORE_SUBSCR(None) [3 => 0];
    /// `v container start end --`: `container[start:end] = v`.
    STORE_SLICE(None) [4 => 0];
    /// `container key --`: `del container[key]`.
    DELETE_SUBSCR(None) [2 => 0];
    /// `start stop [step] -- slice` (oparg 2 or 3).
    BUILD_SLICE(Count) [oparg => 1];
    /// `items(oparg) -- tuple`.
    BUILD_TUPLE(Count) [oparg => 1];
    /// `items(oparg) -- list`.
    BUILD_LIST(Count) [oparg => 1];
    /// `items(oparg) -- set`.
    BUILD_SET(Count) [oparg => 1];
    /// `k1 v1 ... (oparg pairs) -- dict`.
    BUILD_MAP(Count) [2 * oparg => 1];
    /// `pieces(oparg) -- str`: concatenates formatted f-string pieces.
    BUILD_STRING(Count) [oparg => 1];
    /// `list ... v -- list ...`: appends to the list oparg below (comprehensions).
    LIST_APPEND(Count) [1 => 0];
    /// `set ... v -- set ...`: adds to the set oparg below.
    SET_ADD(Count) [1 => 0];
    /// `dict ... k v -- dict ...`: stores into the dict oparg below.
    MAP_ADD(Count) [2 => 0];
    /// `list ... iterable -- list ...`: extends the list oparg below.
    LIST_EXTEND(Count) [1 => 0];
    /// `set ... iterable -- set ...`: updates the set oparg below.
    SET_UPDATE(Count) [1 => 0];
    /// `dict ... mapping -- dict ...`: `dict.update` on the dict oparg below (`{**m}`).
    DICT_UPDATE(Count) [1 => 0];
    /// `callable self dict ... mapping -- ...`: merges keyword arguments, TypeError on duplicates.
    DICT_MERGE(Count) [1 => 0];
    /// `seq -- v(oparg) ... v1`: unpacks exactly oparg items, first item on top.
    UNPACK_SEQUENCE(Count) [1 => oparg];
    /// `seq -- ...`: unpacks with a starred target (low byte: before, high bytes: after).
    UNPACK_EX(Count) [1 => (oparg & 0xff) + (oparg >> 8) + 1];
    /// Jumps to oparg (backward jumps also check for pending interrupts).
    JUMP(Jump) [0 => 0] jump[0 => 0];
    /// `v --`: jumps to oparg if `v` is false.
    POP_JUMP_IF_FALSE(Jump) [1 => 0] jump[1 => 0];
    /// `v --`: jumps to oparg if `v` is true.
    POP_JUMP_IF_TRUE(Jump) [1 => 0] jump[1 => 0];
    /// `v --`: jumps to oparg if `v` is None.
    POP_JUMP_IF_NONE(Jump) [1 => 0] jump[1 => 0];
    /// `v --`: jumps to oparg if `v` is not None.
    POP_JUMP_IF_NOT_NONE(Jump) [1 => 0] jump[1 => 0];
    /// `v -- iter(v)`.
    GET_ITER(None) [1 => 1];
    /// `iter -- iter next`, or pops `iter` and jumps to oparg when exhausted.
    FOR_ITER(Jump) [1 => 2] jump[1 => 0];
    /// `callable self_or_null args(oparg) -- result`.
    CALL(Count) [oparg + 2 => 1];
    /// `callable self_or_null args(oparg) kwnames -- result`: the last len(kwnames) args are keywords.
    CALL_KW(Count) [oparg + 3 => 1];
    /// `callable self_or_null args_tuple kwargs_or_null -- result`: `f(*a, **k)`.
    CALL_FUNCTION_EX(None) [4 => 1];
    /// `v -- intrinsic(v)` (Intrinsic1 in oparg).
    CALL_INTRINSIC_1(Intrinsic) [1 => 1];
    /// `a b -- intrinsic(a, b)` (Intrinsic2 in oparg).
    CALL_INTRINSIC_2(Intrinsic) [2 => 1];
    /// `code -- function`: a function from a code object (globals from the current frame).
    MAKE_FUNCTION(None) [1 => 1];
    /// `attr function -- function`: sets defaults (1), kwdefaults (2), annotations (4),
    /// closure (8) or annotate (16), as oparg says.
    SET_FUNCTION_ATTRIBUTE(Count) [2 => 1];
    /// `v --`: returns `v` to the caller.
    RETURN_VALUE(None) [1 => 0];
    /// `v -- sent`: suspends a generator, yielding `v`; resumes with the sent value.
    YIELD_VALUE(None) [1 => 1];
    /// Turns the current frame into a generator/coroutine object and returns it (first instruction).
    RETURN_GENERATOR(None) [0 => 0];
    /// `receiver v -- receiver result` or jumps to oparg with `receiver value` when the sub-iterator
    /// returns: one step of `yield from` / `await`.
    SEND(Jump) [2 => 2] jump[2 => 2];
    /// `receiver v -- v`: ends a `yield from` loop, dropping the receiver.
    END_SEND(None) [2 => 1];
    /// `v -- iter`: `iter(v)` unless `v` is a generator or coroutine (for `yield from`).
    GET_YIELD_FROM_ITER(None) [1 => 1];
    /// `v -- awaitable_iter` (oparg: where the await appears, for the error message).
    GET_AWAITABLE(Count) [1 => 1];
    /// `v -- aiter(v)`.
    GET_AITER(None) [1 => 1];
    /// `aiter -- aiter awaitable`: the awaitable of `anext(aiter)`.
    GET_ANEXT(None) [1 => 2];
    /// `aiter exc --`: ends an `async for` when `exc` is StopAsyncIteration, re-raises otherwise.
    END_ASYNC_FOR(None) [2 => 0];
    /// `sub_iter last_sent exc -- none value`: handles an exception thrown into `yield from`.
    CLEANUP_THROW(None) [3 => 2];
    /// `exc_or_cause... --`: raise (oparg 0: re-raise current; 1: `raise exc`; 2: `raise exc from cause`).
    RAISE_VARARGS(Count) [oparg => 0];
    /// `exc --`: re-raises `exc` (oparg 1: restore `f_lasti` from the item below first).
    RERAISE(Count) [oparg + 1 => 0];
    /// `exc -- prev_exc exc`: makes `exc` the exception being handled, saving the previous one.
    PUSH_EXC_INFO(None) [1 => 2];
    /// `prev_exc --`: restores the exception being handled on leaving a handler.
    POP_EXCEPT(None) [1 => 0];
    /// `exc type -- exc bool`: `isinstance(exc, type)` for `except type:` (TypeError on bad types).
    CHECK_EXC_MATCH(None) [2 => 2];
    /// `exc type -- rest match`: splits an exception group for `except* type:`.
    CHECK_EG_MATCH(None) [2 => 2];
    /// `-- AssertionError`.
    LOAD_ASSERTION_ERROR(None) [0 => 1];
    /// `-- constant`: a built-in object user code cannot rebind ([`CommonConstant`] in oparg).
    LOAD_COMMON_CONSTANT(Count) [0 => 1];
    /// `mgr -- exit enter_result`: looks up `__exit__`, calls `__enter__` (oparg 1: async forms).
    BEFORE_WITH(Count) [1 => 2];
    /// `exit lasti prev_exc exc -- exit lasti prev_exc exc result`: calls `exit(type, exc, tb)`.
    WITH_EXCEPT_START(None) [4 => 5];
    /// `module_level fromlist -- module`: `__import__(names[oparg], ..., fromlist, level)`.
    IMPORT_NAME(Name) [2 => 1];
    /// `module -- module attr`: `from module import names[oparg]`.
    IMPORT_FROM(Name) [1 => 2];
    /// `-- __build_class__`.
    LOAD_BUILD_CLASS(None) [0 => 1];
    /// Creates `__annotations__` in the local namespace if missing.
    SETUP_ANNOTATIONS(None) [0 => 0];
    /// `v -- format(v, '')`.
    FORMAT_SIMPLE(None) [1 => 1];
    /// `v spec -- format(v, spec)`.
    FORMAT_WITH_SPEC(None) [2 => 1];
    /// `v -- str(v) | repr(v) | ascii(v)` (oparg 1, 2, 3).
    CONVERT_VALUE(Count) [1 => 1];
    /// `value expression_str [format_spec] -- interpolation` (oparg: conversion << 2 | has_spec).
    BUILD_INTERPOLATION(Count) [2 + (oparg & 1) => 1];
    /// `strings interpolations -- template`.
    BUILD_TEMPLATE(None) [2 => 1];
    /// `subject -- subject len(subject)`.
    GET_LEN(None) [1 => 2];
    /// `subject -- subject bool`: is `subject` a mapping for a mapping pattern.
    MATCH_MAPPING(None) [1 => 2];
    /// `subject -- subject bool`: is `subject` a sequence for a sequence pattern.
    MATCH_SEQUENCE(None) [1 => 2];
    /// `subject keys -- subject keys values_or_none`.
    MATCH_KEYS(None) [2 => 3];
    /// `subject cls kw_names -- attrs_or_none`: a class pattern with oparg positional sub-patterns.
    MATCH_CLASS(Count) [3 => 1];
}

/// The operation of a BINARY_OP; in-place forms follow the plain ones in the same order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOp {
    Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract,
    TrueDivide, Xor,
    InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul, InplaceMultiply,
    InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide,
    InplaceXor,
    Subscr,
}

impl BinaryOp {
    pub const ALL: [BinaryOp; 27] = {
        use BinaryOp::*;
        [
            Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract,
            TrueDivide, Xor, InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul,
            InplaceMultiply, InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract,
            InplaceTrueDivide, InplaceXor, Subscr,
        ]
    };

    pub fn from_u32(n: u32) -> Option<BinaryOp> {
        BinaryOp::ALL.get(n as usize).copied()
    }

    /// The operator as written in source (`+`, `+=`, `[]`), for messages and the disassembler.
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+", And => "&", FloorDivide => "//", LShift => "<<", MatMul => "@",
            Multiply => "*", Remainder => "%", Or => "|", Power => "**", RShift => ">>",
            Subtract => "-", TrueDivide => "/", Xor => "^",
            InplaceAdd => "+=", InplaceAnd => "&=", InplaceFloorDivide => "//=", InplaceLShift => "<<=",
            InplaceMatMul => "@=", InplaceMultiply => "*=", InplaceRemainder => "%=", InplaceOr => "|=",
            InplacePower => "**=", InplaceRShift => ">>=", InplaceSubtract => "-=",
            InplaceTrueDivide => "/=", InplaceXor => "^=", Subscr => "[]",
        }
    }

    /// The plain operator of an in-place one (`+=` → `+`); plain operators map to themselves.
    pub fn without_inplace(self) -> BinaryOp {
        let n = self as usize;
        if (13..26).contains(&n) { BinaryOp::ALL[n - 13] } else { self }
    }

    pub fn is_inplace(self) -> bool {
        (13..26).contains(&(self as usize))
    }

    /// The in-place form of a plain operator.
    pub fn inplace(self) -> BinaryOp {
        let n = self as usize;
        if n < 13 { BinaryOp::ALL[n + 13] } else { self }
    }
}

/// The operation of a COMPARE_OP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    Lt, Le, Eq, Ne, Gt, Ge,
}

impl CompareOp {
    pub const ALL: [CompareOp; 6] = [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge];

    pub fn from_u32(n: u32) -> Option<CompareOp> {
        CompareOp::ALL.get(n as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<", CompareOp::Le => "<=", CompareOp::Eq => "==",
            CompareOp::Ne => "!=", CompareOp::Gt => ">", CompareOp::Ge => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt, CompareOp::Le => CompareOp::Ge, CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne, CompareOp::Gt => CompareOp::Lt, CompareOp::Ge => CompareOp::Le,
        }
    }
}

macro_rules! intrinsics {
    ($(#[$meta:meta])* $ty:ident { $($(#[doc = $doc:literal])* $name:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum $ty { $($(#[doc = $doc])* $name,)* }
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$name),*];
            pub fn from_u32(n: u32) -> Option<$ty> { $ty::ALL.get(n as usize).copied() }
            pub fn name(self) -> &'static str { match self { $($ty::$name => stringify!($name),)* } }
        }
    };
}

intrinsics! {
    /// One-argument helpers reached through CALL_INTRINSIC_1.
    Intrinsic1 {
        /// `print(repr(v))` unless None, storing `_` (the REPL's expression statements).
        Print,
        /// `from module import *` into the local namespace; pushes None.
        ImportStar,
        /// `StopIteration` raised inside a generator becomes RuntimeError.
        StopIterationError,
        /// Wraps a value yielded by an async generator.
        AsyncGenWrap,
        /// `list -- tuple`.
        ListToTuple,
        /// Creates a `typing.TypeVar` named v.
        TypeVar,
        /// Creates a `typing.ParamSpec` named v.
        ParamSpec,
        /// Creates a `typing.TypeVarTuple` named v.
        TypeVarTuple,
        /// `Generic[*params]` for a generic class's bases.
        SubscriptGeneric,
        /// Creates a `typing.TypeAliasType` from `(name, type_params, compute_value)`.
        TypeAlias,
    }
}

intrinsics! {
    /// Two-argument helpers reached through CALL_INTRINSIC_2.
    Intrinsic2 {
        /// `exc_group rest -- exc`: prepares re-raising what `except*` clauses left.
        PrepReraiseStar,
        /// `name bound -- TypeVar`.
        TypeVarWithBound,
        /// `name constraints -- TypeVar`.
        TypeVarWithConstraints,
        /// `func type_params -- func`: sets `__type_params__`.
        SetFunctionTypeParams,
        /// `typevar default -- typevar`.
        SetTypeparamDefault,
    }
}

/// The objects LOAD_COMMON_CONSTANT pushes (CPython's numbering).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CommonConstant {
    AssertionError = 0,
    /// Raised by `__annotate__` functions for formats they do not support.
    NotImplementedError = 1,
}

impl CommonConstant {
    pub fn from_u32(n: u32) -> Option<CommonConstant> {
        match n {
            0 => Some(CommonConstant::AssertionError),
            1 => Some(CommonConstant::NotImplementedError),
            _ => None,
        }
    }

    /// The built-in name of the object.
    pub fn name(self) -> &'static str {
        match self {
            CommonConstant::AssertionError => "AssertionError",
            CommonConstant::NotImplementedError => "NotImplementedError",
        }
    }
}

/// One encoded instruction: 8 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instruction {
    pub op: Opcode,
    /// Reserved for the specializing interpreter.
    pub flags: u8,
    /// Index of this instruction's inline cache in the code object, or `NO_CACHE`.
    pub cache: u16,
    pub arg: u32,
}

/// The `cache` value of an instruction without an inline cache.
pub const NO_CACHE: u16 = u16::MAX;

impl Instruction {
    pub fn new(op: Opcode, arg: u32) -> Instruction {
        Instruction { op, flags: 0, cache: NO_CACHE, arg }
    }
}

const _: () = assert!(std::mem::size_of::<Instruction>() == 8);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_has_a_description_and_unique_name() {
        let mut names = std::collections::HashSet::new();
        for op in Opcode::ALL {
            assert!(!op.description().is_empty(), "{op:?}");
            assert!(names.insert(op.name()));
        }
    }

    #[test]
    fn jumps_are_exactly_the_jump_operand_instructions() {
        for &op in Opcode::ALL {
            assert_eq!(op.jump_stack_effect(0).is_some(), op.operand_kind() == OperandKind::Jump, "{op:?}");
        }
    }

    #[test]
    fn binary_op_inplace_round_trip() {
        for op in BinaryOp::ALL.iter().take(13) {
            assert_eq!(op.inplace().without_inplace(), *op);
            assert_eq!(op.inplace().symbol(), format!("{}=", op.symbol()));
        }
    }
}
