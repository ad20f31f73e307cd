#!/usr/bin/env python3
"""Regenerate the expected stderr of the coloured traceback cases from the reference CPython 3.14.

    python3 tests/cli/regenerate_tracebacks.py [--ref PATH] [--check]

Each tests/cli/tracebacks/NAME.py gets NAME.stderr: what `FORCE_COLOR=1 python3.14 NAME.py`
prints on stderr (run from that directory; the program must end with an uncaught exception,
status 1); each tests/cli/tracebacks/command/NAME.py is run as `python3.14 -c "$(cat NAME.py)"`
instead (CPython shows the lines of a -c program in tracebacks). The script's directory is stored as {DIR}. Every PYTHON* variable, NO_COLOR and
FORCE_COLOR are removed from the environment first, then FORCE_COLOR=1 and PYTHONUTF8=1 are set.
The test repl/tests/traceback_colours.rs runs `ophis` the same way and compares.
--check reports differences instead of writing. Nothing is written by hand.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, "tracebacks")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "tools", "cpython314"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("NO_COLOR", "FORCE_COLOR")}
    env["FORCE_COLOR"] = "1"
    env["PYTHONUTF8"] = "1"
    real = os.path.realpath(CASES)
    problems = 0
    cases = [(CASES, name, False) for name in sorted(os.listdir(CASES))]
    command_dir = os.path.join(CASES, "command")
    cases += [(command_dir, name, True) for name in sorted(os.listdir(command_dir))]
    for directory, name, command in cases:
        if not name.endswith(".py"):
            continue
        if command:
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                argv = [args.ref, "-c", f.read()]
        else:
            argv = [args.ref, name]
        proc = subprocess.run(argv, cwd=directory, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode != 1:
            print(f"{name}: exit status {proc.returncode}, expected 1", file=sys.stderr)
            problems += 1
            continue
        text = proc.stderr.decode("utf-8").replace(real + "/", "{DIR}/")
        path = os.path.join(directory, name[:-3] + ".stderr")
        if args.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"{name}: differs", file=sys.stderr)
                    problems += 1
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
