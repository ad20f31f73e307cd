ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
print(eval("a * 10", ns), eval("x + y", {"x": 1}, {"y": 2}))
loc = {}
exec("def f(): return 42\nresult = f()", {}, loc)
print(loc["result"], sorted(loc))
g = {"v": "global"}
l = {"v": "local"}
print(eval("v", g, l), eval("v", g))
code = compile("q * 2", "<expr>", "eval")
print(eval(code, {"q": 21}), code.co_filename)
