def greet(name, greeting):
    return f"{greeting}, {name}"
print(greet("x", "hi"))
greet("only one")
