# Replacing warnings.showwarning and warnings.formatwarning; formatwarning's own text.
import warnings

print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "")))

def show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", message, category.__name__, lineno, file, line)

warnings.showwarning = show
warnings.warn("through custom")
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: f"FMT {m} {c.__name__} {l}\n"
warnings.warn("through custom format")
warnings.formatwarning = warnings._formatwarning_orig
warnings.showwarning = 5
try:
    warnings.warn("not callable")
except TypeError as e:
    print("TypeError", e)
warnings.showwarning = warnings._showwarning_orig
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12)
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12)
registry = {}
warnings.warn_explicit("with registry", UserWarning, "other.py", 5, module="m", registry=registry)
warnings.warn_explicit("with registry", UserWarning, "other.py", 5, module="m", registry=registry)
print(sorted(k for k in registry if k != "version"))
try:
    warnings.warn_explicit("bad registry", UserWarning, "x.py", 1, registry=5)
except TypeError as e:
    print("TypeError", e)
