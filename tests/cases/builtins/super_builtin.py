class A:
    def f(self):
        return "A.f"
    x = "A.x"
class B(A):
    def f(self):
        return "B.f+" + super().f()
    x = "B.x"
b = B()
print(b.f(), super(B, b).f(), super(B, b).x, super(B, B).f(b))
sp = super(B, b)
print(type(sp).__name__, sp.__thisclass__.__name__, sp.__self__ is b, sp.__self_class__.__name__)
unbound = super(B)
print(type(unbound).__name__, unbound.__self__)
try:
    super()
except RuntimeError as e:
    print(e)
try:
    super(B, A())
except TypeError as e:
    print(e)
