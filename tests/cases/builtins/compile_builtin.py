code = compile("x = 1 + 2\nprint('compiled', x)", "<test>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
expr = compile("6 * 7", "<expr>", "eval")
print(eval(expr))
single = compile("y = 5", "<single>", "single")
exec(single)
print(y)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "<bad>", "nonsense")
except ValueError as e:
    print(e)
try:
    compile("def f(:", "<bad>", "exec")
except SyntaxError as e:
    print(e)
