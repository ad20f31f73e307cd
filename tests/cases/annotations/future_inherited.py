from __future__ import annotations
# compile(), exec() and eval() of source text inherit the future feature unless dont_inherit.
import sys
def f(): pass
print(hex(f.__code__.co_flags & 0x1000000))
ns = {}
exec("x: int", ns)
print(ns.get('__annotations__'), ns.get('__annotate__'))
ns = {}
exec(compile("x: int", "<s>", "exec", dont_inherit=True), ns)
print(ns.get('__annotations__'), ns.get('__annotate__') is not None)
print(eval("f.__code__.co_flags & 0x1000000"))
