class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
for v in c:
    print("v", v)
print(list(c), next(Countdown(0), "default"))
class Iterable:
    def __iter__(self):
        yield from "abc"
print(list(Iterable()), sorted(Iterable(), reverse=True), "".join(Iterable()))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
