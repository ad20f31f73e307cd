class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
e = E(1, b=5)
print(e.args, e.b, str(e), repr(e))
class F(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created = True
        return obj
f = F("x")
print(f.args, f.created)
print(Exception("a") .args == ("a",), BaseException.__new__(ValueError).args)
