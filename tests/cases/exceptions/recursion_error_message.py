def a():
    return b()
def b():
    return a()
try:
    a()
except RecursionError as e:
    print(e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__)
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print(type(e).__name__)
