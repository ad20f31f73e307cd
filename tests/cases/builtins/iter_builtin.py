it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
data = [3, 2, 1, 0, 5]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
print(type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter(range(2))).__name__)
class Counter:
    n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(lambda: 1, 2, 3)
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
