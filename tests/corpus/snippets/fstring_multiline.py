f"""a
b{x
# c
 }d"""
f"""{x:a
b}"""
