def first[T: int, *Ts, **P](xs, y=1, *, z=2):
    return xs[0]

class Box[T](object):
    def get(self):
        return T

type Pair[K = int] = tuple[K, K]
type Alias = int | str
