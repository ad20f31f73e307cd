for e in (Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(1, 2, 3),
          KeyError("key"), KeyError(), KeyError(1, 2), IndexError("i"), StopIteration(5)):
    print(repr(e), "|", str(e), "|", e.args)
e = Exception("x")
e.args = ("new", "args")
print(e, repr(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
