class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, o):
        self.v.append(("iadd", o))
        return self
    def __isub__(self, o):
        self.v.append(("isub", o))
        return self
    def __imul__(self, o):
        return "imul result"
    def __add__(self, o):
        return "add result"
    def __ior__(self, o):
        return NotImplemented
    def __or__(self, o):
        return "or fallback"
a = Acc()
b = a
a += 1
a -= 2
print(a is b, a.v)
a *= 3
print(a)
c = Acc()
c |= 1
print(c)
class OnlyAdd:
    def __add__(self, o):
        return "plain add"
x = OnlyAdd()
x += 1
print(x)
