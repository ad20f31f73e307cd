class Root: pass
class A(Root): pass
class B(Root): pass
class C(A): pass
print([c.__name__ for c in Root.__subclasses__()], [c.__name__ for c in A.__subclasses__()])
print(C.__subclasses__(), bool in int.__subclasses__())
print(object.__subclasses__() != [])
