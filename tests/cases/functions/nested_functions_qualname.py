def a():
    def b():
        def c():
            pass
        return c
    return b
print(a.__qualname__, a().__qualname__, a()().__qualname__)
class Outer:
    class Inner:
        def m(self):
            return (lambda: 0)
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m().__qualname__)
print(Outer.Inner.__name__, Outer.__module__)
