s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(list(range(20))[s], "abcdefghij"[slice(None, None, -3)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))
class Cap:
    def __getitem__(self, k):
        return k
c = Cap()
print(c[1:2], c[::], c[1:2, 3], c[...], c[:, None])
