# A SyntaxError raised by exec() at run time prints its file/line/caret block.
source = "x = 1\nif x\n    print(x)\n"
try:
    exec(source)
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename)
exec("value = (1 +\n")
