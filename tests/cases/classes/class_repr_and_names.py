class Outer:
    class Inner:
        pass
print(Outer, Outer.Inner, Outer.__qualname__, Outer.Inner.__qualname__, Outer.__module__)
print(repr(type(Outer())), str(Outer.Inner), type(Outer).__name__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__qualname__, L)
