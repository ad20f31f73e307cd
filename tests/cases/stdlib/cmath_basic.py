# cmath: complex functions, special values (infinities, NaNs, signed zeros) and errors.
import cmath, math

def show(z):
    # Signs of zeros and NaNs matter for complex special values.
    return (z.real, math.copysign(1, z.real), z.imag, math.copysign(1, z.imag))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(3 + 4j), cmath.sqrt(-0.0 - 0j), cmath.sqrt(1e-320 + 1e-320j))
print(cmath.exp(0), cmath.exp(1j * math.pi / 2), cmath.log(1j), cmath.log(8, 2), cmath.log10(100))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3 + 4j), cmath.rect(2, 0), cmath.rect(1, math.pi / 2))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(1j, 2j))
print(cmath.sin(0), cmath.cos(0), cmath.tan(0), cmath.sinh(0), cmath.cosh(0), cmath.tanh(0))
print(cmath.asin(0), cmath.acos(1), cmath.atan(0), cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
special = [complex(a, b) for a in (-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan)
           for b in (-math.inf, -0.0, 0.0, 1.0, math.inf, math.nan)
           if not (math.isfinite(a) and math.isfinite(b))]
for name in ['sqrt', 'exp', 'log', 'cosh', 'sinh', 'tanh', 'acos', 'asinh', 'atanh', 'acosh']:
    f = getattr(cmath, name)
    results = []
    for z in special:
        try:
            results.append(show(f(z)))
        except ValueError as e:
            results.append('ValueError')
    print(name, results)
for expr in ["cmath.sqrt('a')", "cmath.log(0)", "cmath.exp(1000)", "cmath.log(1, 0)", "cmath.atanh(1)",
             "cmath.isclose(1, 2, rel_tol=-1)", "cmath.polar(complex(1e308, 1e308))", "cmath.cosh(1000)",
             "cmath.phase(complex(1e300, 1e-310))", "cmath.sqrt()"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
