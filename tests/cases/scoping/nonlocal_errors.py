for src in ("def f():\n    nonlocal x\n", "nonlocal y\n", "def g():\n    x = 1\n    global x\n"):
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
