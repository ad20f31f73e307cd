class C:
    def f(cls_or_self, *a):
        return cls_or_self, a
    cm = classmethod(f)
    sm = staticmethod(f)
print(C.cm(1)[0] is C, C().cm()[0] is C, C.sm(1, 2), C().sm(3))
print(C.__dict__["cm"].__func__ is C.f, C.__dict__["sm"].__func__ is C.f, C.__dict__["sm"].__wrapped__ is C.f)
print(isinstance(C.__dict__["cm"], classmethod), callable(C.__dict__["cm"]), callable(C.__dict__["sm"]))
