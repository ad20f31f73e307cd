s = "abc"
print(s.__add__("d"), s.__mul__(2), s.__rmul__(2), s.__mod__(()), "%s".__mod__("x"), s.__getitem__(1), s.__len__())
print(s.__eq__("abc"), s.__eq__(1), s.__lt__("b"), s.__contains__("bc"), s.__hash__() == hash(s), s.__str__() is s)
for bad in (lambda: s.__add__(1), lambda: s.__mul__("x")):
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(s.__iter__().__next__(), s.__format__(">5"), s.__repr__(), str.__len__("four"))
