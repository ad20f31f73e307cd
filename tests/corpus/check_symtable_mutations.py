#!/usr/bin/env python3
"""Compare ophis's symbol tables and symbol-table errors with CPython's on mutated real code.

Real files have almost no symbol-table errors, so this inserts one statement (a `global`, a
`nonlocal`, a walrus in a comprehension, a `yield` in a comprehension, an `await` in a plain
function, duplicate parameters, ...) before a random statement of a real file, using names the
file uses, and compares the two dumps (or errors) as check_symtable.py does. Mutants the
reference cannot parse are skipped. Deterministic for a given --seed.

    python3 tests/corpus/check_symtable_mutations.py --count 2000            # the reference stdlib
    python3 tests/corpus/check_symtable_mutations.py --count 500 --seed 7 DIR
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_symtable  # noqa: E402

# Runs under the reference: writes the mutants into OUT_DIR.
MUTATOR = r'''
import ast, random, sys, warnings
warnings.simplefilter("ignore")
out_dir, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
files = sys.argv[4:]
rng = random.Random(seed)
SNIPPETS = [
    "global {a}", "nonlocal {a}", "global {a}, {b}", "nonlocal {a}, {b}",
    "{a} = 1", "del {a}", "print({a})", "{a}: int", "{a}: int = {b}", "import {a}",
    "from {a} import *", "({a} := {b})", "[({a} := {b}) for {c} in ()]", "[({a} := 1) for {a} in ()]",
    "[{a} for {a} in ({b} := ())]", "[{a} for {b} in () for {a} in ({c} := ())]",
    "[({a} := 1) for {b} in () for {a} in ()]", "[[({a} := 1) for {b} in ()] for {c} in ()]",
    "[(yield) for {a} in ()]", "({a} for {b} in () if (yield))", "{{(yield {a}) for {b} in ()}}",
    "await {a}", "[await {a} for {b} in ()]", "[{a} async for {a} in {b}]", "({a} async for {a} in {b})",
    "async with {a}: pass", "async for {a} in {b}: pass",
    "def _f({a}, {a}): pass", "def _f({a}, *, {a}): pass", "lambda {a}, {a}: 1", "lambda: ({a} := 1)",
    "def _f(): nonlocal {a}", "def _f(): global {a}; {a} = 1", "class _C: nonlocal {a}",
    "class _C: [({a} := 1) for {b} in ()]", "class _C: {a} = [{b} for {c} in {a}]",
    "def _f({a}: ({b} := 1)): pass", "def _f() -> (yield): pass", "{a}: (yield) = 1",
    "type _A = ({a} := 1)", "type _A[{a}, {a}] = int", "def _f[{a}: ({b} := 1)](): pass",
    "def _f[{a}](): nonlocal {a}", "class _C[{a}]: [({b} := 1) for {c} in ()]",
    "def _f[{a} = (yield)](): pass", "class _C[{a}]({b}, metaclass={c}): {a}",
    "def _f(): return [{a} for {b} in {c}] + [lambda: {a} for {a} in ()]",
    "def _f(): super(); return lambda: __class__",
    "class _C: [__class__ for {a} in ()]; [lambda: __classdict__ for {a} in ()]",
    "__debug__ = {a}", "{a}.__debug__ = 1", "{a}(__debug__={b})",
    "from __future__ import annotations", "x: [{a} for {a} in ({b} := ())]",
    "if {a}: {b}: int", "def _f(*, {a}=({b} := 1)): pass", "{a} = lambda {b}=({c} := 1): {b}",
]

def names_in(tree):
    names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
                   | {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)})
    return names or ["x", "y", "z"]

def insertion_points(tree):
    points = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list):
                for stmt in body:
                    if isinstance(stmt, ast.stmt):
                        points.append(stmt)
        if isinstance(node, ast.match_case) or isinstance(node, ast.ExceptHandler):
            points.extend(s for s in node.body if isinstance(s, ast.stmt))
    return points

made = 0
attempts = 0
while made < count and attempts < count * 20 and files:
    attempts += 1
    path = rng.choice(files)
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        tree = ast.parse(src)
    except Exception:
        continue
    points = insertion_points(tree)
    if not points:
        continue
    stmt = rng.choice(points)
    first_line = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
    lines = src.splitlines(keepends=True)
    line = lines[first_line - 1]
    indent = line[:len(line) - len(line.lstrip())]
    # Only statements that start their line (not after a `;`).
    if len(indent.expandtabs()) != stmt.col_offset and line.lstrip()[:1] != "@":
        continue
    if first_line >= 2 and lines[first_line - 2].rstrip("\r\n").endswith("\\"):
        continue
    names = names_in(tree)
    a, b, c = (rng.choice(names) for _ in range(3))
    snippet = rng.choice(SNIPPETS).format(a=a, b=b, c=c)
    mutant = "".join(lines[:first_line - 1]) + indent + snippet + "\n" + "".join(lines[first_line - 1:])
    try:
        ast.parse(mutant)
    except Exception:
        continue
    with open("%s/m%05d.py" % (out_dir, made), "w", encoding="utf-8") as f:
        f.write("# mutant of %s line %d\n" % (path, first_line))
        f.write(mutant)
    made += 1
print(made)
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--ref", default=os.path.join(check_symtable.ROOT, "..", "shared", "tools", "cpython314"))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(check_symtable.ROOT, "target"))
    parser.add_argument("--ophis", default=os.path.join(target, "release", "examples", "symtable-dump"))
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--keep", help="write the mutants to this directory and keep them")
    args = parser.parse_args()

    paths = args.paths or [os.path.expanduser("~/.cache/ophis-ref/root/usr/lib/python3.14")]
    files = check_symtable.collect(paths)
    out_dir = args.keep or tempfile.mkdtemp(prefix="symtable-mutants-")
    os.makedirs(out_dir, exist_ok=True)
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(MUTATOR)
            script = f.name
        run = subprocess.run([args.ref, script, out_dir, str(args.seed), str(args.count)] + files,
                             capture_output=True, text=True)
        os.unlink(script)
        if run.returncode != 0:
            sys.exit("the mutator failed:\n" + run.stderr[-2000:])
        mutants = check_symtable.collect([out_dir])
        reference = check_symtable.reference_results(args.ref, mutants)
        ours = check_symtable.ophis_results(args.ophis, mutants)
        compared = mismatches = errors = 0
        for path in mutants:
            expected = reference.get(path)
            if expected is None:
                continue
            compared += 1
            errors += expected.startswith("SyntaxError")
            actual = ours.get(path, "<no output>\n")
            if actual != expected:
                mismatches += 1
                if mismatches <= args.show:
                    with open(path, encoding="utf-8") as f:
                        print("--- %s (%s)" % (path, f.readline().strip()))
                    print("  cpython: %s" % expected.splitlines()[0] if expected.startswith("SyntaxError") else "  cpython: table")
                    print("  ophis:   %s" % actual.splitlines()[0] if actual.startswith("SyntaxError") else "  ophis:   table")
        print("%d mutants compared (%d with a SyntaxError), %d mismatches" % (compared, errors, mismatches))
        return 1 if mismatches else 0
    finally:
        if not args.keep:
            shutil.rmtree(out_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
