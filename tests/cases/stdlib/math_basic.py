# math: float functions, constants, rounding to ints, and their errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for name in ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "fabs", "exp2"]:
    f = getattr(math, name)
    print(name, [f(x) for x in (0.5, 0.25, 0.75)])
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(10**30))
print(math.floor(True), type(math.floor(2.0)), math.trunc(2**70 + 0.0))
print(math.frexp(10), math.frexp(-0.0), math.ldexp(0.625, 4), math.ldexp(1.0, -1080), math.modf(-3.5))
print(math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5.5, 2), math.copysign(3, -0.0))
print(math.pow(2, 0.5), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.0, -math.inf))
print(math.atan2(0.0, -0.0), math.atan2(-1, -1), math.hypot(3, 4), math.hypot(), math.hypot(*range(10)))
print(math.degrees(1), math.radians(180), math.fma(2, 3, 4), math.isclose(1.0, 1.0000000001))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, -1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(math.inf))
print(math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(10**500), math.log(2**1100))

class Floaty:
    def __float__(self):
        return 2.25
    def __floor__(self):
        return "custom floor"

print(math.sqrt(Floaty()), math.floor(Floaty()), math.ceil(Floaty()))

for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(-3)", "math.acos(2)",
             "math.exp(1000)", "math.sqrt('a')", "math.sqrt()", "math.sqrt(1, 2)",
             "math.log(1, 2, 3)", "math.log(2, 1)", "math.atanh(1)", "math.pow(0, -1)",
             "math.fmod(1, 0)", "math.tan(math.inf)", "math.log1p(-1)", "math.acosh(0)",
             "math.cosh(1000)", "math.ldexp(1.0, 10000)", "math.ldexp(1, 1.5)", "math.ceil(math.inf)",
             "math.floor(math.nan)", "math.trunc('a')", "math.pow(-1, 0.5)", "math.pow(1e300, 2)",
             "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1)", "math.isclose(1, 2, 3)",
             "math.nextafter(1, 2, steps=-1)", "math.fma(math.inf, 0, 1)", "math.remainder(1, 0)",
             "math.isinf(10**400)", "math.sqrt(10**400)", "math.atan2(1)", "math.degrees(1e308)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
