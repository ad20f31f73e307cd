"""Generates float_repr_ties.txt: floats whose exact value lies halfway between two shortest
round-tripping decimal strings, with the reference's repr. Run from the repository root:
    ../shared/tools/cpython314 vm/src/format/testdata/gen_float_repr_ties.py > vm/src/format/testdata/float_repr_ties.txt

Each line is "<IEEE bits in hex> <repr>". Such floats are where a shortest-digits algorithm
must break the tie as David Gay's dtoa does (the even last digit); random bit patterns almost
never hit them, so they are searched for here: values k * 2**-m whose exact decimal expansion
is one digit longer than the shortest repr and ends in 5.
"""
import decimal, random, struct

def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]

def is_tie(x):
    exact = decimal.Decimal(x).normalize()
    digits = exact.as_tuple().digits
    shortest = decimal.Decimal(repr(x)).normalize().as_tuple().digits
    return len(digits) == len(shortest) + 1 and digits[-1] == 5

rng = random.Random(709)
found = {}
while len(found) < 1500:
    m = rng.randint(1, 80)
    k = rng.getrandbits(rng.randint(1, 53)) | 1
    for scale in (0, rng.randint(-300, 300)):
        try:
            x = float(k) * 2.0 ** (scale - m)
        except OverflowError:
            continue
        if x != 0 and x == x and abs(x) != float("inf") and is_tie(x):
            found[bits(x)] = repr(x)
for b in sorted(found):
    print(b, found[b])
