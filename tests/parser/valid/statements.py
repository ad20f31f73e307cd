import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from m import *
global g
x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
x: int
x: int = 3
(y): str = "s"
obj.attr: int = 1
seq[0]: int
x += 1
x //= 2
x **= 3
x @= m
del a, b[0], c.d, (e, f), [g]
del x,
assert x, "message"
assert y
raise
raise E
raise E("x") from None
pass
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
for a, (b, c) in x:
    pass
for *a, b in x: pass
for x in 1, 2, 3: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
try:
    pass
except A, B:
    pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c): pass
with (a, b): pass
with (a): pass
with (a, b) as c: pass
with (yield): pass
x = 1; y = 2;
if x: a; b
def f(): return
def g(): return 1, 2
def h(): return *a, b
