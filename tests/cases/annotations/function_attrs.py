# Setting and deleting function.__annotations__ and function.__annotate__.
def f(a: int): pass
f.__annotations__ = {'x': 1}
print(f.__annotate__, f.__annotations__)
del f.__annotations__
print(f.__annotate__, f.__annotations__)
for bad in (5, [1], "s"):
    try:
        f.__annotations__ = bad
    except TypeError as e:
        print(e)
f.__annotations__ = None
print(f.__annotations__)

def g(a: int): pass
g.__annotations__
g.__annotate__ = None
print(g.__annotations__, g.__annotate__)
g.__annotate__ = lambda fmt: {'z': fmt}
print(g.__annotations__)
try:
    g.__annotate__ = 5
except TypeError as e:
    print(e)
try:
    del g.__annotate__
except TypeError as e:
    print(e)
g.__annotate__ = lambda fmt: [1]
try:
    g.__annotations__
except TypeError as e:
    print(e)

class Callable:
    def __call__(self, fmt):
        return {'from_call': fmt}
def h(): pass
h.__annotate__ = Callable()
print(h.__annotations__)

def k(a: undefined_name): pass
try:
    k.__annotations__
except NameError as e:
    print(e)
k.__annotate__ = None
print(k.__annotations__)
