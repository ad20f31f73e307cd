"""Records how CPython 3.14's REPL decides whether input needs more lines.

Run with the reference interpreter:
    /work/shared/tools/cpython314 repl/tests/repl_input/regenerate.py
It writes more_lines.txt beside this file: one case a line, "DECISION,STATUS<TAB>INPUT" where
DECISION is PyREPL's `_more_lines` ("more" or "run") and STATUS what
`codeop.compile_command(_strip_final_indent(input), symbol="single")` does ("complete",
"incomplete" or "error"); the input has its backslashes, newlines and tabs escaped.
"""

import code
import codeop
import os
import warnings

from _pyrepl.simple_interact import _more_lines, _strip_final_indent

CASES = [
    "", "x", "x = 1", "x = 1\n", "# comment", "  # indented comment", "\n\n",
    "1 +", "1 + \\", "x = (1,", "x = [\n1", "x = [\n1]", "x = {'a': 1,\n'b': 2}",
    "print('a'", "f(a b)", "x = = 1", "x = 1)", "1)", "(1", "lambda: (",
    "s = '''abc", "s = '''abc\ndef", "s = '''abc\ndef'''", "f'''abc", "s = 'abc",
    "if x:", "if x:\n", "if x:\n    pass", "if x:\n    pass\n", "if x:\n    pass\n    ",
    "if x:\n    pass\n\n", "if x: pass", "if x: pass\n", "if x:\n    pass\nelse:",
    "if x:\n    pass\nelse:\n    pass", "if x:\n    pass\nelse:\n    pass\n",
    "if x:\n  if y:\n    pass\n", "if x:\n  if y:\n    pass\n  z = 1", "if x:\n  pass\n# c",
    "for x in y", "for x in y:", "for x in y:\n    print(x)\n", "while True: pass",
    "while True: pass\n", "def f():", "def f():\n  return 1", "def f():\n  return 1\n",
    "def f(): return 1", "async def f():", "class C: pass", "class C:\n  x = 1\n",
    "@dec", "@dec\n", "@dec\ndef f(): pass", "@dec\ndef f(): pass\n", "with a as b:",
    "try:", "try:\n  pass", "try:\n  pass\nexcept E:\n  pass", "try:\n  pass\nexcept E:\n  pass\n",
    "try:\n  pass\n", "match x:", "match x:\n  case 1:\n    pass\n", "match = 1", "type X = int",
    "x = 1; y = 2", "x = 1;", "x = 1\ny = 2", "x = 1\ny = 2\n", "if x:\n  pass\ny = 1",
    "if x:\n  pass\ny = 1\n", "def f():\n  x = = 1", "def f():\n  x = = 1\n", "def f(:\n",
    "x = (1,\n2); y = 3", "import os", "from os import (", "from os import (path,\n sep)",
    "return 1", "x = 1 # comment", "if x:\n\tpass", "if x:\n\tpass\n", "  x = 1",
    "else:", "x = 1 +\\\n2", "x = 1 \\\n", "def f():\n    '''doc", "print(f'{x')",
    "async with a:", "del x", "global x", "x: int", "x: int = (",
    "s = 'abc\\", "print('a", "f'abc", "f'{x", "f'{x}", "f'''{x", "x = f'{", "s = 'abc' + '",
    "'''a\n'b", "def f():\n    return 1\nreturn 2", "nonlocal x", "def f():\n  nonlocal q",
    "def f():\n  nonlocal q\n", "yield 1", "await x", "break", "f(**a, *b)",
    "class C(x for x in y): pass",
]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def status(text):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = codeop.compile_command(_strip_final_indent(text), "<input>", "single")
    except (SyntaxError, ValueError, OverflowError):
        return "error"
    return "incomplete" if r is None else "complete"


console = code.InteractiveConsole()
with open(os.path.join(os.path.dirname(__file__), "more_lines.txt"), "w") as out:
    for text in CASES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            more = "more" if _more_lines(console, text) else "run"
        out.write(f"{more},{status(text)}\t{escape(text)}\n")
