#!/usr/bin/env python3
"""Regenerate the expected stderr of the command-line syntax error cases from the reference
CPython 3.14.

    python3 tests/cli/regenerate.py [--ref PATH] [--check]

Cases live in tests/cli/syntax_errors/; each NAME.py gets NAME.stderr, what the reference prints
on stderr (it must exit with status 1):

    syntax_errors/*.py              python3.14 NAME.py          (run from that directory)
    syntax_errors/command/*.py      python3.14 -c "$(cat NAME.py)"
    syntax_errors/stdin/*.py        python3.14 - < NAME.py
    syntax_errors/force_color/*.py  FORCE_COLOR=1 python3.14 NAME.py

CPython prints the script's absolute path; the directory part is stored as {DIR}. Every
PYTHON* variable, NO_COLOR and FORCE_COLOR are removed from the environment, then
PYTHONUTF8=1 is set (the keyword-typo search re-reads the file with the locale's encoding).
The test (repl/tests/syntax_errors.rs) runs `ophis` the same way and compares.
--check reports differences instead of writing. Nothing is written by hand.
Runs on Python 3.11 or later.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, "syntax_errors")
MODES = {"": "file", "command": "command", "stdin": "stdin", "force_color": "force_color"}


def environment(mode):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONUTF8"] = "1"
    if mode == "force_color":
        env["FORCE_COLOR"] = "1"
    return env


def run(ref, directory, name, mode):
    path = os.path.join(directory, name)
    env = environment(mode)
    if mode == "command":
        with open(path, encoding="utf-8", newline="") as f:
            code = f.read()
        proc = subprocess.run([ref, "-c", code], cwd=directory, env=env, capture_output=True)
    elif mode == "stdin":
        with open(path, "rb") as f:
            proc = subprocess.run([ref, "-"], cwd=directory, env=env, stdin=f, capture_output=True)
    else:
        proc = subprocess.run([ref, name], cwd=directory, env=env, capture_output=True)
    stderr = proc.stderr.decode("utf-8", "surrogateescape")
    real = os.path.realpath(directory)
    stderr = stderr.replace(real + os.sep, "{DIR}" + os.sep)
    return proc.returncode, stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    problems = count = 0
    for sub, mode in MODES.items():
        directory = os.path.join(CASES, sub) if sub else CASES
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".py"):
                continue
            count += 1
            status, stderr = run(args.ref, directory, name, mode)
            label = os.path.join(sub, name) if sub else name
            if status != 1:
                print("%s: the reference exits with status %d, not 1" % (label, status))
                problems += 1
                continue
            target = os.path.join(directory, name[:-3] + ".stderr")
            old = None
            if os.path.exists(target):
                with open(target, encoding="utf-8", errors="surrogateescape", newline="") as f:
                    old = f.read()
            if old != stderr:
                if args.check:
                    print("%s: differs from the reference" % label)
                    problems += 1
                else:
                    with open(target, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                        f.write(stderr)
    print("%d cases, %d problems" % (count, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
