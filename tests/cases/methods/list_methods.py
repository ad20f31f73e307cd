l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3)
print(l, l.index(2), l.count(2), [1, 2, 1].count(1), [1, 2, 3, 2].index(2, 2))
l.reverse()
print(l)
l.sort()
print(l, l.copy(), l.copy() is l)
l.sort(reverse=True, key=lambda x: x % 3)
print(l)
l.clear()
print(l, len(l))
for bad in (lambda: [].remove(1), lambda: [1].index(2), lambda: [].pop(), lambda: [1, 2].index(1, 1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
