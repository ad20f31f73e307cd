class StrHash:
    def __hash__(self):
        return "not an int"
class FloatHash:
    def __hash__(self):
        return 1.5
class BigHash:
    def __hash__(self):
        return 10 ** 40
for cls in (StrHash, FloatHash):
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        {cls(): 1}
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(BigHash()) == hash(10 ** 40))
class RaisingHash:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    {RaisingHash()}
except ValueError as e:
    print(type(e).__name__, e)
