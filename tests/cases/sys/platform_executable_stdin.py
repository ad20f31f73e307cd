import sys
print(callable(sys.getrefcount) if hasattr(sys, "getrefcount") else True)
print(hasattr(sys, "stdin"), hasattr(sys, "platform"), isinstance(sys.platform, str))
print(hasattr(sys, "executable"), isinstance(sys.executable, str))
print(sys.stdin.read(), "<- empty stdin")
