def f(key=1, reverse=2, *, flag=0): pass
def g(a, /, bb=1): pass
for c in [lambda: f(kee=1), lambda: f(flg=1), lambda: g(1, a=2), lambda: g(1, b=2), lambda: sorted([], kee=1), lambda: [].sort(revers=1), lambda: [].sort(zzz=1), lambda: print(sepp=1), lambda: int('1', bas=2), lambda: max([1], kee=1), lambda: ''.split(sepp=1), lambda: ''.encode(encodin='x'), lambda: 'x'.replace('a','b',coun=1), lambda: ''.splitlines(keepend=1), lambda: int(base=2), lambda: int(x=2), lambda: int(1,2,3), lambda: int('1', 2, base=3), lambda: str(objec=1), lambda: pow(2, 3, mo=1)]:
    try: c()
    except TypeError as e: print(e)
print(hash(slice(1, 2)) == hash((1, 2, None)), hash(slice(1,2)) == hash(slice(1,2)))
