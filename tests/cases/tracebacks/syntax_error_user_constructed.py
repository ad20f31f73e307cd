# A SyntaxError made by hand prints its file/line/caret block from its attributes.
e = SyntaxError("custom message", ("file.py", 3, 5, "  bad code here\n", 3, 9))
print(e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.msg)
raise e
