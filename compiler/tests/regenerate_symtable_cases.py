#!/usr/bin/env python3
"""Rewrites the expectations of symtable_cases.txt from the reference interpreter.

Each case of symtable_cases.txt is

    ### NAME
    SOURCE LINES
    --- expected
    RESULT LINES
    (an empty line)

where RESULT is the dump of the table CPython's `symtable.symtable(SOURCE, "<s>", "exec")` builds
(in the format of tests/corpus/check_symtable.py and compiler/src/symtable/dump.rs), or
`SyntaxError: MESSAGE (LINENO:OFFSET-END_LINENO:END_OFFSET)` for the error it raises. Edit the
sources (add a case with any RESULT, e.g. `?`), then run

    python3 compiler/tests/regenerate_symtable_cases.py

(any Python 3; the reference is ../shared/tools/cpython314 from the repository root). Cases whose
source the reference cannot even parse are refused: they would test the parser, not the symbol
table (except for the unknown-future-feature errors, which CPython's parser also raises).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REF = os.path.join(ROOT, "..", "shared", "tools", "cpython314")
CASES = os.path.join(HERE, "symtable_cases.txt")
CHECKER = os.path.join(ROOT, "tests", "corpus", "check_symtable.py")

# The dump functions of check_symtable.py's reference dumper, then this loop.
RUNNER_LOOP = r'''
import ast
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
    except SyntaxError as e:
        # CPython's parser also runs the checks of future.c; they are the symbol table's here.
        if e.msg != "not a chance" and not e.msg.startswith("future feature"):
            out.append("PARSE ERROR: %s" % e.msg)
            continue
    try:
        table = symtable.symtable(src, "<s>", "exec")
        lines = []
        dump(table._table, 0, lines)
        out.append("\n".join(lines))
    except SyntaxError as e:
        out.append("%s: %s (%s:%s-%s:%s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
json.dump(out, sys.stdout)
'''


def runner():
    """The reference-side script: check_symtable.py's dumper without its main loop."""
    with open(CHECKER, encoding="utf-8") as f:
        checker = f.read()
    start = checker.index("REF_DUMPER = r'''") + len("REF_DUMPER = r'''")
    dumper = checker[start:checker.index("\nresults = {}", start)]
    return dumper + RUNNER_LOOP


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].startswith("### "):
            i += 1
            continue
        name = lines[i][4:]
        i += 1
        source = []
        while lines[i] != "--- expected":
            source.append(lines[i])
            i += 1
        i += 1
        while i < len(lines) and lines[i] != "":  # the old expectation
            i += 1
        cases.append((name, "\n".join(source) + "\n"))
    return cases


def main():
    cases = read_cases(CASES)
    names = [name for name, _ in cases]
    if len(set(names)) != len(names):
        sys.exit("duplicate case names")
    run = subprocess.run([REF, "-c", runner()], input=json.dumps([src for _, src in cases]),
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(run.stderr)
    results = json.loads(run.stdout)
    bad = [name for (name, _), result in zip(cases, results) if result.startswith("PARSE ERROR")]
    if bad:
        sys.exit("the reference cannot parse: " + ", ".join(bad))
    with open(CASES, "w", encoding="utf-8") as f:
        for (name, src), result in zip(cases, results):
            f.write("### %s\n%s--- expected\n%s\n\n" % (name, src, result))
    print("%d cases written" % len(cases))


if __name__ == "__main__":
    main()
