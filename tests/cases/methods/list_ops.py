a = [1, 2]
b = a * 2
c = a + [3]
print(b, c, a * 0, a * -1, [[]] * 2, 2 in a, [1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 9])
nested = [[0]] * 3
nested[0].append(1)
print(nested)
a *= 2
print(a)
print(list.__name__, [].__class__, len([None] * 5), [1, [2, [3]]][1][1][0])
x = [1, 2, 3]
y = x
x = x + [4]
print(y, x)
print([3, 1, 2].__len__(), sorted([3, 1, 2]), list(reversed([1, 2])), [1, 2, 3][-1])
