#!/usr/bin/env python3
"""Differential check of the methods of built-in types: random calls, ophis against CPython.

Generates programs of random method calls (str, bytes, bytearray, list, tuple, dict and its
views, set, frozenset, int, bool, float, complex, range, slice) with random receivers and
arguments, including wrong ones, runs each program under both interpreters with
PYTHONHASHSEED=0, and prints every line whose result (repr, or exception class and message)
differs.

    python3 tests/corpus/check_methods.py [--seeds N] [--first S] [--calls K] [--ophis PATH]
"""
import argparse, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "tools", "cpython314")

STRS = ["''", "'a'", "'abc'", "'a b  c'", "' x '", "'Hello World'", "'ßΣσ'", "'a\\tb\\nc'", "'1_2'", "'٣'",
        "'a,b,,c'", "'xyzzy'", "'ǅ'", "'αβγ'", "'AbC'", "'\\u2028x\\x1c'", "'ﬁ'", "'İ'", "S('a b')", "'{0}-{x}'"]
BYTES = ["b''", "b'a'", "b'abc'", "b' a b '", "b'\\xff\\x00'", "b'a,b'", "bytearray(b'xy')", "bytearray(b'')", "b'\\t1'", "B(b'q,r')", "b'%s%d'"]
NUMBERS = ["0", "1", "-1", "2", "3", "-5", "10", "100", "2**65", "True", "False", "1.5", "-2.5", "0.1", "-0.0",
           "float('nan')", "float('inf')", "3+4j", "1j", "I(7)", "F(2.5)"]
SEQS = ["[]", "[1, 2, 3]", "[3, 1, 2]", "(1, 2)", "()", "[1, [2]]", "(1, 'a')", "range(5)", "range(1, 10, 3)", "L([2, 1])", "T((3,))"]
SETS = ["set()", "{1, 2, 3}", "{3, 4}", "frozenset({1, 9})", "{0, 8, 16}", "{5, 13, 21}", "frozenset()", "Z({1})", "{'a', 'bc'}"]
DICTS = ["{}", "{1: 2}", "{'a': 1, 'b': 2}", "{1: 'x', 2: 'y'}", "{1: 2}.keys()", "{1: 2, 3: 4}.items()", "{1: 2}.values()", "D(a=1)"]
OTHER = ["None", "slice(1, None)", "slice(None, None, -1)", "'ascii'", "'utf-8'", "'strict'", "'replace'", "'d'",
         "'>5'", "'.2f'", "(1,)", "('a', 'x')", "','", "' '", "'x'", "b','", "[65]"]

STR_METHODS = ["find", "rfind", "index", "rindex", "count", "split", "rsplit", "partition", "rpartition", "strip", "lstrip",
               "rstrip", "startswith", "endswith", "replace", "center", "ljust", "rjust", "zfill", "join", "upper", "lower",
               "title", "capitalize", "swapcase", "casefold", "expandtabs", "splitlines", "isalpha", "isdigit", "isnumeric",
               "isdecimal", "isspace", "istitle", "isupper", "islower", "isidentifier", "isprintable", "removeprefix",
               "removesuffix", "encode", "format", "format_map", "translate", "maketrans", "isalnum", "isascii", "__iter__",
               "__getnewargs__", "__repr__", "__str__", "__ne__", "__ge__", "__getitem__", "__mul__", "__rmul__", "__contains__",
               "__add__", "__mod__", "__rmod__", "__lt__", "__eq__", "__len__", "__format__", "__hash__"]
BYTES_METHODS = ["find", "rfind", "count", "index", "split", "rsplit", "partition", "strip", "lstrip", "startswith", "endswith",
                 "replace", "center", "ljust", "zfill", "join", "upper", "title", "swapcase", "hex", "decode", "isalpha",
                 "isspace", "removeprefix", "translate", "expandtabs", "splitlines", "fromhex", "maketrans", "rindex",
                 "rpartition", "rstrip", "ljust", "rjust", "capitalize", "lower", "istitle", "isupper", "isdigit", "isalnum", "__getitem__", "__mul__",
                 "__contains__", "__add__", "__eq__", "__lt__", "__mod__", "__len__"]
SEQ_METHODS = ["index", "count", "__getitem__", "__add__", "__mul__", "__contains__", "__eq__", "__lt__", "__len__",
               "copy", "__reversed__", "__hash__"]
SET_METHODS = ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
               "__or__", "__and__", "__sub__", "__xor__", "__ror__", "__rsub__", "__eq__", "__le__", "__lt__", "copy",
               "__contains__", "__len__"]
DICT_METHODS = ["get", "__getitem__", "__contains__", "copy", "keys", "values", "items", "__or__", "__eq__", "isdisjoint", "fromkeys", "__ror__", "__rand__", "__rsub__", "__le__", "__gt__",
                "__and__", "__sub__", "__xor__", "__len__", "mapping"]
NUMBER_METHODS = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__truediv__", "__rtruediv__", "__floordiv__",
                  "__mod__", "__pow__", "__rpow__", "__divmod__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
                  "__eq__", "__ne__", "__lt__", "__ge__", "__round__", "__neg__", "__abs__", "__invert__", "__bool__",
                  "__int__", "__float__", "__trunc__", "__floor__", "__hash__", "bit_length", "bit_count",
                  "as_integer_ratio", "conjugate", "is_integer", "__format__", "hex", "to_bytes", "__index__", "from_bytes",
                  "__rmod__", "__rfloordiv__", "__rdivmod__", "__ceil__", "__pos__", "__getnewargs__", "fromhex", "from_number",
                  "__complex__", "__rlshift__", "__rand__"]
MUTATORS = {
    "list": ("[3, 1, 2]", ["append", "extend", "insert", "pop", "remove", "clear", "reverse", "sort", "__setitem__",
                           "__delitem__", "__iadd__", "__imul__"]),
    "bytearray": ("bytearray(b'abc')", ["append", "extend", "insert", "pop", "remove", "clear", "reverse", "__setitem__",
                                        "__delitem__", "__iadd__", "resize"]),
    "set": ("{1, 2, 3}", ["add", "discard", "remove", "pop", "update", "intersection_update", "difference_update",
                          "symmetric_difference_update", "__ior__", "__iand__", "__isub__"]),
    "dict": ("{1: 'a', 2: 'b'}", ["pop", "popitem", "setdefault", "update", "clear", "__setitem__", "__delitem__", "__ior__"]),
}
# No huge ints among the arguments: `3 ** 2**65` runs CPython out of memory (ophis refuses it
# up front with MemoryError, a deliberate difference).
ARGS = STRS + BYTES + [n for n in NUMBERS if "**" not in n] + SEQS + OTHER
OPERANDS = STRS[:8] + BYTES + [n for n in NUMBERS if "**" not in n] + SEQS + SETS + DICTS[:4] + ["None", "slice(1, 2)", "S('ab')", "L([1])", "I(7)", "F(2.5)", "T((1,))", "Z({1})", "D(a=1)", "B(b'q')"]
OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is"]
PRELUDE = """class S(str): pass
class L(list): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class Z(set): pass
class D(dict): pass
class B(bytes): pass
"""


def call(rng, receiver, method):
    args = ", ".join(rng.choice(ARGS) for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3])))
    if method == "mapping":
        return f"({receiver}).mapping"
    return f"({receiver}).{method}({args})"


def program(seed, calls):
    rng = random.Random(seed)
    lines = []
    for _ in range(calls):
        r = rng.random()
        if r < 0.25:
            expr = call(rng, rng.choice(STRS), rng.choice(STR_METHODS))
        elif r < 0.4:
            expr = call(rng, rng.choice(BYTES), rng.choice(BYTES_METHODS))
        elif r < 0.5:
            expr = call(rng, rng.choice(SEQS), rng.choice(SEQ_METHODS))
        elif r < 0.6:
            expr = call(rng, rng.choice(SETS), rng.choice(SET_METHODS))
        elif r < 0.68:
            expr = call(rng, rng.choice(DICTS), rng.choice(DICT_METHODS))
        elif r < 0.78:
            expr = call(rng, rng.choice(NUMBERS), rng.choice(NUMBER_METHODS))
        elif r < 0.85:
            a, b = rng.choice(OPERANDS), rng.choice(OPERANDS)
            expr = f"({a})[{b}]" if rng.random() < 0.15 else f"({a}) {rng.choice(OPERATORS)} ({b})"
        else:
            receiver, methods = MUTATORS[rng.choice(sorted(MUTATORS))]
            inner = call(rng, "x", rng.choice(methods))
            expr = f"(lambda x: ({inner}, x))({receiver})"
        lines.append(f"try:\n    r = {expr}\n    print({expr!r}, '->', repr(r)[:200])\n"
                     f"except Exception as e:\n    print({expr!r}, '!!', type(e).__name__, str(e)[:200])")
    return PRELUDE + "\n".join(lines) + "\n"


def run(interpreter, path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        r = subprocess.run([interpreter, path], capture_output=True, text=True, timeout=60, env=env)
        return r.stdout.splitlines() + ([f"exit {r.returncode}: {r.stderr[-300:]}"] if r.returncode else [])
    except subprocess.TimeoutExpired:
        return ["TIMEOUT"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--calls", type=int, default=400)
    ap.add_argument("--ophis", default=os.path.join(ROOT, "target", "release", "ophis"))
    ap.add_argument("--reference", default=REFERENCE)
    a = ap.parse_args()
    differences = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(a.first, a.first + a.seeds):
            path = os.path.join(tmp, f"methods_{seed}.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(program(seed, a.calls))
            expected, got = run(a.reference, path), run(a.ophis, path)
            for want, have in zip(expected, got):
                # Default reprs show addresses, and a NaN float hashes by its identity (so its
                # hash and its place in a set), which differ by nature.
                by_identity = " at 0x" in want or ("float('nan')" in want and ("hash" in want or "{" in want.split(" -> ")[-1]))
                if want != have and not by_identity:
                    differences += 1
                    print(f"seed {seed}\n  cpython: {want}\n  ophis:   {have}")
            if len(expected) != len(got):
                differences += 1
                print(f"seed {seed}: {len(expected)} lines from CPython, {len(got)} from ophis")
    print(f"{a.seeds} programs of {a.calls} calls, {differences} difference(s)")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
