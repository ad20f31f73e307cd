# Functions of native modules name their module; builtins say 'builtins'.
import sys, math, posix, _thread, cmath, binascii, zlib

print(math.sqrt.__module__, cmath.phase.__module__, posix.getcwd.__module__)
print(_thread.allocate_lock.__module__, binascii.hexlify.__module__, zlib.crc32.__module__)
import time, struct, operator
print(time.time.__module__, time.sleep.__module__, struct.pack.__module__, operator.add.__module__)
print(sys.getrecursionlimit.__module__, sys._jit.is_enabled.__module__)
print(len.__module__, [].append.__module__, repr(math.sqrt))
print(math.sqrt.__name__, math.sqrt.__qualname__)
