from collections import deque
import copy
d = deque([1, 2, 3], maxlen=5)
print(d, d.maxlen, len(d), bool(d), 2 in d, d[0], d[-1])
d.extend(range(10)); print(d)
d.appendleft('a'); print(d)
d.rotate(2); print(d); d.rotate(-7); print(d)
print(d.pop(), d.popleft(), d)
d2 = deque('abcde'); d2.reverse(); print(d2, d2.index('c'), d2.count('a'))
d2.insert(1, 'z'); d2.remove('z'); print(d2)
del d2[0]; d2[0] = 'Q'; print(d2, d2 == deque('Qcba'), d2 < deque('R'))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 3 * deque([0], maxlen=2))
e = deque(); e.append(e); print(e)
try: deque().pop()
except IndexError as x: print(x)
try: deque([1]).index(5)
except ValueError as x: print(x)
try: deque([1])[5]
except IndexError as x: print(x)
try: deque([1])['a']
except TypeError as x: print(x)
try: deque(maxlen=-1)
except ValueError as x: print(x)
try: deque([1]) + [2]
except TypeError as x: print(x)
f = deque([1, 2, 3])
try:
    for x in f: f.append(x)
except RuntimeError as x: print(x)
class D(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)
dd = D(2); dd.extend([1, 2, 3]); print(dd, type(dd.copy()).__name__ if False else '', dd.maxlen)
print(list(reversed(deque([1, 2, 3]))), copy.copy(deque([1], 3)), deque[int])
print(d.__reduce__()[0], d.__reduce__()[1])
m = deque([1, 2], maxlen=3); m *= 2; print(m)
try: hash(deque())
except TypeError as x: print(x)
print(deque(maxlen=0), deque([1,2,3], maxlen=0))
d3 = deque(range(5)); d3.clear(); print(d3)
print(repr(deque), deque.__module__, type(iter(deque())))
