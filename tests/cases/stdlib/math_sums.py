# math: exact and extended-precision sums: fsum, hypot, dist, prod, sumprod; gamma/lgamma.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum(iter([1, 2, 3])))
print(math.fsum([2.0**53, 1.0, 2.0**-80]), math.fsum([2.0**53, -1.0, -2.0**-80]), math.fsum([]))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
print(math.hypot(1e-320, 3e-320), math.hypot(1e308, 1e307), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-3, 4))
print(math.dist((1, 2), (4, 6)), math.dist([1.5, 2.25, -3.0], (4.0, -1.0, 2.5)), math.dist([], []))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2, 3]), math.prod(['a', 3]), math.prod([], start=5))
print(math.prod(range(1, 30)), math.prod([2, 3], start=0.5))
print(math.sumprod([1, 2], [3, 4]), math.sumprod([0.1] * 10, [0.3] * 10), math.sumprod([1, 2.5, 3], [4, 5, 6.25]))
print(math.sumprod([10**20, 3], [3, 4]), math.sumprod([True, 2], [3.5, 1]), math.sumprod([], []))
print(math.sumprod([1e308, 1e308], [10.0, -10.0]), math.sumprod([[1], [2]], [2, 3]))
for x in [0.5, 1.5, 5.5, 10.1, 33.3, 100.5, 170.5, -0.5, -2.5, -7.3, -150.25, 1e-21, 4.999, 5.52]:
    print(x, math.gamma(x), math.lgamma(x))
for expr in ["math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.fsum(['a'])",
             "math.fsum()", "math.dist([1], [1, 2])", "math.dist(1, 2)", "math.hypot('a')",
             "math.sumprod([1], [1, 2])", "math.prod()", "math.prod([1], 3)", "math.gamma(0)",
             "math.gamma(-1)", "math.lgamma(-2)", "math.gamma(200)", "math.lgamma(math.inf)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
