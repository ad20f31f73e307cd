commands = ["start", "step 3", "step x", "stop", "never"]
for cmd in commands:
    match cmd.split():
        case ["start"]:
            print("starting")
        case ["step", n] if n.isdigit():
            print("stepping", int(n))
        case ["step", _]:
            print("bad step")
            continue
        case ["stop"]:
            print("stopping")
            break
else:
    print("no stop")
