# random: a differential sweep over many int and str seeds; each line condenses many draws.
import random

def fingerprint(r):
    floats = [r.random() for _ in range(5)]
    bits = [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 200)]
    ints = [r.randrange(1, 10**k) for k in range(1, 25, 3)]
    items = list(range(30))
    r.shuffle(items)
    picks = r.sample(range(10**9), 3) + r.choices(range(50), k=3)
    dists = [r.gauss(), r.expovariate(1.5), r.betavariate(0.5, 3), r.vonmisesvariate(0, 0.5),
             r.gammavariate(2.5, 1), r.binomialvariate(40, 0.4)]
    return floats[-1], sum(bits) % 1000003, sum(ints) % 999983, items[:4], picks, dists

for seed in list(range(0, 400, 7)) + [2**k - 1 for k in (31, 32, 33, 63, 64, 65, 200)] + [-1, -2**40]:
    print(seed, fingerprint(random.Random(seed)))
for seed in ['a', 'seed', 'x' * 100, b'\x00\xff', 'naïve ☃']:
    print(repr(seed), fingerprint(random.Random(seed)))
r = random.Random(12)
r.seed('text', version=1)
print('version 1', r.random())
