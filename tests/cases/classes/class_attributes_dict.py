class A:
    x = 1
    def m(self):
        pass
print(sorted(k for k in A.__dict__ if not k.startswith("__")), type(A.__dict__).__name__)
print(A.__dict__["x"], "__module__" in A.__dict__, A.__module__)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(e)
setattr(A, "y", 2)
print(A.y, A().y)
a = A()
a.__dict__ = {"z": 3}
print(a.z)
print(A.__name__, A.__qualname__, A.__class__, A().__class__ is A)
