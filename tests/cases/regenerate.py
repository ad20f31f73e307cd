#!/usr/bin/env python3
"""Regenerate (or check) the expected results of the conformance cases from the reference CPython 3.14.

    python3 tests/cases/regenerate.py [--python PATH] [--check] [--jobs N] [CASE ...]

A case is `tests/cases/<area>/<name>.py` whose name does not start with `_`; anything deeper
(packages, helper directories) or named `_*.py` is a helper module, never run on its own.
CASE may be `<area>/<name>`, `<area>/<name>.py`, a path to the file, or an area name (all its cases).

Each case runs with cwd = tests/cases, as `PYTHON <area>/<name>.py`, stdin from /dev/null, the
environment without any PYTHON*, NO_COLOR or FORCE_COLOR variable plus PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and
PYTHONDONTWRITEBYTECODE=1, and a 10 s limit. Its results are stored next to it:
    <name>.out   stdout, always;
    <name>.exit  the exit status, only when it is not 0;
    <name>.err   stderr, when the status is not 0 or stderr is not empty.
CPython names the main script by its absolute path (tracebacks say `File "/.../tests/cases/x/y.py"`),
so the canonical path of tests/cases followed by `/` is stored as `{DIR}/` in both streams; the
Rust harness (repl/tests/conformance.rs) rewrites ophis's output the same way.

--check writes nothing and lists every case whose stored results differ from the reference's
(exit status 1 if there is any). Nothing here is written by hand: when the reference disagrees,
the expectation changes (or the case is fixed).
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_PYTHON = os.path.join(os.path.dirname(ROOT), "shared", "tools", "cpython314")
TIMEOUT = 10.0
PLACEHOLDER = b"{DIR}/"


def all_cases():
    """Every case as `<area>/<name>`, sorted."""
    found = []
    for area in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, area)
        if not os.path.isdir(d) or area.startswith((".", "_")):
            continue
        for n in sorted(os.listdir(d)):
            if n.endswith(".py") and not n.startswith("_") and os.path.isfile(os.path.join(d, n)):
                found.append("%s/%s" % (area, n[:-3]))
    return found


def select(names):
    known = all_cases()
    if not names:
        return known
    chosen = []
    for raw in names:
        path = os.path.abspath(raw)
        if os.path.exists(path) and os.path.commonpath([path, HERE]) == HERE:
            raw = os.path.relpath(path, HERE)
        raw = raw.replace(os.sep, "/").rstrip("/")
        if raw.endswith(".py"):
            raw = raw[:-3]
        if raw in known:
            chosen.append(raw)
        elif any(c.startswith(raw + "/") for c in known):
            chosen += [c for c in known if c.startswith(raw + "/")]
        else:
            sys.exit("regenerate.py: no case %r" % raw)
    return chosen


def environment():
    # Colour would change the traceback text; the Rust harness drops the same variables.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    return env


def run(python, case, env):
    """Runs one case under the reference: {ext: bytes} of the files it should have, or an error string."""
    prefix = os.path.realpath(HERE).encode() + b"/"
    start = time.monotonic()
    try:
        p = subprocess.run([python, case + ".py"], cwd=HERE, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timed out after %.0f s" % TIMEOUT
    elapsed = time.monotonic() - start
    files = {".out": p.stdout.replace(prefix, PLACEHOLDER)}
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode
    if p.returncode != 0:
        files[".exit"] = b"%d\n" % p.returncode
    if p.returncode != 0 or p.stderr:
        files[".err"] = p.stderr.replace(prefix, PLACEHOLDER)
    return files, elapsed


def stored(case):
    base = os.path.join(HERE, case)
    result = {}
    for ext in (".out", ".exit", ".err"):
        if os.path.exists(base + ext):
            with open(base + ext, "rb") as f:
                result[ext] = f.read()
    return result


def write(case, files):
    base = os.path.join(HERE, case)
    for ext in (".out", ".exit", ".err"):
        if ext in files:
            with open(base + ext, "wb") as f:
                f.write(files[ext])
        elif os.path.exists(base + ext):
            os.remove(base + ext)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", default=DEFAULT_PYTHON, help="the reference interpreter (CPython 3.14)")
    ap.add_argument("--check", action="store_true", help="write nothing; report differences")
    ap.add_argument("--jobs", type=int, default=2, help="cases run at once (default 2)")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    cases = select(args.cases)
    env = environment()
    problems = 0
    slow = []
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda c: (c, run(args.python, c, env)), cases)
        for case, result in results:
            if isinstance(result, str):
                print("%s: %s" % (case, result))
                problems += 1
                continue
            files, elapsed = result
            if elapsed > 5:
                slow.append((case, elapsed))
            old = stored(case)
            if old == files:
                continue
            if args.check:
                differing = sorted(set(old) ^ set(files) | {e for e in old if e in files and old[e] != files[e]})
                print("%s: stored %s differ from the reference" % (case, ", ".join(differing)))
                problems += 1
            else:
                write(case, files)
                print("%s: written" % case)
    for case, elapsed in slow:
        print("%s: slow (%.1f s)" % (case, elapsed))
    print("%d cases, %d problems, %.1f s" % (len(cases), problems, time.monotonic() - start))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
