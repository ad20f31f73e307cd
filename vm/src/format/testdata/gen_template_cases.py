"""Generates template_cases.jsonl: results of str.format / str.format_map by the reference
interpreter. Run from the repository root:
    ../shared/tools/cpython314 vm/src/format/testdata/gen_template_cases.py > vm/src/format/testdata/template_cases.jsonl

Arguments use the tagged encoding of gen_percent_cases.py, plus ["ns", [[name, value], ...]] for a
types.SimpleNamespace. A result is {"out": text} or {"err": [exception name, message]}.
"""
import json, struct, sys
from types import SimpleNamespace

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
    if isinstance(v, list): return ["list", [encode(x) for x in v]]
    if isinstance(v, tuple): return ["tuple", [encode(x) for x in v]]
    if isinstance(v, dict): return ["dict", [[encode(k), encode(x)] for k, x in v.items()]]
    if isinstance(v, SimpleNamespace): return ["ns", [[k, encode(x)] for k, x in vars(v).items()]]
    raise TypeError(type(v))

def run(f):
    try:
        return {"out": f()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

out = sys.stdout
def emit(**kw):
    out.write(json.dumps(kw, ensure_ascii=True) + "\n")

def case(tpl, args=(), kwargs=None):
    kwargs = kwargs or {}
    emit(op="format", tpl=tpl, args=[encode(a) for a in args], kwargs=[[k, encode(v)] for k, v in kwargs.items()],
         **run(lambda: tpl.format(*args, **kwargs)))

def case_map(tpl, mapping):
    emit(op="format_map", tpl=tpl, mapping=[[k, encode(v)] for k, v in mapping.items()],
         **run(lambda: tpl.format_map(mapping)))

ns = SimpleNamespace(x=1, name="n\u00e9", inner=SimpleNamespace(v=[10, 20, {"k": "deep"}]))
A = (1, "two", 3.5, [4, 5, 6], {"a": "A", "7": "seven", 7: "int7"}, ns, 1 + 2j, True, None, "\u4e2d\U0001f600")
KW = {"name": "Ann", "n": 42, "f": -0.5, "lst": ["p", "q"], "d": {"k": "v"}, "ns": ns, "w": 8, "p": 3, "s": "x"}

TEMPLATES = [
    "", "plain", "{{", "}}", "{{}}", "a{{b}}c", "{", "}", "a{", "a}", "}a", "{}}", "{{}", "{{{}}}", "{}{}{}",
    "{0}{1}{0}", "{}", "{} {}", "{0} {}", "{} {0}", "{name}", "{name} {}", "{} {name} {}", "{0}{name}{1}",
    "{10}", "{9}", "{-1}", "{ 0}", "{0 }", "{00}", "{01}", "{\u0661}", "{\u0661\u0660}", "{99999999999999999999}",
    "{0[99999999999999999999]}", "{0.real}", "{6.real} {6.imag}", "{5.x}", "{5.name!r}", "{5.inner.v[2][k]}",
    "{5.inner.v[1]}", "{5.missing}", "{0.missing}", "{3[0]}", "{3[2]}", "{3[9]}", "{3[x]}", "{4[a]}", "{4[7]}",
    "{4[b]}", "{4['a']}", "{1[0]}", "{1[5]}", "{9[1]}", "{ns.inner.v[0]:>5}", "{lst[1]}", "{d[k]}", "{d[x]}",
    "{0[}", "{0[0}", "{0[0]x}", "{0[0]]}", "{0.}", "{0..x}", "{0[]}", "{.x}", "{[0]}", "{0.x.}", "{0]}",
    "{0!r}", "{1!r}", "{1!s}", "{1!a}", "{9!a}", "{9!r:>12}", "{1!x}", "{1!}", "{1!r", "{1!rr}", "{1!r:}", "{1!r:5}|",
    "{1!\x01}", "{1!\u1234}", "{1!", "{1:", "{1:5", "{1:{", "{1:}}", "{1:{}}", "{1}{:}",
    "{0:5}", "{0:<5}|", "{0:^5}", "{0:x}", "{0:#b}", "{1:*^9}", "{2:.3f}", "{2:10.2e}", "{2:%}", "{6:.1f}",
    "{7}", "{7:d}", "{7:>6}", "{8}", "{8!r}", "{8:}", "{8:5}", "{8:s}", "{3}", "{3:}", "{3!s:>20}", "{3:x}",
    "{4}", "{5}", "{5!a}", "{1:q}", "{2:q}", "{0:abc}", "{1:d}", "{1:=5}",
    "{0:{w}}", "{2:{w}.{p}f}", "{2:{w}.{p}{s}}", "{0:{w}{}}", "{:{}}", "{:{}{}}", "{0:{1}}", "{0:{}}",
    "{2:{w}.{p}f} {}", "{:{w}} {}", "{0:{1:{2}}}", "{0:{{}}}", "{0:{w:{p}}}", "{0:{0:{0}}}", "{0:{}", "{0:{{}",
    "{0:}}}", "{0:{w}}}", "{0:{w!r}}", "{0:{w!x}}", "{n:{w},}", "{n:_^{w}}", "{f:+{w}.{p}%}",
    "{name}{missing}", "{missing}", "{Name}", "{n.real}", "{s[0]}", "{s[1]}", "{lst[0][0]}", "{d[k][0]}",
    "{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}", "{}{}{}{}{}{}{}{}{}{}{}", "x{0}y{{z}}w{1!r:>8}v",
    "{0:\u00e9^7}", "\u00e9{0}\U0001f600{9}", "{9:^9}", "{9!a}", "{9:.1}", "{1:.1}|{1:.0}|{1:.10}",
    "{0:,}", "{0:_x}", "{n:,}", "{n:010_}", "{f:z.0f}", "{2:._}", "{ns}", "{ns.inner}", "{5.inner.v}",
]
for t in TEMPLATES:
    case(t, A, KW)
for t in ["{}", "{0}", "{name}", "{} {}", "{0} {1}", "{1}", "{:{}}", "{0:{1}}"]:
    case(t, ())
    case(t, (7,))
    case(t, ("a", 5))
    case(t, (), {"name": "z"})

M = {"name": "Ann", "n": 42, "w": 6, "lst": [1, 2], "0": "zero"}
for t in ["{name}", "{n:>{w}}", "{lst[1]}", "{0}", "{}", "{missing}", "{name!r:^{w}}", "{lst[0]:{w}}", "{n.x}",
          "{{x}}", "{name}{", "{:{w}}", "{n:{0}}"]:
    case_map(t, M)
