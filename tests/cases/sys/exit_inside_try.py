import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code, type(e).__name__, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught exit", repr(e.code))
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("still running")
sys.exit(0)
