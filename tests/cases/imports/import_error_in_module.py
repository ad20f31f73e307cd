import sys
try:
    import _helper_raises
except ValueError as e:
    print("caught", e)
print("_helper_raises" in sys.modules)
try:
    import _helper_raises
except ValueError as e:
    print("runs again:", e)
