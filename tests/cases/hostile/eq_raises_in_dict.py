class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
d = {BadEq(): 1}
try:
    d[BadEq()]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    BadEq() in {BadEq()}
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    [BadEq()].index(BadEq())
except RuntimeError as e:
    print(type(e).__name__, e)
x = BadEq()
print(x in [x], d.get(next(iter(d))))
