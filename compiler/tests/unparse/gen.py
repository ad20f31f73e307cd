"""Usage: cpython314 gen.py expressions.txt expected.txt

Writes expected.txt: each expression of expressions.txt with the string CPython 3.14's
compiler makes of it as an annotation under `from __future__ import annotations`."""
import sys
out = []
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    ns = {}
    src = "from __future__ import annotations\ndef f() -> (\n" + line + "\n): pass\n"
    try:
        exec(compile(src, "<case>", "exec"), ns)
        got = ns["f"].__annotations__["return"]
    except SyntaxError as e:
        got = "SyntaxError: " + e.msg
    out.append(line + "\t" + got.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t"))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
