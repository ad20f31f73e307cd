#!/usr/bin/env python3
"""Differential check of the object model: `dir()` and `sorted(vars(T))` of every built-in type,
of instances, of a few user classes and of modules, ophis against CPython.

Runs one probe program under both interpreters and prints, per subject, the names only one of
them has (`-name` missing from ophis, `+name` only in ophis), plus the type of `vars(T)` and
of each descriptor found in the type dicts (getset_descriptor, member_descriptor, ...).

    python3 tests/corpus/check_dir.py [--ophis PATH] [--only SUBSTRING]
"""
import argparse, ast, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "tools", "cpython314")

PROBE = r'''
import sys
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
class Plain:
    x = 1
    def m(self): pass
class Slotted:
    __slots__ = ("a", "b")
class SlottedDict(Slotted):
    pass
class WithDictSlot:
    __slots__ = ("__dict__", "c")
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class Exc(ValueError):
    pass
class IntSub(int):
    pass
def f(): pass
c = coro()
subjects = {
    "object": object, "type": type, "int": int, "bool": bool, "float": float, "complex": complex,
    "str": str, "bytes": bytes, "bytearray": bytearray, "tuple": tuple, "list": list, "dict": dict,
    "set": set, "frozenset": frozenset, "range": range, "slice": slice, "NoneType": type(None),
    "NotImplementedType": type(NotImplemented), "ellipsis": type(...), "function": type(f),
    "builtin_function_or_method": type(len), "method": type(Plain().m), "code": type(f.__code__),
    "module": type(sys), "property": property, "classmethod": classmethod,
    "staticmethod": staticmethod, "super": super, "generator": type(gen()), "coroutine": type(c),
    "async_generator": type(agen()), "memoryview": memoryview, "enumerate": enumerate, "zip": zip,
    "map": map, "filter": filter, "reversed": reversed, "BaseException": BaseException,
    "Exception": Exception, "ValueError": ValueError, "OSError": OSError, "StopIteration": StopIteration,
    "SyntaxError": SyntaxError, "KeyError": KeyError, "UnicodeDecodeError": UnicodeDecodeError,
    "ImportError": ImportError, "NameError": NameError, "AttributeError": AttributeError,
    "SystemExit": SystemExit, "BaseExceptionGroup": BaseExceptionGroup,
    "dict_keys": type({}.keys()), "dict_values": type({}.values()), "dict_items": type({}.items()),
    "mappingproxy": type(type.__dict__), "cell": type((lambda v: lambda: v)(1).__closure__[0]),
    "Plain": Plain, "Slotted": Slotted, "SlottedDict": SlottedDict, "WithDictSlot": WithDictSlot,
    "Meta": Meta, "WithMeta": WithMeta, "Exc": Exc, "IntSub": IntSub,
}
instances = {
    "object()": object(), "1": 1, "1.5": 1.5, "1j": 1j, "'s'": "s", "[]": [], "Plain()": Plain(),
    "Slotted()": Slotted(), "SlottedDict()": SlottedDict(), "f": f, "len": len, "Plain().m": Plain().m,
    "sys": sys, "ValueError()": ValueError(), "Exc()": Exc(), "IntSub(3)": IntSub(3), "None": None,
    "gen()": gen(), "property()": property(), "slice(1)": slice(1), "range(3)": range(3),
    "Plain": Plain, "WithMeta": WithMeta, "Meta": Meta,
}
out = {}
for name, t in subjects.items():
    d = vars(t)
    kinds = {}
    for k in sorted(d):
        tn = type(d[k]).__name__
        if tn in ("getset_descriptor", "member_descriptor", "wrapper_descriptor", "method_descriptor",
                  "classmethod_descriptor", "builtin_function_or_method", "staticmethod", "classmethod"):
            tn = "descriptor"
        kinds[k] = tn
    out["vars(" + name + ")"] = [type(d).__name__, sorted(d), kinds]
    out["dir(" + name + ")"] = [None, dir(t), {}]
for name, v in instances.items():
    out["dir(" + name + ")"] = [None, dir(v), {}]
c.close()
print(repr(out))
'''


def run(interpreter, path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    r = subprocess.run([interpreter, path], capture_output=True, text=True, env=env, timeout=60)
    if r.returncode != 0:
        sys.exit(f"{interpreter} failed:\n{r.stderr}")
    return ast.literal_eval(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ophis", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "ophis"))
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROBE)
    try:
        want, got = run(REFERENCE, f.name), run(a.ophis, f.name)
    finally:
        os.unlink(f.name)
    differences = 0
    for subject, (wtype, wnames, wkinds) in want.items():
        if a.only not in subject:
            continue
        gtype, gnames, gkinds = got.get(subject, [None, [], {}])
        lines = []
        if wtype != gtype:
            lines.append(f"  type {gtype!r}, want {wtype!r}")
        missing = [n for n in wnames if n not in gnames]
        extra = [n for n in gnames if n not in wnames]
        if missing:
            lines.append("  missing: " + " ".join(missing))
        if extra:
            lines.append("  extra:   " + " ".join(extra))
        kinds = [f"{k}={gkinds[k]} (want {v})" for k, v in wkinds.items() if k in gkinds and gkinds[k] != v]
        if kinds:
            lines.append("  kinds:   " + " ".join(kinds))
        if lines:
            differences += 1
            print(subject)
            print("\n".join(lines))
    print(f"{differences} of {len(want)} subjects differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
