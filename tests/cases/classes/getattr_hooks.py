class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.dyn_hello, getattr(l, "dyn_x"), hasattr(l, "other"))
try:
    l.other
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = Logged()
print(g.a, g.secret)
class Both:
    x = 5
    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError("forced")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().x, Both().y)
