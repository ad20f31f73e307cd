#!/usr/bin/env python3
"""Compare ophis's `tokenize` listing with CPython 3.14's `python -m tokenize` on a corpus.

Usage (from the repository root, with any python3 >= 3.8):
    python3 tests/corpus/check_tokenize.py [REFERENCE] [DIR] [-e] [-j N] [--max-diffs N]

REFERENCE  the CPython 3.14 interpreter (default: ../shared/tools/cpython314, relative to the
           repository root)
DIR        the directory whose .py files are checked (default: the reference's standard library,
           ~/.cache/ophis-ref/root/usr/lib/python3.14)
-e         compare `-m tokenize -e` (exact token names) instead

It builds `cargo build --release -p ophis-lexer --example tokenize` (honouring CARGO_TARGET_DIR),
runs both tokenizers on every file, compares stdout, stderr and exit status, prints a diff excerpt
for each mismatch and a final count. Exit status 0 when everything matches.
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reference", nargs="?", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    ap.add_argument("directory", nargs="?",
                    default=os.path.expanduser("~/.cache/ophis-ref/root/usr/lib/python3.14"))
    ap.add_argument("-e", "--exact", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--max-diffs", type=int, default=20, help="diff excerpts to print")
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--quiet", "--release", "-p", "ophis-lexer", "--example", "tokenize"],
                   cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    ophis = os.path.join(target, "release", "examples", "tokenize")

    files = []
    for dirpath, dirnames, filenames in os.walk(args.directory):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".py"):
                files.append(os.path.join(dirpath, f))

    flag = ["-e"] if args.exact else []

    def run(cmd):
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return p.returncode, p.stdout, p.stderr

    def check(path):
        ref = run([args.reference, "-m", "tokenize"] + flag + [path])
        ours = run([ophis] + flag + [path])
        return path, ref, ours

    mismatches = 0
    shown = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for path, ref, ours in ex.map(check, files):
            if ref == ours:
                continue
            if ref[0] == 0 and ours[0] == 0 and ref[1] == ours[1]:
                # Warnings (e.g. SyntaxWarning for "\{" in an f-string) go to stderr; the listing
                # itself is stdout.
                continue
            mismatches += 1
            print("MISMATCH %s (status %d vs %d)" % (path, ref[0], ours[0]))
            if shown < args.max_diffs:
                shown += 1
                for name, a, b in (("stdout", ref[1], ours[1]), ("stderr", ref[2], ours[2])):
                    if a == b:
                        continue
                    diff = difflib.unified_diff(
                        a.decode("utf-8", "replace").splitlines(),
                        b.decode("utf-8", "replace").splitlines(),
                        "cpython " + name, "ophis " + name, n=2, lineterm="")
                    for i, line in enumerate(diff):
                        if i >= 30:
                            print("    ...")
                            break
                        print("    " + line)
    print("%d files checked, %d mismatches" % (len(files), mismatches))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
