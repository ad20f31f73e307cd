s = "ab" * 500000
print(len(s), s.count("ab"), s[-3:], s.find("ba"), len(s.split("a")), s.replace("a", "").count("b"))
t = "".join(str(i % 10) for i in range(100000))
print(len(t), t[:12], hash(t) == hash(t), t[50000:50005])
big = 7 ** 3000
print(big % 1000, big.bit_length(), len(str(big)))
