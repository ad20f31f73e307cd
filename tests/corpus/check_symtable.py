#!/usr/bin/env python3
"""Compare ophis's symbol tables with CPython 3.14's `symtable` module over a corpus of .py files.

For every file, the reference dumps the table its `symtable` module builds (or the SyntaxError it
raises) and ophis's `symtable-dump` example dumps its own, in the same format (see
compiler/src/symtable/dump.rs); the two must be identical. Files the reference cannot parse are
skipped. Runs with any Python 3.8+ (the reference interpreter is a separate process).

    python3 tests/corpus/check_symtable.py                  # the reference stdlib
    python3 tests/corpus/check_symtable.py DIR_OR_FILE ...  # other files
    python3 tests/corpus/check_symtable.py --show 5         # print the first differences of 5 files

Defaults: the reference is ../shared/tools/cpython314 (relative to the repository root); ophis's
dumper is $CARGO_TARGET_DIR/release/examples/symtable-dump (build it with
`cargo build --release -p ophis-compiler --example symtable-dump`).
"""
import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Prints each table as compiler/src/symtable/dump.rs does.
REF_DUMPER = r'''
import _symtable, json, symtable, sys, warnings
warnings.simplefilter("ignore")
TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class",
         _symtable.TYPE_MODULE: "module", _symtable.TYPE_ANNOTATION: "annotation",
         _symtable.TYPE_TYPE_ALIAS: "type alias", _symtable.TYPE_TYPE_PARAMETERS: "type parameters",
         _symtable.TYPE_TYPE_VARIABLE: "type variable"}
FLAGS = [("DEF_GLOBAL", _symtable.DEF_GLOBAL), ("DEF_LOCAL", _symtable.DEF_LOCAL),
         ("DEF_PARAM", _symtable.DEF_PARAM), ("DEF_NONLOCAL", _symtable.DEF_NONLOCAL),
         ("USE", _symtable.USE), ("DEF_FREE_CLASS", _symtable.DEF_FREE_CLASS),
         ("DEF_IMPORT", _symtable.DEF_IMPORT), ("DEF_ANNOT", _symtable.DEF_ANNOT),
         ("DEF_COMP_ITER", _symtable.DEF_COMP_ITER), ("DEF_TYPE_PARAM", _symtable.DEF_TYPE_PARAM),
         ("DEF_COMP_CELL", _symtable.DEF_COMP_CELL)]
SCOPES = {0: "NONE", _symtable.LOCAL: "LOCAL", _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
          _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", _symtable.FREE: "FREE", _symtable.CELL: "CELL"}
FREE_ONLY = _symtable.FREE << _symtable.SCOPE_OFF

def describe(value):
    flags = value & ((1 << _symtable.SCOPE_OFF) - 1)
    names = [name for name, bit in FLAGS if flags & bit]
    rest = flags & ~sum(bit for _, bit in FLAGS)
    if rest:
        names.append(str(rest))
    scope = (value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
    return "%s %s" % ("|".join(names) or "-", SCOPES.get(scope, str(scope)))

def dump(entry, depth, out):
    indent = "  " * depth
    out.append("%s%s '%s' line %d nested %d" % (indent, TYPES[entry.type], entry.name, entry.lineno, entry.nested))
    out.append("%s  varnames [%s]" % (indent, ", ".join("'%s'" % n for n in entry.varnames)))
    items = list(entry.symbols.items())
    first = [(n, v) for n, v in items if v != FREE_ONLY]
    last = sorted((n, v) for n, v in items if v == FREE_ONLY)
    for name, value in first + last:
        out.append("%s  symbol '%s' %s" % (indent, name, describe(value)))
    for child in entry.children:
        dump(child, depth + 1, out)

results = {}
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as f:
            src = f.read()
        compile(src, path, "exec", flags=0x400, dont_inherit=True)  # PyCF_ONLY_AST: parses only
    except Exception:
        results[path] = None
        continue
    try:
        table = symtable.symtable(src, path, "exec")
        out = []
        dump(table._table, 0, out)
        results[path] = "\n".join(out) + "\n"
    except SyntaxError as e:
        results[path] = "%s: %s (%s:%s-%s:%s)\n" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
json.dump(results, sys.stdout)
'''


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                if "site-packages" in dirpath or "dist-packages" in dirpath:
                    continue
                for name in sorted(filenames):
                    if name.endswith(".py") and os.path.isfile(os.path.join(dirpath, name)):
                        files.append(os.path.join(dirpath, name))
        else:
            files.append(p)
    return files


def reference_results(ref, files):
    results = {}
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(REF_DUMPER)
        script = f.name
    try:
        for i in range(0, len(files), 100):
            chunk = files[i:i + 100]
            out = subprocess.run([ref, script] + chunk, capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit("the reference dumper failed:\n" + out.stderr[-2000:])
            results.update(json.loads(out.stdout))
    finally:
        os.unlink(script)
    return results


def ophis_results(dumper, files):
    results = {}
    for i in range(0, len(files), 100):
        chunk = files[i:i + 100]
        out = subprocess.run([dumper] + chunk, capture_output=True, text=True, errors="surrogateescape")
        if out.returncode != 0 and not out.stdout:
            sys.exit("ophis's dumper failed:\n" + out.stderr[-2000:])
        current = None
        for line in out.stdout.splitlines(keepends=True):
            if line.startswith("=== ") and line[4:].rstrip("\n") in chunk:
                current = line[4:].rstrip("\n")
                results[current] = ""
            elif current is not None:
                results[current] += line
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    parser.add_argument("--ophis", default=os.path.join(target, "release", "examples", "symtable-dump"))
    parser.add_argument("--show", type=int, default=3, help="print the differences of this many files")
    args = parser.parse_args()

    paths = args.paths or [os.path.expanduser("~/.cache/ophis-ref/root/usr/lib/python3.14")]
    files = collect(paths)
    reference = reference_results(args.ref, files)
    ours = ophis_results(args.ophis, files)

    compared = mismatches = 0
    for path in files:
        expected = reference.get(path)
        if expected is None:
            continue
        compared += 1
        actual = ours.get(path, "<no output>\n")
        if actual != expected:
            mismatches += 1
            if mismatches <= args.show:
                print("--- %s" % path)
                diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "cpython", "ophis", lineterm="", n=2)
                for line in list(diff)[:40]:
                    print(line)
    print("%d files compared, %d mismatches" % (compared, mismatches))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
