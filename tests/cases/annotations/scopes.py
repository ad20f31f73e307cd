# Annotation scopes: closures through classes, class namespaces, comprehensions and lambdas.
def outer():
    T = int
    class K:
        a: T
        def m(self, x: T) -> T: pass
        class Inner:
            b: T
            def n(self, y: T): pass
    return K
K = outer()
print(K.__annotations__, K.m.__annotations__, K.Inner.__annotations__, K.Inner.n.__annotations__)
def outer2():
    U = str
    def mid():
        def inner(z: U) -> list[U]: pass
        return inner
    return mid()
print(outer2().__annotations__)
class Outer:
    X = bytes
    class Nested:
        y: X
try:
    Outer.Nested.__annotations__
except NameError as e:
    print(e)
def gen():
    class G:
        g: [i for i in range(3)]
        h: (lambda: 5)()
    return G
print(gen().__annotations__)
class CompInClass:
    vals = [1, 2]
    c: [v * 2 for v in vals]
print(CompInClass.__annotations__)
