"""Generates numeric_cases.txt: the reference results every numeric operation is tested against.

Run with the reference interpreter from this directory:
    /work/shared/tools/cpython314 gen.py > numeric_cases.txt

Each line is `op<TAB>arg<TAB>...<TAB>=><TAB>result`. Values are encoded so the Rust side can decode them without
the code under test: `i:` decimal int, `x:` hex int (large values), `f:` the 64 bits of a float in hex, `c:` two
such floats, `t:` a printable ASCII str as itself, `s:` UTF-8 of any other str in hex, `b:` bytes in hex, `B:` bool, `N:` None (an int/float comparison's outcome is the str lt/eq/gt/un),
a tuple as its items joined by `;`, and an exception as `E:<class>:<message>`.
"""

import math
import operator
import random
import struct
import sys
from fractions import Fraction

sys.set_int_max_str_digits(0)
INF = float("inf")
NAN = float("nan")
DEFAULT_LIMIT = 4300


def enc(v):
    if isinstance(v, bool):
        return "B:%s" % v
    if isinstance(v, int):
        if abs(v) < 2**128:
            return "i:%d" % v
        return "x:%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, complex):
        return "c:%s,%s" % (enc(v.real)[2:], enc(v.imag)[2:])
    if isinstance(v, (bytes, bytearray)):
        return "b:" + bytes(v).hex()
    if isinstance(v, str):
        if all(" " <= ch <= "~" for ch in v) and "\\" not in v:
            return "t:" + v
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, tuple):
        return ";".join(enc(e) for e in v)
    if v is None:
        return "N:"
    raise TypeError(type(v))


class Real(float):
    """Marks a float operand of a complex operation."""


def enc_arg(v):
    return enc(float(v)) if isinstance(v, Real) else enc(v)


out = []


def case(op, fn, *args):
    try:
        result = enc(fn(*args))
    except (ArithmeticError, ValueError, MemoryError) as e:
        msg = str(e)
        assert "\t" not in msg and "\n" not in msg, msg
        result = "E:%s:%s" % (type(e).__name__, msg)
    out.append("\t".join([op] + [enc_arg(a) for a in args] + ["=>", result]))


rng = random.Random(20261122)

INTS = [0, 1, -1, 2, -2, 3, -3, 5, 7, -7, 10, 12, 255, 256, -256, 1000, 2**31, -2**31, 2**53 - 1, 2**53, 2**53 + 1,
        -(2**53 + 1), 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, 10**20, -10**20,
        3**50, -(3**50), 2**100 + 12345, -(2**100) + 1, 10**400, -10**400, 2**1023, 2**1024 - 1, 2**1024,
        (2**53 + 1) * 2**970, 12345678901234567890123, 6**77, 10**18 + 7]
SMALL_INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, -256, 2**53 + 1, 2**63 - 1, -2**63, 2**64, 10**20,
              -10**20, 2**100 + 12345, 10**400]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 0.3, 7.0, -7.25, 123.456,
          1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 1e300, -1e300, 1.7976931348623157e308, 1e16, 1e22,
          2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**64, 4.5e15 + 0.5, 1e-5, 2.0, -2.0, 0.25, 1.0 / 3, INF,
          -INF, NAN]

# ---- int arithmetic ----
INT_BINARY = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "floordiv": operator.floordiv,
    "mod": operator.mod, "divmod": divmod, "truediv": operator.truediv, "and": operator.and_,
    "or": operator.or_, "xor": operator.xor,
}
HUGE_INTS = [i for i in INTS if i.bit_length() > 300] + [-(2**1024) + 1, 10**399]
MAIN_INTS = [i for i in INTS if i.bit_length() <= 300]
PARTNERS = [0, 1, -1, 2, -3, 7, 2**64, -10**20, 3**50, 10**399, 10**400, 2**1024]
for name, fn in INT_BINARY.items():
    for a in MAIN_INTS:
        for b in MAIN_INTS:
            case(name, fn, a, b)
    for a in HUGE_INTS:
        for b in PARTNERS:
            case(name, fn, a, b)
            case(name, fn, b, a)
for _ in range(400):
    a = rng.getrandbits(rng.choice([8, 40, 60, 64, 70, 120, 500, 1100, 1500])) * rng.choice([1, -1])
    b = rng.getrandbits(rng.choice([8, 40, 60, 64, 70, 120, 500, 1100, 1500])) * rng.choice([1, -1]) or 1
    case("truediv", operator.truediv, a, b)
    case("divmod", divmod, a, b)
# Quotients near the bottom of the float range (subnormal results) and ties.
for k in range(1040, 1090, 3):
    for a in [1, 3, 2**60 + 1, 2**53 + 1, 10**30]:
        case("truediv", operator.truediv, a, 2**k)
        case("truediv", operator.truediv, a, 2**k + 1)
        case("truediv", operator.truediv, a * 2**k + 1, 2**k * 3)

for a in INTS:
    case("neg", operator.neg, a)
    case("abs", abs, a)
    case("invert", operator.invert, a)
    case("bit_length", int.bit_length, a)
    case("bit_count", int.bit_count, a)
    case("to_float", float, a)
    case("hash_int", hash, a)
    case("bin", bin, a)
    case("oct", oct, a)
    case("hex", hex, a)
    case("str_int", lambda x, limit: (sys.set_int_max_str_digits(limit), str(x))[1], a, DEFAULT_LIMIT)
for _ in range(400):
    a = rng.getrandbits(rng.choice([54, 60, 64, 65, 100, 600, 1023, 1024, 1025])) * rng.choice([1, -1])
    case("to_float", float, a)
    case("hash_int", hash, a)
for x in [10**4299, 10**4300 - 1, 10**4300, -10**4300 + 1, -10**4300, 2**14300, 10**5000]:
    for limit in [DEFAULT_LIMIT, 0, 4400] if x in (10**4300, -10**4300) else [DEFAULT_LIMIT]:
        case("str_int", lambda x, limit: (sys.set_int_max_str_digits(limit), str(x))[1], x, limit)
for x in [12345678901, -12345678901, 10**10, 10**11 - 1]:
    for limit in [640, 10, 11]:
        if limit >= 640:
            case("str_int", lambda x, limit: (sys.set_int_max_str_digits(limit), str(x))[1], x, limit)
sys.set_int_max_str_digits(0)

# ---- pow ----
EXPS = [0, 1, 2, 3, 5, 10, 63, 64, 100, -1, -2, -3, -100, -1075, 2**64, 2**100, -2**64]
for a in INTS:
    for e in EXPS:
        if abs(e) >= 2**64 and abs(a) > 1 and e > 0:
            continue  # CPython would try to build it
        if a.bit_length() > 64 and e >= 10:
            continue
        case("pow", pow, a, e)
# CPython squares until malloc fails; only 2 ** huge fails fast enough to generate.
case("pow", pow, 2, 2**63)
MOD_BASES = [0, 1, -1, 2, 3, -3, 7, 10**20, -10**20, 2**100, 12]
MOD_EXPS = [0, 1, 2, 5, -1, -2, 10**20, -7, 2**64]
MODS = [1, -1, 2, 3, -3, 5, 7, 10, 12, -12, 10**9 + 7, 2**64, -2**64, 0]
for a in MOD_BASES:
    for e in MOD_EXPS:
        for m in MODS:
            case("powmod", pow, a, e, m)

# ---- shifts ----
COUNTS = [0, 1, 5, 31, 32, 62, 63, 64, 65, 100, 1000, -1, -2**70, 2**62, 2**63 - 1, 2**63, 2**64, 2**100,
          2**63 - 37, 2**63 - 38, 2**63 - 127, 2**63 - 128]
for a in SMALL_INTS + [-5, 3 * 2**70]:
    for n in COUNTS:
        case("rshift", operator.rshift, a, n)
        if n >= 2**62 or n < 0 or a == 0 or n <= 1000:
            case("lshift", operator.lshift, a, n)

# ---- round ----
for a in INTS + [15, 25, -15, -25, 150, 250, 35, 45, 1234567, -1234567, 5 * 10**20, -15 * 10**19]:
    for n in [-1, -2, -3, -7, -10, -20, -21, -400, 0, 5]:
        case("round_int", round, a, n)

# ---- to_bytes / from_bytes ----
TB_INTS = [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 32767, -32768, 65535, 2**63 - 1, -2**63, 2**64 - 1,
           2**64, -2**64, 10**20, -10**20]
for a in TB_INTS:
    for length in [0, 1, 2, 8, 9, 20]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                case("to_bytes", lambda a, n, o, s: a.to_bytes(n, o, signed=s), a, length, order, signed)
for a, n, o, s in [(5, -1, "big", False), (-5, -1, "big", False), (5, 1, "mid", False), (5, -1, "x", True),
                   (-5, 0, "x", False), (-1, 0, "big", True), (0, 0, "big", True), (0, 0, "little", False)]:
    case("to_bytes", lambda a, n, o, s: a.to_bytes(n, o, signed=s), a, n, o, s)
FB = [b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x00\x80", b"\xff\xff", b"\x01\x00", b"\xfe\xff\xff",
      bytes(range(20)), b"\x80" + b"\x00" * 9, b"\xff" * 17]
for data in FB:
    for order in ["big", "little", "Big"]:
        for signed in [False, True]:
            case("from_bytes", lambda d, o, s: int.from_bytes(d, o, signed=s), data, order, signed)

# ---- int/float comparison and conversion ----
CMP_FLOATS = FLOATS + [2.0**53 + 2, 9007199254740992.0, 1e19, -1e19, 2.0**1023, 1.5 * 2**70]
for a in INTS + [2**53 + 2, 2**53 + 3, 2**70 * 3 // 2, 2**70 * 3 // 2 + 1, 10**19]:
    for f in CMP_FLOATS:
        case("cmp_int_float", lambda a, f: "lt" if a < f else "eq" if a == f else "gt" if a > f else "un", a, f)
for f in FLOATS + [1e100, -1e100, 0.9999999999999999, -0.9999999999999999, 4503599627370495.5, 2.0**52 + 0.5]:
    case("float_to_int", int, f)
    case("float_floor", math.floor, f)
    case("float_ceil", math.ceil, f)
    case("float_round", round, f)
    case("float_is_integer", float.is_integer, f)
    case("float_ratio", float.as_integer_ratio, f)
    case("float_hex", float.hex, f)
    if not math.isnan(f):
        case("hash_float", hash, f)
for _ in range(300):
    f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if math.isnan(f):
        continue
    case("float_hex", float.hex, f)
    case("hash_float", hash, f)
    case("float_to_int", int, f)

# ---- float arithmetic ----
FLOAT_BINARY = {"float_floordiv": operator.floordiv, "float_mod": operator.mod, "float_divmod": divmod,
                "float_truediv": operator.truediv, "float_pow": operator.pow}
for name, fn in FLOAT_BINARY.items():
    for a in FLOATS:
        for b in FLOATS:
            case(name, fn, a, b)
for _ in range(300):
    a = rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-5, 5)
    b = rng.uniform(-100, 100) * 10 ** rng.randint(-3, 3)
    for name, fn in FLOAT_BINARY.items():
        if name != "float_pow":
            case(name, fn, a, b)
    case("float_pow", operator.pow, abs(a) ** 0.1, b)
for a in [-8.0, -2.0, -1e-300, -1e300, -0.5, -1.0, -3.0, -INF]:
    for b in [0.5, 1.5, -0.5, 1 / 3, 2.0, 3.0, -3.0, 1e300, 1e-300, 101.0, 100.5, INF, -INF]:
        case("float_pow", operator.pow, a, b)

# float round with ndigits
ROUND_FLOATS = FLOATS + [0.125, 0.375, 2.675, 1.0005, 5e-5, 12345.6789, 1234567890.125, 1.7e308, 9.5e307,
                         -0.5e-10, 0.05, 0.15, 0.25, 0.35, 1e-320]
for f in ROUND_FLOATS:
    for n in [-400, -309, -308, -307, -300, -10, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 100, 307, 308, 323, 324,
              400, 2**100, -2**100]:
        case("float_round_nd", lambda f, n: f.__round__(n), f, n)
for _ in range(400):
    f = rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20)
    case("float_round_nd", lambda f, n: f.__round__(n), f, rng.randint(-22, 22))

# ---- complex ----
COMPLEXES = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 2j, -3.5 + 0.25j, 1j, -1j,
             1 + 0j, 2 - 3j, complex(1e300, 1e300), complex(1e-300, -1e-300), complex(1e308, 1), complex(INF, 0),
             complex(INF, NAN), complex(NAN, INF), complex(NAN, 0), complex(0, INF), complex(-INF, 1),
             complex(1, NAN), complex(INF, INF), complex(3, 4), complex(0.5, -0.5)]
REALS = [Real(x) for x in [0.0, -0.0, 1.0, -1.0, 2.5, 1e300, INF, -INF, NAN, 5e-324]]
COMPLEX_BINARY = {"cadd": operator.add, "csub": operator.sub, "cmul": operator.mul, "cdiv": operator.truediv}
for name, fn in COMPLEX_BINARY.items():
    for a in COMPLEXES:
        for b in COMPLEXES + REALS:
            case(name, fn, a, b)
    for a in REALS:
        for b in COMPLEXES:
            case(name, fn, a, b)
CPOW_EXPS = [0j, 1 + 0j, 2 + 0j, 3 + 0j, -1 + 0j, -2 + 0j, 100 + 0j, 101 + 0j, -100 + 0j, 0.5 + 0j, 1j, 1 + 1j,
             -0.5 + 2j, complex(INF, 0), complex(1e300, 0), complex(NAN, 0), 1024 + 0j]
for a in COMPLEXES:
    for b in CPOW_EXPS:
        case("cpow", operator.pow, a, b)
for a in COMPLEXES:
    case("cabs", abs, a)
    if not (math.isnan(a.real) or math.isnan(a.imag)):
        case("hash_complex", hash, a)
for n, d in [(1, 2), (-1, 2), (3, 1), (-3, 7), (10**30, 3), (1, 2**61 - 1), (-5, 2 * (2**61 - 1)), (7, 10**20),
             (2**61 - 1, 2**61 - 2), (-1, 1), (1, 1)]:
    case("hash_rational", lambda n, d: hash(Fraction(n, d)), n, d)

# ---- parsing ----
INT_TEXTS = ["0", "1", "-1", "+12", " 12 ", "\t-7\n", "1_0", "1__0", "_10", "10_", "0x10", "0X1F", "0x_10",
             "0x__10", "0b101", "0B1", "0o17", "0O7", "010", "000", "0_0", "00_0", "0_7", "07", "0_b1", "0b_1",
             "0b1_", "0b", "0o_", "0x", "x", "", " ", "- 12", "+-1", "12\x00", "1e5", "1.0", "z", "Z", "zz",
             "9" * 25, "-" + "7" * 30, "0x" + "f" * 30, "\u0661\u0662", "\uff11\uff12", "\u0661_\u0662",
             "\u00a012\u2003", "\x1c12\x1f", "\u00e9", "\u0085", "\u200b1", "\u0660x1", "1\u00a0",
             "12'\"", "12'", "x" * 300, "1" * 4300, "1" * 4301, "1_" * 4300 + "1", "-" + "1" * 4301,
             "1" * 4301 + "x", "1" * 4301 + " ", "0" * 4301, "1" * 5000 + "_", " " * 5000 + "1",
             "0x" + "1" * 5000, "1" * 5000, "\U0001d7ce\U0001d7cf", "123456789012", "1234567890123",
             "zzzzzzzzzzzz", "zzzzzzzzzzzzz", "-9223372036854775808", "9223372036854775808"]
for text in INT_TEXTS:
    for base in [0, 10, 2, 8, 16, 36, 3, 1, 37, -1] if len(text) < 100 else [0, 10, 16]:
        case("int_str", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], text, base,
             DEFAULT_LIMIT)
        if text.isascii() and (len(text) < 100 or base == 10):
            data = text.encode()
            case("int_bytes", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], data, base,
                 DEFAULT_LIMIT)
for text in ["1" * 5000, "-" + "1" * 4400, "12345678901", "1" * 11]:
    for limit in [0, 4400, 640]:
        case("int_str", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], text, 10, limit)
sys.set_int_max_str_digits(0)
case("int_bytes", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], b"\xff", 10,
     DEFAULT_LIMIT)
case("int_bytes", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], b"x" * 300, 10,
     DEFAULT_LIMIT)
sys.set_int_max_str_digits(0)

FLOAT_TEXTS = ["0", "-0", "1.5", " 1.5 ", "+1.5", "-1.5", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e_5", "1e1_0",
               "1.5_5", "1_.5", "1._5", "inf", "-inf", "+inf", "INF", "Infinity", " -INFINITY ", "infinity1",
               "inf_", "infin", "nan", "-nan", "+nAn", "NaN", "nan1", "1e500", "-1e500", "1e-500", "0x10", ".5",
               "5.", ".", "e5", "1e", "1e+", "1e-3", "1E3", "-.5e-3", "1.5\x00", "", " ", "\u0661.5", "1.5\u00a0",
               "\x1c1.5", "\u00e9", "x" * 300, "1" * 5000, "1" * 5000 + "x", "0." + "0" * 400 + "1",
               "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
               "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
               "1.7976931348623159e308", "9007199254740993", "9007199254740993.0000000001", "0.1", "1e22", "1e23",
               "123456789012345678901234567890e-10", "1e-1_0", "1_1.2_2e3_3", "12'", "--1", "+-1", "1.2.3",
               "1e5.5", "\t\n1\r\x0b\x0c", "in f", "i", "0e0", "-0.0e-0", "00.5", "0_0.5"]
for text in FLOAT_TEXTS:
    case("float_str", float, text)
    if text.isascii():
        case("float_bytes", float, text.encode())
for _ in range(300):
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
    point = rng.randint(0, len(digits))
    text = digits[:point] + "." + digits[point:] + "e%d" % rng.randint(-330, 310)
    case("float_str", float, text)

HEX_TEXTS = ["0x1p0", "0x1.8p1", "-0x1.8p1", " 0x1p-1 ", "0X1P3", "1p3", "0x.8", "0x1.", "0x.", "0x", "x1",
             "0x1p", "0x1p+", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x3p-1076",
             "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024",
             "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x0p99999999999999999999",
             "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0", "inf", "-Infinity",
             "nan", "-NaN", "", " ", "0x1.8p1x", "0x1_0p0", "0x" + "f" * 300 + "p-1200", "0x0.0p+0",
             "-0x0.0p+0", "0x1.8000000000000p+0", "\t0x10\n", "+0x1p+1", "0x1.ggp0", "0x123456789abcdefp-60",
             "0x0.000000000000000000001p0", "0x8p-1078", "0x7p-1078", "0x9p-1078", "0x1.8p-1074"]
for text in HEX_TEXTS:
    case("float_fromhex", float.fromhex, text)
for _ in range(200):
    f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if math.isnan(f) or math.isinf(f):
        continue
    m = rng.getrandbits(rng.choice([8, 53, 60, 80]))
    e = rng.randint(-1200, 1100)
    case("float_fromhex", float.fromhex, "%s0x%xp%d" % (rng.choice(["", "-"]), m, e))

# ---- random cases aimed at rounding boundaries and the parsers ----
DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def in_base(n, base):
    text = ""
    while True:
        n, d = divmod(n, base)
        text = DIGITS36[d] + text
        if n == 0:
            return text


for _ in range(300):
    base = rng.choice([2, 3, 7, 8, 10, 16, 36, 0])
    value = rng.getrandbits(rng.choice([5, 30, 63, 64, 65, 200]))
    body = in_base(value, base or 10)
    if rng.random() < 0.3:
        cut = rng.randint(1, len(body))
        body = body[:cut] + "_" + body[cut:] if cut < len(body) else body
    if rng.random() < 0.3:
        body = body.upper()
    prefix = {2: "0b", 8: "0o", 16: "0x"}.get(base, "") if rng.random() < 0.5 else ""
    text = rng.choice(["", " ", "\t"]) + rng.choice(["", "-", "+"]) + prefix + body + rng.choice(["", " ", "\n"])
    case("int_str", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], text, base,
         DEFAULT_LIMIT)
sys.set_int_max_str_digits(0)
for _ in range(300):
    f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0] * rng.choice([1, -1])
    if math.isnan(f) or math.isinf(f):
        continue
    whole = int(f)
    for a in [whole - 1, whole, whole + 1]:
        case("cmp_int_float", lambda a, f: "lt" if a < f else "eq" if a == f else "gt" if a > f else "un", a, f)
for _ in range(150):
    k = rng.randint(0, 1000)
    m = rng.getrandbits(53) | (1 << 52)
    for a in [(2 * m + 1) << k, ((2 * m + 1) << (k + 1)) + 1, ((2 * m + 1) << (k + 1)) - 1]:
        case("to_float", float, a * rng.choice([1, -1]))
for _ in range(100):
    a = rng.getrandbits(rng.choice([7, 8, 16, 63, 64, 100])) * rng.choice([1, -1])
    case("to_bytes", lambda a, n, o, s: a.to_bytes(n, o, signed=s), a, rng.randint(0, 14),
         rng.choice(["big", "little"]), rng.choice([False, True]))
    data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 12)))
    case("from_bytes", lambda d, o, s: int.from_bytes(d, o, signed=s), data, rng.choice(["big", "little"]),
         rng.choice([False, True]))
for _ in range(200):
    a = rng.getrandbits(rng.choice([10, 40, 64, 100])) * rng.choice([1, -1])
    n = -rng.randint(1, 32)
    if rng.random() < 0.5:
        a = a // 10 ** (-n) * 10 ** (-n) + 5 * 10 ** (-n - 1)  # an exact tie
    case("round_int", round, a, n)
for _ in range(150):
    lo = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0]
    if math.isnan(lo) or math.isinf(lo) or lo == 0:
        continue
    hi = math.nextafter(lo, INF)
    if math.isinf(hi):
        continue
    mid = (Fraction(lo) + Fraction(hi)) / 2
    # The exact decimal expansion of the midpoint (finite: the denominator is a power of two).
    scale = mid.denominator.bit_length() - 1
    digits = str(mid.numerator * 5**scale)
    for delta in [-1, 0, 1]:
        text = str(int(digits) + delta) + "e-%d" % scale
        case("float_str", float, text)

# Random short strings over the characters the grammars care about: every accept/reject decision is compared.
ALPHABET = "0000111789_____+-.. \tafAFxXbBoOeEpPiInN"
for _ in range(1500):
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8)))
    case("int_str", lambda t, b, limit: (sys.set_int_max_str_digits(limit), int(t, b))[1], text,
         rng.choice([0, 0, 10, 16, 2, 8]), DEFAULT_LIMIT)
    case("float_str", float, text)
    case("float_fromhex", float.fromhex, text)
sys.set_int_max_str_digits(0)

print("\n".join(out))
