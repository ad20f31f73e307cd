code = "x = 1\ny = x + undefined_name\n"
exec(code)
