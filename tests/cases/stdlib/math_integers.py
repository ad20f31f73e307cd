# math: integer functions on big ints (factorial, comb, perm, gcd, lcm, isqrt).
import math

print(math.factorial(0), math.factorial(20), math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 10), math.comb(10**20, 3))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 10), math.perm(50, 20))
print(math.gcd(), math.gcd(12, 18, -30), math.gcd(2**100 * 3, 6**50), math.gcd(0, 0), math.gcd(-5))
print(math.lcm(), math.lcm(4, 6, 10**20), math.lcm(0, 5), math.lcm(*range(1, 40)), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**101), math.isqrt(2**200 - 1))

class Seven:
    def __index__(self):
        return 7

print(math.factorial(Seven()), math.comb(Seven(), 2), math.gcd(Seven(), 21), math.isqrt(Seven()))

for expr in ["math.factorial(-1)", "math.factorial(1.5)", "math.factorial(10**20)",
             "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(1)", "math.comb(10**20, 10**19)",
             "math.perm(2, -1)", "math.perm(-1)", "math.perm(5, 10**20)", "math.isqrt(-1)",
             "math.isqrt(2.0)", "math.gcd(1.5)", "math.lcm(2.5)", "math.gcd('a', 2)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
