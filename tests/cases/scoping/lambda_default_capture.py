x = 1
f = lambda y=x: y
x = 2
g = lambda: x
print(f(), g())
funcs = {name: (lambda n=name: n.upper()) for name in ("a", "b")}
print({k: v() for k, v in funcs.items()})
