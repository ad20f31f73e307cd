# Notes: multi-line notes, a note whose str() fails, and __notes__ that is not a list.
class BadNote:
    def __str__(self):
        raise RuntimeError("no")
e = ValueError("with notes")
e.add_note("first line\nsecond line")
e.__notes__.append(BadNote())
e.__notes__.append(42)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__[0])
f = TypeError("odd notes")
f.__notes__ = "not a list"
try:
    raise f
except TypeError:
    pass
raise e from f
