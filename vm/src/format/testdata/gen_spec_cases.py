"""Generates spec_cases.jsonl: format()/repr() results of the reference interpreter over a grid of
values and format specs, one JSON object per line. Run from the repository root:
    ../shared/tools/cpython314 vm/src/format/testdata/gen_spec_cases.py > vm/src/format/testdata/spec_cases.jsonl

Floats are given as the hex of their IEEE bits so that every value (-0.0, nan, 5e-324) is exact.
A result is {"out": text} or {"err": [exception name, message]}.
"""
import json, struct, sys

def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]

def run(f):
    try:
        return {"out": f()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

out = sys.stdout
def emit(**kw):
    out.write(json.dumps(kw, ensure_ascii=True) + "\n")

FLOATS = [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 0.995, 9.5, 1/3, -2/3,
          1e16, 1e-5, 1e-4, 9.999e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 123456789.0, 1234.5678, -1234.5678, 1e22, 1e23,
          12345678901234567890.0, 0.000123456, 2.0**53, 999999.5, 0.05, 1e-10, 1.23e-300, 1e100,
          9999999999999998.0, 1e15, 123456.0, -0.0001, 100.0, 3.14159, 0.9999996, 99.99999]

# float repr over many more values: powers, near-ties, random-looking bit patterns
import random
rng = random.Random(314)
REPR_FLOATS = list(FLOATS)
for e in range(-330, 310, 7):
    REPR_FLOATS.append(float("1e%d" % e))
    REPR_FLOATS.append(float("4.35e%d" % e))
for _ in range(600):
    x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    REPR_FLOATS.append(x)
for x in REPR_FLOATS:
    emit(op="float_repr", x=bits(x), **run(lambda: repr(x)))
    emit(op="float_str", x=bits(x), **run(lambda: str(x)))

FLOAT_SPEC_PREFIXES = ["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".20", ".60", "#", "#.0", "#.3", "+", " ",
    "-", "z", "z.1", "+z.2", " z", "10", "<10", "^11", "=12", "*>12", "010", "+015", "020,", ",", "_",
    ".3_", "._", ".4,", ",.2", "15,.3_", "0=20,", "x^25,.4_", "#015.2", " 012.3", "-08", "#z10.0",
    "\u00e9<9", "0<9", "0>+9"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
for x in FLOATS:
    for p in FLOAT_SPEC_PREFIXES:
        for t in FLOAT_TYPES:
            spec = p + t
            emit(op="format_float", x=bits(x), spec=spec, type="float", **run(lambda: format(x, spec)))

FLOAT_BAD = ["q", "d", "s", "c", "x", "abc", ",n", ",.2n", "._n", ".", ".f", "99999999999999999999",
    ".99999999999999999999", ".3000000000f", ",_", "_,", ".,_", "._,", ".,,", "_b", ",x", "++", "#c",
    "\x80", ",\x80", "\x00", "=", "0=", "<", "\u0663", ".\u0663f", "\u0661\u0662", "z%", "5.2%", "_%",
    ".2147483647f", ".2147483648f", "99999999999999999", "<99999999999999999"]
class MyFloat(float):
    pass
for spec in FLOAT_BAD:
    if spec == ".2147483647f":
        continue  # would build a 2 GB string
    emit(op="format_float", x=bits(2.5), spec=spec, type="float", **run(lambda: format(2.5, spec)))
    emit(op="format_float", x=bits(-2.5), spec=spec, type="MyFloat", **run(lambda: format(MyFloat(-2.5), spec)))

INTS = [0, 1, -1, 7, 255, -255, 1000, 12345, -12345, 1234567, 65, 0x10ffff, 0x110000, 0xd7ff, 2**31,
        2**63 - 1, -2**63, 2**64, 10**30, -10**30, 2**1024, -(2**1024), 10**400, 2**53 + 1]
INT_SPECS = ["", "#", "+", " ", "-", "10", "<10", "^10", "=10", "010", "#010", "+#012", ",", "_", "#_",
    "020,", "020_", "0=15,", "*^15_", "08,", "07,", ".2", "z", ".,", "._", "+08_", "#x<14", "0<8", ".3,"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%"]
for v in INTS:
    for p in INT_SPECS:
        for t in INT_TYPES:
            spec = p + t
            if t == "f" and abs(v) > 10**300 and abs(v) < 2**1024:
                pass
            emit(op="format_int", v=str(v), spec=spec, type="int", **run(lambda: format(v, spec)))

class MyInt(int):
    pass
INT_BAD = ["99999999999999999", "<99999999999999999", "q", "s", "abc", ",c", "_c", ",b", ",n", "+c", "#c", "z", "zd", ".", ".2d", "99999999999999999999",
    "\x80", ",\x80", "_q", "\u0663", "\u0661\u0662x", "._n", ",_", ".2147483648e"]
for spec in INT_BAD:
    emit(op="format_int", v="65", spec=spec, type="int", **run(lambda: format(65, spec)))
    emit(op="format_int", v="-3", spec=spec, type="MyInt", **run(lambda: format(MyInt(-3), spec)))
for b in (True, False):
    for spec in ["", "d", "5", "x", "q", "abcd", "c", ".2f", "%"]:
        emit(op="format_int", v=str(int(b)), spec=spec, type="bool", **run(lambda: format(b, spec) if spec else format(int(b), spec)))

COMPLEX = [complex(1, 2), complex(-1.5, 0.25), complex(0.0, 2), complex(-0.0, 2), complex(0.0, -0.0),
           complex(-0.0, -0.0), complex(0.0, 0.0), complex(1e16, 1e-5), complex(float("nan"), float("inf")),
           complex(float("-inf"), float("nan")), complex(12345.678, -98765.4321), complex(-1e-7, 3e22),
           complex(5e-324, 1.7976931348623157e308), complex(1/3, -2/3)]
COMPLEX_SPECS = ["", ".0", ".3", ".10", "#", "#.2", "+", " ", "-", "z", "z.1", "20", "<30", "^30", ">30",
    "*^30", ",", "_", "._", ",.2_", "+,.3", "#z.0"]
COMPLEX_TYPES = ["", "e", "E", "f", "F", "g", "G", "n"]
for c in COMPLEX:
    emit(op="complex_repr", re=bits(c.real), im=bits(c.imag), **run(lambda: repr(c)))
    for p in COMPLEX_SPECS:
        for t in COMPLEX_TYPES:
            spec = p + t
            emit(op="format_complex", re=bits(c.real), im=bits(c.imag), spec=spec, type="complex",
                 **run(lambda: format(c, spec)))
for spec in ["99999999999999999", "%", "0", "010", "0<10", "=10", "q", "abc", "d", ".", ",n", ".3000000000f", "x=20"]:
    c = complex(1, 2)
    emit(op="format_complex", re=bits(1.0), im=bits(2.0), spec=spec, type="complex", **run(lambda: format(c, spec)))

STRS = ["", "a", "abc", "hello world", "caf\u00e9", "\u4e2d\u6587\u5b57", "\U0001f600x", "tab\there"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", "\u00e9>7", "010", ".2", ".0", "10.2", ">10.1s",
    ".100", "0^8", "x<3", "99999999999999999", "+", "-", " ", "z", "#", "=", "=10", ",", "_", ".,", "._", ".2_", "+z", "z#", "#=",
    "d", "q", "abc", "\x00", "\u1234", ".", "99999999999999999999", ",s", "_s", "ss"]
class MyStr(str):
    pass
for s in STRS:
    for spec in STR_SPECS:
        emit(op="format_str", s=s, spec=spec, type="str", **run(lambda: format(s, spec)))
for spec in ["q", "abc", "+", "10"]:
    emit(op="format_str", s="ab", spec=spec, type="MyStr", **run(lambda: format(MyStr("ab"), spec)))

# reprs: quote choice, escapes, and a sample of code points for the printable table
REPR_STRS = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r", "\x00\x1f\x7f",
    "\x80\x9f\xa0\xad\xff", "caf\u00e9", "\u2028\u2029", "\ufeff", "\U0001f600", "\U000e0001", "\U0010ffff",
    "\u0378", "a\u0300b", "\u00a0 \u3000"]
step_points = [cp for cp in range(0, 0x110000, 257) if not 0xD800 <= cp <= 0xDFFF]
for cp in step_points:
    REPR_STRS.append(chr(cp))
for s in REPR_STRS:
    emit(op="str_repr", s=s, **run(lambda: repr(s)))
    emit(op="ascii_repr", s=s, **run(lambda: ascii(s)))
REPR_BYTES = [b"", b"a", b"'", b'"', b"'\"", b"\\", b"\t\n\r\x00", bytes(range(256)), b"it's", b'a"b']
for b in REPR_BYTES:
    emit(op="bytes_repr", b=list(b), **run(lambda: repr(b)))
