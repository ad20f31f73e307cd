# Compile-time errors of match statements, with their locations.
sources = [
    "match x:\n case a:\n  pass\n case 1:\n  pass\n",
    "match x:\n case _:\n  pass\n case 1:\n  pass\n",
    "match x:\n case (y):\n  pass\n case z:\n  pass\n",
    "match x:\n case [_] | _:\n  pass\n case 3:\n  pass\n",
    "match x:\n case (1 | a) as b:\n  pass\n case 2:\n  pass\n",
    "match x:\n case [a, a]:\n  pass\n",
    "match x:\n case [a, *a]:\n  pass\n",
    "match x:\n case {'k': a, **a}:\n  pass\n",
    "match x:\n case [a, [b, a]]:\n  pass\n",
    "match x:\n case (x | y) as x:\n  pass\n",
    "match x:\n case [a] | [b]:\n  pass\n",
    "match x:\n case [a] | 1:\n  pass\n",
    "match x:\n case [a, b] | [a]:\n  pass\n",
    "match x:\n case C(a=1, b=2, a=3):\n  pass\n",
    "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
    "match x:\n case {1: 1, True: 2}:\n  pass\n",
    "match x:\n case {1: 1, 1.0: 2}:\n  pass\n",
    "match x:\n case {-0.0: 1, 0: 2}:\n  pass\n",
    "match x:\n case {-1: 1, -1: 2}:\n  pass\n",
    "match x:\n case {1+2j: 1, 1+2j: 2}:\n  pass\n",
    "match x:\n case {-0 - 0j: 1, 0 - 0j: 2}:\n  pass\n",
    "match x:\n case {None: 1, None: 2}:\n  pass\n",
    "match x:\n case {b'a': 1, 'a': 2}:\n  pass\n",
    "match x:\n case [*a, *b]:\n  pass\n",
    "match x:\n case 1 + 1:\n  pass\n",
    "match x:\n case 1j + 1j:\n  pass\n",
    "match x:\n case [a, b] | [b, a]:\n  pass\n case _:\n  pass\n",
    "match x:\n case a if a:\n  pass\n case 1:\n  pass\n",
    "match x:\n case 1:\n  pass\n case a:\n  pass\n case 2:\n  pass\n",
]
for src in sources:
    try:
        exec(src, {"x": 0})
        print("compiled")
    except SyntaxError as e:
        message, (_, line, col, _, end_line, end_col) = e.args
        print(f"{message} @ {line}:{col}-{end_line}:{end_col}")
