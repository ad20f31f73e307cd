def describe(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["look"]:
            return "looking"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ("go north", "look", "exit", "dance now"):
    print(describe(c))
