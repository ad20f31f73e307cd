class A:
    pass
a = A()
print(type(a.__dict__).__name__, a.__class__ is A, A.__mro__, A.__base__)
print(sorted(set(dir(a)) - set(dir(object))))
print(object.__name__, type.__name__, type(object).__name__, isinstance(type, object))
print(A.__init__ is object.__init__, A.__str__ is object.__str__, A.__eq__(a, a), A.__ne__(a, 1))
print(object.__eq__(1, 1), object.__eq__(1, 2), object().__reduce_ex__ is not None)
a.__class__ = type("B", (), {})
print(type(a).__name__)
try:
    (1).__class__ = A
except TypeError as e:
    print(e)
