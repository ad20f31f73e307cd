class MyList(list):
    def sum(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.sum(), type(l).__name__, type(l + l).__name__, isinstance(l, list))
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
d = MyDict(a=1)
print(d["a"], d["zz"], "zz" in d, d.get("q"))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, s == "hi", repr(s))
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(5), repr(MyInt(5)), MyInt(5) + 1, type(MyInt(5) + 1).__name__)
