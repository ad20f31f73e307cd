r = range(10 ** 20)
print(r[-1], r[10 ** 19], 10 ** 19 in r, r.index(5), bool(r))
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(0, 10 ** 20, 10 ** 18)))
try:
    range(10 ** 20)[10 ** 20]
except IndexError as e:
    print(e)
