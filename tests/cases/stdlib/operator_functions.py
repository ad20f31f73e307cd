# operator: functions, getters, errors.
import operator

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['add', 'sub', 'mul', 'floordiv', 'truediv', 'mod', 'pow', 'lshift', 'rshift',
             'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    print(name, getattr(operator, name)(7, 3))
print(operator.matmul.__name__, operator.neg(5), operator.pos(-5), operator.inv(5), operator.invert(0))
print(operator.abs(-3), operator.not_([]), operator.truth([1]), operator.index(True))
print(operator.is_(None, None), operator.is_not(1, None), operator.is_none(None), operator.is_not_none(0))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1))
print(operator.concat([1], [2]), operator.concat('a', 'b'))
x = [1]
y = operator.iadd(x, [2]); print(x, y is x, operator.iconcat(x, [3]))
print(operator.isub(5, 2), operator.imul('ab', 2), operator.ipow(2, 5), operator.ior({1}, {2}))
print(operator.call(max, 3, 9, key=lambda v: -v))
print(operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7))
print(operator.__add__ is operator.add, operator._abs is operator.abs)
show(operator.add, 1)
show(operator.neg)
show(operator.add, a=1)
show(operator.concat, 1, 2)
show(operator.concat, [1], (2,))
show(operator.index, 1.5)
show(operator.indexOf, [1, 2], 3)
show(operator.indexOf, 1, 2)
show(operator.setitem, [1], 0)
show(operator.abs, 'x')
show(operator.inv, 'x')
show(operator.length_hint, 1, 'x')

class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
show(operator.length_hint, Hint(4))
show(operator.length_hint, Hint(-1))
show(operator.length_hint, Hint('x'))
show(operator.length_hint, Hint(NotImplemented), 7)

# getters
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.itemgetter('k')({'k': 5}))
class P:
    def __init__(self): self.a = self; self.b = 2
    def m(self, x, y=0): return x + y
print(operator.attrgetter('b')(P()), operator.attrgetter('a.a.b', 'b')(P()))
print(operator.methodcaller('m', 1, y=5)(P()), operator.methodcaller('upper')('ab'))
print(repr(operator.itemgetter(1)), repr(operator.itemgetter(1, 'a')))
print(repr(operator.attrgetter('a.b', 'c')), repr(operator.methodcaller('f', 1, x=2)))
print(operator.itemgetter(1).__reduce__(), operator.attrgetter('x').__reduce__())
print(operator.methodcaller('f', 1).__reduce__())
print(type(operator.itemgetter(1)), operator.itemgetter.__module__, operator.add)
show(operator.itemgetter)
show(operator.itemgetter, a=1)
show(operator.itemgetter(1), [1])
show(operator.itemgetter(1), [1], 2)
show(operator.attrgetter, 1)
show(operator.attrgetter('x'), 1)
show(operator.attrgetter('a'))
show(operator.methodcaller)
show(operator.methodcaller, 1)
show(operator.methodcaller('f'), 1, 2)
show(operator.methodcaller('f'), x=1)
print(sorted(['bb', 'a', 'ccc'], key=operator.methodcaller('__len__')))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=operator.itemgetter(0, 1)))
