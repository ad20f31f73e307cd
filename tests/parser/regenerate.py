#!/usr/bin/env python3
"""Regenerate the parser conformance expectations from the reference CPython 3.14.

    python3 tests/parser/regenerate.py [--ref PATH] [--check]

valid/NAME.py   -> valid/NAME.ast: ast.dump(ast.parse(src, type_comments=True), indent=3,
                   include_attributes=True) as CPython 3.14 prints it.
invalid/NAME.py -> invalid/NAME.err: "Class: message" and "lineno offset end_lineno end_offset"
                   of the SyntaxError ast.parse raises.
--check reports files whose expectation differs from the reference instead of writing.
Nothing here is written by hand: if the reference disagrees, the expectation changes.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

PROBE = r'''
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, path, type_comments=True)
        out[path] = {"ok": True, "text": ast.dump(tree, indent=3, include_attributes=True) + "\n"}
    except SyntaxError as e:
        out[path] = {"ok": False, "text": "%s: %s\n%s %s %s %s\n" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)}
    except (MemoryError, RecursionError) as e:
        out[path] = {"ok": False, "text": "%s: %s\nNone None None None\n" % (type(e).__name__, e)}
json.dump(out, sys.stdout)
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    files = []
    for kind in ("valid", "invalid"):
        d = os.path.join(HERE, kind)
        files += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith(".py")]
    res = json.loads(subprocess.run([args.ref, "-c", PROBE] + files, capture_output=True, text=True, check=True).stdout)
    problems = 0
    for path in files:
        r = res[path]
        valid = os.path.basename(os.path.dirname(path)) == "valid"
        if r["ok"] != valid:
            print("%s: expected to be %s, but CPython %s it" % (path, "valid" if valid else "invalid", "accepts" if r["ok"] else "rejects"))
            problems += 1
            continue
        target = path[:-3] + (".ast" if valid else ".err")
        old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
        if old != r["text"]:
            if args.check:
                print("%s: differs from the reference" % target)
                problems += 1
            else:
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(r["text"])
    print("%d files, %d problems" % (len(files), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
