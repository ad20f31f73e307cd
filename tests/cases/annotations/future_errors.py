# Misplaced and unknown future imports are compile-time errors.
for source in [
    "import os\nfrom __future__ import annotations",
    "x = 1\nfrom __future__ import annotations",
    "from __future__ import spam",
    "from __future__ import annotations, eggs",
    "from __future__ import braces",
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\nx: int',
    "def f():\n    from __future__ import annotations",
]:
    try:
        compile(source, "<src>", "exec")
        print("compiled", repr(source))
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset)
