import sys
M = type(sys)
for a, k in [((), {}), ((1,), {}), (('a','b','c'), {}), (('a',), {'doc': 5}), (('a',), {'x': 5})]:
    try: m = M(*a, **k); print(m, m.__dict__)
    except TypeError as e: print(e)
class S(M): pass
s = S('q'); print(s, s.__dict__, type(s))
class T(M):
    def __init__(self, n):
        super().__init__(n, "docs")
        self.extra = 1
t = T('w'); print(t, t.__dict__)
print(dir(M('zz')))
import _thread
print(type(_thread.__spec__).__name__, _thread.__spec__.origin, _thread.__loader__.__name__)
big = 10**5000
for s in ['', 'd', 'n', ',', '_', '>10', 'x', 'b', 'o']:
    try: r = format(big, s); print(repr(s), 'ok', len(r))
    except Exception as e: print(repr(s), type(e).__name__, str(e)[:40])
