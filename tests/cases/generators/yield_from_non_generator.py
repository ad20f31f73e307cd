class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
def g():
    result = yield from It()
    print("result from plain iterator:", result)
    yield from []
    yield from (x * 2 for x in range(2))
print(list(g()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(e)
