# list methods: argument errors, windows of index, in-place operations, special methods.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.index(9, -4), l.index(6, -100, 100), l.count(1), l.count("x"))
attempt(lambda: l.index(1, 4, 5))
attempt(lambda: l.index(1, "a"))
attempt(lambda: l.index(1, None))
attempt(lambda: l.index())
attempt(lambda: l.pop(100))
attempt(lambda: [].pop())
attempt(lambda: l.pop("a"))
attempt(lambda: l.insert(1))
attempt(lambda: l.remove(42))
attempt(lambda: l.append())
attempt(lambda: l.copy(1))
attempt(lambda: l.sort(1))
attempt(lambda: l.sort(cmp=None))
attempt(lambda: [1, "a"].sort())
attempt(lambda: list.append(5, 1))
attempt(lambda: list.append())
attempt(lambda: l.__getitem__("a"))
attempt(lambda: l.__setitem__(100, 1))
attempt(lambda: l.__delitem__(100))
attempt(lambda: l.__add__((1,)))
attempt(lambda: l.__mul__(1.5))
attempt(lambda: l.__iadd__(5))
attempt(lambda: l.__len__(1))
m = [1, 2]
m.insert(-100, 0); m.insert(100, 9); m.extend(range(2)); m.extend(m); print(m)
m.__setitem__(slice(0, 2), "ab"); m.__delitem__(slice(None, None, 3)); print(m)
m.__iadd__((7,)); m.__imul__(2); print(m, m.__mul__(0), m.__rmul__(1) == m, m.__contains__(7), m.__len__())
print(m.__eq__(list(m)), m.__lt__([0]), m.__ge__(m), m.__eq__(tuple(m)), list.__hash__, m.__reversed__().__next__())
m.reverse(); m.sort(key=str, reverse=True); print(m, m.pop(), m.pop(0), m.remove(7), m)
m.clear(); print(m, m.__init__("xyz"), m, m.__repr__())
class L(list):
    pass
x = L("ab")
print(x, type(x.copy()).__name__, type(x + x).__name__, type(x[:1]).__name__, x == ["a", "b"], x.__getitem__(0))
