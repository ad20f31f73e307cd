def f[T](x: T) -> T: pass
def f[T: int, *Ts, **P](): pass
def f[T = int, *Ts = *tuple[int], **P = [int, str]](): pass
def f[T: (int, str) = int](): pass
class C[T]: pass
class C[T, U](Base[T]): pass
type X = int
type Y[T] = list[T]
type Z[T: int = bool, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type = 1
type.x = 2
type(x)
if True: type Q = int
async def f[T](): pass
