print(eval("1 + 2"), eval("[x * 2 for x in range(3)]"), eval("  3  "), eval("'s' * 2"))
x = 10
print(eval("x + 1"), eval("x", {"x": 5}), eval("y", {}, {"y": 7}))
def f():
    z = 3
    return eval("z * 2")
print(f())
for src in ("1 +", "import os", "x = 1"):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_q")
except NameError as e:
    print(e)
print(eval(b"2 ** 8"), eval("__name__"))
