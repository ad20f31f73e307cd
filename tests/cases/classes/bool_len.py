class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truth:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(Full()), bool(Truth()), len(Truth()), not Full())
print("yes" if Full() else "no", bool(object()))
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
for obj in (BadBool(), BadLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(BigLen())
except OverflowError as e:
    print(e)
