import sys
print(vars(sys) is sys.__dict__, "path" in dir(sys), "argv" in vars(sys))
import _helper_vars
print(sorted(k for k in vars(_helper_vars) if not k.startswith("__")))
print(dir(_helper_vars) == sorted(dir(_helper_vars)), "__name__" in dir(_helper_vars))
