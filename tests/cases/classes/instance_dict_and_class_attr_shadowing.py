class C:
    shared = []
    counter = 0
    def add(self, v):
        self.shared.append(v)
        self.counter += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(C.shared, a.counter, b.counter, C.counter, a.__dict__, "shared" in a.__dict__)
