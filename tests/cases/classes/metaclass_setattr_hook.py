import sys
class M(type):
    def __setattr__(cls, k, v):
        print("meta setattr", k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print("meta delattr", k)
        super().__delattr__(k)
class A(metaclass=M):
    pass
A.x = 1
del A.x
print(A.__dict__.get('x', 'gone'))
A.y = 2
print(A.y)
class I(int):
    def __repr__(self): return "REPR"
I.__str__ = int.__repr__
print(str(I(3)), f"{I(4)}", I(5), repr(I(6)))
class M2(type):
    def __getitem__(cls, k): return ('meta', k)
class B(metaclass=M2):
    def __class_getitem__(cls, k): return ('cgi', k)
print(B[1])
f = lambda: 0
print(hasattr(f, '__get__'), hasattr(classmethod(f), '__get__'), hasattr(staticmethod(f), '__get__'))
class C:
    def m(self): return 'm'
print(C.__dict__['m'].__get__(C())(), C.__dict__['m'].__get__(None, C) is C.__dict__['m'])
print(classmethod(lambda cls: cls).__get__(None, C)(), classmethod(lambda cls: cls).__get__(C())())
print(staticmethod(lambda: 's').__get__(None, int)())
print('__new__' in int.__dict__, '__new__' in str.__dict__, int.__new__ is object.__new__, int.__new__(int, '7'))
for d in (lambda: 0, classmethod(lambda c: c), staticmethod(lambda: 's')):
    for args in [(None,), (None, None), (1,), ()]:
        try:
            r = d.__get__(*args)
            print(type(r).__name__)
        except TypeError as e:
            print(e)
