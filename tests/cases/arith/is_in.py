a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 4 in a, 4 not in a, "b" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc")
print(1 in {1: 2}, 2 in {1: 2}, 3 in range(10), 10 in range(10), 3.0 in range(5), 2 in (1, 2))
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
print(True in [1], 1.0 in {1}, "x" in frozenset("xyz"))
