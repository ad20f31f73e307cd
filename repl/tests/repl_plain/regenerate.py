"""Records CPython 3.14's basic REPL (standard input not a terminal, `-i`) on each NAME.in here.

Run from the repository root:
    /work/shared/tools/cpython314 repl/tests/repl_plain/regenerate.py [REFERENCE]
REFERENCE is the interpreter to record (default: the one running this script). For each case
it writes NAME.stdout, NAME.stderr and NAME.status from `REFERENCE ARGS < NAME.in`, run in this
directory, where ARGS are the lines of NAME.args (default `-q -i -c pass`) and NAME.env holds
extra environment variables (NAME=VALUE lines). This directory's absolute path is recorded as
{DIR}.
"""

import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
reference = sys.argv[1] if len(sys.argv) > 1 else sys.executable
base_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
base_env["NO_COLOR"] = "1"


def lines(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return [line.rstrip("\n") for line in f if line.strip()]


for name in sorted(os.listdir(here)):
    if not name.endswith(".in"):
        continue
    base = os.path.join(here, name[:-3])
    args = lines(base + ".args") or ["-q", "-i", "-c", "pass"]
    env = dict(base_env)
    for assignment in lines(base + ".env") or []:
        key, _, value = assignment.partition("=")
        env[key] = value
    with open(base + ".in", "rb") as stdin:
        p = subprocess.run([reference, *args], stdin=stdin, capture_output=True, env=env, cwd=here)
    for ext, data in (("stdout", p.stdout), ("stderr", p.stderr)):
        with open(f"{base}.{ext}", "wb") as f:
            f.write(data.replace(here.encode(), b"{DIR}"))
    with open(base + ".status", "w") as f:
        f.write(f"{p.returncode}\n")
