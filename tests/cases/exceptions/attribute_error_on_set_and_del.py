class Slots:
    __slots__ = ("a",)
s = Slots()
for action in (lambda: setattr(s, "b", 1), lambda: delattr(s, "a"), lambda: setattr(1, "x", 1),
               lambda: delattr(str, "upper"), lambda: setattr(int, "x", 1), lambda: setattr(len, "x", 1)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
