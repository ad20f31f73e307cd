import sys
try:
    import pkg.cyc_a
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
print("pkg.cyc_a" in sys.modules, "pkg.cyc_b" in sys.modules)
