import pkg
print(pkg.PKG_CONST, pkg.SIB, pkg.__doc__, pkg.__name__, pkg.__package__)
print(pkg.__file__.rsplit("/", 1)[-1], hasattr(pkg, "__path__"), type(pkg.__path__).__name__)
print(pkg.sibling.where(), "sibling" in dir(pkg))
