a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
x = object()
ids = {id(x)}
print(id(x) in ids, id(x) == id(x))
