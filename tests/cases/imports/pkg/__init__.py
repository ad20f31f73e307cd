"""The package docstring."""
print("pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
PKG_CONST = "from init"
from .sibling import SIB
