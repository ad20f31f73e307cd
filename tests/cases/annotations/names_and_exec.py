# __annotations__ is not a name in bodies; exec'd code; names called format.
class C:
    x: int
    try:
        print(__annotations__)
    except NameError as e:
        print("class body:", e)
try:
    print(__annotations__)
except NameError as e:
    print("module:", e)
y: int
ns = {}
exec("a: int\nb: str = 'x'\nclass K:\n    k: float\n", ns)
print(ns['__annotate__'](1), ns['K'].__annotations__, sorted(k for k in ns if 'annot' in k))
ns2 = {}
exec("from __future__ import annotations\na: int\n", ns2)
print(ns2['__annotations__'])
src = compile("z: list", "<s>", "exec")
ns3 = {}
exec(src, ns3)
print(ns3['__annotate__'](1))
def outer():
    class Local:
        v: outer_var
    outer_var = 5
    return Local
print(outer().__annotations__)
class Weird:
    format: int
    def m(self, format: format) -> format: pass
print(Weird.__annotations__, Weird.m.__annotations__)
format = "global format"
class Weird2:
    a: format
print(Weird2.__annotations__)
