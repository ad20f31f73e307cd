class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(A) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(Custom()))
def f():
    local_one = 1
    return dir()
print(f())
print("append" in dir([]), "upper" in dir(""), dir(None) == dir(type(None)))
