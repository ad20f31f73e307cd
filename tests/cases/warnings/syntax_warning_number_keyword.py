x = 1
print(1if x else 2)
print([0x1for x in "ab"], 1jif x else 0, 0o7and 1)
