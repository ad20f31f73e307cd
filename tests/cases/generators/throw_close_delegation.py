def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError:
        print("inner KeyError")
        return "ret"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("outer r", r)
        yield "after"
    except ValueError as e:
        print("outer caught", repr(e))
        yield "vv"
    finally:
        print("outer finally")
o = outer(); print(next(o)); print(o.throw(KeyError("k")))
o.close()
print("--")
o = outer(); print(next(o)); print(o.throw(ValueError("v")))
print(o.gi_running, o.gi_frame is not None)
o.close()
class It:
    def __iter__(self): return self
    def __next__(self): return 5
def d():
    yield from It()
g = d(); print(next(g))
try: g.throw(TypeError("t"))
except TypeError as e: print("escaped", e)
class It2(It):
    def throw(self, e): print("It2.throw", repr(e)); return 7
    def close(self): print("It2.close")
def d2():
    try:
        yield from It2()
    finally:
        print("d2 finally")
g = d2(); print(next(g)); print(g.throw(TypeError("t"))); g.close()
def reent():
    yield from reent_inner()
def reent_inner():
    try:
        yield 1
    except ValueError:
        try:
            r.throw(KeyError())
        except ValueError as e:
            print("reentrant:", e)
        yield 3
r = reent(); next(r); print(r.throw(ValueError()))
def g3():
    yield 1
x = g3(); print(x.gi_frame.f_lineno); next(x); print(x.gi_frame.f_lineno); list(x); print(x.gi_frame)
