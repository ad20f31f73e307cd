# Compile-time errors about annotations.
for source in [
    "def f():\n    global x\n    x: int",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int",
    "x: (yield)",
    "def f(a: (yield)): pass",
    "def f(a: (x := 1)): pass",
    "def f() -> (await x): pass",
    "class C:\n    x: (yield)",
    "x: [y := 1]",
    "(a, b): int",
    "[a]: int",
    "a.b: int = 1",
    "def f(*args: *tuple[int]): pass",
]:
    try:
        compile(source, "<src>", "exec")
        print("compiled", repr(source))
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset)
