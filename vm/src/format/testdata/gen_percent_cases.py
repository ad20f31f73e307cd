"""Generates percent_cases.jsonl: results of printf-style formatting (str % args, bytes % args) by
the reference interpreter. Run from the repository root:
    ../shared/tools/cpython314 vm/src/format/testdata/gen_percent_cases.py > vm/src/format/testdata/percent_cases.jsonl

Arguments are encoded as tagged values (see encode); "mapping" is CPython's test that makes the
operand usable with %(key)s. A result is {"out": ...} or {"err": [exception name, message]}.
"""
import json, struct, sys

def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]

def encode(v):
    if v is None: return ["none"]
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, int): return ["int", str(v)]
    if isinstance(v, float): return ["float", bits(v)]
    if isinstance(v, complex): return ["complex", bits(v.real), bits(v.imag)]
    if isinstance(v, str): return ["str", v]
    if isinstance(v, bytes): return ["bytes", list(v)]
    if isinstance(v, bytearray): return ["bytearray", list(v)]
    if isinstance(v, list): return ["list", [encode(x) for x in v]]
    if isinstance(v, tuple): return ["tuple", [encode(x) for x in v]]
    if isinstance(v, dict): return ["dict", [[encode(k), encode(x)] for k, x in v.items()]]
    raise TypeError(type(v))

def run(f):
    try:
        return {"out": f()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

out = sys.stdout
def emit(**kw):
    out.write(json.dumps(kw, ensure_ascii=True) + "\n")

def is_mapping(args, kind):
    if isinstance(args, (tuple, str)) or (kind is bytes and isinstance(args, (bytes, bytearray))):
        return False
    return hasattr(type(args), "__getitem__")

def case_str(fmt, args):
    r = run(lambda: fmt % args)
    emit(op="pct_str", fmt=fmt, args=encode(args), mapping=is_mapping(args, str), **r)

def case_bytes(fmt, args):
    r = run(lambda: list(fmt % args))
    emit(op="pct_bytes", fmt=list(fmt), args=encode(args), mapping=is_mapping(args, bytes), **r)

NUMS = [0, 1, -1, 42, -255, 65, 2**64, -(2**70), True,
        0.0, -0.0, 0.5, 1.5, -2.5, 3.7, -3.7, 1234.5678, 1e16, 1e-5, 5e-324, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 1e100, 0.000123456, 123456789.0]
CONVS = "diuoxXeEfFgGcsra"
FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#", "0+#", "- "]
WIDTHS = ["", "1", "8", "12"]
PRECS = ["", ".0", ".1", ".3", ".10"]
import itertools
for v in NUMS:
    for c in CONVS:
        for fl, w, p in itertools.product(FLAGS, WIDTHS, PRECS):
            # keep the grid moderate: all flags with one width/precision, all widths/precisions with a few flags
            if not ((w, p) in (("8", ""), ("", ".3")) or (fl in ("", "0") and w != "8" and p != ".3")):
                continue
            spec = "%" + fl + w + p + c
            case_str(spec, (v,))
    for c in "diouxXeEfFgGcsra":
        case_str("[%" + c + "]", v)

STRS = ["", "a", "abc", "caf\u00e9", "it's", "\u4e2d\u6587", "\U0001f600", "tab\t", "x" * 20, "A", "\x00"]
for s in STRS:
    for spec in ["%s", "%r", "%a", "%5s", "%-5s|", "%.2s", "%5.1s", "%-8.3r|", "%05s", "%+s", "% s", "%#s",
                 "%.0a", "%10a", "%c", "%5c", "%-3c|", "%.0c", "%d", "%x", "%f", "%e", "%g", "%b", "%y"]:
        case_str(spec, (s,))
        case_str(spec, s)

# containers and other objects
OBJS = [None, [1, "a"], (1, 2), (), ("x",), {"a": 1}, {}, 1j, complex(-1, 0.5), b"ab", bytearray(b"q")]
for o in OBJS:
    for spec in ["%s", "%r", "%a", "%d", "%x", "%f", "%c", "[%s]", "abc", "%s %s", "%(a)s", "%.3s", "%10r"]:
        case_str(spec, o)
        case_str(spec, (o,))

# template structure: arguments, mappings, keys, stars, modifiers, errors
STRUCT = [
    ("%s %s", (1, 2)), ("%s %s", (1,)), ("%s", (1, 2)), ("%s", ()), ("abc", ()), ("abc", 5), ("abc", []),
    ("abc", {}), ("abc", {"a": 1}), ("abc", "s"), ("abc", ("s",)), ("%", ()), ("%", 1), ("abc%", 1),
    ("%%", ()), ("%%%", ()), ("%%s", ()), ("%5%", ()), ("%5%", (1,)), ("%-5%|", (1,)), ("a%%b%sc", (1,)),
    ("%(a)s", {"a": 1}), ("%(a)s %(b)r", {"a": 1, "b": "x"}), ("%(a)s", {}), ("%(a)s", 1), ("%(a)s", (1,)),
    ("%(a)s", [1]), ("%(a", {"a": 1}), ("%(a(b))s", {"a(b)": 1}), ("%((a)s", {"(a": 2}), ("%(a)", {"a": 1}),
    ("%(a)%", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)*d", {"a": 1}),
    ("%(a)5.2f|%(a)-8d|", {"a": 3.14159}), ("%()s", {"": 7}), ("%(a)s%(a)s", {"a": "r"}),
    ("%*d", (5, 1)), ("%*d", (-5, 1)), ("%-*d|", (-5, 1)), ("%*d", ("a", 1)), ("%*d", (1.5, 1)), ("%*d", (True, 1)),
    ("%*d", (2**70, 1)), ("%.*d", (2**40, 1)), ("%.*f", (-3, 1.5)), ("%.*f", (3, 1.23456)), ("%*.*f", (10, 3, 1.23456)),
    ("%*.*s", (6, 2, "abcdef")), ("%.*s", ("a", "b")), ("%*s", (3,)), ("%*", (3,)), ("%.*", (3,)), ("%.", ()),
    ("%.", (1,)), ("%5", (1,)), ("%-", (1,)), ("%.s", ("abc",)), ("%.a", ("x",)), ("%5.s|", ("abc",)),
    ("%ld %hd %Ld", (1, 2, 3)), ("%lld", (1,)), ("%l", (1,)), ("%ls", ("a",)), ("%hl", (1,)),
    ("%y", (1,)), ("%y", ()), ("%\x01", (1,)), ("%\u1234", (1,)), ("%\U0001f600", (1,)), ("ab%q", (1,)),
    ("%b", (1,)), ("%  d", (5,)), ("%++d", (5,)), ("%00005d", (5,)), ("%99999999999999999999d", (1,)),
    ("%.99999999999999999999d", (1,)), ("%99999999999d", (1,)), ("%99999999999s", ("a",)), ("%-99999999999f", (1.5,)), ("%.2147483647d", (1,)), ("%.2147483648d", (1,)),
    ("%.2147483646f", "x"), ("%.*d", (2**31, 1)), ("%*d", (-(2**63), 1)),
    ("%s%s%s", (1, 2)), ("%d", (1, 2)), ("%c%c", ("a", 98)), ("%c", (0x110000,)), ("%c", (-1,)), ("%c", (0x10ffff,)),
    ("%c", (2**70,)), ("%c", (1.5,)), ("%c", ("",)), ("%c", ("ab",)), ("%c", (None,)), ("%c", (True,)),
    ("%d", ("5",)), ("%d", (None,)), ("%d", (1j,)), ("%x", (1.0,)), ("%o", ("7",)), ("%X", (None,)),
    ("%f", ("1",)), ("%f", (None,)), ("%f", (1j,)), ("%f", (10**400,)), ("%d", (float("nan"),)),
    ("%d", (float("inf"),)), ("%i", (-float("inf"),)), ("%u", (2.9,)), ("%e", (10**300,)), ("%g", (2**1024,)),
    ("%.0f %.0f %.0f %.0f", (0.5, 1.5, 2.5, -0.5)), ("%.2f", (2.675,)), ("%.1000f", (1e-300,)),
    ("%.50e", (1/3,)), ("%#.0e %#.0f %#.0g %#g", (1.0, 2.0, 3.0, 4.0)), ("%#x %#X %#o", (0, 0, 0)),
    ("%#.5x|%#10.5X|%-#10o|%#010x", (255, 255, 8, -255)), ("%+.3d|% 05d|%+05d|%-+6d|", (7, 3, -3, 4)),
    ("%010.3f|%-10.3f|%+010.2e|% 010.1g", (-3.14159, 3.14159, 12345.678, 0.5)), ("%010f", (float("inf"),)),
    ("%-010f|%+f|% f|%010f", (float("nan"), float("nan"), float("-inf"), float("-nan"))),
]
for fmt, args in STRUCT:
    case_str(fmt, args)
    b = fmt.encode("utf-8", "surrogatepass")
    bargs = args
    if isinstance(args, tuple):
        bargs = tuple(x.encode() if isinstance(x, str) else x for x in args)
    elif isinstance(args, dict):
        bargs = {k.encode(): (x.encode() if isinstance(x, str) else x) for k, x in args.items()}
    case_bytes(b, bargs)

BSTRUCT = [
    (b"%s", (b"ab",)), (b"%b", (b"ab",)), (b"%s", (bytearray(b"xy"),)), (b"%s", ("x",)), (b"%s", (1,)),
    (b"%b", (None,)), (b"%r", ("\u00e9",)), (b"%a", (b"\xff",)), (b"%r", ([1, "a"],)), (b"%5s|%-5b|%5.1s", (b"ab", b"c", b"xyz")),
    (b"%05s|%.0b|%-3.2s|", (b"ab", b"c", b"xyz")), (b"%c", (b"a",)), (b"%c", (b"ab",)), (b"%c", (bytearray(b"z"),)),
    (b"%c", (bytearray(b"zz"),)), (b"%c", (b"",)), (b"%c", (65,)), (b"%c", (255,)), (b"%c", (256,)), (b"%c", (-1,)),
    (b"%c", (2**70,)), (b"%c", ("a",)), (b"%c", (1.5,)), (b"%c", (True,)), (b"%5c|%-5c|", (65, b"b")),
    (b"%d %i %u %x %X %o", (1, 2, 3, 255, 255, 8)), (b"%e %E %f %F %g %G", (1.5, 2.5, -0.0, 1e20, 1e-20, 1e300)),
    (b"%f", ("1",)), (b"%f", (10**400,)), (b"%f", (None,)), (b"%d", (b"1",)), (b"%x", (1.5,)),
    (b"%y", (1,)), (b"%\x01", (1,)), (b"%\x7f", (1,)), (b"%\x80", (1,)), (b"%\xff", (1,)), (b"\xff%\xfe", (1,)),
    (b"%(a)s", {b"a": b"x"}), (b"%(a)s", {"a": b"x"}), (b"%(a)s", [b"x"]), (b"%(a)s", b"x"), (b"%(a)s", bytearray(b"x")),
    (b"%s", {b"a": 1}), (b"abc", []), (b"abc", b"x"), (b"abc", bytearray(b"x")), (b"abc", "x"), (b"abc", {}),
    (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"\xe9%s\xff", (b"\x00",)), (b"%%%s%%", (b"m",)),
]
for fmt, args in BSTRUCT:
    case_bytes(fmt, args)
for v in NUMS:
    for spec in ["%d", "%x", "%#o", "%+08.3f", "%-10e|", "%g", "%c", "%s", "%r", "%5.2X"]:
        case_bytes(spec.encode(), (v,))
