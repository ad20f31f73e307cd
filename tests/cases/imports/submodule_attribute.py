import sys
import pkg
print(hasattr(pkg, "sub"))
import pkg.sub.leaf
print(hasattr(pkg, "sub"), hasattr(pkg.sub, "leaf"))
print(sorted(k for k in sys.modules if k.startswith("pkg")))
