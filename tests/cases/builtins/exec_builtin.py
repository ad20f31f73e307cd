exec("print('hello from exec')")
g = {}
exec("def sq(n):\n    return n * n\nv = sq(5)", g)
print(g["v"], g["sq"](3))
def f():
    exec("inner = 1")
    return "inner" in locals()
print(f())
result = exec("1 + 1")
print(result)
exec("for i in range(2):\n    print('loop', i)")
exec(compile("a_from_code = 9", "<c>", "exec"))
print(a_from_code)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(e)
