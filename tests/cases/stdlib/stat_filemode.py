# stat: constants, S_IS* predicates and filemode strings.
import stat

for mode in [0o100644, 0o40755, 0o120777, 0o104755, 0o102755, 0o41777, 0o41000, 0o20000, 0o60660, 0o10600, 0o140755, 0, 0o170000]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_IRWXU, stat.S_IRUSR, stat.S_ISUID, stat.S_ISVTX, stat.ST_MODE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_IMMUTABLE)
print(sorted(n for n in dir(stat) if n.startswith(('S_', 'ST_'))))
