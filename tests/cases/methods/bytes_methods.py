b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.center(16, b"*"), b.ljust(14, b"."), b.rjust(14))
print(b.split(b", "), b.rsplit(b"o", 1), b.partition(b", "), b.rpartition(b"o"), b.splitlines(), b"a\nb".splitlines(True))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.replace(b"l", b"L", 2), b.strip(b"Hd"), b"  x ".strip(), b.isalpha(), b"abc".isalpha(), b"12".isdigit(), b" ".isspace())
print(b"ab".hex(), bytes.fromhex("6162"), b"x".zfill(3), b"\t".expandtabs(4), b"abc".translate(bytes.maketrans(b"ab", b"XY")))
print(b"%d-%s" % (1, b"x"), b"abc"[1], b"abc"[1:], b"a" in b"abc", 97 in b"abc", b"abc".removeprefix(b"a"), b"ABC".isupper())
print(b"a,b".split(b","), b" a  b ".split(), b"-".join([b"1", b"2"]), b"abc".decode("ascii"), b"caf\xc3\xa9".decode())
print(b"abc".isascii(), b"\x80".isascii(), b"Ab Cd".istitle(), b"ab".islower(), b"abc1".isalnum())
try:
    b"abc".find("a")
except TypeError as e:
    print(e)
