s = slice(2, 8, 2)
print(s.indices(10), s.indices(5), slice(None, None, -1).indices(3), slice(-2, None).indices(5), slice(10, 20).indices(5))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop, repr(slice("a", "b")))
print("abcdefghij"[s], list(range(10))[s], tuple(range(10))[slice(-3, None)])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
