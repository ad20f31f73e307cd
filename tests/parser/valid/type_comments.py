x = 1  # type: int
a, b = f()  # type: int, str
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(a):  # type: (int) -> None
    pass
def h(a  # type: int
      ):
    pass
for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
import os  # type: ignore
import sys  # type: ignore[attr]
#type:ignore
y = 2 #type:   List[int]
