import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print("code", e.code)
raise SystemExit(0)
