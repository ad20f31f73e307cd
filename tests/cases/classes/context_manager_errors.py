class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
