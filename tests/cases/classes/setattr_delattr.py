class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        if name == "locked":
            raise AttributeError("locked is read-only")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
g = Guard()
g.a = 1
setattr(g, "b", 2)
try:
    g.locked = True
except AttributeError as e:
    print(e)
del g.a
print(sorted(vars(g)))
try:
    del g.missing
except AttributeError as e:
    print(e)
class Frozen:
    __slots__ = ()
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
