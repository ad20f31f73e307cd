def func(a, b=1, *args, c, d=4, **kw):
    "The docstring."
    x = a + b
    return x
print(func.__name__, func.__qualname__, func.__doc__, func.__module__)
print(func.__defaults__, func.__kwdefaults__)
code = func.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_nlocals, code.co_filename.endswith("attributes.py"))
print(code.co_firstlineno, func.__closure__, func.__dict__)
func.extra = 5
print(func.__dict__, func.extra)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
print(callable(func), type(func).__name__, func.__globals__ is globals())
