import sys
a = sys.intern("some string " + str(1))
b = sys.intern("some string 1")
print(a is b, a == b)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(hasattr(sys, "flags"), hasattr(sys.flags, "optimize"), hasattr(sys.flags, "dont_write_bytecode"))
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.dont_write_bytecode)
