import enum
@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    MULTILINE = M = 8
    def helper(self):
        return 'h'
    __str__ = object.__str__
print(repr(RegexFlag.I), repr(RegexFlag.I | RegexFlag.M), RegexFlag.ASCII.helper(), IGNORECASE, type(RegexFlag), RegexFlag.__qualname__)
print(repr(RegexFlag(0)), repr(RegexFlag.I | 1024), list(RegexFlag), str(RegexFlag.A))
@enum._simple_enum(enum.StrEnum)
class Mode:
    READ = 'r'
    WRITE = 'w'
print(Mode.READ, repr(Mode.WRITE), Mode('w'))
