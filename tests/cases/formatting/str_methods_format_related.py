print("abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|", "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs(), "ab\tc".expandtabs(2))
print("{:>6}".format("é"), len("{:>6}".format("é")))
print("%-6s|" % "日本", format("日本", "^6") + "|")
