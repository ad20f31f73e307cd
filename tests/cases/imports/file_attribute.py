import sys
import _helper_mod
import pkg.sibling
print(__file__.rsplit("/", 1)[-1], _helper_mod.__file__.rsplit("/", 1)[-1])
print(pkg.sibling.__file__.split("/")[-2:])
print(__file__.startswith("/"), sys.argv[0])
print(__file__.endswith("imports/file_attribute.py"))
