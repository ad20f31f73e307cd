"""Records CPython 3.14's basic REPL (standard input not a terminal, `-i`) on each NAME.in here.

Run with the reference interpreter from the repository root:
    /work/shared/tools/cpython314 repl/tests/repl_plain/regenerate.py [REFERENCE]
REFERENCE is the interpreter to record (default: the one running this script). For each case
it writes NAME.stdout, NAME.stderr and NAME.status from `REFERENCE -q -i -c pass < NAME.in`.
"""

import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
reference = sys.argv[1] if len(sys.argv) > 1 else sys.executable
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k not in ("FORCE_COLOR", "NO_COLOR")}
env["NO_COLOR"] = "1"
for name in sorted(os.listdir(here)):
    if not name.endswith(".in"):
        continue
    base = os.path.join(here, name[:-3])
    with open(base + ".in", "rb") as stdin:
        p = subprocess.run([reference, "-q", "-i", "-c", "pass"], stdin=stdin, capture_output=True, env=env, cwd=here)
    with open(base + ".stdout", "wb") as f:
        f.write(p.stdout)
    with open(base + ".stderr", "wb") as f:
        f.write(p.stderr)
    with open(base + ".status", "w") as f:
        f.write(f"{p.returncode}\n")
