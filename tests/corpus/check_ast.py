#!/usr/bin/env python3
"""Compare `ophis -m ast` with `python3.14 -m ast` over a corpus of .py files.

Every file the reference parses must dump identically under ophis; every file it rejects
must be rejected by ophis too (with the same exception class and message when --errors is
given). Runs with any Python 3.8+ (the reference interpreter is a separate process).

    python3 tests/corpus/check_ast.py                       # the reference stdlib
    python3 tests/corpus/check_ast.py DIR_OR_FILE ...       # other files
    python3 tests/corpus/check_ast.py --attrs               # also compare locations (-a)

Defaults: the reference is ../shared/tools/cpython314 (relative to the repository root),
ophis is target/release/ophis (built with `cargo build --release -p ophis`).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

REF_DUMPER = r'''
import ast, json, sys, warnings
warnings.simplefilter("ignore")
attrs = sys.argv[1] == "1"
out = {}
for path in sys.argv[2:]:
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, path, type_comments=True)
        out[path] = {"ok": True, "dump": ast.dump(tree, indent=3, include_attributes=attrs)}
    except SyntaxError as e:
        out[path] = {"ok": False, "error": "%s: %s" % (type(e).__name__, e.msg),
                     "loc": [e.lineno, e.offset, e.end_lineno, e.end_offset]}
    except Exception as e:
        out[path] = {"ok": False, "error": "%s: %s" % (type(e).__name__, e), "loc": None}
json.dump(out, sys.stdout)
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
                    if name.endswith(".py"):
                        files.append(os.path.join(dirpath, name))
        else:
            files.append(p)
    return files


def reference_results(ref, files, attrs):
    results = {}
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(REF_DUMPER)
        script = f.name
    try:
        for i in range(0, len(files), 200):
            chunk = files[i:i + 200]
            out = subprocess.run([ref, script, "1" if attrs else "0"] + chunk, capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit("the reference dumper failed:\n" + out.stderr[-2000:])
            results.update(json.loads(out.stdout))
    finally:
        os.unlink(script)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    parser.add_argument("--ophis", default=os.path.join(ROOT, "target", "release", "ophis"))
    parser.add_argument("--attrs", action="store_true", help="compare locations too (-a)")
    parser.add_argument("--errors", action="store_true", help="compare error class and message of rejected files")
    parser.add_argument("--show", type=int, default=5, help="how many mismatches to show in detail")
    args = parser.parse_args()

    paths = args.paths
    if not paths:
        lib = subprocess.run([args.ref, "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
        paths = [lib]
    files = collect(paths)
    ref = reference_results(args.ref, files, args.attrs)

    mismatches = []
    ok_count = rejected_count = 0
    for path in files:
        r = ref[path]
        cmd = [args.ophis, "-m", "ast"] + (["-a"] if args.attrs else []) + [path]
        try:
            out = subprocess.run(cmd, capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            mismatches.append((path, "ophis timed out"))
            continue
        stdout = out.stdout.decode("utf-8", "replace")
        stderr = out.stderr.decode("utf-8", "replace")
        if out.returncode < 0 or "panicked" in stderr:
            mismatches.append((path, "ophis crashed: %s" % stderr.strip()[-500:]))
            continue
        if r["ok"]:
            ok_count += 1
            if out.returncode != 0:
                mismatches.append((path, "ophis rejected a file CPython parses:\n" + stderr.strip()[-800:]))
            elif stdout.rstrip("\n") != r["dump"]:
                mismatches.append((path, first_difference(r["dump"], stdout.rstrip("\n"))))
        else:
            rejected_count += 1
            if out.returncode == 0:
                mismatches.append((path, "ophis accepted a file CPython rejects (%s)" % r["error"]))
            elif args.errors:
                last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
                if last != r["error"]:
                    mismatches.append((path, "error differs: ophis %r, CPython %r" % (last, r["error"])))

    for path, detail in mismatches[:args.show]:
        print("MISMATCH", path)
        print("   " + detail.replace("\n", "\n   "))
    print("%d files (%d parsed by CPython, %d rejected): %d match, %d mismatch"
          % (len(files), ok_count, rejected_count, len(files) - len(mismatches), len(mismatches)))
    if mismatches:
        print("mismatching files:")
        for path, _ in mismatches:
            print("  " + path)
    return 1 if mismatches else 0


def first_difference(expected, actual):
    e = expected.splitlines()
    a = actual.splitlines()
    for i, (x, y) in enumerate(zip(e, a)):
        if x != y:
            lo = max(0, i - 3)
            ctx = "\n".join("  " + l for l in e[lo:i])
            return "line %d:\n%s\n- %s\n+ %s" % (i + 1, ctx, x, y)
    return "lengths differ: CPython %d lines, ophis %d lines" % (len(e), len(a))


if __name__ == "__main__":
    sys.exit(main())
