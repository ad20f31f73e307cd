# collections (namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap), collections.abc
# registration, abc, copy, heapq, bisect and types: a smoke test of each.
import collections, collections.abc as cabc, abc, copy, heapq, bisect, types
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap
P = namedtuple('P', 'x y', defaults=[0])
print(P(1), P(1, 2)._replace(y=5), P._make((3, 4))._asdict(), P.__doc__)
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); print(d, d.maxlen, list(reversed(d)))
d.rotate(1); print(d, d.popleft(), d.pop(), len(d))
dd = defaultdict(list); dd['a'].append(1); print(dd, dict(dd))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, od.popitem(last=False))
od.move_to_end('c', last=False); print(od, od == OrderedDict(c=3, b=2), od == {'b': 2, 'c': 3})
c = Counter('abracadabra'); print(c, c.most_common(2), c.total(), sorted(c.elements())[:4])
print(c + Counter(a=1), c - Counter(a=10), Counter(a=3) & Counter(a=1, b=2), Counter(a=1) | Counter(a=2, b=1), -Counter(a=-2))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm, cm.new_child())
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable))
print(issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator))
print(isinstance(range(3), cabc.Sequence), isinstance('s', cabc.Collection), isinstance(len, cabc.Callable), isinstance(set(), cabc.Set))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): pass
try: B()
except TypeError as e: print(e)
class Cc(B):
    def g(self): return 'ok'
print(Cc().g(), A.__abstractmethods__ == {'f', 'g'})
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg), isinstance('x', Reg))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
x = [1, [2, 3], {'k': (4, [5])}]
y = copy.deepcopy(x); y[1].append(9); print(x, y, copy.copy(x)[1] is x[1])
class Node:
    def __init__(self): self.me = self
n = copy.deepcopy(Node()); print(n.me is n)
print(copy.replace(P(1, 2), x=7))
h = [5, 1, 8, 3, 9, 2]; heapq.heapify(h); print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
h2 = [3, 1, 4, 1, 5, 9, 2, 6]; heapq.heapify_max(h2); print(h2, list(heapq.merge([1, 4], [2, 3])))
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2)); L = [1, 3]; bisect.insort(L, 2); print(L)
ns = types.SimpleNamespace(a=1); print(ns, types.FunctionType, types.NoneType)
print(types.new_class('X', (int,)).__mro__)
