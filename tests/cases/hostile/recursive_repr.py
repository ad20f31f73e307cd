l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {"k": 1}
d["self"] = d
print(d)
a = [1]
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
try:
    print(repr(n))
except RecursionError as e:
    print(type(e).__name__)
s = set()
print({1: [l]})
