# Setting and deleting type.__annotations__ and type.__annotate__.
class A:
    x: int
A.__annotations__ = {'q': 1}
print(A.__annotations__, A.__annotate__, sorted(k for k in A.__dict__ if 'annot' in k))
del A.__annotations__
print(sorted(k for k in A.__dict__ if 'annot' in k))
try:
    del A.__annotations__
except AttributeError as e:
    print(repr(e))
print(A.__annotations__, A.__annotate__)

class C:
    y: str
print(C.__annotations__)
C.__annotate__ = lambda fmt: {'n': fmt}
print(C.__annotations__, sorted(k for k in C.__dict__ if 'annot' in k))
C.__annotate__ = None
print(C.__annotations__, C.__annotate__)
try:
    C.__annotate__ = 3
except TypeError as e:
    print(e)
try:
    del C.__annotate__
except TypeError as e:
    print(e)

for attr in ("__annotations__", "__annotate__"):
    try:
        getattr(int, attr)
    except AttributeError as e:
        print(e)
    try:
        setattr(int, attr, None)
    except TypeError as e:
        print(e)

class Bad:
    a: int
    b: Missing
for _ in range(2):
    try:
        Bad.__annotations__
    except NameError as e:
        print("NameError:", e)
Missing = bytes
print(Bad.__annotations__)

class Instance:
    def __init__(self):
        self.__annotations__ = 5
print(Instance().__annotations__)
