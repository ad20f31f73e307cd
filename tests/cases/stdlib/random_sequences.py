# random: the Mersenne Twister gives CPython's sequences for int, str and bytes seeds.
import random

for seed in [0, 1, 42, -7, 2**100, 'hello', b'bytes', bytearray(b'ba'), 3.5, '']:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(100))
    print('  ints', r.randint(1, 6), r.randrange(10, 1000, 7), r.randrange(-5, 5), r.randrange(2**70))
    items = list(range(12))
    r.shuffle(items)
    print('  shuffle', items, r.choice('abcdefg'))
    print('  sample', r.sample(range(100), 6), r.sample(range(10**6), 4), r.sample('abc', 4, counts=[3, 1, 2]))
    print('  choices', r.choices('xyz', k=5), r.choices('xyz', [1, 5, 10], k=5), r.choices('xyz', cum_weights=[1, 5, 10], k=3))
    print('  randbytes', r.randbytes(6))
r = random.Random(2024)
print(r.uniform(1, 3), r.gauss(), r.gauss(2, 3), r.normalvariate(), r.expovariate(2), r.triangular(0, 10, 3))
print(r.betavariate(2, 5), r.gammavariate(0.5, 1), r.gammavariate(3, 2), r.gammavariate(1, 1), r.lognormvariate(0, 1))
print(r.vonmisesvariate(1, 4), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.binomialvariate(10, 0.3), r.binomialvariate(100, 0.4), r.binomialvariate(1, 0.5), r.binomialvariate(50, 0.9))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
random.seed(99)
print(random.random(), random.randint(1, 100), random.choice([10, 20, 30]))

class Quarter(random.Random):
    def random(self):
        return 0.25

q = Quarter(3)
print(q.randrange(100), q.choice('abcd'), q.random(), Quarter._randbelow is Quarter._randbelow_without_getrandbits)
print(0.0 <= random.SystemRandom().random() < 1.0, random.SystemRandom().getrandbits(0))
