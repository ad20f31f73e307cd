class T:
    def __repr__(self): return "T-repr"
    def __str__(self): return "T-str"
    def __format__(self, spec): return f"T-format[{spec}]"
t = T()
print(f"{t} {t!r} {t!s} {t!a} {t:spec} {t!r:>8} {t!s:<7}|")
print(f"{t=}", f"{t=!s}", f"{t=:x}", f"{1+1 = }")
x = "é"
print(f"{x!a}", f"{x=!a}")
