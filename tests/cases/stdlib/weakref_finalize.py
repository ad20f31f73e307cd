# weakref.finalize and callback errors (reported on stderr, execution goes on).
import weakref

class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"

class Failing:
    def __call__(self, ref): raise ValueError("boom")
    def __repr__(self): return "<Failing>"

c = C(1)
r = weakref.ref(c, Failing())
del c
print("continued after failing callback")

o = C(2)
f = weakref.finalize(o, print, "finalized", 2, sep="|")
print(f.alive, f.peek()[0], f.peek()[1:], f.atexit)
del o
print(f.alive, f.peek(), f())

o = C(3)
f = weakref.finalize(o, lambda: "called")
print(f(), f.alive, f(), f.detach())

o = C(4)
f = weakref.finalize(o, print, "never")
print(f.detach()[0], f.alive, f.detach())
del o

def at_exit(name):
    print("at exit", name)

keep1, keep2 = C(5), C(6)
weakref.finalize(keep1, at_exit, "first")
weakref.finalize(keep2, at_exit, "second")
skipped = weakref.finalize(C(7) if False else keep2, at_exit, "not at exit")
skipped.atexit = False
print(skipped.atexit)

# A finalizer for an object that dies while the program runs.
class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, print, "closing", name)
    def close(self):
        self._finalizer()
res = Resource("a")
res.close()
print("closed explicitly")
res2 = Resource("b")
del res2
print("end of program")
