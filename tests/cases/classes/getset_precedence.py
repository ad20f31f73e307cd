# Data descriptors of the type beat the instance dict; a class attribute shadows a getset
# found later in the MRO; metaclass descriptors apply to classes.
class Shadow(Exception):
    args = "class attribute"
print(Shadow(1, 2).args)
class NoDict:
    __dict__ = "not the dict"
n = NoDict()
n.x = 1
print(n.__dict__, vars(NoDict)["__dict__"])
class Meta(type):
    @property
    def label(cls):
        return "meta " + cls.__name__
    @property
    def __doc__(cls):
        return "doc from the metaclass"
class K(metaclass=Meta):
    """own doc"""
print(K.label, K.__doc__, K().__doc__)
class Q:
    __qualname__ = "Renamed"
print(Q.__qualname__, Q.__name__)
Q.__qualname__ = "Again"
Q.__doc__ = "set later"
Q.__module__ = "elsewhere"
print(Q.__qualname__, Q.__doc__, Q.__module__, vars(Q)["__module__"])
def f(): pass
f.__dict__["attr"] = 1
print(f.attr, vars(f))
f.__doc__ = "hello"
print(f.__doc__, type(f).__doc__ is not None)
e = OSError(2, "missing", "name.txt")
print(e.errno, e.strerror, e.filename)
e.errno = 5
print(e.errno, type(OSError.__dict__["errno"]).__name__)
print(StopIteration(7).value, SystemExit(3).code, type(BaseException.__dict__["args"]).__name__)
import sys
print(type(sys).__dict__["__dict__"].__get__(sys) is sys.__dict__)
