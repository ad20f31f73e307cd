# compile(flags=__future__.annotations.compiler_flag) turns string annotations on.
import __future__
ns = {}
exec(compile("x: list[int]\ndef f(a: int): pass", "<s>", "exec", flags=__future__.annotations.compiler_flag), ns)
print(ns['__annotations__'], ns['f'].__annotations__)
ns = {}
exec("x: list[int]", ns)
print(ns.get('__annotations__'), ns['__annotate__'](1))
