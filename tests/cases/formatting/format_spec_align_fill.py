for spec in ("<10", ">10", "^10", "*<10", "-^11", "=+10", "0=10", "010", ">1", "^"):
    print(repr(format(42, spec)))
for spec in ("<8", ">8", "^8", "_^9", "^9"):
    print(repr(format("abc", spec)))
print(repr(format(-3.5, "=10")), repr(format(-3.5, "010.2f")), repr(format(3, "x^+6")))
