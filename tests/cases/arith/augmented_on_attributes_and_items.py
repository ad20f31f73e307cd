class C:
    def __init__(self):
        self.count = 0
        self.items = {"a": [1]}
c = C()
c.count += 5
c.count *= 2
c.items["a"] += [2]
c.items["b"] = c.items.get("b", 0) + 1
print(c.count, c.items)
log = []
class Tracked(dict):
    def __getitem__(self, k):
        log.append(("get", k))
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        super().__setitem__(k, v)
t = Tracked(x=1)
t["x"] += 10
print(t, log)
l = [1, 2, 3]
l[1] **= 3
l[-1] //= 2
print(l)
