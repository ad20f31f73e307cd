# Compile-time errors of type parameters (each compiled separately).
sources = [
    "def f[T, T](): pass",
    "def f[T=int, U](): pass",
    "class C[T=int, *Ts]: pass",
    "type A[T=int, **P] = int",
    "def f[*Ts=int, U=str, V](): pass",
    "class C[T, *T]: pass",
    "def f[__classdict__](): pass",
    "def f[T: (yield)](): pass",
    "type A = (yield)",
    "type A[T: (x := 1)] = int",
    "class C[T]:\n    def m[U: (await x)](self): pass",
    "def f[T: *int](): pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_offset)
