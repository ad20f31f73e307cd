import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 14))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[:1] == (3,))
print(isinstance(sys.version, str), sys.hexversion >> 24 == 3)
print(sys.implementation.name != "", hasattr(sys.implementation, "version"), type(sys.implementation.name).__name__)
