# Compile-time warnings of exec/eval/compile, recorded, and turned into SyntaxErrors.
import warnings

exec("a = 1\nb = a is 2\n")
print(eval("'\\q'"))
compile("c = 3\nd = c is 3\n", "fake.py", "exec")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("e = 1 is 1", "<rec>", "exec")
    compile("f = [1, 2][1, 2]", "<rec>", "exec")
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["f = 1\ng = f is 'x'\n", "h = '\\d'", "i = b'\\777'",
                "def k():\n    try:\n        pass\n    finally:\n        return 1\n"]:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
